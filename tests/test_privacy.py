"""Opted-out people never appear; a private community's content never reaches a non-member."""
import json

import pytest

MODES = ("experts", "threads", "communities")
QUERIES = ("zorglub", "budget confidentiel zorglub", "compressed air leaks", "fuites air comprimé", "pompe")


def _dump(sv, q, mode, viewer, method="hybrid"):
    # only the results: the query itself is echoed back in "query" and "terms"
    return json.dumps(sv.search(q, mode=mode, viewer=viewer, k=50, method=method).to_dict()["results"],
                      ensure_ascii=False)


@pytest.mark.parametrize("viewer", [None, "p1", "p2", "p3", "p5", "p8"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["hybrid", "bm25", "dense"])
def test_private_community_invisible_to_non_members(tiny, viewer, mode, method):
    for q in QUERIES:
        out = _dump(tiny, q, mode, viewer, method)
        assert "zorglub" not in out.lower()
        assert "c-secret" not in out


@pytest.mark.parametrize("viewer", ["p6", "p7"])
def test_private_community_visible_to_members(tiny, viewer):
    assert "zorglub" in _dump(tiny, "zorglub", "threads", viewer).lower()
    assert "c-secret" in _dump(tiny, "zorglub", "communities", viewer)


@pytest.mark.parametrize("viewer", [None, "p6", "p8"])
@pytest.mark.parametrize("mode", MODES)
def test_opted_out_person_never_appears(tiny, viewer, mode):
    for q in QUERIES + ("Olivier Masson",):
        out = _dump(tiny, q, mode, viewer)
        assert "Olivier" not in out and "Masson" not in out
        assert '"p8"' not in out


def test_thread_answered_by_opted_out_person_is_still_found_without_attribution(tiny):
    hits = tiny.search("compressed air leaks", mode="threads").results
    t07 = [h for h in hits if h.id == "t07"]
    assert t07, "the knowledge stays findable"
    assert t07[0].accepted_answer["author"] is None and t07[0].accepted_answer["author_name"] is None
