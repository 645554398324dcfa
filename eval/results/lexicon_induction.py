"""A bilingual lexicon induced from the multilingual encoder itself, between the index's own
terms: the "lexicon" variants of crosslingual_experiments.py (eval/README "Cross-language
retrieval"; measured, not chosen, so not product code).

The index's frequent terms of each language (its analysed lemmas, by document frequency in
that language's chunks) are embedded with the multilingual e5 (``query: <term>``), and each
term of one language is paired with its nearest term of the other when they are *mutual*
nearest neighbours with a cosine of at least ``threshold`` (the retrieval criterion of
bilingual lexicon induction from cross-lingual embeddings, Conneau et al. 2018, "Word
translation without parallel data", which cleans nearest-neighbour lists the same way):

    nn_b(a) = argmax over b of cos(a, b);   a <-> b  iff  nn_b(a) = b, nn_a(b) = a, cos(a, b) >= threshold

Terms spelt the same in both languages ("pump" is no French term, "maintenance" is in both)
already match lexically and are left out. The lexicon is a plain JSON file of the build
(``{"pairs": [[term_a, term_b, cosine], ...], ...}``); at query time a term's partners are added
to the lexical query at a lower weight (:func:`expanded`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from matcher.expansion import top_n, weighted_scores

__all__ = ["frequent_terms", "mutual_pairs", "induce_lexicon", "save_lexicon", "lexicon_for", "expanded"]


def frequent_terms(weights, langs: Sequence[str], lang: str, n: int, min_df: int = 2) -> list[int]:
    """Term ids (rows of the terms x chunks matrix ``weights``) of the ``n`` largest document
    frequencies among the chunks of ``lang``, at least ``min_df``, and larger there than in
    the other languages' chunks (ties: the smaller id)."""
    mine = np.asarray([l == lang for l in langs], dtype=np.float64)
    present = (weights != 0).astype(np.float64)
    df = np.asarray(present @ mine).ravel()
    df_other = np.asarray(present @ (1.0 - mine)).ravel()
    keep = np.flatnonzero((df >= min_df) & (df > df_other))
    order = keep[np.lexsort((keep, -df[keep]))]
    return [int(t) for t in order[:n]]


def mutual_pairs(va: np.ndarray, vb: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) of the mutual nearest neighbours of the unit rows ``va`` and ``vb`` with a
    cosine of at least ``threshold``."""
    if len(va) == 0 or len(vb) == 0:
        return []
    sim = va @ vb.T
    best_b = sim.argmax(axis=1)
    best_a = sim.argmax(axis=0)
    return [(i, int(j), float(sim[i, j])) for i, j in enumerate(best_b)
            if best_a[j] == i and sim[i, j] >= threshold]


def induce_lexicon(bm25, langs: Sequence[str], embedder, pair: tuple[str, str] = ("fr", "en"),
                   n: int = 3000, threshold: float = 0.9) -> dict:
    """The lexicon of ``pair`` between the index's terms (``bm25``: indexer.bm25.BM25Matrix;
    ``langs``: each chunk's language), as :func:`save_lexicon` writes it."""
    inv = {i: t for t, i in bm25.vocab.items()}
    ids = {lang: frequent_terms(bm25.weights, langs, lang, n) for lang in pair}
    words = {lang: [inv[i] for i in ids[lang]] for lang in pair}
    vecs = {lang: embedder.encode([w for w in words[lang]], role="query") if words[lang] else np.zeros((0, 1))
            for lang in pair}
    a, b = pair
    pairs = [[words[a][i], words[b][j], round(c, 4)]
             for i, j, c in mutual_pairs(vecs[a], vecs[b], threshold) if words[a][i] != words[b][j]]
    return {"languages": list(pair), "terms": {a: len(words[a]), b: len(words[b])}, "threshold": threshold,
            "pairs": pairs}


def save_lexicon(path: Path, lexicon: dict) -> None:
    Path(path).write_text(json.dumps(lexicon, ensure_ascii=False), encoding="utf-8")


def lexicon_for(snap, threshold: float) -> dict:
    """term -> [(partner, cosine)] of the e5-induced lexicon (above) of the snapshot,
    pairs of cosine >= ``threshold``; every mutual pair is induced once and cached beside the
    index (``lexicon-all.json``)."""
    from indexer.embedding import get_embedder

    path = Path(snap.path).resolve().parents[2] / "lexicon-all.json"
    if not path.exists():
        save_lexicon(path, induce_lexicon(snap.bm25, [l or "" for l in snap.lang], get_embedder("e5"), threshold=0.0))
    lex = json.loads(path.read_text(encoding="utf-8"))
    out: dict = {}
    for a, b, c in lex["pairs"]:
        if c >= threshold:
            out.setdefault(a, []).append((b, c))
            out.setdefault(b, []).append((a, c))
    return out


def expanded(threshold, then, beta=0.5):
    """A fusion variant of crosslingual_experiments.py: the lexical query expanded by the lexicon,
    BM25 of the query terms plus ``beta`` x BM25 of their partners, then the fusion ``then``."""
    def f(lex, dense_runs, lang_of, alpha, qlang, x):
        table = x.snap.memo(("lexicon", threshold), lambda: lexicon_for(x.snap, threshold))
        vocab = x.snap.bm25.vocab
        extra = {vocab[p]: beta for t in x.query.terms for p, _ in table.get(t, ())
                 if p in vocab and p not in x.query.terms}
        lex2 = dict(lex)
        if extra:
            for r, v in top_n(weighted_scores(x.snap.bm25.weights, extra), x.allowed, x.n).items():
                lex2[r] = lex2.get(r, 0.0) + v
        if getattr(then, "extra", False):
            return then(lex2, dense_runs, lang_of, alpha, qlang, x)
        return then(lex2, dense_runs, lang_of, alpha, qlang)
    f.extra = True
    return f
