"""End to end: the sample's 20 articles imported, made one issue, exported, and read back."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from test_export_sample import SAMPLE, TRUTH

W_T = qn("w:t")
ISSUE = dict(
    number=1, total_number=125, date="2024-01-08", compiling_unit="三门峡经济开发区党政办公室",
    editors_note="新年伊始，开发区各部门迅速行动。本期集中编发一批工作动态。", show_contents=True,
    recipients_bao="市委办公室、市政府办公室", recipients_song="市发改委、市商务局",
    recipients_fa="区直各部门、向阳街道办事处", extra_recipients="集团公司", copies=60,
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """(docx path, issue, the stored articles in issue order): one export shared by the tests here."""
    import json

    from jianbao.desk import Desk
    from jianbao.ingest import split_file

    folder = tmp_path_factory.mktemp("export")
    desk = Desk(folder / "store.db")
    try:
        imported = desk.import_split(split_file(SAMPLE, classify=False))
        assert len(imported.article_ids) == len(json.loads(TRUTH.read_text("utf-8"))["articles"])
        issue, _ = desk.create_issue("开发区资讯", article_ids=list(imported.article_ids), **ISSUE)
        out = folder / "开发区资讯-2024-01.docx"
        result = desk.export_issue(issue.id, out)
        assert result.path == out and result.articles == 20
        yield out, issue, desk.issue_articles(issue.id)
    finally:
        desk.close()


def styled(doc, style_name: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == style_name]


def east_asia_font(style) -> str | None:
    """A style's East Asian font, through basedOn and the document defaults."""
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


def test_page_is_a4_with_gbt9704_margins_and_grid(exported):
    doc = Document(exported[0])
    section = doc.sections[-1]
    # A4 as Word writes it (11906 x 16838 twips)
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    for edge, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        assert abs(getattr(section, f"{edge}_margin") - Mm(mm)) < Mm(0.05), edge
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    text_height_pt = Mm(297 - 37 - 35).pt
    assert round(text_height_pt * 20 / int(grid.get(qn("w:linePitch")))) == 22
    pitch_pt = 16 + int(grid.get(qn("w:charSpace"))) / 4096
    assert round(Mm(210 - 28 - 26).pt / pitch_pt) == 28


def test_every_style_and_run_names_an_east_asian_font_and_chinese(exported):
    doc = Document(exported[0])
    for style in doc.styles:
        if style.type == 1:  # paragraph styles
            assert east_asia_font(style), style.name
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    assert len(runs) > 150
    for run in runs:
        fonts = run._r.rPr.rFonts
        assert fonts is not None and fonts.get(qn("w:eastAsia")), run.text
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:eastAsia")) == "zh-CN"
    assert "ja-JP" not in doc.styles.element.xml
    # the font table names a Chinese (GB2312, charset 86) fallback for every Chinese font used
    fonts = {f.get(qn("w:name")): f for f in _font_table(doc)}
    used = {east_asia_font(s) for s in doc.styles if s.type == 1}
    for name in used:
        assert fonts[name].find(qn("w:charset")).get(qn("w:val")) == "86", name
    assert fonts["仿宋_GB2312"].find(qn("w:altName")).get(qn("w:val")) == "仿宋"
    assert fonts["方正小标宋简体"].find(qn("w:altName")).get(qn("w:val")) == "宋体"


def _font_table(doc):
    from lxml import etree

    part = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    return etree.fromstring(part.blob).findall(qn("w:font"))


def test_masthead_number_date_and_red_rule(exported):
    doc = Document(exported[0])
    first = doc.paragraphs[:3]
    assert first[0].text == "开发区资讯"
    masthead = first[0].style
    assert masthead.font.color.rgb is not None and str(masthead.font.color.rgb) == "FF0000"
    assert masthead.font.size.pt >= 36 and east_asia_font(masthead) == "方正小标宋简体"
    assert first[1].text.split() == ["第1期", "总第125期"]
    unit, date = first[2].text.split("\t")
    assert (unit, date) == ("三门峡经济开发区党政办公室", "2024年1月8日")
    rule = first[2].style.element.pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    assert rule.get(qn("w:color")) == "FF0000"
    assert styled(doc, "简报编者按") == ["编者按：" + ISSUE["editors_note"]]


