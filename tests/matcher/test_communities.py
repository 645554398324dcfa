"""Communities: 0.7 content + 0.3 members, both over their maximum, closed ones x 0.5."""
import pytest

from matcher.communities import community_content, community_scores, member_scores, top_sum


def test_content_sums_the_ten_best_chunks():
    per_comm = {"c1": [(i / 10, i) for i in range(1, 13)], "c2": [(0.5, 0)]}
    assert community_content(per_comm) == {"c1": pytest.approx(sum(i / 10 for i in range(3, 13))), "c2": 0.5}
    assert top_sum([0.1, 0.5, 0.3], 2) == pytest.approx(0.8) and top_sum([0.1], 2) == 0.1


def test_members_add_their_top_votes_weighted_by_role_outside_hidden_communities():
    """a's expertise: 0.6 + 0.4 (top 2); c1 = 1.0 x coordinator 1.0 + b's 1.0 x active 0.6;
    c2 = 1.0 x peripheral 0.3; c3 is hidden."""
    votes = {"a": [(0.4, 0), (0.6, 1), (0.2, 2)], "b": [(1.0, 3)], "x": [(9.0, 4)]}
    roles = {"a": (("c1", "coordinator"), ("c2", "peripheral"), ("c3", "expert")), "b": (("c1", "active"),)}
    assert member_scores(votes, roles, {"c3"}, 2) == {"c1": pytest.approx(1.6), "c2": pytest.approx(0.3)}


def test_score_mixes_content_and_members_and_halves_closed_communities():
    final, cmax, mmax = community_scores(["c1", "c2"], {"c1": 1.0, "c2": 2.0}, {"c1": 1.6, "c2": 0.3}, {"c2"})
    assert (cmax, mmax) == (2.0, 1.6)
    assert final == {"c1": pytest.approx(0.7 * 0.5 + 0.3), "c2": pytest.approx((0.7 + 0.3 * 0.3 / 1.6) * 0.5)}
    final, _, _ = community_scores(["c1"], {}, {}, set())      # nothing at all: no division by zero
    assert final == {"c1": 0.0}
