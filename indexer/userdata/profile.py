"""Profile choices: what members say about what Savoir says about them.

One row per choice, keyed by person id (imports and rebuilds never write here, so a choice
survives both):

- ``topic_confirmed`` / ``topic_hidden``: an inferred topic (its label) confirmed or hidden
- ``item_hidden``: one contribution (post id, document id or ``profile:<person>``) not to count
- ``ask_me`` / ``mentor`` / ``learn``: declared topics (shown as declared; not used to rank)
- ``opted_out``: out of Savoir entirely (value ``""``); the source's own flag still applies

Every change is logged in ``profile_log`` (the person sees it on their profile page).
"""
from __future__ import annotations

from datetime import datetime, timezone

from ..errors import BadInput

__all__ = ["DDL", "KINDS", "DECLARED", "choices", "set_choice", "opted_out", "hidden_pairs", "log", "export"]

DDL = (
    "CREATE TABLE IF NOT EXISTS profile_choices (person TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,"
    " at TEXT NOT NULL, PRIMARY KEY (person, kind, value))",
    "CREATE TABLE IF NOT EXISTS profile_log (id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL,"
    " action TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS profile_log_person ON profile_log (person, id)",
)

DECLARED = ("ask_me", "mentor", "learn")
KINDS = ("topic_confirmed", "topic_hidden", "item_hidden", "opted_out") + DECLARED
MAX_VALUE = 200
# a topic is either confirmed or hidden: setting one drops the other
_EXCLUSIVE = {"topic_confirmed": "topic_hidden", "topic_hidden": "topic_confirmed"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _clean(kind: str, value) -> str:
    if kind not in KINDS:
        raise BadInput(f"kind: {kind!r} is not known; use one of {', '.join(KINDS)}")
    value = " ".join(str(value or "").split())
    if kind == "opted_out":
        return ""
    if not value:
        raise BadInput("value: empty; name the topic or the item")
    if len(value) > MAX_VALUE:
        raise BadInput(f"value: {len(value)} characters; the limit is {MAX_VALUE}")
    return value


def choices(conn, person: str) -> dict[str, list[str]]:
    """kind -> values (in the order they were made) of one person."""
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    for kind, value in conn.execute(
            "SELECT kind, value FROM profile_choices WHERE person = ? ORDER BY at, rowid", (person,)):
        out.setdefault(kind, []).append(value)
    return out


def set_choice(store, person: str, kind: str, value="", on: bool = True) -> bool:
    """Make (``on``) or undo one choice; True when something changed (then it is logged)."""
    value = _clean(kind, value)
    at = _now()
    with store.transaction():
        conn = store.conn
        if on:
            cur = conn.execute("INSERT OR IGNORE INTO profile_choices (person, kind, value, at) VALUES (?, ?, ?, ?)",
                               (person, kind, value, at))
            if kind in _EXCLUSIVE:
                conn.execute("DELETE FROM profile_choices WHERE person = ? AND kind = ? AND value = ?",
                             (person, _EXCLUSIVE[kind], value))
        else:
            cur = conn.execute("DELETE FROM profile_choices WHERE person = ? AND kind = ? AND value = ?",
                               (person, kind, value))
        changed = cur.rowcount > 0
        if changed:
            conn.execute("INSERT INTO profile_log (person, action, kind, value, at) VALUES (?, ?, ?, ?, ?)",
                         (person, "set" if on else "undo", kind, value, at))
    return changed


def opted_out(conn) -> set[str]:
    """People who opted out in Savoir (the source's flag is read from ``people``)."""
    return {r[0] for r in conn.execute("SELECT person FROM profile_choices WHERE kind = 'opted_out'")}


def hidden_pairs(conn) -> tuple[frozenset, frozenset]:
    """((person, item), ...) hidden items and ((person, topic label), ...) hidden topics."""
    items, topics = set(), set()
    for person, kind, value in conn.execute(
            "SELECT person, kind, value FROM profile_choices WHERE kind IN ('item_hidden', 'topic_hidden')"):
        (items if kind == "item_hidden" else topics).add((person, value))
    return frozenset(items), frozenset(topics)


def log(conn, person: str, limit: int = 200) -> list[dict]:
    """The person's changes, newest first."""
    return [{"at": at, "action": action, "kind": kind, "value": value} for action, kind, value, at in conn.execute(
        "SELECT action, kind, value, at FROM profile_log WHERE person = ? ORDER BY id DESC LIMIT ?", (person, limit))]


def export(conn, person: str) -> dict:
    """Everything Savoir holds about ``person``: the source record, their choices and log."""
    cur = conn.execute("SELECT * FROM people WHERE id = ?", (person,))
    row = cur.fetchone()
    record = dict(zip([d[0] for d in cur.description], row)) if row else None
    return {"person": record, "choices": choices(conn, person), "log": log(conn, person, limit=100_000)}
