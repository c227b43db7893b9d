"""Articles: insert, update with revisions, list, search, drafts."""
from __future__ import annotations

import itertools
import json
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict

from jianbao.errors import ConflictError, NotFoundError
from jianbao.fold import forms
from jianbao.models import Article, ArticleFilter, ArticleId, ArticleRow, BulletinId, Revision
from jianbao.store.base import now
from jianbao.store.indexing import WATERMARK, SearchIndexMixin, index_hits, indexed_upto, next_article_id, reindex
from jianbao.store.search import index_is_exact, literals, matcher, needle, query_words

EDITABLE = (
    "title", "body", "category", "category_source", "confidence", "needs_decision", "date",
    "date_text", "subheadings", "editors_note", "units", "people", "script", "status",
)
_COLUMNS = (
    "id, bulletin_id, seq, title, body, category, category_source, confidence, needs_decision, date, "
    "date_text, subheadings, editors_note, script, status, revision, first_line, last_line, created, updated"
)


def _any_of(words: Iterable[str]) -> tuple[str, list]:
    """SQL true when title or body contains one of the words, in C (instr), and its parameters."""
    words = list(words)
    return ("(" + " OR ".join(["instr(a.title, ?) > 0 OR instr(a.body, ?) > 0"] * len(words)) + ")",
            [x for w in words for x in (w, w)])


def _contains(query: str, *, likely: bool = True) -> tuple[str, list]:
    """SQL true when the article contains the query (folded), and its parameters.

    One character is there in one of its forms or not: plain instr() in C. Longer needles are checked by
    the pattern (store/search.py `matcher`), one call into Python for title and body together. Where most
    rows are `likely` hits (the index's candidates), an instr() of the query's own spellings settles most of
    them first; in a scan, where most rows are misses, any check before the pattern only adds to every miss
    (measured: the scan of 1,999 articles not yet indexed went from 22 to 37 ms at p95)."""
    text = needle(query)
    if len(text) == 1:
        return _any_of(forms(text))
    pattern = "jb_matches(?, a.title || ? || a.body)"
    if not likely:
        return pattern, list(matcher(query))
    sufficient, params = _any_of(literals(query))
    return f"({sufficient} OR {pattern})", [*params, *matcher(query)]


# The columns an insert takes from an article's row dict, in one C call (subheadings go as JSON).
_ROW_COLUMNS = (
    "id", "bulletin_id", "seq", "title", "body", "category", "category_source", "confidence", "needs_decision",
    "date", "date_text", "editors_note", "script", "status", "revision", "first_line", "last_line", "created", "updated",
    "origin", "author",
)
_ROW_VALUES = operator.itemgetter(*_ROW_COLUMNS)
_JSON = json.JSONEncoder(ensure_ascii=False).encode

# An article's first revision is the article as created. Its revisions row is written on the article's
# first change, in that change's transaction (copy on write); until then the article's row is that
# revision, its `created` the time and its `origin` the reason. Most imported articles are never edited:
# an import writes no JSON and no revisions rows. Stores written by schema v4 hold this marker as the
# first revision's snapshot instead: it means the same.
FIRST_REVISION_IS_THE_ROW = ""


def _as_stored(snapshot: dict) -> dict:
    """A snapshot as read back from JSON (tuples become lists), like every stored one."""
    return json.loads(_JSON(snapshot))


def _clean_names(names: Iterable[str] | None) -> list[str]:
    """Unit or person names stripped, blanks and repeats dropped, in order."""
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip())) if names else []


