"""Roles on a shared PostgreSQL store: three group roles, their grants, and the triggers that hold a locked issue.

editor   imports, edits, compiles (every working table; new categories, units, people and terms as they
         appear in imported or proofread text);
reviewer an editor who may also approve, sign off and unlock an issue, and change a locked one;
admin    a reviewer who also keeps the taxonomy, roster and terms (change, rename, remove) and the users.

The groups are named after the store's database and schema (`jianbao_<db>[_<schema>]_editor`), so two stores on
one server keep separate staff; `jianbao_roles` records the names. Grants are per table. The lock is per row
and is held by BEFORE triggers rather than row-level security: a policy only hides the rows it refuses (an
editor's UPDATE of a locked issue would "succeed" on no row, and a DELETE of its sections would quietly keep
them), it does not apply to the tables' owner, and the rule depends on the old and new status together. A
trigger raises SQLSTATE 42501 on the very statement, for every client (psql too), which the store turns into
the editor's message (store/pg_errors.py).
"""
from __future__ import annotations

import hashlib
import re

from jianbao.models import LOCKED_ISSUE

KINDS = ("editor", "reviewer", "admin")

# Tables whose rows an editor adds but only an admin changes or removes (the office's shared lists).
SHARED_LISTS = ("categories", "units", "people", "terms")
READ_ONLY = ("jianbao_schema", "jianbao_roles")


def _clean(name: str) -> str:
    return re.sub(r"[^a-z0-9_]", "_", name.lower())


def group_prefix(database: str, schema: str) -> str:
    """`jianbao_<db>` for a store in the public schema, `jianbao_<db>_<schema>` otherwise (63 bytes at most)."""
    base = f"jianbao_{database}" if schema == "public" else f"jianbao_{database}_{schema}"
    clean = _clean(base)
    if clean != base or len(clean) > 50:  # names that had to change stay apart by a hash of the real ones
        clean = f"{clean[:41]}_{hashlib.sha1(base.encode()).hexdigest()[:8]}"
    return clean


def role_names(conn) -> dict[str, str]:
    """The store's group roles by kind ({} on a store made before roles)."""
    if not conn.execute("SELECT to_regclass('jianbao_roles') IS NOT NULL").fetchone()[0]:
        return {}
    return {kind: name for kind, name in conn.execute("SELECT kind, name FROM jianbao_roles")}


def quote_role(name: str) -> str:
    """A role name as an identifier; only plain names (the store's and users' own) are ever spelled in SQL."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not a plain role name: {name!r}")
    return f'"{name}"'


def install(conn) -> None:
    """Create the groups (when new), record them, grant, and install the lock's triggers (schema v3)."""
    database, schema = conn.execute("SELECT current_database(), current_schema()").fetchone()
    prefix = group_prefix(database, schema)
    conn.execute('CREATE TABLE jianbao_roles (kind TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL)')
    previous = None
    for kind in KINDS:
        name = f"{prefix}_{kind}"
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone():
            conn.execute(f"CREATE ROLE {quote_role(name)} NOLOGIN")
        if previous is not None:  # each group holds the one below: a reviewer is an editor too
            conn.execute(f"GRANT {quote_role(previous)} TO {quote_role(name)}")
        conn.execute("INSERT INTO jianbao_roles(kind, name) VALUES (?, ?)", (kind, name))
        previous = name
    # The account that made the store keeps the admin's role (a superuser has every role anyway).
    if not conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
        conn.execute(f"GRANT {quote_role(previous)} TO current_user")
    for statement in TRIGGERS:
        conn.execute(statement)
    grant(conn)


def grant(conn) -> None:
    """Grant every table of the store's schema to its groups (again after each migration: new tables too)."""
    names = role_names(conn)
    if not names:
        return
    editor, admin = quote_role(names["editor"]), quote_role(names["admin"])
    conn.execute(f"GRANT USAGE ON SCHEMA {_ident_schema(conn)} TO {editor}")
    conn.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_ident_schema(conn)} TO {editor}")
    tables = [r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")]
    for table in tables:
        quoted = f'"{table}"'
        conn.execute(f"REVOKE ALL ON {quoted} FROM {editor}, {admin}")
        if table in READ_ONLY:
            conn.execute(f"GRANT SELECT ON {quoted} TO {editor}")
        elif table in SHARED_LISTS:
            conn.execute(f"GRANT SELECT, INSERT ON {quoted} TO {editor}")
            conn.execute(f"GRANT UPDATE, DELETE ON {quoted} TO {admin}")
        elif table == "revisions":  # history is added to, never rewritten (the trigger allows one repair)
            conn.execute(f"GRANT SELECT, INSERT, UPDATE (snapshot) ON {quoted} TO {editor}")
        elif table == "drafts":  # an editor's draft stays theirs: its text changes, its author never
            conn.execute(f"GRANT SELECT, INSERT, DELETE, UPDATE (base_revision, payload, saved_at) ON {quoted} "
                         f"TO {editor}")
            conn.execute(f"GRANT UPDATE ON {quoted} TO {admin}")
        else:
            conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quoted} TO {editor}")


