"""Data access: every SQL query the search and the pages run, over the store and the snapshot.

:class:`Context` is what one search needs (snapshot, store, settings, the viewer's access, the
term highlighter) and reads chunk texts, people, communities and items, caching chunk texts for
the search's lifetime. The module functions below it read what the pages and the community
indicators need. Ranking lives elsewhere, in pure functions over the values read here.
"""
from __future__ import annotations

from collections import defaultdict

from .dedup import KnownIds
from .evidence import body

__all__ = ["Context"]

BATCH = 500      # ids per "IN (...)" query (SQLite's default limit on parameters is far above)


def visible(alias: str) -> str:
    """SQL: the person row ``alias`` has not opted out, by the source's flag or their own choice
    (indexer.userdata.profile), as matcher.privacy.access_for reads it."""
    return (f"({alias}.opted_out = 0 AND {alias}.id NOT IN"
            " (SELECT person FROM profile_choices WHERE kind = 'opted_out'))")


def _placeholders(values) -> str:
    return ",".join("?" * len(values))


def _batches(ids):
    for i in range(0, len(ids), BATCH):
        yield ids[i:i + BATCH]


class Context:
    """What one search needs: the snapshot, the store, settings, the viewer's access, spans."""

    def __init__(self, snap, store, settings, access, spans_fn, formula=None):
        from .formula import HandFormula

        self.snap = snap
        self.store = store
        self.settings = settings
        self.formula = formula or HandFormula()     # the hand-made expert formula's numbers
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
                # the effective opt-out: the source's flag or the person's choice (matcher.privacy)
                row["opted_out"] = bool(row["opted_out"]) or row["id"] in self.access.opted_out
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

    def thread_ids(self) -> frozenset:
        """Every thread id (what a pointer post may name, a :class:`matcher.dedup.KnownIds`),
        read once per loaded build."""
        return self.snap.memo("thread_ids", lambda: KnownIds(r[0] for r in self.store.conn.execute(
            "SELECT id FROM threads")))

    def duplicate_links(self, thread_ids) -> dict:
        """thread -> ids linked with it as duplicates, in either direction."""
        out: dict[str, set] = defaultdict(set)
        for part in _batches(list(thread_ids)):
            ph = _placeholders(part)
            for a, b in self.store.conn.execute(
                    f"SELECT thread, target FROM thread_links WHERE kind = 'duplicate'"
                    f" AND (thread IN ({ph}) OR target IN ({ph}))", part + part):
                out[a].add(b)
                out[b].add(a)
        return out

    def threads_with_posts(self, thread_ids) -> dict:
        """thread id -> (thread row, [post dicts in position order]) for these threads."""
        out: dict[str, tuple] = {}
        for part in _batches(list(dict.fromkeys(thread_ids))):
            ph = _placeholders(part)
            for row in self.store.query("SELECT id, title, community, created, solved, accepted_post FROM threads"
                                        f" WHERE id IN ({ph})", part):
                out[row["id"]] = (row, [])
            cur = self.store.conn.execute("SELECT id, thread, position, author, created, body, votes, accepted"
                                          f" FROM posts WHERE thread IN ({ph}) ORDER BY thread, position", part)
            cols = [c[0] for c in cur.description]
            for values in cur.fetchall():
                if values[1] in out:
                    out[values[1]][1].append(dict(zip(cols, values)))
        return out

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
        " WHERE " + visible("p") + (" AND" + where if where else "") + " GROUP BY m.community", args))


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
        " WHERE " + visible("pe") + " AND p.created >= s.since GROUP BY t.community"))


# -- pages ----------------------------------------------------------------------------------------
def communities_by_name(store) -> list:
    return store.query("SELECT * FROM communities ORDER BY name")


def community(store, community_id: str):
    return store.one("SELECT * FROM communities WHERE id = ?", (community_id,))


def person(store, person_id: str):
    return store.one("SELECT * FROM people WHERE id = ?", (person_id,))


def person_ref(store, person_id: str):
    return store.one("SELECT id, name, title FROM people WHERE id = ?", (person_id,))


def newest_posts(store) -> list:
    """(community, newest post date) per community."""
    return store.conn.execute("SELECT t.community, max(p.created) FROM posts p JOIN threads t ON t.id = p.thread"
                              " GROUP BY t.community").fetchall()


def memberships_with_since(store, person_id: str) -> list:
    """(community, role, since) of one person."""
    return store.conn.execute("SELECT community, role, since FROM memberships WHERE person = ?", (person_id,)).fetchall()


def roles_of_person(store, person_id: str) -> dict:
    return dict(store.conn.execute("SELECT community, role FROM memberships WHERE person = ?", (person_id,)))


def roles_in_community(store, community_id: str) -> dict:
    return dict(store.conn.execute("SELECT person, role FROM memberships WHERE community = ?", (community_id,)))


def posts_by(store, person_id: str) -> list:
    """The person's posts with their thread's title, community and solved flag, newest first."""
    return store.query(
        "SELECT p.id, p.thread, p.kind, p.created, p.body, p.votes, p.accepted, p.position,"
        " t.title, t.community, t.solved FROM posts p JOIN threads t ON t.id = p.thread"
        " WHERE p.author = ? ORDER BY p.created DESC", (person_id,))


