"""Encoding damage: the sample's GBK chain found on exactly its lines and repaired; other mojibake; no false alarms."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianbao.proofread import apply_fixes, check_text
from jianbao.proofread.gbk import damage, decode_windows

FIXTURES = Path(__file__).parent / "fixtures"
DAMAGED_LINES = {29, 30, 54, 63, 75, 77, 78}


@pytest.fixture(scope="module")
def sample_findings(sample_text):
    return check_text(sample_text, kinds=["encoding-damage"])


def test_damage_found_on_exactly_the_known_lines(sample_findings, truth):
    assert {f.line for f in sample_findings} == DAMAGED_LINES
    assert len(sample_findings) == len(DAMAGED_LINES)      # one span per line, nothing else
    assert any("29" in d for d in truth["known_defects"])
    for f in sample_findings:
        assert f.severity == "error"
        assert f.text.startswith("?")


def test_line_29_repair(sample_findings, sample_text):
    f = next(f for f in sample_findings if f.line == 29)
    assert f.text == "?;顒臃譃樗膫€"
    assert f.suggestion == "。活動分為四個"
    assert f.alternatives and "。活動分為四個" not in f.alternatives
    assert 0.5 < f.confidence <= 1
    # The repair, re-damaged, gives back exactly the damaged text (the bytes agree).
    assert damage("序幕" + f.suggestion + "環節") == "序幕" + f.text + "環節"
    assert sample_text[f.start:f.end] == f.text


@pytest.mark.parametrize("line, damaged, repaired", [
    (30, "?,F", "。現"),
    (54, "?!?", "保”"),                          # the ” pairs the “ of “兩個確保
    (63, "??蒲谐晒D", "校科研成果轉"),             # a dropped user-defined pair hid between 晒 and D
    (75, "?!耙幎▌幼髯龅轿弧?", "保“規定動作做到位”"),
    (77, "?!白赃x", "保“自選"),
    (78, "?;顒赢斕?", "。活動當天"),
])
def test_every_span_repaired(sample_findings, line, damaged, repaired):
    f = next(f for f in sample_findings if f.line == line)
    assert (f.text, f.suggestion) == (damaged, repaired)


def test_repaired_sample_has_no_damage(sample_text, sample_findings):
    fixed = apply_fixes(sample_text, sample_findings)
    assert "活動分為四個環節" in fixed and "確保“規定動作做到位”" in fixed
    assert check_text(fixed, kinds=["encoding-damage"]) == []


def test_chain_reproduces_the_sample():
    # The byte model is the one the sample went through (line 77 and 29, from their repaired text).
    assert damage("牢記宗旨，確保“自選動作做扎實”") == "牢記宗旨,確?!白赃x動作做扎實”"
    assert decode_windows(b"\xa1\xa3\x80\xfb\xde") == "。€"          # € single byte, user-defined pair dropped
    assert decode_windows(b"\xb1,") == "?,"                          # orphan lead: '?', next byte re-read


@pytest.mark.parametrize("clean", [
    "要把安全生產擺在第一位。可是有些企業並不重視。",         # 。可 -> '??' and a misaligned run
    "全區共建成標準化廠房12萬平方米。和去年相比增長了兩成。",
    "会议强调，要确保“开门红”，实现全年目标。",                 # a dropped user-defined pair inside 开门
    "这是一个好消息。好的开始是成功的一半。",                     # the run ends the paragraph: 。 not 、
    "各部門要確保“項目早建成、早投產”。",
])
def test_simulated_damage_is_repaired(clean):
    damaged = damage(clean)
    assert damaged != clean
    findings = check_text(damaged, kinds=["encoding-damage"])
    assert findings, damaged
    fixed = apply_fixes(damaged, findings)
    # What the chain destroyed comes back; only marks it turned into ASCII stay for `punctuation`.
    assert fixed.translate(str.maketrans(",;?:()!", "，；？：（）！")) == clean


def test_utf8_read_as_gbk():
    original = "“开发区要抓好项目建设。”他说。"
    # Read the Windows way (as Notepad would): the typical 鈥滃紑鍙戝尯 …
    mojibake = decode_windows(original.encode("utf-8"))
    assert mojibake.startswith("鈥滃紑鍙戝尯")
    findings = check_text("正文：" + mojibake, kinds=["encoding-damage"])
    assert findings and all(f.kind == "encoding-damage" for f in findings)
    assert any("开发区要抓好" in (f.suggestion or "") for f in findings)
    # Read with Python's errors="replace": U+FFFD breaks the runs, what is left is still repaired.
    lossy = original.encode("utf-8").decode("gbk", errors="replace")
    findings = check_text(lossy, kinds=["encoding-damage"])
    assert any("开发区" in (f.suggestion or "") for f in findings)
    assert any(f.text.startswith("\ufffd") and f.suggestion is None for f in findings)


def test_lost_characters_are_flagged_without_a_guess():
    text = "现场共清理垃圾锟斤拷8车，收集问题\ufffd\ufffd23个。"
    findings = check_text(text, kinds=["encoding-damage"])
    assert [f.text for f in findings] == ["锟斤拷", "\ufffd\ufffd"]
    assert all(f.suggestion is None for f in findings)


@pytest.mark.parametrize("text", [
    "现有员工多少人?”普查员问。",                    # a plain half-width question mark
    "真的吗?!大家都很惊讶。",                         # ?! after a question, not damage
    "是否完成?(请填写)",
    "他问:“为什么?”",
])
def test_question_marks_that_are_not_damage(text):
    assert check_text(text, kinds=["encoding-damage"]) == []


def test_clean_texts_have_no_encoding_damage():
    digest = (FIXTURES / "proofread" / "clean-simplified-digest.txt").read_text("utf-8")
    assert check_text(digest, kinds=["encoding-damage"]) == []
