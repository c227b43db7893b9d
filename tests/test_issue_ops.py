"""Desk operations on issues: numbering, sections, band fields, locking, export with conversion."""
from __future__ import annotations

import pytest
from docx import Document

from jianbao.errors import JianbaoError, NotFoundError
from jianbao.models import IssueSection, Term
from test_export_sample import add_sample_articles


@pytest.fixture
def ids(desk):
    return add_sample_articles(desk.store)


def test_numbers_continue_per_series_and_year(desk, ids):
    first, changed = desk.create_issue("开发区资讯", article_ids=ids[:2], date="2024-01-08", total_number=120)
    assert (first.number, first.year, first.total_number, first.date) == (1, 2024, 120, "2024-01-08")
    assert changed.issues == (first.id,)
    proposal = desk.propose_issue("开发区资讯", "2024-01-15")
    assert (proposal.number, proposal.total_number) == (2, 121)
    second, _ = desk.create_issue("开发区资讯", article_ids=ids[2:4], date="2024年1月15日")
    assert (second.number, second.total_number, second.date) == (2, 121, "2024-01-15")
    other, _ = desk.create_issue("招商简报", article_ids=ids[4:5], date="2024-01-15")
    assert other.number == 1 and other.total_number is None
    next_year, _ = desk.create_issue("开发区资讯", article_ids=ids[5:6], date="2025-01-03")
    assert (next_year.number, next_year.total_number) == (1, 122)
    listed = [i.id for i in desk.issues()]  # newest year and number first
    assert listed[:2] == [next_year.id, second.id] and set(listed[2:]) == {first.id, other.id}


def test_articles_by_bulletin_keep_their_order(desk):
    from jianbao.models import ArticleDraft, SplitResult
    from test_export_sample import SAMPLE, sample_drafts

    drafts = tuple(ArticleDraft(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items()})
                   for d in sample_drafts()[:5])
    text = SAMPLE.read_text("utf-8")
    imported = desk.import_split(SplitResult("a.txt", "0" * 64, "utf-8", "t", text, text, (), drafts))
    issue, _ = desk.create_issue("开发区资讯", bulletin_id=imported.bulletin_id, date="2024-01-08")
    assert issue.article_ids == imported.article_ids
    with pytest.raises(JianbaoError, match="只能给出一个"):
        desk.create_issue("开发区资讯", bulletin_id=imported.bulletin_id, article_ids=[1])
    with pytest.raises(NotFoundError):
        desk.create_issue("开发区资讯", bulletin_id=99)


def test_sections_by_category_follow_the_category_order(desk, ids):
    issue, _ = desk.create_issue("开发区资讯", article_ids=ids, by_category=True, date="2024-01-08")
    titles = [s.title for s in issue.sections]
    assert titles[0] == "調研督導" and titles[-1] is None  # the two untagged articles close the issue
    assert len(titles) == len(set(titles))
    assert sorted(issue.article_ids) == sorted(ids)
    order = [c.name for c in desk.store.categories()]
    from jianbao.fold import fold

    known = [order.index(next(n for n in order if fold(n) == fold(t))) for t in titles[:-1]
             if any(fold(n) == fold(t) for n in order)]
    assert known == sorted(known)


def test_bad_input_is_refused_and_nothing_is_stored(desk, ids):
    for kwargs, message in (
        (dict(article_ids=[]), "没有文章"),
        (dict(article_ids=[ids[0], 999]), "找不到编号为 999"),
        (dict(article_ids=[ids[0], ids[0]]), "出现了两次"),
        (dict(article_ids=ids[:1], date="明天"), "无法识别"),
        (dict(article_ids=ids[:1], number=0), "期号必须是正整数"),
        (dict(article_ids=ids[:1], copies=-1), "印数"),
    ):
        with pytest.raises(JianbaoError, match=message):
            desk.create_issue("开发区资讯", **kwargs)
    with pytest.raises(JianbaoError, match="简报名称"):
        desk.create_issue("  ", article_ids=ids[:1])
    assert desk.issues() == []
    desk.create_issue("开发区资讯", article_ids=ids[:1], number=3, date="2024-02-01")
    with pytest.raises(JianbaoError, match="已存在"):
        desk.create_issue("开发区资讯", article_ids=ids[1:2], number=3, date="2024-03-01")
    assert len(desk.issues()) == 1


