"""Import an official Stack Exchange data dump folder (Posts.xml, Users.xml, Tags.xml,
Comments.xml, PostLinks.xml) into a :class:`~indexer.store.Store`.

Mapping (``<site>`` is the dump folder name, or the ``community`` argument):

- the site -> one community ``se:<site>`` (kind practice, visibility open, domain from its top tags);
- users -> people ``se:<site>:u<Id>`` (external id ``se:<site>:<Id>``); an ``OwnerUserId`` missing
  from Users.xml still becomes a person named ``OwnerDisplayName`` or ``user <Id>``; a post
  without ``OwnerUserId`` (deleted user) has author None;
- questions (PostTypeId 1) -> threads ``se:<site>:q<Id>`` whose first post ``se:<site>:p<Id>`` is
  the question body, followed by its answers (PostTypeId 2, ``se:<site>:p<Id>``, votes = Score,
  accepted from the question's AcceptedAnswerId) and comments (kind ``comment``, ``se:<site>:c<Id>``,
  shortened to :data:`COMMENT_CHARS`) placed right after the post they comment on;
- PostLinks LinkTypeId 3 -> link ``duplicate``, 1 -> ``related``, between two imported questions;
- everyone who posted (question, answer or comment) -> ``active`` member of the site community.

Other post types (tag wikis, moderator nominations, ...) are skipped. Files are read by streaming
(:func:`iter_rows`); malformed XML raises :class:`DumpError` naming the file, line and column, and
the whole import is one transaction, so nothing is stored. ``before`` keeps only what was created
strictly before a date (the held-out evaluation indexes everything older than its test questions).
"""
from __future__ import annotations

import datetime as _dt
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..corpus import ImportReport, Problem
from ..errors import BadInput
from ..records import RecordError, validate
from ..store import Store
from ._text import html_to_text

__all__ = ["DumpError", "import_stackexchange", "iter_rows", "read_questions", "COMMENT_CHARS"]

SOURCE = "stackexchange"
QUESTION, ANSWER = "1", "2"
LINK_KINDS = {"3": "duplicate", "1": "related"}
COMMENT_CHARS = 600   # comments are kept, shortened to this many characters
DOMAIN_TAGS = 15      # the community domain lists this many of the most frequent tags


class DumpError(BadInput):
    """A dump file that cannot be read: ``path``, ``line`` and ``column`` say where."""

    def __init__(self, path: str | Path, problem: str, line: int | None = None, column: int | None = None):
        self.path, self.problem, self.line, self.column = str(path), problem, line, column
        where = f"{self.path}:{line}:{column}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


# -- streaming ---------------------------------------------------------------------------------

def iter_rows(path: str | Path) -> Iterator[dict[str, str]]:
    """Yield the attributes of each ``<row>`` of a dump file, streaming (constant memory).

    Raises :class:`DumpError` naming the file, line and column when the XML is malformed.
    """
    path = Path(path)
    try:
        context = ET.iterparse(str(path), events=("start", "end"))
        root = None
        for event, elem in context:
            if event == "start":
                if root is None:
                    root = elem
                continue
            if elem.tag == "row":
                yield dict(elem.attrib)
                elem.clear()
                root.clear()
    except ET.ParseError as e:
        line, column = getattr(e, "position", (None, None))
        raise DumpError(path, f"malformed XML ({e.msg}); the file is truncated "
                              "or corrupt: download or extract it again", line, column) from None
    except FileNotFoundError:
        raise DumpError(path, "no such file") from None


def _rows(dump: Path, name: str) -> Iterator[dict[str, str]]:
    """Rows of an optional dump file (nothing when it is missing)."""
    path = dump / name
    return iter_rows(path) if path.is_file() else iter(())


# -- reading the dump --------------------------------------------------------------------------

def _date(value: str | None) -> _dt.datetime | None:
    if not value:
        return None
    dt = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if dt.tzinfo is not None:
        dt = dt.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return dt


