"""What happens to a question once asked: the inbox of the people it was routed to, their
answers, referrals and passes, the asker's acceptance, and each person's routing choices.

    inbox(sv, "p3")                          # {"routed": [...], "asked": [...], "prefs": {...}}
    post = answer(sv, "p3", qid, "Purge the high points first.")
    accept(sv, asker, qid, post)             # the question and its thread show as solved

An answer is a post of a Savoir-native thread (``threads.source = 'savoir'``, id ``savoir-<qid>``)
in the question's community, written through ``Store.upsert_thread`` so that the change log
records it and the next delta build indexes it; imports never delete it (they only upsert
their own ids). Who may see a question: its asker, the people it was routed to, and whoever may
see its community (a private community: its members only).
"""
from __future__ import annotations

import datetime as _dt

from indexer.errors import NotFound
from indexer.userdata import questions

from .ask import MAX_BODY, MAX_WEEKLY_CAP, AskError, now_iso
from .notify import message
from .privacy import access_for

__all__ = ["inbox", "question_view", "answer", "refer", "pass_question", "accept", "get_prefs", "set_prefs",
           "unanswered", "NOTIFY_MODES"]

NOTIFY_MODES = ("immediate", "digest", "off")


def _question(store, qid) -> dict:
    row = store.one("SELECT * FROM questions WHERE id = ?", (qid,)) if isinstance(qid, str) else None
    if row is None:
        raise NotFound(f"question {str(qid)[:40]!r}: not found")
    return row


def may_see(store, q: dict, viewer: str | None) -> bool:
    if viewer and (viewer == q["asker"] or store.one(
            "SELECT 1 AS x FROM routings WHERE question = ? AND person = ?", (q["id"], viewer))):
        return True
    return access_for(store, viewer).sees_community(q["community"])


