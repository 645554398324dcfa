"""Chunk retrieval: BM25 and dense candidates fused into one score per chunk.

    fused(c) = fuse(bm25(c), dense_1(c), ..., dense_m(c)) / max over the candidates   (in [0, 1])

with the fusion of :mod:`matcher.fusion` (convex combination or RRF) and the dense weight
``alpha``: ``settings.fusion.alpha`` for threads, documents and communities,
``settings.experts.alpha`` for people (a person's evidence is many chunks, and lexical
matches attribute a specialty more precisely than dense matches on neighbouring topics).

On a bilingual index (:func:`matcher.crosslingual.is_bilingual`) the convex fusion is made per
language (:func:`matcher.crosslingual.fuse_by_language`) over a lexical run with pseudo-relevance
feedback per language (:func:`matcher.expansion.lexical_with_feedback`), so that a French
query's English candidates have a lexical score too. ``ChunkScores.lexical`` stays the query's
own BM25 (what its words matched, for the "why" line and highlighting).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .crosslingual import fuse_by_language, is_bilingual
from .expansion import lexical_with_feedback
from .fusion import fuse, minmax
from .types import SearchError

__all__ = ["METHODS", "Query", "ChunkScores", "rank_chunks"]

METHODS = ("hybrid", "bm25", "dense")


@dataclass
class Query:
    text: str
    terms: list
    vectors: dict            # model spec -> query vector


@dataclass
class ChunkScores:
    fused: dict              # row -> fused score in [0, 1]
    lexical: dict            # row -> min-max normalised BM25
    dense: dict              # row -> min-max normalised cosine (mean over models)


def rank_chunks(snap, query: Query, allowed: np.ndarray, method: str, settings, rows_filter=None,
                alpha: float | None = None) -> ChunkScores:
    """Candidates from BM25 and/or the dense index(es), fused by the configured method with
    the dense weight ``alpha`` (default: settings.fusion.alpha)."""
    if method not in METHODS:
        raise SearchError(f"method {method!r} is not known; use one of {', '.join(METHODS)}")
    if not query.vectors and not snap.vectors:
        method = "bm25"          # a lexical-only build (vectors pending): BM25 answers alone
    n = settings.fusion.candidates
    if rows_filter is not None:
        allowed = allowed & rows_filter
    lex = snap.lexical(query.terms, allowed, n) if method in ("hybrid", "bm25") else {}
    dense_runs = []
    if method in ("hybrid", "dense"):
        for spec, vec in query.vectors.items():
            dense_runs.append(snap.dense(spec, vec, allowed, n))
    lex_n = minmax(lex)
    dense_n: dict = {}
    for run in dense_runs:
        for k, v in minmax(run).items():
            dense_n[k] = dense_n.get(k, 0.0) + v / len(dense_runs)
    if method == "bm25":
        fused = lex_n
    elif method == "dense":
        fused = fuse({}, dense_runs, "convex", alpha=1.0) if dense_runs else {}
    elif settings.fusion.method == "convex" and snap.memo("bilingual", lambda: is_bilingual(snap.lang)):
        # a bilingual index: each language fused apart, so that BM25, which cannot match across
        # languages, does not push every other-language candidate down (matcher.crosslingual),
        # and each language's lexical run with the terms of its best dense chunks (matcher.expansion)
        f = settings.fusion
        lex_fb = lexical_with_feedback(snap, lex, dense_runs, allowed, n, f.feedback_chunks, f.feedback_terms)
        fused = fuse_by_language(lex_fb, dense_runs, snap.lang, alpha=f.alpha if alpha is None else alpha)
    else:
        fused = fuse(lex, dense_runs, settings.fusion.method, alpha=settings.fusion.alpha if alpha is None else alpha,
                     k=settings.fusion.rrf_k)
    if fused:
        top = max(fused.values())
        if top > 0:
            fused = {k: v / top for k, v in fused.items()}
    return ChunkScores(fused, lex_n, dense_n)
