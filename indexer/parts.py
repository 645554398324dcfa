"""What a build writes, gathered before anything is written: the columns of its chunks, their
BM25 matrix, and the texts whose vectors are still to be looked up or computed.

A full build gathers them from every stored item (:func:`full_parts`); a delta build from the
served build plus the changed items (:func:`indexer.delta.delta_parts`). :mod:`indexer.build`
then writes either the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .analysis import analyse_cached, get_analyzer
from .bm25 import BM25Matrix
from .chunking import index_columns, iter_chunks, write_chunks_table

__all__ = ["BuildParts", "analyse_chunks", "full_parts"]


@dataclass
class BuildParts:
    cols: dict                 # chunks.json columns, in row order
    bm25: BM25Matrix
    texts: list                # texts and hashes of the rows whose vectors are not carried over
    hashes: list
    carried: dict              # model spec -> np.ndarray of vectors carried over (first rows)
    chunks: list               # the new Chunk objects (for ``compute.embed``)
    analysed: int
    delta: dict | None = None  # {"changed_items", "dropped", "added", "base"} for a delta build
    trained: dict = field(default_factory=dict)   # model spec -> the previous build's IVF index (delta)
    trained_chunks: int | None = None             # chunks its lists were trained on


def analyse_chunks(store, settings, chunks: Sequence, compute, show_progress: bool) -> tuple[list, list, int]:
    """Tokens and language of each chunk, through the analysis cache (filled first by
    ``compute`` when given); also how many texts were analysed now."""
    n_remote = compute.analyse(store, settings.indexing.analyzer, chunks) if compute is not None else 0
    tokens, langs, n_analysed = analyse_cached(store, get_analyzer(settings.indexing.analyzer), chunks,
                                               show_progress)
    return tokens, langs, n_analysed + n_remote


def full_parts(store, settings, compute, show_progress: bool) -> BuildParts:
    """Every stored item chunked and analysed; the chunks table made to hold exactly these chunks."""
    chunks = list(iter_chunks(store, settings.indexing.chunk_words, settings.indexing.chunk_overlap))
    tokens, langs, analysed = analyse_chunks(store, settings, chunks, compute, show_progress)
    write_chunks_table(store, chunks, langs)
    return BuildParts(index_columns(chunks, langs), BM25Matrix.build(tokens), [c.text for c in chunks],
                      [c.text_hash for c in chunks], {}, chunks, analysed)
