"""Property: splitting never raises and never drops a character (hypothesis on shuffled, mutated real text)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE
from jianbao.errors import InputError
from jianbao.ingest import split_text
from jianbao.ingest.clean import clean

LINES = SAMPLE.read_text("utf-8").split("\n")
NOISE = list("【】()（）、。，,\n :;“”-—编者按") + ["</span>", "&nbsp;", "\u3000", "\u200b", "(bào)", "--編者按"]


def assert_lossless(result) -> None:
    text = result.clean_text
    pieces = [(r.clean_start, r.clean_end, "remainder") for r in result.remainder]
    for a in result.articles:
        assert a.spans[0][1] == a.clean_start and a.spans[-1][2] == a.clean_end
        prev = a.clean_start
        for kind, s, e in a.spans:
            assert s == prev and e > s, (kind, s, e)
            prev = e
            chunk = text[s:e]
            if kind == "layout":
                assert not chunk.strip(), repr(chunk)
            elif kind == "title":
                assert chunk == a.title
            elif kind == "body":
                assert chunk == a.body
            elif kind == "editors_note":
                assert chunk.strip() == a.editors_note
        pieces.append((a.clean_start, a.clean_end, "article"))
    pos = 0
    for s, e, _ in sorted(pieces):
        assert s == pos, f"gap or overlap at {pos}..{s}"
        pos = e
    assert pos == len(text)


lines = st.lists(st.sampled_from(LINES), min_size=1, max_size=12)
edits = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(NOISE + [""])), max_size=12)


def mutated(chosen: list[str], mutations: list[tuple[int, str]]) -> str:
    """The chosen lines with noise inserted (an empty insert deletes a character instead)."""
    text = "\n".join(chosen)
    for pos, insert in mutations:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + (0 if insert else 1):]
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, edits, st.booleans())
def test_split_is_lossless(chosen, mutations, one_line):
    text = mutated(chosen, mutations)
    if one_line:
        text = text.replace("\n", "")
    try:
        result = split_text(text, classify=False)
    except InputError:
        assert not text.strip()
        return
    assert_lossless(result)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_never_raises_unexpectedly(text):
    try:
        result = split_text(text, classify=False)
    except InputError:
        assert not text.strip()
        return
    assert_lossless(result)


@settings(max_examples=200, deadline=None)
@given(lines, edits)
def test_cleaning_is_idempotent(chosen, mutations):
    text = mutated(chosen, mutations)
    once = clean(text).text
    assert clean(once).text == once


def test_sample_is_lossless():
    assert_lossless(split_text(SAMPLE.read_text("utf-8"), classify=False))


@settings(max_examples=200, deadline=None)
@given(lines, edits)
def test_every_clean_character_maps_back_to_where_it_came_from(chosen, mutations):
    """The map back to the decoded text: in order, and a character cleaning kept points at itself."""
    text = mutated(chosen, mutations)
    cleaned = clean(text)
    offsets = [cleaned.source_offset(i, len(text)) for i in range(len(cleaned.text) + 1)]
    assert offsets == sorted(offsets) and offsets[-1] == len(text)
    for i, char in enumerate(cleaned.text):
        source = text[offsets[i]] if offsets[i] < len(text) else ""
        # Characters a step writes (a line break for <p>, a space for NBSP, an entity's character, the "?" of
        # damaged "?/span>") point at what they replace; everything else is itself in the decoded text.
        assert char == source or char in "\n ?" or source in "&<\r\u2028\u2029\x0b\x0c\x85" or not source.strip() \
            or source in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", (i, char, source)
