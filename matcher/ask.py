"""Asking a question: similar threads first, then a community and a few people to ask.

    similar_threads(sv, "pompe qui cavite", viewer)          # solved first, both languages
    p = propose(sv, "Pompe qui cavite", "Le débit chute...", viewer)
    p.community, [r["id"] for r in p.people]                # the community and k people, with the why line
    qid = ask(sv, viewer, title, body, p.community, people=["p3", "p7"])
    solved_by_thread(sv, viewer, title, body, "t01")         # "this solved it": recorded, ended

Routing is :func:`matcher.routing.route` over the expert search of the question's text, with each
person's current load (open routings, routings of the last 7 days) and choices (table
``routing_prefs``). In a private community only its members are proposed or accepted.
Every write is one function of :mod:`indexer.userdata.questions` (one transaction): bad input
raises :class:`AskError` before anything is written.
"""
from __future__ import annotations

import datetime as _dt
import secrets
from dataclasses import dataclass, field

from indexer.errors import BadInput
from indexer.userdata import questions

from .privacy import access_for
from .routing import PersonState, route

__all__ = ["AskError", "Proposal", "similar_threads", "propose", "ask", "solved_by_thread", "person_states",
           "check_text", "visible_communities", "MAX_TITLE", "MAX_BODY", "now_iso"]

MAX_TITLE = 200
MAX_BODY = 10_000
#: experts considered before the routing rules choose k of them
CANDIDATES = 30
#: a person's "at most N a week" must be in 1..this
MAX_WEEKLY_CAP = 50


class AskError(BadInput):
    """A question that cannot be stored as given; the message names the field and the fix."""


def now_iso(now: _dt.datetime | None = None) -> str:
    now = now or _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    return now.replace(microsecond=0).isoformat()


def check_text(title, body) -> tuple[str, str]:
    """The cleaned title and body, or AskError (empty, too long, not text)."""
    if not isinstance(title, str) or not isinstance(body, str):
        raise AskError("title: expected text (and body: text)")
    title, body = title.replace("\x00", " ").strip(), body.replace("\x00", " ").strip()
    if not title:
        raise AskError("title: empty; write the question in a sentence")
    if len(title) > MAX_TITLE:
        raise AskError(f"title: {len(title)} characters; the limit is {MAX_TITLE}")
    if len(body) > MAX_BODY:
        raise AskError(f"body: {len(body)} characters; the limit is {MAX_BODY}")
    return title, body


def _query(title: str, body: str, limit: int) -> str:
    return f"{title} {body}".strip()[:limit]


def similar_threads(sv, text: str, viewer: str | None, k: int = 5) -> list[dict]:
    """Threads like ``text`` the viewer may see, solved ones first (the search is cross-lingual)."""
    text = (text or "").strip()[: sv.settings.limits.max_query_chars]
    if len(text) < 3:
        return []
    hits = [h.to_dict() for h in sv.search(text, mode="threads", viewer=viewer, k=k * 2).results
            if h.type == "thread"]
    hits.sort(key=lambda h: not h["solved"])    # stable: rank order within solved and open
    return hits[:k]


def visible_communities(sv, viewer: str | None) -> list[dict]:
    """The communities a viewer may post in: open ones and their private ones, by name."""
    access = access_for(sv.store, viewer)
    rows = sv.store.query("SELECT id, name, visibility FROM communities ORDER BY name")
    return [r for r in rows if access.sees_community(r["id"])]


def person_states(store, people, today: _dt.date) -> dict[str, PersonState]:
    """Each person's load (open routings of open questions, routings of the last 7 days) and choices."""
    people = list(dict.fromkeys(people))
    if not people:
        return {}
    marks = ",".join("?" * len(people))
    week_ago = (today - _dt.timedelta(days=7)).isoformat()
    open_ = dict(store.conn.execute(
        f"SELECT r.person, count(*) FROM routings r JOIN questions q ON q.id = r.question WHERE r.state = 'open'"
        f" AND q.status = 'open' AND r.person IN ({marks}) GROUP BY r.person", people).fetchall())
    week = dict(store.conn.execute(
        f"SELECT person, count(*) FROM routings WHERE created_at >= ? AND person IN ({marks}) GROUP BY person",
        [week_ago, *people]).fetchall())
    prefs = {r["person"]: r for r in store.query(f"SELECT * FROM routing_prefs WHERE person IN ({marks})", people)}
    opted = {r[0] for r in store.conn.execute(f"SELECT id FROM people WHERE opted_out = 1 AND id IN ({marks})", people)}
    out = {}
    for p in people:
        pref = prefs.get(p, {})
        out[p] = PersonState(open_requests=open_.get(p, 0), routed_last_week=week.get(p, 0),
                             weekly_cap=pref.get("weekly_cap"), unavailable_until=pref.get("unavailable_until"),
                             never_route=bool(pref.get("never_route")), opted_out=p in opted)
    return out


def _members(store, community: str) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT person FROM memberships WHERE community = ?", (community,))}


