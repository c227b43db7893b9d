"""A real public digest of another shape: CCTV《新闻联播》 as saved in Markdown (see fixtures/digests/README.md)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from jianbao.errors import InputError
from jianbao.ingest import resplit, split_file, split_text
from tests.ingest.test_lossless import assert_lossless

DIGEST = FIXTURES / "digests" / "xinwenlianbo-20221001.md"
TITLES = [
    "《求是》杂志发表习近平总书记重要文章《新时代中国共产党的历史使命》",
    "五星红旗耀中华 勠力同心迎盛会",
    "中国空间站的首个国庆节",
    "生态优先绿色发展 奏响新时代长江之歌",
    "傅平均：做乡村振兴的“领头雁” 路丙辉：为党育人 为国育才",
    "国家卫生健康委通报最新疫情",
    "国内联播快讯",
    "外国领导人祝贺中华人民共和国成立73周年",
    "俄称打击乌军导弹组装车间等目标 乌称正包围红利曼的俄军",
    "长江",
]


@pytest.fixture(scope="module")
def result():
    return split_file(DIGEST, classify=False)


def test_each_heading_is_one_item(result):
    assert [a.title for a in result.articles] == TITLES
    # Column names in 【】 are tags; the other items have none and claim none.
    assert [a.tag for a in result.articles] == [None, None, None, "江河奔腾看中国", "二十大代表风采", None, None,
                                                None, None, "江河奔腾看中国"]
    assert all(a.category_source != "tag" for a in result.articles if a.tag is None)


def test_lines_point_at_the_file(result):
    lines = DIGEST.read_text("utf-8").split("\n")
    for article in result.articles:
        assert lines[article.first_line - 1].startswith("### ")
        assert lines[article.first_line - 1].endswith(article.title)
        assert lines[article.last_line - 1].startswith("<p>")


def test_markup_and_links_stay_out_of_the_text(result):
    for article in result.articles:
        for field in (article.title, article.body):
            assert "<" not in field and "#" not in field and "](" not in field and "&nbsp;" not in field
        assert article.body.startswith("央视网消息（新闻联播）：")
    first = result.articles[0].body.split("\n")
    assert first[1].startswith("文章强调，实现中华民族伟大复兴")  # <p> paragraphs became lines


def test_header_links_and_footer_are_reported_not_dropped(result):
    reasons = [r.reason for r in result.remainder]
    assert reasons[0].startswith("简报头")
    assert "本期节目主要内容" in result.remainder[0].text
    assert reasons.count("原文链接（不属于正文）") == 10
    assert all(r.text.startswith("[查看原文](https://tv.cctv.com/2022/10/01/") for r in result.remainder
               if r.reason.startswith("原文链接"))
    assert result.remainder[-1].reason.startswith("分隔线")
    assert result.remainder[-1].text.endswith("(更新时间戳: 1664630528159)")
    assert_lossless(result)


def test_subheadings_dates_and_cleaning_log(result):
    by_title = {a.title: a for a in result.articles}
    assert by_title["国内联播快讯"].subheadings == (
        "“筑梦——我们的新时代美术摄影作品展”开幕", "“对党忠诚 不负人民”家风故事分享会在京举办",
        "8月我国国际收支货物和服贸进出口规模40265亿元", "中国女篮夺得女篮世界杯亚军")
    assert result.articles[4].subheadings == ("傅平均：做乡村振兴的“领头雁”", "路丙辉：为党育人 为国育才")
    # "10月1日" takes its year from the digest's own date in its header, (20221001).
    assert result.articles[0].date == "2022-10-01"
    assert result.articles[2].date_text == "9月30日" and result.articles[2].date == "2022-09-30"
    kinds = {c.kind for c in result.cleaning}
    assert {"markdown", "markup"} <= kinds


def test_pasted_markdown_splits_the_same(result):
    pasted = split_text(DIGEST.read_text("utf-8"), classify=False)
    assert [a.title for a in pasted.articles] == TITLES


def test_editor_can_move_boundaries(result):
    # Deleting the boundary before item 5 merges it into item 4 (the link between them stays in the body).
    starts = [a.clean_start for a in result.articles]
    del starts[4]
    merged = resplit(result, starts, classify=False)
    assert len(merged.articles) == 9
    assert_lossless(merged)


def test_hash_lines_in_plain_text_are_not_markdown():
    text = "#开发区# 话题\n【工作动态】开发区召开会议。1月3日，开发区召开会议。(开发区党政办)"
    result = split_text(text, classify=False)
    assert result.articles[-1].title == "开发区召开会议"
    assert not any(c.kind == "markdown" for c in result.cleaning)


_DIGEST_LINES = [line for line in DIGEST.read_text("utf-8").split("\n") if line]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_DIGEST_LINES), min_size=1, max_size=16), st.sampled_from(["\n", "\n\n"]))
def test_shuffled_markdown_is_lossless(chosen, joiner):
    try:
        result = split_text(joiner.join(chosen), classify=False)
    except InputError:
        return
    assert_lossless(result)
