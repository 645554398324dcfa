"""The gated and share prior forms and the activity tables, on hand-computed counts."""
import math
from types import SimpleNamespace

import pytest

from matcher.prior import gated, gated_prior, prior_tables, share, visible_activity

EXPERTS = SimpleNamespace(prior_weight=0.5, prior_floor=0.2)
CONTENT = {"a": 2.0, "b": 1.0}


def test_gated_prior_is_the_log_of_weighted_activity():
    assert gated_prior(1, 2, 4) == pytest.approx(math.log(1 + 1 + 4 + 2))


def test_gated_form_reorders_by_prior_within_the_content():
    """prior a = ln 2, b = ln 4 = max; w 0.5: a = 1 x (0.5 + 0.5 x 0.5), b = 0.5 x (0.5 + 0.5)."""
    final, shown = gated(CONTENT, {"a": (1, 0, 0), "b": (3, 0, 0)}, EXPERTS)
    assert final == {"a": pytest.approx(0.75), "b": pytest.approx(0.5)}
    assert shown == {"a": pytest.approx(0.5), "b": 1.0}
    final, _ = gated(CONTENT, {"a": (0, 0, 0), "b": (0, 0, 0)}, EXPERTS)    # no activity: content x 0.5
    assert final == {"a": 0.5, "b": 0.25}


def test_share_form_multiplies_content_by_the_floored_share_of_answers():
    final, shown = share(CONTENT, {"a": (1, 5, 9), "b": (4, 0, 0)}, EXPERTS)
    assert shown == {"a": 0.25, "b": 1.0} and final == {"a": 0.25, "b": 0.5}
    final, shown = share(CONTENT, {"a": (0, 0, 0), "b": (4, 0, 0)}, EXPERTS)
    assert shown["a"] == 0.2 and final["a"] == 0.2


ANSWERERS = {"t1": (("a", "accepted_answer", 0), ("b", "answer", 1)), "t2": (("a", "answer", 2),)}
CREATED, COMMUNITY, VOTES = [100.0, 100.0, 70.0], ["c1", "c1", "c2"], [2, -1, 0]


def test_prior_tables_weight_answers_by_age_from_the_newest_answer():
    totals, by_community = prior_tables(ANSWERERS, CREATED, COMMUNITY, VOTES, 30.0)
    assert totals == {"a": (1.5, 1.0, 2.0), "b": (1.0, 0.0, 0.0)}
    assert by_community == {"c1": [("a", 1.0, 1.0, 2.0), ("b", 1.0, 0.0, 0.0)], "c2": [("a", 0.5, 0.0, 0.0)]}
    totals, _ = prior_tables(ANSWERERS, CREATED, COMMUNITY, VOTES, 0.0)       # half-life 0: no decay
    assert totals["a"] == (2.0, 1.0, 2.0)


def test_activity_in_hidden_communities_does_not_count():
    totals, by_community = prior_tables(ANSWERERS, CREATED, COMMUNITY, VOTES, 30.0)
    got = visible_activity(totals, by_community, {"c2"}, {"a": 1, "b": 1, "z": 1})
    assert got == {"a": (1.0, 1.0, 2.0), "b": (1.0, 0.0, 0.0), "z": (0.0, 0.0, 0.0)}
