"""The corpus of real digests (tests/fixtures/digests/*/): every truth file agrees with its digests."""
from __future__ import annotations

import json
import re

import pytest

from conftest import FIXTURES

FOLDERS = sorted(p.parent for p in (FIXTURES / "digests").glob("*/truth.json"))
# What may stand before a title on its line: Markdown heading marks, a 【tag】, an ordinal.
_BEFORE_TITLE = re.compile(r"^(?:#{1,6}\s+)?(?:【[^】\n]{1,12}】)?(?:\d{1,2}[.、．])?\s*$")


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_every_title_opens_its_line_in_order(folder):
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    assert truth["source"] == folder.name and truth["script"] in ("s", "t")
    for digest in truth["digests"]:
        text = (folder / digest["file"]).read_text("utf-8")
        assert 8 <= len(digest["articles"]) <= 40, digest["file"]
        pos = 0
        for article in digest["articles"]:
            title = article["title"]
            at = text.find(title, pos)
            while at >= 0 and not _BEFORE_TITLE.match(text[text.rfind("\n", 0, at) + 1 : at]):
                at = text.find(title, at + 1)  # the same words inside an earlier body: look further
            assert at >= 0, f"{digest['file']}: {title!r} not found at a line start after offset {pos}"
            pos = at + len(title)


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_readme_names_source_commit_and_licence(folder):
    readme = (folder / "README.md").read_text("utf-8")
    assert re.search(r"github\.com/|[\w.-]+/[\w.-]+", readme)
    assert re.search(r"\b[0-9a-f]{40}\b", readme), "the commit the text was taken from"
    assert re.search(r"[Ll]icen[cs]e", readme)


def test_corpus_size():
    articles = sum(len(d["articles"]) for folder in FOLDERS
                   for d in json.loads((folder / "truth.json").read_text("utf-8"))["digests"])
    assert len(FOLDERS) >= 6 and articles >= 400
