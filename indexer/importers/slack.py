"""Import a standard Slack workspace export (a zip file or its unzipped folder).

Layout read (as written by Slack's "Export data"): ``users.json``, ``channels.json`` (public
channels) and optionally ``groups.json`` (private channels, imported as private communities),
and one folder per channel, named after the channel, holding one ``YYYY-MM-DD.json`` file per day
(a JSON list of messages). The files may sit under one top-level folder of the zip. Direct
messages (``dms.json``, ``mpims.json``) are never imported.

Mapping:

* a user -> a person ``slack:<team>:<user>`` (name, e-mail, profile title, handle and display
  name as aliases), merged with a person already known by e-mail or external id;
* a channel -> a community ``slack:<channel id>`` (or all channels into ``community`` when given),
  its members -> memberships (creator: coordinator, others: peripheral);
* a thread (``thread_ts``) -> a thread ``slack:<channel id>:<thread_ts>``; a message without
  replies is a one-post thread; reactions are counted as votes;
* bot messages, joins/leaves and other system subtypes are skipped silently;
* Slack markup is rewritten: ``<@U1>`` -> ``@Name``, ``<#C1|name>`` -> ``#name``,
  ``<http://x|label>`` -> ``label (http://x)``, HTML entities unescaped.

Zip member names that try to leave the folder (``../``, absolute) are reported and never read.
Positions in problems are 1-based indices in the JSON list of the named file.
"""
from __future__ import annotations

import html
import json
import re
import struct
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from ..corpus import ImportReport
from ..store import Store
from ._archive import Archive
from ._common import Session, SourceError, epoch_to_iso, title_from_text

__all__ = ["import_slack", "slack_markup_to_text"]

