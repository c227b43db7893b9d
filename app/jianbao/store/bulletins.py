"""Bulletins: one imported source with its articles, written in one transaction."""
from __future__ import annotations

import json
from dataclasses import asdict

from jianbao.errors import DuplicateImportError, NotFoundError
from jianbao.models import ArticleId, Bulletin, BulletinId, SplitResult
from jianbao.store.base import now


class BulletinsMixin:
    conn: object  # sqlite3.Connection or postgres.PgConnection

    def bulletin_by_sha(self, sha256: str) -> Bulletin | None:
        row = self.conn.execute("SELECT id FROM bulletins WHERE sha256 = ?", (sha256,)).fetchone()
        return self.bulletin(BulletinId(row[0])) if row else None

    def bulletin(self, bulletin_id: BulletinId) -> Bulletin:
        row = self.conn.execute(
            "SELECT b.id, b.source, b.sha256, b.encoding, b.script, b.imported_at, "
            "(SELECT count(*) FROM articles a WHERE a.bulletin_id = b.id) FROM bulletins b WHERE b.id = ?",
            (bulletin_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"找不到编号为 {bulletin_id} 的简报来源")
        return Bulletin(BulletinId(row[0]), *row[1:])

    def bulletins(self) -> list[Bulletin]:
        rows = self.conn.execute(
            "SELECT b.id, b.source, b.sha256, b.encoding, b.script, b.imported_at, count(a.id) "
            "FROM bulletins b LEFT JOIN articles a ON a.bulletin_id = b.id GROUP BY b.id ORDER BY b.id DESC"
        ).fetchall()
        return [Bulletin(BulletinId(r[0]), *r[1:]) for r in rows]

    def bulletin_texts(self, bulletin_id: BulletinId) -> tuple[str, str]:
        """The raw decoded text and the clean text of a bulletin."""
        row = self.conn.execute("SELECT raw_text, clean_text FROM bulletins WHERE id = ?", (bulletin_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"找不到编号为 {bulletin_id} 的简报来源")
        return row[0], row[1]

    def add_bulletin(self, result: SplitResult, *, allow_duplicate: bool = False) -> tuple[BulletinId, list[ArticleId]]:
        """Store a split source and all its articles in one transaction; a repeated source is refused."""
        with self.transaction():
            existing = self.bulletin_by_sha(result.sha256)
            if existing and not allow_duplicate:
                raise DuplicateImportError(
                    f"“{result.source}”已经导入过（第 {existing.id} 号来源，{existing.imported_at}），未重复导入",
                    existing.id,
                )
            sha = result.sha256 if not existing else f"{result.sha256}#{now()}"
            cur = self.conn.execute(
                "INSERT INTO bulletins(source, sha256, encoding, script, raw_text, clean_text, cleaning, remainder, "
                "imported_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
                (
                    result.source, sha, result.encoding, result.script, result.text, result.clean_text,
                    json.dumps([asdict(c) for c in result.cleaning], ensure_ascii=False),
                    json.dumps([asdict(r) for r in result.remainder], ensure_ascii=False), now(),
                ),
            )
            bulletin_id = BulletinId(cur.fetchone()[0])
            self._note_change("bulletins", (bulletin_id,))
            # A draft's own fields dict (no copy): the insert only reads it.
            ids = self._insert_articles([vars(d) for d in result.articles], bulletin_id=bulletin_id, reason="imported")
            accepted = [a.clean_start for a in result.articles]
            if result.proposed and accepted != list(result.proposed):
                self.conn.execute(
                    "INSERT INTO split_corrections(bulletin_id, proposed, accepted, saved_at) VALUES (?,?,?,?)",
                    (bulletin_id, json.dumps(list(result.proposed)), json.dumps(accepted), now()))
            return bulletin_id, ids

    def split_corrections(self) -> list[tuple[int, str, str, list[int]]]:
        """(bulletin id, text as split, clean text, the starts the editor kept) of every bulletin whose
        split an editor corrected before importing it, oldest first."""
        rows = self.conn.execute(
            "SELECT b.id, b.raw_text, b.clean_text, c.accepted FROM split_corrections c "
            "JOIN bulletins b ON b.id = c.bulletin_id ORDER BY c.bulletin_id").fetchall()
        return [(bid, raw, clean, json.loads(accepted)) for bid, raw, clean, accepted in rows]
