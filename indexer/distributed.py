"""Distributed analysis and embedding on Ray (``savoir index|reindex --ray [ADDRESS]``).

    with RayCompute() as compute:                 # a local Ray instance; "auto" / "ray://host:10001" connect
        build_index(store, settings, compute=compute)

Who does what:

- the driver chunks (it reads SQLite), looks up which text hashes are missing from the
  ``analysed`` and ``embeddings`` caches, and sends only those texts to Ray;
- Ray Data ``map_batches`` runs a callable class on a fixed pool of worker actors, so spaCy,
  py3langid or the embedding model load once per actor (:class:`_AnalyseBatch`,
  :class:`_EmbedBatch`);
- the results (language, tokens, vectors, each keyed by its text hash) stream back to the
  driver, which writes them to the caches batch by batch (an interrupted run keeps what it paid
  for); :func:`indexer.build.build_index` then finds every chunk cached and writes the
  artefacts exactly as a single-process build does.

Why the merge goes through the caches and not through per-worker index shards: BM25 weights
are global. ``idf(t)`` needs the document frequency of ``t`` over *all* chunks and the length
normalisation needs the average chunk length over *all* chunks, so a shard's weights are wrong
until every shard is known; merging shards would mean recomputing every weight anyway. The
expensive parts (analysis, embedding) are per-chunk pure functions of the text, so they are the
parts worth distributing, and the text-hash caches are the natural merge point: the BM25 matrix
and the faiss index are then built once, over the complete, ordered chunk list, which gives the
same chunk ids, vocabulary and weights as an in-process build (``tests/test_distributed.py``).

Ray is imported lazily here only; the default install does not need it (``pip install savoir[ray]``).
Workers of a remote cluster must have savoir and its models installed (same versions as the
driver: the cache keys name the analyzer and the model, not the package versions).

``python -m indexer.distributed bench --db PATH --workers 1,2`` measures embedding throughput.
"""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .errors import SavoirError

__all__ = ["RayCompute", "RayUnavailable", "check_address", "bench"]

INSTALL_HINT = "pip install savoir[ray]  (or: pip install 'ray[data]>=2.30')"
_ADDRESS = re.compile(r"^(local|auto|ray://\S+|[\w.-]+:\d+)$")


class RayUnavailable(SavoirError, RuntimeError):
    """Ray is not installed, or the cluster cannot be reached; the message says what to do."""


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401  (the [data] extra)
    except ImportError as e:
        raise RayUnavailable(f"distributed indexing needs Ray Data ({e}): {INSTALL_HINT}") from None
    return ray


def check_address(address: str | None) -> str | None:
    """``None``/``local`` (start a local instance), ``auto``, ``ray://host:port`` or ``host:port``."""
    if address is None or _ADDRESS.match(address):
        return address
    raise RayUnavailable(f"{address!r} is not a Ray address: use auto, ray://HOST:PORT or HOST:PORT, or --ray alone "
                     "for a local instance (put --ray after the corpus folder, or write --ray=ADDRESS)")


# -- worker side: callable classes, constructed once per actor ------------------------------
class _AnalyseBatch:
    """Language and BM25 terms of a batch of texts (spaCy loads once per actor)."""

    def __init__(self, mode: str):
        from .analysis import Analyzer

        self.analyzer = Analyzer(mode)

    def __call__(self, batch: dict) -> dict:
        texts = [str(t) for t in batch["text"]]
        langs = [self.analyzer.detect(t) for t in texts]
        tokens = self.analyzer.tokens_many(texts, langs)
        return {"hash": batch["hash"], "lang": np.asarray(langs, dtype=object),
                "tokens": np.asarray([" ".join(t) for t in tokens], dtype=object)}


class _EmbedBatch:
    """Passage vectors of a batch of texts (the model loads once per actor)."""

    def __init__(self, model: str):
        from .embedding import get_embedder

        self.embedder = get_embedder(model)

    def __call__(self, batch: dict) -> dict:
        t0 = time.perf_counter()
        vectors = self.embedder.encode([str(t) for t in batch["text"]], role="passage")
        secs = time.perf_counter() - t0
        return {"hash": batch["hash"], "vector": np.ascontiguousarray(vectors, dtype=np.float32),
                "encode_s": np.full(len(vectors), secs / max(1, len(vectors)))}


