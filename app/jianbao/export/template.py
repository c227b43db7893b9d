"""Templates: open the default or an editor's .docx, find styles by name, fill {{placeholders}}."""
from __future__ import annotations

import copy
import functools
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from jianbao.errors import JianbaoError
from jianbao.export.styles import BY_ROLE, FONTS, StyleSpec

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DEFAULT_TEMPLATE = "jianbao-template.docx"
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s]+)\s*\}\}")
_DOTX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@functools.cache
def default_template_bytes() -> bytes:
    """The shipped template, read once per process (an export must not redo needless work)."""
    from jianbao.paths import resource_path

    return resource_path(DEFAULT_TEMPLATE).read_bytes()


def template_bytes(path: str | Path | None) -> bytes:
    """The bytes of the template to start from; an editor's file is checked before it is used."""
    if path is None:
        return default_template_bytes()
    path = Path(path)
    if not path.is_file():
        raise JianbaoError(f"找不到模板文件：{path}")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise JianbaoError(f"模板文件过大（超过 50 MB）：{path.name}")
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise JianbaoError(f"模板不是 Word 文档（.docx/.dotx）：{path.name}")
            if sum(i.file_size for i in zf.infolist()) > 8 * MAX_TEMPLATE_BYTES:
                raise JianbaoError(f"模板文件解压后过大，疑似损坏：{path.name}")
            types = zf.read("[Content_Types].xml")
            if _DOTX in types:  # a Word template (.dotx): same package, other content type
                data = _replace_member(zf, "[Content_Types].xml", types.replace(_DOTX, _DOCX))
    except zipfile.BadZipFile as exc:
        raise JianbaoError(f"模板文件已损坏或不是 Word 文档：{path.name}") from exc
    return data


