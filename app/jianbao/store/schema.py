"""Schema and ordered migrations, tracked by PRAGMA user_version."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

V1 = """
CREATE TABLE bulletins (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    encoding TEXT NOT NULL,
    script TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    clean_text TEXT NOT NULL,
    cleaning TEXT NOT NULL DEFAULT '[]',
    remainder TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    bulletin_id INTEGER REFERENCES bulletins(id) ON DELETE SET NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category TEXT,
    category_source TEXT,
    confidence REAL,
    needs_decision INTEGER NOT NULL DEFAULT 0,
    date TEXT,
    date_text TEXT,
    subheadings TEXT NOT NULL DEFAULT '[]',
    editors_note TEXT,
    script TEXT NOT NULL DEFAULT 's',
    status TEXT NOT NULL DEFAULT 'draft',
    revision INTEGER NOT NULL DEFAULT 1,
    first_line INTEGER,
    last_line INTEGER,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX articles_bulletin ON articles(bulletin_id, seq);
CREATE INDEX articles_category ON articles(category);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE article_units (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, unit_id)
);
CREATE INDEX article_units_unit ON article_units(unit_id);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    titles TEXT NOT NULL DEFAULT '[]',
    rank INTEGER NOT NULL DEFAULT 100
);
CREATE TABLE article_people (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, person_id)
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, revision)
);
CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    total_number INTEGER,
    date TEXT,
    compiling_unit TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    editors_note TEXT,
    show_contents INTEGER NOT NULL DEFAULT 0,
    recipients_bao TEXT NOT NULL DEFAULT '',
    recipients_song TEXT NOT NULL DEFAULT '',
    recipients_fa TEXT NOT NULL DEFAULT '',
    extra_recipients TEXT NOT NULL DEFAULT '',
    copies INTEGER,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (series, year, number)
);
CREATE TABLE issue_articles (
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    section TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (issue_id, article_id)
);
CREATE TABLE categories (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'protect',
    simplified TEXT,
    traditional TEXT,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (word, kind)
);
"""

# v2: script-insensitive full-text search, autosaved drafts, ignored findings.
V2 = """
ALTER TABLE articles ADD COLUMN search_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN search_body TEXT NOT NULL DEFAULT '';
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE drafts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    base_revision INTEGER NOT NULL,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE ignored_findings (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, text)
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    _run(conn, V1)


def _v2(conn: sqlite3.Connection) -> None:
    _run(conn, V2)
    # Backfill the search columns and index for articles written by v1.
    from jianbao.fold import fold
    from jianbao.store.search import index_text

    rows = conn.execute("SELECT id, title, body FROM articles").fetchall()
    for article_id, title, body in rows:
        st, sb = fold(title), fold(body)
        conn.execute(
            "UPDATE articles SET search_title = ?, search_body = ? WHERE id = ?",
            (st, sb, article_id),
        )
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
            (article_id, index_text(st), index_text(sb)),
        )


def _run(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first; run statements one by one to stay in our transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


# v3: indexes the article list sorts and filters by at 100,000 articles; the search index merges its
# segments in larger steps (automerge 16: ~20% cheaper commits on import, searches unchanged).
V3 = """
CREATE INDEX articles_title ON articles(title);
CREATE INDEX articles_needs_decision ON articles(needs_decision, id);
CREATE INDEX articles_status ON articles(status, id);
CREATE INDEX articles_updated ON articles(updated);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
"""


def _v3(conn: sqlite3.Connection) -> None:
    _run(conn, V3)


# v4: the search index is written in large batches (store/indexing.py): articles above a watermark wait
# for it and searches scan them. One column of ASCII words (a bigram each) read by the ascii tokenizer
# instead of title and body through unicode61: ~40% cheaper to write, the same hits (detail=none never
# told the columns apart in a search).
V4 = """
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(words, content='', detail=none, columnsize=0, tokenize='ascii');
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
CREATE TABLE search_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto INTEGER NOT NULL
);
INSERT INTO search_state(id, indexed_upto) VALUES (1, 0)
"""


def _v4(conn: sqlite3.Connection) -> None:
    _run(conn, V4)  # the index is filled by v5's rebuild (watermark 0: until then searches scan)


# v5: search folds character by character with a shipped table (jianbao/fold.py) instead of OpenCC's
# phrase conversion. Hits are confirmed on the articles' own text, so the folded copies of every title
# and body go (an import wrote each article's text twice); the index is rebuilt with the new folding.
# An article's row holds why it was made (`origin`): its first revisions row is written on its first
# change (store/articles.py), not on import.
V5 = """
ALTER TABLE articles ADD COLUMN origin TEXT;
ALTER TABLE articles DROP COLUMN search_title;
ALTER TABLE articles DROP COLUMN search_body;
INSERT INTO articles_fts(articles_fts) VALUES ('delete-all');
UPDATE search_state SET indexed_upto = 0
"""


def _v5(conn: sqlite3.Connection) -> None:
    _run(conn, V5)
    from jianbao.store.indexing import index_pending

    index_pending(conn)


# v6: the article starts an editor chose where they differ from the segmenter's proposal, kept per
# bulletin so the segmenter adapts to this office's sources (desk/ingest.py).
V6 = """
CREATE TABLE split_corrections (
    bulletin_id INTEGER PRIMARY KEY REFERENCES bulletins(id) ON DELETE CASCADE,
    proposed TEXT NOT NULL,
    accepted TEXT NOT NULL,
    saved_at TEXT NOT NULL
)
"""


def _v6(conn: sqlite3.Connection) -> None:
    _run(conn, V6)


# v7: the inbox (收稿箱). Each file a department drops into the office's shared folder is recorded on arrival
# with its sha256 (a file is never taken twice), its submitting unit (editable) and, once imported, its bulletin:
# a submission counts as 报送 of its unit from its arrival, before anyone splits it.
V7 = """
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_source TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    problem TEXT NOT NULL DEFAULT '',
    arrived_at TEXT NOT NULL,
    bulletin_id INTEGER REFERENCES bulletins(id) ON DELETE SET NULL
);
CREATE INDEX submissions_path ON submissions(path);
CREATE INDEX submissions_arrived ON submissions(arrived_at)
"""


def _v7(conn: sqlite3.Connection) -> None:
    _run(conn, V7)


# v8: who made each article (its first revision) and each later revision: the editor's name (preferences,
# $JIANBAO_EDITOR) or the computer's user name. Rows made before hold '' (not recorded).
V8 = """
ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''
"""


def _v8(conn: sqlite3.Connection) -> None:
    _run(conn, V8)


# v9: an autosaved draft belongs to the editor who wrote it (the same author as revisions'), so two editors'
# drafts of one article are kept apart on a shared store (PostgreSQL's v4); drafts from before hold ''. SQLite
# cannot change a primary key in place: the table is made again, its rows kept. Issues get a revision, as
# articles have one: an issue's write built on an older revision is refused.
V9 = """
CREATE TABLE drafts_v9 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    base_revision INTEGER NOT NULL,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, author)
);
INSERT INTO drafts_v9(article_id, base_revision, payload, saved_at) SELECT article_id, base_revision, payload, saved_at
    FROM drafts;
DROP TABLE drafts;
ALTER TABLE drafts_v9 RENAME TO drafts;
ALTER TABLE issues ADD COLUMN revision INTEGER NOT NULL DEFAULT 1
"""


def _v9(conn: sqlite3.Connection) -> None:
    _run(conn, V9)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
SCHEMA_VERSION = len(MIGRATIONS)
