"""Finding a person by name: accent-insensitive, typo-tolerant matching of person names.

    name_score("valerie dumond", "Valérie Dumont")     # -> 92.9 (0..100)
    best_person("Sophie Lavoie", {"p1": "Anne-Sophie Morel", "p2": "Sophie Lavoie"})   # -> ("p2", 100.0)
    filter_names("sop", people)                        # as-you-type: [(id, score), ...] best first

Names are folded first (accents removed, case folded, hyphens and punctuation as spaces), then
compared with rapidfuzz's normalised Indel similarity (``fuzz.ratio``) over the whole name and
over its words sorted (``token_sort_ratio``, so "Lavoie Sophie" matches too). A whole-name score
is used, not a word-subset one, so that "Sophie Lavoie" does not match "Anne-Sophie Morel"
(which shares one word) as well as it matches "Sophie Lavoie".
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

__all__ = ["FULL_NAME_THRESHOLD", "fold", "name_score", "best_person", "FoldedNames", "best_folded", "filter_names"]

#: whole-name similarity (0..100) above which a query *is* a person's name: "valerie dumond"
#: for "Valérie Dumont" scores 92.9, "Sophie Lavoie" for "Catherine Lavoie" 69
FULL_NAME_THRESHOLD = 85.0
#: similarity of one typed word to one name word that counts as the same word with a typo
WORD_THRESHOLD = 80.0

_NON_WORD = re.compile(r"[^\w]+|_")


def fold(text: str) -> str:
    """Lower case, without accents, words separated by one space: "Anne-Sophie  Mörel" -> "anne sophie morel"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare.casefold()).split())


def _whole(query: str, name: str, **_) -> float:
    """Whole-name similarity of two folded strings (the rapidfuzz scorer of :func:`best_person`)."""
    return max(fuzz.ratio(query, name), fuzz.token_sort_ratio(query, name))


def name_score(query: str, name: str) -> float:
    """How much ``query`` is ``name`` (0..100), ignoring accents, case, word order and small typos."""
    return _whole(fold(query), fold(name))


def best_person(query: str, names: dict, threshold: float = FULL_NAME_THRESHOLD) -> tuple[str, float] | None:
    """(id, score) of the person whose whole name the query is, or None. ``names``: id -> name.

    A query of one word is never a whole name (a surname alone also names a topic or a place)."""
    return best_folded(query, FoldedNames.of(names), threshold)


class FoldedNames:
    """People's names folded once (ids and folded names in one order), for :func:`best_folded`."""

    def __init__(self, ids: list, folded: list):
        self.ids, self.folded = ids, folded
        self.index = {pid: i for i, pid in enumerate(ids)}

    @classmethod
    def of(cls, names: dict) -> "FoldedNames":
        return cls(list(names), [fold(n) for n in names.values()])


def best_folded(query: str, people: FoldedNames, threshold: float = FULL_NAME_THRESHOLD,
                excluded=()) -> tuple[str, float] | None:
    """:func:`best_person` over names folded beforehand, never one of the ids ``excluded``: both
    similarities of :func:`_whole` for every name at once (rapidfuzz ``cdist``, in C); the first
    best name in ``people``'s order wins a tie."""
    import numpy as np

    q = fold(query)
    if len(q.split()) < 2 or not people.ids:
        return None
    scores = np.maximum(process.cdist([q], people.folded, scorer=fuzz.ratio, dtype=np.float64)[0],
                        process.cdist([q], people.folded, scorer=fuzz.token_sort_ratio, dtype=np.float64)[0])
    gone = [people.index[p] for p in excluded if p in people.index]
    if gone:
        scores[gone] = -1.0
    best = int(np.argmax(scores))
    return (people.ids[best], float(scores[best])) if scores[best] >= threshold else None


def _word_score(typed: str, words: list[str]) -> float:
    """Best match of one typed word among a name's words: the word or a prefix of it ("val dum"
    while typing) counts fully, otherwise the typo similarity."""
    best = 0.0
    for w in words:
        if w.startswith(typed):
            return 100.0
        best = max(best, fuzz.ratio(typed, w))
    return best


def filter_names(query: str, names: dict, word_threshold: float = WORD_THRESHOLD) -> list[tuple[str, float]]:
    """People whose name matches what has been typed so far, best first: every typed word is a
    word of the name, a prefix of it or the same word with a typo; or the whole query is the name (:data:`FULL_NAME_THRESHOLD`). Score 0..100."""
    q = fold(query)
    typed = q.split()
    if not typed:
        return []
    out = []
    for pid, name in names.items():
        n = fold(name)
        words = n.split()
        per_word = [_word_score(t, words) for t in typed]
        whole = _whole(q, n)
        if min(per_word) >= word_threshold or whole >= FULL_NAME_THRESHOLD:
            out.append((pid, round(max(whole, sum(per_word) / len(per_word) - 1e-3 * len(words)), 3)))
    out.sort(key=lambda x: (-x[1], fold(names[x[0]])))
    return out


# -- experts search: a query that is a person's name ----------------------------------------------
def named_first(ctx, text: str, results: list, k: int) -> list:
    """Experts ``results`` with the person whose whole name ``text`` is (:func:`best_person`)
    first: moved up when ranked, else added with the top score and ``breakdown.name_match``.
    Only people the viewer may see (never an opted-out one); ``ctx``: a :class:`matcher.data.Context`."""
    from .experts import _memberships
    from .page_data import people_names
    from .types import Expert

    folded = ctx.snap.memo("people_names_folded", lambda: FoldedNames.of(people_names(ctx.store)))
    hit = best_folded(text, folded, excluded=ctx.access.opted_out)
    if hit is None:
        return results
    pid, score = hit
    named = next((r for r in results if r.id == pid), None)
    if named is None:
        row = ctx.people([pid]).get(pid)
        if row is None or row["opted_out"]:
            return results
        named = Expert(id=pid, name=row["name"], title=row["title"], department=row["department"],
                       location=row["location"], score=results[0].score if results else 1.0,
                       breakdown={"name_match": round(score, 1)}, why=f"name matches the query ({score:.0f} %)",
                       communities=tuple(_memberships(ctx, [pid]).get(pid, [])))
    return [named] + [r for r in results if r.id != pid][: k - 1]