def documents_by(store, person_id: str) -> list:
    return store.query(
        "SELECT d.id, d.title, d.kind, d.community, d.created, d.updated, d.body FROM documents d"
        " JOIN document_authors a ON a.document = d.id WHERE a.person = ?"
        " ORDER BY coalesce(d.updated, d.created) DESC", (person_id,))


def all_contributions(store) -> list:
    """(person, item, kind, text, language, date, community) of every post, document and
    profile, for the topics of people (matcher.profile)."""
    return store.conn.execute(
        "SELECT p.author, p.id, CASE WHEN p.position = 0 THEN 'question' WHEN p.accepted THEN 'accepted_answer'"
        " ELSE 'answer' END, p.body, coalesce(c.lang, 'fr'), p.created, t.community FROM posts p"
        " JOIN threads t ON t.id = p.thread LEFT JOIN chunks c ON c.id = 'post:' || p.id || ':0'"
        " WHERE p.author IS NOT NULL"
        " UNION ALL SELECT a.person, d.id, 'document', d.title || char(10) || char(10) || d.body,"
        " coalesce(d.language, 'fr'), d.created, d.community FROM document_authors a JOIN documents d ON d.id = a.document"
        " UNION ALL SELECT pe.id, 'profile:' || pe.id, 'profile', pe.profile, coalesce(c.lang, 'fr'), NULL, NULL"
        " FROM people pe LEFT JOIN chunks c ON c.id = 'profile:' || pe.id || ':0' WHERE coalesce(pe.profile, '') != ''"
        " ORDER BY 6, 2").fetchall()


def best_posts_by(store, person_id: str, n: int = 20) -> list:
    """(thread title, body, community) of the person's ``n`` most voted posts."""
    return store.conn.execute(
        "SELECT t.title, p.body, t.community FROM posts p JOIN threads t ON t.id = p.thread"
        " WHERE p.author = ? ORDER BY p.votes DESC, p.created DESC LIMIT ?", (person_id, n)).fetchall()


def members(store, community_id: str) -> list:
    return store.query(
        "SELECT m.person AS id, p.name, p.title, m.role, m.since FROM memberships m JOIN people p ON p.id = m.person"
        " WHERE m.community = ? AND " + visible("p"), (community_id,))


def threads_of(store, community_id: str) -> list:
    """The community's threads with their answer and vote counts, newest first."""
    return store.query(
        "SELECT t.id, t.title, t.created, t.last_activity, t.solved, t.tags,"
        " (SELECT count(*) FROM posts p WHERE p.thread = t.id AND p.position > 0) AS answers,"
        " (SELECT coalesce(sum(votes), 0) FROM posts p WHERE p.thread = t.id) AS votes"
        " FROM threads t WHERE t.community = ? ORDER BY t.created DESC", (community_id,))


def documents_of(store, community_id: str, limit: int = -1) -> list:
    """The community's documents, newest update first (``date``: update or creation)."""
    return store.query("SELECT id, title, kind, created, updated, coalesce(updated, created) AS date FROM documents"
                       " WHERE community = ? ORDER BY date DESC LIMIT ?", (community_id, limit))


def top_contributors(store, community_id: str, n: int = 5) -> list:
    """Visible people with the most accepted answers, then answers, in the community."""
    return store.query(
        "SELECT p.author AS id, pe.name, count(*) AS answers, coalesce(sum(p.accepted), 0) AS accepted"
        " FROM posts p JOIN threads t ON t.id = p.thread JOIN people pe ON pe.id = p.author"
        " WHERE t.community = ? AND p.position > 0 AND " + visible("pe") +
        " GROUP BY p.author ORDER BY accepted DESC, answers DESC, pe.name LIMIT ?", (community_id, n))


def posts_of_authors(store, ids) -> list:
    """(author, community, created, accepted) of the posts of these people."""
    return store.conn.execute(
        "SELECT p.author, t.community, p.created, p.accepted FROM posts p JOIN threads t ON t.id = p.thread"
        f" WHERE p.author IN ({_placeholders(ids)})", list(ids)).fetchall()


def starter_threads(store, community_id: str, n: int = 3) -> list:
    """The community's most voted solved threads."""
    return store.query(
        "SELECT t.id, t.title, t.created, (SELECT coalesce(sum(votes), 0) FROM posts p WHERE p.thread = t.id) AS votes"
        " FROM threads t WHERE t.community = ? AND t.solved = 1 ORDER BY votes DESC, t.created DESC LIMIT ?",
        (community_id, n))


def distinct_members(store, communities) -> int:
    """Visible people who belong to at least one of these communities."""
    if not communities:
        return 0
    return store.conn.execute(
        "SELECT count(DISTINCT m.person) FROM memberships m JOIN people p ON p.id = m.person"
        f" WHERE {visible('p')} AND m.community IN ({_placeholders(communities)})", list(communities)).fetchone()[0]
