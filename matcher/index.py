"""A loaded index build (files as :mod:`indexer.layout` names them) and the two retrievers over it."""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from indexer import layout
from indexer.bm25 import BM25Matrix
from indexer.errors import SavoirError
from indexer.vectors import read_vectors

__all__ = ["Snapshot", "IndexMissing"]

_EPOCH = _dt.datetime(1970, 1, 1)


class IndexMissing(SavoirError, FileNotFoundError):
    """No index has been built for this database yet."""

    hint = "build one with `savoir index CORPUS_DIR --db PATH` or `savoir reindex --db PATH`"


def _days(value: str | None) -> float:
    if not value:
        return np.nan
    try:
        return (_dt.datetime.fromisoformat(value[:19]) - _EPOCH).total_seconds() / 86400.0
    except ValueError:
        return np.nan


@dataclass
class Snapshot:
    path: Path
    manifest: dict
    bm25: BM25Matrix
    vectors: dict            # model spec -> faiss index
    ids: list
    item_type: np.ndarray    # object array of str
    item_id: list
    thread: list
    document: list
    person: list
    community: list
    evidence: np.ndarray
    created_days: np.ndarray
    votes: np.ndarray
    lang: list
    people_of: list          # row -> tuple of person ids credited with the chunk
    rows_of_community: dict  # community -> np.ndarray of rows
    answerers: dict = field(default_factory=dict)  # thread -> ((person, evidence, row of the answer's first chunk), ...)
    _masks: dict = field(default_factory=dict, repr=False)   # memoised row masks (read-only arrays)
    _memo: dict = field(default_factory=dict, repr=False)    # see memo()

    def memo(self, key, compute):
        """A value computed once per loaded build (a re-index loads a new snapshot), for figures
        that only change with the data, such as a community's indicators in search results."""
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = compute()
        return hit

    @property
    def n(self) -> int:
        return len(self.ids)

    def rows_of_type(self, *item_types: str) -> np.ndarray:
        """Boolean mask of the chunks of these item types (memoised, read-only)."""
        key = ("type", item_types)
        mask = self._masks.get(key)
        if mask is None:
            mask = np.isin(self.item_type, item_types)
            mask.flags.writeable = False
            self._masks[key] = mask
        return mask

    def allowed_for(self, access) -> np.ndarray:
        """``access.allowed_rows(self)`` (matcher.privacy), vectorised and memoised per
        (hidden communities, opted-out people): the same mask without a Python loop over rows."""
        key = ("access", access.hidden, access.opted_out)
        mask = self._masks.get(key)
        if mask is None:
            # the opted-out part is the same for every viewer: computed once, copied per hidden set
            okey = ("opted_out", access.opted_out)
            base = self._masks.get(okey)
            if base is None:
                base = np.ones(self.n, dtype=bool)
                if access.opted_out:
                    profiles = np.flatnonzero(self.rows_of_type("profile"))
                    owners = np.asarray([self.person[i] for i in profiles], dtype=object)
                    base[profiles[np.isin(owners, list(access.opted_out))]] = False
                base.flags.writeable = False
            mask = base.copy()
            for c in access.hidden:
                rows = self.rows_of_community.get(c)
                if rows is not None:
                    mask[rows] = False
            mask.flags.writeable = False
            if len(self._masks) > 64:      # 1 byte per chunk each: 1 MB per mask at 1M chunks
                self._masks.clear()
            self._masks[okey] = base
            self._masks[key] = mask
        return mask

    @classmethod
    def load(cls, path: Path, store) -> "Snapshot":
        path = Path(path)
        if not (path / layout.MANIFEST).exists():
            raise IndexMissing(f"{path}: not an index build (no {layout.MANIFEST})")
        manifest = layout.read_manifest(path)
        cols = layout.read_chunks(path)
        bm25 = BM25Matrix.load(path)
        vectors = {}
        for spec in manifest["models"]:
            index = read_vectors(path, spec)
            if hasattr(index, "hnsw"):
                index.hnsw.efSearch = 128
            vectors[spec] = index
        n = len(cols["id"])
        doc_authors: dict[str, list[str]] = defaultdict(list)
        for doc, person in store.conn.execute("SELECT document, person FROM document_authors ORDER BY document, position"):
            doc_authors[doc].append(person)
        people_of = []
        for i in range(n):
            if cols["item_type"][i] == "document":
                people_of.append(tuple(doc_authors.get(cols["document"][i], ())))
            elif cols["person"][i]:
                people_of.append((cols["person"][i],))
            else:
                people_of.append(())
        by_comm: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(cols["community"]):
            if c:
                by_comm[c].append(i)
        answerers: dict[str, list] = defaultdict(list)
        for i in range(n):
            if cols["item_type"][i] != "post" or not cols["person"][i] or not cols["id"][i].endswith(":0"):
                continue
            ev = cols["evidence"][i]
            if ev in ("answer", "accepted_answer") and cols["thread"][i]:
                answerers[cols["thread"][i]].append((cols["person"][i], ev, i))
        return cls(
            path=path, manifest=manifest, bm25=bm25, vectors=vectors, ids=cols["id"],
            item_type=np.asarray(cols["item_type"], dtype=object), item_id=cols["item_id"],
            thread=cols["thread"], document=cols["document"], person=cols["person"], community=cols["community"],
            evidence=np.asarray(cols["evidence"], dtype=object),
            created_days=np.asarray([_days(c) for c in cols["created"]], dtype=np.float64),
            votes=np.asarray([v or 0 for v in cols["votes"]], dtype=np.int64), lang=cols["lang"],
            people_of=people_of, rows_of_community={k: np.asarray(v) for k, v in by_comm.items()},
            answerers={t: tuple(v) for t, v in answerers.items()},
        )

    # -- retrievers -------------------------------------------------------------------------
    def lexical(self, terms, allowed: np.ndarray, n: int) -> dict[int, float]:
        """Top ``n`` allowed chunks by BM25 (only chunks with a positive score)."""
        scores = self.bm25.scores(terms)
        scores = np.where(allowed, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size > n:
            top = positive[np.argpartition(-scores[positive], n - 1)[:n]]
        else:
            top = positive
        return {int(i): float(scores[i]) for i in top}

    def dense(self, spec: str, qvec: np.ndarray, allowed: np.ndarray, n: int) -> dict[int, float]:
        """Top ``n`` allowed chunks by cosine similarity with the query vector."""
        import faiss

        index = self.vectors[spec]
        if index.ntotal == 0:
            return {}
        q = np.ascontiguousarray(qvec.reshape(1, -1), dtype=np.float32)
        k = min(n, index.ntotal)
        # one thread per query: faiss's OpenMP threads cost more than they save on one query
        # (bench/RESULTS.md); concurrent requests use the other cores
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            if allowed.all():
                scores, rows = index.search(q, k)
            else:
                n_allowed = int(np.count_nonzero(allowed))
                if n_allowed == 0:
                    return {}
                bitmap = np.packbits(allowed, bitorder="little")  # O(n / 8), unlike a hash set of the rows
                sel = faiss.IDSelectorBitmap(allowed.size, faiss.swig_ptr(bitmap))
                if hasattr(index, "nprobe"):        # IVF (indexer.vectors.vector_index)
                    params = faiss.SearchParametersIVF(sel=sel, nprobe=index.nprobe)
                elif hasattr(index, "hnsw"):        # an HNSW build: still served, no longer written
                    params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(128, k))
                else:
                    params = faiss.SearchParameters(sel=sel)
                scores, rows = index.search(q, min(k, n_allowed), params=params)
        finally:
            faiss.omp_set_num_threads(threads)
        return {int(r): float(s) for r, s in zip(rows[0], scores[0]) if r >= 0}
