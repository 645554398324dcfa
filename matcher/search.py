"""The search pipeline, one module per step:

    query -> chunk scores (:mod:`matcher.retrieval`: BM25 and dense, fused)
          -> people (:mod:`matcher.experts`, with :mod:`matcher.prior`)
           | threads and documents (:mod:`matcher.items`)
           | communities (:mod:`matcher.communities`, with :mod:`matcher.indicators`)
          -> evidence and "why" (:mod:`matcher.evidence`)

over the data read by :class:`matcher.data.Context`. ``SEARCHES[mode](ctx, query, method, k)``
runs one mode.
"""
from __future__ import annotations

from .communities import search_communities
from .experts import search_experts
from .items import search_items
from .retrieval import METHODS, ChunkScores, Query, rank_chunks

__all__ = ["METHODS", "MODES", "SEARCHES", "Query", "ChunkScores", "rank_chunks", "search_experts", "search_items",
           "search_communities"]

SEARCHES = {"experts": search_experts, "threads": search_items, "communities": search_communities}
MODES = tuple(SEARCHES)
