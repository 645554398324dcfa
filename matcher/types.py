"""Named result types returned by the matcher (and serialised by the CLI, web and eval)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from indexer.errors import BadInput

__all__ = ["Evidence", "Expert", "ItemHit", "CommunityHit", "SearchResponse", "SearchError"]


class SearchError(BadInput):
    """A query or parameter that cannot be served; the message says what to change."""


@dataclass(frozen=True)
class Evidence:
    kind: str                 # accepted_answer | answer | question | comment | document | profile | community
    item_type: str            # post | document | profile | community
    item_id: str
    title: str
    snippet: str
    highlights: tuple = ()    # (start, end) character spans of matched terms in snippet
    date: str | None = None
    role: str = ""            # "accepted answer", "answer", "question", "author", "profile"
    thread: str | None = None
    document: str | None = None
    community: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["highlights"] = [list(h) for h in self.highlights]
        return d


@dataclass(frozen=True)
class Expert:
    id: str
    name: str
    title: str | None
    department: str | None
    location: str | None
    score: float
    breakdown: dict
    why: str
    evidence: tuple = ()
    communities: tuple = ()   # ({"id", "name", "role"}, ...) visible to the viewer

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "title": self.title, "department": self.department,
                "location": self.location, "score": round(self.score, 6), "breakdown": self.breakdown,
                "why": self.why, "communities": list(self.communities),
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class ItemHit:
    """A thread or a document answering "has this been solved before?"."""

    id: str
    type: str                 # thread | document
    title: str
    score: float
    solved: bool
    community: str | None
    community_name: str | None
    date: str | None
    snippet: str
    highlights: tuple = ()
    accepted_answer: dict | None = None   # {"post", "snippet", "highlights", "author", "author_name", "date",
    #                                        "accepted", "votes", "cut" (the excerpt stops before the end)}
    kind: str | None = None               # document kind
    authors: tuple = ()
    breakdown: dict = field(default_factory=dict)
    evidence: tuple = ()
    best_answer: dict | None = None       # an open thread's best-voted substantive answer, as accepted_answer
    title_highlights: tuple = ()          # (start, end) spans of matched terms in title
    also: tuple = ()                      # the same question asked elsewhere: ({"id", "title", "date", "solved"}, ...)

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "title": self.title, "score": round(self.score, 6),
                "solved": self.solved, "community": self.community, "community_name": self.community_name,
                "date": self.date, "snippet": self.snippet, "highlights": [list(h) for h in self.highlights],
                "accepted_answer": self.accepted_answer, "best_answer": self.best_answer, "kind": self.kind,
                "authors": list(self.authors), "title_highlights": [list(h) for h in self.title_highlights],
                "also": list(self.also), "breakdown": self.breakdown, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class CommunityHit:
    id: str
    name: str
    score: float
    kind: str
    stage: str
    visibility: str
    domain: str
    coordinator: dict | None
    how_to_join: str
    members: int
    activity: dict
    why: str
    breakdown: dict = field(default_factory=dict)
    evidence: tuple = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "score": round(self.score, 6), "kind": self.kind,
                "stage": self.stage, "visibility": self.visibility, "domain": self.domain,
                "coordinator": self.coordinator, "how_to_join": self.how_to_join, "members": self.members,
                "activity": self.activity, "why": self.why, "breakdown": self.breakdown,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class SearchResponse:
    query: str
    mode: str
    method: str
    results: tuple
    terms: tuple = ()
    took_ms: float = 0.0
    # whether any query word occurs in what the viewer can see (None for method "dense"):
    # results with False are related by meaning only, which the search page says
    words_matched: bool | None = None
    # why there are no results although the query was served: "no_good_match" (no query word
    # occurs and the dense scores are at the corpus's background, matcher.confidence) or
    # "common_words_only" (the query has no word left once stop words are dropped)
    notice: str | None = None
    offset: int = 0
    more: bool = False        # whether results past offset + len(results) exist
    solved_only: bool = False
    # {"state": "ready"} or, on a lexical-only build whose vectors are being computed (method
    # then bm25), {"state": "pending", "done", "total", "rate", "eta_s"}
    semantic: dict | None = None

    def to_dict(self) -> dict:
        sem = self.semantic or {"state": "ready"}
        out = {"query": self.query, "mode": self.mode, "method": self.method, "terms": list(self.terms),
               "took_ms": round(self.took_ms, 2), "words_matched": self.words_matched, "notice": self.notice,
               "offset": self.offset, "more": self.more, "solved_only": self.solved_only,
               "semantic": sem["state"], "results": [r.to_dict() for r in self.results]}
        if sem["state"] == "pending":
            out["semantic_progress"] = {k: v for k, v in sem.items() if k != "state"}
        return out
