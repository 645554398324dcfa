"""Questions asked through Savoir and what happened to them (matcher.ask, matcher.inbox).

- ``questions``: one row per question; ``status`` is ``open``, ``solved`` (an accepted answer or
  an existing thread that solved it) or ``closed``; ``thread`` is the Savoir-native thread that
  holds its answers (created by the first answer, source ``savoir``).
- ``routings``: who a question was sent to and why (``chosen`` by the router, ``added`` by the
  asker, ``referred`` by another person, ``escalated`` to the coordinator); ``state`` is
  ``open``, ``answered``, ``passed`` or ``referred`` (what the person did).
- ``answers``: the posts that answer a question; ``passes`` and ``referrals``: the other replies.
- ``solved_events``: "this solved it" (an existing thread) and accepted answers, for evaluation.
- ``routing_prefs``: a person's choices: at most N a week, not now until a date, never route to
  me, and how to be notified (``immediate``, ``digest`` or ``off``).

Every write is a function here, one transaction each, with the notifications it sends
(:class:`.outbox.Message`, queued in the same transaction); matcher.ask and matcher.inbox check
the input and call them.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from . import outbox
from .outbox import Message

__all__ = ["DDL", "ask", "solved_by_thread", "answer", "accept", "refer", "pass_question", "set_prefs", "escalate"]

DDL = (
    "CREATE TABLE IF NOT EXISTS questions(id TEXT PRIMARY KEY, asker TEXT NOT NULL, community TEXT,"
    " title TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', created_at TEXT NOT NULL,"
    " thread TEXT, solved_at TEXT, solved_thread TEXT, solved_post TEXT, escalated_at TEXT)",
    "CREATE INDEX IF NOT EXISTS questions_asker ON questions(asker)",
    "CREATE INDEX IF NOT EXISTS questions_community ON questions(community, status)",
    "CREATE TABLE IF NOT EXISTS routings(question TEXT NOT NULL, person TEXT NOT NULL, reason TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'open', score REAL, why TEXT, referred_by TEXT, created_at TEXT NOT NULL,"
    " PRIMARY KEY(question, person))",
    "CREATE INDEX IF NOT EXISTS routings_person ON routings(person, state)",
    "CREATE TABLE IF NOT EXISTS answers(post TEXT PRIMARY KEY, question TEXT NOT NULL, person TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS answers_question ON answers(question)",
    "CREATE TABLE IF NOT EXISTS passes(question TEXT NOT NULL, person TEXT NOT NULL, note TEXT,"
    " created_at TEXT NOT NULL, PRIMARY KEY(question, person))",
    "CREATE TABLE IF NOT EXISTS referrals(question TEXT NOT NULL, from_person TEXT NOT NULL,"
    " to_person TEXT NOT NULL, note TEXT, created_at TEXT NOT NULL, PRIMARY KEY(question, from_person, to_person))",
    "CREATE TABLE IF NOT EXISTS solved_events(id INTEGER PRIMARY KEY AUTOINCREMENT, question TEXT NOT NULL,"
    " kind TEXT NOT NULL, thread TEXT, post TEXT, person TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS routing_prefs(person TEXT PRIMARY KEY, weekly_cap INTEGER,"
    " unavailable_until TEXT, never_route INTEGER NOT NULL DEFAULT 0, notify TEXT NOT NULL DEFAULT 'immediate',"
    " updated_at TEXT)",
)


def ask(store, qid: str, asker: str, community: str, title: str, body: str, stamp: str,
        people: Mapping[str, tuple[str, str | None]], messages: Iterable[Message]) -> None:
    """A new open question routed to ``people`` (person -> (reason, why)), with its messages."""
    with store.transaction():
        store.execute("INSERT INTO questions(id, asker, community, title, body, status, created_at)"
                      " VALUES (?,?,?,?,?,?,?)", (qid, asker, community, title, body, "open", stamp))
        store.conn.executemany(
            "INSERT INTO routings(question, person, reason, state, why, created_at) VALUES (?,?,?,?,?,?)",
            [(qid, pid, reason, "open", why, stamp) for pid, (reason, why) in people.items()])
        outbox.add(store, messages, stamp)


def solved_by_thread(store, qid: str, asker: str, community: str, title: str, body: str, thread: str,
                     stamp: str) -> None:
    """A question recorded as solved at once by an existing ``thread`` ("this solved it")."""
    with store.transaction():
        store.execute("INSERT INTO questions(id, asker, community, title, body, status, created_at, solved_at,"
                      " solved_thread) VALUES (?,?,?,?,?,?,?,?,?)",
                      (qid, asker, community, title, body, "solved", stamp, stamp, thread))
        store.execute("INSERT INTO solved_events(question, kind, thread, person, created_at) VALUES (?,?,?,?,?)",
                      (qid, "thread", thread, asker, stamp))


def answer(store, qid: str, thread: dict, post: str, person: str, stamp: str, messages: Iterable[Message]) -> None:
    """``person``'s answer ``post``: the question's Savoir-native ``thread`` record (holding the
    post) upserted, the answer recorded and the person's routing marked answered."""
    with store.transaction():
        store.upsert_thread(thread)
        store.execute("UPDATE questions SET thread = ? WHERE id = ?", (thread["id"], qid))
        store.execute("INSERT INTO answers(post, question, person, created_at) VALUES (?,?,?,?)",
                      (post, qid, person, stamp))
        store.execute("UPDATE routings SET state = 'answered' WHERE question = ? AND person = ?", (qid, person))
        outbox.add(store, messages, stamp)


