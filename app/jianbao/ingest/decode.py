"""Bytes -> text: any encoding Chinese offices use, .docx and HTML, with limits against hostile files."""
from __future__ import annotations

import codecs
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024       # a bulletin is KBs; 20 MB is far past any real paste
MAX_DOCX_UNPACKED = 100 * 1024 * 1024    # zip bombs: refuse before unpacking
MAX_DOCX_RATIO = 200
MAX_DOCX_BODY = 16 * 1024 * 1024         # document.xml: its XML tree takes ~10x that in memory
MAX_PDF_BYTES = 100 * 1024 * 1024      # a PDF carries its pictures and fonts: far larger than its text
MAX_DAMAGED_UTF8 = 0.002                 # share of undecodable bytes a UTF-8 file may have and still be read
# What zipfile raises on damaged headers besides BadZipFile (names not in UTF-8, odd flags, short reads...).
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, zlib.error, struct.error,
               NotImplementedError, RuntimeError, KeyError)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# GBK before GB18030: they agree except that Windows' GBK has 0x80 = €, which GB18030 reads otherwise.
_CANDIDATES = ("gbk", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be")
_NAMES = {"big5hkscs": "big5", "cp950": "big5", "gb2312": "gbk", "cp936": "gbk", "utf_16_le": "utf-16-le",
          "utf_16_be": "utf-16-be", "utf_8": "utf-8", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be"}


@dataclass(frozen=True)
class Decoded:
    """Decoded text of a source, the encoding (or format) it came in, and its kind (text/docx/html)."""

    text: str
    encoding: str
    kind: str = "text"


def _common(ch: str) -> bool:
    """A character a Chinese bulletin is made of: common hanzi (GB2312 level 1 or Big5 level 1), ASCII, CJK punctuation."""
    o = ord(ch)
    if o < 0x80:
        return ch.isprintable() or ch in "\n\r\t"
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
        return True
    if not 0x4E00 <= o <= 0x9FFF:
        return False
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return 0xA4 <= b[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def plausibility(text: str, sample: int = 4000) -> float:
    """Share of characters that belong in Chinese prose; wrong decodings score low."""
    chars = [c for c in text[:sample] if not c.isspace()]
    if not chars:
        return 0.0
    return sum(map(_common, chars)) / len(chars)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(data: bytes) -> bool:
    """Asked only once no text encoding reads plausibly: NULs or control bytes mean binary."""
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls > len(head) * 0.01


def decode_bytes(data: bytes, name: str = "输入") -> Decoded:
    """Decode text bytes: BOM first, then strict UTF-8, then a detector whose answer must read as Chinese."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"“{name}”太大（{len(data) // 1024 // 1024} MB），超过 {MAX_INPUT_BYTES // 1024 // 1024} MB 的上限；请拆分后再导入")
    if not data.strip():
        raise InputError(f"“{name}”是空的，没有可导入的文字")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], enc)
            if text is None:
                raise InputError(f"“{name}”声明为 {enc.upper()} 编码，但内容已损坏，无法读取")
            return Decoded(text, enc)
    text = _strict(data, "utf-8")
    if text is not None and "\x00" not in text:
        return Decoded(text, "utf-8")
    from charset_normalizer import from_bytes

    # The detector's answer is one candidate among those Chinese offices use; each is verified by
    # how plausible the decoded text reads, ties going to the more common encoding.
    guess = from_bytes(data[:65536]).best()
    tried = list(_CANDIDATES)
    if guess is not None and _NAMES.get(guess.encoding, guess.encoding) not in tried:
        tried.append(guess.encoding)
    scored = [(plausibility(text), -rank, enc, text)
              for rank, enc in enumerate(tried) if (text := _strict(data, enc)) is not None]
    if not scored or max(s[0] for s in scored) < 0.85:
        damaged = _damaged_utf8(data)
        if damaged is not None:
            return damaged
        if _looks_binary(data):
            raise InputError(f"“{name}”不是文本文件（可能是图片、压缩包或程序），无法导入")
        raise InputError(f"无法识别“{name}”的文字编码（试过 UTF-8、GBK/GB18030、Big5、UTF-16），请另存为 UTF-8 后再导入")
    top = max(s[0] for s in scored)
    best = max((s for s in scored if s[0] >= top - 0.02), key=lambda s: s[1])
    best = (best[0], best[2], best[3])
    enc = _NAMES.get(best[1].lower(), best[1].lower())
    return Decoded(best[2], enc)


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a cut download, encoded lone surrogates): read it with U+FFFD marks,
    which proofreading reports, rather than refuse the whole file as "not UTF-8"."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    if "\x00" in text or bad > max(3, len(text) * MAX_DAMAGED_UTF8) or plausibility(text) < 0.85:
        return None
    return Decoded(text, "utf-8")


def _open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """A .docx or .odt package, refused when it is broken or unpacks to something huge (a zip bomb)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except _ZIP_ERRORS as exc:
        raise InputError(f"“{name}”不是有效的 Word 文档（文件已损坏或不完整）") from exc
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_DOCX_UNPACKED or total / packed > MAX_DOCX_RATIO and total > 10 * 1024 * 1024:
        raise InputError(f"“{name}”解压后异常巨大（疑似压缩炸弹），已拒绝")
    return zf


def read_docx(data: bytes, name: str) -> Decoded:
    """Paragraph text (and tables' text) of a .docx, after checks against zip bombs and entity tricks."""
    zf = _open_zip(data, name)
    infos = zf.infolist()
    if "word/document.xml" not in zf.namelist():
        raise InputError(f"“{name}”不是有效的 Word 文档（缺少正文）")
    # zipfile raises RuntimeError / NotImplementedError for these, not BadZipFile.
    if any(i.flag_bits & 0x1 for i in infos):
        raise InputError(f"“{name}”设有密码（已加密），请在 Word/WPS 中取消密码后再导入")
    if any(i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for i in infos):
        raise InputError(f"“{name}”不是有效的 Word 文档（已损坏或使用了不支持的压缩方式）")
    if zf.getinfo("word/document.xml").file_size > MAX_DOCX_BODY:
        raise InputError(f"“{name}”的正文异常巨大（超过 {MAX_DOCX_BODY // 1024 // 1024} MB），已拒绝；请拆分后再导入")
    try:
        # OOXML forbids DTDs in every part (OPC M1.17); python-docx parses several parts besides the body.
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with zf.open(info) as part:
                    head = part.read(8192)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise InputError(f"“{name}”含有不安全的 XML 声明，已拒绝")
        xml = zf.read("word/document.xml")
    except _ZIP_ERRORS as exc:
        raise InputError(f"“{name}”已损坏，无法读取正文") from exc
    if b"<!ENTITY" in xml:
        raise InputError(f"“{name}”含有不安全的 XML 声明，已拒绝")
    from jianbao.ingest.docx_text import docx_lines

    try:
        lines = docx_lines(data)
    except ValueError as exc:
        raise InputError(f"“{name}”已损坏，无法读取正文") from exc
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(f"“{name}”中没有文字（可能只有图片）")
    return Decoded(text, "docx", "docx")


def read_bytes(data: bytes, name: str = "输入") -> Decoded:
    """Decode any supported source given as bytes; the kind is told by content and name."""
    lower = name.lower()
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # An OLE file: a .doc, or a .docx with a password (Word wraps those in OLE).
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(f"“{name}”设有密码（已加密），请在 Word/WPS 中取消密码并另存为 .docx 后再导入")
        return _through_office(data, name, ".wps" if lower.endswith(".wps") else ".doc")
    if data[:5] == b"%PDF-" or lower.endswith(".pdf"):
        return _through_pdf(data, name)
    if data[:5] == b"{\\rtf":
        return _through_office(data, name, ".rtf")
    if data[:4] == b"PK\x03\x04" and (data[30:38] == b"mimetype" and b"opendocument.text" in data[38:120]
                                     or lower.endswith(".odt")):
        _open_zip(data, name)  # a zip bomb never reaches LibreOffice
        return _through_office(data, name, ".odt")
    if data[:4] == b"PK\x03\x04" or lower.endswith(".docx"):
        if lower.endswith((".doc", ".wps")):
            raise InputError(f"“{name}”是旧版 Word 格式，请在 Word/WPS 中另存为 .docx 后导入")
        return read_docx(data, name)
    decoded = decode_bytes(data, name)
    if lower.endswith((".html", ".htm", ".xhtml")) or (looks_like_html(decoded.text) and not _markdown(lower, decoded.text)):
        from jianbao.ingest.html import html_to_text

        return Decoded(html_to_text(decoded.text), decoded.encoding, "html")
    return decoded


def _through_office(data: bytes, name: str, suffix: str) -> Decoded:
    """A .doc/.wps/.odt/.rtf: converted to .docx by LibreOffice, then read as any .docx is."""
    from jianbao.ingest.office import to_docx

    decoded = read_docx(to_docx(data, name, suffix), name)
    return Decoded(decoded.text, suffix.lstrip("."), decoded.kind)


def _through_pdf(data: bytes, name: str) -> Decoded:
    """A PDF's text layer, read in a child process (see `ingest.pdf`)."""
    from jianbao.ingest.pdf import read_pdf

    if len(data) > MAX_PDF_BYTES:
        raise InputError(f"“{name}”太大（{len(data) // 1024 // 1024} MB），超过 {MAX_PDF_BYTES // 1024 // 1024} MB 的上限")
    text, _pages = read_pdf(data, name)
    return Decoded(text, "pdf", "pdf")


def _markdown(name: str, text: str) -> bool:
    """Markdown with HTML paragraphs inside is read line by line (its line breaks carry the headings)."""
    from jianbao.ingest.clean import is_markdown

    return name.endswith((".md", ".markdown")) or is_markdown(text)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return head.lstrip().startswith(("<!doctype html", "<html")) or (head.count("<p") + head.count("<br") + head.count("<div")) >= 3


def read_source(path: str | Path) -> Decoded:
    """Read and decode a file from disk (.txt in any encoding, .md, .docx, .html; .doc, .wps, .odt and .rtf
    through LibreOffice; .pdf with a text layer)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES and path.suffix.lower() not in (".docx", ".doc", ".wps", ".odt", ".pdf"):
            raise InputError(f"“{path.name}”太大（{size // 1024 // 1024} MB），超过 {MAX_INPUT_BYTES // 1024 // 1024} MB 的上限；请拆分后再导入")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"找不到文件“{path}”") from exc
    except IsADirectoryError as exc:
        raise InputError(f"“{path}”是文件夹，不是文件") from exc
    except PermissionError as exc:
        raise InputError(f"没有权限读取“{path}”") from exc
    return read_bytes(data, path.name)
