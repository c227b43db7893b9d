"""Property tests of decode, clean and split on hostile input: only InputError ever escapes, the split
is lossless, cleaning is idempotent, and what comes out can always be stored and written to Word."""
from __future__ import annotations

import codecs
import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE
from ingest.test_lossless import assert_lossless
from jianbao.errors import InputError
from jianbao.ingest import split_bytes, split_html, split_text
from jianbao.ingest.clean import clean
from jianbao.ingest.decode import read_bytes
from reliability.figures import record
from reliability.helpers import XML_INVALID

TEXT = SAMPLE.read_text("utf-8")
LINES = TEXT.split("\n")
ENCODINGS = ["utf-8", "gbk", "gb18030", "big5", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-8-sig", "latin-1"]
NAMES = ["粘贴", "a.txt", "a.docx", "a.html", "a.doc", "a.wps", "b.htm", "c"]
def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _docx() -> bytes:
    import docx

    document = docx.Document()
    for line in LINES[:12]:
        document.add_paragraph(line)
    document.add_table(rows=2, cols=2).cell(0, 0).text = LINES[1]
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


DOCX = _docx()


def check_split(result) -> None:
    """Lossless, and every stored field is text Word and SQLite accept."""
    assert_lossless(result)
    for a in result.articles:
        for text in (a.title, a.body, a.editors_note or "", *a.units, *a.subheadings):
            assert not XML_INVALID.search(text), repr(text)


def split_or_refuse(fn, *args, **kw) -> None:
    try:
        result = fn(*args, classify=False, **kw)
    except InputError as exc:
        assert str(exc) and any("\u4e00" <= c <= "\u9fff" for c in str(exc))
        return
    check_split(result)


@st.composite
def mangled_sample(draw) -> bytes:
    """The sample (a few lines) in some encoding, then cut, flipped, spliced."""
    lines = draw(st.lists(st.sampled_from(LINES), min_size=1, max_size=6))
    data = bytearray("\n".join(lines).encode(draw(st.sampled_from(ENCODINGS)), "replace"))
    for op, pos, value in draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1 << 16), st.integers(0, 255)),
                                        max_size=8)):
        pos %= len(data) + 1
        if op == 0:
            data[pos:pos + 1] = bytes([value])
        elif op == 1:
            del data[pos:]
        elif op == 2:
            data[pos:pos] = codecs.BOM_UTF8 if value < 30 else bytes([value]) * (value % 5 + 1)
        else:
            del data[pos:pos + value % 7]
    return bytes(data)


@fuzz(400)
@given(st.one_of(st.binary(max_size=3000), mangled_sample()), st.sampled_from(NAMES))
def test_any_bytes_decode_or_are_refused(data, name):
    record("fuzz examples")
    try:
        decoded = read_bytes(data, name)
    except InputError:
        return
    assert isinstance(decoded.text, str)
    split_or_refuse(split_bytes, data, name)


@fuzz(120)
@given(st.lists(st.tuples(st.integers(0, len(DOCX)), st.integers(0, 255)), min_size=1, max_size=6), st.booleans())
def test_damaged_docx_is_refused_cleanly(flips, cut):
    record("fuzz examples")
    data = bytearray(DOCX)
    for pos, value in flips:
        data[min(pos, len(data) - 1)] = value
    if cut:
        del data[flips[0][0]:]
    split_or_refuse(split_bytes, bytes(data), "损坏.docx")


@fuzz(150)
@given(st.lists(st.tuples(st.integers(0, 45), st.integers(0, 255)), min_size=1, max_size=4), st.integers(0, 30))
def test_docx_with_damaged_zip_headers_is_refused_cleanly(changes, entry):
    """Bytes changed inside the zip's own headers (flags, methods, sizes, name lengths)."""
    record("fuzz examples")
    data = bytearray(DOCX)
    starts = [k for k in range(len(data) - 4) if data[k:k + 2] == b"PK" and data[k + 2:k + 4] in (b"\x01\x02", b"\x03\x04")]
    base = starts[entry % len(starts)]
    for offset, value in changes:
        data[base + offset] = value
    split_or_refuse(split_bytes, bytes(data), "坏头.docx")


@fuzz(60)
@given(st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels", "word/styles.xml"]),
       st.binary(max_size=400))
def test_docx_with_a_garbage_part_is_refused_cleanly(part, garbage):
    record("fuzz examples")
    src = zipfile.ZipFile(io.BytesIO(DOCX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, garbage if info.filename == part else src.read(info.filename))
    split_or_refuse(split_bytes, out.getvalue(), "零件.docx")


# Text with everything a paste can carry: surrogates, controls, non-characters, bidi marks, markup.
hostile_chars = st.one_of(
    st.characters(),
    st.sampled_from(list("\x00\x01\x07\x0b\x0c\x1b\x7f\x85\x9b\u2028\u2029\u200b\u202e\ufeff\ufffe\uffff\ud800\udfff")),
    st.sampled_from(list("【】()（）。，\n编者按")),
)
hostile_text = st.one_of(
    st.text(hostile_chars, max_size=300),
    st.builds(lambda lines, noise, at: "\n".join(lines)[:at] + noise + "\n".join(lines)[at:],
              st.lists(st.sampled_from(LINES), min_size=1, max_size=5), st.text(hostile_chars, max_size=30),
              st.integers(0, 3000)),
)


@fuzz(400)
@given(hostile_text)
def test_any_text_splits_losslessly(text):
    record("fuzz examples")
    split_or_refuse(split_text, text)


@fuzz(300)
@given(hostile_text)
def test_cleaning_is_idempotent_on_hostile_text(text):
    record("fuzz examples")
    once = clean(text).text
    assert clean(once).text == once


html_piece = st.one_of(
    st.sampled_from(LINES),
    st.sampled_from(["<p>", "</p>", "<br>", "<div>", "</div>", "<script>", "</script>", "<style>", "</style>",
                     "<span style='x'>", "</span>", "&nbsp;", "&amp;", "&#12354;", "&#xD800;", "&#0;", "<!--", "-->",
                     "<![CDATA[", "]]>", "<img src='http://198.51.100.7/x.png'>", "<td>", "<table>", "<", ">",
                     "<!DOCTYPE html>", "<iframe src='http://198.51.100.7'>", "</iframe>", "&lol;", "<p/", "<<"]),
    st.text(hostile_chars, max_size=20),
)


@fuzz(300)
@given(st.lists(html_piece, min_size=1, max_size=40))
def test_any_html_splits_losslessly(pieces):
    record("fuzz examples")
    html = "".join(pieces)
    if not html.strip():
        return
    split_or_refuse(split_html, html)
