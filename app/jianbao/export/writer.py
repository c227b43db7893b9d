"""Typed blocks -> .docx: content set in the template's styles, masthead and band filled, written atomically."""
from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from jianbao.errors import JianbaoError
from jianbao.export.blocks import F_BAO, F_BODY, F_COPIES, F_EXTRA, F_FA, F_SONG, IssueDocument
from jianbao.export.styles import HEITI, STYLES, Page
from jianbao.export.template import (
    PLACEHOLDER, StyleMap, default_style_elements, ensure_fonts, fill, open_template, paragraph_text,
    set_document_language, w,
)
from jianbao.export.template_build import NS, band_xml, masthead_xml, page_number_paragraph

_INVALID_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BAND_FIELDS = {F_BAO, F_SONG, F_FA, F_EXTRA, F_COPIES}
_ROLE_OF_ID = {s.style_id: s.role for s in STYLES}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    paragraphs: int
    articles: int
    bytes: int


def _text(text: str) -> str:
    return escape(_INVALID_XML.sub("", text))


def _run(text: str, font: str, lang: str, bold: bool = False) -> str:
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:eastAsia={quoteattr(font)}/>{b}'
            f'<w:lang w:eastAsia="{lang}"/></w:rPr><w:t xml:space="preserve">{_text(text)}</w:t></w:r>')


def content_xml(model: IssueDocument, styles: StyleMap) -> str:
    """All content paragraphs as one XML fragment (parsed once: far cheaper than python-docx calls)."""
    parts = []
    for block in model.blocks:
        style_id, font = styles.resolve(block.role)
        lead = getattr(block, "lead", "")
        runs = (_run(lead, HEITI, model.lang) if lead else "") + _run(block.text, font, model.lang)
        keep = "<w:keepNext/>" if block.keep_with_next else ""
        parts.append(f"<w:p><w:pPr><w:pStyle w:val={quoteattr(style_id)}/>{keep}</w:pPr>{runs}</w:p>")
    return "".join(parts)


def _fragment(xml: str) -> list:
    from docx.oxml.parser import parse_xml

    return list(parse_xml(f"<w:body {NS}>{xml}</w:body>"))


def _adopt(elements: list, styles: StyleMap) -> list:
    """Our skeleton paragraphs put into a foreign template: its styles and their fonts."""
    for p in elements:
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        role = _ROLE_OF_ID.get(style.get(w("val"))) if style is not None else None
        if role is None:
            continue
        style_id, font = styles.resolve(role)
        style.set(w("val"), style_id)
        for fonts in p.iter(w("rFonts")):
            fonts.set(w("eastAsia"), font)
    return elements


def _page_of(document) -> Page:
    s = document.sections[-1]
    if not (s.page_width and s.left_margin is not None and s.right_margin is not None):
        return Page()
    emu = 635  # EMU per twip
    return Page(width=s.page_width // emu, height=(s.page_height or 0) // emu or Page().height,
                top=(s.top_margin or 0) // emu, bottom=(s.bottom_margin or 0) // emu,
                left=s.left_margin // emu, right=s.right_margin // emu)


def _ensure_page_numbers(document, styles: StyleMap) -> None:
    """A template without footers gets ours: '— N —', odd pages right, even pages left."""
    section = document.sections[-1]
    if section._sectPr.find(w("footerReference")) is not None:
        return
    style_id, font = styles.resolve("page_number")
    for odd in (True, False):
        footer = section.footer if odd else section.even_page_footer
        footer.is_linked_to_previous = False
        ftr = footer._element
        for child in list(ftr):
            ftr.remove(child)
        for p in _fragment(page_number_paragraph(odd)):
            p.find(f"{w('pPr')}/{w('pStyle')}").set(w("val"), style_id)
            for fonts in p.iter(w("rFonts")):
                fonts.set(w("eastAsia"), font)
            ftr.append(p)
    document.settings.odd_and_even_pages_header_footer = True


def render(model: IssueDocument, template: str | Path | None = None,
           convert: Callable[[str], str] | None = None):
    """The finished python-docx Document (not yet saved). `convert` is applied to the template's own
    words (the model's text is converted already)."""
    document = open_template(template)
    styles = StyleMap(document, default_style_elements())
    body = document.element.body
    sect = body.find(w("sectPr"))
    top = [el for el in body if el.tag == w("p")]
    texts = {id(p): paragraph_text(p) for p in top}
    marker = next((p for p in top if texts[id(p)].strip() == "{{%s}}" % F_BODY), None)
    fields_used = {m.group(1) for t in texts.values() for m in PLACEHOLDER.finditer(t)}
    has_text = any(t.strip() for t in texts.values())

    if marker is None and not fields_used and not has_text:
        # an empty template: our masthead and band, in its styles and on its page
        for el in _adopt(_fragment(masthead_xml()), styles):
            sect.addprevious(el) if sect is not None else body.append(el)
    if marker is None:
        marker = body.makeelement(w("p"), {})
        sect.addprevious(marker) if sect is not None else body.append(marker)
        if not fields_used & _BAND_FIELDS:
            for el in _adopt(_fragment(band_xml(_page_of(document))), styles):
                sect.addprevious(el) if sect is not None else body.append(el)

    values = dict(model.fields)
    fill((p for p in body.iter(w("p")) if p is not marker), values, convert)
    for part in _header_footer_parts(document):
        fill(part.element.iter(w("p")), values, convert)

    for el in _fragment(content_xml(model, styles)):
        marker.addprevious(el)
    marker.getparent().remove(marker)

    _ensure_page_numbers(document, styles)
    set_document_language(document, model.lang)
    ensure_fonts(document, {font for _, font in styles._resolved.values()} | {HEITI})
    document.core_properties.title = model.title
    return document


def _header_footer_parts(document) -> list:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    return [r.target_part for r in document.part.rels.values() if r.reltype in (RT.HEADER, RT.FOOTER)]


def save_atomic(document, out: str | Path) -> int:
    """Save to a temporary file beside `out`, then rename over it: a failed export leaves no half
    file, and an existing file is replaced only by a complete one. Returns the size written."""
    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        raise JianbaoError(f"保存位置不存在：{folder}")
    if out.is_dir():
        raise JianbaoError(f"“{out}”是文件夹，请给出文件名（如 简报.docx）")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise JianbaoError(f"无法在 {folder} 中写入文件（没有权限或磁盘已满）", detail=str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            document.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
            size = fh.tell()
        mode = stat.S_IMODE(out.stat().st_mode) if out.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, out)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, PermissionError):
            raise JianbaoError(f"无法覆盖 {out.name}：文件可能正在 Word/WPS 中打开，请关闭后再导出") from exc
        if isinstance(exc, OSError):
            raise JianbaoError(f"保存 {out.name} 失败（磁盘已满或没有权限），原文件未改动", detail=str(exc)) from exc
        raise
    return size


def write_docx(model: IssueDocument, out: str | Path, *, template: str | Path | None = None,
               convert: Callable[[str], str] | None = None) -> ExportResult:
    """Render the issue and write it atomically to `out`."""
    document = render(model, template, convert)
    return exported(model, out, save_atomic(document, out))


def exported(model: IssueDocument, out: str | Path, size: int) -> ExportResult:
    """What writing `model` to `out` (`size` bytes) produced, for any format."""
    articles = sum(1 for b in model.blocks if b.role == "title")
    return ExportResult(Path(out), len(model.blocks), articles, size)


__all__ = ["ExportResult", "exported", "render", "save_atomic", "write_docx"]
