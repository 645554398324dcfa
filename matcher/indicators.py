"""Community indicators, as search results and the community and programme pages show them.

    members            members who did not opt out
    threads, solved    threads of the community, and how many are solved
    solved_rate        solved / threads, to 3 decimals (0 without threads)
    documents          documents of the community
    newest_activity    the newest thread activity or document update (a date)
    active_members_90d visible people who posted in its threads in the ``days`` (90) before that
                       newest activity: measured back from the data, not from today, so that an
                       archived corpus still reads sensibly

The caller checks visibility.
"""
from __future__ import annotations

from . import data

__all__ = ["indicators", "community_indicators"]


def indicators(members: int, threads: int, solved: int, documents: int, newest: str | None, active: int) -> dict:
    """The indicator record from its counts (``newest``: a datetime text or None)."""
    return {"members": members, "active_members_90d": active, "threads": threads, "solved": int(solved),
            "solved_rate": round(solved / threads, 3) if threads else 0.0, "documents": documents,
            "newest_activity": (newest or "")[:10] or None}


def community_indicators(store, communities=None, days: int = 90) -> dict:
    """community -> :func:`indicators`, for ``communities`` (ids) or every community, with one
    grouped query per figure."""
    ids = data.community_ids(store, communities)
    members = data.member_counts(store, communities)
    threads = data.thread_counts(store, communities)
    documents = data.document_counts(store, communities)
    out = {}
    for c in ids:
        n_threads, solved, last_thread = threads.get(c, (0, 0, None))
        n_documents, last_document = documents.get(c, (0, None))
        newest = max([d for d in (last_thread, last_document) if d], default=None)
        out[c] = (members.get(c, 0), n_threads, solved, n_documents, newest)
    active = data.active_authors(store, {c: v[4] for c, v in out.items()}, days)
    return {c: indicators(*v, active.get(c, 0)) for c, v in out.items()}
