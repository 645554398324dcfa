"""Cross-language pseudo-relevance feedback (matcher.expansion) on hand-computed matrices."""
import numpy as np
import pytest
from scipy import sparse

from matcher.expansion import feedback_terms, language_feedback, top_n, weighted_scores, with_feedback

# terms x chunks: term 0 in chunks 0 and 2, term 1 in chunk 1, term 2 in chunk 0
W = sparse.csr_matrix(np.array([[1.0, 0.0, 2.0],
                                [0.0, 3.0, 0.0],
                                [4.0, 0.0, 0.0]]))


def test_feedback_terms_are_the_mean_bm25_weights_over_the_feedback_chunks():
    # chunks 0 and 2: term 0 (1 + 2) / 2 = 1.5, term 2 4 / 2 = 2, term 1 absent
    assert feedback_terms(W.tocsc(), [0, 2], 5) == pytest.approx({2: 2.0, 0: 1.5})
    assert feedback_terms(W.tocsc(), [0, 2], 1) == pytest.approx({2: 2.0})
    assert feedback_terms(W.tocsc(), [], 5) == {}


def test_weighted_scores_sum_the_weighted_term_rows():
    # chunk 0: 1.5 x 1 + 2 x 4 = 9.5; chunk 1: nothing; chunk 2: 1.5 x 2 = 3
    assert weighted_scores(W, {2: 2.0, 0: 1.5}).tolist() == pytest.approx([9.5, 0.0, 3.0])


def test_top_n_keeps_the_best_positive_allowed_scores():
    scores = np.array([9.5, 0.0, 3.0, 7.0])
    assert top_n(scores, np.array([True, True, True, True]), 2) == {0: 9.5, 3: 7.0}
    assert top_n(scores, np.array([False, True, True, True]), 5) == {2: 3.0, 3: 7.0}


def test_feedback_fills_the_other_language_from_its_best_dense_chunk():
    # chunks 0, 1 French ("pompe"), 2, 3 English ("pump" in both, "seal" in 3)
    w = sparse.csr_matrix(np.array([[2.0, 1.0, 0.0, 0.0],     # pompe
                                    [0.0, 0.0, 1.0, 0.5],     # pump
                                    [0.0, 0.0, 0.0, 3.0]]))   # seal
    langs = ["fr", "fr", "en", "en"]
    masks = {"fr": np.array([True, True, False, False]), "en": np.array([False, False, True, True])}
    dense = {0: 0.9, 2: 0.8, 3: 0.5, 1: 0.4}
    everything = np.ones(4, dtype=bool)
    # a French query: the English feedback chunk is 2 (best English dense), its only term "pump"
    # weighs 1; prf(2) = 1 x 1, prf(3) = 1 x 0.5; the French chunks get no feedback run
    run = language_feedback(w, w.tocsc(), dense, langs, masks, "fr", everything, 10, k=1, m=5)
    assert run == pytest.approx({2: 1.0, 3: 0.5})
    # two feedback chunks: pump (1 + 0.5) / 2 = 0.75, seal 3 / 2 = 1.5;
    # prf(2) = 0.75 x 1, prf(3) = 0.75 x 0.5 + 1.5 x 3 = 4.875
    run = language_feedback(w, w.tocsc(), dense, langs, masks, "fr", everything, 10, k=2, m=5)
    assert run == pytest.approx({2: 0.75, 3: 4.875})
    # a chunk the viewer may not see is not a candidate (it still was a feedback chunk: the
    # dense run given is already the allowed one in the product)
    hidden = np.array([True, True, True, False])
    assert language_feedback(w, w.tocsc(), dense, langs, masks, "fr", hidden, 10, k=2, m=5) == pytest.approx({2: 0.75})
    # ``among``: only the candidates of the other runs are scored (no new candidate)
    among = np.array([True, True, True, False])
    assert language_feedback(w, w.tocsc(), dense, langs, masks, "fr", everything, 10, 2, 5, among) == pytest.approx({2: 0.75})
    # an English query: feedback in French from chunk 0 ("pompe" 2): prf(0) = 4, prf(1) = 2
    run = language_feedback(w, w.tocsc(), dense, langs, masks, "en", everything, 10, k=1, m=5)
    assert run == pytest.approx({0: 4.0, 1: 2.0})


def test_with_feedback_is_the_mean_of_the_two_runs_min_max_per_language():
    langs = ["fr", "fr", "en", "en", "en"]
    bm25 = {0: 6.0, 1: 2.0, 2: 1.0}                  # the French query's terms, one shared English name
    feedback = {0: 10.0, 1: 30.0, 3: 4.0, 4: 2.0}
    out = with_feedback(bm25, feedback, langs)
    # French: bm25 minmax 0 -> 1, 1 -> 0; feedback minmax 0 -> 0, 1 -> 1: both 1/2
    # English: bm25 has chunk 2 alone -> 1; feedback minmax 3 -> 1, 4 -> 0
    assert out == pytest.approx({0: 0.5, 1: 0.5, 2: 0.5, 3: 0.5, 4: 0.0})
    assert with_feedback(bm25, {}, langs) == pytest.approx({0: 0.5, 1: 0.0, 2: 0.5})
