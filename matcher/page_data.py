"""SQL behind the thread, document and directory pages (:mod:`matcher.item_pages`,
:mod:`matcher.directory`); the other pages' queries are in :mod:`matcher.data`."""
from __future__ import annotations

from .data import _batches, _placeholders, visible

__all__ = ["thread", "posts_of", "thread_links", "document", "document_authors", "existing_items",
           "people_names", "directory_people", "community_languages"]


def thread(store, thread_id: str):
    return store.one("SELECT id, community, title, tags, created, last_activity, solved, accepted_post, language,"
                     " source, url FROM threads WHERE id = ?", (thread_id,))


def posts_of(store, thread_id: str) -> list:
    """The thread's posts in order, each with its author's name and opted-out flag (None when
    the author is not a known person)."""
    return store.query(
        "SELECT p.id, p.position, p.kind, p.author, p.created, p.body, p.votes, p.accepted,"
        " pe.name AS author_name, pe.opted_out AS author_opted_out"
        " FROM posts p LEFT JOIN people pe ON pe.id = p.author WHERE p.thread = ? ORDER BY p.position", (thread_id,))


def thread_links(store, thread_id: str) -> list:
    """Links from and to the thread: (other thread, kind, "out" | "in", title, community, solved);
    links to threads that are not in the store are left out."""
    return store.query(
        "SELECT l.target AS id, l.kind, 'out' AS direction, t.title, t.community, t.solved FROM thread_links l"
        " JOIN threads t ON t.id = l.target WHERE l.thread = ?"
        " UNION ALL SELECT l.thread AS id, l.kind, 'in' AS direction, t.title, t.community, t.solved"
        " FROM thread_links l JOIN threads t ON t.id = l.thread WHERE l.target = ?", (thread_id, thread_id))


def document(store, document_id: str):
    return store.one("SELECT id, title, kind, community, created, updated, language, body, path, source, url"
                     " FROM documents WHERE id = ?", (document_id,))


def document_authors(store, document_id: str) -> list:
    """(person, name or None, opted_out or None) of a document's authors, in their order."""
    return store.query("SELECT a.person AS id, pe.name, pe.opted_out FROM document_authors a"
                       " LEFT JOIN people pe ON pe.id = a.person WHERE a.document = ? ORDER BY a.position",
                       (document_id,))


def existing_items(store, ids) -> dict:
    """id -> ("thread" | "document", community) for those of ``ids`` that are threads or documents."""
    out: dict = {}
    ids = list(dict.fromkeys(ids))
    for part in _batches(ids):
        ph = _placeholders(part)
        for kind, table in (("document", "documents"), ("thread", "threads")):
            for item, community in store.conn.execute(f"SELECT id, community FROM {table} WHERE id IN ({ph})", part):
                out[item] = (kind, community)
    return out


def people_names(store) -> dict:
    """id -> name of every person who did not opt out."""
    return dict(store.conn.execute(f"SELECT id, name FROM people WHERE {visible('people')}"))


def directory_people(store) -> list:
    """Everyone who did not opt out, by name, with their memberships as (community, role) pairs."""
    rows = store.query(f"SELECT id, name, title, department, location, email FROM people WHERE {visible('people')}"
                       " ORDER BY name")
    roles: dict = {}
    for person, community, role in store.conn.execute("SELECT person, community, role FROM memberships"):
        roles.setdefault(person, []).append((community, role))
    return [{**r, "memberships": roles.get(r["id"], [])} for r in rows]


def community_languages(store) -> dict:
    """community -> {language: number of post and document chunks in it} (the language detected
    at indexing; threads store none of their own)."""
    out: dict = {}
    for community, lang, n in store.conn.execute(
            "SELECT community, lang, count(*) FROM chunks WHERE item_type IN ('post', 'document')"
            " AND community IS NOT NULL AND lang IS NOT NULL AND lang != '' GROUP BY community, lang"):
        out.setdefault(community, {})[lang] = n
    return out
