"""The community leader's tools: who could join the core group, a shortlist, invitations.

    core_candidates(sv, "c-maint", viewer, k=10, query="AMDEC vibration", filters=Filters(not_members=True))
    leader_page(sv, "c-maint", viewer, ...)    # the same, with the viewer's rights and the shortlist

Candidates are the people whose content matches the search (by default the community's own
name and domain; the leader can edit it), as a broad experts search ranks them
(:meth:`matcher.api.Savoir.search` with ``broad``), minus those who cannot be recruited:

- the coordinator and the sponsor are never candidates;
- people already in the core group (role ``core`` or ``expert``) are listed apart, with their role;
- the other members (``active``, ``peripheral``) stay candidates, marked with their role.

Filters (not yet members, site, department, language) apply to that pool; the choices offered
are those of the whole pool, so a filter never empties its own list of choices.

Who may use the tools (:func:`leader_role`): the community's coordinator, sponsor and core
members manage the shortlist and send invitations; other members see the candidates read-only;
anyone else gets :class:`Forbidden` (a private community stays :class:`NotFound` to non-members).
Candidates' addresses are only given to those who manage.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from indexer.errors import Forbidden, NotFound
from indexer.userdata import shortlists

from . import data
from . import page_data
from .pages import _newest_post, _visible_community
from .privacy import access_for
from .types import SearchError

__all__ = ["Filters", "MANAGERS", "CORE_GROUP", "leader_role", "core_candidates", "leader_page",
           "shortlist_add", "shortlist_remove"]

#: roles whose holders manage the shortlist and the invitations
MANAGERS = ("coordinator", "sponsor", "core")
#: roles that are the core group already: listed apart, never as candidates
CORE_GROUP = ("coordinator", "sponsor", "core", "expert")
POOL = 100          # people scored before filtering (then cut to k)


@dataclass(frozen=True)
class Filters:
    not_members: bool = False
    location: str = ""
    department: str = ""
    language: str = ""

    def active(self) -> bool:
        return bool(self.not_members or self.location or self.department or self.language)

    def to_dict(self) -> dict:
        return {"not_members": self.not_members, "location": self.location, "department": self.department,
                "language": self.language}


def leader_role(store, row, viewer: str | None) -> str | None:
    """"manage" (coordinator, sponsor, core), "read" (another member) or None (not a member)."""
    if not viewer:
        return None
    if viewer in (row["coordinator"], row["sponsor"]):
        return "manage"
    role = data.roles_of_person(store, viewer).get(row["id"])
    if role is None:
        return None
    return "manage" if role in MANAGERS else "read"


def default_query(row, limit: int) -> str:
    return " ".join(f"{row['name']} {row['domain'] or ''}".split())[:limit]


def _languages(value) -> list:
    try:
        out = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [x for x in out if isinstance(x, str)] if isinstance(out, list) else []


def _keep(c: dict, f: Filters) -> bool:
    if f.not_members and c["is_member"]:
        return False
    if f.location and (c["location"] or "") != f.location:
        return False
    if f.department and (c["department"] or "") != f.department:
        return False
    return not f.language or f.language in c["languages"]


def _engagement(store, access, ids) -> dict:
    """person -> posts in the 12 months before the newest visible post, and accepted answers."""
    newest = _newest_post(store, access)
    since = None
    if newest:
        since = date(int(newest[:4]) - 1, int(newest[5:7]), min(int(newest[8:10]), 28)).isoformat()
    recent: dict = defaultdict(int)
    accepted: dict = defaultdict(int)
    if ids:
        for author, comm, created, acc in data.posts_of_authors(store, ids):
            if not access.sees_community(comm):
                continue
            if since and created and created >= since:
                recent[author] += 1
            accepted[author] += int(acc or 0)
    return {p: {"posts_12_months": recent[p], "accepted_answers": accepted[p]} for p in ids}, since


def core_candidates(sv, community_id: str, viewer: str | None = None, k: int = 10, query: str | None = None,
                    filters: Filters | None = None) -> dict:
    """Candidates for the core group (see the module's docstring), best first."""
    store = sv.store
    access = access_for(store, viewer)
    row = _visible_community(store, access, community_id)
    limit = sv.settings.limits.max_query_chars
    default = default_query(row, limit)
    text = " ".join((query or "").split()) or default
    if len(text) > limit:
        raise SearchError(f"q: {len(text)} characters; the limit is {limit}")
    filters = filters or Filters()
    response = sv.search(text, mode="experts", viewer=viewer, k=min(POOL, sv.settings.limits.max_k), broad=True)
    roles = data.roles_in_community(store, community_id)
    never = {row["coordinator"], row["sponsor"]} | {p for p, r in roles.items() if r in ("coordinator", "sponsor")}
    hits = [e for e in response.results if e.id not in never]
    cards = page_data.people_cards(store, [e.id for e in hits])
    engagement, since = _engagement(store, access, [e.id for e in hits])
    pool, core = [], []
    for e in hits:
        d = e.to_dict()
        d["member_role"] = roles.get(e.id)
        d["is_member"] = e.id in roles
        d["languages"] = _languages(cards[e.id]["languages"]) if e.id in cards else []
        d["engagement"] = engagement[e.id]
        (core if d["member_role"] in CORE_GROUP else pool).append(d)
    facets = {"location": sorted({c["location"] for c in pool if c["location"]}),
              "department": sorted({c["department"] for c in pool if c["department"]}),
              "language": sorted({lang for c in pool for lang in c["languages"]})}
    shown = [c for c in pool if _keep(c, filters)][:k]
    return {"community": {"id": row["id"], "name": row["name"], "domain": row["domain"] or "",
                          "how_to_join": row["how_to_join"] or ""},
            "query": text, "default_query": default, "edited": text != default, "since": since,
            "filters": filters.to_dict(), "facets": facets, "candidates": shown, "core_group": core[:k],
            "pool": len(pool)}


def _require(store, sv, community_id: str, viewer: str | None, need: str) -> dict:
    access = access_for(store, viewer)
    row = _visible_community(store, access, community_id)
    role = leader_role(store, row, viewer)
    if role is None or (need == "manage" and role != "manage"):
        raise Forbidden("the leader tools are for the community's coordinator, sponsor and core group"
                        + ("" if role else "; other members see them read-only"),
                        hint="ask the coordinator to add you to the core group" if role else
                        "sign in as a member of this community")
    return row


def leader_page(sv, community_id: str, viewer: str | None, k: int = 10, query: str | None = None,
                filters: Filters | None = None) -> dict:
    """:func:`core_candidates` for a member of the community, with ``can_manage``, the
    shortlist and (for those who manage) the addresses an invitation goes to."""
    store = sv.store
    row = _require(store, sv, community_id, viewer, "read")
    out = core_candidates(sv, community_id, viewer, k, query, filters)
    manage = leader_role(store, row, viewer) == "manage"
    access = access_for(store, viewer)
    listed = [(p, by, at, note) for p, by, at, note in shortlists.listed(store, community_id) if access.sees_person(p)]
    cards = page_data.people_cards(store, [p for p, *_ in listed] + [c["id"] for c in out["candidates"]])
    on_list = {p for p, *_ in listed}
    for c in out["candidates"]:
        c["shortlisted"] = c["id"] in on_list
        c["email"] = (cards[c["id"]]["email"] or None) if manage and c["id"] in cards else None
    out["shortlist"] = [{"id": p, "name": cards[p]["name"], "title": cards[p]["title"], "added_at": (at or "")[:10],
                         "note": note, "email": (cards[p]["email"] or None) if manage else None}
                        for p, by, at, note in listed if p in cards]
    out["can_manage"] = manage
    return out


def _candidate(store, access, person: str) -> None:
    row = data.person(store, person) if person else None
    if row is None or row["opted_out"] or not access.sees_person(person):
        raise NotFound("person: no such person, or not visible to you")


def shortlist_add(sv, community_id: str, person: str, viewer: str | None, note: str = "") -> bool:
    store = sv.store
    row = _require(store, sv, community_id, viewer, "manage")
    _candidate(store, access_for(store, viewer), person)
    if person in (row["coordinator"], row["sponsor"]):
        raise SearchError("person: the coordinator and the sponsor are not candidates")
    return shortlists.add(store, community_id, person, viewer, note or "")


def shortlist_remove(sv, community_id: str, person: str, viewer: str | None) -> bool:
    store = sv.store
    _require(store, sv, community_id, viewer, "manage")
    return shortlists.remove(store, community_id, person)
