"""Fusion maths on hand-computed cases."""
import pytest

from matcher.fusion import convex, fuse, minmax, rrf


def test_minmax():
    assert minmax({"a": 2.0, "b": 4.0, "c": 3.0}) == {"a": 0.0, "b": 1.0, "c": 0.5}
    assert minmax({"a": 5.0, "b": 5.0}) == {"a": 1.0, "b": 1.0}
    assert minmax({}) == {}


def test_convex_by_hand():
    bm25 = {"a": 10.0, "b": 5.0, "c": 0.0}      # -> a 1, b 0.5, c 0
    dense = {"b": 0.9, "d": 0.5}                 # -> b 1, d 0
    out = convex([bm25, dense], [0.4, 0.6])
    assert out == pytest.approx({"a": 0.4, "b": 0.4 * 0.5 + 0.6 * 1.0, "c": 0.0, "d": 0.0})
    assert fuse(bm25, [dense], "convex", alpha=0.6) == pytest.approx(out)


def test_convex_alpha_extremes_equal_single_runs():
    bm25 = {"a": 3.0, "b": 1.0}
    dense = {"b": 0.8, "a": 0.2}
    assert fuse(bm25, [dense], "convex", alpha=0.0) == pytest.approx({"a": 1.0, "b": 0.0})
    assert fuse(bm25, [dense], "convex", alpha=1.0) == pytest.approx({"a": 0.0, "b": 1.0})


def test_rrf_by_hand():
    run1 = {"a": 3.0, "b": 2.0, "c": 1.0}       # ranks a1 b2 c3
    run2 = {"c": 0.9, "a": 0.5}                 # ranks c1 a2
    out = rrf([run1, run2], k=60)
    assert out["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert out["b"] == pytest.approx(1 / 62)
    assert out["c"] == pytest.approx(1 / 63 + 1 / 61)
    # alpha 0.5 with one dense run is plain RRF
    assert fuse(run1, [run2], "rrf", alpha=0.5, k=60) == pytest.approx(out)


def test_unknown_method():
    with pytest.raises(ValueError):
        fuse({}, [], "borda")
