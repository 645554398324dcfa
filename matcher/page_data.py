"""SQL behind the thread, document and directory pages (:mod:`matcher.item_pages`,
:mod:`matcher.directory`) and the leader, newcomer and programme pages; the search's and the
person and community pages' queries are in :mod:`matcher.data`."""
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


# -- leader, newcomer and programme pages ------------------------------------------------------
def people_cards(store, ids) -> dict:
    """person id -> row (id, name, title, email, department, location, languages, opted_out)."""
    out = {}
    ids = [i for i in dict.fromkeys(ids) if i]
    for part in _batches(ids):
        for row in store.query("SELECT id, name, title, email, department, location, languages, opted_out"
                               f" FROM people WHERE id IN ({_placeholders(part)})", part):
            out[row["id"]] = row
    return out


def person_choices(store) -> list:
    """(id, name, title) of everyone who did not opt out, by name: the newcomer's person picker."""
    return store.query(f"SELECT id, name, title FROM people WHERE {visible('people')} ORDER BY name")


def visible_memberships(store, communities) -> list:
    """(person, community) of the members of these communities who did not opt out."""
    if not communities:
        return []
    return store.conn.execute(
        "SELECT m.person, m.community FROM memberships m JOIN people p ON p.id = m.person"
        f" WHERE {visible('p')} AND m.community IN ({_placeholders(communities)})", list(communities)).fetchall()


def monthly_posts(store, communities) -> list:
    """(community, month "YYYY-MM", posts) of these communities' threads."""
    if not communities:
        return []
    return store.conn.execute(
        "SELECT t.community, substr(p.created, 1, 7) AS month, count(*) FROM posts p JOIN threads t ON t.id = p.thread"
        f" WHERE p.created IS NOT NULL AND t.community IN ({_placeholders(communities)})"
        " GROUP BY t.community, month", list(communities)).fetchall()


def thread_facts(store, ids) -> dict:
    """thread id -> (solved, votes, created, repeat): ``repeat`` when it links to an earlier
    thread as its duplicate (the earlier one is the canonical answer)."""
    out = {}
    ids = list(dict.fromkeys(ids))
    for part in _batches(ids):
        for tid, solved, votes, created, repeat in store.conn.execute(
                "SELECT t.id, t.solved, (SELECT coalesce(sum(votes), 0) FROM posts p WHERE p.thread = t.id),"
                " t.created, EXISTS(SELECT 1 FROM thread_links l WHERE l.thread = t.id AND l.kind = 'duplicate')"
                f" FROM threads t WHERE t.id IN ({_placeholders(part)})", part):
            out[tid] = (bool(solved), votes or 0, created, bool(repeat))
    return out


def duplicate_links(store, ids) -> list:
    """(thread, target) duplicate links touching these threads."""
    ids = list(ids)
    if not ids:
        return []
    return store.conn.execute(
        f"SELECT thread, target FROM thread_links WHERE kind = 'duplicate' AND (thread IN ({_placeholders(ids)})"
        f" OR target IN ({_placeholders(ids)}))", ids + ids).fetchall()


def recent_authors(store, community_id: str, since: str | None) -> dict:
    """person -> posts in the community's threads since ``since`` (all time when None), for
    people who did not opt out."""
    return dict(store.conn.execute(
        "SELECT p.author, count(*) FROM posts p JOIN threads t ON t.id = p.thread JOIN people pe ON pe.id = p.author"
        f" WHERE t.community = ? AND {visible('pe')} AND (? IS NULL OR p.created >= ?) GROUP BY p.author",
        (community_id, since, since)))
