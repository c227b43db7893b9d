"""PDF submissions: the sample made into .docx and then .pdf by LibreOffice in the test (with a running head,
page numbers "— N —" and, once, two columns) gives its 20 titles; the real digests of the corpus laid out the
same way split as their text does; a scan and hostile files change nothing."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest

from conftest import FIXTURES, SAMPLE
from jianbao.errors import InputError
from jianbao.ingest import office, pdf, split_file
from jianbao.ingest.pdf import PdfLine, PdfPage, body_text

needs_office = pytest.mark.skipif(office.office_binary() is None, reason="LibreOffice is not installed")
HEAD = "开发区资讯 2024年第1期"


def _page_field(paragraph) -> None:
    """"— PAGE —" in a footer paragraph (a field python-docx has no API for)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)
    paragraph.add_run(" —")


def _sample_docx(path, *, columns: int = 1) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10.5 if columns > 1 else 12)
    for line in SAMPLE.read_text("utf-8").split("\n"):
        document.add_paragraph(line)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEAD
    _page_field(section.footer.paragraphs[0])
    if columns > 1:
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "425")
        section._sectPr.append(cols)
    document.save(path)


def to_pdf(source, folder) -> object:
    profile = (folder / "profile").as_uri()
    subprocess.run([office.office_binary(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=180)
    made = folder / (source.stem + ".pdf")
    assert made.exists()
    return made


@pytest.fixture(scope="module")
def sample_pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    for name, columns in (("one-column", 1), ("two-columns", 2)):
        source = folder / f"{name}.docx"
        _sample_docx(source, columns=columns)
        made[name] = to_pdf(source, folder)
    return made


@needs_office
@pytest.mark.slow
@pytest.mark.parametrize("shape", ["one-column", "two-columns"])
def test_the_sample_as_pdf_gives_its_20_titles_without_heads_or_page_numbers(sample_pdfs, truth, shape):
    result = split_file(sample_pdfs[shape], classify=False)
    assert [a.title for a in result.articles] == [a["title"] for a in truth["articles"]]
    assert result.encoding == "pdf"
    assert HEAD not in result.text and "—\u00a0" not in result.text
    assert not any(line.strip().startswith("— ") and line.strip().endswith(" —") for line in result.text.split("\n"))
    # every article's body reads on where the page broke it: no stray line of a page number inside
    assert all(a.units for a in result.articles[:5])


@needs_office
@pytest.mark.slow
def test_two_columns_read_column_by_column(sample_pdfs, sample_text):
    text = split_file(sample_pdfs["two-columns"], classify=False).text
    # the sample's paragraphs come out whole and in the sample's order, not interleaved across the gutter
    paragraphs = [p for p in sample_text.split("\n") if len(p) > 60][:12]
    found = [text.replace("\n", "").find(p[:40]) for p in paragraphs]
    assert -1 not in found and found == sorted(found)


@needs_office
@pytest.mark.slow
def test_a_scanned_pdf_is_refused_and_the_store_is_unchanged(sample_pdfs, tmp_path, desk):
    import docx

    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(sample_pdfs["one-column"]),
                    str(tmp_path / "page")], check=True, timeout=120)
    picture = next(tmp_path.glob("page*.png"))
    document = docx.Document()
    document.add_picture(str(picture))
    document.save(tmp_path / "扫描件.docx")
    scan = to_pdf(tmp_path / "扫描件.docx", tmp_path)
    desk.import_file(sample_pdfs["one-column"])
    before = (desk.bulletins(), desk.count_articles())
    with pytest.raises(InputError, match="扫描版 PDF"):
        desk.import_file(scan)
    assert (desk.bulletins(), desk.count_articles()) == before


