"""`python -m jianbao.bench export`: the sample's 20-article issue to .docx, in-process and warm (as the
GUI runs it), against pandoc turning the same text, as Markdown, into a .docx (a whole process)."""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from jianbao.paths import sample_path

ISSUE_FIELDS = dict(
    date="2024-01-08", total_number=125, compiling_unit="三门峡经济开发区党政办公室", show_contents=True,
    editors_note="新年伊始，开发区各部门迅速行动。", recipients_bao="市委办公室、市政府办公室",
    recipients_song="市发改委、市商务局", recipients_fa="区直各部门", extra_recipients="集团公司", copies=60,
)


def markdown(model) -> str:
    """The issue's text as Markdown: what pandoc is given to set the same words."""
    from jianbao.export import blocks as B

    f = model.fields
    lines = [f"# {f[B.F_SERIES]}", f"{f[B.F_NUMBER]} {f[B.F_TOTAL]}", f"{f[B.F_UNIT]} {f[B.F_DATE]}", "---"]
    for block in model.blocks:
        text = (getattr(block, "lead", "") or "") + block.text
        if isinstance(block, (B.ArticleTitle, B.SectionHeading, B.ContentsHeading)):
            lines.append(f"## {text}")
        elif isinstance(block, B.Subheading):
            lines.append(f"### {text}")
        else:
            lines.append(text)
    lines += ["---"] + [f[k] for k in (B.F_BAO, B.F_SONG, B.F_FA, B.F_EXTRA, B.F_COPIES) if f[k]]
    return "\n\n".join(lines) + "\n"


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def find_pandoc() -> str | None:
    debian = Path("/usr/bin/pandoc")
    return str(debian) if debian.exists() else shutil.which("pandoc")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench export", description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each side (default 10)")
    args = parser.parse_args(argv)

    from jianbao.desk import Desk
    from jianbao.export import parse_issue
    from jianbao.ingest import split_file

    with tempfile.TemporaryDirectory(prefix="jianbao-bench-export-") as tmp:
        folder = Path(tmp)
        desk = Desk(folder / "store.db")
        try:
            imported = desk.import_split(split_file(sample_path(), classify=False))
            issue, _ = desk.create_issue("开发区资讯", article_ids=list(imported.article_ids), **ISSUE_FIELDS)
            out = folder / "issue.docx"
            desk.export_issue(issue.id, out)  # warm: libraries loaded, template read, as in a running GUI
            export_times = timed(lambda: desk.export_issue(issue.id, out), args.runs)
            desk.export_issue(issue.id, folder / "s.docx", script="s")
            convert_times = timed(lambda: desk.export_issue(issue.id, folder / "s.docx", script="s"),
                                  max(3, args.runs // 2))
            articles = {a.id: a for a in desk.issue_articles(issue.id)}
            md = folder / "issue.md"
            md.write_text(markdown(parse_issue(issue, articles)), "utf-8")
        finally:
            desk.close()

        export = statistics.median(export_times)
        print(f"articles: {len(articles)} articles")
        print(f"docx_size: {out.stat().st_size / 1024:.1f} KiB")
        print(f"export_median: {export * 1000:.1f} ms")
        print(f"export_min: {min(export_times) * 1000:.1f} ms")
        print(f"export_to_simplified_median: {statistics.median(convert_times) * 1000:.1f} ms")

        pandoc = find_pandoc()
        if pandoc is None:
            print("pandoc: not installed (apt-get install pandoc); comparison skipped")
            return 0
        command = [pandoc, "-f", "markdown", "-t", "docx", "-o", str(folder / "pandoc.docx"), str(md)]
        version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        subprocess.run(command, check=True)  # warm the disk cache
        pandoc_times = timed(lambda: subprocess.run(command, check=True), args.runs)
        peer = statistics.median(pandoc_times)
        print(f"pandoc: {pandoc} ({version})")
        print(f"pandoc_median: {peer * 1000:.1f} ms")
        print(f"pandoc_min: {min(pandoc_times) * 1000:.1f} ms")
        print("export median / pandoc median (at most 1.50x allowed; lower is better)")
        print(f"ratio: {export / peer:.2f}x")
    return 0
