"""The sample splits into exactly the 20 articles of its hand-made truth file, field by field."""
from __future__ import annotations

import pytest

from conftest import SAMPLE
from jianbao.ingest import split_file


@pytest.fixture(scope="module")
def result():
    return split_file(SAMPLE, classify=False)


def test_twenty_articles(result, truth):
    assert len(result.articles) == len(truth["articles"]) == 20
    assert result.remainder == ()
    assert result.encoding == "utf-8"
    assert result.script == "t"


@pytest.mark.parametrize("n", range(20))
def test_article_fields_equal_truth(result, truth, n):
    got, want = result.articles[n], truth["articles"][n]
    assert got.title == want["title"]
    assert got.tag == want["category"]
    if want["category"] is None:
        assert got.category_source != "tag"
    else:
        assert got.category == want["category"] and got.category_source == "tag"
    assert list(got.units) == want["units"]
    assert got.date_text == want["date_as_written"]
    assert (got.first_line, got.last_line) == (want["first_line"], want["last_line"])


def test_dates_resolved_with_year_inference(result):
    by_text = {a.date_text: a.date for a in result.articles}
    assert by_text["12月31日"] == "2023-12-31"
    assert by_text["1月3日"] == "2024-01-03"
    assert by_text["2024年1月1日"] == "2024-01-01"
    assert by_text["1月2日-4日"] == "2024-01-02"


def test_subheadings_and_editors_note(result, truth):
    lines = SAMPLE.read_text("utf-8").split("\n")
    found = {h for a in result.articles for h in a.subheadings}
    for sub in truth["subheadings"]:
        line = lines[sub["line"] - 1].replace("/span>", "")
        assert line in found
    note_article = result.articles[truth["editors_note"]["article"] - 1]
    assert note_article.editors_note.startswith("我市全國文明城市創建工作開展以來")
    assert note_article.editors_note.endswith("進行連續報道。")
    assert "編者按" not in note_article.body
    assert note_article.body.startswith("市酒店集團:精準幫扶見成效")


def test_markup_residue_cleaned_and_logged(result):
    assert "/span>" not in result.clean_text
    steps = [c for c in result.cleaning if c.kind == "markup"]
    assert [(c.line, c.before) for c in steps] == [(75, "/span>")]
    # Cleaning never touches punctuation or wording: only the residue differs.
    assert result.clean_text == result.text.replace("/span>", "").rstrip("\n")


def test_body_excludes_title_and_units(result):
    first = result.articles[0]
    assert first.body.startswith("1月3日,開發區黨工委書記周童")
    assert first.body.endswith("用心用情營造良好營商環境。")
    second = result.articles[1]
    assert second.body.startswith("“經濟普查、利國利民”。")
