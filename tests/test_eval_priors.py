"""The linear prior form the evaluation keeps for its ``hybrid-qa`` reference (eval.runner)."""
from types import SimpleNamespace

import pytest

from eval.runner import Variant, linear


def test_linear_form_mixes_content_and_prior_over_their_maxima():
    """prior a = ln 2, b = ln 4 = max; w 0.5: a = 0.5 x 1 + 0.5 x 0.5, b = 0.5 x 0.5 + 0.5 x 1."""
    content, act = {"a": 2.0, "b": 1.0}, {"a": (1, 0, 0), "b": (3, 0, 0)}
    final, shown = linear(content, act, SimpleNamespace(prior_weight=0.5))
    assert final == {"a": pytest.approx(0.75), "b": pytest.approx(0.75)} and shown == {"a": pytest.approx(0.5), "b": 1.0}
    final, _ = linear(content, act, SimpleNamespace(prior_weight=1.0))
    assert final["b"] > final["a"]


def test_a_variant_with_the_linear_form_keeps_it_out_of_the_formula():
    from matcher import Settings
    from matcher.formula import HandFormula

    v = Variant("hybrid-qa", "hybrid", (("prior_form", "linear"), ("prior_weight", 0.6), ("alpha", 0.5)))
    assert v.prior is linear
    f = v.formula(HandFormula(prior_form="gated"))
    assert f.prior_form == "gated" and f.prior_weight == 0.6
    assert v.settings(Settings(model="hash")).fusion.alpha == 0.5     # a setting goes to the settings
    assert Variant("hybrid-share", "hybrid", (("prior_form", "share"),)).prior is None


def test_prior_weight_one_ranks_candidates_by_activity_alone(tiny_db):
    from eval.runner import prepare_queries
    from matcher import Savoir, Settings
    from matcher.experts import search_experts

    from matcher.formula import HandFormula

    sv = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(prior_weight=1.0))
    q = prepare_queries(sv, {"q": "pompe cavitation aspiration purge"})["q"]
    r = search_experts(sv.context(None), q, "hybrid", 10, prior=linear)
    priors = [e.breakdown["prior"] for e in r]
    assert len(r) >= 2 and priors == sorted(priors, reverse=True)
    assert r[0].breakdown["prior_form"] == "linear"
