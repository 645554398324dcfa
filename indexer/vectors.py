"""The faiss index of a build's chunk vectors: how it is constructed, written and read back.

Below ``ann_threshold`` vectors the search is exact, over float16 copies of the vectors; above,
an inverted-file index (IVF) with float16 codes. Why these two, and the recall and latency they
give, is recorded in bench/RESULTS.md ("1M: what was tried first" and the decisions after it).
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from .layout import vectors_file

__all__ = ["ivf_lists", "ivf_probes", "vector_index", "write_vectors", "read_vectors", "stored_vectors"]

# faiss wants at least this many training points per inverted list
_MIN_TRAIN_PER_LIST = 39
# training sample: this many vectors per list at most
_TRAIN_PER_LIST = 64


def ivf_lists(n: int) -> int:
    """Inverted lists of the approximate index for ``n`` vectors: about 2 sqrt(n), a power of 2."""
    return int(min(65536, max(64, 2 ** round(math.log2(2 * math.sqrt(max(n, 1)))))))


def ivf_probes(nlist: int) -> int:
    """Lists probed per query: 1/8 of them (at least 16): the fewest that keep the recall target
    against exact search at every benchmarked size (bench/RESULTS.md)."""
    return min(nlist, max(16, nlist // 8))


def vector_index(vectors: np.ndarray, ann_threshold: int, trained=None):
    """A faiss inner-product index over ``vectors`` (unit rows, so scores are cosines).

    Fewer than ``ann_threshold`` vectors: exact search over float16 copies (half the memory of
    float32 and faster, the scan being bound by memory bandwidth; same top 10). From
    ``ann_threshold`` on: IVF with float16 codes, :func:`ivf_lists` lists trained on a fixed
    sample, :func:`ivf_probes` of them probed. ``trained`` (a delta build) is the previous
    build's IVF index: its lists are kept, emptied and filled again, without retraining."""
    import faiss

    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[0] else 1
    n = vectors.shape[0]
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if n >= ann_threshold and n > 0 and trained is not None:
        index = faiss.clone_index(trained)
        index.reset()
    elif n >= ann_threshold and n > 0:
        nlist = max(1, min(ivf_lists(n), n // _MIN_TRAIN_PER_LIST))
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_fp16,
                                              faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        sample = vectors[np.sort(rng.choice(n, min(n, _TRAIN_PER_LIST * nlist), replace=False))]
        index.train(sample)
        index.nprobe = ivf_probes(nlist)
    else:
        # the float32 vectors stay in the store's embedding cache
        index = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    if n:
        index.add(vectors)
    return index


def write_vectors(build: Path, model: str, index) -> None:
    import faiss

    faiss.write_index(index, str(vectors_file(build, model)))


def read_vectors(build: Path, model: str):
    import faiss

    return faiss.read_index(str(vectors_file(build, model)))


def stored_vectors(index, dim: int) -> np.ndarray:
    """All vectors of ``index``, in row order (float16 codes decoded), as an (ntotal, dim) array."""
    if hasattr(index, "nprobe"):
        index.make_direct_map()
    if not index.ntotal:
        return np.zeros((0, dim), dtype=np.float32)
    return index.reconstruct_n(0, index.ntotal)