def _check_community(sv, community, viewer) -> dict:
    if not isinstance(community, str) or not community:
        raise AskError("community: missing; choose the community to post in")
    row = sv.store.one("SELECT id, name, visibility, coordinator FROM communities WHERE id = ?", (community,))
    if row is None or not access_for(sv.store, viewer).sees_community(community):
        raise AskError(f"community: {community[:60]!r} is not a community you can post in")
    return row


@dataclass
class Proposal:
    community: str | None
    communities: list = field(default_factory=list)     # [{"id", "name", "visibility"}] the asker may choose
    people: list = field(default_factory=list)          # [{"id", "name", "title", "why", "breakdown", "score"}]
    passed_over: list = field(default_factory=list)     # [{"id", "reason"}]


def propose(sv, title: str, body: str, viewer: str, community: str | None = None,
            today: _dt.date | None = None) -> Proposal:
    """The community to post in (the best match, or ``community``) and the k people to ask."""
    title, body = check_text(title, body)
    text = _query(title, body, sv.settings.limits.max_query_chars)
    communities = visible_communities(sv, viewer)
    if community is None:
        hits = sv.search(text, mode="communities", viewer=viewer, k=1).results
        community = hits[0].id if hits else (communities[0]["id"] if communities else None)
    row = _check_community(sv, community, viewer)
    experts = sv.search(text, mode="experts", viewer=viewer, k=CANDIDATES).results
    if row["visibility"] == "private":
        members = _members(sv.store, community)
        experts = [e for e in experts if e.id in members]
    today = today or _dt.date.today()
    states = person_states(sv.store, [e.id for e in experts], today)
    chosen = route([(e.id, e.score) for e in experts], states=states, asker=viewer, today=today,
                   rule=sv.settings.routing)
    by_id = {e.id: e for e in experts}
    people = [{"id": r.person, "name": by_id[r.person].name, "title": by_id[r.person].title,
               "why": by_id[r.person].why, "breakdown": by_id[r.person].breakdown, "score": r.score}
              for r in chosen.routed]
    return Proposal(community, communities, people, [{"id": p.person, "reason": p.reason} for p in chosen.passed_over])


def _check_people(sv, people, viewer, community_row, today) -> list[str]:
    """The people to ask, each known, willing and within their caps (AskError names the first who is not)."""
    if not isinstance(people, (list, tuple)) or not people:
        raise AskError("people: choose at least one person to ask")
    if len(people) > 10:
        raise AskError(f"people: {len(people)} people; ask at most 10")
    ids = []
    for p in people:
        if not isinstance(p, str) or not p.strip():
            raise AskError("people: expected person ids")
        pid = p.strip()
        row = sv.store.one("SELECT id FROM people WHERE id = ?", (pid,))
        if row is None:
            found = sv.store.resolve_person(email=pid if "@" in pid else None, aliases=(pid,))
            if found is None:
                raise AskError(f"people: unknown person {pid[:60]!r}")
            pid = found
        ids.append(pid)
    ids = list(dict.fromkeys(ids))
    if community_row["visibility"] == "private":
        members = _members(sv.store, community_row["id"])
        outside = [p for p in ids if p not in members]
        if outside:
            raise AskError(f"people: {outside[0]!r} is not a member of this private community")
    states = person_states(sv.store, ids, today)
    check = route([(p, 1.0) for p in ids], k=len(ids), states=states, asker=viewer, today=today,
                  rule=sv.settings.routing)
    if check.passed_over:
        po = check.passed_over[0]
        raise AskError(f"people: {po.person!r} cannot be asked now ({po.reason.replace('_', ' ')})")
    return ids


def _new_id() -> str:
    return "q" + secrets.token_hex(5)


def ask(sv, viewer: str | None, title, body, community, people, why: dict | None = None,
        now: _dt.datetime | None = None) -> str:
    """Store a question and route it to ``people`` (a notification each); returns its id."""
    from .notify import message

    if not viewer:
        raise AskError("viewer: sign in to ask a question")
    title, body = check_text(title, body)
    row = _check_community(sv, community, viewer)
    stamp = now_iso(now)
    ids = _check_people(sv, people, viewer, row, _dt.date.fromisoformat(stamp[:10]))
    why = why or {}
    qid = _new_id()
    questions.ask(sv.store, qid, viewer, row["id"], title, body, stamp,
                  {pid: ("chosen" if pid in why else "added", why.get(pid)) for pid in ids},
                  [message(sv.store, pid, "asked", qid, title) for pid in ids])
    return qid


def solved_by_thread(sv, viewer: str | None, title, body, thread: str, now: _dt.datetime | None = None) -> str:
    """"This solved it": record the question, solved by an existing thread the viewer can see."""
    from .item_pages import thread_page

    if not viewer:
        raise AskError("viewer: sign in to record what solved your question")
    title, body = check_text(title, body)
    if not isinstance(thread, str) or not thread:
        raise AskError("thread: missing")
    try:
        thread_page(sv, thread, viewer)
    except LookupError:
        raise AskError(f"thread: {thread[:60]!r} is not a thread you can see") from None
    stamp = now_iso(now)
    community = sv.store.one("SELECT community FROM threads WHERE id = ?", (thread,))["community"]
    qid = _new_id()
    questions.solved_by_thread(sv.store, qid, viewer, community, title, body, thread, stamp)
    return qid
