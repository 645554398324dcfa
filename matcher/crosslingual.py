"""Hybrid fusion that treats the other language as a first-class candidate.

BM25 cannot match across languages: an English chunk answering a French query has no lexical
score, so in one min-max convex fusion over the mixed candidate list (matcher.fusion.convex)

    fused(c) = (1 - alpha) * minmax(bm25)(c) + alpha * minmax(dense)(c)

its best possible score is ``alpha`` while a same-language chunk reaches 1: every
other-language candidate is pushed down (bundled corpus, threads: 41% of the relevant
other-language threads in the top 10, 98% of the same-language ones).

:func:`fuse_by_language` fuses each language's candidates apart (Bruch et al. 2023, "An
Analysis of Fusion Functions for Hybrid Retrieval": min-max normalisation is a function of the
candidate set, so it is computed over a set whose members the lexical side can all reach):

    for each language L among the candidates:
        fused_L(c) = (1 - alpha) * minmax_L(bm25)(c) + alpha * minmax_L(dense_i)(c)   (c in L)
    fused(c)   = fused_L(c) / max fused_L * (1 if L is the query's language else weight)

- ``minmax_L``: min-max over the candidates of language L only (matcher.fusion.minmax);
- the per-language maximum puts each language's best candidate at 1 (times ``weight`` for the
  languages other than the query's), so the languages interleave by their own fused score;
- with one language among the candidates (an English-only set) this is exactly the mixed
  convex fusion (max-normalised, as matcher.search.rank_chunks does): a no-op;
- the retrieval step uses it only on a bilingual index (:func:`is_bilingual`: the second
  language has at least 15% of the chunks, the share at which ``model = "auto"`` takes e5);
  elsewhere the few chunks detected in another language are mostly misdetections.

Measured in eval/README.md, "Cross-language retrieval" (and the variants tried there).
"""
from __future__ import annotations

from typing import Hashable, Mapping, Sequence

from .fusion import convex

__all__ = ["fuse_by_language", "split_by_language", "is_bilingual", "MIN_LANGUAGE_SHARE"]

#: the least share of the chunks the second language must have for the fusion per language to
#: apply: the share at which ``model = "auto"`` takes the multilingual e5 (indexer.embedding).
#: Below it, the "other language" is mostly misdetected text (code, formulas, names: 5% of
#: quantumcomputing's chunks are detected French) that a separate normalisation would lift.
MIN_LANGUAGE_SHARE = 0.15

Run = Mapping[Hashable, float]


def split_by_language(run: Run, lang_of: Sequence[str] | Mapping) -> dict[str, dict]:
    """``run`` cut into one run per language (``lang_of[key]``; a missing or empty language is
    its own group, "")."""
    out: dict[str, dict] = {}
    for key, score in run.items():
        out.setdefault(lang_of[key] or "", {})[key] = score
    return out


def fuse_by_language(lexical: Run, dense: Sequence[Run], lang_of: Sequence[str] | Mapping,
                     alpha: float, query_lang: str | None = None, weight: float = 1.0) -> dict:
    """Convex fusion within each language, each language max-normalised to 1 (the query's
    language) or ``weight`` (the others); ``alpha`` is the dense weight, shared equally between
    the dense runs. ``query_lang`` None, or a language no candidate is in: every language
    counts 1."""
    runs = [lexical, *dense]
    by_lang = [split_by_language(r, lang_of) for r in runs]
    langs = set().union(*(set(b) for b in by_lang))
    dw = [alpha / len(dense)] * len(dense) if dense else []
    weights = [1.0 - alpha, *dw]
    if query_lang not in langs:
        query_lang = None        # no candidate in the query's language: nothing to weigh against
    out: dict = {}
    for lang in langs:
        fused = convex([b.get(lang, {}) for b in by_lang], weights)
        top = max(fused.values(), default=0.0)
        if top <= 0:
            continue
        scale = (1.0 if query_lang is None or lang == query_lang else weight) / top
        for key, s in fused.items():
            out[key] = s * scale
    return out


def is_bilingual(langs: Sequence[str], min_share: float = MIN_LANGUAGE_SHARE) -> bool:
    """Whether the chunk languages ``langs`` have a second language with at least
    ``min_share`` of the chunks (the index the fusion per language is for)."""
    counts: dict = {}
    for lang in langs:
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    total = sum(counts.values())
    if total == 0 or len(counts) < 2:
        return False
    second = sorted(counts.values(), reverse=True)[1]
    return second >= min_share * total
