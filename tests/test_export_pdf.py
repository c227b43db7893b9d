"""`jianbao export --format pdf`: the pages of the .docx as LibreOffice renders them, fonts embedded, written
atomically in the chosen script; without LibreOffice a clear message and no file."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from jianbao.export import pdf as export_pdf
from jianbao.ingest import office
from test_export_web import issue  # noqa: F401  (the fixture)
from test_issue_cli import run, store_with_articles  # noqa: F401  (the fixture)

needs_office = pytest.mark.skipif(office.office_binary() is None or shutil.which("pdfinfo") is None,
                                  reason="LibreOffice or poppler is not installed")


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@needs_office
@pytest.mark.slow
def test_pdf_has_the_pages_of_the_docx_fonts_embedded_in_the_chosen_script(issue, capsys, tmp_path):  # noqa: F811
    path, issue_id, titles = issue
    out = tmp_path / "简报.pdf"
    code, _, err = run(capsys, "export", issue_id, "--out", out, "--script", "t", "--store", path)
    assert code == 0, err
    docx = tmp_path / "简报.docx"
    assert run(capsys, "export", issue_id, "--out", docx, "--script", "t", "--store", path)[0] == 0
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([office.office_binary(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "lo"), str(docx)], check=True, capture_output=True, timeout=180)
    assert pages(out) == pages(tmp_path / "lo" / "简报.pdf") >= 2
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # the "emb" column
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "開發區資訊" in text and "开发区资讯" not in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_without_libreoffice_the_message_says_what_to_install_and_nothing_is_written(issue, capsys, tmp_path,  # noqa: F811
                                                                                      monkeypatch):
    path, issue_id, _ = issue
    monkeypatch.setattr(office, "office_binary", lambda: None)
    out = tmp_path / "简报.pdf"
    code, _, err = run(capsys, "export", issue_id, "--out", out, "--store", path)
    assert code != 0 and "LibreOffice" in err and "apt-get install" in err
    assert not out.exists()


def test_a_failed_conversion_leaves_the_old_pdf_as_it_was(issue, capsys, tmp_path, monkeypatch):  # noqa: F811
    from jianbao.errors import JianbaoError

    path, issue_id, _ = issue
    out = tmp_path / "简报.pdf"
    out.write_bytes(b"%PDF-1.4 the old issue")

    def fails(docx):
        assert docx.is_file() and docx.parent != tmp_path  # the .docx is made in a private folder
        raise JianbaoError("LibreOffice 没能生成 PDF")

    monkeypatch.setattr(office, "office_binary", lambda: "/usr/bin/true")
    monkeypatch.setattr(export_pdf, "pdf_bytes", fails)
    code, _, err = run(capsys, "export", issue_id, "--out", out, "--store", path)
    assert code != 0 and "没能生成 PDF" in err
    assert out.read_bytes() == b"%PDF-1.4 the old issue"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "store", "简报.pdf"]
