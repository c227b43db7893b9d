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


# ---- headline lines, in text that kept its line breaks ----

def test_a_headline_is_taken_up_below_and_a_sub_heading_echoes_the_section_above():
    from jianbao.ingest.segment_features import all_line_features

    lines = ["文化局舉辦澳門青年讀書會", "文化局今日舉辦澳門青年讀書會首場活動，青年讀者分享閱讀心得。",
             "閱讀心得分享 青年讀者交流", "活動現場，多位青年讀者分享閱讀心得，交流讀書方法。"]
    feats = all_line_features(lines)
    assert "headline-repeated=>=0.5" in feats[0] and "headline-before-had=0" in feats[0]
    # "閱讀", "心得", "青年", "讀者" were all in the paragraph above: a sub-heading, not a new article.
    assert "headline-before-had=>=0.5" in feats[2]
    assert not any(name.startswith("headline-") for name in feats[1] | feats[3])


def test_sub_headings_cut_to_one_pattern_are_siblings():
    from jianbao.ingest.segment_features import all_line_features

    body = "本屆活動吸引眾多市民參與，現場氣氛熱烈，主辦單位表示將持續舉辦。"
    lines = ["人氣創新高！藝墟圓滿落幕", body, "文創薈聚 拓寬跨域交流新空間", body, "特色展陳 彰顯多樣文化魅力", body,
             "衛生局接獲五宗流感樣疾病群集性感染報告", body]
    feats = all_line_features(lines)
    assert [i for i, f in enumerate(feats) if "headline-has-sibling" in f] == [2, 4]


def test_a_long_headline_without_a_clause_inside_is_still_a_headline():
    from jianbao.ingest.segment_features import is_title_like

    # 總統府 headlines join two or three clauses with ideographic spaces and run past 40 characters.
    assert is_title_like("總統接見美國亞利桑納州鳳凰城市長　盼臺灣與鳳凰城穩健前行　開創更具前瞻性的交流與合作")
    assert not is_title_like("總統表示，臺灣和美國除了共享民主、自由等普世價值也在科技經貿與人才培育等關鍵領域逐步建立深厚情誼")
    assert not is_title_like("開源鏡像站（HTTP 訪問）請見網址 https://mirrors.ustc.edu.cn/ 與其他各項服務的說明")
    assert not is_title_like("發稿單位：新聞及國際關係處發稿時間：115年5月5日 10:10(5月6日09:30更新)發稿人：陳涵文")


def test_a_whole_line_is_judged_as_a_title_starting_there():
    # `line` reads the text around a headline line alone; it must agree with the judge of glued titles.
    text, titles = _one_line_day()
    cohesion = Cohesion(text)
    for title in titles:
        start = text.index(title)
        for length in (len(title), 5, 30):
            assert cohesion.line(start, length) == cohesion.at(start)(length)


def test_a_long_paste_finds_its_common_pairs_in_slices_of_it():
    from jianbao.ingest.cohesion import SAMPLE

    filler = "各地代表出席会议并讨论年度工作安排。" * 200
    text = ("开发区" + filler) * (2 * SAMPLE // len(filler) + 1)
    assert len(text) > SAMPLE
    common = Cohesion(text).common
    assert {"代表", "会议"} <= common
    assert "开发" not in common  # once a run of two hundred sentences: rarer than one pair in 400
