"""Search folding: one character for one, so that a piece of a text folds to a piece of the folded text."""
from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jianbao.fold import SIZE, fold, fold_many, pattern, table
from jianbao.paths import resource_path, sample_path
from jianbao.fold import spans
from jianbao.store.search import index_is_exact, literals, matcher, matches, needle

DIGESTS = Path(__file__).resolve().parent.parent / "fixtures" / "digests"
# Characters with Traditional, Simplified and width variants, and plain ones, to build texts from.
ALPHABET = "開开發发髮區区乾干幹隆瞭了解藉借口後后面麵裡裏里著着Ａａa５5 ，,。.周童调研調研\n\x00\U0002A23C"


def test_folds_script_width_and_case():
    assert fold("開發區ＡＢ５") == "开发区ab5"
    assert fold("\u2f00\u3000\ufa0c") == "一 兀"  # a Kangxi radical, the ideographic space, a compatibility ideograph
    assert fold("𝐀Ⓐ²") == "𝐀ⓐ²"  # styled letters and digits stay (only lower-cased): no bulletin spells with them
    assert fold("ABC") == "abc" and fold("") == ""
    assert fold("x\udcff開") == "x\udcff开"  # a lone surrogate from a broken decode passes through


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET), st.text(alphabet=ALPHABET))
def test_folding_is_character_by_character(a, b):
    assert len(fold(a)) == len(a)
    assert fold(a + b) == fold(a) + fold(b)
    assert fold(fold(a)) == fold(a)
    assert fold_many([a, b, ""]) == [fold(a), fold(b), ""]


def test_the_table_is_a_fixed_point_below_size():
    lut = table()
    assert len(lut) == SIZE and (lut[lut] == lut).all()  # folding twice changes nothing
    header = resource_path("fold-table.txt").read_text("ascii").splitlines()[0]
    assert header.startswith("# Jianbao search folding")


@pytest.mark.parametrize("config", ["t2s", "s2t", "tw2s", "hk2s", "s2tw", "s2hk"])
def test_a_text_and_its_opencc_conversion_fold_alike(config):
    """What makes search script-insensitive: however a real text was converted, it folds the same."""
    conv = opencc.OpenCC(config)
    for text in (sample_path().read_text("utf-8"), (DIGESTS / "xinwenlianbo-20221001.md").read_text("utf-8")):
        assert fold(conv.convert(text)) == fold(text)


def test_phrase_conversions_fold_like_their_characters():
    # OpenCC's phrase-level t2s keeps 乾 in 乾隆 but makes a lone 乾 into 干; 瞭解 becomes 了解 but 瞭 stays.
    assert fold("乾") in fold("乾隆") and fold("瞭") in fold("瞭解")
    assert fold("瞭解") == fold("了解") and fold("藉口") == fold("借口") and fold("頭髮") == fold("头发")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30), st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_pattern_finds_exactly_what_folds_to_the_query(text, query):
    folded = needle(query)
    if not folded:
        return
    expression, joint = matcher(query)
    assert joint not in folded and not matches(expression, joint)
    assert matches(expression, text) == (folded in fold(text))
    assert (re.search(pattern(folded), text) is not None) == (folded in fold(text))


def test_pattern_takes_regex_characters_literally():
    assert matches(matcher("a.b")[0], "A.B") and not matches(matcher("a.b")[0], "axb")
    assert matches(matcher("[开]")[0], "[開]") and not matches(matcher("[开]")[0], "開")
    assert not matches(matcher("区")[0], None)
    # \x01 (never NUL: PostgreSQL text cannot hold it), the next character when the needle has it
    assert matcher("区")[1] == "\x01" and matcher("\x01区")[1] == "\x02"


def test_spans_are_the_texts_own_places_in_either_script():
    text = "開發區召開會議，开发区的會議。ＡＢ"
    assert [text[a:b] for a, b in spans("开发区 会议", text)] == ["開發區", "會議", "开发区", "會議"]
    assert [text[a:b] for a, b in spans("ab", text)] == ["ＡＢ"]
    assert spans("", text) == [] and spans("不在", text) == []
    assert len(spans("区", "區" * 1000)) == 500


def test_literals_are_spellings_that_prove_a_hit():
    assert literals("開發區") == ["开发区", "開發區"] and literals(" 开发区 ") == ["开发区", "開發區"]
    assert literals("ＡＢ") == ["ab", "ＡＢ"] and literals("ab") == ["ab"]
    assert all(fold(w) == needle(q) for q in ("周童", "乾隆", "瞭解", "GDP") for w in literals(q))


def test_the_index_alone_answers_one_bigram():
    assert index_is_exact("开发") and index_is_exact("周童")
    assert not index_is_exact("开发区") and not index_is_exact("开") and not index_is_exact("a开") and not index_is_exact("ab")