# -- driver side ------------------------------------------------------------------------------
def _missing(store, table: str, key_col: str, key: str, chunks: Sequence) -> list[tuple[str, str]]:
    """(text hash, text) of the chunks absent from a cache table, each hash once, in chunk order."""
    todo = dict((c.text_hash, c.text) for c in chunks)
    unique = list(todo)
    for i in range(0, len(unique), 500):
        part = unique[i:i + 500]
        for (h,) in store.conn.execute(
                f"SELECT text_hash FROM {table} WHERE {key_col} = ? AND text_hash IN ({','.join('?' * len(part))})",
                (key, *part)):
            todo.pop(h, None)
    return list(todo.items())


class RayCompute:
    """Fills the analysis and embedding caches on Ray workers (see :class:`indexer.build.Compute`).

    ``address``: ``None`` or ``"local"`` starts a local Ray instance with ``workers`` CPUs (all
    cores by default) and stops it on :meth:`close`; ``"auto"``, ``"ray://host:port"`` or
    ``"host:port"`` connect to a running cluster. When Ray is already initialised in this process
    it is used as it is. Ray is contacted only when something is missing from the caches.
    """

    def __init__(self, address: str | None = None, workers: int | None = None, batch_size: int = 64,
                 log: Callable[[str], None] | None = None, start_attempts: int = 2):
        self.ray = _ray()
        self.address = check_address(address)
        self.workers = workers
        self.batch_size = batch_size
        self.start_attempts = start_attempts
        self.log = log or (lambda m: None)
        self._started = False

    def __enter__(self) -> "RayCompute":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._started:
            self.ray.shutdown()
            self._started = False

    def _connect(self) -> int:
        """Initialise Ray if needed; the number of worker actors to run."""
        ray = self.ray
        if not ray.is_initialized():
            local = self.address in (None, "local")
            for attempt in range(1, self.start_attempts + 1):
                try:
                    if local:
                        ray.init(num_cpus=self.workers or os.cpu_count() or 1, include_dashboard=False,
                                 logging_level="WARNING", log_to_driver=False)
                    else:
                        ray.init(address=self.address, logging_level="WARNING", log_to_driver=False)
                    break
                except Exception as e:  # ray.init raises a bare Exception when its node times out
                    ray.shutdown()
                    if attempt < self.start_attempts and local:
                        self.log(f"ray: local start failed ({e}); retrying")
                        continue
                    where = "a local Ray instance" if local else f"the Ray cluster at {self.address}"
                    raise RayUnavailable(
                        f"cannot start or reach {where}: {e} (a local start can time out on an overloaded "
                        "machine, ray-project/ray#65983: retry, or start Ray with `ray start --head` and "
                        "pass --ray auto)") from None
            self._started = True
            ctx = ray.data.DataContext.get_current()
            ctx.enable_progress_bars = False
            ctx.print_on_execution_start = False
        cpus = int(ray.cluster_resources().get("CPU", 1))
        return max(1, min(self.workers or cpus, cpus))

    def _map(self, worker_cls, arg: str, todo: list[tuple[str, str]]):
        """Run ``worker_cls(arg)`` over the texts on a fixed actor pool; yields numpy batches."""
        ray = self.ray
        n = self._connect()
        ds = ray.data.from_items([{"hash": h, "text": t} for h, t in todo],
                                 override_num_blocks=max(1, min(len(todo) // self.batch_size + 1, 4 * n)))
        out = ds.map_batches(worker_cls, fn_constructor_args=(arg,), batch_size=self.batch_size,
                             batch_format="numpy", compute=ray.data.ActorPoolStrategy(size=n), num_cpus=1)
        self.log(f"ray: {len(todo)} texts on {n} workers ({worker_cls.__name__[1:]} {arg})")
        yield from out.iter_batches(batch_size=256, batch_format="numpy")

    def analyse(self, store, analyzer_mode: str, chunks: Sequence) -> int:
        from .analysis import get_analyzer

        name = get_analyzer(analyzer_mode).name
        todo = _missing(store, "analysed", "analyzer", name, chunks)
        if not todo:
            return 0
        for batch in self._map(_AnalyseBatch, analyzer_mode, todo):
            with store.transaction():
                store.conn.executemany(
                    "INSERT OR REPLACE INTO analysed(analyzer, text_hash, lang, tokens) VALUES (?,?,?,?)",
                    [(name, str(h), str(l), str(t)) for h, l, t in zip(batch["hash"], batch["lang"], batch["tokens"])])
        return len(todo)

    def embed(self, store, model: str, chunks: Sequence) -> int:
        from .embedding import get_embedder, shortest_first

        name = get_embedder(model).name
        todo = shortest_first(_missing(store, "embeddings", "model", name, chunks))
        if not todo:
            return 0
        for batch in self._map(_EmbedBatch, model, todo):
            with store.transaction():
                store.conn.executemany(
                    "INSERT OR REPLACE INTO embeddings(model, text_hash, dim, vector) VALUES (?,?,?,?)",
                    [(name, str(h), int(v.shape[0]), np.ascontiguousarray(v, dtype=np.float32).tobytes())
                     for h, v in zip(batch["hash"], batch["vector"])])
        return len(todo)


# -- benchmark --------------------------------------------------------------------------------
def bench(db: str | Path, workers: Sequence[int] = (1, 2), model: str = "minilm", limit: int = 1000,
          corpus: str | Path | None = None, log: Callable[[str], None] = print) -> dict:
    """Embedding throughput (chunks/s) in process and on a local Ray instance of each size.

    The first ``limit`` chunks of the store (imported from ``corpus`` first when given) are
    embedded from scratch, without the cache. Ray figures are end to end: actor start and model
    load included, as ``savoir index --ray`` pays them."""
    from indexer.settings import Settings

    from .chunking import iter_chunks
    from .embedding import get_embedder, shortest_first
    from .store import Store

    ray = _ray()
    store = Store(db)
    try:
        if corpus is not None:
            from .corpus import import_corpus

            import_corpus(store, Path(corpus))
        s = Settings()
        chunks = list(iter_chunks(store, s.indexing.chunk_words, s.indexing.chunk_overlap))[:limit]
    finally:
        store.close()
    todo = shortest_first(dict((c.text_hash, c.text) for c in chunks).items())
    result = {"model": model, "chunks": len(todo), "cpus": os.cpu_count(), "ray": ray.__version__,
              "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "runs": []}

    emb = get_embedder(model)
    emb.encode(["warm up"])
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    for i in range(0, len(todo), 64):
        emb.encode([t for _, t in todo[i:i + 64]])
    secs = time.perf_counter() - t0
    result["runs"].append({"workers": "in-process (no Ray)", "seconds": round(secs, 2),
                           "chunks_per_s": round(len(todo) / secs, 1), "load_avg_1min": round(load, 2)})
    log(f"in process: {len(todo) / secs:.1f} chunks/s ({secs:.1f}s, load {load:.1f})")

    for w in workers:
        compute = RayCompute(workers=w)
        try:
            compute._connect()
            load = os.getloadavg()[0]
            t0 = time.perf_counter()
            encode_s = 0.0
            got = 0
            for batch in compute._map(_EmbedBatch, model, todo):
                got += len(batch["hash"])
                encode_s += float(batch["encode_s"].sum())
            secs = time.perf_counter() - t0
        finally:
            compute.close()
        result["runs"].append({"workers": w, "seconds": round(secs, 2), "chunks_per_s": round(got / secs, 1),
                               "encode_seconds_summed_over_workers": round(encode_s, 2),
                               "load_avg_1min": round(load, 2)})
        log(f"ray, {w} worker(s): {got / secs:.1f} chunks/s ({secs:.1f}s end to end, "
            f"{encode_s:.1f}s encoding summed over workers, load {load:.1f})")
    return result


def _main(argv: Sequence[str] | None = None) -> None:
    import click

    @click.group()
    def cli():
        """Distributed indexing tools."""

    @cli.command("bench")
    @click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--workers", default="1,2", show_default=True, help="Comma-separated Ray worker counts.")
    @click.option("--model", default="minilm", show_default=True)
    @click.option("--limit", default=1000, show_default=True, type=int, help="Number of chunks embedded.")
    @click.option("--corpus", default=None, type=click.Path(exists=True, file_okay=False, path_type=Path),
                  help="Import this corpus folder into --db first.")
    @click.option("--out", default=None, type=click.Path(dir_okay=False, path_type=Path), help="Write the figures as JSON.")
    def bench_cmd(db, workers, model, limit, corpus, out):
        """Embedding throughput (chunks/s) in process and with N Ray workers."""
        try:
            result = bench(db, [int(w) for w in workers.split(",") if w.strip()], model, limit, corpus,
                           log=click.echo)
        except RayUnavailable as e:
            raise click.ClickException(str(e)) from None
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
            click.echo(f"wrote {out}")

    cli(args=argv, prog_name="python -m indexer.distributed")


if __name__ == "__main__":  # pragma: no cover
    _main()
