"""The same bulletin in every form it arrives in gives the same articles."""
from __future__ import annotations

import html

import pytest

from conftest import FIXTURES, SAMPLE
from jianbao.ingest import split_bytes, split_file, split_html, split_text


@pytest.fixture(scope="module")
def sample() -> str:
    return SAMPLE.read_text("utf-8")


@pytest.fixture(scope="module")
def titles(truth) -> list[str]:
    return [a["title"] for a in truth["articles"]]


@pytest.mark.parametrize("encoding,reported", [
    ("gbk", "gbk"), ("gb18030", "gb18030"), ("big5", "big5"), ("utf-16", "utf-16-le"),
    ("utf-16-be", "utf-16-be"), ("utf-8-sig", "utf-8"),
])
def test_encodings(tmp_path, sample, titles, encoding, reported):
    path = tmp_path / f"sample-{encoding}.txt"
    path.write_bytes(sample.encode(encoding, errors="replace"))
    result = split_file(path, classify=False)
    assert result.encoding == reported
    assert [a.title for a in result.articles] == titles


def test_docx(tmp_path, sample, titles):
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "开发区资讯"
    table.cell(0, 1).text = "2024年第1期"
    for line in sample.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "sample.docx"
    document.save(path)
    result = split_file(path, classify=False)
    assert result.encoding == "docx"
    assert [a.title for a in result.articles] == titles
    assert result.text.startswith("开发区资讯\n2024年第1期\n")
    assert result.remainder[0].reason.startswith("简报头")


def test_html_paste(sample, titles):
    body = "".join(f'<p style="text-indent:2em"><span>{html.escape(line)}</span></p>\n' for line in sample.split("\n"))
    page = f"<html><head><style>p{{color:red}}</style><script>alert('x')</script></head><body>{body}</body></html>"
    result = split_html(page, classify=False)
    assert [a.title for a in result.articles] == titles
    assert "alert" not in result.clean_text and "color:red" not in result.clean_text


def test_html_file(tmp_path, sample, titles):
    body = "<br>".join(html.escape(line) for line in sample.split("\n"))
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><body><div>{body}</div></body></html>", "gb18030")
    result = split_file(path, classify=False)
    assert [a.title for a in result.articles] == titles


def test_one_line_without_breaks(sample, titles):
    result = split_text(sample.replace("\n", ""), classify=False)
    assert [a.title for a in result.articles] == titles
    assert any(c.kind == "paragraphs" for c in result.cleaning)


@pytest.mark.parametrize("width", [28, 30])
def test_hard_wrapped(sample, titles, width):
    wrapped = "\n".join(
        "\n".join(line[i : i + width] for i in range(0, len(line), width)) for line in sample.split("\n")
    )
    result = split_text(wrapped, classify=False)
    assert [a.title for a in result.articles] == titles
    assert any(c.kind == "rewrap" for c in result.cleaning)


def test_pinyin_annotations_and_odd_spaces():
    text = "【工作动态】簡報(bào)工作会议召开。\n\u3000\u30001月3日，开发区召开\u200b简报工作会议\u00a0。(开发区党政办)"
    result = split_text(text, classify=False)
    art = result.articles[0]
    assert art.title == "簡報工作会议召开"
    assert art.body == "1月3日，开发区召开简报工作会议 。"
    kinds = {c.kind for c in result.cleaning}
    assert {"pinyin", "spaces"} <= kinds


def test_digest_with_titles_on_their_own_lines():
    result = split_file(FIXTURES / "digests" / "evening-news-digest.txt", classify=False)
    assert [a.title for a in result.articles] == [
        "全国冬春农田水利建设全面展开", "多地开展冬季安全生产大检查", "我国新能源汽车产销持续增长", "各地丰富群众冬季文化生活",
    ]
    assert result.remainder[0].text.startswith("新闻联播文字版")
    assert result.articles[-1].body.endswith("(视频编辑：王晓 文字编辑：李明)")
    assert all(a.category is None for a in result.articles)


def test_single_article_without_tag_or_units():
    result = split_text("开发区召开安全生产会议\n1月8日，开发区召开安全生产工作会议，部署节前安全工作。", classify=False)
    assert len(result.articles) == 1
    assert result.articles[0].title == "开发区召开安全生产会议"
    assert result.articles[0].units == ()


def test_headline_keeps_its_exclamation_and_question_marks():
    # A headline's ！ or ？ is printed with it; only a 。 after a title glued to its lead is a separator.
    titles = ["江苏苏州：早餐升级，热！", "一部微短剧何以带火一座城？", "开发区召开安全生产工作会议"]
    bodies = ["1月1日，苏州多家老字号早餐店推出新品，市民一早排起长队，店主说生意比去年同期好了不少，"
              "不少外地游客也专程赶来打卡，品尝地道的苏式早点。",
              "近日，以浙江衢州市常山县为故事背景的微短剧走红网络，带火了拍摄地的文旅市场，节假日游客纷至沓来，"
              "当地顺势推出多条跟着微短剧去旅行的线路。",
              "1月8日，开发区召开安全生产工作会议，通报近期安全检查发现的问题，部署节前安全生产重点工作，"
              "要求各单位压实责任、消除隐患。"]
    text = "\n".join(f"{t}\n{b}" for t, b in zip(titles, bodies))
    result = split_text(text, classify=False)
    assert [a.title for a in result.articles] == titles
    glued = split_text("【工作动态】开发区召开安全生产会议。1月8日，开发区召开安全生产工作会议。(开发区党政办)",
                       classify=False)
    assert glued.articles[0].title == "开发区召开安全生产会议"


def test_hundred_articles(sample):
    body = "\n".join([sample] * 5)
    result = split_text(body, classify=False)
    assert len(result.articles) == 100


def test_stdin_bytes_gbk(sample, titles):
    result = split_bytes(sample.encode("gbk", errors="replace"), "标准输入", classify=False)
    assert [a.title for a in result.articles] == titles
