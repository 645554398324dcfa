"""Import a Discourse forum from its JSON (public API responses or a backup's JSON).

Accepted layouts (``source`` is either):

1. **a folder** holding
   ``categories.json`` - the ``/categories.json`` response (``{"category_list": {"categories": [...]}}``)
   or a plain list of categories;
   ``users.json`` (optional) - a list of users, ``{"users": [...]}`` or the ``/directory_items.json``
   response (``{"directory_items": [{"user": {...}}]}``);
   ``topics/<id>.json`` - one ``/t/<id>.json`` response per topic (``id``, ``title``, ``category_id``,
   ``created_at``, ``tags``, ``post_stream.posts``);
   ``site.json`` (optional) - ``{"name": "...", "base_url": "https://forum.example"}``;
2. **one JSON file** ``{"site": {...}, "categories": [...], "users": [...], "topics": [...]}`` with the
   same objects (``topics`` being a list of ``/t/<id>.json`` objects).

Mapping: a category -> community ``discourse:<site>:<category slug>`` (private when
``read_restricted``), unless ``community`` is given; a topic -> thread ``discourse:<site>:<topic id>``;
a post -> post ``discourse:<site>:p<post id>`` whose body is ``cooked`` HTML converted to text (code
kept; ``raw`` Markdown when there is no ``cooked``); likes are votes. The accepted answer is read
from the topic's ``accepted_answer`` (``{"post_number": n}``) or ``accepted_answer_post_id``, or a
post's ``accepted_answer: true``. Users -> people ``discourse:<site>:<username>`` merged by e-mail
(backups have e-mails, the public API does not). ``<site>`` is ``site.name`` (slugged), else the
source's file or folder name. Whispers, small actions and deleted posts are skipped; posts already
stored for a topic are kept when a later export has fewer. Problem positions are 1-based indices
in the JSON list (for topic files: none, the file is named).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Iterator

from ..corpus import ImportReport
from ..store import Store
from ._common import Session, SourceError, slug
from ._text import html_to_text

__all__ = ["import_discourse"]

MAX_FILE = 512 * 1024 * 1024
_QUOTE = re.compile(r"<aside[^>]*\bclass=\"[^\"]*\bquote\b[^\"]*\"[^>]*>.*?</aside>", re.S | re.I)


def _load(path: Path, session: Session) -> Any:
    try:
        if path.stat().st_size > MAX_FILE:
            session.problem(str(path), None, "file", f"larger than {MAX_FILE} bytes; split the export")
            return None
        return json.loads(path.read_bytes().decode("utf-8", errors="replace"))
    except OSError as e:
        session.problem(str(path), None, "file", f"cannot read ({e})")
    except json.JSONDecodeError as e:
        session.problem(str(path), e.lineno, "json", f"not valid JSON: {e.msg} at column {e.colno}")
    except RecursionError:
        session.problem(str(path), None, "json", "JSON nested too deeply")
    return None


def _list(data: Any, *paths: tuple[str, ...]) -> list | None:
    if isinstance(data, list):
        return data
    for path in paths:
        cur = data
        for key in path:
            cur = cur.get(key) if isinstance(cur, dict) else None
        if isinstance(cur, list):
            return cur
    return None


def _s(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def import_discourse(store: Store, source: str | Path, community: str | None = None,
                     progress: Callable[[int], Any] | None = None) -> ImportReport:
    """Import a Discourse JSON export (folder or single file) in one transaction; see the module docstring."""
    source = Path(source)
    if not source.exists():
        raise SourceError(f"{source}: no such file or folder; give a Discourse JSON file or a folder with "
                          "categories.json, users.json and topics/<id>.json")
    report = ImportReport()
    session = Session(store, report, progress)
    if source.is_dir():
        site = _load(source / "site.json", session) if (source / "site.json").exists() else {}
        categories = _load(source / "categories.json", session) if (source / "categories.json").exists() else []
        users = _load(source / "users.json", session) if (source / "users.json").exists() else []
        topic_files = sorted((source / "topics").glob("*.json")) if (source / "topics").is_dir() else []
        if not topic_files and not (source / "categories.json").exists():
            session.problem(str(source), None, "topics", "no categories.json and no topics/<id>.json; is this a Discourse export?")
            return report

        def topics() -> Iterator[tuple[str, int | None, Any]]:
            for path in topic_files:
                data = _load(path, session)
                if data is not None:
                    yield str(path), None, data
        cat_where, user_where = str(source / "categories.json"), str(source / "users.json")
    else:
        data = _load(source, session)
        if data is None:
            return report
        if not isinstance(data, dict):
            session.problem(str(source), None, "json", "expected an object with categories, users and topics")
            return report
        site, categories, users = data.get("site") or {}, data.get("categories") or [], data.get("users") or []
        raw_topics = data.get("topics") or []
        if not isinstance(raw_topics, list):
            session.problem(str(source), None, "topics", "expected a list of topics")
            raw_topics = []

        def topics() -> Iterator[tuple[str, int | None, Any]]:
            for i, t in enumerate(raw_topics, start=1):
                yield str(source), i, t
        cat_where = user_where = str(source)
    site = site if isinstance(site, dict) else {}
    label = slug(_s(site.get("name")) or source.stem)
    base_url = (_s(site.get("base_url")) or "").rstrip("/")
    with store.transaction():
        _import(session, label, base_url, categories, users, topics(), community, cat_where, user_where)
    return report


def _import(session, label, base_url, categories, users, topics, community, cat_where, user_where) -> None:
    src = f"discourse:{label}"
    cats = _list(categories, ("category_list", "categories"), ("categories",))
    if cats is None:
        session.problem(cat_where, None, "categories", "expected a list of categories or {category_list: {categories: [...]}}")
        cats = []
    cat_ids: dict[Any, str] = {}
    if community:
        session.ensure_community(community, community, cat_where, source=src)
    for i, c in enumerate(cats, start=1):
        if not isinstance(c, dict) or c.get("id") is None or not _s(c.get("name")):
            session.problem(cat_where, i, "category", "expected an object with id and name")
            continue
        if community:
            cat_ids[c["id"]] = community
            continue
        desc = _s(c.get("description_text"))
        if desc is None and isinstance(c.get("description"), str):
            desc = html_to_text(c["description"])
        cid = session.ensure_community(f"{src}:{slug(_s(c.get('slug')) or c['name'])}", c["name"].strip(), cat_where,
                                       domain=desc, visibility="private" if c.get("read_restricted") else "open",
                                       source=src)
        if cid:
            cat_ids[c["id"]] = cid
    people: dict[str, str | None] = {}
    user_list = _list(users, ("users",), ("directory_items",)) if users else []
    if user_list is None:
        session.problem(user_where, None, "users", "expected a list of users")
        user_list = []
    for i, u in enumerate(user_list, start=1):
        if isinstance(u, dict) and isinstance(u.get("user"), dict):
            u = u["user"]
        if not isinstance(u, dict) or not _s(u.get("username")):
            session.problem(user_where, i, "user", "expected an object with a username")
            continue
        _person(session, src, people, u, user_where, i)
    for where, pos, t in topics:
        _topic(session, src, base_url, t, where, pos, cat_ids, people, community)


def _person(session, src, people, u, where, pos) -> str | None:
    username = u["username"].strip()
    if username.lower() in people:
        return people[username.lower()]
    if username.lower() == "system" or u.get("id") in (-1, -2):
        people[username.lower()] = None
        return None
    raw = {"id": f"{src}:{username}", "name": _s(u.get("name")) or username, "email": _s(u.get("email")),
           "title": _s(u.get("title")), "location": _s(u.get("location")), "aliases": [username], "source": src}
    people[username.lower()] = session.put_person(raw, where, pos)
    return people[username.lower()]


def _topic(session, src, base_url, t, where, pos, cat_ids, people, community) -> None:
    if not isinstance(t, dict) or t.get("id") is None or not isinstance(t.get("post_stream"), dict):
        session.problem(where, pos, "topic", "expected a topic object with id, title and post_stream.posts")
        return
    posts_raw = t["post_stream"].get("posts")
    if not isinstance(posts_raw, list):
        session.problem(where, pos, "post_stream.posts", "expected a list of posts")
        return
    accepted_number = t.get("accepted_answer", {}).get("post_number") if isinstance(t.get("accepted_answer"), dict) else None
    accepted_id = t.get("accepted_answer_post_id")
    posts = []
    for j, p in enumerate(posts_raw):
        if not isinstance(p, dict) or p.get("id") is None:
            session.problem(where, pos, f"post_stream.posts[{j}]", "expected a post object with an id")
            continue
        if p.get("post_type", 1) != 1 or p.get("deleted_at") or p.get("hidden") and not p.get("cooked"):
            continue
        if isinstance(p.get("cooked"), str):
            body = html_to_text(_QUOTE.sub("", p["cooked"]))  # quoted earlier posts are not this author's words
        else:
            body = p.get("raw") if isinstance(p.get("raw"), str) else ""
        if not body.strip():
            continue
        author = None
        if _s(p.get("username")):
            author = _person(session, src, people, {"username": p["username"], "name": p.get("name")}, where, pos)
        likes = p.get("like_count")
        if not isinstance(likes, int):
            likes = sum(a.get("count", 0) for a in p.get("actions_summary", []) if isinstance(a, dict)
                        and a.get("id") == 2 and isinstance(a.get("count"), int)) if isinstance(p.get("actions_summary"), list) else 0
        accepted = bool(p.get("accepted_answer") is True or (accepted_id is not None and p.get("id") == accepted_id)
                        or (accepted_number is not None and p.get("post_number") == accepted_number))
        posts.append({"id": f"{src}:p{p['id']}", "author": author, "created": p.get("created_at"), "body": body,
                      "votes": likes, "accepted": accepted, "_n": p.get("post_number") if isinstance(p.get("post_number"), int) else j + 1})
    if not posts:
        session.problem(where, pos, "post_stream.posts", "no readable post in this topic; skipped")
        return
    posts.sort(key=lambda p: p.pop("_n"))
    for i, p in enumerate(posts):
        p["kind"] = "question" if i == 0 else "answer"
        if i == 0:
            p["accepted"] = False
    if sum(p["accepted"] for p in posts) > 1:
        for p in posts[[p["accepted"] for p in posts].index(True) + 1:]:
            p["accepted"] = False
    tags = [x.get("name") if isinstance(x, dict) else x for x in t.get("tags", [])] if isinstance(t.get("tags"), list) else []
    cid = community or cat_ids.get(t.get("category_id"))
    url = f"{base_url}/t/{t.get('slug') or 'topic'}/{t['id']}" if base_url else None
    rec = {"id": f"{src}:{t['id']}", "community": cid, "title": _s(t.get("title")) or _s(t.get("fancy_title")) or posts[0]["body"][:120],
           "tags": [x for x in tags if isinstance(x, (str, int))], "created": t.get("created_at"), "posts": posts,
           "source": src, "url": url}
    rec = session.merge_thread(rec)
    session.put("thread", rec, where, pos)
