"""MiniLM through ONNX Runtime on CPU: the same packaged weights, exported once to ONNX.

    emb = OnnxSentenceEmbedder(_minilm_path(), name="all-MiniLM-L6-v2")
    vectors = emb.encode(texts)          # the sentence-transformers vectors within 1e-3 cosine

The ONNX file is exported from the weights of the installed package (``model.safetensors``
through transformers + ``torch.onnx``; nothing is downloaded) at first use, and cached under
the user's cache folder (``$SAVOIR_CACHE`` or ``$XDG_CACHE_HOME/savoir`` or ``~/.cache/savoir``),
in a folder named by a hash of the weights and the versions that made it, so a new package or a
new torch exports again; ONNX Runtime's transformer optimizer then fuses attention, GELU and
layer norms into ``model-fused.onnx`` next to it (same vectors, faster). Export and fusion take
a few seconds once (bench/RESULTS.md).

The pipeline is the sentence-transformers one of all-MiniLM-L6-v2 (``modules.json``):
WordPiece tokens truncated to ``max_seq_length`` (256), the BERT encoder, mean pooling over
the attention mask, L2 normalisation. Batches are formed shortest first, as
sentence-transformers does, and padded to their longest text.

onnxruntime is imported lazily: without it, :class:`OnnxSentenceEmbedder` raises
:class:`OnnxBackendError` (an :class:`~indexer.embedding.EmbedderError`) naming the package to install.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from .embedding import EmbedderError

__all__ = ["OnnxSentenceEmbedder", "OnnxBackendError", "cache_dir", "export_onnx", "fuse_onnx",
           "onnx_model_path", "available"]

EXPORT_VERSION = 1  # bump when the export recipe changes: the cache key includes it


class OnnxBackendError(EmbedderError):
    """The ONNX backend cannot run: onnxruntime missing, or the export failed."""


def available() -> bool:
    """True when onnxruntime can be imported."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def cache_dir() -> Path:
    """The user's cache folder for Savoir's derived model files."""
    env = os.environ.get("SAVOIR_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "savoir"


def _weights_key(model_dir: Path) -> str:
    """A hash of the weights and configuration files and of the exporting versions."""
    import torch
    import transformers

    h = hashlib.sha256()
    for name in ("config.json", "model.safetensors", "pytorch_model.bin"):
        p = model_dir / name
        if p.exists():
            st = p.stat()
            h.update(f"{name}:{st.st_size}:".encode())
            with p.open("rb") as f:  # head and tail: enough to tell two weight files apart, fast
                h.update(f.read(1 << 20))
                f.seek(max(0, st.st_size - (1 << 20)))
                h.update(f.read())
    h.update(f"torch={torch.__version__};transformers={transformers.__version__};v={EXPORT_VERSION}".encode())
    return h.hexdigest()[:16]


def onnx_model_path(model_dir: str | Path) -> Path:
    model_dir = Path(model_dir)
    return cache_dir() / "onnx" / f"{model_dir.name or 'model'}-{_weights_key(model_dir)}" / "model.onnx"


def export_onnx(model_dir: str | Path, out: str | Path | None = None) -> Path:
    """Export the BERT encoder of a local sentence-transformers folder to ONNX (fp32), with
    dynamic batch and sequence axes; returns the file. Written to a temporary name then renamed,
    so a concurrent or interrupted export never leaves a half file in the cache."""
    model_dir = Path(model_dir)
    out = Path(out) if out is not None else onnx_model_path(model_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True, attn_implementation="eager")
    model.eval()

    class _Encoder(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state

    ids = torch.ones((2, 16), dtype=torch.int64)
    fd, tmp = tempfile.mkstemp(suffix=".onnx", dir=out.parent)
    os.close(fd)
    try:
        with torch.inference_mode():
            torch.onnx.export(
                _Encoder(model), (ids, torch.ones_like(ids), torch.zeros_like(ids)), tmp,
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "seq"} for n in
                              ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")},
                opset_version=17, dynamo=False)
        os.replace(tmp, out)
    except Exception as e:
        Path(tmp).unlink(missing_ok=True)
        raise OnnxBackendError(f"ONNX export of {model_dir} failed: {e}") from e
    return out


def fuse_onnx(src: str | Path, out: str | Path, heads: int, hidden: int) -> Path:
    """ONNX Runtime's transformer optimizer over an exported BERT (attention, GELU, layer-norm and
    bias fusions): the same arithmetic in fewer kernels. Written atomically."""
    from onnxruntime.transformers.optimizer import optimize_model

    out = Path(out)
    fd, tmp = tempfile.mkstemp(suffix=".onnx", dir=out.parent)
    os.close(fd)
    try:
        optimize_model(str(src), model_type="bert", num_heads=heads, hidden_size=hidden,
                       opt_level=1).save_model_to_file(tmp)
        os.replace(tmp, out)
    except Exception as e:
        Path(tmp).unlink(missing_ok=True)
        raise OnnxBackendError(f"ONNX fusion of {src} failed: {e}") from e
    return out


class OnnxSentenceEmbedder:
    """A mean-pooled BERT sentence-transformers model (all-MiniLM-L6-v2) run by ONNX Runtime."""

    def __init__(self, path: str | Path, name: str | None = None, batch_size: int = 32,
                 threads: int | None = None, onnx_file: str | Path | None = None, spin: bool = False,
                 fuse: bool = True):
        self.path = Path(path)
        self.name = name or f"st:{self.path.name}"
        self.batch_size = batch_size
        self.threads = threads
        self.fuse = fuse  # the fused graph: same vectors, 1.35x (bench/RESULTS.md)
        self.spin = spin  # ORT's busy-waiting workers: off, they only burn a shared 2-core machine
        self._onnx_file = Path(onnx_file) if onnx_file else None
        self._session = None
        self._tok = None
        self._dim: int | None = None
        self.export_seconds: float | None = None  # set when this instance exported the file
        self._lock = threading.Lock()

    def _max_len(self) -> int:
        p = self.path / "sentence_bert_config.json"
        if p.exists():
            return int(json.loads(p.read_text()).get("max_seq_length", 256))
        return 256

    def _load(self):
        if self._session is None:
            with self._lock:
                if self._session is None:
                    try:
                        import onnxruntime as ort
                    except ImportError:
                        raise OnnxBackendError("the ONNX backend needs onnxruntime and onnx: pip install 'savoir[onnx]' "
                                               "(or pip install onnxruntime onnx), or set embed_runtime = \"torch\"") from None
                    from tokenizers import Tokenizer

                    cfg = json.loads((self.path / "config.json").read_text())
                    f = self._onnx_file or onnx_model_path(self.path)
                    t = time.perf_counter()
                    if not f.exists():
                        export_onnx(self.path, f)
                        self.export_seconds = time.perf_counter() - t
                    if self.fuse and self._onnx_file is None:
                        fused = f.with_name("model-fused.onnx")
                        if not fused.exists():
                            fuse_onnx(f, fused, int(cfg["num_attention_heads"]), int(cfg["hidden_size"]))
                            self.export_seconds = time.perf_counter() - t
                        f = fused
                    tok = Tokenizer.from_file(str(self.path / "tokenizer.json"))
                    tok.enable_truncation(max_length=self._max_len())
                    tok.enable_padding(pad_id=0, pad_token="[PAD]")  # to the batch's longest
                    opts = ort.SessionOptions()
                    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                    opts.intra_op_num_threads = int(self.threads or os.cpu_count() or 1)
                    opts.inter_op_num_threads = 1
                    opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if self.spin else "0")
                    self._tok = tok
                    self._session = ort.InferenceSession(str(f), opts, providers=["CPUExecutionProvider"])
                    self._dim = int(cfg["hidden_size"])
        return self._session

    @property
    def dim(self) -> int:
        self._load()
        return self._dim  # type: ignore[return-value]

    def _run(self, texts: list[str]) -> np.ndarray:
        enc = self._tok.encode_batch(texts)
        ids = np.asarray([e.ids for e in enc], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in enc], dtype=np.int64)
        types = np.asarray([e.type_ids for e in enc], dtype=np.int64)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        m = mask[:, :, None].astype(np.float32)
        v = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        n = np.linalg.norm(v, axis=1, keepdims=True)
        n[n == 0] = 1.0
        return (v / n).astype(np.float32)

    def encode(self, texts: Sequence[str], role: str = "passage") -> np.ndarray:
        self._load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # sentence-transformers' order: longest first by character length, restored after
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self._dim), dtype=np.float32)
        with self._lock:  # one session, one caller at a time (it already uses every core)
            for i in range(0, len(texts), self.batch_size):
                idx = order[i:i + self.batch_size]
                out[idx] = self._run([texts[j] for j in idx])
        return out