def _iso(dt: _dt.datetime | None) -> str | None:
    return dt.replace(microsecond=0).isoformat() if dt else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _parse_tags(value: str | None) -> list[str]:
    """``<a><b>`` (classic dumps) or ``|a|b|`` (dumps since 2023) -> ``["a", "b"]``."""
    if not value:
        return []
    if "<" in value:
        return [t for t in re.findall(r"<([^<>]+)>", value) if t.strip()]
    return [t for t in value.split("|") if t.strip()]


@dataclass
class _Post:
    """What is kept of one question or answer (not the XML)."""

    id: int
    created: _dt.datetime | None
    owner: int | None
    owner_name: str | None
    score: int
    body: str
    parent: int | None = None
    title: str = ""
    tags: list[str] = field(default_factory=list)
    accepted_answer: int | None = None


@dataclass
class _Dump:
    questions: dict[int, _Post]
    answers: dict[int, list[_Post]]  # by question id, in CreationDate order
    links: dict[int, dict[int, str]]  # question id -> {related question id: kind}


def _cutoff(before: str | None) -> _dt.datetime | None:
    if before is None:
        return None
    try:
        return _date(before)
    except ValueError:
        raise ValueError(f"before={before!r} is not an ISO 8601 date; write it as 2018-06-01 or 2018-06-01T12:00:00") from None


def _kept(created: _dt.datetime | None, cutoff: _dt.datetime | None) -> bool:
    return cutoff is None or (created is not None and created < cutoff)


def _read_posts(dump: Path, cutoff: _dt.datetime | None) -> _Dump:
    posts_path = dump / "Posts.xml"
    if not posts_path.is_file():
        raise DumpError(posts_path, "no Posts.xml: a Stack Exchange dump folder holds Posts.xml "
                                    "(and optionally Users.xml, Tags.xml, Comments.xml, PostLinks.xml)")
    questions: dict[int, _Post] = {}
    answers: dict[int, list[_Post]] = defaultdict(list)
    for row in iter_rows(posts_path):
        kind = row.get("PostTypeId")
        if kind not in (QUESTION, ANSWER):
            continue
        pid = _int(row.get("Id"))
        try:
            created = _date(row.get("CreationDate"))
        except ValueError:
            created = None
        if pid is None or not _kept(created, cutoff):
            continue
        post = _Post(id=pid, created=created, owner=_int(row.get("OwnerUserId")),
                     owner_name=(row.get("OwnerDisplayName") or "").strip() or None,
                     score=_int(row.get("Score")) or 0, body=html_to_text(row.get("Body") or ""))
        if kind == QUESTION:
            post.title = (row.get("Title") or "").strip() or f"question {pid}"
            post.tags = _parse_tags(row.get("Tags"))
            post.accepted_answer = _int(row.get("AcceptedAnswerId"))
            questions[pid] = post
        else:
            post.parent = _int(row.get("ParentId"))
            if post.parent is not None:
                answers[post.parent].append(post)
    epoch = _dt.datetime.min
    answers = {q: sorted(a, key=lambda p: (p.created or epoch, p.id)) for q, a in answers.items() if q in questions}
    links: dict[int, dict[int, str]] = defaultdict(dict)
    for row in _rows(dump, "PostLinks.xml"):
        kind = LINK_KINDS.get(row.get("LinkTypeId", ""))
        src, dst = _int(row.get("PostId")), _int(row.get("RelatedPostId"))
        if kind is None or src == dst or src not in questions or dst not in questions:
            continue
        if links[src].get(dst) != "duplicate":  # a duplicate link wins over a related one
            links[src][dst] = kind
    return _Dump(questions, answers, dict(links))


