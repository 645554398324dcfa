"""Shared machinery of the importers: validated upserts with per-record savepoints, person
resolution and merging across sources, incremental thread merging, small text helpers.

Every importer opens ONE ``store.transaction()`` and feeds records through a :class:`Session`.
A bad record becomes a :class:`~indexer.corpus.Problem` (source, position, field, reason) and is
skipped; any other exception (including ``KeyboardInterrupt``) rolls the whole import back.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any, Callable

from ..corpus import ImportReport, Problem
from ..errors import BadInput
from ..records import RecordError, validate
from ..store import Store

__all__ = ["SourceError", "Session", "epoch_to_iso", "title_from_text", "slug"]


class SourceError(BadInput):
    """The source cannot be imported at all (missing path, wrong kind of file). Nothing was written."""


_PERSON_TEXT = ("name", "email", "title", "department", "location", "profile", "manager", "joined")
_PERSON_LISTS = ("languages", "skills", "aliases", "external_ids")


def epoch_to_iso(value: Any) -> str | None:
    """Unix seconds (int, float or string such as Slack's ``"1700000000.000100"``) -> ISO UTC, else None."""
    try:
        seconds = float(value)
        return _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc).replace(tzinfo=None, microsecond=0).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def title_from_text(text: str, limit: int = 120) -> str:
    """First non-empty line of ``text`` cut at ``limit`` characters on a word boundary."""
    for line in (text or "").splitlines():
        line = line.strip().strip("#>*`- ").strip()
        if line and line != "```":
            if len(line) <= limit:
                return line
            cut = line[:limit].rsplit(" ", 1)[0]
            return (cut or line[:limit]) + "…"
    return "(sans titre)"


def slug(text: str) -> str:
    """Lower-case ASCII-ish identifier fragment: letters, digits, dashes."""
    text = re.sub(r"[^\w.-]+", "-", (text or "").strip().lower(), flags=re.UNICODE).strip("-")
    return text or "x"


