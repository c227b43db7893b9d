"""Text of a .docx through python-docx: paragraphs in document order, tables cell by cell."""
from __future__ import annotations

import io


def docx_lines(data: bytes) -> list[str]:
    """One line per paragraph (tables' paragraphs included, merged cells once)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken packages
        raise ValueError(str(exc)) from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            # The cell elements themselves, not their id(): lxml proxies die and ids get reused,
            # which silently dropped most cells of a table.
            seen: set = set()
            for row in Table(child, document).rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    lines.extend(p.text for p in cell.paragraphs)
    return lines
