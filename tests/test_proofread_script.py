"""Script checks: naive-conversion characters and script mixing, through the conversion module; names left alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianbao.models import Person, Term
from jianbao.proofread import apply_fixes, check_text

FIXTURES = Path(__file__).parent / "fixtures"
SCRIPT = ["conversion", "script-mixing"]


@pytest.fixture(scope="module")
def sample_script(sample_text):
    return check_text(sample_text, kinds=SCRIPT)


def _at(sample_text: str, findings, word: str) -> list[tuple[str, str | None]]:
    """Findings overlapping the first occurrence of `word` in the sample."""
    i = sample_text.index(word)
    return [(f.text, f.suggestion) for f in findings if f.start < i + len(word) and i < f.end]


@pytest.mark.parametrize("word, fix", [
    ("干部", ("干", "幹")), ("并與", ("并", "並")), ("后勁", ("后", "後")), ("采集", ("采", "採")),
    ("干凈", ("干凈", "乾淨")), ("聯系", ("系", "繫")),
])
def test_naive_conversion_found_in_sample(sample_text, sample_script, word, fix):
    assert _at(sample_text, sample_script, word) == [fix]
    f = next(f for f in sample_script if f.text == fix[0] and sample_text[f.start:].startswith(fix[0]))
    assert f.kind == "conversion"


@pytest.mark.parametrize("name", ["后川", "三里橋", "張恒愷"])
def test_names_left_alone(sample_text, sample_script, name):
    assert _at(sample_text, sample_script, name) == []
    # …also when the office lists them as protected terms and leaders.
    terms = [Term("后川"), Term("三里橋")]
    roster = [Person("張恒愷", ("黨工委委員",), 50)]
    assert _at(sample_text, check_text(sample_text, kinds=SCRIPT, terms=terms, roster=roster), name) == []


def test_sample_after_fixes_is_clean(sample_text):
    found = check_text(sample_text)
    assert {f.kind for f in found} >= {"encoding-damage", "markup", "punctuation", "conversion"}
    fixed = apply_fixes(sample_text, found)
    again = check_text(fixed)
    assert [f for f in again if f.kind == "encoding-damage"] == []
    assert len([f for f in again if f.kind in SCRIPT]) <= 2


def test_clean_simplified_digest_has_few_script_findings():
    digest = (FIXTURES / "proofread" / "clean-simplified-digest.txt").read_text("utf-8")
    assert len(check_text(digest, kinds=SCRIPT)) <= 1


def test_mixing_in_either_script():
    found = check_text("开发区举行會議，部署这項工作。", kinds=SCRIPT)
    assert [(f.kind, f.text, f.suggestion) for f in found] == [("script-mixing", "會議", "会议"),
                                                               ("script-mixing", "項", "项")]
    found = check_text("開發區舉行会議，部署這項工作。", kinds=SCRIPT)
    assert [(f.text, f.suggestion) for f in found] == [("会", "會")]


@pytest.mark.parametrize("text", [
    "開發區舉行會議，部署這項工作。立足群眾需求，乾淨整潔。",      # 群 is Taiwan-standard Traditional
    "开发区举行会议，干部群众积极参与，后川村环境干干净净。",
    "2024 AI PM2.5",
])
def test_script_not_raised(text):
    assert check_text(text, kinds=SCRIPT) == []


def test_guesses_are_marked(sample_text, sample_script):
    # 干部 is settled by a dictionary word; 并 in 會議并作 is OpenCC's default guess: a lower confidence and a note.
    settled = next(f for f in sample_script if sample_text[f.start:f.start + 2] == "干部")
    spot = sample_text.index("會議并作") + 2
    guessed = next(f for f in sample_script if f.start == spot)
    assert settled.confidence > guessed.confidence
    assert "无法确定" in guessed.message and "无法确定" not in settled.message


def test_a_fix_is_never_itself_a_phrase_matched_across_words(sample_text):
    # OpenCC's phrase 对表 -> 對錶 ("set a watch") would fire inside 對標對表 (对标|对表, "measure against the
    # standard and the schedule"); the words there do not hold it, so no fix is offered and 表 stays.
    text = "全面部署，對標對表，豐富載體。幹部和干部都在。"
    found = [(f.kind, f.text, f.suggestion) for f in check_text(text, kinds=["conversion", "script-mixing"])]
    assert found == [("conversion", "干", "幹")]
    fixed = apply_fixes(sample_text, check_text(sample_text))
    assert "對標對表" in fixed and "對錶" not in fixed


def test_variant_shapes_get_the_standard_shape():
    # A one-to-one converter leaves 鑒 and 墻 (OpenCC's own Traditional keeps 鑒); Taiwan's standard writes 鑑, 牆.
    text = "組織退役軍人進行評殘鑒定工作，清除墻體小廣告。為群眾辦實事。"
    found = [(f.kind, f.text, f.suggestion) for f in check_text(text, kinds=["conversion", "script-mixing"])]
    assert found == [("conversion", "鑒", "鑑"), ("conversion", "墻", "牆")]
    assert "异体字形" in check_text(text, kinds=["conversion"])[0].message


def test_shipped_variant_pairs_are_built_from_unihan():
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("build_variants", root / "scripts" / "build_variants.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = (root / "app" / "jianbao" / "resources" / "variants.tsv").read_text("utf-8")
    assert shipped == build.render(build.SOURCE.read_text("utf-8")), "rebuild: .venv/bin/python scripts/build_variants.py"
    assert ("鑒", "鑑") in {tuple(line.split("\t")) for line in shipped.splitlines()}
    assert "幹\t乾" not in shipped and "發\t髮" not in shipped   # different words, not shapes
