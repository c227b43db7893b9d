"""An article's first revision is its row until its first change, which writes the snapshot (copy on write)."""
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


def stored(store, article_id: int) -> str:
    return store.conn.execute("SELECT snapshot FROM revisions WHERE article_id = ? AND revision = 1",
                              (article_id,)).fetchone()[0]


def test_first_revision_reads_as_the_article_as_imported(store):
    article_id = imported(store)
    assert stored(store, article_id) == ""  # nothing written twice on import
    [rev] = store.revisions(article_id)
    art = store.article(article_id)
    assert rev.revision == 1 and rev.reason == "imported"
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
    assert stored(store, article_id) == ""
    [rev] = store.revisions(article_id)
    assert rev.snapshot["body"] == DRAFT.body
