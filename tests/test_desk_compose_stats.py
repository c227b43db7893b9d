"""Desk operations behind the composer and the statistics view: page estimate, warnings, conversions as one
undoable step, fixes of several articles, the roster, PDF; counts per month and adoption, written to .csv/.docx."""
from __future__ import annotations

import csv
import shutil

import pytest
from docx import Document

from jianbao.errors import ConflictError, JianbaoError
from jianbao.models import IssueSection, Person
from test_export_sample import add_sample_articles


@pytest.fixture
def ids(desk):
    return add_sample_articles(desk.store)


def dated(desk, title, date, units, category="工作动态"):
    return desk.store.add_article({"title": title, "body": f"{title}。正文。", "date": date, "units": units,
                                   "category": category})


# -- the composer's helpers --------------------------------------------------------------------------------
def test_page_estimate_grows_with_the_issue(desk, ids):
    small, _ = desk.create_issue("开发区资讯", article_ids=ids[:2], date="2024-01-08")
    big, _ = desk.create_issue("开发区资讯", article_ids=ids, date="2024-01-15")
    a, b = desk.estimate_pages(small.id), desk.estimate_pages(big.id)
    assert 1 <= a.pages < b.pages
    chars = sum(len(desk.article(i).title) + len(desk.article(i).body) for i in ids)
    assert 0.8 * chars < b.characters < 1.3 * chars  # the blocks hold the text (less line breaks, plus units)
    # 22 lines of 28 characters: never fewer pages than the text alone would fill
    assert b.pages >= chars / (22 * 28)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_page_estimate_is_within_a_page_of_libreoffice(desk, ids, tmp_path):
    import subprocess

    issue, _ = desk.create_issue("开发区资讯", article_ids=ids[:10], date="2024-01-08")
    out = desk.export_issue(issue.id, tmp_path / "i.docx").path
    pdf = desk.export_pdf(out)
    assert pdf == tmp_path / "i.pdf" and pdf.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert abs(desk.estimate_pages(issue.id).pages - pages) <= 1


def test_pdf_needs_libreoffice_and_a_file(desk, tmp_path, monkeypatch):
    from jianbao.ingest import office

    monkeypatch.setattr(office, "office_binary", lambda: None)
    with pytest.raises(JianbaoError, match="LibreOffice"):
        desk.export_pdf(tmp_path / "none.docx")
    monkeypatch.undo()
    if office.office_binary() is not None:
        with pytest.raises(JianbaoError, match="找不到文件"):
            desk.export_pdf(tmp_path / "none.docx")


def test_warnings_name_unchecked_articles_duplicates_and_findings(desk, ids):
    first, _ = desk.create_issue("开发区资讯", article_ids=ids[:3], date="2024-01-08")
    second, _ = desk.create_issue("开发区资讯", article_ids=[ids[2], ids[5]], date="2024-01-15")
    desk.edit_article(ids[5], {"status": "checked"})
    w = desk.issue_warnings(second.id)
    assert [a for a, _t in w.unchecked] == [ids[2]]
    assert [d[0] for d in w.duplicates] == [ids[2]]               # it was published in 第1期 already
    assert "第1期" in w.duplicates[0][2]
    assert w.open_findings == sum(n for _k, n in w.by_kind) > 0
    assert not w.clear
    assert desk.issue_warnings(first.id).duplicates == ()


def test_group_by_category_names_sections(desk, ids):
    sections = desk.group_by_category(ids[:6])
    assert sorted(a for s in sections for a in s.article_ids) == sorted(ids[:6])
    assert all(s.title for s in sections[:-1])


def test_convert_articles_is_one_step_and_undone_in_one(desk, ids):
    before = {a: desk.article(a) for a in ids[:3]}
    arts, step = desk.convert_articles(ids[:3], "s", expected={a: 1 for a in ids[:3]})
    assert [a.script for a in arts] == ["s"] * 3
    assert step.revisions == {a: (1, 2) for a in ids[:3]} and step.changed.articles == tuple(ids[:3])
    back = desk.restore_articles({a: (2, 1) for a in ids[:3]}, reason="撤销转换")
    assert all(desk.article(a).body == before[a].body and desk.article(a).script == "t" for a in ids[:3])
    assert back.revisions == {a: (2, 3) for a in ids[:3]}
    assert desk.revisions(ids[0])[-1].reason.startswith("撤销转换")
    again = desk.restore_articles({a: (3, 2) for a in ids[:3]})   # redo: the converted text again
    assert desk.article(ids[0]).title == arts[0].title and again.revisions[ids[0]] == (3, 4)


def test_a_conversion_that_meets_a_change_changes_nothing(desk, ids):
    desk.edit_article(ids[1], {"title": "改过的标题"})                # moved on since the preview (revision 1)
    with pytest.raises(ConflictError):
        desk.convert_articles(ids[:3], "s", expected={a: 1 for a in ids[:3]})
    assert all(desk.article(a).script == "t" for a in ids[:3])     # all or nothing
    assert desk.article(ids[0]).revision == 1


