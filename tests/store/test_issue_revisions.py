"""Optimistic concurrency on issues, on both engines: every write counts a revision, and a write built on an
older one (facts, sections, status) is refused with the issue as it is now; the CLI says so plainly."""
from __future__ import annotations

import pytest

from jianbao.cli import main
from jianbao.desk import Desk
from jianbao.errors import ConflictError
from jianbao.models import IssueSection


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, store_path):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(store_path)


@pytest.fixture
def issue(location):
    with Desk(location) as desk:
        ids = [desk.store.add_article({"title": f"第{n}篇", "body": "开发区"}) for n in range(1, 4)]
        made, _ = desk.create_issue("开发区资讯", article_ids=ids, date="2024-01-08")
    return made


def test_the_second_of_two_desks_writing_one_issue_gets_a_conflict(location, issue):
    with Desk(location) as zhang, Desk(location) as li:
        seen_by_li = li.issue(issue.id)
        assert seen_by_li.revision == 1
        zhang.update_issue(issue.id, {"editors_note": "张三的编者按"}, expected_revision=1)
        writes = [
            lambda: li.update_issue(issue.id, {"editors_note": "李四的编者按", "copies": 40}, expected_revision=1),
            lambda: li.set_issue_sections(issue.id, [IssueSection("要闻", tuple(reversed(issue.article_ids)))],
                                          expected_revision=1),
            lambda: li.lock_issue(issue.id, expected_revision=1),
            lambda: li.delete_issue(issue.id, expected_revision=1),
        ]
        for write in writes:
            with pytest.raises(ConflictError) as refused:
                write()
            assert "第1期已在别处修改（现为第 2 版，你打开的是第 1 版）" in str(refused.value)
            assert refused.value.current.revision == 2 and refused.value.current.editors_note == "张三的编者按"
        now = li.issue(issue.id)
        assert (now.revision, now.editors_note, now.copies, now.status) == (2, "张三的编者按", None, "draft")
        assert now.sections == issue.sections  # nothing of the refused writes was applied
        assert refused.value.mine == {}  # a delete has no changes to keep
        # Built on the revision it now knows, li's write goes through and counts on.
        locked, _ = li.lock_issue(issue.id, expected_revision=2)
        assert locked.revision == 3 and locked.status == "approved"
        unlocked, _ = zhang.unlock_issue(issue.id)  # no revision given (a script): still counted
        assert unlocked.revision == 4


def test_a_refused_write_carries_what_was_not_saved(location, issue):
    with Desk(location) as zhang, Desk(location) as li:
        zhang.set_issue_sections(issue.id, [IssueSection(None, issue.article_ids[:2])])
        with pytest.raises(ConflictError) as refused:
            li.update_issue(issue.id, {"date": "2024/1/9"}, expected_revision=1)
    assert refused.value.mine == {"date": "2024-01-09", "year": 2024}
    assert refused.value.current.article_ids == issue.article_ids[:2]


def test_the_cli_reports_a_conflict_and_changes_nothing(location, issue, capsys):
    assert main(["issue", "show", str(issue.id), "--store", location]) == 0
    assert "（第 1 版）" in capsys.readouterr().out
    with Desk(location) as other:
        other.update_issue(issue.id, {"copies": 30})
    code = main(["issue", "set", str(issue.id), "--copies", "50", "--revision", "1", "--store", location])
    err = capsys.readouterr().err
    assert code == 2 and "第1期已在别处修改（现为第 2 版，你打开的是第 1 版），你的修改没有保存" in err
    assert main(["issue", "lock", str(issue.id), "--revision", "1", "--store", location]) == 2
    assert "已在别处修改" in capsys.readouterr().err
    with Desk(location) as desk:
        assert desk.issue(issue.id).copies == 30 and desk.issue(issue.id).status == "draft"
    assert main(["issue", "set", str(issue.id), "--copies", "50", "--revision", "2", "--store", location]) == 0
    assert "现为第 3 版" in capsys.readouterr().out