class Session:
    """One import: the store, the report, and the helpers every importer needs.

    ``source`` is the label written in problems and in ``source`` fields (e.g. ``slack:T123``).
    """

    def __init__(self, store: Store, report: ImportReport, progress: Callable[[int], Any] | None = None):
        self.store = store
        self.report = report
        self.progress = progress
        self._sp = 0

    # -- problems ---------------------------------------------------------------------------
    def problem(self, where: str, position: int | None, field: str, reason: str) -> None:
        self.report.problems.append(Problem(str(where), position, field, reason))

    # -- validated upsert -------------------------------------------------------------------
    def put(self, kind: str, raw: dict, where: str, position: int | None = None) -> dict | None:
        """Validate ``raw`` as ``kind`` and upsert it inside a savepoint; a RecordError is reported, not raised."""
        try:
            rec = validate(kind, raw)
        except RecordError as e:
            self.problem(where, position, f"{kind} {raw.get('id', '') if isinstance(raw, dict) else ''}: {e.field}".replace("  ", " "), e.problem)
            return None
        self._sp += 1
        name = f"rec{self._sp}"
        conn = self.store.conn
        conn.execute(f"SAVEPOINT {name}")
        try:
            status = self.store.upsert(kind, rec)
        except RecordError as e:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            self.problem(where, position, f"{kind} {rec.get('id', rec.get('person', ''))}: {e.field}", e.problem)
            return None
        except BaseException:
            # leave the outer transaction to roll everything back
            raise
        conn.execute(f"RELEASE {name}")
        self.report.add(kind, status)
        if self.progress is not None:
            self.progress(1)
        return rec

    # -- people -----------------------------------------------------------------------------
    def load_person(self, pid: str) -> dict | None:
        row = self.store.one("SELECT * FROM people WHERE id = ?", (pid,))
        if row is None:
            return None
        rec = {k: row[k] for k in ("id", "source") + _PERSON_TEXT if row.get(k) not in (None, "")}
        for k in _PERSON_LISTS:
            rec[k] = _loads(row.get(k), [])
        rec["opted_out"] = bool(row.get("opted_out"))
        extra = _loads(row.get("extra"), {})
        if extra:
            rec["extra"] = extra
        return rec

    def find_person(self, email: str | None = None, aliases=(), external_ids=()) -> str | None:
        """The id of a known person matching any of the keys, else None."""
        email = email if isinstance(email, str) and "@" in email else None
        aliases = [a for a in aliases if isinstance(a, str) and a.strip()]
        for ext in external_ids:
            pid = self.store.resolve_person(external_id=ext)
            if pid:
                return pid
        pid = self.store.resolve_person(email=email, aliases=aliases)
        if pid:
            return pid
        for ext in external_ids:
            row = self.store.one("SELECT id FROM people WHERE id = ?", (ext,))
            if row:
                return row["id"]
        return None

    def put_person(self, raw: dict, where: str, position: int | None = None, *, authoritative: bool = False) -> str | None:
        """Create or merge one person; returns the stored id (possibly another source's), or None if invalid.

        ``raw["id"]`` is the source-namespaced id; it is kept in ``external_ids`` so that the next
        import finds the same person. When a person is already known (same e-mail, alias or external
        id), existing non-empty fields are kept and new aliases / external ids are added, unless the
        existing record came from the same source (it refreshes its own data) or ``authoritative``
        (a staff directory: its non-empty values win and it becomes the record's source).
        """
        raw = {k: v for k, v in raw.items() if v not in (None, "", [])}
        ext_ids = [raw["id"]] + [x for x in raw.get("external_ids", []) if isinstance(x, str)] if isinstance(raw.get("id"), str) else []
        try:
            # handles and display names ("john") are stored as aliases but never used to merge:
            # they are not unique across sources; e-mails (current or former) and external ids are
            existing_id = self.find_person(raw.get("email"), (), ext_ids)
        except Exception as e:  # pragma: no cover - defensive: odd key types
            self.problem(where, position, "person", f"cannot resolve this person: {e}")
            return None
        old = self.load_person(existing_id) if existing_id else None
        if old is None:
            rec = dict(raw)
            rec["external_ids"] = _union(ext_ids, [])
        else:
            rec = _merge_person(old, raw, ext_ids, override=authoritative or old.get("source") == raw.get("source"))
            if authoritative and raw.get("source"):
                rec["source"] = raw["source"]
        stored = self.put("person", rec, where, position)
        return stored["id"] if stored else None

    # -- communities ------------------------------------------------------------------------
    def ensure_community(self, cid: str, name: str | None, where: str, **fields) -> str | None:
        """Create the community if the store does not know it; never overwrite one defined elsewhere
        unless it was created by the same ``source``."""
        row = self.store.one("SELECT source FROM communities WHERE id = ?", (cid,))
        if row is not None and row.get("source") != fields.get("source"):
            return cid
        rec = {"id": cid, "name": name or cid, **{k: v for k, v in fields.items() if v not in (None, "", [])}}
        stored = self.put("community", rec, where)
        return stored["id"] if stored else None

    # -- threads ----------------------------------------------------------------------------
    def merge_thread(self, rec: dict) -> dict:
        """Union the posts of ``rec`` with those already stored for the same thread id (so that a
        partial or newer export never deletes posts); new versions of a post win."""
        tid = rec.get("id")
        if not isinstance(tid, str):
            return rec
        old_posts = self.store.query(
            "SELECT id, author, created, body, votes, accepted, kind FROM posts WHERE thread = ? ORDER BY position", (tid,))
        if not old_posts:
            return rec
        new_ids = {p.get("id") for p in rec["posts"]}
        missing = [p for p in old_posts if p["id"] not in new_ids]
        if not missing:
            return rec
        old = self.store.one("SELECT title, created, tags FROM threads WHERE id = ?", (tid,)) or {}
        posts = [dict(p) for p in rec["posts"]]
        for p in missing:
            posts.append({k: v for k, v in p.items() if v is not None and k != "kind"} | {"accepted": bool(p["accepted"])})
        root_missing = old_posts[0]["id"] not in new_ids
        posts.sort(key=lambda p: (p.get("created") or "", p.get("id") or ""))
        if root_missing:
            root = next(p for p in posts if p["id"] == old_posts[0]["id"])
            posts.remove(root)
            posts.insert(0, root)
        for i, p in enumerate(posts):
            p["kind"] = "question" if i == 0 else ("comment" if p.get("kind") == "comment" else "answer")
            if i == 0:
                p["accepted"] = False
        merged = dict(rec, posts=posts)
        if root_missing:
            merged["title"] = old.get("title") or rec.get("title")
            merged["created"] = old.get("created") or rec.get("created")
        return merged


def _loads(value, default):
    if value in (None, ""):
        return default
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default


def _union(*lists) -> list:
    out: list = []
    for lst in lists:
        for v in lst or []:
            if v not in out:
                out.append(v)
    return out


def _merge_person(old: dict, new: dict, ext_ids: list[str], *, override: bool) -> dict:
    rec = dict(old)
    for k in _PERSON_TEXT:
        if k == "email":
            continue
        if new.get(k) and (override or not old.get(k)):
            rec[k] = new[k]
    new_email = new.get("email")
    aliases = list(old.get("aliases", []))
    if isinstance(new_email, str) and "@" in new_email:
        new_email = new_email.strip().lower()
        old_email = old.get("email")
        if not old_email:
            rec["email"] = new_email
        elif new_email != old_email:
            if override:
                rec["email"] = new_email
                aliases.append(old_email)
            else:
                aliases.append(new_email)
    rec["aliases"] = _union(aliases, [a.lower() for a in new.get("aliases", []) if isinstance(a, str)])
    for k in ("languages", "skills"):
        rec[k] = _union(old.get(k, []), new.get(k, []))
    rec["external_ids"] = _union(old.get("external_ids", []), ext_ids)
    rec["opted_out"] = bool(old.get("opted_out")) or bool(new.get("opted_out"))
    if isinstance(new.get("extra"), dict):
        rec["extra"] = ({**old.get("extra", {}), **new["extra"]} if override else {**new["extra"], **old.get("extra", {})})
    rec["id"] = old["id"]
    return rec


def display(path: Path | str) -> str:
    return str(path)
