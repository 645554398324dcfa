"""BM25 must equal rank-bm25's BM25Okapi on the same tokens (the oracle)."""

import numpy as np
from hypothesis import given, settings, strategies as st
from rank_bm25 import BM25Okapi

from indexer.bm25 import BM25Matrix


def _check(corpus, query):
    ours = BM25Matrix.build(corpus).scores(query)
    oracle = BM25Okapi(corpus).get_scores(query)
    np.testing.assert_allclose(ours, oracle, rtol=1e-5, atol=1e-5)


def test_equals_bm25okapi_on_hand_example():
    corpus = [["pompe", "cavitation", "bruit"], ["power", "bi", "gateway", "refresh"],
              ["pompe", "npsh", "aspiration", "pompe"], ["atex", "zone", "outillage"], ["bruit"]]
    for q in (["pompe"], ["pompe", "pompe", "bruit"], ["inconnu"], ["bruit", "atex"], []):
        _check(corpus, q)


def test_negative_idf_floor_like_bm25okapi():
    # "a" is in 4 of 5 documents: its raw idf is negative and BM25Okapi floors it at eps * mean idf.
    corpus = [["a", "b"], ["a", "c"], ["a", "d"], ["a"], ["e"]]
    _check(corpus, ["a"])
    assert BM25Matrix.idf_reference(5, 4) < 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcdefghij"), min_size=1, max_size=12), min_size=1, max_size=30),
       st.lists(st.sampled_from("abcdefghijk"), min_size=1, max_size=5))
def test_equals_bm25okapi_property(corpus, query):
    _check(corpus, query)


def test_equals_bm25okapi_on_analysed_tiny_corpus():
    from indexer.analysis import get_analyzer
    from tests.conftest import TINY
    import json

    an = get_analyzer("lookup")
    texts = [json.loads(l)["title"] + " " + " ".join(p["body"] for p in json.loads(l)["posts"])
             for l in (TINY / "threads.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    corpus = an.tokens_many(texts)
    _check(corpus, an.query_tokens("cavitation de la pompe après redémarrage"))
