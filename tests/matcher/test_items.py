"""Threads and documents: an item scores its best chunk (MaxP)."""
from matcher.items import chunks_per_item, maxp

ITEM = {0: ("thread", "t1"), 1: ("thread", "t1"), 2: ("document", "d1"), 3: ("thread", "t0")}


def test_an_item_scores_its_best_chunk_and_ties_go_by_key():
    per_item = chunks_per_item({0: 0.5, 1: 0.9, 2: 0.7, 3: 0.9}, ITEM.get)
    assert per_item[("thread", "t1")] == [(0.9, 1), (0.5, 0)]
    assert maxp(per_item, 10) == [(("thread", "t0"), 0.9), (("thread", "t1"), 0.9), (("document", "d1"), 0.7)]
    assert maxp(per_item, 2) == [(("thread", "t0"), 0.9), (("thread", "t1"), 0.9)]
