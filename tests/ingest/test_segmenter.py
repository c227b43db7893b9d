"""The learned segmenter: shipped as data built from the fixtures, confident where it should be, and
learning from one corrected bulletin."""
from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache

import pytest

from jianbao.ingest import split_text
from jianbao.ingest.segment_train import (
    FIXTURES, corpus, corpus_fingerprint, corrected, evaluate, fit,
)
from jianbao.ingest.segmenter import Segmenter, decode, shipped

SOURCE = FIXTURES / "kaifaqu-digest-2024-01.txt"


def test_shipped_model_was_built_from_these_fixtures():
    # A changed fixture without `python scripts/build_segmenter.py` would ship a model nobody measured.
    meta = shipped().meta
    assert meta["fixtures"] == corpus_fingerprint(), "rebuild: .venv/bin/python scripts/build_segmenter.py"
    assert meta["articles"] >= 400 and len(meta["sources"]) >= 6


def test_shipped_model_round_trips_as_data():
    model = shipped()
    again = Segmenter.from_json(json.loads(json.dumps(model.to_json())))
    assert again.lines.weights == model.lines.weights and again.glued.weights == model.glued.weights


def test_every_article_carries_its_boundary_confidence():
    result = split_text(SOURCE.read_text("utf-8"), classify=False)
    confidences = [a.boundary_confidence for a in result.articles]
    assert all(c is not None and 0.5 <= c <= 1.0 for c in confidences)
    chosen = {a.clean_start for a in result.articles}
    assert chosen <= {offset for offset, _ in result.boundaries}


def test_a_doubtful_line_is_reported_uncertain():
    # A headline-like line between two paragraphs, in a digest whose articles all carry a tag: the
    # segmenter weighs it but should not be sure.
    text = ("【工作动态】开发区召开安全生产会议\n1月3日，开发区召开安全生产工作会议，部署节日期间安全工作。\n"
            "会议要求各单位压实责任。\n（开发区应急管理部）\n"
            "【项目建设】重点项目集中开工\n1月4日，开发区举行重点项目集中开工仪式，共有12个项目开工。\n"
            "(开发区经济发展部)\n"
            "【民生实事】老旧小区改造启动\n1月5日，开发区老旧小区改造工程启动，涉及居民两千余户。\n"
            "(开发区建设管理部)\n"
            "【文明实践】志愿服务进社区\n1月6日，志愿者走进社区开展义诊和政策宣讲。\n"
            "(向阳街道)\n")
    result = split_text(text, classify=False)
    assert [a.title for a in result.articles] == ["开发区召开安全生产会议", "重点项目集中开工", "老旧小区改造启动",
                                                  "志愿服务进社区"]
    assert all(p >= 0.8 for offset, p in result.boundaries if offset in {a.clean_start for a in result.articles})


def test_decoder_keeps_a_title_with_its_body():
    # Two headline lines in a row cannot both open articles: an article is more than its title.
    texts = ["开发区召开安全会议", "重点项目集中开工", "1月4日，开发区举行重点项目集中开工仪式。", "老旧小区改造启动", "正文。"]
    assert decode(texts, [0.7, 0.95, 0.01, 0.9, 0.01]) == [1, 3]
    assert decode(texts, [0.95, 0.7, 0.01, 0.9, 0.01]) == [0, 3]


def test_split_json_gives_boundary_confidence():
    out = subprocess.run([sys.executable, "-m", "jianbao", "split", "--json", str(SOURCE)], capture_output=True,
                         text=True, check=True, timeout=120)
    articles = json.loads(out.stdout)["articles"]
    assert len(articles) == 20
    assert all(isinstance(a["boundary_confidence"], float) for a in articles)


# People's Daily pages: a headline block (kicker, headline, subtitle, byline) over each article. A model
# built without them splits some subtitles off as articles of their own.
PAGES = "rmrb-rss-pages"