def read_questions(dump_dir: str | Path) -> list[dict]:
    """Every question of a dump, in Posts.xml order, for choosing evaluation queries.

    Each item: ``id`` (int, the dump's Id), ``title``, ``body_text``, ``created`` (ISO string),
    ``tags``, ``accepted_answer_id`` (int or None), ``answers``: ``[{id, owner_user_id, score, created}]``
    in CreationDate order (``owner_user_id`` None for deleted users), ``links``:
    ``[{related_question_id, link_type}]`` with ``link_type`` ``"duplicate"`` (LinkTypeId 3) or
    ``"related"`` (LinkTypeId 1), outgoing from this question to another question of the dump.
    """
    dump = _read_posts(Path(dump_dir), None)
    out = []
    for q in dump.questions.values():
        out.append({
            "id": q.id, "title": q.title, "body_text": q.body, "created": _iso(q.created), "tags": list(q.tags),
            "accepted_answer_id": q.accepted_answer,
            "answers": [{"id": a.id, "owner_user_id": a.owner, "score": a.score, "created": _iso(a.created)}
                        for a in dump.answers.get(q.id, [])],
            "links": [{"related_question_id": dst, "link_type": kind}
                      for dst, kind in sorted(dump.links.get(q.id, {}).items())],
        })
    return out


# -- import ------------------------------------------------------------------------------------

@dataclass
class _Comment:
    id: int
    created: _dt.datetime | None
    user: int | None
    user_name: str | None
    text: str


def _shorten(text: str, limit: int = COMMENT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _read_comments(dump: Path, post_ids: set[int], cutoff: _dt.datetime | None) -> dict[int, list[_Comment]]:
    comments: dict[int, list[_Comment]] = defaultdict(list)
    for row in _rows(dump, "Comments.xml"):
        post = _int(row.get("PostId"))
        if post not in post_ids:
            continue
        try:
            created = _date(row.get("CreationDate"))
        except ValueError:
            created = None
        text = _shorten(row.get("Text") or "")
        if not text or not _kept(created, cutoff):
            continue
        comments[post].append(_Comment(_int(row.get("Id")) or 0, created, _int(row.get("UserId")),
                                       (row.get("UserDisplayName") or "").strip() or None, text))
    epoch = _dt.datetime.min
    return {p: sorted(c, key=lambda c: (c.created or epoch, c.id)) for p, c in comments.items()}


def _domain(site: str, dump: Path, questions: dict[int, _Post], cutoff: _dt.datetime | None) -> str:
    """The most frequent tags: from Tags.xml counts, or counted on the imported questions when
    ``before`` is set (the dump's counts would include later questions) or Tags.xml is missing."""
    counts: Counter = Counter()
    if cutoff is None:
        for row in _rows(dump, "Tags.xml"):
            if row.get("TagName"):
                counts[row["TagName"]] += _int(row.get("Count")) or 0
    if not counts:
        for q in questions.values():
            counts.update(q.tags)
    top = [t for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:DOMAIN_TAGS] if n > 0]
    text = f"Stack Exchange site {site}."
    return f"{text} Main topics: {', '.join(top)}." if top else text


