"""The cross-word guard, detection, and conversion corner cases."""
from __future__ import annotations

import subprocess
import sys

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jianbao.errors import InputError
from jianbao.script import convert, detect, resolve_config


@pytest.mark.parametrize("text, config, raw_wrong, right", [
    ("沟通汇报", "s2t", "溝通匯報", "溝通彙報"),
    ("沟通汇报", "s2tw", "溝通匯報", "溝通彙報"),
    ("不断发挥", "s2t", "不斷髮揮", "不斷發揮"),
    ("不断发挥", "s2hk", "不斷髮揮", "不斷發揮"),
    ("负责人参加", "s2t", "負責人蔘加", "負責人參加"),
    ("要加强沟通汇报，不断发挥作用，请各负责人参加会议。", "s2t",
     "要加強溝通匯報，不斷髮揮作用，請各負責人蔘加會議。", "要加強溝通彙報，不斷發揮作用，請各負責人參加會議。"),
])
def test_the_guard_fixes_phrases_matched_across_words(text, config, raw_wrong, right):
    assert opencc.OpenCC(config).convert(text) == raw_wrong
    assert convert(text, config, guard=False).text == raw_wrong
    result = convert(text, config)
    assert result.text == right
    assert result.spots and all("防误转" in c.reason for c in result.changes if c.uncertain and c.after in "彙發參")


def test_the_guard_touches_only_the_spots_it_found(sample_text):
    simplified = convert(sample_text, "s").text
    raw = opencc.OpenCC("s2tw").convert(simplified)
    result = convert(simplified, "tw")
    assert len(result.text) == len(raw)
    differing = [i for i, (a, b) in enumerate(zip(raw, result.text)) if a != b]
    assert differing, "the sample has cross-word phrases (不断发挥, 沟通汇报…)"
    assert all(any(s.lo <= i < s.hi for s in result.spots) for i in differing)


def test_words_that_are_really_phrases_are_left_to_opencc():
    # 头发 and 汇报 are whole words here: nothing to guard.
    for text in ("太后的头发很干燥。", "他在会上汇报了工作。"):
        result = convert(text, "s2t")
        assert result.text == opencc.OpenCC("s2t").convert(text)
        assert result.spots == ()


def test_targets_map_to_configs_by_source_script():
    assert resolve_config("tw", "s") == "s2tw" and resolve_config("tw", "s", True) == "s2twp"
    assert resolve_config("tw", "mixed") == "s2tw" and resolve_config("tw", "t") == "t2tw"
    assert resolve_config("t", "t") == "" and resolve_config("s", "s") == ""
    assert resolve_config("s", "t") == "t2s" and resolve_config("s", "t", True) == "tw2sp"
    assert resolve_config("hk", "s") == "s2hk" and resolve_config("hk2s") == "hk2s"
    with pytest.raises(InputError, match="不认识的转换目标"):
        resolve_config("klingon")


def test_traditional_text_is_not_converted_again():
    text = "鄰里之間，若干事項"  # 里 and 干 are right in Traditional; s2t would make 裏
    assert convert(text, "t").text == text and convert(text, "t").config == ""
    assert "鄰裏" in opencc.OpenCC("s2t").convert(text)
    assert convert(text, "tw").config == "t2tw"


def test_empty_and_non_chinese_text():
    assert convert("", "tw").text == "" and convert("", "tw").changes == ()
    assert convert("abc 123\n", "t").text == "abc 123\n"
    assert detect("").script == "unknown" and detect("abc").script == "unknown"
    with pytest.raises(InputError):
        convert(b"bytes", "t")  # type: ignore[arg-type]


def test_detect_counts_and_spans():
    assert detect("开发区").script == "s" and detect("開發區").script == "t"
    report = detect("開發區并且後勁")
    assert (report.script, report.majority) == ("mixed", "t")
    assert [(s.start, s.end, s.text, s.script) for s in report.spans] == [(3, 4, "并", "s")]
    assert detect("开发区的張三").spans[0].text == "張"


@pytest.mark.parametrize("text", ["", "abc", "开发区", "開發區并且後勁", "开发区的張三𠀀𠮷", "開發區" * 50 + "并"])
def test_counts_agree_with_detect(text):
    from jianbao.script.detect import counts

    report = detect(text)
    assert counts(text) == (report.simplified, report.traditional)


def test_control_characters_in_the_text_survive():
    text = "不断\x01发挥\x02负责人参加"
    result = convert(text, "s2t")
    assert result.text == "不斷\x01發揮\x02負責人參加"


CJK = st.sampled_from(list("不断发挥沟通汇报负责人参加干部后劲采集净联系里面面条头发周刊了解开发区这周围\n，。a"))


@settings(max_examples=60, deadline=None)
@given(st.lists(CJK, max_size=40).map("".join), st.sampled_from(["s2t", "s2tw", "t2s", "tw"]))
def test_changes_always_rebuild_the_output(text, to):
    result = convert(text, to)
    rebuilt, pos = [], 0
    for c in result.changes:
        assert pos <= c.start <= c.end and result.source[c.start:c.end] == c.before
        rebuilt += [text[pos:c.start], c.after]
        pos = c.end
    assert "".join(rebuilt) + text[pos:] == result.text
    assert convert(text, to, guard=False).text == (opencc.OpenCC(result.config).convert(text)
                                                    if result.config else text)


def test_importing_the_module_loads_neither_opencc_nor_jieba():
    code = ("import sys, jianbao.script, jianbao.desk, jianbao.cli.convert;"
            "print('opencc' in sys.modules, 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_without_opencc_dictionaries_conversion_still_works_and_says_so(tmp_path):
    """Where the binding ships no opencc_dict tool: plain OpenCC, a note, and a coarser detect()."""
    code = """
import sys
from pathlib import Path
import jianbao.script.tables as tables
share, _ = tables._opencc_paths()
tables._opencc_paths = lambda: (share, None)
from jianbao.script import convert, detect
from jianbao.models import Term
r = convert("后川的负责人参加会议", "t", terms=[Term("后川")])
print(r.text, len(r.notes), detect("開發区").script, sum(c.uncertain for c in r.changes))
"""
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.split() == ["后川的負責人蔘加會議", "1", "mixed", "0"]
