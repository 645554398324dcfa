"""matcher.crosslingual: fusion per language, on hand-computed cases."""
import pytest

from matcher.crosslingual import fuse_by_language, split_by_language
from matcher.fusion import fuse

LANG = {"f1": "fr", "f2": "fr", "f3": "fr", "e1": "en", "e2": "en", "e3": "en"}


def test_split_by_language():
    assert split_by_language({"f1": 1.0, "e1": 2.0, "x": 3.0}, {**LANG, "x": None}) == \
        {"fr": {"f1": 1.0}, "en": {"e1": 2.0}, "": {"x": 3.0}}


def test_by_hand():
    # a French query: BM25 finds only French chunks, the dense run both languages
    bm25 = {"f1": 8.0, "f2": 4.0, "f3": 0.0}
    dense = {"f1": 0.80, "f2": 0.90, "e1": 0.85, "e2": 0.75, "e3": 0.70}
    out = fuse_by_language(bm25, [dense], LANG, alpha=0.7, query_lang="fr", weight=0.8)
    # French: bm25 minmax f1 1, f2 .5, f3 0; dense over f1, f2: f1 0, f2 1
    #   f1 .3, f2 .15 + .7 = .85, f3 0 -> / .85
    # English: no bm25; dense minmax over e1..e3: e1 1, e2 1/3, e3 0 -> .7, .2333, 0 -> / .7 x .8
    assert out == pytest.approx({"f1": 0.3 / 0.85, "f2": 1.0, "f3": 0.0,
                                 "e1": 0.8, "e2": 0.8 / 3, "e3": 0.0})
    # the mixed fusion puts e1, the second best by meaning, below f1
    mixed = fuse(bm25, [dense], "convex", alpha=0.7)
    assert mixed["e1"] < mixed["f1"] and out["e1"] > out["f1"]


def test_one_language_is_the_mixed_fusion():
    bm25 = {"e1": 3.0, "e2": 1.0}
    dense = {"e1": 0.5, "e2": 0.7, "e3": 0.6}
    mixed = fuse(bm25, [dense], "convex", alpha=0.7)
    top = max(mixed.values())
    expected = {k: v / top for k, v in mixed.items()}
    assert fuse_by_language(bm25, [dense], LANG, 0.7, "fr", weight=0.5) == pytest.approx(expected)
    assert fuse_by_language(bm25, [dense], LANG, 0.7, "en") == pytest.approx(expected)


def test_two_dense_runs_share_alpha():
    bm25 = {"e1": 2.0, "e2": 1.0}
    d1 = {"e1": 0.1, "e2": 0.9}
    d2 = {"e1": 0.9, "e2": 0.1}
    out = fuse_by_language(bm25, [d1, d2], LANG, alpha=0.5, query_lang="en")
    # e1: .5 x 1 + .25 x 0 + .25 x 1 = .75 ; e2: 0 + .25 + 0 = .25 -> / .75
    assert out == pytest.approx({"e1": 1.0, "e2": 1 / 3})


def test_no_candidates():
    assert fuse_by_language({}, [], LANG, 0.7, "fr") == {}


def test_is_bilingual():
    from matcher.crosslingual import is_bilingual

    assert is_bilingual(["fr"] * 85 + ["en"] * 15)
    assert not is_bilingual(["en"] * 95 + ["fr"] * 5)       # misdetected code and names
    assert not is_bilingual(["en"] * 10)
    assert not is_bilingual([])
    assert not is_bilingual(["", None, "en"])