def accept(store, qid: str, thread: dict, post: str, asker: str, stamp: str, messages: Iterable[Message]) -> None:
    """The asker accepts ``post``: the question solved, its ``thread`` record (the post accepted) upserted."""
    with store.transaction():
        store.upsert_thread(thread)
        store.execute("UPDATE questions SET status = 'solved', solved_at = ?, solved_post = ? WHERE id = ?",
                      (stamp, post, qid))
        store.execute("INSERT INTO solved_events(question, kind, thread, post, person, created_at)"
                      " VALUES (?,?,?,?,?,?)", (qid, "answer", thread["id"], post, asker, stamp))
        outbox.add(store, messages, stamp)


def refer(store, qid: str, person: str, to: str, note: str, stamp: str, messages: Iterable[Message]) -> None:
    """``person`` hands the question to ``to``, who gets an open routing of reason ``referred``."""
    with store.transaction():
        store.execute("UPDATE routings SET state = 'referred' WHERE question = ? AND person = ?", (qid, person))
        store.execute("INSERT INTO referrals(question, from_person, to_person, note, created_at) VALUES (?,?,?,?,?)",
                      (qid, person, to, note, stamp))
        store.execute("INSERT INTO routings(question, person, reason, state, referred_by, created_at)"
                      " VALUES (?,?,?,?,?,?)", (qid, to, "referred", "open", person, stamp))
        outbox.add(store, messages, stamp)


def pass_question(store, qid: str, person: str, note: str, stamp: str) -> None:
    with store.transaction():
        store.execute("UPDATE routings SET state = 'passed' WHERE question = ? AND person = ?", (qid, person))
        store.execute("INSERT OR REPLACE INTO passes(question, person, note, created_at) VALUES (?,?,?,?)",
                      (qid, person, note, stamp))


def set_prefs(store, person: str, weekly_cap: int | None, unavailable_until: str | None, never_route: bool,
              notify: str, stamp: str) -> None:
    """Replace ``person``'s routing choices."""
    with store.transaction():
        store.execute("INSERT OR REPLACE INTO routing_prefs(person, weekly_cap, unavailable_until, never_route,"
                      " notify, updated_at) VALUES (?,?,?,?,?,?)",
                      (person, weekly_cap, unavailable_until, int(bool(never_route)), notify, stamp))


def escalate(store, due: Mapping[str, str | None], stamp: str, messages: Iterable[Message]) -> None:
    """Mark the questions ``due`` (question -> coordinator to route it to, or None) escalated at
    ``stamp``; a coordinator gets an open routing of reason ``escalated`` (theirs already, reopened)."""
    with store.transaction():
        for qid, coordinator in due.items():
            store.execute("UPDATE questions SET escalated_at = ? WHERE id = ?", (stamp, qid))
            if coordinator is not None:
                store.execute("INSERT INTO routings(question, person, reason, state, created_at) VALUES (?,?,?,?,?)"
                              " ON CONFLICT(question, person) DO UPDATE SET reason = 'escalated', state = 'open'",
                              (qid, coordinator, "escalated", "open", stamp))
        outbox.add(store, messages, stamp)
