"""`savoir bench`: the benchmark suite over synthetic corpora (see bench/RESULTS.md)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import click

__all__ = ["bench_command"]


def _sizes(ctx, param, value):
    from .synth import parse_size

    try:
        return [parse_size(s) for s in value.split(",") if s.strip()]
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def _clean(x):
    if isinstance(x, float) and math.isnan(x):
        return None
    if isinstance(x, dict):
        return {k: _clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_clean(v) for v in x]
    return x


def _write(out: Path, doc: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(_clean(doc), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@click.command(name="bench")
@click.option("--sizes", default="10k,100k", show_default=True, callback=_sizes,
              help="Corpus sizes in chunks, comma-separated: 10k, 100k, 1m or a number.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("bench/results/bench.json"),
              show_default=True, help="Results JSON.")
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1), help="Repeated runs per figure.")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=Path("bench/.work"),
              show_default=True, help="Where the synthetic databases live (reused between runs).")
@click.option("--index-sample", default=2000, show_default=True, type=click.IntRange(0),
              help="Chunks indexed with the real MiniLM for the throughput figure (0: skip).")
@click.option("--queries", "n_queries", default=30, show_default=True, type=click.IntRange(1),
              help="Queries per mode and run.")
@click.option("--rank-bm25-max", default=100_000, show_default=True, help="Largest size at which rank-bm25 runs.")
@click.option("--web/--no-web", default=True, show_default=True, help="Load-test /api/search under `savoir serve`.")
@click.option("--web-requests", default=600, show_default=True, help="Requests per concurrency level.")
@click.option("--learned/--no-learned", default=True, show_default=True,
              help="Train the learned expert ranking on each corpus and time experts searches with it.")
@click.option("--seed", default=7, show_default=True)
def bench_command(sizes, out, repeat, workdir, index_sample, n_queries, rank_bm25_max, web, web_requests, learned,
                  seed):
    """Benchmark indexing, incremental updates, query latency, recall and memory.

    Not part of the test run: about 6 minutes for 10k and 100k chunks on 2 cores, 15-25 more
    for 1m (bench/RESULTS.md)."""
    from .run import run, table

    doc = run(sizes, repeat=repeat, workdir=workdir, seed=seed, index_sample=index_sample, n_queries=n_queries,
              rank_bm25_max=rank_bm25_max, web=web, web_requests=web_requests, learned=learned,
              log=lambda m: click.echo(m, err=True), checkpoint=lambda d: _write(out, d))
    doc["command"] = (f"savoir bench --sizes {','.join(str(s) for s in sizes)} --repeat {repeat} "
                      f"--index-sample {index_sample} --queries {n_queries}" + ("" if web else " --no-web") + ("" if learned else " --no-learned"))
    _write(out, doc)
    click.echo(table(doc))
    click.echo(f"\nwritten {out}")
