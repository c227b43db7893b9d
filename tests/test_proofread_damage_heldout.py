"""Encoding damage on real text the repair was never tuned on: a held-out 人民日报 day through the sample's chain."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianbao.bench.proofread import TO_FULL, naive_traditional
from jianbao.proofread import apply_fixes, check_text
from jianbao.proofread.gbk import damage

HELD_OUT = Path(__file__).parent / "fixtures" / "proofread" / "damage" / "people-daily-2026-01-31.txt"


def paragraph(opening: str) -> str:
    return next(p for p in HELD_OUT.read_text("utf-8").split("\n") if p.startswith(opening))


@pytest.mark.parametrize("opening", [
    "习近平总书记强调：“积极实施城市更新行动",      # 。” at the paragraph's end: the quotation closes here
    "新起点，再出发。“两江新区将勇担新使命",       # two spans in one paragraph
    "“节水型坐便器每次冲水可节约2.5升水",          # a run that ends on an ASCII byte
])
def test_damaged_real_paragraph_is_found_and_restored(opening):
    clean = naive_traditional(paragraph(opening))    # the chain's first step: character-by-character S->T
    damaged = damage(clean)
    assert damaged.translate(TO_FULL) != clean.translate(TO_FULL)   # more than its marks' width was hurt
    findings = check_text(damaged, kinds=["encoding-damage"])
    assert findings and all(f.kind == "encoding-damage" and f.suggestion for f in findings)
    assert apply_fixes(damaged, findings).translate(TO_FULL) == clean.translate(TO_FULL)


def test_repair_keeps_the_paragraphs_script():
    # In Traditional text the repair is 危害, not the Simplified-looking choices the dictionary scores alike.
    clean = naive_traditional("请拨打毒品危害防制中心电话，谢谢。")
    damaged = damage(clean)
    findings = check_text(damaged, kinds=["encoding-damage"])
    assert [f.suggestion for f in findings] == ["危害防制中心電話"]


def test_a_name_is_restored_from_the_rest_of_the_issue():
    # 翁卡潘 is in no dictionary; the issue spells it whole on another line, and the repair reuses it.
    clean = naive_traditional("“销路有保障。”翁卡潘说。\n翁卡潘是金花村的菜农。")
    damaged = damage(clean)
    assert "翁卡潘" not in damaged.split("\n")[0]
    findings = check_text(damaged, kinds=["encoding-damage"])
    assert apply_fixes(damaged, findings).translate(TO_FULL) == clean.translate(TO_FULL)


def test_damage_right_after_a_number():
    # 95%。” goes through the chain as 95%?!…: the span after a digit or % is damage too.
    clean = naive_traditional(paragraph("新的两江新区设立后"))
    damaged = damage(clean)
    assert "%?!" in damaged
    findings = check_text(damaged, kinds=["encoding-damage"])
    assert any(damaged[f.start - 1] == "%" for f in findings)


@pytest.mark.parametrize("text", ["今年增长了5%?(待核实)", "共有100?,还是120?", "比分是3?:1吗"])
def test_question_marks_after_numbers_that_are_not_damage(text):
    assert check_text(text, kinds=["encoding-damage"]) == []