def _replace_member(zf: zipfile.ZipFile, name: str, blob: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in zf.infolist():
            out.writestr(info, blob if info.filename == name else zf.read(info.filename))
    return buf.getvalue()


def open_template(path: str | Path | None):
    """A python-docx Document on a fresh copy of the template."""
    import docx

    data = template_bytes(path)
    try:
        return docx.Document(io.BytesIO(data))
    except JianbaoError:
        raise
    except Exception as exc:  # python-docx raises KeyError/ValueError/XMLSyntaxError on broken packages
        name = Path(path).name if path else DEFAULT_TEMPLATE
        raise JianbaoError(f"无法读取模板 {name}：文件已损坏或不是 Word 文档", detail=str(exc)) from exc


class StyleMap:
    """Role -> paragraph style of this document: the template's own style when it has one (by
    Jianbao name, then by the names Word/WPS/LibreOffice give the same role), else ours copied in."""

    def __init__(self, document, defaults_styles) -> None:
        self.styles = document.styles.element
        self.defaults = defaults_styles
        self._by_id: dict[str, object] = {}
        self._by_name: dict[str, object] = {}
        for el in self.styles.findall(w("style")):
            if el.get(w("type")) != "paragraph":
                continue
            self._by_id[el.get(w("styleId"))] = el
            name = el.find(w("name"))
            if name is not None:
                self._by_name.setdefault(name.get(w("val"), "").lower(), el)
        self._resolved: dict[str, tuple[str, str]] = {}

    def resolve(self, role: str) -> tuple[str, str]:
        """(style id, East Asian font) for a role; imports our style when the template lacks one."""
        if role in self._resolved:
            return self._resolved[role]
        spec = BY_ROLE[role]
        el = self._by_id.get(spec.style_id)
        if el is None:
            el = self._by_name.get(spec.name.lower())
        if el is None:
            el = next((self._by_name[a.lower()] for a in spec.aliases if a.lower() in self._by_name), None)
        if el is None:
            el = self._import(spec)
        font = self._east_asia(el, spec)
        self._resolved[role] = (el.get(w("styleId")), font)
        return self._resolved[role]

    def _import(self, spec: StyleSpec):
        el = copy.deepcopy(self.defaults[spec.style_id])
        for ref in el.findall(w("next")):  # may name a style this template calls otherwise
            el.remove(ref)
        if "Normal" not in self._by_id:
            for based in el.findall(w("basedOn")):
                el.remove(based)
        self.styles.append(el)
        self._by_id[spec.style_id] = el
        return el

    def _east_asia(self, el, spec: StyleSpec) -> str:
        """The style's East Asian font (through basedOn and the defaults); a style that names
        none gets ours, so no text is left to a Japanese fallback."""
        seen, node = set(), el
        while node is not None and id(node) not in seen:
            seen.add(id(node))
            fonts = node.find(f"{w('rPr')}/{w('rFonts')}")
            if fonts is not None and fonts.get(w("eastAsia")):
                return fonts.get(w("eastAsia"))
            based = node.find(w("basedOn"))
            node = self._by_id.get(based.get(w("val"))) if based is not None else None
        default = self.styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
        if default is not None and default.get(w("eastAsia")):
            return default.get(w("eastAsia"))
        rpr = _child(el, "rPr")
        fonts = _child(rpr, "rFonts", first=True)
        fonts.set(w("eastAsia"), spec.east_asia)
        fonts.set(w("hint"), "eastAsia")
        return spec.east_asia


@functools.cache
def default_style_elements() -> dict[str, object]:
    """Our style definitions by id, parsed once from the default template (copied into foreign ones)."""
    from docx.oxml.parser import parse_xml

    with zipfile.ZipFile(io.BytesIO(default_template_bytes())) as zf:
        root = parse_xml(zf.read("word/styles.xml"))
    return {el.get(w("styleId")): el for el in root.findall(w("style"))}


def _child(parent, tag: str, *, first: bool = False):
    """`parent`'s <w:tag> child, made (as its first or last child) when it has none."""
    found = parent.find(w(tag))
    if found is None:
        found = parent.makeelement(w(tag), {})
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def set_document_language(document, lang: str) -> None:
    """East Asian language of the defaults (Word's and LibreOffice's fallback fonts follow it)."""
    styles = document.styles.element
    defaults = _child(styles, "docDefaults", first=True)
    rpr = _child(_child(defaults, "rPrDefault", first=True), "rPr")
    _child(rpr, "lang").set(w("eastAsia"), lang)
    theme_lang = document.settings.element.find(w("themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(w("eastAsia"), lang)


def ensure_fonts(document, names: Iterable[str]) -> None:
    """Name our fonts (with their fallbacks) in the font table when the template lacks them."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.FONT_TABLE), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    have = {el.get(w("name")) for el in root.findall(w("font"))}
    wanted = [f for f in FONTS if f.name in set(names) or (f.alt and f.name in set(names))]
    missing = [f for f in wanted if f.name not in have]
    if not missing:
        return
    from jianbao.export.template_build import font_xml

    for font in missing:
        root.append(etree.fromstring(f'<w:fonts xmlns:w="{W}">{font_xml(font)}</w:fonts>')[0])
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def own_text_nodes(p) -> list:
    """The paragraph's w:t, leaving out those of paragraphs nested in it (text boxes hold their own)."""
    nodes = []
    for t in p.iter(w("t")):
        owner = t.getparent()
        while owner is not None and owner.tag != w("p"):
            owner = owner.getparent()
        if owner is p:
            nodes.append(t)
    return nodes


def paragraph_text(p) -> str:
    return "".join(t.text or "" for t in own_text_nodes(p))


def fill_paragraph(p, values: dict[str, str], convert: Callable[[str], str] | None) -> bool:
    """Replace {{name}} in one paragraph (placeholders may be split across runs); literal text is
    passed through `convert`. Returns whether the paragraph held a placeholder."""
    nodes = own_text_nodes(p)
    if not nodes:
        return False
    texts = [t.text or "" for t in nodes]
    full = "".join(texts)
    matches = [m for m in PLACEHOLDER.finditer(full) if m.group(1) in values]
    if not matches and convert is None:
        return False
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text)
    out = [""] * len(nodes)

    def node_at(offset: int) -> int:
        return next(k for k, text in enumerate(texts) if starts[k] <= offset < starts[k] + len(text))

    def literal(a: int, b: int) -> None:
        for k, text in enumerate(texts):
            lo, hi = max(a, starts[k]), min(b, starts[k] + len(text))
            if lo < hi:
                piece = full[lo:hi]
                out[k] += convert(piece) if convert else piece

    cursor = 0
    for m in matches:
        literal(cursor, m.start())
        out[node_at(m.start())] += values[m.group(1)]
        cursor = m.end()
    literal(cursor, len(full))
    if matches:
        last = max(k for k, text in enumerate(out) if text) if any(out) else None
        if last is not None:
            out[last] = out[last].rstrip()
    for node, text in zip(nodes, out):
        node.text = text
        if text != text.strip():
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return bool(matches)


def fill(paragraphs: Iterable, values: dict[str, str], convert: Callable[[str], str] | None) -> None:
    """Fill every paragraph; one that held placeholders and is now blank is removed, handing its
    top/bottom rule to its neighbour so a closing band keeps its rules when a line drops out."""
    for p in list(paragraphs):
        if fill_paragraph(p, values, convert) and not paragraph_text(p).strip() and _removable(p):
            _hand_over_borders(p)
            p.getparent().remove(p)


def _removable(p) -> bool:
    return not any(p.iter(w("drawing"), w("pict"), w("object"), w("fldChar"), w("fldSimple")))


def _hand_over_borders(p) -> None:
    pbdr = p.find(f"{w('pPr')}/{w('pBdr')}")
    if pbdr is None:
        return
    for edge, sibling in (("top", p.getnext()), ("bottom", p.getprevious())):
        border = pbdr.find(w(edge))
        if border is None or sibling is None or sibling.tag != w("p"):
            continue
        ppr = sibling.find(w("pPr"))
        if ppr is None:
            continue
        target = ppr.find(w("pBdr"))
        if target is None:
            target = ppr.makeelement(w("pBdr"), {})
            _insert_in_order(ppr, target)
        if target.find(w(edge)) is None:
            rank = _BORDER_ORDER.index(edge)
            after = [c for c in target if c.tag.split("}")[1] in _BORDER_ORDER[:rank]]
            target.insert(target.index(after[-1]) + 1 if after else 0, copy.deepcopy(border))


_BORDER_ORDER = ("top", "left", "bottom", "right", "between", "bar")
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr")


def _insert_in_order(ppr, el) -> None:
    """Put a pPr child where the schema wants it (Word refuses files with children out of order)."""
    rank = _PPR_ORDER.index(el.tag.split("}")[1])
    for k, child in enumerate(ppr):
        name = child.tag.split("}")[1]
        if name not in _PPR_ORDER or _PPR_ORDER.index(name) > rank:
            ppr.insert(k, el)
            return
    ppr.append(el)