def test_titles_in_order_each_with_its_attribution(exported, truth):
    path, issue, articles = exported
    doc = Document(path)
    titles = [a["title"] for a in truth["articles"]]
    assert styled(doc, "简报标题") == titles
    assert styled(doc, "简报要目") == titles  # 本期要目
    expected = ["（" + "、".join(a["units"]) + "）" for a in truth["articles"]]
    # each article: its title, then body paragraphs, then its attribution, right-aligned
    order = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name in ("简报标题", "简报署名")]
    assert order == [x for pair in zip([("简报标题", t) for t in titles], [("简报署名", e) for e in expected])
                     for x in pair]
    assert doc.styles["简报署名"].paragraph_format.alignment == 2  # right
    paragraphs = doc.paragraphs
    for k, p in enumerate(paragraphs):
        if p.style.name == "简报署名":
            assert paragraphs[k - 1].paragraph_format.keep_with_next
    body = doc.styles["简报正文"]
    assert body.font.size.pt == 16 and east_asia_font(body) == "仿宋_GB2312"
    assert body.element.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    assert doc.styles["简报标题"].font.size.pt == 22
    assert east_asia_font(doc.styles["简报一级标题"]) == "黑体"
    assert east_asia_font(doc.styles["简报二级标题"]) == "楷体_GB2312"
    assert styled(doc, "简报一级标题")[:2] == [s["text"] for s in truth["subheadings"][:2]]
    note = styled(doc, "简报按语")
    assert len(note) == 1 and note[0].startswith("编者按：我市全國文明城市創建工作開展以來")


def test_closing_band_between_rules_at_the_foot(exported):
    doc = Document(exported[0])
    paragraphs = doc.paragraphs
    band = [k for k, p in enumerate(paragraphs) if p.style.name == "简报版记"]
    assert [paragraphs[k].text for k in band] == [
        "报：市委办公室、市政府办公室", "送：市发改委、市商务局", "发：区直各部门、向阳街道办事处", "本期增发：集团公司\t共印60份",
    ]
    last_attribution = max(k for k, p in enumerate(paragraphs) if p.style.name == "简报署名")
    assert band == list(range(last_attribution + 1, last_attribution + 5))
    band = [paragraphs[k] for k in band]
    for p in band:
        frame = p._p.pPr.find(qn("w:framePr"))
        assert frame.get(qn("w:yAlign")) == "bottom" and frame.get(qn("w:vAnchor")) == "margin"
        borders = p._p.pPr.find(qn("w:pBdr"))
        assert borders.find(qn("w:top")) is not None and borders.find(qn("w:bottom")) is not None


def test_page_numbers_in_odd_and_even_footers(exported):
    doc = Document(exported[0])
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[-1]
    for footer, align in ((section.footer, 2), (section.even_page_footer, 0)):  # right, left
        assert not footer.is_linked_to_previous
        p = footer.paragraphs[0]
        instr = [el.text for el in p._p.iter(qn("w:instrText"))]
        assert [i.strip() for i in instr] == ["PAGE"]
        kinds = [el.get(qn("w:fldCharType")) for el in p._p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert p.paragraph_format.alignment == align
        assert p.style.font.size.pt == 14 and east_asia_font(p.style) == "宋体"


def test_core_properties_name_the_issue(exported):
    assert Document(exported[0]).core_properties.title == "开发区资讯2024年第1期"


# -- rendered by LibreOffice --------------------------------------------------------------------
SOFFICE = shutil.which("soffice")


def _to_pdf(docx: Path, outdir: Path, profile: Path) -> Path:
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    return outdir / (docx.stem + ".pdf")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _red_share(ppm: bytes) -> float:
    """Share of clearly red pixels in a binary PPM (P6) image."""
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
    width, height = int(header.group(1)), int(header.group(2))
    px = ppm[header.end():]
    red = sum(1 for i in range(0, width * height * 3, 3) if px[i] > 200 and px[i + 1] < 80 and px[i + 2] < 80)
    return red / (width * height)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice/poppler not installed")
def test_libreoffice_renders_the_chinese_text_with_a_stable_page_count(exported, tmp_path, truth):
    path = exported[0]
    copy = tmp_path / "again.docx"
    shutil.copy(path, copy)
    profile = tmp_path / "lo-profile"
    pdf = _to_pdf(path, tmp_path, profile)
    pages = _pages(pdf)
    assert 10 <= pages <= 40
    assert _pages(_to_pdf(copy, tmp_path, profile)) == pages
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    for article in truth["articles"]:
        assert re.sub(r"\s+", "", article["title"]) in flat, article["title"]
    last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "共印60份" in re.sub(r"\s+", "", last) and f"—{pages}—" in re.sub(r"\s+", "", last)
    # the masthead is red: page 1's top fifth has plenty of red, the last page none
    top = subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-H", "70", str(pdf)],
                         capture_output=True, check=True).stdout
    bottom = subprocess.run(["pdftoppm", "-r", "30", "-f", str(pages), "-l", str(pages), str(pdf)],
                            capture_output=True, check=True).stdout
    assert _red_share(top) > 0.01
    assert _red_share(bottom) == 0
