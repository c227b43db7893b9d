"""Properties: each shortcut an import takes for speed gives what the plain way gives (hypothesis)."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE
from jianbao.classify import features, fill_categories, model
from jianbao.ingest import _sanitize, line_context, prepare, split_text
from jianbao.ingest.dates import _FULL, _full_matches

SAMPLE_TEXT = SAMPLE.read_text("utf-8")
LINES = SAMPLE_TEXT.split("\n")


@given(st.text(alphabet="0129年月日号 中", max_size=60))
def test_full_dates_found_from_each_nian_as_the_pattern_scan_finds_them(text):
    assert [m.span() for m in _full_matches(text)] == [m.span() for m in _FULL.finditer(text)]


# Any code point, lone surrogates and NUL included (and often: they are what the check is for).
ANY_CHAR = st.one_of(st.sampled_from(["\ud800", "\udfff", "\x00", "中", "a", "\U0001f600"]),
                     st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()))


@given(st.text(alphabet=ANY_CHAR, max_size=40))
def test_sanitize_checks_for_surrogates_as_the_round_trip_through_utf8_replaces_them(text):
    assert _sanitize(text) == text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


PAIRS = st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(LINES)), min_size=1,
                 max_size=features.ROWS_AT_ONCE * 2 + 5)


@settings(max_examples=25, deadline=None)
@given(PAIRS)
def test_feature_rows_made_in_batches_are_each_pair_on_its_own(pairs):
    matrix = features.rows(pairs)
    for k in (0, len(pairs) // 2, len(pairs) - 1):
        alone = features.rows([pairs[k]])
        assert (matrix[k] != alone).nnz == 0


def test_near_duplicates_sparse_by_sparse_as_dense(monkeypatch):
    """Past DENSE_LEADS cells the leads are compared sparse by sparse: the same categories and confidences."""
    drafts = list(split_text(SAMPLE_TEXT, classify=False).articles)
    # The sample's untagged articles and copies of its tagged ones with the tag taken off (near duplicates).
    untagged = [replace(d, category=None, category_source=None, confidence=None, tag=None)
                for d in drafts if d.category][:6]
    both = drafts + untagged
    dense = fill_categories(both)
    monkeypatch.setattr(model, "DENSE_LEADS", 0)
    sparse = fill_categories(both)
    assert [(d.category, d.confidence) for d in sparse] == [(d.category, d.confidence) for d in dense]
    assert any(d.confidence and d.confidence >= model.NEAR_DUPLICATE for d in sparse[len(drafts):])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES + ["", " ", "【工作动态】", "（本报记者 苏雁）"]), min_size=1, max_size=40),
       st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
def test_line_context_counts_empty_lines_as_source_line_numbers_do(lines, joiner):
    """An empty line above: two line breaks between the lines in the source, as the bisection over the
    source's line starts said."""
    import bisect

    from jianbao.ingest.clean import line_starts
    from jianbao.ingest.split import lines_of

    cleaned, decoded = prepare(joiner.join(lines))
    blank, _ = line_context(decoded, cleaned, {})
    starts = line_starts(decoded)

    def source_line(offset: int) -> int:
        return bisect.bisect_right(starts, cleaned.source_offset(offset, len(decoded)))

    expected, previous_end = [], None
    for line in (x for x in lines_of(cleaned.text) if x.text.strip()):
        here = source_line(line.start)
        expected.append(previous_end is not None and here - previous_end >= 2)
        previous_end = source_line(max(line.start, line.end - 1))
    assert blank == expected
