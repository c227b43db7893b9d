"""The issue parsed into typed blocks, and the writer tested on blocks alone (no store)."""
from __future__ import annotations

import os

import pytest
from docx import Document
from docx.oxml.ns import qn

from jianbao.errors import JianbaoError
from jianbao.export import blocks as B
from jianbao.export import parse_issue, write_docx
from jianbao.models import Article, ArticleId, Issue, IssueId, IssueSection


def article(aid: int, title: str, body: str, *, units=(), subheadings=(), note=None) -> Article:
    return Article(
        id=ArticleId(aid), bulletin_id=None, seq=aid, title=title, body=body, category=None, category_source=None,
        confidence=None, needs_decision=False, date=None, date_text=None, subheadings=tuple(subheadings),
        editors_note=note, units=tuple(units), people=(), script="s", status="draft", revision=1,
        first_line=None, last_line=None, created="", updated="",
    )


def issue(sections, **kw) -> Issue:
    base = dict(id=IssueId(1), series="开发区资讯", year=2024, number=3, total_number=None, date="2024-02-05",
                compiling_unit="党政办", status="draft", editors_note=None, show_contents=False)
    base.update(kw)
    return Issue(sections=tuple(sections), **base)


ARTS = {
    1: article(1, "甲文", "一、总体情况\n正文一段。\n（一）具体做法\n正文二段。",
               units=("开发区经济发展部",), subheadings=("一、总体情况", "（一）具体做法")),
    2: article(2, "乙文", "我市开展活动。--编者按\n正文。（开发区团工委）", units=("开发区团工委",),
               note="我市开展活动。"),
    3: article(3, "丙文", "只有正文。"),
}


def test_articles_become_title_body_subheadings_note_and_attribution():
    model = parse_issue(issue([IssueSection("要闻", (1, 2)), IssueSection(None, (3,))]), ARTS)
    kinds = [(type(b).__name__, b.text) for b in model.blocks]
    assert kinds == [
        ("SectionHeading", "要闻"),
        ("ArticleTitle", "甲文"),
        ("Subheading", "一、总体情况"), ("BodyText", "正文一段。"),
        ("Subheading", "（一）具体做法"), ("BodyText", "正文二段。"),
        ("Attribution", "（开发区经济发展部）"),
        ("ArticleTitle", "乙文"),
        ("ArticleNote", "我市开展活动。"),  # the note stands apart, its marker and copy in the body dropped
        ("BodyText", "正文。"),  # the attribution typed into the body is not repeated
        ("Attribution", "（开发区团工委）"),
        ("ArticleTitle", "丙文"), ("BodyText", "只有正文。"),
    ]
    keep = [b.text for b in model.blocks if b.keep_with_next]
    assert keep == ["正文二段。", "正文。"]  # an attribution never opens a page alone
    levels = [b.role for b in model.blocks if isinstance(b, B.Subheading)]
    assert levels == ["heading1", "heading2"]
    assert model.blocks[8].lead == "编者按："


def test_masthead_and_band_fields_and_optional_parts():
    model = parse_issue(issue([IssueSection(None, (3,))], total_number=40, editors_note="一段。\n二段。",
                              recipients_bao="市委", copies=30), ARTS, contents=True)
    f = model.fields
    assert (f[B.F_SERIES], f[B.F_NUMBER], f[B.F_TOTAL], f[B.F_DATE]) == ("开发区资讯", "第3期", "总第40期", "2024年2月5日")
    assert (f[B.F_BAO], f[B.F_SONG], f[B.F_COPIES]) == ("报：市委", "", "共印30份")
    notes = [b for b in model.blocks if isinstance(b, B.IssueNote)]
    assert [(n.lead, n.text) for n in notes] == [("编者按：", "一段。"), ("", "二段。")]
    assert [b.text for b in model.blocks if isinstance(b, (B.ContentsHeading, B.ContentsEntry))] == ["本期要目", "丙文"]
    assert not parse_issue(issue([IssueSection(None, (3,))]), ARTS).fields[B.F_TOTAL]


