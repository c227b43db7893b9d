"""The sample's 20 articles built straight from the truth file (no splitter), for export and issue tests."""
from __future__ import annotations

import json
import re
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "kaifaqu-digest-2024-01.txt"
TRUTH = FIXTURES / "kaifaqu-digest-2024-01.truth.json"
_TAG = re.compile(r"^【([^】]*)】")
_UNITS = re.compile(r"[(（]([^()（）]+)[)）]\s*$")
_NOTE_END = "--編者按"


def sample_drafts() -> list[dict]:
    """Article fields (as Store.add_article takes them) for the 20 articles of the sample."""
    truth = json.loads(TRUTH.read_text("utf-8"))
    lines = SAMPLE.read_text("utf-8").split("\n")
    subheadings = {s["line"]: s["text"] for s in truth["subheadings"]}
    out = []
    for a in truth["articles"]:
        first, last = a["first_line"], a["last_line"]
        block = lines[first - 1:last]
        head = _TAG.sub("", block[0])
        assert head.startswith(a["title"]), head[:40]
        head = head[len(a["title"]):].lstrip("。 ")
        note = None
        if _NOTE_END in head:
            note, head = head.split(_NOTE_END, 1)
            head = head.strip()
        body = ([head] if head else []) + block[1:]
        body[-1] = _UNITS.sub("", body[-1]).rstrip()
        out.append({
            "title": a["title"],
            "category": a["category"],
            "category_source": "tag" if a["category"] else None,
            "units": a["units"],
            "editors_note": note,
            "subheadings": [subheadings[n] for n in range(first, last + 1) if n in subheadings],
            "body": "\n".join(p for p in body if p),
            "script": "t",
            "first_line": first,
            "last_line": last,
        })
    return out


def add_sample_articles(store) -> list[int]:
    """Store the 20 sample articles; their ids in order."""
    return [store.add_article(fields, seq=k) for k, fields in enumerate(sample_drafts())]


def test_sample_drafts_follow_the_truth_file(truth):
    drafts = sample_drafts()
    assert [d["title"] for d in drafts] == [a["title"] for a in truth["articles"]]
    assert all(d["body"] and not d["body"].endswith(")") for d in drafts)
    assert drafts[11]["editors_note"].startswith("我市全國文明城市創建工作開展以來")
    assert drafts[16]["subheadings"][0].startswith("擬定計劃")
