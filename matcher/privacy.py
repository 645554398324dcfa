"""Who may see what. A search is made on behalf of a viewer: a person id, or None (anonymous).

- People who opted out never appear: not as experts, members, authors or coordinators. The
  effective opt-out is the source's flag (``people.opted_out``, written by imports) OR the
  person's own choice in Savoir (``indexer.userdata.profile``), which no import can undo.
- A private community's content, members and counts are visible only to its members.
- A person's hidden items and hidden topics (their profile choices) no longer count for them:
  :func:`excluded_credit` names the (person, chunk row) credits the expert votes skip.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

__all__ = ["Access", "access_for", "item_key", "excluded_credit", "topic_in"]


@dataclass(frozen=True)
class Access:
    viewer: str | None
    member_of: frozenset          # communities the viewer belongs to
    hidden: frozenset             # private communities the viewer may not see
    opted_out: frozenset          # people who never appear
    hidden_items: frozenset = frozenset()    # (person, item key) credits the person withdrew
    hidden_topics: frozenset = frozenset()   # (person, topic label) the person hid

    def sees_community(self, community: str | None) -> bool:
        return community is None or community not in self.hidden

    def sees_person(self, person: str | None) -> bool:
        return bool(person) and person not in self.opted_out

    def hides_item(self, person: str, item: str) -> bool:
        return (person, item) in self.hidden_items


def access_for(store, viewer: str | None) -> Access:
    """Read the viewer's memberships, the privacy settings and everyone's profile choices."""
    from indexer.userdata import profile

    member_of: frozenset = frozenset()
    if viewer:
        member_of = frozenset(r[0] for r in store.conn.execute(
            "SELECT community FROM memberships WHERE person = ?", (viewer,)))
    private = {r[0] for r in store.conn.execute("SELECT id FROM communities WHERE visibility = 'private'")}
    opted_out = {r[0] for r in store.conn.execute("SELECT id FROM people WHERE opted_out = 1")}
    items = topics = frozenset()
    try:
        opted_out |= profile.opted_out(store.conn)
        items, topics = profile.hidden_pairs(store.conn)
    except sqlite3.OperationalError:      # a database made before the user-data tables existed
        pass
    return Access(viewer, member_of, frozenset(private - member_of), frozenset(opted_out), items, topics)


def item_key(item_type: str, item_id: str) -> str:
    """The id a person names an item by: post id, document id, ``profile:<person>``."""
    return f"profile:{item_id}" if item_type == "profile" else item_id


_NON_WORD = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    from indexer.analysis import fold

    return " " + _NON_WORD.sub(" ", fold(text or "")).strip() + " "


def topic_in(topic: str, text: str) -> bool:
    """A topic is in a text when its folded words appear there in a row (case, accents and
    punctuation aside): ``Analyse vibratoire`` is in "l'analyse vibratoire du palier"."""
    words = _words(topic)
    return words.strip() != "" and words in _words(text)


def _chunk_texts(store, ids) -> dict:
    """chunk id -> title and text."""
    out = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out.update(store.conn.execute(
            f"SELECT id, coalesce(title, '') || ' ' || coalesce(text, '') FROM chunks WHERE id IN "
            f"({','.join('?' * len(part))})", part).fetchall())
    return out


def excluded_credit(snap, store, access) -> frozenset:
    """Credits that must not count for a person: (person, row) for the chunks of the items they
    hid and for the chunks credited to them whose text holds a topic they hid; (person, thread
    id) for the threads where such a chunk of theirs is, or any of whose chunks holds a hidden
    topic of theirs (no thread vote for them there). Memoised per build and choices (the same
    for every viewer)."""
    if not access.hidden_items and not access.hidden_topics:
        return frozenset()

    def compute() -> frozenset:
        out = set()
        people = {p for p, _ in access.hidden_items} | {p for p, _ in access.hidden_topics}
        rows_of: dict[str, list[int]] = {p: [] for p in people}
        for row, credited in enumerate(snap.people_of):
            for p in credited:
                if p in rows_of:
                    rows_of[p].append(row)
        for p, rows in rows_of.items():
            for row in rows:
                if access.hides_item(p, item_key(snap.item_type[row], snap.item_id[row])):
                    out.add((p, row))
                    if snap.thread[row]:
                        out.add((p, snap.thread[row]))
        by_person: dict[str, list[str]] = {}
        for p, topic in access.hidden_topics:
            by_person.setdefault(p, []).append(topic)
        for p, topics in by_person.items():
            mine = rows_of.get(p, ())
            threads = {snap.thread[r] for r in mine if snap.thread[r]}
            rows = list(mine) + [r for r in range(snap.n) if snap.thread[r] in threads and p not in snap.people_of[r]]
            texts = _chunk_texts(store, [snap.ids[r] for r in rows])
            for row in rows:
                if any(topic_in(t, texts.get(snap.ids[row], "")) for t in topics):
                    if p in snap.people_of[row]:
                        out.add((p, row))
                    if snap.thread[row]:
                        out.add((p, snap.thread[row]))
        return frozenset(out)

    return snap.memo(("excluded_credit", access.hidden_items, access.hidden_topics), compute)
