"""Issue -> Word (.docx): parse into typed blocks, build from a template by style names, write atomically.

    doc = parse_issue(issue, articles, convert=...)   # blocks.py
    write_docx(doc, "简报.docx", template=None)        # writer.py (default template: resources/)
"""
from __future__ import annotations

from jianbao.export.blocks import IssueDocument, parse_issue
from jianbao.export.writer import ExportResult, render, write_docx

__all__ = ["ExportResult", "IssueDocument", "parse_issue", "render", "write_docx"]
