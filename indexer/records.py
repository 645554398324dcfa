"""Validation of one record of the project corpus format (see docs/DESIGN.md).

Every importer produces these dicts; :func:`validate` turns a raw dict into a
normalised one or raises :class:`RecordError` naming the field and the fix.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

from .errors import BadInput

__all__ = [
    "RecordError",
    "KINDS",
    "STAGES",
    "ROLES",
    "DOC_KINDS",
    "validate",
    "parse_date",
]

KINDS = ("practice", "innovation", "project")
STAGES = ("start", "coalescing", "active", "dispersing", "closed")
VISIBILITIES = ("open", "private")
ROLES = ("coordinator", "sponsor", "core", "active", "peripheral", "expert")
DOC_KINDS = ("guide", "case", "method", "tool", "story", "lesson")
LINK_KINDS = ("duplicate", "related")

MAX_TEXT = 2_000_000  # characters in one text field


class RecordError(BadInput):
    """A record that cannot be stored: ``field`` names where, ``problem`` says what to fix."""

    hint = "correct the field in the source and import again; nothing of this record was stored"

    def __init__(self, field: str, problem: str):
        self.field, self.problem = field, problem
        super().__init__(f"{field}: {problem}")

    def __eq__(self, other) -> bool:
        return isinstance(other, RecordError) and (self.field, self.problem) == (other.field, other.problem)

    __hash__ = None


def parse_date(value: Any, field: str) -> str | None:
    """Normalise an ISO 8601 date or datetime string; returns ``YYYY-MM-DDTHH:MM:SS``."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(field, f"expected an ISO 8601 date string such as 2024-03-02, got {type(value).__name__}")
    text = value.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            d = _dt.date.fromisoformat(text)
            return f"{d.isoformat()}T00:00:00"
        dt = _dt.datetime.fromisoformat(text)
    except ValueError:
        raise RecordError(field, f"{value!r} is not an ISO 8601 date; write it as 2024-03-02 or 2024-03-02T09:12:00") from None
    if dt.tzinfo is not None:
        dt = dt.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return dt.replace(microsecond=0).isoformat()


def _str(rec: dict, field: str, required: bool = False, max_len: int = MAX_TEXT) -> str | None:
    value = rec.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RecordError(field, "is required and must be a non-empty string")
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and field in ("id", "person", "community", "author", "thread"):
        value = str(value)
    if not isinstance(value, str):
        raise RecordError(field, f"expected a string, got {type(value).__name__}")
    if "\x00" in value:
        raise RecordError(field, "contains a NUL character; remove it")
    if len(value) > max_len:
        raise RecordError(field, f"is {len(value)} characters long; the limit is {max_len}")
    return value.strip() if field in ("id", "person", "community", "author", "thread", "email") else value


