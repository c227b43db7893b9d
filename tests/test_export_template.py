"""Templates: the shipped one is rebuildable; an editor's own .docx keeps its styles, page and masthead."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from jianbao.errors import JianbaoError
from jianbao.export import parse_issue, write_docx
from jianbao.export.template import DEFAULT_TEMPLATE
from jianbao.export.template_build import build_default_template
from jianbao.models import IssueSection
from jianbao.paths import resource_path
from test_export_blocks import ARTS, issue


def model(**kw):
    return parse_issue(issue([IssueSection("要闻", (1, 3))], recipients_bao="市委", copies=20, **kw), ARTS)


def test_shipped_template_is_what_the_builder_makes():
    """resources/jianbao-template.docx is rebuilt by scripts/make_template.py; they must agree."""
    assert resource_path(DEFAULT_TEMPLATE).read_bytes() == build_default_template()


def editor_template(path, *, masthead: bool = True):
    """A Word file as an editor might make it: US Letter, own body style, masthead with fields."""
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    body = doc.styles.add_style("简报正文", WD_STYLE_TYPE.PARAGRAPH)
    body.font.size = Pt(14)
    body.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "楷体")
    if masthead:
        p = doc.add_paragraph(style="Title")
        p.add_run("{{简报")  # a field split across runs, as Word does after editing
        p.add_run("名称}}")
        doc.add_paragraph("内部资料　{{期号}}　{{日期}}")
        doc.add_paragraph("{{正文}}")
        doc.add_paragraph("{{报}}")
        doc.add_paragraph("{{共印}}")
    doc.save(path)
    return path


def test_editor_template_keeps_its_page_styles_and_masthead(tmp_path):
    template = editor_template(tmp_path / "mine.docx")
    out = tmp_path / "out.docx"
    write_docx(model(), out, template=template)
    doc = docx.Document(out)
    section = doc.sections[-1]
    assert section.page_width == Inches(8.5) and section.left_margin == Inches(1)
    texts = [p.text for p in doc.paragraphs]
    assert texts[:2] == ["开发区资讯", "内部资料　第3期　2024年2月5日"]
    assert texts[-2:] == ["报：市委", "共印20份"]  # its own band lines, no default band added
    assert not any("{{" in t for t in texts)
    body = [p for p in doc.paragraphs if p.text == "只有正文。"][0]
    assert body.style.name == "简报正文" and body.style.font.size == Pt(14)
    assert body.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"  # runs follow the template's font
    titles = [p for p in doc.paragraphs if p.text in ("甲文", "丙文")]
    assert {p.style.name for p in titles} == {"Title"}  # Word's own name for the role
    assert [p.style.name for p in doc.paragraphs if p.text == "要闻"] == ["Heading 1"]
    # what the template lacked came from ours: page numbers, styles with East Asian fonts, zh-CN
    assert doc.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        assert "PAGE" in "".join(el.text for el in footer._element.iter(qn("w:instrText")))
    assert doc.styles["简报署名"].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    lang = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


def test_wps_style_names_are_recognised(tmp_path):
    doc = docx.Document()
    heading = doc.styles["Heading 1"].element
    heading.getparent().remove(heading)
    wps = doc.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    doc.save(tmp_path / "wps.docx")
    out = tmp_path / "out.docx"
    write_docx(model(), out, template=tmp_path / "wps.docx")
    assert [p.style.name for p in docx.Document(out).paragraphs if p.text == "要闻"] == [wps.name]


def test_empty_editor_template_gets_our_masthead_and_band_on_its_page(tmp_path):
    template = editor_template(tmp_path / "empty.docx", masthead=False)
    out = tmp_path / "out.docx"
    write_docx(model(), out, template=template)
    doc = docx.Document(out)
    assert [p.text for p in doc.paragraphs[:2]] == ["开发区资讯", "第3期"]
    assert doc.paragraphs[0].style.name == "简报报头"
    band = [p for p in doc.paragraphs if p.style.name == "简报版记"]
    assert [p.text for p in band] == ["报：市委", "\t共印20份"]
    frame = band[0]._p.pPr.find(qn("w:framePr"))
    assert frame.get(qn("w:w")) == str(int(Inches(6.5).twips))  # the band spans the template's text width


def test_template_with_a_fixed_masthead_is_kept_as_it_is(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("开发区资讯（内部资料）")
    doc.save(tmp_path / "fixed.docx")
    out = tmp_path / "out.docx"
    write_docx(model(), out, template=tmp_path / "fixed.docx")
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert texts[0] == "开发区资讯（内部资料）" and texts[1] == "要闻"
    assert texts[-2:] == ["报：市委", "\t共印20份"]


def test_template_words_are_converted_with_the_issue(tmp_path):
    template = editor_template(tmp_path / "mine.docx")
    out = tmp_path / "out.docx"
    table = str.maketrans("内资料", "內資料")
    write_docx(model(), out, template=template, convert=lambda s: s.translate(table))
    assert docx.Document(out).paragraphs[1].text.startswith("內部資料")


def test_word_template_dotx_is_accepted(tmp_path):
    src = editor_template(tmp_path / "mine.docx")
    dotx = tmp_path / "mine.dotx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dotx, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(info, data)
    out = tmp_path / "out.docx"
    write_docx(model(), out, template=dotx)
    assert docx.Document(out).paragraphs[0].text == "开发区资讯"


@pytest.mark.parametrize("content, message", [
    (b"not a zip at all", "已损坏或不是 Word 文档"),
    (None, "不是 Word 文档"),
])
def test_broken_templates_are_refused_and_nothing_is_written(tmp_path, content, message):
    bad = tmp_path / "bad.docx"
    if content is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("hello.txt", "hi")
        content = buf.getvalue()
    bad.write_bytes(content)
    out = tmp_path / "out.docx"
    with pytest.raises(JianbaoError, match=message):
        write_docx(model(), out, template=bad)
    assert not out.exists()
    with pytest.raises(JianbaoError, match="找不到模板文件"):
        write_docx(model(), out, template=tmp_path / "missing.docx")


def test_masthead_in_a_text_box_is_filled_and_converted_once(tmp_path):
    """Chinese offices often draw the red masthead in a text box: its text is a paragraph of its own."""
    from docx.oxml.parser import parse_xml

    doc = docx.Document()
    doc.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:400pt;height:60pt"><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>{{简报名称}}内部</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"))
    doc.add_paragraph("{{正文}}")
    doc.save(tmp_path / "box.docx")
    out = tmp_path / "out.docx"
    write_docx(model(), out, template=tmp_path / "box.docx", convert=lambda s: s.replace("内", "內内"))
    body = docx.Document(out).element.body
    boxed = body.find(".//" + qn("w:txbxContent"))
    assert "".join(t.text for t in boxed.iter(qn("w:t"))) == "开发区资讯內内部"
    assert body.find(qn("w:p")).find(".//" + qn("w:pict")) is not None  # the box itself is kept
