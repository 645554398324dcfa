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
"""
from __future__ import annotations

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