def _choice(rec: dict, field: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
    value = rec.get(field, default)
    if value is None:
        if default is None:
            raise RecordError(field, f"is required; one of {', '.join(choices)}")
        return default
    if not isinstance(value, str) or value.strip().lower() not in choices:
        raise RecordError(field, f"{value!r} is not allowed; use one of {', '.join(choices)}")
    return value.strip().lower()


def _str_list(rec: dict, field: str) -> list[str]:
    value = rec.get(field)
    if value is None:
        return []
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise RecordError(field, "expected a list of strings, for example [\"fr\", \"en\"]")
    return [str(v).strip() for v in value if str(v).strip()]


def _bool(rec: dict, field: str, default: bool = False) -> bool:
    value = rec.get(field, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no", "1", "0"):
        return value.lower() in ("true", "yes", "1")
    raise RecordError(field, f"expected true or false, got {value!r}")


def _int(rec: dict, field: str, default: int = 0) -> int:
    value = rec.get(field, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise RecordError(field, f"expected an integer, got {value!r}")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise RecordError(field, f"expected an integer, got {value!r}") from None


def _check_fields(rec: Any, allowed: set[str], what: str) -> None:
    if not isinstance(rec, dict):
        raise RecordError(what, f"expected a JSON object, got {type(rec).__name__}")
    unknown = sorted(set(rec) - allowed - {"extra"})
    if unknown:
        raise RecordError(unknown[0], f"unknown field in {what}; allowed fields are {', '.join(sorted(allowed))} (put anything else under \"extra\")")


_PERSON = {"id", "name", "email", "title", "department", "location", "languages", "profile", "skills",
           "opted_out", "aliases", "manager", "joined", "external_ids", "source"}


def person(rec: Any) -> dict:
    _check_fields(rec, _PERSON, "person")
    email = _str(rec, "email")
    if email is not None:
        email = email.lower()
        if "@" not in email:
            raise RecordError("email", f"{email!r} is not an e-mail address")
    return {
        "id": _str(rec, "id", required=True, max_len=200),
        "name": _str(rec, "name", required=True, max_len=500),
        "email": email,
        "title": _str(rec, "title", max_len=500),
        "department": _str(rec, "department", max_len=500),
        "location": _str(rec, "location", max_len=500),
        "languages": _str_list(rec, "languages"),
        "profile": _str(rec, "profile") or "",
        "skills": _str_list(rec, "skills"),
        "opted_out": _bool(rec, "opted_out"),
        "aliases": [a.lower() for a in _str_list(rec, "aliases")],
        "external_ids": _str_list(rec, "external_ids"),
        "manager": _str(rec, "manager", max_len=200),
        "joined": parse_date(rec.get("joined"), "joined"),
        "source": _str(rec, "source", max_len=200),
        "extra": rec.get("extra") or {},
    }


_COMMUNITY = {"id", "name", "domain", "kind", "stage", "visibility", "coordinator", "sponsor", "created",
              "how_to_join", "charter_updated", "events", "success_stories", "source"}


def _dated_list(rec: dict, field: str) -> list[dict]:
    value = rec.get(field) or []
    if not isinstance(value, list):
        raise RecordError(field, "expected a list of objects such as {\"date\": \"2024-02-01\", \"title\": \"...\"}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise RecordError(f"{field}[{i}]", "expected an object with date and title")
        out.append({
            "date": parse_date(item.get("date"), f"{field}[{i}].date"),
            "title": _str(item, "title", required=True, max_len=1000),
            "text": _str(item, "text") or "",
        })
    return out


def community(rec: Any) -> dict:
    _check_fields(rec, _COMMUNITY, "community")
    return {
        "id": _str(rec, "id", required=True, max_len=200),
        "name": _str(rec, "name", required=True, max_len=500),
        "domain": _str(rec, "domain") or "",
        "kind": _choice(rec, "kind", KINDS, default="practice"),
        "stage": _choice(rec, "stage", STAGES, default="active"),
        "visibility": _choice(rec, "visibility", VISIBILITIES, default="open"),
        "coordinator": _str(rec, "coordinator", max_len=200),
        "sponsor": _str(rec, "sponsor", max_len=200),
        "created": parse_date(rec.get("created"), "created"),
        "how_to_join": _str(rec, "how_to_join") or "",
        "charter_updated": parse_date(rec.get("charter_updated"), "charter_updated"),
        "events": _dated_list(rec, "events"),
        "success_stories": _dated_list(rec, "success_stories"),
        "source": _str(rec, "source", max_len=200),
    }


_MEMBERSHIP = {"person", "community", "role", "since"}


def membership(rec: Any) -> dict:
    _check_fields(rec, _MEMBERSHIP, "membership")
    return {
        "person": _str(rec, "person", required=True, max_len=200),
        "community": _str(rec, "community", required=True, max_len=200),
        "role": _choice(rec, "role", ROLES, default="peripheral"),
        "since": parse_date(rec.get("since"), "since"),
    }


_THREAD = {"id", "community", "title", "tags", "created", "solved", "posts", "links", "language", "source", "url"}
_POST = {"id", "author", "created", "body", "votes", "accepted", "kind"}


def thread(rec: Any) -> dict:
    _check_fields(rec, _THREAD, "thread")
    tid = _str(rec, "id", required=True, max_len=200)
    posts_raw = rec.get("posts")
    if not isinstance(posts_raw, list) or not posts_raw:
        raise RecordError("posts", "expected a non-empty list of posts; the first post is the question")
    posts = []
    seen = set()
    for i, p in enumerate(posts_raw):
        where = f"posts[{i}]"
        try:
            _check_fields(p, _POST, "post")
            pid = _str(p, "id", max_len=200) or f"{tid}-{i + 1}"
            if pid in seen:
                raise RecordError("id", f"duplicate post id {pid!r} in this thread")
            seen.add(pid)
            kind = _choice(p, "kind", ("question", "answer", "comment"), default="question" if i == 0 else "answer")
            posts.append({
                "id": pid,
                "author": _str(p, "author", max_len=200),
                "created": parse_date(p.get("created"), "created"),
                "body": _str(p, "body", required=True),
                "votes": _int(p, "votes"),
                "accepted": _bool(p, "accepted"),
                "kind": kind,
            })
        except RecordError as e:
            raise RecordError(f"{where}.{e.field}", e.problem) from None
    if posts[0]["kind"] != "question":
        raise RecordError("posts[0].kind", "the first post of a thread is its question")
    accepted = [p for p in posts if p["accepted"]]
    if len(accepted) > 1:
        raise RecordError("posts", "more than one post is marked accepted; keep one")
    if accepted and accepted[0]["kind"] == "question":
        raise RecordError("posts[0].accepted", "the question itself cannot be the accepted answer")
    links_raw = rec.get("links") or []
    if not isinstance(links_raw, list):
        raise RecordError("links", "expected a list such as [{\"thread\": \"t0102\", \"kind\": \"duplicate\"}]")
    links = []
    for i, link in enumerate(links_raw):
        if not isinstance(link, dict):
            raise RecordError(f"links[{i}]", "expected an object with thread and kind")
        try:
            links.append({"thread": _str(link, "thread", required=True, max_len=200),
                          "kind": _choice(link, "kind", LINK_KINDS, default="related")})
        except RecordError as e:
            raise RecordError(f"links[{i}].{e.field}", e.problem) from None
    created = parse_date(rec.get("created"), "created") or posts[0]["created"]
    solved = _bool(rec, "solved", default=bool(accepted))
    return {
        "id": tid,
        "community": _str(rec, "community", max_len=200),
        "title": _str(rec, "title", required=True, max_len=2000),
        "tags": _str_list(rec, "tags"),
        "created": created,
        "solved": solved,
        "language": _str(rec, "language", max_len=10),
        "source": _str(rec, "source", max_len=200),
        "url": _str(rec, "url", max_len=2000),
        "posts": posts,
        "links": links,
    }


_DOCUMENT = {"id", "title", "kind", "community", "authors", "created", "updated", "language", "body", "path", "source", "url"}


def document(rec: Any) -> dict:
    _check_fields(rec, _DOCUMENT, "document")
    return {
        "id": _str(rec, "id", required=True, max_len=200),
        "title": _str(rec, "title", required=True, max_len=2000),
        "kind": _choice(rec, "kind", DOC_KINDS, default="guide"),
        "community": _str(rec, "community", max_len=200),
        "authors": _str_list(rec, "authors"),
        "created": parse_date(rec.get("created"), "created"),
        "updated": parse_date(rec.get("updated"), "updated"),
        "language": _str(rec, "language", max_len=10),
        "body": _str(rec, "body", required=True),
        "path": _str(rec, "path", max_len=2000),
        "source": _str(rec, "source", max_len=200),
        "url": _str(rec, "url", max_len=2000),
    }


_VALIDATORS: dict[str, Callable[[Any], dict]] = {
    "person": person,
    "community": community,
    "membership": membership,
    "thread": thread,
    "document": document,
}


def validate(kind: str, rec: Any) -> dict:
    """Validate and normalise a record of ``kind`` (person, community, membership, thread, document)."""
    return _VALIDATORS[kind](rec)
