"""Same-language and other-language quality of one run: does a French question find the
English answer, and the reverse?

    split = language_split(qrels, run, query_lang, item_lang)
    # {"recall@10_same": .., "ndcg@10_same": .., "recall@10_other": .., "ndcg@10_other": ..,
    #  "relevant_same": 107, "found_same": 105, "relevant_other": 107, "found_other": 44,
    #  "queries_other": 35, "queries_other_none": 12}

For each judged query, its relevant items are split by language: *same* (the item's language
is the query's) and *other*. Then, for each side:

- recall@10 = found / relevant, summed over the queries (micro average), counting the items of
  grade >= ``min_grade`` (2: the issue's "relevant threads") found in the run's top 10;
- nDCG@10 = mean over the queries having such items of nDCG@10 (Järvelin & Kekäläinen 2002;
  gain = grade, log2 discount, as ranx's ``ndcg``) against the judgements of that side alone:
  the run is not filtered, so an item of the other side ranked above takes a place, as it does
  for the user;
- ``queries_other_none``: the queries with other-language items that get none of them in the
  top 10.

Pure: the languages come as dicts (``item_languages`` reads them from a store).
"""
from __future__ import annotations

import math
from typing import Mapping

__all__ = ["language_split", "ndcg_at", "item_languages", "SPLIT_METRICS"]

SPLIT_METRICS = ("recall@10_same", "ndcg@10_same", "recall@10_other", "ndcg@10_other")


def ndcg_at(grades: Mapping[str, int], ranking: list, k: int = 10) -> float:
    """nDCG@k of ``ranking`` (item ids, best first) against ``grades`` (item -> grade, > 0
    relevant): sum grade / log2(rank + 1) over the top k, over the same for the ideal order."""
    dcg = sum(grades.get(item, 0) / math.log2(i + 2) for i, item in enumerate(ranking[:k]) if grades.get(item, 0) > 0)
    ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def _ranking(scores: Mapping[str, float]) -> list:
    return [item for item, _ in sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def language_split(qrels: Mapping[str, Mapping[str, int]], run: Mapping[str, Mapping[str, float]],
                   query_lang: Mapping[str, str], item_lang: Mapping[str, str], k: int = 10,
                   min_grade: int = 2) -> dict:
    """The figures above for the queries of ``qrels`` whose language ``query_lang`` knows; an
    item whose language is not known in ``item_lang`` is left out of both sides."""
    found = {"same": 0, "other": 0}
    relevant = {"same": 0, "other": 0}
    ndcgs: dict[str, list] = {"same": [], "other": []}
    none_other = 0
    for qid, grades in qrels.items():
        lang = query_lang.get(qid)
        if not lang:
            continue
        top = _ranking(run.get(qid, {}))
        top_k = set(top[:k])
        for side in ("same", "other"):
            mine = {i: g for i, g in grades.items() if g > 0 and i in item_lang and (item_lang[i] == lang) == (side == "same")}
            if not mine:
                continue
            ndcgs[side].append(ndcg_at(mine, top, k))
            strong = [i for i, g in mine.items() if g >= min_grade]
            hit = sum(i in top_k for i in strong)
            relevant[side] += len(strong)
            found[side] += hit
            if side == "other" and strong and hit == 0:
                none_other += 1
    out: dict = {}
    for side in ("same", "other"):
        out[f"recall@{k}_{side}"] = round(found[side] / relevant[side], 4) if relevant[side] else 0.0
        out[f"ndcg@{k}_{side}"] = round(sum(ndcgs[side]) / len(ndcgs[side]), 4) if ndcgs[side] else 0.0
        out[f"relevant_{side}"] = relevant[side]
        out[f"found_{side}"] = found[side]
    out["queries_other"] = len(ndcgs["other"])
    out["queries_other_none"] = none_other
    return out


def item_languages(store) -> dict:
    """Thread and document id -> language ("fr" / "en"), as imported; an item without one takes
    the language most of its chunks were detected in."""
    out: dict = {}
    for table in ("threads", "documents"):
        for item, lang in store.conn.execute(f"SELECT id, language FROM {table}"):
            if lang:
                out[item] = lang
    majority: dict = {}
    for item, lang, _ in store.conn.execute(
            "SELECT coalesce(thread, document), lang, count(*) FROM chunks"
            " WHERE item_type IN ('post', 'document') GROUP BY 1, 2 ORDER BY 3"):
        if item and lang:
            majority[item] = lang     # rows come by count: the last one, the majority, stays
    return {**majority, **out}


def task_languages(sv, task) -> tuple[dict, dict] | None:
    """(query id -> language, item id -> language) for a threads task whose queries say their
    language (``"lang"`` in eval/queries/*.jsonl), else None: the split is not measured."""
    if task.mode != "threads":
        return None
    query_lang = {q: p["lang"] for q, p in task.params.items() if p.get("lang")}
    if not query_lang:
        return None
    return query_lang, item_languages(sv.store)
