"""Okapi BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and
Beyond", 2009), with exactly the conventions of rank-bm25's ``BM25Okapi`` so that its scores
are equal (tests/test_bm25.py pins this):

    idf(t)    = ln((N - df(t) + 0.5) / (df(t) + 0.5)); a negative idf is replaced by
                epsilon * mean(idf) with epsilon = 0.25
    w(t, d)   = idf(t) * tf(t,d) * (k1 + 1) / (tf(t,d) + k1 * (1 - b + b * |d| / avgdl))
    score(q,d)= sum over the query's tokens (repeats included) of w(t, d)

Scores are precomputed once into a sparse term x document matrix (as bm25s does), so a
query costs one sparse row sum instead of rank-bm25's Python loop over every document.

This is the index format both sides share: the builder writes the matrix (:meth:`BM25Matrix.save`)
and the loader reads it (:meth:`BM25Matrix.load`); the file names are those of
:mod:`indexer.layout`.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from . import layout

__all__ = ["BM25Matrix"]


class BM25Matrix:
    def __init__(self, vocab: dict[str, int], weights, n_docs: int, tf=None, doc_len=None):
        self.vocab = vocab
        self.weights = weights  # scipy.sparse.csr_matrix, shape (n_terms, n_docs)
        self.n_docs = n_docs
        self.tf = tf            # scipy.sparse.csc_matrix of term counts (n_terms, n_docs), for delta builds
        self.doc_len = doc_len  # np.ndarray of document lengths in tokens

    @classmethod
    def build(cls, corpus: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75,
              epsilon: float = 0.25) -> "BM25Matrix":
        vocab: dict[str, int] = {}
        tf, lens = cls.counts(corpus, vocab)
        return cls.from_counts(vocab, tf, lens, k1, b, epsilon)

    @staticmethod
    def counts(corpus: Sequence[Sequence[str]], vocab: dict[str, int]):
        """Term counts of ``corpus`` as a CSC matrix (len(vocab) x len(corpus)) and the document
        lengths; new terms are added to ``vocab`` (ids in order of first occurrence)."""
        from scipy import sparse

        n = len(corpus)
        lens = np.fromiter((len(doc) for doc in corpus), dtype=np.int64, count=n)
        total = int(lens.sum())
        if n == 0 or total == 0:
            return sparse.csc_matrix((len(vocab), n), dtype=np.float32), lens
        # one (doc, term) pair per distinct term of a doc with its count: np.unique over
        # doc * |V| + term instead of a Counter per document
        term_ids = np.fromiter((vocab.setdefault(t, len(vocab)) for doc in corpus for t in doc),
                               dtype=np.int64, count=total)
        n_terms = len(vocab)
        pairs, counts = np.unique(np.repeat(np.arange(n, dtype=np.int64), lens) * n_terms + term_ids,
                                  return_counts=True)
        return sparse.csc_matrix((counts.astype(np.float32), (pairs % n_terms, pairs // n_terms)),
                                 shape=(n_terms, n)), lens

    @classmethod
    def from_counts(cls, vocab: dict[str, int], tf, doc_len: np.ndarray, k1: float = 1.5, b: float = 0.75,
                    epsilon: float = 0.25) -> "BM25Matrix":
        """The weights from term counts: what :meth:`build` computes, also after columns of
        ``tf`` were dropped or appended (terms no document has any more are left out of the idf
        mean, as rank-bm25 never sees them)."""
        from scipy import sparse

        n = tf.shape[1]
        tf = sparse.csc_matrix(tf, shape=(len(vocab), n), dtype=np.float32)
        total = float(doc_len.sum())
        if n == 0 or total == 0:
            return cls(vocab, sparse.csr_matrix((len(vocab), n), dtype=np.float32), n, tf, doc_len)
        coo = tf.tocoo()
        rows_a, cols_a, tf_a = coo.row, coo.col, coo.data.astype(np.float64)
        doc_len_f = doc_len.astype(np.float64)
        df = np.bincount(rows_a, minlength=len(vocab)).astype(np.float64)
        avgdl = total / n
        idf = np.log(n - df + 0.5) - np.log(df + 0.5)
        live = df > 0
        eps = epsilon * (idf[live].sum() / max(1, int(live.sum())))
        idf = np.where(idf < 0, eps, idf)
        denom = tf_a + k1 * (1 - b + b * doc_len_f[cols_a] / avgdl) if avgdl > 0 else tf_a + k1
        w = idf[rows_a] * tf_a * (k1 + 1) / denom
        weights = sparse.csr_matrix((w.astype(np.float32), (rows_a, cols_a)), shape=(len(vocab), n))
        return cls(vocab, weights, n, tf, doc_len)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for the query tokens (float32 array of n_docs)."""
        counts = Counter(t for t in query if t in self.vocab)
        out = np.zeros(self.n_docs, dtype=np.float32)
        for term, c in counts.items():
            i = self.vocab[term]
            lo, hi = self.weights.indptr[i], self.weights.indptr[i + 1]
            out[self.weights.indices[lo:hi]] += c * self.weights.data[lo:hi]
        return out

    def save(self, folder: Path) -> None:
        from scipy import sparse

        sparse.save_npz(folder / layout.BM25_WEIGHTS, self.weights, compressed=False)
        (folder / layout.BM25_VOCAB).write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        if self.tf is not None:
            sparse.save_npz(folder / layout.BM25_TF, self.tf, compressed=False)
            np.save(folder / layout.BM25_DOCLEN, self.doc_len)

    @classmethod
    def load(cls, folder: Path, counts: bool = False) -> "BM25Matrix":
        """The weights (and with ``counts`` the term counts, for a delta build) of a build."""
        from scipy import sparse

        weights = sparse.load_npz(folder / layout.BM25_WEIGHTS).tocsr()
        vocab = json.loads((folder / layout.BM25_VOCAB).read_text(encoding="utf-8"))
        tf = doc_len = None
        if counts:
            tf = sparse.load_npz(folder / layout.BM25_TF).tocsc()
            doc_len = np.load(folder / layout.BM25_DOCLEN)
        return cls(vocab, weights, weights.shape[1], tf, doc_len)

    @staticmethod
    def idf_reference(n: int, df: int) -> float:
        """The raw Robertson idf, for documentation and tests."""
        return math.log(n - df + 0.5) - math.log(df + 0.5)
