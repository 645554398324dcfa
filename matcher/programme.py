"""The programme manager's page: every community the viewer may see, side by side.

    programme(sv, viewer, sort="members", descending=True)

Totals are computed over the visible communities only (private ones count only for their
members; opted-out people never count), so that no figure, and no difference between two
figures, tells a non-member anything about a private community:

    members_summed   sum of each community's members (a person in 3 communities counts 3 times)
    members_unique   people in at least one of them, each counted once
    overlap          members in common, for every pair of communities (the diagonal: members)

Flags, measured back from the newest visible activity (as :mod:`matcher.indicators` does, so
that an archived corpus reads sensibly):

    charter_old       charter not updated in the year before
    activity_falling  fewer than half as many posts in the last 6 months as in the 6 before (at least 4 then)
    few_active        fewer than 3 members posted in the last 90 days
    dispersing        the community's stage says so

``activity`` is posts per month (24 months) per community and for the programme.
"""
from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from datetime import date

from . import page_data
from .indicators import community_indicators
from .pages import _day, _json_list, _months_back, _person_ref, _visible_communities
from .privacy import access_for
from .types import SearchError

__all__ = ["SORTS", "programme", "programme_csv"]

#: sortable columns: key -> (label used in the CSV header, how to read a row)
SORTS = {
    "name": lambda r: r["name"].casefold(), "kind": lambda r: r["kind"] or "", "stage": lambda r: r["stage"] or "",
    "members": lambda r: r["members"], "active": lambda r: r["active_members_90d"], "threads": lambda r: r["threads"],
    "solved": lambda r: r["solved_rate"], "documents": lambda r: r["documents"],
    "newest": lambda r: r["newest_activity"] or "", "events": lambda r: len(r["events"]),
    "charter": lambda r: r["charter_updated"] or "", "stories": lambda r: len(r["success_stories"]),
}
MONTHS = 24


def _dated(items) -> list:
    out = [{**e, "date": _day(e.get("date"))} for e in items if isinstance(e, dict)]
    return sorted(out, key=lambda e: e["date"] or "", reverse=True)


def _year_before(day: str) -> str:
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    return date(y - 1, m, min(d, 28)).isoformat()


def _flags(row: dict, months: list, per_month: Counter, ref: str | None) -> list:
    out = []
    if ref and (not row["charter_updated"] or row["charter_updated"] < _year_before(ref)):
        out.append("charter_old")
    recent = sum(per_month.get(m, 0) for m in months[-6:])
    before = sum(per_month.get(m, 0) for m in months[-12:-6])
    if before >= 4 and recent * 2 < before:
        out.append("activity_falling")
    if row["active_members_90d"] < 3:
        out.append("few_active")
    if row["stage"] == "dispersing":
        out.append("dispersing")
    return out


def _overlap(ids: list, pairs) -> dict:
    members = defaultdict(set)
    for person, community in pairs:
        members[community].add(person)
    matrix = [[len(members[a] & members[b]) for b in ids] for a in ids]
    return {"communities": ids, "matrix": matrix, "max_shared": max(
        [matrix[i][j] for i in range(len(ids)) for j in range(len(ids)) if i != j], default=0)}


def programme(sv, viewer: str | None = None, sort: str = "name", descending: bool = False) -> dict:
    """All visible communities with indicators, flags, events, stories and monthly activity,
    and programme totals over them only."""
    if sort not in SORTS:
        raise SearchError(f"sort: {sort!r} is not a column; use one of {', '.join(SORTS)}")
    store = sv.store
    access = access_for(store, viewer)
    comms = _visible_communities(store, access)
    ids = list(comms)
    acts = community_indicators(store, ids)
    monthly: dict = defaultdict(Counter)
    for c, month, n in page_data.monthly_posts(store, ids):
        monthly[c][month] += n
    ref = max([a["newest_activity"] for a in acts.values() if a["newest_activity"]], default=None)
    months = _months_back(ref, MONTHS) if ref else []
    rows = []
    for c in comms.values():
        row = {"id": c["id"], "name": c["name"], "kind": c["kind"], "stage": c["stage"],
               "visibility": c["visibility"], "coordinator": _person_ref(store, access, c["coordinator"]),
               **acts[c["id"]], "charter_updated": _day(c["charter_updated"]),
               "events": _dated(_json_list(c["events"])), "success_stories": _dated(_json_list(c["success_stories"])),
               "activity": [{"month": m, "count": monthly[c["id"]].get(m, 0)} for m in months]}
        row["flags"] = _flags(row, months, monthly[c["id"]], ref)
        rows.append(row)
    rows.sort(key=lambda r: r["name"].casefold())
    rows.sort(key=SORTS[sort], reverse=descending)
    pairs = page_data.visible_memberships(store, ids)
    threads = sum(r["threads"] for r in rows)
    solved = sum(r["solved"] for r in rows)
    total_month = Counter()
    for c in ids:
        total_month.update(monthly[c])
    totals = {"communities": len(rows), "members": len({p for p, _ in pairs}),
              "members_unique": len({p for p, _ in pairs}), "members_summed": len(pairs),
              "threads": threads, "solved": solved, "solved_rate": round(solved / threads, 3) if threads else 0.0,
              "documents": sum(r["documents"] for r in rows), "events": sum(len(r["events"]) for r in rows),
              "success_stories": sum(len(r["success_stories"]) for r in rows), "newest_activity": ref,
              "by_stage": dict(Counter(r["stage"] for r in rows)), "by_kind": dict(Counter(r["kind"] for r in rows)),
              "flagged": sum(1 for r in rows if r["flags"])}
    stories = sorted(({**s, "community": r["id"], "community_name": r["name"]}
                      for r in rows for s in r["success_stories"]), key=lambda s: s["date"] or "", reverse=True)
    events = sorted(({**e, "community": r["id"], "community_name": r["name"]}
                     for r in rows for e in r["events"]), key=lambda e: e["date"] or "", reverse=True)
    names = {r["id"]: r["name"] for r in rows}
    overlap = _overlap(sorted(ids, key=lambda c: names[c].casefold()), pairs)
    overlap["names"] = [names[c] for c in overlap["communities"]]
    return {"communities": rows, "totals": totals, "overlap": overlap, "success_stories": stories, "events": events,
            "activity": [{"month": m, "count": total_month.get(m, 0)} for m in months],
            "sort": sort, "descending": descending,
            "scope": {"visible_only": True,
                      "private_included": sorted(c for c in ids if comms[c]["visibility"] == "private")}}


CSV_COLUMNS = ("id", "name", "kind", "stage", "visibility", "coordinator", "members", "active_members_90d", "threads",
               "solved", "solved_rate", "documents", "newest_activity", "events", "charter_updated",
               "success_stories", "flags")


def programme_csv(page: dict) -> str:
    """The table of :func:`programme` as CSV (one row per community, in the page's order)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in page["communities"]:
        w.writerow([r["id"], r["name"], r["kind"], r["stage"], r["visibility"],
                    (r["coordinator"] or {}).get("name", ""), r["members"], r["active_members_90d"], r["threads"],
                    r["solved"], r["solved_rate"], r["documents"], r["newest_activity"] or "", len(r["events"]),
                    r["charter_updated"] or "", len(r["success_stories"]), " ".join(r["flags"])])
    return buf.getvalue()