SKIPPED_SUBTYPES = {
    "bot_message", "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
    "channel_archive", "channel_unarchive", "group_join", "group_leave", "group_topic", "group_purpose",
    "group_name", "group_archive", "group_unarchive", "pinned_item", "unpinned_item", "bot_add", "bot_remove",
    "bot_enable", "bot_disable", "app_conversation_join", "reminder_add", "slackbot_response", "tombstone",
    "channel_convert_to_private", "channel_convert_to_public", "sh_room_created", "huddle_thread",
    "message_deleted", "joiner_notification",
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_MARKUP = re.compile(r"<([^<>\n]{1,2000})>")


def slack_markup_to_text(text: str, users: dict[str, str], channels: dict[str, str]) -> str:
    """Rewrite Slack message markup to plain text (see module docstring)."""

    def repl(m: re.Match) -> str:
        inner = m.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            uid = target[1:]
            return "@" + (users.get(uid) or label or uid)
        if target.startswith("#"):
            return "#" + (label or channels.get(target[1:]) or target[1:])
        if target.startswith("!"):
            if label:
                return label
            word = target[1:].split("^")[0]
            return "@" + word if word in ("here", "channel", "everyone") else word
        if target.startswith("mailto:"):
            return label or target[7:]
        if label and label != target:
            return f"{label} ({target})"
        return target

    return html.unescape(_MARKUP.sub(repl, text or ""))


def _load_json(arc: Archive, name: str, session: Session, expect: type) -> Any:
    try:
        data = json.loads(arc.read(name).decode("utf-8", errors="replace"))
    except OSError as e:
        session.problem(arc.label(name), None, "file", str(e))
        return None
    except (json.JSONDecodeError, RecursionError) as e:
        where = f" at line {e.lineno} column {e.colno}" if isinstance(e, json.JSONDecodeError) else ""
        session.problem(arc.label(name), getattr(e, "lineno", None), "json", f"not valid JSON{where}; is the export complete?")
        return None
    if not isinstance(data, expect):
        session.problem(arc.label(name), None, "json", f"expected a JSON {'list' if expect is list else 'object'}, got {type(data).__name__}")
        return None
    return data


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def import_slack(store: Store, source: str | Path, community: str | None = None,
                 progress: Callable[[int], Any] | None = None) -> ImportReport:
    """Import a Slack export (zip or folder) in one transaction; see the module docstring."""
    source = Path(source)
    if not source.exists():
        raise SourceError(f"{source}: no such file or folder; give a Slack export .zip or its unzipped folder")
    report = ImportReport()
    session = Session(store, report, progress)
    try:
        arc = Archive(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError, struct.error) as e:
        session.problem(str(source), None, "zip", f"not a readable zip file ({e}); give a Slack export .zip or its folder")
        return report
    with arc:
        for name, reason in arc.refused:
            session.problem(f"{source}:{name}", None, "member", reason)
        root = _find_root(arc)
        if root is None:
            session.problem(str(source), None, "users.json", "no users.json or channels.json found; is this a Slack export?")
            return report
        with store.transaction():
            _import(arc, root, session, community)
    return report


def _find_root(arc: Archive) -> str | None:
    candidates = [n for n in arc.members if PurePosixPath(n).name in ("users.json", "channels.json")]
    if not candidates:
        return None
    best = min(candidates, key=lambda n: (len(PurePosixPath(n).parts), n))
    parent = str(PurePosixPath(best).parent)
    return "" if parent == "." else parent + "/"


def _import(arc: Archive, root: str, session: Session, community: str | None) -> None:
    users_raw = _load_json(arc, root + "users.json", session, list) if root + "users.json" in arc.members else []
    users_raw = users_raw or []
    team = next((u.get("team_id") or u.get("team") for u in users_raw
                 if isinstance(u, dict) and isinstance(u.get("team_id") or u.get("team"), str)), None) or "local"
    source_label = f"slack:{team}"
    names: dict[str, str] = {}
    for u in users_raw:
        if isinstance(u, dict) and isinstance(u.get("id"), str):
            prof = u.get("profile") if isinstance(u.get("profile"), dict) else {}
            names[u["id"]] = _str(u.get("real_name")) or _str(prof.get("real_name")) or _str(u.get("name")) or u["id"]

    person_ids: dict[str, str] = {}
    where = arc.label(root + "users.json")
    for i, u in enumerate(users_raw, start=1):
        if not isinstance(u, dict) or not isinstance(u.get("id"), str):
            session.problem(where, i, "user", "expected an object with an id")
            continue
        if u.get("is_bot") or u.get("id") == "USLACKBOT" or u.get("is_app_user"):
            continue
        prof = u.get("profile") if isinstance(u.get("profile"), dict) else {}
        aliases = [a for a in (_str(u.get("name")), _str(prof.get("display_name"))) if a]
        raw = {"id": f"slack:{team}:{u['id']}", "name": names[u["id"]], "email": _str(prof.get("email")),
               "title": _str(prof.get("title")), "aliases": aliases, "source": source_label}
        pid = session.put_person(raw, where, i)
        if pid:
            person_ids[u["id"]] = pid

    channels: list[tuple[dict, str]] = []
    for fname, visibility in (("channels.json", "open"), ("groups.json", "private")):
        if root + fname not in arc.members:
            continue
        for i, ch in enumerate(_load_json(arc, root + fname, session, list) or [], start=1):
            if not isinstance(ch, dict) or not _str(ch.get("name")):
                session.problem(arc.label(root + fname), i, "channel", "expected an object with id and name")
                continue
            channels.append((ch, visibility))
    known_folders = {str(ch["name"]) for ch, _ in channels}
    for name in arc.members:
        rel = name[len(root):] if name.startswith(root) else None
        if rel and "/" in rel and _DAY.match(PurePosixPath(rel).name):
            folder = rel.split("/")[0]
            if folder not in known_folders:
                known_folders.add(folder)
                channels.append(({"id": folder, "name": folder}, "open"))
    channel_names = {str(ch.get("id")): str(ch["name"]) for ch, _ in channels}

    if community:
        session.ensure_community(community, community, str(arc.source), source=source_label)
    for ch, visibility in channels:
        chid = _str(ch.get("id")) or str(ch["name"])
        cname = str(ch["name"])
        cid = community
        if not community:
            topic = ch.get("purpose", {}).get("value") if isinstance(ch.get("purpose"), dict) else None
            topic = topic or (ch.get("topic", {}).get("value") if isinstance(ch.get("topic"), dict) else None)
            cid = session.ensure_community(f"slack:{chid}", f"#{cname}", arc.label(root + "channels.json"),
                                           domain=slack_markup_to_text(topic or "", names, channel_names) if isinstance(topic, str) else None,
                                           visibility=visibility, created=epoch_to_iso(ch.get("created")),
                                           source=source_label)
            if cid:
                members = ch.get("members") if isinstance(ch.get("members"), list) else []
                for uid in dict.fromkeys(m for m in members if isinstance(m, str)):
                    if uid in person_ids:
                        role = "coordinator" if uid == ch.get("creator") else "peripheral"
                        session.put("membership", {"person": person_ids[uid], "community": cid, "role": role},
                                    arc.label(root + "channels.json"))
        if cid:
            _import_channel(arc, root, cname, chid, cid, session, names, channel_names, person_ids, team, source_label)


def _import_channel(arc, root, cname, chid, cid, session, names, channel_names, person_ids, team, source_label) -> None:
    prefix = f"{root}{cname}/"
    days = sorted(n for n in arc.members if n.startswith(prefix) and _DAY.match(n[len(prefix):]))
    threads: dict[str, list[dict]] = defaultdict(list)
    firsts: dict[str, tuple[str, int]] = {}
    for day in days:
        where = arc.label(day)
        messages = _load_json(arc, day, session, list)
        for i, m in enumerate(messages or [], start=1):
            if not isinstance(m, dict):
                session.problem(where, i, "message", "expected a JSON object")
                continue
            subtype = m.get("subtype")
            if subtype is not None and not isinstance(subtype, str):
                session.problem(where, i, "subtype", f"expected a string, got {type(subtype).__name__}")
                continue
            if subtype in SKIPPED_SUBTYPES or m.get("bot_id") or m.get("type", "message") != "message":
                continue
            ts = m.get("ts")
            if not isinstance(ts, str) or epoch_to_iso(ts) is None:
                session.problem(where, i, "ts", f"missing or invalid message timestamp {ts!r}")
                continue
            user = m.get("user")
            if not isinstance(user, str):
                continue
            text = slack_markup_to_text(m["text"], names, channel_names) if isinstance(m.get("text"), str) else ""
            if not text.strip():
                files = [f.get("title") or f.get("name") for f in m.get("files", []) if isinstance(f, dict)] \
                    if isinstance(m.get("files"), list) else []
                text = " ".join(f"[fichier : {f}]" for f in files if isinstance(f, str))
            if not text.strip():
                continue
            votes = sum(r.get("count", 0) for r in m.get("reactions", [])
                        if isinstance(r, dict) and isinstance(r.get("count"), int)) if isinstance(m.get("reactions"), list) else 0
            thread_ts = m.get("thread_ts") if isinstance(m.get("thread_ts"), str) and epoch_to_iso(m.get("thread_ts")) else ts
            author = person_ids.get(user) or f"slack:{team}:{user}"
            threads[thread_ts].append({"id": f"slack:{chid}:{ts}", "author": author, "created": epoch_to_iso(ts),
                                       "body": text, "votes": votes, "_ts": ts})
            firsts.setdefault(thread_ts, (where, i))
    for thread_ts in sorted(threads, key=float):
        posts = sorted({p["id"]: p for p in threads[thread_ts]}.values(), key=lambda p: (float(p["_ts"]), p["id"]))
        root_first = [p for p in posts if p["_ts"] == thread_ts] + [p for p in posts if p["_ts"] != thread_ts]
        for j, p in enumerate(root_first):
            p.pop("_ts")
            p["kind"] = "question" if j == 0 else "answer"
        rec = {"id": f"slack:{chid}:{thread_ts}", "community": cid, "title": title_from_text(root_first[0]["body"]),
               "created": epoch_to_iso(thread_ts), "posts": root_first, "source": source_label}
        rec = session.merge_thread(rec)
        where, pos = firsts[thread_ts]
        session.put("thread", rec, where, pos)
