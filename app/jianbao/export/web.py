"""Typed blocks -> WeChat-ready HTML (one fragment, inline styles only) and plain text for a website CMS.

The 公众号 editor drops `<style>`, classes and scripts, so every element carries its own `style`.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from jianbao.export.blocks import F_DATE, F_NUMBER, F_SERIES, F_TOTAL, F_UNIT, IssueDocument
from jianbao.export.writer import ExportResult, exported, save_atomic

_FONT = "font-family:'PingFang SC','Microsoft YaHei',sans-serif;"
STYLES = {
    "issue_note": "margin:0 0 1em;padding:.6em .8em;background:#f7f1e8;font-size:15px;line-height:1.8;color:#333;",
    "contents_heading": "margin:1.2em 0 .4em;font-size:17px;font-weight:bold;text-align:center;",
    "contents_entry": "margin:0 0 .2em;font-size:15px;line-height:1.7;color:#333;",
    "section": "margin:1.6em 0 .6em;padding-left:.5em;border-left:4px solid #c00000;font-size:18px;"
               "font-weight:bold;color:#c00000;",
    "title": "margin:1.4em 0 .6em;font-size:19px;font-weight:bold;line-height:1.5;text-align:center;color:#222;",
    "note": "margin:0 0 .8em;font-size:15px;line-height:1.8;color:#555;",
    "heading1": "margin:1em 0 .4em;font-size:16px;font-weight:bold;color:#222;",
    "heading2": "margin:.8em 0 .3em;font-size:16px;font-weight:bold;color:#444;",
    "body": "margin:0 0 .8em;font-size:16px;line-height:1.9;text-indent:2em;text-align:justify;color:#333;",
    "attribution": "margin:0 0 1em;font-size:15px;text-align:right;color:#666;",
}
_MAST = "margin:0 0 .2em;font-size:24px;font-weight:bold;text-align:center;color:#c00000;letter-spacing:2px;"
_LINE = "margin:0 0 1.2em;padding-bottom:.4em;border-bottom:2px solid #c00000;font-size:14px;color:#555;" \
        "text-align:center;"


def to_html(doc: IssueDocument) -> str:
    """One self-contained `<section>` fragment: masthead, then every block, each with inline styles."""
    f = doc.fields
    number = " ".join(x for x in (f[F_NUMBER], f[F_TOTAL]) if x)
    under = "　".join(x for x in (f[F_UNIT], number, f[F_DATE]) if x)
    out = [f'<section lang="{doc.lang}" style="{_FONT}max-width:680px;margin:0 auto;">',
           f'<p style="{_MAST}">{escape(f[F_SERIES])}</p>', f'<p style="{_LINE}">{escape(under)}</p>']
    for block in doc.blocks:
        lead = getattr(block, "lead", "")
        text = (f'<strong>{escape(lead)}</strong>' if lead else "") + escape(block.text)
        tag = "h2" if block.role in ("section", "title") else "p"
        out.append(f'<{tag} style="{STYLES.get(block.role, STYLES["body"])}">{text}</{tag}>')
    out.append("</section>")
    return "\n".join(out) + "\n"


def to_text(doc: IssueDocument) -> str:
    """Plain text: masthead lines, then paragraphs separated by blank lines (as a CMS editor takes them)."""
    f = doc.fields
    head = [f[F_SERIES], " ".join(x for x in (f[F_NUMBER], f[F_TOTAL]) if x), "　".join(x for x in (f[F_UNIT], f[F_DATE]) if x)]
    paragraphs = [x for x in head if x]
    for block in doc.blocks:
        paragraphs.append(getattr(block, "lead", "") + block.text)
    return "\n\n".join(paragraphs) + "\n"


class Bytes:
    """What save_atomic writes: any document with save(file)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def save(self, fh) -> None:
        fh.write(self.data)


def write_text_format(doc: IssueDocument, out: str | Path, fmt: str) -> ExportResult:
    """Write the issue as .html or .txt (UTF-8), atomically."""
    text = to_html(doc) if fmt == "html" else to_text(doc)
    return exported(doc, out, save_atomic(Bytes(text.encode("utf-8")), out))
