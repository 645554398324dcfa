"""Community indicators from their counts."""
from matcher.indicators import indicators


def test_indicators_record():
    assert indicators(3, 4, 3, 2, "2025-01-02T10:00:00", 2) == {
        "members": 3, "active_members_90d": 2, "threads": 4, "solved": 3, "solved_rate": 0.75, "documents": 2,
        "newest_activity": "2025-01-02"}
    assert indicators(0, 0, 0, 0, None, 0)["solved_rate"] == 0.0
    assert indicators(0, 0, 0, 0, None, 0)["newest_activity"] is None
