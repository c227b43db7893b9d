"""Cohesion: a headline's words come back in its lead and were absent from the article before it."""
from __future__ import annotations

import json
import statistics

from jianbao.ingest.cohesion import Cohesion, share_name
from jianbao.ingest.segment_train import FIXTURES

ZAOBAO = FIXTURES / "digests" / "zaobao-china-days"


def _one_line_day() -> tuple[str, list[str]]:
    """A real digest as a paste that lost its line breaks, with its titles (from the source's own layout)."""
    truth = json.loads((ZAOBAO / "truth.json").read_text("utf-8"))["digests"][0]
    text = (ZAOBAO / truth["file"]).read_text("utf-8").replace("\n", "")
    return text, [a["title"] for a in truth["articles"]]


def test_titles_are_repeated_ahead_and_new_against_the_text_before():
    text, titles = _one_line_day()
    cohesion = Cohesion(text)
    ahead, before = [], []
    for title in titles[1:]:
        start = text.index(title)
        found = cohesion.at(start)(len(title))
        assert found is not None, title
        ahead.append(found[0])
        before.append(found[1])
    # Sentence starts inside articles, cut after their first 12 characters: the same words run on.
    inner_ahead, inner_before = [], []
    for end in [i + 1 for i, c in enumerate(text) if c == "。"][:-1]:
        if any(text.startswith(t, end) for t in titles) or end < 300:
            continue
        found = cohesion.at(end)(12)
        if found is not None:
            inner_ahead.append(found[0])
            inner_before.append(found[1])
    assert len(inner_ahead) > 50
    assert statistics.median(ahead) >= 0.5 > statistics.median(inner_ahead)
    assert statistics.median(before) < 0.1 < statistics.median(inner_before)
    assert max(before) < 0.25


def test_pairs_the_whole_text_repeats_say_nothing():
    # "中国" is everywhere in a digest about China: it neither ties a title to its lead nor sets it apart.
    text = "中国" * 50 + "。" + "中国新区挂牌" + "新区今日挂牌，各地代表出席。"
    cohesion = Cohesion(text)
    assert "中国" in cohesion.common
    ahead, before = cohesion.at(101)(6)  # own pairs: 国新 新区 区挂 挂牌, two of them in the lead
    assert (ahead, before) == (0.5, 0.0)


def test_too_few_words_to_judge():
    text = "上文。短题正文很长很长。"
    assert Cohesion(text).at(3)(2) is None


def test_share_names_cover_the_range():
    assert [share_name(x) for x in (0.0, 0.1, 0.3, 0.5, 1.0)] == ["0", "<0.25", "<0.5", ">=0.5", ">=0.5"]


def test_a_title_end_is_judged_on_the_words_at_the_cut():
    from jianbao.ingest.segment_features import title_end_features, word_bounds

    unit = "关税协议达成后 台美官员展开科技、AI与无人机合作讨论台湾与美国高级官员星期二举行会谈，"
    bounds = word_bounds(unit)
    right = title_end_features(unit, unit.index("台湾与"), bounds=bounds)
    assert right["a-tag=v"] == right["b-tag=ns"] == 1.0  # a verb ends the headline, a place opens the lead
    early = title_end_features(unit, unit.index("无人机"), bounds=bounds)
    assert "a-tag=p" in early or "a-tag=c" in early  # "…AI与|无人机…": a cut after a conjunction


def test_traditional_text_is_judged_through_its_simplified_twin():
    from jianbao.ingest.segment_features import title_end_features, word_bounds
    from jianbao.script.engine import simplified_twin

    unit = "總統接見鳳凰獎楷模　強調政府會投入更多資源賴清德總統今日上午接見得獎人，"
    twin = simplified_twin(unit)
    assert len(twin) == len(unit) and twin.startswith("总统接见凤凰奖楷模")
    k = unit.index("賴清德")
    tags = title_end_features(twin, k, bounds=word_bounds(twin))
    assert tags["b-tag=nr"] == 1.0  # a person's name opens the lead, once jieba can read the words


def test_the_window_reaches_past_the_longest_title():
    from jianbao.ingest.cohesion import LONGEST_TITLE
    from jianbao.ingest.segment_features import MAX_GLUED_TITLE

    assert LONGEST_TITLE == MAX_GLUED_TITLE
