"""Counts for the statistics view: articles per month by category or reporting unit, and units' adoption."""
from __future__ import annotations


# An article's month from its own date; '' when it has none (a period leaves undated articles out).
_MONTH = "coalesce(substr(a.date, 1, 7), '')"
_DAY = "substr(a.date, 1, 10)"


def _period(date_from: str | None, date_to: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if date_from:
        clauses.append(f"{_DAY} >= ?")
        params.append(date_from)
    if date_to:
        clauses.append(f"{_DAY} <= ?")
        params.append(date_to)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class StatsMixin:
    conn: object  # sqlite3.Connection or postgres.PgConnection

    def month_counts(self, by: str, date_from: str | None = None,
                     date_to: str | None = None) -> list[tuple[str, str, int]]:
        """(category or unit name, 'YYYY-MM' or '' when undated, articles) in the period; '' for no name.

        By unit an article counts once for each of its units (joint reports count for every unit).
        """
        where, params = _period(date_from, date_to)
        if by == "category":
            sql = (f"SELECT coalesce(a.category, ''), {_MONTH} AS month, count(*) FROM articles a{where} "
                   "GROUP BY 1, 2 ORDER BY 1, 2")
        elif by == "unit":
            sql = (f"SELECT coalesce(u.name, ''), {_MONTH} AS month, count(*) FROM articles a "
                   "LEFT JOIN article_units au ON au.article_id = a.id LEFT JOIN units u ON u.id = au.unit_id"
                   f"{where} GROUP BY 1, 2 ORDER BY 1, 2")
        else:
            raise ValueError(f"unknown grouping: {by}")
        return [(r[0], r[1], int(r[2])) for r in self.conn.execute(sql, params)]

    def unit_adoption(self, date_from: str | None = None, date_to: str | None = None
                      ) -> list[tuple[str, int, int]]:
        """(unit, articles reported in the period, of those how many were used in an issue)."""
        where, params = _period(date_from, date_to)
        sql = ("SELECT u.name, count(*), "
               "sum(CASE WHEN EXISTS (SELECT 1 FROM issue_articles ia WHERE ia.article_id = a.id) THEN 1 ELSE 0 END) "
               "FROM articles a JOIN article_units au ON au.article_id = a.id JOIN units u ON u.id = au.unit_id"
               f"{where} GROUP BY u.name ORDER BY u.name")
        return [(r[0], int(r[1]), int(r[2] or 0)) for r in self.conn.execute(sql, params)]

    def pending_submissions(self, date_from: str | None = None, date_to: str | None = None) -> list[tuple[str, int]]:
        """(unit, submissions that arrived in the period and are not imported yet): 报送 before any split."""
        clauses, params = ["bulletin_id IS NULL", "unit != ''"], []
        if date_from:
            clauses.append("substr(arrived_at, 1, 10) >= ?")
            params.append(date_from)
        if date_to:
            clauses.append("substr(arrived_at, 1, 10) <= ?")
            params.append(date_to)
        sql = f"SELECT unit, count(*) FROM submissions WHERE {' AND '.join(clauses)} GROUP BY unit ORDER BY unit"
        return [(r[0], int(r[1])) for r in self.conn.execute(sql, params)]

    def article_months(self) -> tuple[str | None, str | None]:
        """The first and last month of the articles' dates (None, None when no article has a date)."""
        row = self.conn.execute("SELECT min(substr(date, 1, 7)), max(substr(date, 1, 7)) FROM articles").fetchone()
        return (row[0], row[1]) if row else (None, None)
