"""Script conversion on the desk: texts and articles converted with this store's terms and roster,
and the terms table itself (protected words, fixed pairs)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jianbao.errors import InputError, NotFoundError
from jianbao.models import Article, ArticleId, Changed, Term
from jianbao.store import Store

if TYPE_CHECKING:  # the script package loads OpenCC only when converting
    from jianbao.script import Conversion

TARGET_NAMES = {"s": "简体", "t": "繁体", "tw": "繁体（台湾）", "hk": "繁体（香港）"}


@dataclass(frozen=True)
class ArticleConversion:
    """An article's fields converted, for a preview before saving (`Conversion` keeps the changes)."""

    article_id: ArticleId
    revision: int
    target: str
    title: Conversion
    body: Conversion
    subheadings: tuple[Conversion, ...]
    editors_note: Conversion | None


class ConvertOps:
    store: Store

    # -- terms -----------------------------------------------------------------------
    def terms(self, kind: str | None = None) -> list[Term]:
        return self.store.terms(kind)

    def conversion_terms(self) -> list[Term]:
        """Protected words and pairs from the terms table, then every name on the leaders' roster
        (kind 'name': converted character by character, so 范伟 does not become 範偉)."""
        terms = [t for t in self.store.terms() if t.kind in ("protect", "override")]
        have = {t.word for t in terms}
        terms += [Term(p.name, "name", note="领导名单") for p in self.store.roster() if p.name not in have]
        return terms

    def add_term(self, word: str, traditional: str | None = None, *, note: str = "",
                 expression: bool = False) -> Changed:
        """Protect `word`, or with `traditional` fix the pair word (Simplified) = traditional, or with
        `expression` add it to the standard formulations proofreading checks."""
        from jianbao.script.terms import parse_terms

        if expression and traditional:
            raise InputError("规范提法只写一种形式（简体），不必给出繁体")
        line = f"{word.strip()}={traditional.strip()}" if traditional else word.strip()
        line = f"~{line}" if expression else line
        terms = parse_terms(line, source="")
        if not terms:
            raise InputError("请输入要保护的词")
        self.store.save_terms([Term(t.word, t.kind, t.simplified, t.traditional, note) for t in terms])
        return Changed(terms=True)

    def remove_term(self, word: str, kind: str | None = None) -> Changed:
        kinds = (kind,) if kind else ("protect", "override", "flag", "expression")
        found = [t for t in self.store.terms() if t.word == word and t.kind in kinds]
        if not found:
            raise NotFoundError(f"词表里没有“{word}”")
        for t in found:
            self.store.remove_term(t.word, t.kind)
        return Changed(terms=True)

    def import_terms(self, path: str | Path, *, replace: bool = False) -> tuple[int, Changed]:
        """Read a terms file into the table (all or nothing); `replace` drops the old entries first."""
        from jianbao.script.terms import load_terms_file

        terms = load_terms_file(path)
        if not terms:
            raise InputError(f"词表文件“{Path(path).name}”里没有词")
        with self.store.transaction():
            if replace:
                for old in self.store.terms():
                    self.store.remove_term(old.word, old.kind)
            count = self.store.save_terms(terms)
        return count, Changed(terms=True)

    def export_terms(self, path: str | Path | None = None, kind: str | None = None) -> str:
        """The terms table as a terms file; written to `path` when given."""
        from jianbao.script.terms import dump_terms

        text = dump_terms(self.store.terms(kind))
        if path is not None:
            target = Path(path)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(text, "utf-8")
            tmp.replace(target)
        return text

    # -- conversion ----------------------------------------------------------------------
    def convert_text(self, text: str, to: str, *, phrases: bool = False, extra_terms: Iterable[Term] = (),
                     guard: bool = True) -> Conversion:
        """`jianbao.script.convert` with this store's terms and roster (plus `extra_terms`)."""
        from jianbao.script import convert

        return convert(text, to, phrases=phrases, terms=[*self.conversion_terms(), *extra_terms], guard=guard)

    def preview_article(self, article_id: ArticleId, to: str, *, phrases: bool = False,
                        guard: bool = True) -> ArticleConversion:
        """Every text field of an article converted, nothing saved."""
        from jianbao.script import convert

        art = self.store.article(article_id)
        terms = self.conversion_terms()

        def conv(text: str):
            return convert(text, to, phrases=phrases, terms=terms, guard=guard)

        return ArticleConversion(
            article_id, art.revision, to, conv(art.title), conv(art.body),
            tuple(conv(s) for s in art.subheadings),
            conv(art.editors_note) if art.editors_note else None,
        )

    def convert_article(self, article_id: ArticleId, to: str, *, phrases: bool = False, guard: bool = True,
                        expected_revision: int | None = None) -> tuple[Article, Changed]:
        """Convert an article in place as a new revision (the old one stays in its history)."""
        preview = self.preview_article(article_id, to, phrases=phrases, guard=guard)
        changes = {
            "title": preview.title.text,
            "body": preview.body.text,
            "subheadings": [c.text for c in preview.subheadings],
            "editors_note": preview.editors_note.text if preview.editors_note else None,
            "script": "s" if to == "s" or preview.body.config.split("2", 1)[-1].startswith("s") else "t",
        }
        name = TARGET_NAMES.get(to, to)
        art = self.store.update_article(article_id, changes, reason=f"转换为{name}",
                                        expected_revision=expected_revision or preview.revision)
        return art, Changed(articles=(article_id,))
