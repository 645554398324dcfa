"""Data access: every SQL query the search and the pages run, over the store and the snapshot.

:class:`Context` is what one search needs (snapshot, store, settings, the viewer's access, the
term highlighter) and reads chunk texts, people, communities and items, caching chunk texts for
the search's lifetime. The module functions below it read what the pages and the community
indicators need. Ranking lives elsewhere, in pure functions over the values read here.
"""
from __future__ import annotations

from collections import defaultdict

from .evidence import body

__all__ = ["Context"]

BATCH = 500      # ids per "IN (...)" query (SQLite's default limit on parameters is far above)


def _placeholders(values) -> str:
    return ",".join("?" * len(values))


def _batches(ids):
    for i in range(0, len(ids), BATCH):
        yield ids[i:i + BATCH]


class Context:
    """What one search needs: the snapshot, the store, settings, the viewer's access, spans."""

    def __init__(self, snap, store, settings, access, spans_fn):
        self.snap = snap
        self.store = store
        self.settings = settings
        self.access = access
        self.spans_fn = spans_fn
        self._texts: dict[str, tuple[str, str]] = {}
        # whether any query word occurs in the content the viewer sees (None: not looked for,
        # method "dense"); False with results means they are related by meaning only
        self.words_matched: bool | None = None

    def note_words(self, scores, method: str) -> None:
        if method != "dense":
            self.words_matched = bool(self.words_matched) or bool(scores.lexical)

    def texts(self, chunk_ids) -> dict:
        """chunk id -> (title, text)."""
        need = [c for c in chunk_ids if c not in self._texts]
        for part in _batches(need):
            for cid, title, text in self.store.conn.execute(
                    f"SELECT id, title, text FROM chunks WHERE id IN ({_placeholders(part)})", part):
                self._texts[cid] = (title or "", text or "")
        return {c: self._texts.get(c, ("", "")) for c in chunk_ids}

    def bodies(self, rows) -> dict:
        """row -> the chunk's body (its text without the title line)."""
        ids = self.snap.ids
        texts = self.texts([ids[r] for r in rows])
        return {r: body(texts[ids[r]][1], texts[ids[r]][0]) for r in rows}

    def people(self, ids) -> dict:
        """person id -> row (id, name, title, department, location, opted_out)."""
        ids = [i for i in dict.fromkeys(ids) if i]
        out = {}
        for part in _batches(ids):
            for row in self.store.query(
                    "SELECT id, name, title, department, location, opted_out FROM people"
                    f" WHERE id IN ({_placeholders(part)})", part):
                out[row["id"]] = row
        return out

    def communities(self) -> dict:
        return {r["id"]: r for r in self.store.query("SELECT * FROM communities")}

    def memberships_of(self, person_ids) -> dict:
        """person -> [(community, role), ...] for these people."""
        out: dict[str, list] = defaultdict(list)
        for part in _batches(list(person_ids)):
            for person, community, role in self.store.conn.execute(
                    f"SELECT person, community, role FROM memberships WHERE person IN ({_placeholders(part)})", part):
                out[person].append((community, role))
        return out

    def all_memberships(self) -> dict:
        """person -> ((community, role), ...), read once per loaded build (memberships are
        imported with the corpus, and an import is followed by a build)."""
        def read():
            out: dict[str, list] = defaultdict(list)
            for person, community, role in self.store.conn.execute("SELECT person, community, role FROM memberships"):
                out[person].append((community, role))
            return {p: tuple(v) for p, v in out.items()}

        return self.snap.memo("memberships", read)

    def source_share(self, sources) -> bool:
        """Whether more than half of the threads come from these import sources (memoised)."""
        def share() -> bool:
            row = self.store.one(f"SELECT COUNT(*) AS n, SUM(source IN ({_placeholders(sources)})) AS qa FROM threads",
                                 tuple(sources))
            return bool(row and row["n"] and (row["qa"] or 0) * 2 > row["n"])

        return self.snap.memo("qa_site", share)

    def thread(self, thread_id: str):
        return self.store.one("SELECT id, title, community, created, solved, accepted_post FROM threads WHERE id = ?",
                              (thread_id,))

    def post(self, post_id: str):
        return self.store.one("SELECT id, author, created, body FROM posts WHERE id = ?", (post_id,))

    def document(self, document_id: str):
        return self.store.one("SELECT id, title, kind, community, created, updated FROM documents WHERE id = ?",
                              (document_id,))

    def document_authors(self, document_id: str) -> list:
        return [r[0] for r in self.store.conn.execute(
            "SELECT person FROM document_authors WHERE document = ? ORDER BY position", (document_id,))]


# -- community indicators -----------------------------------------------------------------------
def _only(column: str, communities) -> tuple[str, list]:
    if communities is None:
        return "", []
    return f" {column} IN ({_placeholders(communities)})", list(communities)


def community_ids(store, communities=None) -> list:
    where, args = _only("id", communities)
    return [c for (c,) in store.conn.execute("SELECT id FROM communities" + (" WHERE" + where if where else ""), args)]


def member_counts(store, communities=None) -> dict:
    """community -> members who did not opt out."""
    where, args = _only("m.community", communities)
    return dict(store.conn.execute(
        "SELECT m.community, count(*) FROM memberships m JOIN people p ON p.id = m.person"
        " WHERE p.opted_out = 0" + (" AND" + where if where else "") + " GROUP BY m.community", args))


def thread_counts(store, communities=None) -> dict:
    """community -> (threads, solved threads, newest last_activity)."""
    where, args = _only("community", communities)
    return {c: (n, solved, last) for c, n, solved, last in store.conn.execute(
        "SELECT community, count(*), coalesce(sum(solved), 0), max(last_activity) FROM threads"
        + (" WHERE" + where if where else "") + " GROUP BY community", args)}


def document_counts(store, communities=None) -> dict:
    """community -> (documents, newest update or creation)."""
    where, args = _only("community", communities)
    return {c: (n, last) for c, n, last in store.conn.execute(
        "SELECT community, count(*), max(coalesce(updated, created)) FROM documents"
        + (" WHERE" + where if where else "") + " GROUP BY community", args)}


def active_authors(store, newest: dict, days: int) -> dict:
    """community -> distinct visible authors of posts in its threads in the ``days`` before
    ``newest[community]`` (a datetime text); one grouped pass over the posts."""
    store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS community_since(community TEXT PRIMARY KEY, since TEXT)")
    store.conn.execute("DELETE FROM temp.community_since")
    store.conn.executemany("INSERT INTO temp.community_since(community, since) VALUES (?, datetime(?, ?))",
                           [(c, d, f"-{days} days") for c, d in newest.items() if d])
    return dict(store.conn.execute(
        "SELECT t.community, count(DISTINCT p.author) FROM posts p JOIN threads t ON t.id = p.thread"
        " JOIN people pe ON pe.id = p.author JOIN temp.community_since s ON s.community = t.community"
        " WHERE pe.opted_out = 0 AND p.created >= s.since GROUP BY t.community"))
