"""The nonsense threshold: background of random strings, memoised in the build."""

import numpy as np

from matcher import confidence


class FakeSnap:
    """A snapshot whose dense top cosine is the first component of the query vector."""

    def __init__(self, path):
        self.path, self.n, self._memo = path, 3, {}

    def memo(self, key, compute):
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def dense(self, spec, vec, allowed, n):
        return {0: float(vec[0])} if allowed.any() else {}


def test_random_queries_are_seeded_letter_strings():
    qs = confidence.random_queries(10)
    assert qs == confidence.random_queries(10) and len(set(qs)) == 10
    assert all(w.isalpha() and 4 <= len(w) <= 9 for q in qs for w in q.split())


def test_threshold_is_mean_plus_three_sd_and_gates_queries(tmp_path):
    snap = FakeSnap(tmp_path)
    calls = []

    def encode(texts):
        calls.append(len(texts))
        return [np.array([0.70 + 0.02 * (i % 2)]) for i in range(len(texts))]       # mean 0.71, sd 0.01

    bg = confidence.background(snap, "m", encode)
    assert (bg["mean"], bg["sd"], bg["threshold"]) == (0.71, 0.01, 0.74)
    assert confidence.background(snap, "m", encode) == bg and calls == [confidence.SAMPLE]   # memoised
    assert confidence.background(FakeSnap(tmp_path), "m", encode) == bg and len(calls) == 1   # read back from disk
    allowed = np.ones(3, dtype=bool)
    assert not confidence.clearly_above(snap, {"m": np.array([0.73])}, lambda s: encode, allowed)
    assert confidence.clearly_above(snap, {"m": np.array([0.80])}, lambda s: encode, allowed)
