"""The command line, run in-process as a user would type it."""
from __future__ import annotations

import json

import pytest

from conftest import SAMPLE
from jianbao.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_split_json_shape(capsys):
    code, out, _ = run(capsys, "split", str(SAMPLE), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"encoding", "script", "cleaning", "remainder", "articles"} <= set(data)
    assert len(data["articles"]) == 20
    keys = {"title", "category", "category_source", "confidence", "units", "date", "date_text", "subheadings",
            "editors_note", "body", "first_line", "last_line"}
    assert all(keys <= set(a) for a in data["articles"])
    assert data["articles"][6]["date"] == "2023-12-31"


def test_import_then_list_and_search(capsys, tmp_path):
    store = str(tmp_path / "s.db")
    code, out, _ = run(capsys, "import", str(SAMPLE), "--store", store, "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data["article_ids"]) == 20 and data["bulletin_id"] == 1
    code, out, _ = run(capsys, "--store", store, "articles", "--json")
    assert len(json.loads(out)["articles"]) == 20
    code, out, _ = run(capsys, "search", "周童", "--store", store, "--json")
    titles = [a["title"] for a in json.loads(out)["articles"]]
    assert "周童調研重點項目建設" in titles


def test_import_twice_is_refused_and_changes_nothing(capsys, tmp_path):
    store = str(tmp_path / "s.db")
    assert run(capsys, "import", str(SAMPLE), "--store", store)[0] == 0
    code, out, err = run(capsys, "import", str(SAMPLE), "--store", store)
    assert code == 2
    assert "已经导入过" in err
    code, out, _ = run(capsys, "articles", "--store", store, "--json")
    assert json.loads(out)["total"] == 20


def test_bad_file_clear_message_store_untouched(capsys, tmp_path):
    store = tmp_path / "s.db"
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out, err = run(capsys, "import", str(bad), "--store", str(store))
    assert code == 2
    assert "photo.txt" in err and "不是文本文件" in err
    code, out, _ = run(capsys, "articles", "--store", str(store), "--json")
    assert json.loads(out)["total"] == 0


def test_store_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("JIANBAO_STORE", str(tmp_path / "env.db"))
    assert run(capsys, "import", str(SAMPLE))[0] == 0
    assert (tmp_path / "env.db").exists()


def test_missing_file_message(capsys, tmp_path):
    code, _, err = run(capsys, "split", str(tmp_path / "none.txt"))
    assert code == 2 and "找不到文件" in err


@pytest.mark.parametrize("store, says", [("postgresql://editor@localhost/jianbao", "PostgreSQL"),
                                         ("https://example.org/jianbao.db", "不是资料库")])
def test_a_store_url_of_another_kind_is_refused_not_made_into_a_folder(capsys, tmp_path, monkeypatch, store, says):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "articles", "--store", store)
    assert code != 0 and says in err
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]  # no "postgresql:" folder, no store file


def test_a_file_url_is_a_store_path(capsys, tmp_path):
    code, out, _ = run(capsys, "import", str(SAMPLE), "--store", (tmp_path / "s" / "j.db").as_uri(), "--json")
    assert code == 0 and json.loads(out)["article_ids"]
    assert (tmp_path / "s" / "j.db").exists()
