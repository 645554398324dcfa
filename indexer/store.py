"""The SQLite store: one file holding people, communities, threads, documents and chunks.

The schema is created with sqlite-utils (documented in README.md, "Data model").
Writes use explicit parameterised SQL inside :meth:`Store.transaction` so that one
import is one transaction: a crash or a bad record never leaves half an import behind.
Each upsert compares a content hash and answers ``"new"``, ``"updated"`` or ``"unchanged"``.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Iterator

import sqlite_utils

from .records import RecordError

__all__ = ["Store", "record_hash", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1

_SCHEMA: dict[str, tuple[dict, str | tuple[str, ...]]] = {
    "people": ({
        "id": str, "name": str, "email": str, "title": str, "department": str, "location": str,
        "languages": str, "profile": str, "skills": str, "opted_out": int, "aliases": str,
        "external_ids": str, "manager": str, "joined": str, "source": str, "extra": str,
        "hash": str, "updated_at": str,
    }, "id"),
    "person_keys": ({"key": str, "person": str}, "key"),
    "communities": ({
        "id": str, "name": str, "domain": str, "kind": str, "stage": str, "visibility": str,
        "coordinator": str, "sponsor": str, "created": str, "how_to_join": str, "charter_updated": str,
        "events": str, "success_stories": str, "source": str, "hash": str, "updated_at": str,
    }, "id"),
    "memberships": ({"person": str, "community": str, "role": str, "since": str, "hash": str},
                    ("person", "community")),
    "threads": ({
        "id": str, "community": str, "title": str, "tags": str, "created": str, "last_activity": str,
        "solved": int, "accepted_post": str, "language": str, "source": str, "url": str,
        "hash": str, "updated_at": str,
    }, "id"),
    "posts": ({
        "id": str, "thread": str, "position": int, "kind": str, "author": str, "created": str,
        "body": str, "votes": int, "accepted": int,
    }, "id"),
    "thread_links": ({"thread": str, "target": str, "kind": str}, ("thread", "target")),
    "documents": ({
        "id": str, "title": str, "kind": str, "community": str, "created": str, "updated": str,
        "language": str, "body": str, "path": str, "source": str, "url": str, "hash": str, "updated_at": str,
    }, "id"),
    "document_authors": ({"document": str, "person": str, "position": int}, ("document", "person")),
    "chunks": ({
        "id": str, "item_type": str, "item_id": str, "thread": str, "document": str, "post": str,
        "person": str, "community": str, "evidence": str, "title": str, "text": str, "lang": str,
        "created": str, "votes": int, "text_hash": str, "position": int,
    }, "id"),
    "embeddings": ({"model": str, "text_hash": str, "dim": int, "vector": bytes}, ("model", "text_hash")),
    "analysed": ({"analyzer": str, "text_hash": str, "lang": str, "tokens": str}, ("analyzer", "text_hash")),
    "meta": ({"key": str, "value": str}, "key"),
}

# (table, kind of item, column holding the item id): writes to these tables change chunks
_CHANGE_SOURCES = [
    ("people", "person", "id"), ("communities", "community", "id"), ("threads", "thread", "id"),
    ("posts", "thread", "thread"), ("documents", "document", "id"), ("document_authors", "document", "document"),
]

_INDEXES = [
    ("posts", ["thread"]), ("posts", ["author"]), ("memberships", ["community"]),
    ("threads", ["community"]), ("documents", ["community"]), ("document_authors", ["person"]),
    ("person_keys", ["person"]), ("chunks", ["person"]), ("chunks", ["community"]),
]


def record_hash(rec: dict) -> str:
    """Stable hash of a normalised record (key order and whitespace do not matter)."""
    payload = json.dumps(rec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0).isoformat()


def _j(value) -> str:
    return json.dumps(value, ensure_ascii=False)


class Store:
    """A Savoir database file. Open it with ``Store(path)``; the schema is created if missing."""

    def __init__(self, path: str | Path, *, readonly: bool = False, ensure_schema: bool = True):
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"{self.path}: no such database; create it with `savoir index CORPUS_DIR --db {self.path}`")
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=30)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False, timeout=30)
        self.conn = conn
        try:
            conn.execute("PRAGMA journal_mode=WAL") if not readonly else None
        except sqlite3.DatabaseError as e:
            raise RecordError("database", f"{self.path} is not a Savoir SQLite database ({e})") from None
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=NORMAL")
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        if not readonly and ensure_schema:
            self._ensure_schema()

    # -- schema -----------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        existing = set(self.db.table_names())
        for name, (columns, pk) in _SCHEMA.items():
            if name not in existing:
                self.db[name].create(columns, pk=pk, not_null={"id"} if pk == "id" else None)
        for table, cols in _INDEXES:
            self.db[table].create_index(cols, if_not_exists=True)
        self.conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        self._ensure_change_log()
        from .userdata import ensure

        ensure(self)

    def _ensure_change_log(self) -> None:
        """Triggers that log every write to an item that makes chunks (whoever writes: importers,
        direct SQL), so a build can re-chunk only what changed since the previous build."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                          " item TEXT NOT NULL)")
        for table, kind, key in _CHANGE_SOURCES:
            for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                self.conn.execute(
                    f"CREATE TRIGGER IF NOT EXISTS log_{table}_{event.lower()} AFTER {event} ON {table}"
                    f" BEGIN INSERT INTO changes(kind, item) VALUES ('{kind}', {ref}.{key}); END")
            # an UPDATE that moves a row to another item changes the old item too
            if key != "id":
                self.conn.execute(
                    f"CREATE TRIGGER IF NOT EXISTS log_{table}_update_old AFTER UPDATE ON {table}"
                    f" WHEN OLD.{key} IS NOT NEW.{key}"
                    f" BEGIN INSERT INTO changes(kind, item) VALUES ('{kind}', OLD.{key}); END")

    def change_seq(self) -> int:
        """The sequence number of the last logged change (0 when none)."""
        return self.conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]

    def changed_items(self, since: int, upto: int) -> dict[str, set]:
        """{kind: item ids} changed after change ``since`` up to ``upto`` (inclusive)."""
        out: dict[str, set] = {"person": set(), "community": set(), "thread": set(), "document": set()}
        for kind, item in self.conn.execute("SELECT DISTINCT kind, item FROM changes WHERE seq > ? AND seq <= ?",
                                            (since, upto)):
            out.setdefault(kind, set()).add(item)
        return out

    def forget_changes(self, upto: int) -> None:
        """Drop the change log up to ``upto`` once a build that covers it is served."""
        self.conn.execute("DELETE FROM changes WHERE seq <= ?", (upto,))

    def close(self) -> None:
        self.conn.close()

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One write transaction (nested calls join the outer one). Rolls back on any exception."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[dict]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def one(self, sql: str, params=()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def _old_hash(self, table: str, where: str, params: tuple) -> str | None:
        row = self.conn.execute(f"SELECT hash FROM {table} WHERE {where}", params).fetchone()
        return row[0] if row else None

    # -- meta -------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                          (key, value))

    # -- people -----------------------------------------------------------------------------
    def resolve_person(self, email: str | None = None, aliases=(), external_id: str | None = None) -> str | None:
        """The id of a person already known by e-mail, alias or external id, else None."""
        keys = []
        if email:
            keys.append(f"email:{email.strip().lower()}")
            keys.append(f"alias:{email.strip().lower()}")
        keys += [f"alias:{a.strip().lower()}" for a in aliases if a]
        keys += [f"email:{a.strip().lower()}" for a in aliases if a and "@" in a]
        if external_id:
            keys.append(f"ext:{external_id}")
        for key in keys:
            row = self.conn.execute("SELECT person FROM person_keys WHERE key = ?", (key,)).fetchone()
            if row:
                return row[0]
        return None

    def upsert_person(self, rec: dict) -> str:
        h = record_hash(rec)
        old = self._old_hash("people", "id = ?", (rec["id"],))
        if old == h:
            return "unchanged"
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO people(id, name, email, title, department, location, languages, profile, skills,"
                " opted_out, aliases, external_ids, manager, joined, source, extra, hash, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (rec["id"], rec["name"], rec.get("email"), rec.get("title"), rec.get("department"), rec.get("location"),
                 _j(rec.get("languages", [])), rec.get("profile", ""), _j(rec.get("skills", [])),
                 int(rec.get("opted_out", False)), _j(rec.get("aliases", [])), _j(rec.get("external_ids", [])),
                 rec.get("manager"), rec.get("joined"), rec.get("source"), _j(rec.get("extra") or {}), h, _now()))
            self.conn.execute("DELETE FROM person_keys WHERE person = ?", (rec["id"],))
            keys = set()
            if rec.get("email"):
                keys.add(f"email:{rec['email']}")
            keys |= {f"alias:{a}" for a in rec.get("aliases", [])}
            keys |= {f"ext:{x}" for x in rec.get("external_ids", [])}
            for key in keys:
                self.conn.execute("INSERT OR REPLACE INTO person_keys(key, person) VALUES (?, ?)", (key, rec["id"]))
        return "new" if old is None else "updated"

    # -- communities ------------------------------------------------------------------------
    def upsert_community(self, rec: dict) -> str:
        h = record_hash(rec)
        old = self._old_hash("communities", "id = ?", (rec["id"],))
        if old == h:
            return "unchanged"
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO communities(id, name, domain, kind, stage, visibility, coordinator, sponsor, created,"
                " how_to_join, charter_updated, events, success_stories, source, hash, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (rec["id"], rec["name"], rec.get("domain", ""), rec.get("kind", "practice"), rec.get("stage", "active"),
                 rec.get("visibility", "open"), rec.get("coordinator"), rec.get("sponsor"), rec.get("created"),
                 rec.get("how_to_join", ""), rec.get("charter_updated"), _j(rec.get("events", [])),
                 _j(rec.get("success_stories", [])), rec.get("source"), h, _now()))
        return "new" if old is None else "updated"

    def upsert_membership(self, rec: dict) -> str:
        h = record_hash(rec)
        old = self._old_hash("memberships", "person = ? AND community = ?", (rec["person"], rec["community"]))
        if old == h:
            return "unchanged"
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO memberships(person, community, role, since, hash) VALUES (?,?,?,?,?)",
                (rec["person"], rec["community"], rec.get("role", "peripheral"), rec.get("since"), h))
        return "new" if old is None else "updated"

    # -- threads ----------------------------------------------------------------------------
    def upsert_thread(self, rec: dict) -> str:
        h = record_hash(rec)
        old = self._old_hash("threads", "id = ?", (rec["id"],))
        if old == h:
            return "unchanged"
        for i, p in enumerate(rec["posts"]):
            row = self.conn.execute("SELECT thread FROM posts WHERE id = ?", (p["id"],)).fetchone()
            if row and row[0] != rec["id"]:
                raise RecordError(f"posts[{i}].id", f"post id {p['id']!r} already belongs to thread {row[0]!r}; post ids must be unique")
        accepted = next((p["id"] for p in rec["posts"] if p.get("accepted")), None)
        dates = [p["created"] for p in rec["posts"] if p.get("created")]
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO threads(id, community, title, tags, created, last_activity, solved, accepted_post,"
                " language, source, url, hash, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (rec["id"], rec.get("community"), rec["title"], _j(rec.get("tags", [])), rec.get("created"),
                 max(dates) if dates else rec.get("created"), int(rec.get("solved", False)), accepted,
                 rec.get("language"), rec.get("source"), rec.get("url"), h, _now()))
            self.conn.execute("DELETE FROM posts WHERE thread = ?", (rec["id"],))
            for i, p in enumerate(rec["posts"]):
                self.conn.execute(
                    "INSERT INTO posts(id, thread, position, kind, author, created, body, votes, accepted)"
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    (p["id"], rec["id"], i, p.get("kind", "answer"), p.get("author"), p.get("created"), p["body"],
                     int(p.get("votes", 0)), int(bool(p.get("accepted")))))
            self.conn.execute("DELETE FROM thread_links WHERE thread = ?", (rec["id"],))
            for link in rec.get("links", []):
                self.conn.execute("INSERT OR REPLACE INTO thread_links(thread, target, kind) VALUES (?,?,?)",
                                  (rec["id"], link["thread"], link["kind"]))
        return "new" if old is None else "updated"

    # -- documents --------------------------------------------------------------------------
    def upsert_document(self, rec: dict) -> str:
        h = record_hash(rec)
        old = self._old_hash("documents", "id = ?", (rec["id"],))
        if old == h:
            return "unchanged"
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO documents(id, title, kind, community, created, updated, language, body, path,"
                " source, url, hash, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (rec["id"], rec["title"], rec.get("kind", "guide"), rec.get("community"), rec.get("created"),
                 rec.get("updated"), rec.get("language"), rec["body"], rec.get("path"), rec.get("source"),
                 rec.get("url"), h, _now()))
            self.conn.execute("DELETE FROM document_authors WHERE document = ?", (rec["id"],))
            for i, a in enumerate(dict.fromkeys(rec.get("authors", []))):
                self.conn.execute("INSERT INTO document_authors(document, person, position) VALUES (?,?,?)",
                                  (rec["id"], a, i))
        return "new" if old is None else "updated"

    _UPSERTS = {"person": "upsert_person", "community": "upsert_community", "membership": "upsert_membership",
                "thread": "upsert_thread", "document": "upsert_document"}

    def upsert(self, kind: str, rec: dict) -> str:
        """Dispatch on the record kind (person, community, membership, thread, document)."""
        return getattr(self, self._UPSERTS[kind])(rec)

    def delete_item(self, kind: str, item_id: str) -> bool:
        """Remove one thread or document (and its posts/authors); answers whether it existed."""
        with self.transaction():
            if kind == "thread":
                self.conn.execute("DELETE FROM posts WHERE thread = ?", (item_id,))
                self.conn.execute("DELETE FROM thread_links WHERE thread = ?", (item_id,))
                return self.conn.execute("DELETE FROM threads WHERE id = ?", (item_id,)).rowcount > 0
            if kind == "document":
                self.conn.execute("DELETE FROM document_authors WHERE document = ?", (item_id,))
                return self.conn.execute("DELETE FROM documents WHERE id = ?", (item_id,)).rowcount > 0
        raise ValueError(f"cannot delete items of kind {kind!r}")

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("people", "communities", "memberships", "threads", "posts", "documents", "chunks")}
