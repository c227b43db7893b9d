"""The public spelling-check sets in the bench: the fixtures, the standard sentence-level scoring, and
the shipped corpus counts that serve `typo`."""
from __future__ import annotations

import gzip
from pathlib import Path

from conftest import FIXTURES
from jianbao.bench import csc
from jianbao.proofread import check_text, lm

ROOT = Path(__file__).resolve().parents[1]


def test_public_sets_are_the_published_sizes_and_named_with_their_source():
    sets = {name: load() for name, load in csc.test_sets().items()}
    assert {k: len(v) for k, v in sets.items()} == {
        "SIGHAN15 simplified": 1100, "SIGHAN15 traditional": 1100, "ECSpell law": 500, "ECSpell med": 500}
    # SIGHAN 2015: half the test passages carry errors (fewer in Simplified, where some pairs merge).
    assert 500 <= sum(bool(gold) for _, _, gold in sets["SIGHAN15 traditional"]) <= 560
    readme = (FIXTURES / "proofread" / "README.md").read_text("utf-8")
    for needle in ("onebula/sighan_raw", "aopolin-lv/ECSpell", "08bfbf3c", "da20da2c", "MIT"):
        assert needle in readme
    # ECSpell's official-document test split is reserved for acceptance: never shipped, never read.
    assert not [p for p in ROOT.rglob("*odw*") if "test" in p.name and ".git" not in p.parts]


def test_scoring_follows_the_standard_sentence_level_definitions():
    cases = [("他再接再励", "他再接再厉", {4: "厉"}),         # found and fixed
             ("我门打篹很久", "我们打算很久", {1: "们", 3: "算"}),  # only one of two found: no hit, still flagged
             ("今天天气很好", "今天天气很好", {}),              # clean, flagged: a false alarm
             ("做事一丝不荀", "做事一丝不苟", {5: "苟"})]        # found at the right place with a wrong fix
    answers = {"他再接再励": {4: "厉"}, "我门打篹很久": {1: "们"}, "今天天气很好": {0: "金"}, "做事一丝不荀": {5: "狗"}}
    s = csc.score(cases, answers.__getitem__)
    assert (s["flagged"], s["with errors"]) == (4, 3)
    assert (s["detection precision"], s["detection recall"]) == (2 / 4, 2 / 3)
    assert (s["correction precision"], s["correction recall"]) == (1 / 4, 1 / 3)


def test_lone_character_slips_are_found_with_their_fix():
    # Shown in the word the fix makes; the bench still counts the one changed position.
    for text, wrong, right in (("会议要求各部门提高工作效律，确保任务按时完成。", "效律", "效率"),
                               ("我们要坚持以人民为中心的发展思相。", "思相", "思想")):
        findings = check_text(text, kinds=["typo"])
        assert [(f.kind, f.text, f.suggestion) for f in findings] == [("typo", wrong, right)]
        assert findings[0].message.startswith(f"疑为错别字：“{wrong}”应为“{right}”")
        assert csc.predict(text) == {text.index(wrong) + 1: right[1]}


def test_names_and_attested_words_are_not_lone_character_slips():
    # 发力, 思政, 凝心 are not in jieba's dictionary but stand in the corpus counts; 潘力 is a name.
    text = "各方同向发力，把思政课上到田野，全街道上下凝心聚力。副总经理潘力到开发区考察。"
    assert check_text(text, kinds=["typo"]) == []


def test_shipped_corpus_counts_were_built_from_these_fixtures():
    # A changed source without `python scripts/build_lm.py` would ship counts nobody measured.
    path = ROOT / "app" / "jianbao" / "resources" / lm.BIGRAMS
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = f.readline().split()
    assert header[:3] == ["#", "fingerprint", lm.corpus_fingerprint(FIXTURES)], \
        "rebuild: .venv/bin/python scripts/build_lm.py"
    assert int(header[4]) > 500_000 and lm.pair_count("发力") > 0 and lm.pair_count("唷打") == 0