def test_band_fields_sections_and_lock(desk, ids):
    issue, _ = desk.create_issue("开发区资讯", article_ids=ids[:3], date="2024-01-08")
    issue, changed = desk.update_issue(issue.id, {"recipients_bao": " 市委办公室 ", "copies": "45",
                                                  "date": "2024-01-09", "show_contents": True})
    assert (issue.recipients_bao, issue.copies, issue.date, issue.show_contents) == ("市委办公室", 45, "2024-01-09", True)
    assert changed.issues == (issue.id,)
    with pytest.raises(JianbaoError, match="不能修改的字段"):
        desk.update_issue(issue.id, {"status": "approved"})
    issue, _ = desk.set_issue_sections(issue.id, [IssueSection("要闻", (ids[2],)), IssueSection(None, (ids[0],))])
    assert issue.article_ids == (ids[2], ids[0])
    with pytest.raises(JianbaoError, match="至少要有一篇"):
        desk.set_issue_sections(issue.id, [IssueSection("空", ())])
    locked, _ = desk.lock_issue(issue.id)
    assert locked.status == "approved"
    with pytest.raises(JianbaoError, match="锁定"):
        desk.update_issue(issue.id, {"copies": 1})
    with pytest.raises(JianbaoError, match="锁定"):
        desk.set_issue_sections(issue.id, [IssueSection(None, (ids[1],))])
    with pytest.raises(JianbaoError, match="锁定"):
        desk.delete_issue(issue.id)
    assert desk.issue(issue.id).copies == 45
    assert desk.update_issue(issue.id, {"copies": 1}, unlock=True)[0].copies == 1
    desk.unlock_issue(issue.id)
    desk.delete_issue(issue.id)
    assert desk.issues() == []


def test_export_in_both_scripts_keeps_protected_terms(desk, ids, tmp_path):
    pytest.importorskip("jianbao.script")
    desk.store.save_terms([Term("向陽街道")])  # a name: stays as written in either script
    issue, _ = desk.create_issue("开发区资讯", article_ids=ids[:3], date="2024-01-08",
                                 compiling_unit="经济开发区党政办", recipients_fa="区直各部门")
    simplified = desk.export_issue(issue.id, tmp_path / "s.docx", script="s").path
    traditional = desk.export_issue(issue.id, tmp_path / "t.docx", script="t").path
    s_doc, t_doc = Document(simplified), Document(traditional)
    s_titles = [p.text for p in s_doc.paragraphs if p.style.name == "简报标题"]
    assert s_titles[0] == "周童调研重点项目建设"
    assert s_titles[2].startswith("弘扬清风正气 激励担当作为——向陽街道召开")  # term kept
    t_texts = [p.text for p in t_doc.paragraphs]
    assert t_texts[0] == "開發區資訊" and t_texts[2].startswith("經濟開發區黨政辦\t")
    assert [p.text for p in t_doc.paragraphs if p.style.name == "简报版记"] == ["發：區直各部門"]
    assert [p.text for p in t_doc.paragraphs if p.style.name == "简报署名"][0] == "（開發區向陽街道辦事處、集團公司）"
    lang = t_doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang")[0]
    assert lang.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "zh-TW"


def test_export_refuses_what_it_cannot_write(desk, ids, tmp_path):
    issue, _ = desk.create_issue("开发区资讯", article_ids=ids[:1], date="2024-01-08")
    with pytest.raises(JianbaoError, match=r"\.docx"):
        desk.export_issue(issue.id, tmp_path / "a.pdf")
    with pytest.raises(JianbaoError, match="不认识的文字"):
        desk.export_issue(issue.id, tmp_path / "a.docx", script="jp")
    with pytest.raises(NotFoundError):
        desk.export_issue(999, tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()
