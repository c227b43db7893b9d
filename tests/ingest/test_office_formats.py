"""The sample as departments send it: saved by LibreOffice as .doc, .odt and .rtf, read back through
LibreOffice (made in the test, not committed as binaries)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import SAMPLE
from jianbao.errors import InputError
from jianbao.ingest import split_file
from jianbao.ingest import office

needs_office = pytest.mark.skipif(office.office_binary() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """The sample as .docx (python-docx), then as .doc, .odt and .rtf (LibreOffice's own filters)."""
    import docx

    folder = tmp_path_factory.mktemp("office")
    document = docx.Document()
    for line in SAMPLE.read_text("utf-8").split("\n"):
        document.add_paragraph(line)
    source = folder / "sample.docx"
    document.save(source)
    made = {}
    for suffix, filter_name in ((".doc", "doc:MS Word 97"), (".odt", "odt"), (".rtf", "rtf")):
        profile = (folder / "profile").as_uri()
        subprocess.run([office.office_binary(), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                        filter_name, "--outdir", str(folder / suffix.lstrip(".")), str(source)],
                       check=True, capture_output=True, timeout=180)
        made[suffix] = folder / suffix.lstrip(".") / f"sample{suffix}"
        assert made[suffix].exists()
    return made


@needs_office
@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf"])
def test_every_office_format_gives_the_20_titles(saved, truth, suffix):
    result = split_file(saved[suffix], classify=False)
    assert [a.title for a in result.articles] == [a["title"] for a in truth["articles"]]
    assert result.encoding == suffix.lstrip(".")
    assert "\\rtf" not in result.text and "{" not in result.articles[0].body  # no RTF control words


@needs_office
@pytest.mark.slow
def test_a_doc_saved_under_wps_name_reads_too(saved, truth, tmp_path):
    wps = tmp_path / "部门投稿.wps"
    shutil.copy(saved[".doc"], wps)
    assert len(split_file(wps, classify=False).articles) == len(truth["articles"])


@needs_office
def test_a_broken_office_file_is_refused_clearly(tmp_path):
    broken = tmp_path / "坏文件.rtf"
    broken.write_bytes(b"{\\rtf1 \x00\x01\x02" + bytes(range(256)) * 4)
    try:
        result = split_file(broken, classify=False)
    except InputError as err:
        assert "坏文件.rtf" in str(err)
    else:  # LibreOffice reads what it can of a damaged RTF: never control words
        assert all("\\rtf" not in a.body for a in result.articles)


def test_without_libreoffice_the_message_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(office, "office_binary", lambda: None)
    path = tmp_path / "通知.rtf"
    path.write_bytes(b"{\\rtf1\\ansi text}")
    with pytest.raises(InputError, match="LibreOffice"):
        split_file(path, classify=False)


def test_a_zip_bomb_odt_is_refused_before_libreoffice_sees_it(tmp_path, monkeypatch):
    import zipfile

    def never(*args, **kwargs):
        raise AssertionError("LibreOffice must not be started")

    monkeypatch.setattr(office, "to_docx", never)
    bomb = tmp_path / "炸弹.odt"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(InputError, match="压缩炸弹"):
        split_file(bomb, classify=False)