def import_stackexchange(store: Store, dump_dir: str | Path, community: str | None = None,
                         before: str | None = None, progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import one Stack Exchange dump folder in one transaction; see the module docstring.

    ``community`` names the site (default: the folder name); ``before`` (ISO date) keeps only the
    questions, answers, comments and users created strictly before it. Records that fail validation
    are skipped and listed in ``report.problems``; malformed XML raises :class:`DumpError`
    and nothing is stored.
    """
    dump = Path(dump_dir)
    if not dump.is_dir():
        raise DumpError(dump, "not a folder; give the folder holding Posts.xml of a Stack Exchange dump")
    site = (community or dump.resolve().name).strip()
    cid = f"se:{site}"
    cutoff = _cutoff(before)
    report = ImportReport()

    def pid_of(uid: int) -> str:
        return f"se:{site}:u{uid}"

    def upsert(kind: str, raw: dict, what: str) -> None:
        try:
            status = store.upsert(kind, validate(kind, raw))
        except RecordError as e:
            report.problems.append(Problem(str(dump), None, f"{what}: {e.field}", e.problem))
            return
        report.add(kind, status)
        if progress is not None:
            progress(1)

    with store.transaction():
        data = _read_posts(dump, cutoff)
        post_ids = set(data.questions) | {a.id for ans in data.answers.values() for a in ans}
        comments = _read_comments(dump, post_ids, cutoff)

        # who posted, when first, and under which display name when Users.xml lacks them
        first_post: dict[int, _dt.datetime | None] = {}
        names: dict[int, str] = {}

        def saw(uid: int | None, name: str | None, created: _dt.datetime | None) -> None:
            if uid is None:
                return
            old = first_post.get(uid)
            if uid not in first_post or (created is not None and (old is None or created < old)):
                first_post[uid] = created
            if name and uid not in names:
                names[uid] = name

        for q in data.questions.values():
            saw(q.owner, q.owner_name, q.created)
        for ans in data.answers.values():
            for a in ans:
                saw(a.owner, a.owner_name, a.created)
        for cs in comments.values():
            for c in cs:
                saw(c.user, c.user_name, c.created)

        created_dates = [q.created for q in data.questions.values() if q.created]
        upsert("community", {
            "id": cid, "name": site, "kind": "practice", "visibility": "open", "stage": "active",
            "domain": _domain(site, dump, data.questions, cutoff),
            "created": _iso(min(created_dates)) if created_dates else None, "source": SOURCE,
        }, f"community {cid}")

        # people: Users.xml rows created before the cut (or who posted before it), then posters
        # missing from Users.xml
        known: set[int] = set()
        for row in _rows(dump, "Users.xml"):
            uid = _int(row.get("Id"))
            if uid is None:
                continue
            try:
                joined = _date(row.get("CreationDate"))
            except ValueError:
                joined = None
            if not (_kept(joined, cutoff) or uid in first_post):
                continue
            known.add(uid)
            upsert("person", {
                "id": pid_of(uid),
                "name": (row.get("DisplayName") or "").strip() or f"user {uid}",
                "profile": html_to_text(row.get("AboutMe") or ""),
                "location": (row.get("Location") or "").strip() or None,
                "external_ids": [f"se:{site}:{uid}"],
                "joined": _iso(joined), "source": SOURCE,
            }, f"user {uid}")
        for uid in sorted(set(first_post) - known):
            upsert("person", {"id": pid_of(uid), "name": names.get(uid) or f"user {uid}",
                              "external_ids": [f"se:{site}:{uid}"], "source": SOURCE}, f"user {uid}")

        def with_comments(post_id: int) -> list[dict]:
            return [{"id": f"se:{site}:c{c.id}", "kind": "comment", "author": pid_of(c.user) if c.user is not None else None,
                     "created": _iso(c.created), "body": c.text} for c in comments.get(post_id, [])]

        for q in data.questions.values():
            posts = [{"id": f"se:{site}:p{q.id}", "kind": "question", "author": pid_of(q.owner) if q.owner is not None else None,
                      "created": _iso(q.created), "body": q.body or q.title, "votes": q.score}]
            posts += with_comments(q.id)
            for a in data.answers.get(q.id, []):
                if not a.body:
                    continue
                posts.append({"id": f"se:{site}:p{a.id}", "kind": "answer",
                              "author": pid_of(a.owner) if a.owner is not None else None,
                              "created": _iso(a.created), "body": a.body, "votes": a.score,
                              "accepted": a.id == q.accepted_answer})
                posts += with_comments(a.id)
            upsert("thread", {
                "id": f"se:{site}:q{q.id}", "community": cid, "title": q.title, "tags": q.tags,
                "created": _iso(q.created), "source": SOURCE, "posts": posts,
                "links": [{"thread": f"se:{site}:q{dst}", "kind": kind}
                          for dst, kind in sorted(data.links.get(q.id, {}).items())],
            }, f"question {q.id}")

        for uid, since in sorted(first_post.items()):
            upsert("membership", {"person": pid_of(uid), "community": cid, "role": "active", "since": _iso(since)},
                   f"membership of user {uid}")
    return report
