"""matcher.routing: hand-computed cases for each rule."""
from __future__ import annotations

import pytest

from indexer.settings import RoutingSettings
from matcher.routing import UNCONSTRAINED, PersonState, route

CANDS = [("a", 0.9), ("b", 0.8), ("c", 0.5), ("d", 0.4)]
NO_PENALTY = RoutingSettings(load_penalty=0.0)


def reasons(r):
    return {p.person: p.reason for p in r.passed_over}


def test_top_k_when_everyone_is_free():
    r = route(CANDS, k=2, rule=NO_PENALTY)
    assert r.people == ["a", "b"]
    assert reasons(r) == {"c": "outranked", "d": "outranked"}


def test_asker_is_never_routed():
    r = route(CANDS, k=2, asker="a", rule=NO_PENALTY)
    assert r.people == ["b", "c"]
    assert reasons(r)["a"] == "asker"


def test_opt_out_and_never_route():
    states = {"a": PersonState(opted_out=True), "b": PersonState(never_route=True)}
    r = route(CANDS, k=2, states=states, rule=NO_PENALTY)
    assert r.people == ["c", "d"]
    assert reasons(r) == {"a": "opted_out", "b": "never_route"}


def test_unavailable_until_a_date():
    states = {"a": PersonState(unavailable_until="2024-03-10")}
    assert route(CANDS, k=1, states=states, today="2024-03-09", rule=NO_PENALTY).people == ["b"]
    assert reasons(route(CANDS, k=1, states=states, today="2024-03-09", rule=NO_PENALTY))["a"] == "unavailable"
    # back on the day itself
    assert route(CANDS, k=1, states=states, today="2024-03-10", rule=NO_PENALTY).people == ["a"]


def test_caps_exclude():
    rule = RoutingSettings(max_open_requests=2, max_per_week=3, load_penalty=0.0)
    states = {"a": PersonState(open_requests=2),                  # at the open cap
              "b": PersonState(routed_last_week=3),               # at the global weekly cap
              "c": PersonState(routed_last_week=1, weekly_cap=1)}  # at their own "at most 1 a week"
    r = route(CANDS, k=2, states=states, rule=rule)
    assert r.people == ["d"]
    assert reasons(r) == {"a": "open_cap", "b": "weekly_cap", "c": "weekly_cap"}
    # 0 turns a cap off; a person's own cap still holds
    r = route(CANDS, k=2, states=states, rule=UNCONSTRAINED)
    assert r.people == ["a", "b"]
    assert "c" not in r.people and reasons(r)["c"] == "weekly_cap"


def test_penalty_reorders():
    # beta = 1: a has load 2 -> 0.9 / 3 = 0.3; b load 0 -> 0.8; c load 0 -> 0.5
    states = {"a": PersonState(open_requests=1, routed_last_week=1)}
    r = route(CANDS, k=2, states=states, rule=RoutingSettings(load_penalty=1.0, max_open_requests=0, max_per_week=0))
    assert r.people == ["b", "c"]
    assert r.routed[0].adjusted == pytest.approx(0.8)
    # beta = 0.25: 0.9 / 1.5 = 0.6, still above c (0.5), below b
    r = route(CANDS, k=2, states=states, rule=RoutingSettings(load_penalty=0.25, max_open_requests=0, max_per_week=0))
    assert r.people == ["b", "a"]
    assert r.routed[1].adjusted == pytest.approx(0.6) and r.routed[1].load == 2


def test_clearly_better_expert_keeps_the_top():
    # 1.0 / (1 + 1 x 1) = 0.5 > 0.4
    r = route([("a", 1.0), ("b", 0.4)], k=1, states={"a": PersonState(routed_last_week=1)},
              rule=RoutingSettings(load_penalty=1.0, max_per_week=0, max_open_requests=0))
    assert r.people == ["a"]


def test_ties_are_deterministic():
    # equal adjusted scores: the higher raw score first, then the person id
    states = {"x": PersonState(routed_last_week=1)}
    rule = RoutingSettings(load_penalty=1.0, max_per_week=0, max_open_requests=0)
    r = route([("x", 1.0), ("z", 0.5), ("y", 0.5)], k=3, states=states, rule=rule)
    assert r.people == ["x", "y", "z"]            # x: 1.0 / 2 = 0.5 ties, wins on its raw score
    assert route([("z", 0.5), ("y", 0.5)], k=2, rule=rule).people == ["y", "z"]


def test_duplicates_and_bad_values():
    assert route([("a", 0.9), ("a", 0.1)], k=3, rule=NO_PENALTY).people == ["a"]
    with pytest.raises(ValueError, match="load_penalty"):
        RoutingSettings(load_penalty=-1)
    with pytest.raises(ValueError, match="k"):
        route(CANDS, k=0)