def _ident_schema(conn) -> str:
    return '"' + conn.execute("SELECT current_schema()").fetchone()[0].replace('"', '""') + '"'


_LOCKED = ", ".join(f"'{s}'" for s in LOCKED_ISSUE)

# Each statement on its own (plpgsql bodies hold semicolons). `SET search_path FROM CURRENT` pins the store's
# schema into each function, whatever search path the client has.
TRIGGERS = [
    """CREATE FUNCTION jb_has_role(kind text) RETURNS boolean LANGUAGE sql STABLE SET search_path FROM CURRENT
       AS $$ SELECT coalesce(pg_has_role(current_user, (SELECT name FROM jianbao_roles r WHERE r.kind = $1), 'USAGE'),
                             false) $$""",
    f"""CREATE FUNCTION jb_guard_issue() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
        IF jb_has_role('reviewer') THEN
            RETURN coalesce(NEW, OLD);
        END IF;
        IF TG_OP <> 'INSERT' AND OLD.status IN ({_LOCKED}) THEN
            RAISE EXCEPTION 'issue % is locked (%): only a reviewer may change or unlock it', OLD.id, OLD.status
                USING ERRCODE = 'insufficient_privilege', HINT = 'jianbao:locked';
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.status IN ({_LOCKED}) THEN
            RAISE EXCEPTION 'only a reviewer may set an issue to %', NEW.status
                USING ERRCODE = 'insufficient_privilege', HINT = 'jianbao:status';
        END IF;
        RETURN coalesce(NEW, OLD);
    END $$""",
    f"""CREATE FUNCTION jb_guard_issue_articles() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
    DECLARE
        touched integer[] := ARRAY[]::integer[];
    BEGIN
        IF TG_OP <> 'INSERT' THEN touched := touched || OLD.issue_id; END IF;
        IF TG_OP <> 'DELETE' THEN touched := touched || NEW.issue_id; END IF;
        IF NOT jb_has_role('reviewer')
                AND EXISTS (SELECT 1 FROM issues WHERE id = ANY (touched) AND status IN ({_LOCKED})) THEN
            RAISE EXCEPTION 'the articles of a locked issue cannot be changed'
                USING ERRCODE = 'insufficient_privilege', HINT = 'jianbao:locked';
        END IF;
        RETURN coalesce(NEW, OLD);
    END $$""",
    # Who made an article, revision or draft is the server's word, not the client's: the session's login role.
    # An admin's insert keeps what it gives (`jianbao store copy` carries every revision's author).
    """CREATE FUNCTION jb_stamp_article() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
        IF NOT jb_has_role('admin') THEN
            NEW.author := CASE WHEN TG_OP = 'INSERT' THEN session_user ELSE OLD.author END;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE FUNCTION jb_stamp_revision() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
        IF jb_has_role('admin') THEN
            RETURN NEW;
        END IF;
        -- Only the first revision's placeholder of a store from Jianbao's schema 4 is ever filled in later.
        IF TG_OP = 'UPDATE' AND OLD.snapshot <> '' THEN
            RAISE EXCEPTION 'revisions are never rewritten' USING ERRCODE = 'insufficient_privilege',
                HINT = 'jianbao:history';
        END IF;
        -- The first revision is the article as it was made: by whoever made the article.
        NEW.author := CASE WHEN NEW.revision = 1
                           THEN coalesce((SELECT author FROM articles WHERE id = NEW.article_id), '')
                           ELSE session_user END;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER jb_guard_issue BEFORE INSERT OR UPDATE OR DELETE ON issues "
    "FOR EACH ROW EXECUTE FUNCTION jb_guard_issue()",
    "CREATE TRIGGER jb_guard_issue_articles BEFORE INSERT OR UPDATE OR DELETE ON issue_articles "
    "FOR EACH ROW EXECUTE FUNCTION jb_guard_issue_articles()",
    # The stamps run only where a row names someone else (the store names the session's user itself), so an
    # import of thousands of articles calls no function per row.
    "CREATE TRIGGER jb_stamp_new_article BEFORE INSERT ON articles FOR EACH ROW "
    "WHEN (NEW.author IS DISTINCT FROM session_user) EXECUTE FUNCTION jb_stamp_article()",
    "CREATE TRIGGER jb_stamp_article BEFORE UPDATE ON articles FOR EACH ROW "
    "WHEN (NEW.author IS DISTINCT FROM OLD.author) EXECUTE FUNCTION jb_stamp_article()",
    "CREATE TRIGGER jb_stamp_new_revision BEFORE INSERT ON revisions FOR EACH ROW "
    "WHEN (NEW.revision = 1 OR NEW.author IS DISTINCT FROM session_user) EXECUTE FUNCTION jb_stamp_revision()",
    "CREATE TRIGGER jb_stamp_revision BEFORE UPDATE ON revisions FOR EACH ROW EXECUTE FUNCTION jb_stamp_revision()",
]
