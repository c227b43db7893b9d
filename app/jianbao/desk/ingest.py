"""Taking bulletins in: preview a split (nothing stored), then import it in one transaction."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from jianbao.errors import InputError, JianbaoError
from jianbao.models import ArticleId, BulletinId, Changed, SplitResult
from jianbao.store import Store


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class ImportResult:
    bulletin_id: BulletinId
    article_ids: tuple[ArticleId, ...]
    changed: Changed


@dataclass(frozen=True)
class ImportFailure:
    source: str
    message: str


class IngestOps:
    store: Store

    def _classified(self, result: SplitResult) -> SplitResult:
        # The classification area, when present, trains on this store's own labelled articles.
        classify = getattr(self, "classify_drafts", None)
        if classify is not None:
            return classify(result)
        from jianbao.classify import fill_categories

        return replace(result, articles=tuple(fill_categories(result.articles)))

    def segmenter(self):
        """The shipped segmenter, adapted to every split this store's editors corrected before importing
        (refitted when a correction is added: a few hundredths of a second a bulletin)."""
        from jianbao.ingest.segmenter import shipped

        corrections = self.store.split_corrections()
        if not corrections:
            return shipped()
        key = tuple(c[0] for c in corrections)
        cached = getattr(self, "_adapted_segmenter", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        from jianbao.ingest.segment_train import adapted, correction_examples

        base, units = shipped(), self.store.units()
        examples = [e for _, text, clean_text, starts in corrections
                    if (e := correction_examples(text, clean_text, starts, base, units)) is not None]
        model = adapted(base, examples)
        self._adapted_segmenter = (key, model)
        return model

    def preview_file(self, path: str | Path) -> SplitResult:
        """Decode, clean, split and classify a file; nothing is stored."""
        from jianbao.ingest import split_file

        return self._classified(split_file(path, known_units=self.store.units(), classify=False,
                                           segmenter=self.segmenter()))

    def preview_text(self, text: str, *, html: bool = False, source: str = "粘贴") -> SplitResult:
        """The same for pasted text (or clipboard HTML)."""
        from jianbao.ingest import split_html, split_text

        split = split_html if html else split_text
        return self._classified(split(text, source=source, known_units=self.store.units(), classify=False,
                                      segmenter=self.segmenter()))

    def resplit(self, result: SplitResult, starts: Sequence[int]) -> SplitResult:
        """The same source split at the editor's boundaries (offsets of line starts in result.clean_text)."""
        from jianbao.ingest import resplit

        return self._classified(resplit(result, list(starts), known_units=self.store.units(), classify=False,
                                        segmenter=self.segmenter()))

    def import_split(self, result: SplitResult, *, allow_duplicate: bool = False) -> ImportResult:
        """Store the bulletin and all its articles in one transaction; a source seen before is refused."""
        if not result.articles:
            raise JianbaoError(f"“{result.source}”中没有找到文章，未导入")
        if not _HAN.search(result.clean_text):
            # JSON, RTF, mojibake...: text that decodes but is no Chinese bulletin.
            raise InputError(f"“{result.source}”中没有中文文字（编码不对，或不是简报），未导入")
        with self.store.transaction():
            # A tag joins the taxonomy, and the article carries the taxonomy's spelling of it
            # (a Traditional 【調研督導】 files under 调研督导), so lists and filters find it.
            drafts = tuple(
                replace(d, category=self.store.ensure_category(d.category).name) if d.category else d
                for d in result.articles
            )
            # A submission from the inbox: its unit reports every article that names none of its own.
            submission = self.store.submission_by_sha(result.sha256)
            if submission is not None and submission.unit:
                drafts = tuple(d if d.units else replace(d, units=(submission.unit,)) for d in drafts)
            bulletin_id, ids = self.store.add_bulletin(replace(result, articles=drafts), allow_duplicate=allow_duplicate)
            if submission is not None:
                self.store.link_submission(result.sha256, bulletin_id)
        changed = Changed(articles=tuple(ids), bulletins=(bulletin_id,), taxonomy=True, submissions=submission is not None)
        return ImportResult(bulletin_id, tuple(ids), changed)

    def import_file(self, path: str | Path, *, allow_duplicate: bool = False) -> ImportResult:
        return self.import_split(self.preview_file(path), allow_duplicate=allow_duplicate)

    def import_files(self, paths: Iterable[str | Path], *, progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[ImportResult | ImportFailure]:
        """Import several files, each on its own (one bad file does not stop the others)."""
        paths = list(paths)
        results: list[ImportResult | ImportFailure] = []
        for n, path in enumerate(paths):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(n, len(paths), Path(path).name)
            try:
                results.append(self.import_file(path))
            except JianbaoError as exc:
                results.append(ImportFailure(Path(path).name, str(exc)))
        if progress is not None:
            progress(len(results), len(paths), "")
        return results
