"""A lexical signal for the other language: cross-language pseudo-relevance feedback.

BM25 cannot match a French query with an English chunk. The dense retriever can, so its best
chunks in the other language stand in for the query there (pseudo-relevance feedback, Rocchio
1971; the term selection of RM3, Lavrenko & Croft 2001, with the chunks' own BM25 weights; the
cross-language use after Ballesteros & Croft 1997, "Phrasal translation and query expansion
techniques for cross-language information retrieval"):

    F_L        = the ``k`` best dense candidates of language L (L other than the query's)
    w(t)       = 1/|F_L| * sum over d in F_L of bm25(t, d)          (the index's BM25 weights)
    T_L        = the ``m`` terms of largest w(t)
    prf_L(c)   = sum over t in T_L of w(t) * bm25(t, c)              (c a chunk of language L)

``prf_L`` is then language L's lexical run in the fusion per language
(matcher.crosslingual.fuse_by_language), so the other language's candidates are ranked by both
retrievers, as the query's own language is.

Pure functions over the BM25 weight matrix (indexer.bm25, terms x chunks); measured in
eval/README.md, "Cross-language retrieval".
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

__all__ = ["feedback_terms", "weighted_scores", "top_n", "other_language_feedback"]


def feedback_terms(weights_csc, rows: Sequence[int], m: int) -> dict[int, float]:
    """term id -> w(t), the mean BM25 weight over the chunks ``rows`` (columns of the CSC
    matrix ``weights_csc``), for the ``m`` terms of largest w(t) (ties: the smaller term id)."""
    if not len(rows) or m <= 0:
        return {}
    total: dict[int, float] = {}
    for r in rows:
        lo, hi = weights_csc.indptr[r], weights_csc.indptr[r + 1]
        for t, w in zip(weights_csc.indices[lo:hi], weights_csc.data[lo:hi]):
            total[int(t)] = total.get(int(t), 0.0) + float(w)
    best = sorted(((t, w / len(rows)) for t, w in total.items() if w > 0), key=lambda tw: (-tw[1], tw[0]))
    return dict(best[:m])


def weighted_scores(weights_csr, term_weights: Mapping[int, float]) -> np.ndarray:
    """sum over t of term_weights[t] * bm25(t, c) for every chunk c (rows of ``weights_csr``
    are terms)."""
    out = np.zeros(weights_csr.shape[1], dtype=np.float64)
    for t, w in term_weights.items():
        lo, hi = weights_csr.indptr[t], weights_csr.indptr[t + 1]
        out[weights_csr.indices[lo:hi]] += w * weights_csr.data[lo:hi]
    return out


def top_n(scores: np.ndarray, mask: np.ndarray, n: int) -> dict[int, float]:
    """The ``n`` best positive scores among the rows where ``mask`` is true."""
    s = np.where(mask, scores, 0.0)
    positive = np.flatnonzero(s > 0)
    if positive.size > n:
        positive = positive[np.argpartition(-s[positive], n - 1)[:n]]
    return {int(i): float(s[i]) for i in positive}


def other_language_feedback(weights_csr, weights_csc, dense: Mapping[int, float], lang_of: Sequence[str],
                            lang_rows: Mapping[str, np.ndarray], query_lang: str | None, allowed: np.ndarray,
                            n: int, k: int = 5, m: int = 10) -> dict[int, float]:
    """``prf_L`` above for every language L of ``lang_rows`` (language -> boolean row mask) but
    ``query_lang`` (None: every language), merged into one run (each chunk is in one language).
    ``dense``: row -> dense score, the feedback chunks are its ``k`` best in L."""
    ranked = sorted(dense.items(), key=lambda kv: (-kv[1], kv[0]))
    out: dict[int, float] = {}
    for lang, rows in lang_rows.items():
        if lang == query_lang:
            continue
        fb = [r for r, _ in ranked if lang_of[r] == lang][:k]
        terms = feedback_terms(weights_csc, fb, m)
        if terms:
            out.update(top_n(weighted_scores(weights_csr, terms), allowed & rows, n))
    return out
