"""The inbox (收稿箱): files departments drop into a shared folder, recorded on arrival with their submitting
unit; files are only read, never moved or deleted."""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import JianbaoError
from jianbao.models import Changed, Submission
from jianbao.store import Store

SUFFIXES = (".txt", ".md", ".docx", ".doc", ".wps", ".odt", ".rtf", ".pdf", ".html", ".htm")
# Word's owner files (~$稿.docx), LibreOffice's locks, hidden files and downloads still under way.
_TEMPORARY = re.compile(r"^(~\$|\.)|\.(part|tmp|crdownload|download|swp)$", re.IGNORECASE)
# What the name of a submitting body ends with (向阳街道办事处, 经济发展部, 三门峡日报开发区记者站, 集团公司…).
UNIT_END = re.compile(r"(办事处|街道|部|局|委|办|中心|公司|集团|站|所|院|队|室|科|处|镇|乡|村|社区|委员会|学校|医院|支队|大队)$")
_BRACKETED = re.compile(r"[【\[（(〔]([^】\]）)〕]{2,24})[】\]）)〕]")
_LEADING = re.compile(r"^([^\s\-_—－·.]{2,24}?)[\s\-_—－·]+")
MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class InboxScan:
    """What a look at the inbox folder found: submissions new or changed since the last look."""

    arrived: tuple[Submission, ...]
    changed: Changed


def inbox_files(folder: str | Path) -> list[Path]:
    """The submissions in `folder` (not its subfolders): files of a kind Jianbao reads, no temporary files."""
    folder = Path(folder)
    if not folder.is_dir():
        raise JianbaoError(f"收稿文件夹不存在：{folder}")
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not _TEMPORARY.search(p.name))


def unit_from_name(name: str, known: Iterable[str] = ()) -> str:
    """The unit a file's name gives: a known unit it contains, else 【…】/（…）/a leading part/the whole name
    when it reads as a unit, spelled as the store's one known unit it is the end of (经济发展部 -> 开发区经济发展部)."""
    from jianbao.fold import fold

    stem = Path(name).stem
    known = [u for u in known if u]
    found = sorted((u for u in known if fold(u) in fold(stem)), key=len, reverse=True)
    if found:
        return found[0]
    for part in _BRACKETED.findall(stem) + _LEADING.findall(stem) + ([stem] if len(stem) <= 16 else []):
        part = part.strip()
        if UNIT_END.search(part):
            longer = {fold(u): u for u in known if fold(u).endswith(fold(part))}
            return next(iter(longer.values())) if len(longer) == 1 else part
    return ""


def unit_from_metadata(data: bytes) -> str:
    """The company a .docx names in its properties, when it reads as a unit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("docProps/app.xml")
            if info.file_size > 1024 * 1024:
                return ""
            xml = zf.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return ""
    match = re.search(r"<Company>([^<]{2,40})</Company>", xml)
    company = match.group(1).strip() if match else ""
    return company if UNIT_END.search(company) else ""


class InboxOps:
    store: Store

    def submissions(self) -> list[Submission]:
        return self.store.submissions()

    def set_submission_unit(self, submission_id: int, unit: str) -> Changed:
        """The editor names (or corrects) who sent a submission."""
        self.store.set_submission_unit(submission_id, unit.strip())
        return Changed(submissions=True)

    def scan_inbox(self, folder: str | Path, paths: Iterable[str | Path] | None = None) -> InboxScan:
        """Record the files in `folder` (or only `paths` of it) whose content is new; each is read once here for
        its unit and title. A file that cannot be read is recorded too, with why (it still arrived)."""
        arrived = []
        for path in (inbox_files(folder) if paths is None else [Path(p) for p in paths]):
            try:
                if path.stat().st_size > MAX_FILE_BYTES:
                    continue
                data = path.read_bytes()
            except OSError:  # gone again, or not readable (yet)
                continue
            sha = hashlib.sha256(data).hexdigest()
            if self.store.submission_by_sha(sha) is not None or self.store.bulletin_by_sha(sha) is not None:
                continue
            unit, source, title, problem = self._describe(path, data)
            recorded = self.store.record_submission(str(path), path.name, sha, len(data), unit=unit,
                                                    unit_source=source, title=title, problem=problem)
            if recorded is not None:
                arrived.append(recorded)
        return InboxScan(tuple(arrived), Changed(submissions=bool(arrived)))

    def _describe(self, path: Path, data: bytes) -> tuple[str, str, str, str]:
        """(unit, where the unit came from, title, problem) of a submission."""
        known = self.store.units()
        unit, source = unit_from_name(path.name, known), "name"
        title, problem = path.stem, ""
        try:
            result = self.preview_file(path)
        except JianbaoError as exc:
            result, problem = None, str(exc)
        if result is not None and result.articles:
            title = result.articles[0].title or title
            if not unit:
                units = Counter(u for a in result.articles for u in a.units)
                unit, source = (units.most_common(1)[0][0], "attribution") if units else ("", "")
        if not unit and path.suffix.lower() == ".docx":
            unit, source = unit_from_metadata(data), "metadata"
        return unit, source if unit else "", title, problem