def test_every_text_goes_through_convert_once():
    seen = []

    def conv(text):
        seen.append(text)
        return f"<{text}>"

    model = parse_issue(issue([IssueSection("要闻", (3,))], recipients_fa="各部门"), ARTS, convert=conv,
                        script="t")
    assert model.fields[B.F_SERIES] == "<开发区资讯>" and model.fields[B.F_FA] == "<发：><各部门>"
    assert [b.text for b in model.blocks] == ["<要闻>", "<丙文>", "<只有正文。>"]
    assert model.lang == "zh-TW"
    assert all(not s.startswith("<") for s in seen)


def test_missing_article_is_an_error():
    with pytest.raises(KeyError):
        parse_issue(issue([IssueSection(None, (9,))]), ARTS)


def test_date_text():
    assert B.date_text("2024-12-31") == "2024年12月31日"
    assert B.date_text(None) == ""


def _model(**kw):
    return parse_issue(issue([IssueSection(None, (1, 3))], **kw), ARTS)


def test_writer_fills_the_masthead_and_drops_empty_band_lines_keeping_the_rules(tmp_path):
    out = tmp_path / "a.docx"
    write_docx(_model(recipients_fa="区直各部门", copies=12), out)
    doc = Document(out)
    texts = [p.text for p in doc.paragraphs]
    assert texts[:3] == ["开发区资讯", "第3期", "党政办\t2024年2月5日"]
    assert not any("{{" in t for t in texts)
    band = [p for p in doc.paragraphs if p.style.name == "简报版记"]
    assert [p.text for p in band] == ["发：区直各部门", "\t共印12份"]
    for p in band:
        bdr = p._p.pPr.find(qn("w:pBdr"))
        assert bdr.find(qn("w:top")) is not None and bdr.find(qn("w:bottom")) is not None


def test_writer_without_any_band_field_leaves_no_band(tmp_path):
    out = tmp_path / "a.docx"
    write_docx(_model(), out)
    assert not [p for p in Document(out).paragraphs if p.style.name == "简报版记"]


def test_control_characters_cannot_break_the_file(tmp_path):
    bad = {**ARTS, 3: article(3, "丙\x0b文", "正\x00文\x1f。")}
    out = tmp_path / "a.docx"
    write_docx(parse_issue(issue([IssueSection(None, (3,))]), bad), out)
    assert [p.text for p in Document(out).paragraphs if p.style.name == "简报标题"] == ["丙文"]


# -- atomic writing ------------------------------------------------------------------------------
def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    from docx.document import Document as DocxDocument

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "issue.docx"
    out.write_bytes(b"old complete file")

    def broken_save(self, stream):
        stream.write(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DocxDocument, "save", broken_save)
    with pytest.raises(JianbaoError, match="原文件未改动"):
        write_docx(_model(), out)
    assert out.read_bytes() == b"old complete file"
    assert os.listdir(folder) == ["issue.docx"]


def test_interrupted_export_leaves_no_temporary_file(tmp_path, monkeypatch):
    from docx.document import Document as DocxDocument

    def interrupted(self, stream):
        raise KeyboardInterrupt

    monkeypatch.setattr(DocxDocument, "save", interrupted)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        write_docx(_model(), folder / "new.docx")
    assert os.listdir(folder) == []


def test_existing_file_is_replaced_only_when_complete(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "issue.docx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    result = write_docx(_model(), out)
    assert result.bytes == out.stat().st_size > 1000
    assert Document(out).paragraphs[0].text == "开发区资讯"
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert os.listdir(folder) == ["issue.docx"]


def test_bad_destinations_are_refused_in_plain_words(tmp_path):
    with pytest.raises(JianbaoError, match="保存位置不存在"):
        write_docx(_model(), tmp_path / "missing" / "a.docx")
    (tmp_path / "dir.docx").mkdir()
    with pytest.raises(JianbaoError, match="是文件夹"):
        write_docx(_model(), tmp_path / "dir.docx")


def test_bench_gives_pandoc_the_same_words():
    from jianbao.bench.export import markdown

    model = parse_issue(issue([IssueSection("要闻", (1, 2))], copies=5), ARTS)
    md = markdown(model)
    for block in model.blocks:
        assert block.text in md
    assert md.startswith("# 开发区资讯") and "共印5份" in md