class ArticlesMixin(SearchIndexMixin):
    conn: object
    engine: str
    _NULLS: dict[str, str]
    _note_change: Callable  # store/live.py: what the transaction changed, told to the other desks

    # -- writing -------------------------------------------------------------------
    def _insert_articles(self, items: list[Mapping], *, bulletin_id: BulletinId | None, reason: str,
                         first_seq: int = 1) -> list[ArticleId]:
        """Insert articles (fields as in ArticleDraft) with their links (each row is its first revision, `reason`
        its origin);
        the search index catches up later (store/indexing.py), searches scan them meanwhile.

        Runs inside the caller's transaction. Ids are assigned here (the write lock is held), so every
        table is written with one executemany: an import's hot path.
        """
        if not items:
            return []
        self._index_due = True  # checked once the outermost transaction commits
        stamp = now()
        top = next_article_id(self.conn)
        ids = [ArticleId(top + k) for k in range(len(items))]
        self._note_change("articles", ids)
        rows, links = [], {"units": [], "people": []}
        for article_id, seq, f in zip(ids, itertools.count(first_seq), items):
            get = f.get
            for what in ("units", "people"):
                if names := _clean_names(get(what)):
                    links[what] += [(article_id, self._ref_id(what, n), pos) for pos, n in enumerate(names)]
            subheadings = list(get("subheadings") or ())
            row = {
                "id": article_id, "bulletin_id": bulletin_id, "seq": seq, "title": f["title"], "body": f["body"],
                "category": get("category"), "category_source": get("category_source"), "confidence": get("confidence"),
                "date": get("date"), "date_text": get("date_text"), "editors_note": get("editors_note"),
                "first_line": get("first_line"), "last_line": get("last_line"),
                "needs_decision": bool(get("needs_decision")), "subheadings": subheadings,
                "script": get("script") or "s", "status": get("status") or "draft", "revision": 1,
                "created": stamp, "updated": stamp, "origin": reason, "author": self.author,
            }
            rows.append((*_ROW_VALUES(row), _JSON(subheadings) if subheadings else "[]"))
        self.conn.executemany(
            f"INSERT INTO articles ({', '.join(_ROW_COLUMNS)}, subheadings) "
            f"VALUES ({', '.join('?' * (len(_ROW_COLUMNS) + 1))})", rows)
        self.conn.executemany("INSERT INTO article_units(article_id, unit_id, position) VALUES (?,?,?)", links["units"])
        self.conn.executemany("INSERT INTO article_people(article_id, person_id, position) VALUES (?,?,?)",
                              links["people"])
        return ids

    def _link(self, article_id: int, what: str, names: Iterable[str], *, new: bool = False) -> list[str]:
        table, link, col = ("units", "article_units", "unit_id") if what == "units" else ("people", "article_people", "person_id")
        if not new:
            self.conn.execute(f"DELETE FROM {link} WHERE article_id = ?", (article_id,))
        clean = _clean_names(names)
        for position, name in enumerate(clean):
            ref = self._ref_id(table, name)
            self.conn.execute(
                f"INSERT INTO {link}(article_id, {col}, position) VALUES (?,?,?)", (article_id, ref, position)
            )
        return clean

    def _ref_id(self, table: str, name: str) -> int:
        """Id of a unit or person by name, created when new (cached: imports repeat the same units)."""
        key = (table, name)
        ref = self._refs.get(key)
        if ref is None:
            row = self.conn.execute(f"SELECT id FROM {table} WHERE name = ?", (name,)).fetchone()
            ref = row[0] if row else self.conn.execute(f"INSERT INTO {table}(name) VALUES (?) RETURNING id",
                                                       (name,)).fetchone()[0]
            self._refs[key] = ref
        return ref

    def _snapshot(self, article_id: int, reason: str) -> None:
        art = self.article(ArticleId(article_id))
        snap = asdict(art)
        self.conn.execute(
            "INSERT INTO revisions(article_id, revision, snapshot, at, reason, author) VALUES (?,?,?,?,?,?)",
            (article_id, art.revision, json.dumps(snap, ensure_ascii=False), now(), reason, self.author),
        )

    def add_article(self, fields: Mapping, *, bulletin_id: BulletinId | None = None, seq: int = 0,
                    reason: str = "created") -> ArticleId:
        """Store one article (fields as in ArticleDraft) in its own transaction."""
        with self.transaction():
            return self._insert_articles([fields], bulletin_id=bulletin_id, reason=reason, first_seq=seq)[0]

    def update_article(self, article_id: ArticleId, changes: Mapping, *, reason: str = "edited",
                       expected_revision: int | None = None) -> Article:
        """Apply changes as a new revision; refuses if the article moved on since `expected_revision`."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self.transaction():
            current = self.article(article_id)
            if expected_revision is not None and current.revision != expected_revision:
                raise ConflictError(
                    f"文章《{current.title}》已在别处修改（当前第 {current.revision} 版，你打开的是第 {expected_revision} 版）",
                    current=current, mine=dict(changes), author=self.revision_author(article_id, current.revision),
                )
            merged = {k: v for k, v in changes.items() if k not in ("units", "people")}
            if not merged and "units" not in changes and "people" not in changes:
                return current
            self._keep_first_revision(current)
            if "subheadings" in merged:
                merged["subheadings"] = json.dumps(list(merged["subheadings"] or ()), ensure_ascii=False)
            if "needs_decision" in merged:
                merged["needs_decision"] = int(bool(merged["needs_decision"]))
            if "title" in merged or "body" in merged:
                self._reindex(current, merged.get("title", current.title), merged.get("body", current.body))
            merged["revision"] = current.revision + 1
            self._note_change("articles", (article_id,))
            merged["updated"] = now()
            sets = ", ".join(f"{k} = ?" for k in merged)
            self.conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*merged.values(), article_id))
            if "units" in changes:
                self._link(article_id, "units", changes["units"] or ())
            if "people" in changes:
                self._link(article_id, "people", changes["people"] or ())
            self._drop_drafts(article_id)
            self._snapshot(article_id, reason)
            return self.article(article_id)

    def _reindex(self, current: Article, title: str, body: str) -> None:
        if current.id > indexed_upto(self.conn):
            return  # not in the index yet: the catch-up will index the new text
        reindex(self.conn, current.id, f"{current.title}\n{current.body}", f"{title}\n{body}")

    def restore_revision(self, article_id: ArticleId, revision: int) -> Article:
        """Make an old revision current again (as a new revision: history is never rewritten)."""
        rev = next((r for r in self.revisions(article_id) if r.revision == revision), None)
        if rev is None:
            raise NotFoundError(f"文章 {article_id} 没有第 {revision} 版")
        changes = {k: rev.snapshot[k] for k in EDITABLE if k in rev.snapshot}
        return self.update_article(article_id, changes, reason=f"restored revision {revision}")

    # -- reading -------------------------------------------------------------------
    def article(self, article_id: ArticleId) -> Article:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"找不到编号为 {article_id} 的文章")
        return self._article_from_row(row)

    def _names(self, article_id: int, what: str) -> tuple[str, ...]:
        table, link, col = ("units", "article_units", "unit_id") if what == "units" else ("people", "article_people", "person_id")
        rows = self.conn.execute(
            f"SELECT t.name FROM {link} l JOIN {table} t ON t.id = l.{col} WHERE l.article_id = ? ORDER BY l.position",
            (article_id,),
        ).fetchall()
        return tuple(r[0] for r in rows)

    def _article_from_row(self, row: tuple) -> Article:
        (aid, bid, seq, title, body, cat, src, conf, nd, date, date_text, subs, note, script, status, rev,
         first, last, created, updated) = row
        return Article(
            id=ArticleId(aid), bulletin_id=bid, seq=seq, title=title, body=body, category=cat, category_source=src,
            confidence=conf, needs_decision=bool(nd), date=date, date_text=date_text,
            subheadings=tuple(json.loads(subs or "[]")), editors_note=note, units=self._names(aid, "units"),
            people=self._names(aid, "people"), script=script, status=status, revision=rev, first_line=first,
            last_line=last, created=created, updated=updated,
        )

    def articles(self, ids: Iterable[int]) -> list[Article]:
        return [self.article(ArticleId(i)) for i in ids]

    def _where(self, f: ArticleFilter) -> tuple[str, list]:
        clauses, params = [], []
        if f.query:
            text = needle(f.query)
            if not text:
                clauses.append("1 = 0")
            else:
                words = query_words(f.query)
                if words is None:
                    scan, checks = _contains(f.query, likely=False)
                    clauses.append(scan)
                    params += checks
                elif index_is_exact(text):
                    # The index's hits, and the articles it has not caught up with that contain the query.
                    scan, checks = _contains(f.query, likely=False)
                    key, table, match, found = index_hits(self.engine, words)
                    clauses.append(f"(a.id IN (SELECT {key} FROM {table} WHERE {match}) OR "
                                   f"(a.id > {WATERMARK} AND {scan}))")
                    params += [*found, *checks]
                else:
                    contains, checks = _contains(f.query)
                    # The index narrows to candidates (with every article it has not caught up with); the
                    # text makes every hit exact.
                    key, table, match, found = index_hits(self.engine, words)
                    clauses.append(f"a.id IN (SELECT {key} FROM {table} WHERE {match} "
                                   f"UNION ALL SELECT id FROM articles WHERE id > {WATERMARK}) AND {contains}")
                    params += [*found, *checks]
        for col in ("category", "status", "script", "bulletin_id"):
            value = getattr(f, col)
            if value is not None:
                clauses.append(f"a.{col} = ?")
                params.append(value)
        if f.needs_decision is not None:
            clauses.append("a.needs_decision = ?")
            params.append(int(f.needs_decision))
        if f.date_from:
            clauses.append("a.date >= ?")
            params.append(f.date_from)
        if f.date_to:
            clauses.append("a.date <= ?")
            params.append(f.date_to)
        if f.unit:
            clauses.append(
                "a.id IN (SELECT au.article_id FROM article_units au JOIN units u ON u.id = au.unit_id WHERE u.name = ?)"
            )
            params.append(f.unit)
        if f.ids is not None:
            clauses.append(f"a.id IN ({','.join('?' * len(f.ids)) or 'NULL'})")
            params += list(f.ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    _ORDERS = {
        "id": "a.id", "title": "a.title", "category": "a.category", "date": "a.date", "status": "a.status",
        "updated": "a.updated", "script": "a.script",
    }

    def list_articles(self, f: ArticleFilter = ArticleFilter(), *, order: str = "id", descending: bool = False,
                      limit: int = 200, offset: int = 0) -> list[ArticleRow]:
        """A page of light rows for the article list."""
        where, params = self._where(f)
        col = self._ORDERS.get(order, "a.id")
        direction = "DESC" if descending else "ASC"
        # Said only where a column can be NULL: a NULLS clause on id would keep PostgreSQL off its index.
        nulls = self._NULLS[direction] if col in ("a.category", "a.date") else ""
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.category, a.needs_decision, a.date, "
            "(SELECT group_concat(name, '、') FROM (SELECT u.name FROM article_units au JOIN units u ON u.id = au.unit_id "
            " WHERE au.article_id = a.id ORDER BY au.position) AS n), a.status, a.script, a.bulletin_id, a.updated "
            f"FROM articles a{where} ORDER BY {col} {direction}{nulls}, a.id {direction} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [
            ArticleRow(id=ArticleId(r[0]), title=r[1], category=r[2], needs_decision=bool(r[3]), date=r[4],
                       units=r[5] or "", status=r[6], script=r[7], bulletin_id=r[8], updated=r[9])
            for r in rows
        ]

    def count_articles(self, f: ArticleFilter = ArticleFilter()) -> int:
        where, params = self._where(f)
        return int(self.conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])

    def search(self, query: str, *, limit: int = 100) -> list[ArticleId]:
        """Ids of articles whose title or body contains the query (script-insensitive), newest first."""
        text = needle(query)
        words = query_words(query) if text else None
        if words is None:
            where, params = self._where(ArticleFilter(query=query))
            sql = f"SELECT a.id FROM articles a{where} ORDER BY a.id DESC LIMIT ?"
        elif self.engine == "postgresql":
            from jianbao.store.pg_search import search_words

            return search_words(self.conn, query, words, limit)
        else:
            # Newest first: the articles the index has not caught up with (all above the watermark, scanned),
            # then the index's hits, driven by it in rowid order so a common query stops after `limit`.
            scan, scan_checks = _contains(query, likely=False)
            key, table, match, found = index_hits(self.engine, words)
            if index_is_exact(text):
                indexed, indexed_params = f"SELECT {key} FROM {table} WHERE {match}", found
            else:
                contains, checks = _contains(query)
                indexed = f"SELECT {key} FROM {table} JOIN articles a ON a.id = {key} WHERE {match} AND {contains}"
                indexed_params = [*found, *checks]
            sql = f"SELECT a.id FROM articles a WHERE a.id > {WATERMARK} AND {scan} UNION ALL {indexed} ORDER BY 1 DESC LIMIT ?"
            params = [*scan_checks, *indexed_params]
        return [ArticleId(r[0]) for r in self.conn.execute(sql, (*params, limit)).fetchall()]

    def _keep_first_revision(self, current: Article) -> None:
        """Before an article's first change, write its first revision (until now the row itself)."""
        if current.revision == 1:
            snapshot = _JSON(asdict(current))
            added = self.conn.execute("INSERT INTO revisions(article_id, revision, snapshot, at, reason, author) "
                                      "SELECT id, 1, ?, created, coalesce(origin, ''), author FROM articles WHERE id = ? "
                                      "ON CONFLICT DO NOTHING", (snapshot, current.id)).rowcount
            if not added:  # a v4 store's marker (asked first: revisions are otherwise never rewritten)
                self.conn.execute("UPDATE revisions SET snapshot = ? WHERE article_id = ? AND revision = 1 "
                                  "AND snapshot = ?", (snapshot, current.id, FIRST_REVISION_IS_THE_ROW))

    def revisions(self, article_id: ArticleId) -> list[Revision]:
        rows = self.conn.execute(
            "SELECT revision, snapshot, at, reason, author FROM revisions WHERE article_id = ? ORDER BY revision",
            (article_id,),
        ).fetchall()
        if not rows or rows[0][0] != 1:  # never changed: the row is the first revision
            origin = self.conn.execute("SELECT created, coalesce(origin, ''), author FROM articles WHERE id = ?",
                                       (article_id,)).fetchone()
            if origin is None:
                return []
            rows.insert(0, (1, FIRST_REVISION_IS_THE_ROW, *origin))
        return [Revision(article_id, r[0], json.loads(r[1]) if r[1] != FIRST_REVISION_IS_THE_ROW
                         else _as_stored(asdict(self.article(article_id))), r[2], r[3], r[4]) for r in rows]

    def revision_author(self, article_id: ArticleId, revision: int) -> str:
        """Who made one revision ('' when not recorded); an article never changed is its own first revision."""
        row = self.conn.execute("SELECT author FROM revisions WHERE article_id = ? AND revision = ?",
                                (article_id, revision)).fetchone()
        if row is None and revision == 1:
            row = self.conn.execute("SELECT author FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else ""

    # -- drafts (autosave) ---------------------------------------------------------
    # On a shared store a draft is its editor's own (the database shows each only theirs, store/pg_schema.py
    # v4; drafts from before hold ''). A store file is one desk's: every draft on it is offered, as always.
    def _own_drafts(self) -> tuple[str, tuple]:
        if self.engine == "postgresql":
            return " AND author IN (?, '')", (self.author,)
        return "", ()

    def save_draft(self, article_id: ArticleId, base_revision: int, payload: Mapping) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO drafts(article_id, base_revision, payload, saved_at, author) VALUES (?,?,?,?,?) "
                "ON CONFLICT (article_id, author) DO UPDATE SET base_revision = excluded.base_revision, "
                "payload = excluded.payload, saved_at = excluded.saved_at",
                (article_id, base_revision, json.dumps(dict(payload), ensure_ascii=False), now(), self.author),
            )

    def drafts(self) -> list[tuple[ArticleId, int, dict, str]]:
        own, params = self._own_drafts()
        rows = self.conn.execute("SELECT article_id, base_revision, payload, saved_at FROM drafts "
                                 f"WHERE true{own} ORDER BY saved_at", params).fetchall()
        return [(ArticleId(r[0]), r[1], json.loads(r[2]), r[3]) for r in rows]

    def discard_draft(self, article_id: ArticleId) -> None:
        with self.transaction():
            self._drop_drafts(article_id)

    def _drop_drafts(self, article_id: ArticleId) -> None:
        """This editor's drafts of an article (after a save or a discard); other editors' stay theirs."""
        own, params = self._own_drafts()
        self.conn.execute(f"DELETE FROM drafts WHERE article_id = ?{own}", (article_id, *params))
