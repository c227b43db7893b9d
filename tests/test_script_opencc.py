"""OpenCC's own test cases pass through jianbao.script.convert (guard on) for every config they name."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jianbao.models import Term
from jianbao.script import convert

CASES_FILE = Path(__file__).parent / "fixtures" / "opencc" / "testcases.json"


def load_cases() -> list[tuple[str, str, str, str]]:
    text = CASES_FILE.read_text("utf-8")
    data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))  # the upstream file has a trailing comma
    return [(case["id"], config, case["input"], expected)
            for case in data["cases"] for config, expected in case["expected"].items()]


CASES = load_cases()


def test_the_fixture_is_the_whole_upstream_file():
    assert len({c[0] for c in CASES}) == 219
    assert len(CASES) == 512
    assert {c[1] for c in CASES} >= {"s2t", "s2tw", "s2twp", "s2hk", "t2s", "tw2s", "tw2sp", "hk2s"}


@pytest.mark.parametrize("config", sorted({c[1] for c in CASES}))
def test_every_case_of_a_config_passes_with_the_guard_on(config):
    failures = [(case_id, expected, got) for case_id, cfg, text, expected in CASES if cfg == config
                for got in [convert(text, cfg).text] if got != expected]
    assert failures == []


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2twp", "t2s", "tw2sp"])
def test_cases_pass_when_all_cases_go_through_one_call(config):
    """Concatenated, the guard sees phrases next to each other across case boundaries."""
    chosen = [(text, expected) for _, cfg, text, expected in CASES if cfg == config]
    joined = convert("\n".join(t for t, _ in chosen), config).text
    assert joined.split("\n") == [e for _, e in chosen]


def test_a_protected_term_overrides_the_expected_output():
    # case_017: 太后的头发很干燥 -> 太后的頭髮很乾燥; protecting 头发 keeps it as written.
    out = convert("太后的头发很干燥。", "s2t", terms=[Term("头发")]).text
    assert out == "太后的头发很乾燥。"
    pair = Term("干燥", "override", "干燥", "干燥")
    assert convert("太后的头发很干燥。", "s2t", terms=[pair]).text == "太后的頭髮很干燥。"
