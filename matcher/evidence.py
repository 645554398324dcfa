"""What a result shows: snippets with highlighted terms, the chunks picked as evidence, and the
counts the "why" line is made of.

- A snippet is a window of ``width`` characters of a chunk's body, its Markdown rendered to
  plain text (:func:`matcher.excerpts.markdown_text`), starting a little before the first
  matched term, cut at word boundaries.
- Two chunk bodies are near-duplicates when the Jaccard index of their word sets reaches 0.8:
  the same answer given again to a recurring question is shown once (and still counted).
- A chunk body of fewer than :data:`MIN_EVIDENCE_WORDS` words ("Worked, thanks a lot.") matches
  a query through the thread title every post chunk carries, but shows nothing: it is shown only
  when nothing else matched.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from functools import partial

from .excerpts import markdown_text
from .types import Evidence

__all__ = ["ROLE_LABEL", "MIN_EVIDENCE_WORDS", "body", "snippet", "word_set", "near_duplicate", "iso_day",
           "informative", "pick_evidence", "make_evidence", "expert_why", "community_why"]

ROLE_LABEL = {"accepted_answer": "accepted answer", "answer": "answer", "question": "question",
              "comment": "comment", "document": "author", "profile": "profile", "community": "community"}
WHY_ORDER = ("accepted_answer", "answer", "document", "question", "profile", "comment")
MIN_EVIDENCE_WORDS = 8
SNIPPET_WIDTH = 240         # characters of an evidence snippet
_WORD = re.compile(r"\w+")


def body(text: str, title: str) -> str:
    """A chunk's own text: post and document chunks start with their title and a newline."""
    return text[len(title) + 1:] if title and text.startswith(title + "\n") else text


def snippet(text: str, title: str, spans_fn, terms, width: int = SNIPPET_WIDTH,
            lang: str | None = None) -> tuple[str, tuple]:
    """A window of ``text`` around the first matched term, and the matched spans inside it.

    ``spans_fn(text, terms, lang)`` gives the (start, end) spans of the terms; the window starts
    at a word boundary width/4 before the first span when that span is past width/3, and ends at
    the last word boundary before start + width (if past the window's middle). "… " and " …"
    mark the cuts; the spans are shifted into the returned text."""
    text = body(text, title)
    spans = spans_fn(text, terms, lang) if terms else []
    start = 0
    if spans and spans[0][0] > width // 3:
        start = text.rfind(" ", 0, spans[0][0] - width // 4) + 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + text[start:end] + suffix, inside


def word_set(text: str) -> set:
    """The distinct words of a text, case-folded (what :func:`near_duplicate` compares)."""
    return set(_WORD.findall(text.casefold()))


def near_duplicate(a: set, b: set, threshold: float = 0.8) -> bool:
    """|a & b| >= threshold * |a | b| (Jaccard of two word sets); never for an empty set."""
    return bool(a and b) and len(a & b) >= threshold * len(a | b)


def iso_day(days: float) -> str:
    """A day number (days since 1970-01-01, as ``created_days``) as an ISO date."""
    return (datetime(1970, 1, 1) + timedelta(days=float(days))).date().isoformat()


def informative(text: str) -> bool:
    """Whether a chunk body says something of its own (at least :data:`MIN_EVIDENCE_WORDS` words)."""
    return len(text.split()) >= MIN_EVIDENCE_WORDS


def pick_evidence(scored, n: int, bodies, key=lambda row: row, skip=lambda row: False) -> list:
    """Up to ``n`` of ``scored`` ((score, row), best first), one per ``key(row)``, the
    informative chunks first and the others only to fill up, and never a near-duplicate of one
    already picked; scores are not changed. ``bodies(rows)`` gives {row: chunk body}, read once
    for the first 4n candidates."""
    cands, seen = [], set()
    for f, row in scored:
        k = key(row)
        if k in seen or skip(row):
            continue
        seen.add(k)
        cands.append((f, row))
        if len(cands) >= 4 * n:
            break
    text = bodies([r for _, r in cands])
    good, rest = [], []
    for c in cands:
        (good if informative(text[c[1]]) else rest).append(c)
    picked, words = [], []
    for c in good + rest:
        if len(picked) >= n:
            break
        w = word_set(text[c[1]])
        if not any(near_duplicate(w, other) for other in words):
            words.append(w)
            picked.append(c)
    return picked


def make_evidence(ctx, row: int, score: float, terms) -> Evidence:
    """The :class:`Evidence` of chunk ``row`` with its snippet for the query ``terms``."""
    snap = ctx.snap
    cid = snap.ids[row]
    title, text = ctx.texts([cid])[cid]
    # Markdown rendered to text first, so that no "## " or "> " reaches a card
    # only the spans a window can hold are looked for (the rest of a long chunk is not analysed)
    spans_fn = partial(ctx.spans_fn, horizon=SNIPPET_WIDTH)
    shown, spans = snippet(markdown_text(body(text, title)), "", spans_fn, terms, SNIPPET_WIDTH, snap.lang[row] or None)
    created = None if math.isnan(snap.created_days[row]) else iso_day(snap.created_days[row])
    ev = snap.evidence[row]
    return Evidence(kind=ev, item_type=snap.item_type[row], item_id=snap.item_id[row], title=title,
                    snippet=shown, highlights=spans, date=created, role=ROLE_LABEL.get(ev, ev),
                    thread=snap.thread[row], document=snap.document[row], community=snap.community[row],
                    score=round(float(score), 6))


def expert_why(count_kind: dict, latest: str | None) -> str:
    """"Matching 2 accepted answers, 1 document; latest 2025-10-03" from the number of matching
    items per evidence kind and the newest matching date."""
    parts = [f"{count_kind[k]} {ROLE_LABEL.get(k, k)}{'s' if count_kind[k] > 1 else ''}"
             for k in WHY_ORDER if count_kind.get(k)]
    why = "Matching " + ", ".join(parts)
    return why + f"; latest {latest}" if latest else why


def community_why(matched_items: int, members_know: bool) -> str:
    """"3 matching items in its threads and documents; members who know the topic"."""
    why = f"{matched_items} matching items in its threads and documents"
    return why + "; members who know the topic" if members_know else why
