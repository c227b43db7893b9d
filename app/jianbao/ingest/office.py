"""Word 97–2003 (.doc), WPS (.wps), OpenDocument (.odt) and RTF files, read through LibreOffice.

LibreOffice headless is the one well-kept reader faithful to all four (its filters keep paragraph
styles, which the .docx path hands on). It runs in a subprocess with its own throw-away profile,
a timeout, and macros off (headless never runs document macros without a trusted location); its
.docx output then goes through `read_docx`, with every check against hostile files.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from jianbao.errors import InputError

TIMEOUT = 120  # seconds: a large .doc converts in a few; a hung filter must not hang the import
KINDS = {".doc": "旧版 Word/WPS 文档（.doc）", ".wps": "WPS 文档（.wps）", ".odt": "OpenDocument 文档（.odt）",
         ".rtf": "RTF 文档（.rtf）"}
# Each kind read by its own import filter: without one, LibreOffice falls back to reading a damaged file as
# plain text and "converts" its bytes. (Kingsoft's .wps of recent versions is Word 97 inside.)
FILTERS = {".doc": "MS Word 97", ".wps": "MS Word 97", ".odt": "writer8", ".rtf": "Rich Text Format"}
INSTALL = "请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui；Windows：libreoffice.org）"


def office_binary() -> str | None:
    """The LibreOffice command on this machine, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for path in (r"C:\Program Files\LibreOffice\program\soffice.exe", "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if os.path.exists(path):
            return path
    return None


def to_docx(data: bytes, name: str, suffix: str) -> bytes:
    """The bytes of a .docx that LibreOffice makes of `data` (a file of kind `suffix`)."""
    kind = KINDS.get(suffix, "文档")
    binary = office_binary()
    if binary is None:
        raise InputError(f"“{name}”是{kind}，读取它需要 LibreOffice：{INSTALL}；或在 Word/WPS 中另存为 .docx 后导入")
    with tempfile.TemporaryDirectory(prefix="jianbao-office-") as tmp:
        folder = Path(tmp)
        source = folder / f"submission{suffix}"
        source.write_bytes(data)
        profile = (folder / "profile").as_uri()
        command = [binary, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
                   f"--infilter={FILTERS[suffix]}", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"), str(source)]
        try:
            subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=TIMEOUT, check=False, cwd=folder)
        except subprocess.TimeoutExpired as exc:
            raise InputError(f"“{name}”（{kind}）在 {TIMEOUT} 秒内没有读完，已放弃；请在 Word/WPS 中另存为 .docx 后导入") from exc
        except OSError as exc:
            raise InputError(f"无法启动 LibreOffice 读取“{name}”：{exc}") from exc
        out = folder / "out" / "submission.docx"
        if not out.exists():
            raise InputError(f"“{name}”是{kind}，但无法读取（文件已损坏，或不是这种格式）")
        return out.read_bytes()
