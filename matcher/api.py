"""The `Savoir` facade used by the CLI, the web app and the evaluation.

    sv = Savoir.open("savoir.db", settings)
    sv.search("pompe qui cavite", mode="experts", viewer="p042", k=10).to_dict()

The served index is re-read when ``savoir.db.index/current`` moves to a new build, so a
running server picks up a re-index without a restart.
"""
from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from pathlib import Path

from .index import IndexMissing, Snapshot
from .names import named_first
from .privacy import access_for
from .data import Context
from .search import METHODS, MODES, SEARCHES, Query
from indexer.settings import Settings
from .types import SearchError, SearchResponse

__all__ = ["Savoir"]


class Savoir:
    def __init__(self, db_path: str | Path, settings: Settings | None = None, formula=None):
        from indexer.store import Store

        self.db_path = Path(db_path)
        if not self.db_path.exists():
            raise FileNotFoundError(f"{self.db_path}: no such database; build it with "
                                    f"`savoir index CORPUS_DIR --db {self.db_path}`")
        self.settings = settings or Settings()
        # the hand-made expert formula's numbers (matcher.formula): the constants, unless the
        # evaluation or a test varies them
        self.formula = formula
        self._Store = Store
        self._local = threading.local()
        self._lock = threading.Lock()
        self._snap: Snapshot | None = None
        self._snap_target: str | None = None
        self._qcache: OrderedDict = OrderedDict()
        self._userdata_done = False

    @classmethod
    def open(cls, db_path: str | Path, settings: Settings | None = None, formula=None) -> "Savoir":
        return cls(db_path, settings, formula)

    # -- resources --------------------------------------------------------------------------
    @property
    def store(self):
        """One SQLite connection per thread (sqlite3 connections are not shared across threads)."""
        st = getattr(self._local, "store", None)
        if st is None:
            st = self._Store(self.db_path, ensure_schema=False)
            self._ensure_userdata(st)
            self._local.store = st
        return st

    def _ensure_userdata(self, st) -> None:
        """The user-data tables (profile choices, feedback) that privacy reads, created once in
        a database made before they existed."""
        if self._userdata_done:
            return
        import sqlite3

        from indexer.userdata import ensure

        try:
            ensure(st)
            st.conn.commit()
        except sqlite3.OperationalError:      # a read-only database: privacy reads without them
            pass
        self._userdata_done = True

    def snapshot(self) -> Snapshot:
        from indexer.layout import current_link

        link = current_link(self.db_path)
        try:
            target = os.readlink(link)
        except OSError:
            raise IndexMissing(f"{self.db_path}: no index yet; run `savoir index CORPUS_DIR --db {self.db_path}` "
                               f"or `savoir reindex --db {self.db_path}`") from None
        if self._snap is None or target != self._snap_target:
            with self._lock:
                if self._snap is None or target != self._snap_target:
                    path = (link.parent / target).resolve()
                    self._snap = Snapshot.load(path, self.store)
                    self._snap_target = target
                    self._qcache.clear()
        return self._snap

    def analyzer(self):
        from indexer.analysis import get_analyzer

        return get_analyzer(self.settings.indexing.analyzer)

    def embed_query(self, text: str, models) -> dict:
        from indexer.embedding import get_embedder

        key = (text, tuple(models))
        with self._lock:
            hit = self._qcache.get(key)
        if hit is not None:
            return hit
        rt = self.settings.indexing.embed_runtime
        vecs = {m: get_embedder(m, rt).encode([text], role="query")[0] for m in models}
        with self._lock:
            self._qcache[key] = vecs
            while len(self._qcache) > 512:
                self._qcache.popitem(last=False)
        return vecs

    def semantic(self) -> dict:
        """``{"state": "ready"}``, or ``{"state": "pending", "done", "total", ...}`` while the
        served build is lexical-only and its vectors are computed (the progress file of the
        index folder; counts absent before the embedding starts)."""
        from indexer.layout import read_progress

        if not self.snapshot().manifest.get("vectors_pending"):
            return {"state": "ready"}
        return {"state": "pending", **(read_progress(self.db_path) or {})}

    def effective_method(self, method: str) -> str:
        """The method that runs: BM25 alone on a build whose vectors are still pending."""
        return "bm25" if method != "bm25" and self.snapshot().manifest.get("vectors_pending") else method

    def make_query(self, text: str, method: str = "hybrid") -> Query:
        snap = self.snapshot()
        terms = self.analyzer().query_tokens(text)
        vectors = self.embed_query(text, snap.manifest["models"]) if method in ("hybrid", "dense") else {}
        return Query(text, terms, vectors)

    def context(self, viewer: str | None) -> Context:
        snap = self.snapshot()
        access = access_for(self.store, viewer)
        return Context(snap, self.store, self.settings, access, self.analyzer().spans, self.formula)

    # -- search -----------------------------------------------------------------------------
    def check(self, query, mode: str, k, method: str) -> tuple[str, int]:
        if not isinstance(query, str):
            raise SearchError("query: expected text")
        text = query.replace("\x00", " ").strip()
        if not text:
            raise SearchError("query: empty; type a few words, for example \"pump cavitation\"")
        if len(text) > self.settings.limits.max_query_chars:
            raise SearchError(f"query: {len(text)} characters; the limit is {self.settings.limits.max_query_chars}")
        if mode not in MODES:
            raise SearchError(f"mode: {mode!r} is not known; use one of {', '.join(MODES)}")
        if method not in METHODS:
            raise SearchError(f"method: {method!r} is not known; use one of {', '.join(METHODS)}")
        return text, _bounded_int("k", k, 1, self.settings.limits.max_k)

    def check_offset(self, offset) -> int:
        return _bounded_int("offset", offset, 0, self.settings.limits.max_offset)

    def notice(self, ctx, q: Query, method: str) -> str | None:
        """Why the query gets no results at all, or None: no word left once stop words are
        dropped, or no word in what the viewer sees and no dense match above the background
        (:mod:`matcher.confidence`)."""
        from . import confidence
        from indexer.embedding import get_embedder

        if not q.terms:
            return "common_words_only"
        snap = ctx.snap
        allowed = snap.allowed_for(ctx.access)
        if snap.lexical(q.terms, allowed, 1):
            return None
        if method != "bm25" and q.vectors and confidence.clearly_above(
                snap, q.vectors, lambda spec: lambda texts: get_embedder(spec).encode(texts, role="query"), allowed):
            return None
        ctx.words_matched = False if method != "dense" else None
        return "no_good_match"

    def search(self, query: str, mode: str = "experts", viewer: str | None = None, k: int = 10,
               method: str = "hybrid", broad: bool = False, offset: int = 0, solved_only: bool = False) -> SearchResponse:
        """Results ``offset`` to ``offset + k``. ``broad`` (experts): people who know a whole
        domain, as a community leader recruiting a core group wants them -- every matching
        contribution counts as it is, votes not sharpened (``vote_power`` 1). ``solved_only``
        (threads): no open thread."""
        t0 = time.perf_counter()
        text, k = self.check(query, mode, k, method)
        offset = self.check_offset(offset)
        method = self.effective_method(method)
        q = self.make_query(text, method)
        ctx = self.context(viewer)
        if broad:
            ctx.formula = ctx.formula.replace(vote_power=1.0)
        notice = self.notice(ctx, q, method)
        if notice:
            results = []
        elif mode == "threads":
            results = SEARCHES[mode](ctx, q, method, k + 1, offset=offset, solved_only=bool(solved_only))
        else:
            results = SEARCHES[mode](ctx, q, method, offset + k + 1)[offset:]
        if mode == "experts" and not broad and offset == 0:
            # a query that is a person's name: that person first, even when no word matched content
            results = named_first(ctx, text, results, k + 1)
            if notice == "no_good_match" and results:
                notice = None
        return SearchResponse(query=text, mode=mode, method=method, results=tuple(results[:k]), terms=tuple(q.terms),
                              took_ms=(time.perf_counter() - t0) * 1000, words_matched=ctx.words_matched,
                              notice=notice, offset=offset, more=len(results) > k,
                              solved_only=bool(solved_only) and mode == "threads",
                              semantic=self.semantic())


def _bounded_int(name: str, value, low: int, high: int) -> int:
    """``value`` as an integer in ``low..high``, or a SearchError naming the parameter and the range."""
    try:
        value = int(value)
    except (TypeError, ValueError):
        raise SearchError(f"{name}: expected an integer between {low} and {high}") from None
    if not low <= value <= high:
        raise SearchError(f"{name}: {value} is outside {low}..{high}")
    return value