def test_a_hostile_docx_is_refused_and_the_store_is_unchanged(tmp_path, desk):
    bomb = tmp_path / "投稿.docx"
    laughs = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document/>'
    with zipfile.ZipFile(bomb, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", laughs)
    with pytest.raises(InputError, match="不安全"):
        desk.import_file(bomb)
    assert desk.bulletins() == [] and desk.count_articles() == 0


def test_a_broken_pdf_is_refused_clearly(tmp_path):
    broken = tmp_path / "坏文件.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match="坏文件.pdf"):
        split_file(broken, classify=False)


def test_a_pdf_that_hangs_the_reader_is_given_up(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "TIMEOUT", 2)
    monkeypatch.setattr(pdf, "child_command", lambda path, answer: [sys.executable, "-c", "import time; time.sleep(60)"])
    path = tmp_path / "很慢.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(InputError, match="没有读完"):
        split_file(path, classify=False)


def _page(*lines: tuple[str, float, float]) -> PdfPage:
    """A page of A4 with lines (text, x0, y0) of 12 pt characters."""
    return PdfPage(595, 842, tuple(PdfLine(text, x0, y0, x0 + 12 * len(text), y0 + 12, 0, 12.0)
                                   for text, x0, y0 in lines))


@pytest.mark.parametrize("number", ["— 3 —", "- 3 -", "第3页", "第 3 页 共 9 页", "3 / 9", "3"])
def test_page_numbers_and_running_heads_stay_out(number):
    pages = [_page(("开发区资讯", 250, 800), ("正文第%d页的一段话。" % n, 90, 600), (number.replace("3", str(n)), 280, 40))
             for n in range(1, 4)]
    text = body_text(pages)
    assert text.split("\n") == ["正文第1页的一段话。", "正文第2页的一段话。", "正文第3页的一段话。"]


def test_a_heading_seen_once_and_a_number_inside_the_text_are_kept():
    body = "本期刊发各单位报送的稿件共计十二篇，请各位领导审阅。"
    pages = [_page(("第一期要目", 250, 600), (body, 90, 586), ("2024", 114, 572)),
             _page(("正文。", 114, 600), ("结束。", 114, 586))]
    assert body_text(pages).split("\n") == ["第一期要目", body, "2024", "正文。", "结束。"]


def test_the_space_of_an_empty_paragraph_becomes_an_empty_line():
    page = _page(("标题一", 90, 700), ("正文一。", 90, 684), ("标题二", 90, 640), ("正文二。", 90, 624))
    assert body_text([page]).split("\n") == ["标题一", "正文一。", "", "标题二", "正文二。"]


def test_the_child_process_reads_a_pdf_without_libreoffice():
    """`python -m jianbao.ingest.pdf FILE ANSWER` is what the parent runs; it answers in a JSON file."""
    text, pages = pdf.read_pdf(_tiny_pdf(), "小.pdf")
    assert pages == 1 and text == "Jianbao reads this line of text, long enough for a page."


def _tiny_pdf() -> bytes:
    """A one-page PDF with a line of Latin text, written by hand (no writer library needed)."""
    stream = b"BT /F1 24 Tf 72 700 Td (Jianbao reads this line of text, long enough for a page.) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
               b" /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


CORPUS = sorted(p.parent for p in (FIXTURES / "digests").glob("*/truth.json"))


def _titles(result) -> list[str]:
    """Titles without their spaces: a PDF does not keep an ideographic space apart from a gap."""
    return ["".join(a.title.split()) for a in result.articles]


@needs_office
@pytest.mark.slow
@pytest.mark.parametrize("folder", CORPUS, ids=[f.name for f in CORPUS])
def test_real_digests_laid_out_as_pdf_split_as_their_text_does(folder, tmp_path):
    """The first digest of each real source in the corpus, laid out by LibreOffice with a running head and page
    numbers: the PDF path finds its true titles as well as the text path does (at most one fewer)."""
    import docx

    truth = json.loads((folder / "truth.json").read_text("utf-8"))["digests"][0]
    source = folder / truth["file"]
    document = docx.Document()
    for line in source.read_text("utf-8").split("\n"):
        document.add_paragraph(line)
    document.sections[0].header.paragraphs[0].text = HEAD
    _page_field(document.sections[0].footer.paragraphs[0])
    document.save(tmp_path / "digest.docx")
    made = to_pdf(tmp_path / "digest.docx", tmp_path)
    want = {"".join(a["title"].split()) for a in truth["articles"]}
    by_text = want & set(_titles(split_file(source, classify=False)))
    by_pdf = want & set(_titles(split_file(made, classify=False)))
    assert len(by_pdf) >= len(by_text) - 1, sorted(by_text - by_pdf)