def _names(store, ids) -> dict:
    ids = list(ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(store.conn.execute(f"SELECT id, name FROM people WHERE id IN ({marks})", ids).fetchall())


def question_view(sv, qid, viewer: str | None) -> dict:
    """The question, its routings (to the asker and the routed) and its answers (NotFound if hidden)."""
    store = sv.store
    q = _question(store, qid)
    if not may_see(store, q, viewer):
        raise NotFound(f"question {qid!r}: not found")
    routings = store.query("SELECT person, reason, state, why, created_at FROM routings WHERE question = ?"
                           " ORDER BY created_at, person", (qid,))
    answers = store.query("SELECT p.id, p.author, p.body, p.created, p.accepted FROM answers a JOIN posts p"
                          " ON p.id = a.post WHERE a.question = ? ORDER BY p.position", (qid,))
    names = _names(store, {q["asker"], *(r["person"] for r in routings), *(a["author"] for a in answers)})
    community = store.one("SELECT id, name FROM communities WHERE id = ?", (q["community"],))
    insider = viewer is not None and (viewer == q["asker"] or any(r["person"] == viewer for r in routings))
    return {**q, "asker_name": names.get(q["asker"]), "community_name": community and community["name"],
            "routings": [dict(r, name=names.get(r["person"])) for r in routings] if insider else [],
            "answers": [dict(a, author_name=names.get(a["author"]), accepted=bool(a["accepted"])) for a in answers],
            "can_accept": viewer == q["asker"] and q["status"] == "open",
            "my_routing": next((r for r in routings if r["person"] == viewer), None)}


def inbox(sv, person: str) -> dict:
    """The questions routed to ``person`` (open first), the ones they asked, and their choices."""
    store = sv.store
    routed = store.query(
        "SELECT q.id, q.title, q.status, q.created_at, q.community, r.reason, r.state FROM routings r"
        " JOIN questions q ON q.id = r.question WHERE r.person = ?"
        " ORDER BY (r.state = 'open' AND q.status = 'open') DESC, q.created_at DESC LIMIT 100", (person,))
    asked = store.query("SELECT id, title, status, created_at, community FROM questions WHERE asker = ?"
                        " ORDER BY created_at DESC LIMIT 100", (person,))
    return {"routed": routed, "asked": asked, "prefs": get_prefs(store, person)}


def _my_open_routing(store, q, person) -> dict:
    r = store.one("SELECT * FROM routings WHERE question = ? AND person = ?", (q["id"], person)) if person else None
    if r is None:
        raise NotFound(f"question {q['id']!r}: not in your inbox")
    if q["status"] != "open":
        raise AskError(f"question {q['id']!r}: already {q['status']}")
    return r


def _thread_record(store, q, extra_post: dict | None = None, accept: str | None = None) -> dict:
    tid = q["thread"] or f"savoir-{q['id']}"
    posts = [{"id": f"{tid}-q", "author": q["asker"], "created": q["created_at"], "kind": "question",
              "body": q["body"] or q["title"], "votes": 0, "accepted": False}]
    for p in store.query("SELECT id, author, created, body, votes, accepted FROM posts WHERE thread = ?"
                         " AND kind != 'question' ORDER BY position", (tid,)):
        posts.append({**p, "kind": "answer", "accepted": bool(p["accepted"]) or p["id"] == accept})
    if extra_post:
        posts.append(extra_post)
    return {"id": tid, "community": q["community"], "title": q["title"], "tags": [], "created": q["created_at"],
            "source": "savoir", "solved": any(p["accepted"] for p in posts), "posts": posts}


def answer(sv, person: str, qid, body, now: _dt.datetime | None = None) -> str:
    """Store ``person``'s answer as a post of the question's thread; returns the post id."""
    store = sv.store
    q = _question(store, qid)
    _my_open_routing(store, q, person)
    if not isinstance(body, str) or not body.strip():
        raise AskError("body: empty; write the answer")
    body = body.replace("\x00", " ").strip()
    if len(body) > MAX_BODY:
        raise AskError(f"body: {len(body)} characters; the limit is {MAX_BODY}")
    stamp = now_iso(now)
    tid = q["thread"] or f"savoir-{q['id']}"
    n = store.conn.execute("SELECT count(*) FROM answers WHERE question = ?", (q["id"],)).fetchone()[0]
    post = f"{tid}-a{n + 1}"
    record = _thread_record(store, q, {"id": post, "author": person, "created": stamp, "kind": "answer",
                                       "body": body, "votes": 0, "accepted": False})
    questions.answer(store, q["id"], record, post, person, stamp,
                     [message(store, q["asker"], "answered", q["id"], q["title"])])
    return post


def accept(sv, asker: str, qid, post, now: _dt.datetime | None = None) -> None:
    """The asker accepts an answer: the question and its thread are solved."""
    store = sv.store
    q = _question(store, qid)
    if asker != q["asker"]:
        raise NotFound(f"question {q['id']!r}: only its asker accepts an answer")
    if q["status"] != "open":
        raise AskError(f"question {q['id']!r}: already {q['status']}")
    row = store.one("SELECT person FROM answers WHERE question = ? AND post = ?", (q["id"], post))
    if row is None:
        raise AskError(f"post: {str(post)[:60]!r} is not an answer to this question")
    stamp = now_iso(now)
    questions.accept(store, q["id"], _thread_record(store, q, accept=post), post, asker, stamp,
                     [message(store, row["person"], "accepted", q["id"], q["title"])])


def refer(sv, person: str, qid, to, note: str = "", now: _dt.datetime | None = None) -> str:
    """``person`` hands the question to someone else (who must be allowed to see it)."""
    store = sv.store
    q = _question(store, qid)
    _my_open_routing(store, q, person)
    to = (to or "").strip() if isinstance(to, str) else ""
    target = store.one("SELECT id, opted_out FROM people WHERE id = ?", (to,)) if to else None
    if target is None:
        pid = store.resolve_person(email=to if "@" in to else None, aliases=(to,)) if to else None
        target = store.one("SELECT id, opted_out FROM people WHERE id = ?", (pid,)) if pid else None
    if target is None or target["opted_out"]:
        raise AskError(f"to: unknown person {to[:60]!r}")
    to = target["id"]
    if to in (person, q["asker"]) or store.one("SELECT 1 AS x FROM routings WHERE question = ? AND person = ?",
                                               (q["id"], to)):
        raise AskError(f"to: {to!r} already has this question")
    if not access_for(store, to).sees_community(q["community"]):
        raise AskError(f"to: {to!r} is not a member of this private community")
    stamp = now_iso(now)
    questions.refer(store, q["id"], person, to, (note or "")[:500], stamp,
                    [message(store, to, "asked", q["id"], q["title"])])
    return to


def pass_question(sv, person: str, qid, note: str = "", now: _dt.datetime | None = None) -> None:
    store = sv.store
    q = _question(store, qid)
    _my_open_routing(store, q, person)
    questions.pass_question(store, q["id"], person, (note or "")[:500], now_iso(now))


def get_prefs(store, person: str) -> dict:
    row = store.one("SELECT weekly_cap, unavailable_until, never_route, notify FROM routing_prefs WHERE person = ?",
                    (person,))
    return dict(row or {"weekly_cap": None, "unavailable_until": None, "never_route": 0, "notify": "immediate"},
                never_route=bool((row or {}).get("never_route")))


def set_prefs(store, person: str, weekly_cap=None, unavailable_until=None, never_route=False,
              notify: str = "immediate") -> dict:
    """Replace ``person``'s routing choices (empty values: no personal cap, available)."""
    if weekly_cap in ("", None):
        weekly_cap = None
    else:
        try:
            weekly_cap = int(weekly_cap)
        except (TypeError, ValueError):
            raise AskError(f"weekly_cap: expected a number of questions, got {str(weekly_cap)[:20]!r}") from None
        if not 0 <= weekly_cap <= MAX_WEEKLY_CAP:
            raise AskError(f"weekly_cap: {weekly_cap} is outside 0..{MAX_WEEKLY_CAP}")
    if unavailable_until in ("", None):
        unavailable_until = None
    else:
        try:
            unavailable_until = _dt.date.fromisoformat(str(unavailable_until)).isoformat()
        except ValueError:
            raise AskError(f"unavailable_until: {str(unavailable_until)[:20]!r} is not a date (YYYY-MM-DD)") from None
    if notify not in NOTIFY_MODES:
        raise AskError(f"notify: {str(notify)[:20]!r} is not known; use {', '.join(NOTIFY_MODES)}")
    questions.set_prefs(store, person, weekly_cap, unavailable_until, never_route, notify, now_iso())
    return get_prefs(store, person)


def unanswered(sv, community: str, viewer: str | None, limit: int = 10) -> list[dict]:
    """Escalated questions of a community still without an answer (for its page)."""
    store = sv.store
    if not access_for(store, viewer).sees_community(community):
        return []
    return store.query("SELECT id, title, created_at, escalated_at FROM questions q WHERE community = ?"
                       " AND status = 'open' AND escalated_at IS NOT NULL"
                       " AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.question = q.id)"
                       " ORDER BY created_at LIMIT ?", (community, limit))
