"""Issues (期): masthead facts, ordered sections of articles, closing band."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from jianbao.errors import ConflictError, JianbaoError, NotFoundError
from jianbao.models import LOCKED_ISSUE, ArticleId, Issue, IssueId, IssueSection
from jianbao.store.base import now

ISSUE_FIELDS = (
    "series", "year", "number", "total_number", "date", "compiling_unit", "status", "editors_note",
    "show_contents", "recipients_bao", "recipients_song", "recipients_fa", "extra_recipients", "copies",
)


class IssuesMixin:
    conn: object  # sqlite3.Connection or postgres.PgConnection

    def next_issue_number(self, series: str, year: int) -> tuple[int, int | None]:
        """The next 期号 in a series and year, and the next total number when the series keeps one."""
        number = self.conn.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM issues WHERE series = ? AND year = ?", (series, year)
        ).fetchone()[0]
        total = self.conn.execute("SELECT max(total_number) FROM issues WHERE series = ?", (series,)).fetchone()[0]
        return int(number), (int(total) + 1 if total is not None else None)

    def create_issue(self, fields: Mapping, sections: Iterable[IssueSection] = ()) -> IssueId:
        unknown = set(fields) - set(ISSUE_FIELDS)
        if unknown:
            raise ValueError(f"unknown issue fields: {sorted(unknown)}")
        data = dict(fields)
        if not data.get("series"):
            raise JianbaoError("请填写简报名称（如“开发区资讯”）")
        if not data.get("year"):
            raise JianbaoError("请填写年份")
        with self.transaction():
            if not data.get("number"):
                data["number"], total = self.next_issue_number(data["series"], int(data["year"]))
                data.setdefault("total_number", total)
            clash = self.conn.execute(
                "SELECT id FROM issues WHERE series = ? AND year = ? AND number = ?",
                (data["series"], data["year"], data["number"]),
            ).fetchone()
            if clash:
                raise JianbaoError(f"《{data['series']}》{data['year']}年第{data['number']}期已存在（编号 {clash[0]}）")
            stamp = now()
            data["show_contents"] = int(bool(data.get("show_contents")))
            cols = list(data) + ["created", "updated"]
            cur = self.conn.execute(
                f"INSERT INTO issues({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) RETURNING id",
                (*data.values(), stamp, stamp),
            )
            issue_id = IssueId(cur.fetchone()[0])
            self._note_change("issues", (issue_id,))
            self._write_sections(issue_id, list(sections))
            return issue_id

    def _write_sections(self, issue_id: IssueId, sections: list[IssueSection]) -> None:
        self.conn.execute("DELETE FROM issue_articles WHERE issue_id = ?", (issue_id,))
        position = 0
        seen: set[int] = set()
        for section in sections:
            for article_id in section.article_ids:
                if article_id in seen:
                    raise JianbaoError(f"文章 {article_id} 在本期中出现了两次")
                seen.add(article_id)
                if not self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                    raise NotFoundError(f"找不到编号为 {article_id} 的文章")
                self.conn.execute(
                    "INSERT INTO issue_articles(issue_id, article_id, section, position) VALUES (?,?,?,?)",
                    (issue_id, article_id, section.title, position),
                )
                position += 1

    def _check_unlocked(self, issue: Issue, unlock: bool) -> None:
        if issue.status in LOCKED_ISSUE and not unlock:
            done = "签发" if issue.status == "signed" else "审定"
            raise JianbaoError(f"第{issue.number}期已{done}锁定；如需修改请先解锁")

    def _next_revision(self, issue_id: IssueId, expected_revision: int | None, mine: Mapping) -> None:
        """Count one more write of the issue; refuses (ConflictError) if it moved on since `expected_revision`.
        Compare-and-set in one statement: of two writers built on one revision only the first passes."""
        check, params = ("", ()) if expected_revision is None else (" AND revision = ?", (expected_revision,))
        done = self.conn.execute(f"UPDATE issues SET revision = revision + 1, updated = ? WHERE id = ?{check}",
                                 (now(), issue_id, *params)).rowcount
        if not done:
            current = self.issue(issue_id)
            raise ConflictError(f"第{current.number}期已在别处修改（现为第 {current.revision} 版，你打开的是第 "
                                f"{expected_revision} 版），你的修改没有保存；请重新载入这一期后再改",
                                current=current, mine=dict(mine))
        self._note_change("issues", (issue_id,))

    def update_issue(self, issue_id: IssueId, fields: Mapping, *, unlock: bool = False,
                     expected_revision: int | None = None) -> Issue:
        unknown = set(fields) - set(ISSUE_FIELDS)
        if unknown:
            raise ValueError(f"unknown issue fields: {sorted(unknown)}")
        with self.transaction():
            issue = self.issue(issue_id)
            if set(fields) != {"status"}:
                self._check_unlocked(issue, unlock)
            data = dict(fields)
            if "show_contents" in data:
                data["show_contents"] = int(bool(data["show_contents"]))
            if data:
                self._next_revision(issue_id, expected_revision, fields)
                sets = ", ".join(f"{k} = ?" for k in data)
                self.conn.execute(f"UPDATE issues SET {sets} WHERE id = ?", (*data.values(), issue_id))
            return self.issue(issue_id)

    def set_issue_sections(self, issue_id: IssueId, sections: Iterable[IssueSection], *, unlock: bool = False,
                           expected_revision: int | None = None) -> Issue:
        sections = list(sections)
        with self.transaction():
            self._check_unlocked(self.issue(issue_id), unlock)
            self._next_revision(issue_id, expected_revision, {"sections": tuple(sections)})
            self._write_sections(issue_id, sections)
            return self.issue(issue_id)

    def issue(self, issue_id: IssueId) -> Issue:
        row = self.conn.execute(f"SELECT id, revision, {', '.join(ISSUE_FIELDS)} FROM issues WHERE id = ?",
                                (issue_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"找不到编号为 {issue_id} 的期")
        data = dict(zip(("id", "revision", *ISSUE_FIELDS), row))
        sections: list[IssueSection] = []
        for section, article_id in self.conn.execute(
            "SELECT section, article_id FROM issue_articles WHERE issue_id = ? ORDER BY position", (issue_id,)
        ):
            if sections and sections[-1].title == section:
                last = sections.pop()
                sections.append(IssueSection(section, (*last.article_ids, ArticleId(article_id))))
            else:
                sections.append(IssueSection(section, (ArticleId(article_id),)))
        data["show_contents"] = bool(data["show_contents"])
        data["id"] = IssueId(data["id"])
        return Issue(sections=tuple(sections), **data)

    def issues(self) -> list[Issue]:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM issues ORDER BY year DESC, number DESC")]
        return [self.issue(IssueId(i)) for i in ids]

    def issues_with_article(self, article_id: ArticleId) -> list[IssueId]:
        rows = self.conn.execute("SELECT issue_id FROM issue_articles WHERE article_id = ?", (article_id,))
        return [IssueId(r[0]) for r in rows]

    def delete_issue(self, issue_id: IssueId, *, expected_revision: int | None = None) -> None:
        with self.transaction():
            self._check_unlocked(self.issue(issue_id), False)
            self._next_revision(issue_id, expected_revision, {})
            self.conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
