"""Classification: the sample's untagged articles, leave-one-out, editors' corrections, rules, scripts."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from jianbao.classify import DEFAULT_THRESHOLD, build_model, fill_categories
from jianbao.errors import JianbaoError
from jianbao.models import ArticleDraft, Category

from conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_split():
    from jianbao.ingest import split_file

    return split_file(SAMPLE, classify=False)


@pytest.fixture(scope="module")
def imported_store(tmp_path_factory):
    """A store with the sample imported, copied afresh for each test that writes."""
    from jianbao.desk import Desk

    path = tmp_path_factory.mktemp("classify") / "sample.db"
    with Desk(path) as desk:
        ids = desk.import_file(SAMPLE).article_ids
    return path, ids


@pytest.fixture
def sample_desk(imported_store, tmp_path):
    from jianbao.desk import Desk

    path, ids = imported_store
    target = tmp_path / "copy.db"
    shutil.copy(path, target)
    desk = Desk(target)
    yield desk, ids
    desk.close()


def _untagged(articles, first_line):
    return next(a for a in articles if a.first_line == first_line)


def test_split_without_store_fills_untagged_in_the_bulletins_own_spelling(sample_split):
    out = fill_categories(sample_split.articles)
    assert [a.category for a in out if a.tag] == [a.category for a in sample_split.articles if a.tag]
    assert all(a.category_source == "tag" and a.confidence == 1.0 for a in out if a.tag)
    first, second = _untagged(out, 5), _untagged(out, 52)
    assert (first.category, second.category) == ("經濟普查", "經開要聞")  # as this Traditional bulletin's tags spell them
    for a in (first, second):
        assert a.category_source == "model" and a.confidence >= DEFAULT_THRESHOLD and not a.needs_decision


def test_imported_sample_untagged_articles_get_store_categories(sample_desk, truth):
    desk, ids = sample_desk
    arts = [desk.article(i) for i in ids]
    assert _untagged(arts, 5).category == "经济普查"
    assert _untagged(arts, 52).category == "经开要闻"
    expected = truth["expected_category_for_untagged"]
    from jianbao.fold import fold

    assert fold(_untagged(arts, 5).category) == fold(expected["2"])
    assert fold(_untagged(arts, 52).category) == fold(expected["13"])
    assert all(a.category_source == "tag" for a in arts if a.first_line not in (5, 52))


def test_leave_one_out_on_the_sample(sample_desk):
    desk, _ = sample_desk
    ev = desk.classify_eval()
    assert ev.method == "leave-one-out" and ev.examples == 18
    testable = {k: v for k, v in ev.per_category.items() if v["examples"] >= 2}
    assert sum(v["examples"] for v in testable.values()) == 11
    assert ev.accuracy >= 0.8
    assert ev.confidence_wrong < ev.confidence_right
    assert sum(c["count"] for c in ev.confusions) == round((1 - ev.accuracy_all) * 18)


def test_editor_correction_teaches_the_next_near_duplicate(sample_desk, sample_text):
    desk, ids = sample_desk
    meeting = next(i for i in ids if desk.article(i).first_line == 52)
    assert desk.article(meeting).category == "经开要闻"
    assert desk.retrain().examples == 18  # the GUI builds the model once, in the background
    desk.edit_article(meeting, {"category": "工作动态"})
    info = desk.retrain([meeting])
    assert info.updated == 1 and not info.rebuilt
    # The same story sent again next month: new dates, a reworded opening, no tag.
    lines = sample_text.split("\n")[51:59]
    again = "\n".join(lines).replace("1月5日", "2月5日").replace("三門峽經濟開發區", "三門峽經開區", 1)
    result = desk.preview_text(again, source="next")
    draft = result.articles[0]
    assert draft.category == "工作动态" and draft.category_source == "model" and not draft.needs_decision
    from jianbao.classify import explain

    assert "几乎相同" in explain(draft, model=desk.category_model())  # and the editor is told why


def test_keyword_rules_win_and_are_explained(sample_desk):
    desk, ids = sample_desk
    desk.set_category_keywords("工作动态", ["普查"])
    result = desk.preview_file(SAMPLE)
    census = _untagged(result.articles, 5)
    assert (census.category, census.category_source, census.confidence) == ("工作动态", "rule", 1.0)
    census_id = next(i for i in ids if desk.article(i).first_line == 5)
    suggestion = desk.suggest_category(census_id)
    assert suggestion.source == "rule" and "普查" in suggestion.reason


def test_reclassify_changes_only_model_and_rule_choices(sample_desk):
    desk, ids = sample_desk
    desk.set_category_keywords("文明创建", ["专题会议"])
    moves, changed = desk.reclassify(dry_run=True)
    assert [m.new for m in moves] == ["文明创建"] and changed.articles == ()
    meeting = moves[0].article_id
    assert desk.article(meeting).category == "经开要闻"  # a dry run saves nothing
    moves, changed = desk.reclassify()
    assert changed.articles == (meeting,)
    art = desk.article(meeting)
    assert (art.category, art.category_source) == ("文明创建", "rule")
    assert desk.revisions(meeting)[-1].reason == "重新分类"
    assert all(desk.article(i).category_source == "tag" for i in ids if desk.article(i).first_line not in (5, 52))


def test_traditional_and_simplified_teach_each_other():
    examples = [("开展安全生产检查\n排查隐患，消防通道，液化气瓶，整改落实。", "安全检查"),
                ("举办业务培训会\n讲解系统操作，现场演示，答疑解惑。", "业务培训")]
    model = build_model(examples, categories=["安全检查", "业务培训"])
    (p,) = model.predict([("開展消防安全檢查", "排查隱患，液化氣瓶整改。")])
    assert p.category == "安全检查"
    drafts = [ArticleDraft(title="開展消防安全檢查", body="排查隱患，液化氣瓶整改。")]
    (d,) = fill_categories(drafts, examples=examples, rules=[Category("aq", "安全檢查", 1), Category("px", "業務培訓", 2)])
    assert d.category == "安全檢查"  # the store's spelling, matched script-insensitively


def test_low_confidence_is_marked_for_a_decision_not_guessed_silently(sample_split):
    out = fill_categories(sample_split.articles, threshold=0.9999)
    flagged = [a for a in out if a.category_source == "model"]
    assert flagged and all(a.needs_decision and a.category for a in flagged)


def test_tagged_only_and_empty_inputs():
    assert fill_categories([]) == []
    tagged = [ArticleDraft(title="标题", body="正文", category="经济普查", tag="经济普查")]
    (d,) = fill_categories(tagged)
    assert (d.category_source, d.confidence, d.needs_decision) == ("tag", 1.0, False)


def test_incremental_update_equals_training_from_scratch(sample_split):
    import numpy as np

    from jianbao.classify import features, taxonomy
    from jianbao.classify.model import CategoryModel, Example

    arts = [a for a in sample_split.articles if a.category]
    examples = [Example(n, *features.folded(a.title, a.body), a.category) for n, a in enumerate(arts)]
    live = CategoryModel(taxonomy.seed())
    live.put(examples)
    live.fit()
    moved = [replace(examples[2], category="文明实践"), replace(examples[5], category="经济普查")]
    live.put(moved)
    live.remove([7])
    assert not live.fit()  # moved sums, no retraining
    fresh = CategoryModel(taxonomy.seed())
    fresh.put([moved[0] if e.key == 2 else moved[1] if e.key == 5 else e for e in examples if e.key != 7])
    fresh.fit()
    pairs = [features.folded(a.title, a.body) for a in sample_split.articles]
    a, b = live.predict(pairs), fresh.predict(pairs)
    assert [p.category for p in a] == [p.category for p in b]
    assert np.allclose([p.confidence for p in a], [p.confidence for p in b], atol=1e-3)


def test_taxonomy_rename_and_merge_follow_into_the_model(sample_desk):
    desk, ids = sample_desk
    changed = desk.rename_category("经济普查", "普查工作")
    assert changed.taxonomy and changed.extra["articles_changed"] == 2  # the tagged one and the predicted one
    assert "普查工作" in desk.category_model().categories
    assert _untagged(desk.preview_file(SAMPLE).articles, 5).category == "普查工作"
    desk.merge_categories("项目考察", "项目建设")
    assert "项目考察" not in [c.name for c in desk.categories()]
    assert "项目考察" not in desk.category_model().categories


def test_bad_taxonomy_input_changes_nothing(sample_desk):
    desk, _ = sample_desk
    before = desk.categories()
    with pytest.raises(JianbaoError):
        desk.set_category_keywords("没有这个栏目", ["词"])
    with pytest.raises(JianbaoError):
        desk.rename_category("经济普查", "  ")
    with pytest.raises(JianbaoError):
        desk.rename_category("经济普查", "工作动态")
    assert desk.categories() == before


def test_cli_eval_json_keys(imported_store, capsys):
    from jianbao.cli import main

    path, _ = imported_store
    assert main(["classify", "eval", "--json", "--store", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("accuracy", "accuracy_all", "per_category", "confusions", "below_threshold"):
        assert key in data
    assert data["per_category"]["工作动态"]["examples"] == 3
    assert 0.0 <= data["below_threshold"] <= 1.0


def test_cli_train_and_rules(sample_desk, capsys):
    from jianbao.cli import main

    desk, _ = sample_desk
    store = str(desk.path)
    assert main(["classify", "rules", "经济普查", "普查", "五经普", "--store", store]) == 0
    assert "普查、五经普" in capsys.readouterr().out
    assert main(["classify", "train", "--dry-run", "--store", store]) == 0
    out = capsys.readouterr().out
    assert "18 篇样例" in out and re.search(r"将改动 1 篇", out)
    assert main(["classify", "rules", "不存在", "x", "--store", store]) == 2
    assert "没有名为" in capsys.readouterr().err


def test_classify_modules_do_not_import_sklearn():
    code = ("import sys, jianbao.desk, jianbao.classify, jianbao.cli.classify; "
            "print(any(m.split('.')[0] in ('sklearn', 'scipy') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_feature_rows_match_a_plain_reading_of_their_definition(sample_split):
    """The vectorised rows equal hashed 1-2-gram counts, sublinear, L2-normalised per block, title weighted."""
    import math

    import numpy as np

    from jianbao.classify import features

    def block(text: str) -> dict[int, float]:
        grams = [ord(c) for c in text] + [
            ((ord(a) << 21) ^ ord(b) ^ (1 << 63)) for a, b in zip(text, text[1:])]
        counts: dict[int, int] = {}
        for g in grams:
            col = ((g * features._MIX) % (1 << 64)) >> features._SHIFT
            counts[col] = counts.get(col, 0) + 1
        values = {c: 1.0 + math.log(n) for c, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return {c: v / norm for c, v in values.items()}

    pairs = [features.folded(a.title, a.body) for a in sample_split.articles[:6]] + [("", ""), ("标题", ""), ("", "正文")]
    matrix = features.rows(pairs).toarray()
    assert matrix.shape == (len(pairs), 2 * features.BLOCK)
    for n, (title, body) in enumerate(pairs):
        expected = np.zeros(2 * features.BLOCK)
        for col, v in block(title).items():
            expected[col] = v * features.TITLE_WEIGHT
        for col, v in block(body).items():
            expected[features.BLOCK + col] = v
        assert np.allclose(matrix[n], expected), n


def test_folding_many_texts_at_once_equals_one_by_one(sample_text):
    from jianbao.fold import fold, fold_many

    texts = sample_text.split("\n") + ["", "開發區\x1e乾部", "ＡＢ後勁", "干部"]
    assert fold_many(texts) == [fold(t) for t in texts]
    lines = [t for t in sample_text.split("\n") if t]
    assert fold_many(lines) == [fold(t) for t in lines]
    assert fold_many([]) == [] and fold_many(["乾"]) == [fold("乾")]
