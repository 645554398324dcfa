"""A lexical signal for the other language: pseudo-relevance feedback per language.

BM25 cannot match a French query with an English chunk. The dense retriever can, so its best
chunks in each language stand in for the query there (pseudo-relevance feedback, Rocchio 1971;
the term selection of RM3, Lavrenko & Croft 2001, with the chunks' own BM25 weights; across
languages after Ballesteros & Croft 1997, "Phrasal translation and query expansion techniques
for cross-language information retrieval"):

    F_L        = the ``k`` best dense candidates of language L
    w(t)       = 1/|F_L| * sum over d in F_L of bm25(t, d)          (the index's BM25 weights)
    T_L        = the ``m`` terms of largest w(t)
    prf_L(c)   = sum over t in T_L of w(t) * bm25(t, c)              (c a candidate of language L)
    lex'(c)    = 1/2 * minmax_L(bm25)(c) + 1/2 * minmax_L(prf_L)(c)  (c in L; minmax over L's candidates)

``lex'`` is the lexical run of the fusion per language (matcher.crosslingual.fuse_by_language):
in the other language, where the query's own terms match almost nothing, the candidates are
now ranked by both retrievers, as in the query's language; in the query's language the
feedback is the classic monolingual one (no query language is needed, so no detection of a
three-word query can go wrong). The mean of min-max runs keeps it free of the scale of either
(prf_L is a sum of products of BM25 weights). The candidates are those BM25 or the dense
index returned: the feedback re-scores, it adds none (adding them found 2 more other-language
threads of 109 but cost experts, eval/README.md).

Used by matcher.retrieval on bilingual indexes only, with ``k = settings.fusion.feedback_chunks``
(5) and ``m = settings.fusion.feedback_terms`` (10), the values set before measuring; measured
in eval/README.md, "Cross-language retrieval".
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from .crosslingual import split_by_language
from .fusion import convex, minmax

__all__ = ["feedback_terms", "weighted_scores", "top_n", "language_feedback", "with_feedback", "lexical_with_feedback"]


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


def language_feedback(weights_csr, weights_csc, dense: Mapping[int, float], lang_of: Sequence[str],
                      lang_rows: Mapping[str, np.ndarray], skip: str | None, allowed: np.ndarray,
                      n: int, k: int = 5, m: int = 10, among: np.ndarray | None = None) -> dict[int, float]:
    """``prf_L`` above, its ``n`` best allowed chunks, for every language L of ``lang_rows``
    (language -> boolean row mask) but ``skip``, merged into one run (a chunk is in one
    language). ``dense``: row -> dense score; the feedback chunks are its ``k`` best in L.
    ``among`` (a boolean row mask): only these chunks are scored (the other runs' candidates)."""
    if among is not None:
        allowed = allowed & among
    ranked = sorted(dense.items(), key=lambda kv: (-kv[1], kv[0]))
    out: dict[int, float] = {}
    for lang, rows in lang_rows.items():
        if lang == skip:
            continue
        fb = [r for r, _ in ranked if lang_of[r] == lang][:k]
        terms = feedback_terms(weights_csc, fb, m)
        if terms:
            out.update(top_n(weighted_scores(weights_csr, terms), allowed & rows, n))
    return out


def with_feedback(lexical: Mapping[int, float], feedback: Mapping[int, float], lang_of: Sequence[str]) -> dict:
    """``lex'`` above: per language, the mean of the min-max normalised BM25 and feedback runs
    (a run with one candidate in L, or equal scores, counts 1 there, as matcher.fusion.minmax)."""
    out: dict = {}
    for run in (lexical, feedback):
        for part in split_by_language(run, lang_of).values():
            for key, v in minmax(part).items():
                out[key] = out.get(key, 0.0) + v / 2
    return out


def lexical_with_feedback(snap, lexical: Mapping[int, float], dense_runs: Sequence[Mapping[int, float]],
                          allowed: np.ndarray, n: int, k: int, m: int) -> dict:
    """``lex'`` for one query on the snapshot ``snap`` (matcher.index.Snapshot): the feedback
    chunks are the best of the mean min-max dense score, and the feedback run scores the
    candidates of the BM25 and dense runs only (it brings no new candidate, so what follows the
    retrieval costs what it did); ``k`` or ``m`` 0: ``lexical`` as is."""
    if k <= 0 or m <= 0 or not dense_runs:
        return dict(lexical)
    dense = convex(dense_runs, [1.0 / len(dense_runs)] * len(dense_runs))
    csc = snap.memo("bm25_csc", lambda: snap.bm25.weights.tocsc())
    among = np.zeros(snap.n, dtype=bool)
    among[list(lexical)] = True
    among[list(dense)] = True
    feedback = language_feedback(snap.bm25.weights, csc, dense, snap.lang, snap.memo("lang_rows", lambda: _lang_rows(snap.lang)),
                                 None, allowed, n, k, m, among)
    return with_feedback(lexical, feedback, snap.lang)


def _lang_rows(langs: Sequence[str]) -> dict[str, np.ndarray]:
    arr = np.asarray([lang or "" for lang in langs], dtype=object)
    return {lang: arr == lang for lang in set(arr.tolist()) if lang}
