"""The gate measurement's statistics and thresholds, computed by hand on a few vectors."""
import numpy as np
import pytest

from eval.gate import query_stats, threshold


def test_statistics_of_one_query_over_the_allowed_rows_only():
    # unit vectors whose cosine with the query q = (1, 0) is their first component
    cos = [0.9, 0.5, 0.3, 0.1]
    vectors = np.array([[c, np.sqrt(1 - c * c)] for c in cos + [0.99]], dtype=np.float32)
    allowed = np.array([True, True, True, True, False])     # the 0.99 chunk is private
    s = query_stats(vectors, allowed, np.array([1.0, 0.0]), k=2)
    mean, sd = 0.45, np.std(cos)                           # over the four allowed cosines
    assert s["top"] == pytest.approx(0.9, abs=1e-6)        # not the private 0.99
    assert s["z_all"] == pytest.approx((0.9 - mean) / sd, rel=1e-5)
    assert s["margin_all"] == pytest.approx(0.45, abs=1e-6)
    assert s["z100"] == pytest.approx((0.9 - 0.7) / 0.2, rel=1e-5)   # top 2: 0.9, 0.5
    assert s["margin100"] == pytest.approx(0.2, abs=1e-6)
    assert s["nqc"] == pytest.approx(0.2 / 0.45, rel=1e-5)


def test_thresholds_three_sd_and_max():
    assert threshold([0.70, 0.72], 3.0) == pytest.approx(0.74)
    assert threshold([0.70, 0.72, 0.71], 3.0, "max") == 0.72