def test_undo_refuses_when_the_article_moved_on(desk, ids):
    desk.convert_articles(ids[:1], "s")
    desk.edit_article(ids[0], {"title": "之后又改"})
    with pytest.raises(ConflictError, match="无法撤销"):
        desk.restore_articles({ids[0]: (2, 1)})
    assert desk.article(ids[0]).title == "之后又改"


def test_fixes_on_several_articles_as_one_step(desk, ids):
    issue, _ = desk.create_issue("开发区资讯", article_ids=ids[:4], date="2024-01-08")
    found = [f for f in desk.check_issue(issue.id, kinds="punctuation") if f.finding.suggestion is not None]
    touched = sorted({int(f.article_id) for f in found})
    assert len(touched) >= 2
    arts, step = desk.accept_fixes_of(found)
    assert sorted(step.revisions) == touched
    assert desk.check_issue(issue.id, kinds="punctuation") == [] or \
        len(desk.check_issue(issue.id, kinds="punctuation")) < len(found)
    with pytest.raises(JianbaoError, match="手工修改"):
        desk.accept_fixes_of([])


def test_roster_entries_can_be_removed(desk):
    desk.save_roster([Person("周童", ("党工委书记",), 1), Person("宋黎静", ("管委会主任",), 2)])
    desk.remove_from_roster("周童")
    assert [p.name for p in desk.store.roster()] == ["宋黎静"]
    with pytest.raises(JianbaoError, match="没有"):
        desk.remove_from_roster("周童")


# -- statistics ---------------------------------------------------------------------------------------------
@pytest.fixture
def office(desk):
    """Articles over three months from three units (one unit in both scripts), two used in an issue."""
    a = dated(desk, "一", "2024-01-03", ["开发区向阳街道办事处"])
    b = dated(desk, "二", "2024-01-20", ["開發區向陽街道辦事處", "集团公司"], "项目建设")
    c = dated(desk, "三", "2024-03-02", ["经济发展部"], "项目建设")
    d = dated(desk, "四", "2024-03-09", ["经济发展部"])
    e = desk.store.add_article({"title": "无日期", "body": "正文。", "units": ["经济发展部"]})
    desk.create_issue("开发区资讯", date="2024-03-10", sections=[IssueSection(None, (b, c))])
    return a, b, c, d, e


def test_articles_per_category_per_month(desk, office):
    t = desk.month_stats("category", "2024-01-01", "2024-03-31")
    assert t.series == ("2024-01", "2024-02", "2024-03")          # the empty month is shown too
    rows = dict(zip(t.labels, t.values))
    assert rows == {"工作动态": (1, 0, 1), "项目建设": (1, 0, 1)}
    assert t.rows()[-1] == ("合计", "2", "0", "2", "4")
    everything = desk.month_stats("category")
    assert everything.series[-1] == "无日期" and sum(map(sum, everything.values)) == 5


def test_units_are_merged_across_scripts(desk, office):
    t = desk.month_stats("unit", "2024-01-01", "2024-01-31")
    rows = dict(zip(t.labels, t.values))
    assert rows == {"开发区向阳街道办事处": (2,), "集团公司": (1,)}


def test_adoption_per_unit(desk, office):
    t = desk.adoption_stats("2024-01-01", "2024-03-31")
    rows = dict(zip(t.labels, t.values))
    assert rows == {"开发区向阳街道办事处": (2, 1), "集团公司": (1, 1), "经济发展部": (2, 1)}
    table = {r[0]: r[1:] for r in t.rows()}
    assert table["集团公司"] == ("1", "1", "100%") and table["合计"] == ("5", "3", "60%")
    with pytest.raises(JianbaoError, match="晚于"):
        desk.adoption_stats("2024-03-01", "2024-01-01")
    with pytest.raises(JianbaoError, match="无法识别"):
        desk.month_stats("unit", "上个月")


def test_tables_written_to_csv_and_docx(desk, office, tmp_path):
    t = desk.adoption_stats("2024-01-01", "2024-03-31")
    path = desk.write_stats_table(t, tmp_path / "采用.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["报送单位", "报送", "采用", "采用率"] and rows[1:] == [list(r) for r in t.rows()]
    doc = Document(str(desk.write_stats_table(t, tmp_path / "采用.docx")))
    assert doc.paragraphs[0].text == t.title and "2024-01-01 至 2024-03-31" in doc.paragraphs[1].text
    cells = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert cells == [list(t.headers()), *[list(r) for r in t.rows()]]
    with pytest.raises(JianbaoError, match=".csv、.xlsx 或 .docx"):
        desk.write_stats_table(t, tmp_path / "采用.ods")
    assert sorted(p.name for p in tmp_path.glob("*采用*")) == ["采用.csv", "采用.docx"]  # no temporary files left
