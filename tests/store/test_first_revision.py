"""An article's first revision is its row until its first change, which writes the revisions row (copy on write)."""
from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from jianbao.models import ArticleDraft, SplitResult

DRAFT = ArticleDraft(title="周童調研重點項目建設", body="1月3日,開發區黨工委書記周童到開發區德孝苑養老院調研。",
                     category="調研督導", category_source="tag", units=("開發區向陽街道辦事處", "集團公司"),
                     subheadings=("一、調研",), date="2024-01-03", first_line=3, last_line=5)


def imported(store) -> int:
    result = SplitResult(source="a.txt", sha256="a", encoding="utf-8", script="t", text="", clean_text="", cleaning=(),
                         articles=(DRAFT,))
    return store.add_bulletin(result)[1][0]


def stored(store, article_id: int) -> str | None:
    """The first revision's stored snapshot; None when no revisions row was written."""
    row = store.conn.execute("SELECT snapshot FROM revisions WHERE article_id = ? AND revision = 1",
                             (article_id,)).fetchone()
    return row[0] if row else None


def test_first_revision_reads_as_the_article_as_imported(store):
    article_id = imported(store)
    assert stored(store, article_id) is None  # nothing written twice on import
    [rev] = store.revisions(article_id)
    art = store.article(article_id)
    assert rev.revision == 1 and rev.reason == "imported" and rev.at == art.created
    assert rev.snapshot == json.loads(json.dumps(asdict(art), ensure_ascii=False))
    assert rev.snapshot["units"] == ["開發區向陽街道辦事處", "集團公司"] and rev.snapshot["subheadings"] == ["一、調研"]
    assert set(rev.snapshot) == {f for f in asdict(art)}


@pytest.mark.parametrize("change", [{"body": "新的正文。"}, {"units": ["开发区经济发展部"]}, {"category": "安全检查"}])
def test_first_change_writes_the_first_revision(store, change):
    article_id = imported(store)
    before = store.revisions(article_id)[0].snapshot
    store.update_article(article_id, change, expected_revision=1)
    assert json.loads(stored(store, article_id)) == before
    revs = store.revisions(article_id)
    assert [r.revision for r in revs] == [1, 2] and revs[0].snapshot == before
    assert revs[0].snapshot["body"] == DRAFT.body and revs[0].snapshot["units"] == list(DRAFT.units)
    store.update_article(article_id, {"title": "再改"}, expected_revision=2)
    assert store.revisions(article_id)[0].snapshot == before
    restored = store.restore_revision(article_id, 1)
    assert (restored.title, restored.body, restored.units) == (DRAFT.title, DRAFT.body, DRAFT.units)


def test_an_interrupted_first_change_leaves_the_row_as_first_revision(store):
    article_id = imported(store)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.update_article(article_id, {"body": "半途而废"})
            raise RuntimeError("power cut")
    assert stored(store, article_id) is None
    [rev] = store.revisions(article_id)
    assert rev.snapshot["body"] == DRAFT.body


def test_first_change_keeps_the_origin_and_time(store):
    created = store.add_article({"title": "新建", "body": "正文。"})
    at = store.article(created).created
    store.update_article(created, {"body": "改过。"})
    first = store.revisions(created)[0]
    assert (first.revision, first.reason, first.at, first.snapshot["body"]) == (1, "created", at, "正文。")


def test_a_v4_marker_still_reads_as_the_row(tmp_path):
    """Stores written by schema v4 hold an empty snapshot for a never-changed article's first revision."""
    import shutil

    from conftest import FIXTURES
    from jianbao.store import Store

    path = tmp_path / "v4.db"
    shutil.copy(FIXTURES / "stores" / "jianbao-v4.db", path)
    with Store(path) as old:
        old.conn.execute("UPDATE revisions SET snapshot = '' WHERE article_id = 2")  # as v4 wrote imports
        old.conn.commit()
        [rev] = old.revisions(2)
        assert rev.snapshot["title"] == "开发区召开安全生产会议" and rev.reason == "imported"
        old.update_article(2, {"body": "改过。"})
        assert [r.revision for r in old.revisions(2)] == [1, 2]
        assert json.loads(stored(old, 2))["title"] == "开发区召开安全生产会议"
