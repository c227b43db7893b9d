"""`jianbao export --format html|txt`: WeChat-ready HTML (inline styles only) and plain text, opened again."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from jianbao.cli import main
from test_issue_cli import run, store_with_articles  # noqa: F401  (the fixture)


class Reader(HTMLParser):
    """Tags, attributes and the text of the exported fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def issue(store_with_articles, capsys):  # noqa: F811
    path, ids = store_with_articles
    code, out, _ = run(capsys, "issue", "create", "--title", "开发区资讯", "--number", 1, "--date", "2024-01-08",
                       "--articles", ",".join(map(str, ids[:6])), "--store", path, "--json")
    assert code == 0
    from jianbao.desk import Desk

    with Desk(path) as desk:
        titles = [desk.article(a).title for a in ids[:6]]
    return path, json.loads(out)["issue_id"], titles


def test_wechat_html_has_inline_styles_only_and_every_title(issue, capsys, tmp_path):
    path, issue_id, titles = issue
    out = tmp_path / "简报.html"
    code, _, _ = run(capsys, "export", issue_id, "--out", out, "--format", "html", "--store", path)
    assert code == 0
    html = out.read_text("utf-8")
    assert "<style" not in html and "<script" not in html and "class=" not in html
    page = Reader()
    page.feed(html)
    assert page.tags[0] == "section" and page.attrs <= {"style", "lang"}
    text = "".join(page.text)
    assert all(t in text for t in titles) and "开发区资讯" in text
    assert len(re.findall(r"<h2 ", html)) == len(titles)


def test_traditional_html_and_plain_text(issue, capsys, tmp_path):
    path, issue_id, titles = issue
    html = tmp_path / "繁體.html"
    assert run(capsys, "export", issue_id, "--out", html, "--script", "t", "--store", path)[0] == 0  # by extension
    assert 'lang="zh-TW"' in html.read_text("utf-8") and "開發區資訊" in html.read_text("utf-8")
    txt = tmp_path / "网站.txt"
    assert run(capsys, "export", issue_id, "--out", txt, "--format", "txt", "--store", path)[0] == 0
    text = txt.read_text("utf-8")
    assert text.startswith("开发区资讯\n\n第1期") and "<" not in text
    assert all(f"\n\n{t}\n\n" in text for t in titles)


def test_a_wrong_format_or_name_changes_nothing(issue, capsys, tmp_path):
    path, issue_id, _ = issue
    code, _, err = run(capsys, "export", issue_id, "--out", tmp_path / "a.rtf", "--store", path)
    assert code != 0 and "rtf" in err
    code, _, err = run(capsys, "export", issue_id, "--out", tmp_path / "a.docx", "--format", "html", "--store", path)
    assert code != 0 and ".html" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "store"]
