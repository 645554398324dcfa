"""recency(c) = 0.5 + 0.5 * 2^(-age / half_life), on hand-computed ages."""
import math
from types import SimpleNamespace

import numpy as np
import pytest

from matcher.recency import UNDATED, newest_day, now_days, recency, reference_day


@pytest.mark.parametrize("created, expected", [(100.0, 1.0), (70.0, 0.75), (40.0, 0.625), (130.0, 1.0),
                                               (math.nan, UNDATED)])
def test_recency_halves_the_excess_over_one_half_per_half_life(created, expected):
    assert recency(created, 100.0, 30.0) == pytest.approx(expected)


class _Snap(SimpleNamespace):
    def memo(self, key, compute):
        return compute()


def test_reference_day_is_the_newest_dated_item_when_older_than_today():
    assert newest_day(np.array([10.0, math.nan, 20.0])) == 20.0
    assert newest_day(np.array([math.nan])) == math.inf
    assert reference_day(_Snap(created_days=np.array([10.0, math.nan, 20.0]))) == 20.0
    assert reference_day(_Snap(created_days=np.array([math.nan]))) == pytest.approx(now_days(), abs=1e-3)
    assert reference_day(_Snap(created_days=np.array([now_days() + 400]))) == pytest.approx(now_days(), abs=1e-3)
