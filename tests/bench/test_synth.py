"""The synthetic corpus generator (fast) and the benchmark end to end at a tiny size (bench)."""
import json

import pytest

from bench.synth import Plan, generate, parse_size, prefill
from indexer.chunking import iter_chunks
from indexer.store import Store


def _dump(db) -> list:
    store = Store(db)
    try:
        rows = [(c.id, c.text, c.person, c.community, c.created, c.votes) for c in iter_chunks(store)]
        rows += store.conn.execute("SELECT * FROM memberships ORDER BY person, community").fetchall()
    finally:
        store.close()
    return rows


def test_generator_is_deterministic_and_exact(tmp_path):
    for name in ("a", "b"):
        store = Store(tmp_path / f"{name}.db")
        plan = generate(store, 300, seed=3)
        store.close()
    assert plan == Plan.for_chunks(300) and plan.chunks == 300
    a, b = _dump(tmp_path / "a.db"), _dump(tmp_path / "b.db")
    assert a == b
    assert sum(1 for r in a if isinstance(r[0], str) and ":" in r[0]) == 300
    store = Store(tmp_path / "c.db")
    generate(store, 300, seed=4)
    assert _dump(tmp_path / "c.db") != a
    langs = {r[0] for r in store.conn.execute("SELECT DISTINCT language FROM threads")}
    assert langs == {"fr", "en"}
    store.close()


def test_prefilled_analysis_equals_the_analyzer(tmp_path):
    from indexer.analysis import get_analyzer

    store = Store(tmp_path / "s.db")
    generate(store, 120, seed=5)
    an = get_analyzer("lookup")
    prefill(store, an)
    cached = {h: (lang, toks) for h, lang, toks in store.conn.execute("SELECT text_hash, lang, tokens FROM analysed")}
    chunks = list(iter_chunks(store))
    langs = [an.detect(c.text) for c in chunks]
    tokens = an.tokens_many([c.text for c in chunks], langs)
    for c, lang, toks in zip(chunks, langs, tokens):
        assert cached[c.text_hash] == (lang, " ".join(toks)), c.id
    store.close()


def test_parse_size():
    assert [parse_size(s) for s in ("10k", "100k", "1m", "2500", "1.5k")] == [10_000, 100_000, 1_000_000, 2500, 1500]
    with pytest.raises(ValueError, match="10k"):
        parse_size("lots")


@pytest.mark.bench
def test_bench_end_to_end_tiny(tmp_path):
    from click.testing import CliRunner

    from bench.cli import bench_command

    out = tmp_path / "r.json"
    res = CliRunner().invoke(bench_command, ["--sizes", "400", "--repeat", "1", "--index-sample", "100",
                                             "--queries", "2", "--workdir", str(tmp_path / "w"), "--out", str(out),
                                             "--web-requests", "20"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    doc = json.loads(out.read_text())
    names = {f["name"] for f in doc["figures"]}
    assert {"index_vs_encode_ratio", "query_experts", "query_threads", "query_communities", "retrieve_rank_bm25",
            "retrieve_lexical", "retrieve_dense", "retrieve_hybrid", "rss_index_loaded",
            "incremental_10_threads", "learned_train", "query_experts_learned", "learned_vs_retrieval"} <= names
    inc = next(f for f in doc["figures"] if f["name"] == "incremental_10_threads")
    assert 0 < inc["extra"]["embedded"][0] < 60
    assert "| figure |" in res.output


def test_tie_aware_recall_counts_tied_neighbours_and_misses():
    import numpy as np

    from bench.latency import tie_aware_recall

    # rows 0 and 1 are the same vector: either one is a correct 1st neighbour
    v = np.array([[1.0, 0.0], [1.0, 0.0], [0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    q = np.array([1.0, 0.0], dtype=np.float32)
    exact = np.array([1.0, 1.0], dtype=np.float32)  # exact top-2 scores
    assert tie_aware_recall(v, q, [1, 0], exact) == 1.0
    assert tie_aware_recall(v, q, [0, 2], exact) == 0.5  # row 2 scores 0.6 < 1.0
    assert tie_aware_recall(v, q, [3, -1], exact) == 0.0


def test_spread_like_real_reaches_the_target_concentration():
    import numpy as np

    from bench.synth import spread_like_real

    rng = np.random.default_rng(1)
    common = rng.standard_normal(32)
    v = (5 * common + rng.standard_normal((400, 32))).astype(np.float32)  # a narrow cone
    unit = v / np.linalg.norm(v, axis=1, keepdims=True)
    before = float(np.sum(unit.mean(axis=0) ** 2))
    out = spread_like_real(v, target=0.3)
    after = float(np.sum(out.mean(axis=0) ** 2))
    assert before > 0.8
    assert abs(after - 0.3) < 0.02
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