@lru_cache(maxsize=1)
def _without_pages() -> Segmenter:
    return fit([d for d in corpus() if d.source != PAGES])


def _exact(score) -> bool:
    return (score.recall, score.precision) == (1.0, 1.0)


@pytest.mark.slow
def test_one_corrected_bulletin_teaches_the_shape():
    # The editor corrects one page's digest; the other pages that went wrong the same way then split
    # exactly, and none splits worse.
    pages = [d for d in corpus() if d.source == PAGES]
    base = _without_pages()
    before = [evaluate(base, d, "given") for d in pages[1:]]
    model = corrected(base, pages[0])  # as the bench's "one corrected" column measures it for every source
    after = [evaluate(model, d, "given") for d in pages[1:]]
    assert not _exact(evaluate(base, pages[0], "given")) and _exact(evaluate(model, pages[0], "given"))
    exact_before = {d.name for d, s in zip(pages[1:], before) if _exact(s)}
    exact_after = {d.name for d, s in zip(pages[1:], after) if _exact(s)}
    assert exact_before < exact_after and len(exact_after - exact_before) >= 2
    for d, old, new in zip(pages[1:], before, after):
        assert new.boundary_f1 >= old.boundary_f1, d.name


def _truth_starts(result, titles):
    """Clean offsets of the lines where the truth's titles begin."""
    import bisect

    from jianbao.ingest.segment_train import title_offsets

    lines = [0] + [i + 1 for i, c in enumerate(result.clean_text) if c == "\n"]
    return sorted({lines[bisect.bisect_right(lines, off) - 1]
                   for off in title_offsets(result.clean_text, titles) if off is not None})


def test_the_desk_learns_from_a_corrected_import(desk, monkeypatch):
    # A Desk whose shipped model never saw a People's Daily page splits some subtitles off as articles.
    # The editor fixes one page's boundaries in the preview and imports it: the store keeps the
    # correction, and the pages that went wrong the same way then split exactly.
    monkeypatch.setattr("jianbao.ingest.segmenter.shipped", _without_pages)
    folder = FIXTURES / "digests" / PAGES
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    pages = [(folder / d["file"], [a["title"] for a in d["articles"]]) for d in truth["digests"]]
    (first, first_titles), rest = pages[0], pages[1:]
    exact_before = {path.name for path, titles in rest
                    if [a.title for a in desk.preview_file(path).articles] == titles}
    proposed = desk.preview_file(first)
    assert [a.title for a in proposed.articles] != first_titles
    corrected = desk.resplit(proposed, _truth_starts(proposed, first_titles))
    assert [a.title for a in corrected.articles] == first_titles
    desk.import_split(corrected)
    assert len(desk.store.split_corrections()) == 1
    exact_after = {path.name for path, titles in rest
                   if [a.title for a in desk.preview_file(path).articles] == titles}
    assert exact_before < exact_after and len(exact_after - exact_before) >= 2


def test_an_accepted_split_is_no_correction(desk):
    desk.import_split(desk.preview_file(SOURCE))
    assert desk.store.split_corrections() == []


def test_a_labelled_line_is_no_headline():
    # An event notice lists its time and place under the paragraph that announces it: short lines after
    # a finished sentence, shaped like headlines, but labels ("时间：", "地点：") no headline opens with.
    from jianbao.ingest.segment_features import all_line_features, facts

    lines = ["金枪鱼之夜：Ceph 介绍", "本周的金枪鱼之夜将介绍分布式存储系统 Ceph 的架构与使用。",
             "时间：2018年5月27日（校历13周周日） 13:30-17:00", "地点：清华大学FIT楼多功能厅",
             "活动时间：12月1日 19:00", "欢迎感兴趣的同学参加。"]
    assert facts(lines[0]).headline
    feats = all_line_features(lines)
    for i in (2, 3, 4):
        assert not facts(lines[i]).headline, lines[i]
        assert "title+prev-ended" not in feats[i] and "label-line" in feats[i], lines[i]
