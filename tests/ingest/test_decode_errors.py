"""Bad input gets a clear message naming the file; nothing is guessed wrong."""
from __future__ import annotations

import io
import os
import zipfile

import pytest

from jianbao.errors import InputError
from jianbao.ingest import split_bytes, split_file
from jianbao.ingest.decode import decode_bytes


def _encodable(texts, encodings):
    for text in texts:
        for encoding in encodings:
            try:
                yield text, encoding, text.encode(encoding)
            except UnicodeEncodeError:
                continue  # Simplified-only characters have no Big5 form


@pytest.mark.parametrize("text,encoding,data", list(_encodable(
    ["开发区召开会议", "開發區召開會議", "周童调研", "调研", "二〇二四年工作要点", "黨工委書記"],
    ["gbk", "big5", "utf-16-le", "utf-16-be", "utf-8"],
)))
def test_short_texts_decode_right(text, encoding, data):
    assert decode_bytes(data).text == text


@pytest.mark.parametrize("data,words", [
    (b"", "空的"),
    (b"   \n\n", "空的"),
    (os.urandom(4096), "不是文本文件"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "不是文本文件"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ".doc"),
])
def test_rejected_with_message(data, words):
    with pytest.raises(InputError) as err:
        split_bytes(data, "坏文件.txt")
    assert words in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="找不到文件"):
        split_file(tmp_path / "nope.txt")


def test_truncated_docx(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("【工作动态】标题。正文。(开发区党政办)")
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "cut.docx"
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    with pytest.raises(InputError, match="cut.docx"):
        split_file(path)


def test_docx_zip_bomb(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<a>" + b"0" * (120 * 1024 * 1024) + b"</a>")
    with pytest.raises(InputError, match="压缩炸弹"):
        split_file(path)


def test_docx_entity_expansion(tmp_path):
    path = tmp_path / "lol.docx"
    xml = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
           b"<w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", xml)
    with pytest.raises(InputError, match="不安全"):
        split_file(path)


def test_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes("开发区".encode() * (8 * 1024 * 1024))
    with pytest.raises(InputError, match="太大"):
        split_file(path)
