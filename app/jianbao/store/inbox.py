"""Submissions that arrived in the inbox folder: recorded once per content (sha256), one row per file path
until it is imported."""
from __future__ import annotations

import sqlite3

from jianbao.errors import NotFoundError
from jianbao.models import BulletinId, Submission
from jianbao.store.base import now

_COLUMNS = "id, path, name, sha256, size, unit, unit_source, title, problem, arrived_at, bulletin_id"


class InboxMixin:
    conn: sqlite3.Connection

    def submissions(self) -> list[Submission]:
        """Every submission, the latest arrival first."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM submissions ORDER BY arrived_at DESC, id DESC").fetchall()
        return [Submission(*row) for row in rows]

    def submission(self, submission_id: int) -> Submission:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM submissions WHERE id = ?", (submission_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"收稿箱中没有编号为 {submission_id} 的来稿")
        return Submission(*row)

    def submission_by_sha(self, sha256: str) -> Submission | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM submissions WHERE sha256 = ?", (sha256,)).fetchone()
        return Submission(*row) if row else None

    def record_submission(self, path: str, name: str, sha256: str, size: int, *, unit: str, unit_source: str,
                          title: str, problem: str) -> Submission | None:
        """Record a file's content on arrival; None when this content is known already. A file changed in place
        before it was imported replaces its earlier row (keeping its arrival and an editor's unit)."""
        with self.transaction():
            if self.submission_by_sha(sha256) is not None:
                return None
            earlier = self.conn.execute(
                "SELECT id, unit, unit_source FROM submissions WHERE path = ? AND bulletin_id IS NULL", (path,)).fetchone()
            if earlier is not None:
                if earlier[2] == "editor":
                    unit, unit_source = earlier[1], earlier[2]
                self.conn.execute(
                    "UPDATE submissions SET sha256 = ?, size = ?, unit = ?, unit_source = ?, title = ?, problem = ? "
                    "WHERE id = ?", (sha256, size, unit, unit_source, title, problem, earlier[0]))
                return self.submission(earlier[0])
            cur = self.conn.execute(
                "INSERT INTO submissions(path, name, sha256, size, unit, unit_source, title, problem, arrived_at) "
                "VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
                (path, name, sha256, size, unit, unit_source, title, problem, now()))
            return self.submission(int(cur.fetchone()[0]))

    def set_submission_unit(self, submission_id: int, unit: str) -> None:
        with self.transaction():
            self.submission(submission_id)
            self.conn.execute("UPDATE submissions SET unit = ?, unit_source = 'editor' WHERE id = ?",
                              (unit, submission_id))

    def link_submission(self, sha256: str, bulletin_id: BulletinId) -> None:
        """The submission with this content became `bulletin_id` (inside the import's transaction)."""
        self.conn.execute("UPDATE submissions SET bulletin_id = ? WHERE sha256 = ?", (bulletin_id, sha256))
