"""What every benchmark of :mod:`bench.run` records: a :class:`Figure` (median and p95 of its
samples, the target it is held to, a note saying what the corpus and the vectors were), the
queries it times, the machine's own jitter, and the Markdown table of ``bench/RESULTS.md``."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

__all__ = ["MODEL", "Figure", "summarise", "figure", "make_queries", "rss_mb", "load_avg", "bench_machine",
           "settings", "table"]

MODEL = "minilm"


@dataclass
class Figure:
    """One measured quantity at one corpus size: median and p95 over ``n`` samples."""

    name: str
    size: int | None
    unit: str
    median: float
    p95: float
    n: int
    target: str | None = None
    met: bool | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def summarise(samples) -> tuple[float, float]:
    """(median, p95) of the samples (linear interpolation, numpy's default)."""
    a = np.asarray(list(samples), dtype=np.float64)
    if a.size == 0:
        return float("nan"), float("nan")
    return float(np.median(a)), float(np.percentile(a, 95))



def figure(name, size, unit, samples, target=None, check: Callable[[float, float], bool] | None = None,
         note="", **extra) -> Figure:
    med, p95 = summarise(samples)
    return Figure(name, size, unit, round(med, 4), round(p95, 4), len(list(samples)), target,
                  bool(check(med, p95)) if check else None, note, extra)


def make_queries(n: int, seed: int) -> list[str]:
    """``n`` distinct queries of 2 to 5 content words of the corpus's banks, French and English,
    so no query hits the query-embedding cache."""
    from .synth import _DOMAIN, _Words

    rng = np.random.default_rng(seed)
    words = _Words(np.random.default_rng(8))
    out: dict[str, None] = {}
    while len(out) < n:
        lang = "fr" if rng.random() < 0.4 else "en"
        s, f, d, e = words.span[lang]
        k = int(rng.integers(2, 6))
        head = [_DOMAIN[lang][i] for i in rng.integers(0, len(_DOMAIN[lang]), max(1, k - 1))]
        tail = [words.words[int(i)] for i in rng.integers(d, min(e, d + 400), k - len(head))]
        out.setdefault(" ".join(head + tail), None)
    return list(out)


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_avg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def bench_machine(log, rounds: int = 200) -> list[Figure]:
    """The same fixed pure-Python loop timed ``rounds`` times: on a steady machine p95 is close
    to the median; when the host stalls the guest, p95 shows how much any latency p95 of this
    run owes to the machine rather than to Savoir."""
    ms = []
    for _ in range(rounds):
        t = time.perf_counter()
        s = 0
        for j in range(100_000):
            s += j
        ms.append((time.perf_counter() - t) * 1000)
    fig = figure("machine_loop", None, "ms", ms, note="calibration: one fixed pure-Python loop (100k additions); "
               "its p95 / median ratio is the machine's own jitter")
    log(f"machine: fixed loop median {fig.median:.1f} ms, p95 {fig.p95:.1f} ms")
    return [fig]



def settings(**kw):
    """The settings every benchmark builds and searches with (MiniLM)."""
    from indexer.settings import Settings

    return Settings(model=MODEL, **kw)


def _num(x: float) -> str:
    if x != x:  # nan
        return "-"
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}" if abs(x) < 1 else f"{x:.1f}"


def table(doc: dict) -> str:
    """The figures as a Markdown table."""
    lines = ["| figure | chunks | median | p95 | unit | n | target | met |", "|---|---:|---:|---:|---|---:|---|---|"]
    for f in doc["figures"]:
        met = "" if f["met"] is None else ("yes" if f["met"] else "**no**")
        size = f"{f['size']:,}" if f["size"] else ""
        lines.append(f"| {f['name']} | {size} | {_num(f['median'])} | {_num(f['p95'])} | {f['unit']} | {f['n']} | "
                     f"{f['target'] or ''} | {met} |")
    return "\n".join(lines)
