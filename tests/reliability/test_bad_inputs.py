"""The bad-input corpus: every file is refused with a clear Chinese message and changes nothing, or is
imported sensibly; bombs stay within memory and time limits; nothing is ever fetched from the network."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import FIXTURES, SAMPLE
from jianbao.errors import JianbaoError
from reliability.figures import record
from reliability.helpers import XML_INVALID, dump, has_han, integrity, open_desk

BAD = FIXTURES / "bad"
MANIFEST: dict[str, dict] = json.loads((BAD / "manifest.json").read_text("utf-8"))
sys.path.insert(0, str(BAD))
import make_bad  # noqa: E402  (the corpus generator doubles as the builder of the big files)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A store holding the sample, built once; each test works on a copy."""
    path = tmp_path_factory.mktemp("seeded") / "jianbao.db"
    desk = open_desk(path)
    desk.import_file(SAMPLE)
    desk.close()
    return path


@pytest.fixture
def fresh(seeded, tmp_path):
    path = tmp_path / "store" / "jianbao.db"
    path.parent.mkdir()
    shutil.copy(seeded, path)
    desk = open_desk(path)
    yield desk
    desk.close()


def check_refusal(exc: JianbaoError, name: str, words: list[str]) -> None:
    message = str(exc)
    assert has_han(message), message
    assert name in message, f"the message should name the file: {message}"
    assert any(w in message for w in words), f"{message!r} should say one of {words}"
    assert "Error" not in message and "Traceback" not in message and "errno" not in message.lower()


def check_outcome(desk, path: Path, expectation: dict) -> None:
    before = dump(desk.path)
    if expectation["expect"] == "refuse":
        with pytest.raises(JianbaoError) as err:
            desk.import_file(path)
        check_refusal(err.value, path.name, expectation["words"])
        assert dump(desk.path) == before, "a refused file changed the store"
        return
    result = desk.import_file(path)
    assert len(result.article_ids) == expectation["articles"]
    for article in desk.store.articles(result.article_ids):
        texts = [article.title, article.body, article.editors_note or "", *article.units, *article.subheadings]
        for text in texts:
            assert not XML_INVALID.search(text), f"{path.name}: text Word cannot hold: {text[:60]!r}"
            for absent in expectation["absent"]:
                assert absent not in text, f"{path.name}: {absent!r} got into an article"
    assert integrity(desk.path) == "ok"


def test_corpus_is_big_enough_and_rebuildable():
    built = {name for name, _, _ in make_bad.corpus()}
    assert built == set(MANIFEST) and len(MANIFEST) >= 40
    assert all((BAD / name).is_file() for name in MANIFEST)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_bad_file(fresh, name, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError(f"{name} opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    record("bad files tried")
    check_outcome(fresh, BAD / name, MANIFEST[name])


def test_not_a_file(fresh, tmp_path):
    folder = tmp_path / "一个文件夹.txt"
    folder.mkdir()
    broken = tmp_path / "断开的链接.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")
    before = dump(fresh.path)
    for path, words in ((folder, ["文件夹"]), (broken, ["找不到"]), (tmp_path / "不存在.txt", ["找不到"])):
        record("bad files tried")
        with pytest.raises(JianbaoError) as err:
            fresh.import_file(path)
        check_refusal(err.value, path.name, words)
    assert dump(fresh.path) == before


def test_refused_files_leave_the_cli_with_a_message(fresh, capsys):
    from jianbao.cli import main

    names = ["random-binary.txt", "billion-laughs.docx", "truncated-half.docx", "empty.txt"]
    fresh.close()
    before = dump(fresh.path)
    assert main(["import", "--store", str(fresh.path), *(str(BAD / n) for n in names)]) == 2
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith("jianbao: ")] and all(n in err for n in names)
    assert "Traceback" not in err
    assert dump(fresh.path) == before


def test_remote_references_are_never_fetched(fresh, tmp_path):
    """Web pages and .docx pointing at a live local server: the server must see no connection at all
    (this catches fetches by C libraries such as libxml2 too, which a socket patch would miss)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    url = f"http://127.0.0.1:{server.getsockname()[1]}"
    try:
        files = {
            "remote.html": make_bad.hostile_html(url).encode(),
            "remote-xxe.docx": make_bad.xxe_docx(url + "/secret"),
            "remote-dtd.docx": make_bad.external_dtd_in_part_docx(url + "/evil.dtd"),
            "remote-image.html": make_bad.html_page(
                "".join(f'<p>{line}<img src="{url}/{i}.png"></p>' for i, line in enumerate(make_bad.sample_paragraphs()))
            ).encode(),
        }
        for name, data in files.items():
            record("bad files tried")
            path = tmp_path / name
            path.write_bytes(data)
            try:
                result = fresh.import_file(path)
            except JianbaoError as exc:
                check_refusal(exc, name, make_bad.UNSAFE)
            else:
                for article in fresh.store.articles(result.article_ids):
                    assert url not in article.body and "127.0.0.1" not in article.body
        with pytest.raises(BlockingIOError):
            server.accept()
    finally:
        server.close()


# -- the big ones: built here, read in a child process held to 1 GB of memory -------------------------------------
RUNNER = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from jianbao.errors import JianbaoError
    from jianbao.ingest import split_file
    out = {}
    for path in sys.argv[1:]:
        try:
            r = split_file(path, classify=False)
            out[path] = {"articles": len(r.articles)}
        except JianbaoError as exc:
            out[path] = {"message": str(exc)}
    # VmHWM, not ru_maxrss: ru_maxrss survives exec, so it would report the (large) pytest process that forked us.
    with open("/proc/self/status") as status:
        hwm = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    out["maxrss_mb"] = hwm // 1024
    print(json.dumps(out, ensure_ascii=False))
""")


def test_big_and_bomb_files_refused_within_limits(tmp_path):
    paths = {}
    for name, (build, expectation) in make_bad.big_builders().items():
        path = tmp_path / name
        build(path)
        paths[str(path)] = (name, expectation)
    proc = subprocess.run([sys.executable, "-c", RUNNER, *paths], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    for path, (name, expectation) in paths.items():
        record("bad files tried")
        assert "message" in out[path], f"{name} was not refused: {out[path]}"
        message = out[path]["message"]
        assert name in message and any(w in message for w in expectation["words"]), message
    assert out["maxrss_mb"] < 600, f"reading the bombs took {out['maxrss_mb']} MB"
