"""The sample bulletin (Traditional made by a naive converter) to Simplified and back to Taiwan Traditional."""
from __future__ import annotations

import pytest

from jianbao.models import Term
from jianbao.script import convert, detect

PROTECTED = [Term("后川"), Term("張恒愷")]


@pytest.fixture(scope="module")
def round_trip(sample_text):
    simplified = convert(sample_text, "s", terms=PROTECTED)
    taiwan = convert(simplified.text, "tw", terms=PROTECTED)
    return simplified, taiwan


def test_the_sample_is_mixed_because_of_its_naive_converter(sample_text):
    report = detect(sample_text)
    assert report.script == "mixed" and report.majority == "t"
    assert "并" in {s.text for s in report.spans}
    assert all(sample_text[s.start:s.end] == s.text and s.script == "s" for s in report.spans)


def test_configs_follow_the_source_script(round_trip):
    simplified, taiwan = round_trip
    assert (simplified.config, simplified.source_script) == ("t2s", "mixed")
    # Only the protected 張恒愷 keeps Traditional characters in the Simplified text.
    assert (taiwan.config, taiwan.source_script) == ("s2tw", "mixed")
    report = detect(simplified.text)
    assert report.majority == "s" and {s.text for s in report.spans} <= {"張", "愷", "張恒愷"}


def test_protected_names_never_change(sample_text, round_trip):
    simplified, taiwan = round_trip
    for word in ("后川", "張恒愷"):
        assert sample_text.count(word) >= 1
        assert simplified.text.count(word) == taiwan.text.count(word) == sample_text.count(word)
    assert "後川" not in taiwan.text and "張恆愷" not in taiwan.text


def test_what_the_naive_converter_got_wrong_comes_out_right(sample_text, round_trip):
    _, taiwan = round_trip
    out = taiwan.text
    for wrong, right in [("干部", "幹部"), ("后勁", "後勁"), ("采集", "採集"), ("干凈", "乾淨"), ("聯系", "聯繫"),
                         ("匯報", "彙報")]:
        assert wrong in sample_text, wrong
        assert wrong not in out and out.count(right) >= sample_text.count(wrong), (wrong, right)
    assert "并" in sample_text and "并" not in out and "並" in out
    assert "不斷發揮" in out and "不斷髮揮" not in out


def test_the_guard_made_the_difference_for_bu_duan_fa_hui(round_trip):
    simplified, taiwan = round_trip
    assert "不斷髮揮" in convert(simplified.text, "tw", terms=PROTECTED, guard=False).text
    at = simplified.text.index("不断发挥") + 2
    change = next(c for c in taiwan.changes if c.start == at)
    assert (change.before, change.after, change.uncertain) == ("发", "發", True)
    assert "不断|发挥" in change.reason


def test_changes_rebuild_the_output_from_the_input(round_trip):
    for conv in round_trip:
        rebuilt, pos = [], 0
        for c in conv.changes:
            assert c.start >= pos and conv.source[c.start:c.end] == c.before
            rebuilt += [conv.source[pos:c.start], c.after]
            pos = c.end
        rebuilt.append(conv.source[pos:])
        assert "".join(rebuilt) == conv.text


def test_one_to_many_characters_are_marked(round_trip):
    _, taiwan = round_trip
    by_pos = {c.start: c for c in taiwan.changes if c.end - c.start == 1}
    source = taiwan.source
    ganbu = by_pos[source.index("干部")]
    assert (ganbu.after, ganbu.uncertain, ganbu.word) == ("幹", True, "干部")  # settled by a dictionary word
    marked = [c for c in taiwan.changes if c.uncertain]
    assert marked and all(c.end - c.start == 1 and c.reason for c in marked)
    assert {"干", "后", "发", "里", "系", "采", "并", "制"} <= {c.before for c in marked}  # 面 stays 面 here
    guessed = {c.before for c in marked if not c.word}
    assert {"并", "发"} <= guessed  # 并 → 並 and some 发 → 發 are OpenCC's default guesses
    plain = [c for c in taiwan.changes if not c.uncertain]
    assert all(not (set(c.before) & {"干", "后", "发", "并"}) for c in plain)
