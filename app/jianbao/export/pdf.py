"""A written .docx -> PDF through LibreOffice headless: the same pages as the Word file, every font embedded."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from jianbao.errors import JianbaoError

TIMEOUT = 180  # seconds; an issue of a dozen pages converts in a few
INSTALL = "请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui；Windows：libreoffice.org）"
# Embed even the 14 standard PDF fonts (LibreOffice embeds every other font already), so a print shop or an
# archive opens the same pages on any machine. JSON filter options: LibreOffice 7.4 and later.
FILTER = 'pdf:writer_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"true"}}'


def available() -> bool:
    from jianbao.ingest.office import office_binary

    return office_binary() is not None


def libreoffice() -> str:
    """LibreOffice's command, or a message that says what to install."""
    from jianbao.ingest.office import office_binary

    binary = office_binary()
    if binary is None:
        raise JianbaoError(f"导出 PDF 需要 LibreOffice：{INSTALL}")
    return binary


def pdf_bytes(docx: Path) -> bytes:
    """The PDF LibreOffice makes of `docx`; a clear message when LibreOffice is missing or fails."""
    binary = libreoffice()
    if not docx.is_file():
        raise JianbaoError(f"找不到文件 {docx}")
    with tempfile.TemporaryDirectory(prefix="jianbao-pdf-") as tmp:
        # A profile of its own: a LibreOffice the editor has open would otherwise swallow the job.
        profile = Path(tmp, "profile").as_uri()
        try:
            proc = subprocess.run([binary, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                                   "--convert-to", FILTER, "--outdir", tmp, str(docx)], capture_output=True,
                                  text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired as exc:
            raise JianbaoError(f"LibreOffice 在 {TIMEOUT} 秒内没有生成 PDF，已放弃") from exc
        except OSError as exc:
            raise JianbaoError(f"无法启动 LibreOffice：{exc}") from exc
        made = Path(tmp, docx.with_suffix(".pdf").name)
        if proc.returncode != 0 or not made.is_file():
            raise JianbaoError("LibreOffice 没能生成 PDF", detail=(proc.stderr or proc.stdout).strip()[-500:])
        return made.read_bytes()


def write_pdf(docx: Path, out: str | Path) -> int:
    """Convert `docx` and write the PDF atomically to `out`; returns its size."""
    from jianbao.export.web import Bytes
    from jianbao.export.writer import save_atomic

    return save_atomic(Bytes(pdf_bytes(docx)), out)
