"""How often the "no good match" gate (matcher/confidence.py) refuses a genuine query or accepts
nonsense, with the real models, for the current statistic and the alternatives.

    python -m eval.gate --db D [--queries eval/queries/ferrand.jsonl] [--crosslang F] [--beir DIR]

Every query is scored *as if* none of its words matched (the gate applies only then), with its
vectors over the whole index:

- ``top``: the raw top cosine (the gate before this measurement);
- ``z_all``: (top - mean) / sd of the query's cosines to every chunk of the index;
- ``margin_all``: top - mean of the query's cosines to every chunk;
- ``z100``: (top - mean) / sd of its 100 best cosines;
- ``margin100``: top - mean of its 100 best cosines;
- ``nqc``: sd of its 100 best cosines / |mean of its cosines to every chunk| (Shtok et al. 2012,
  "Predicting query performance by query-drift estimation": the corpus score is here the mean
  cosine to the corpus).

Each statistic gets a threshold by one of two rules, ``3sd`` = mean + :data:`matcher.confidence.SIGMAS`
sd of that statistic, or ``max`` = its largest value (distribution-free: a nonsense query from the
same source exceeds the largest of n calibration values with probability 1 / (n + 1)), on one
calibration set of nonsense: ``letters`` (the 40 seeded strings of
:func:`matcher.confidence.random_queries`) or ``offtopic`` (the 40 "calibration" sentences of
eval/gate_queries/offtopic.jsonl). Measured on other data: positives (the judged queries, the
cross-language set) and negatives (100 letter strings of another seed, the 30 "test" off-topic
sentences). Output: JSON with, per statistic and calibration, the threshold and per group the
count refused / accepted; ``shares_words`` says how many queries of a group match some word of
the index (those are not gated in use, but score all the same here).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import numpy as np

from eval.jsonl import json_lines

STATS = ("top", "z_all", "margin_all", "z100", "margin100", "nqc")
RULES = ("3sd", "max")
TEST_SEED = 7


def read_jsonl(path: Path) -> list:
    return [obj for _, obj in json_lines(path, ValueError)]


def query_stats(vectors: np.ndarray, allowed: np.ndarray, qvec: np.ndarray, k: int = 100) -> dict:
    """The four statistics of one query vector over the ``allowed`` rows of ``vectors``."""
    cos = vectors[allowed] @ qvec.astype(np.float32)
    top_k = np.sort(cos)[::-1][:k]
    top = float(top_k[0])
    sd_all, sd_k = float(cos.std()), float(top_k.std())
    return {"top": top,
            "z_all": (top - float(cos.mean())) / sd_all if sd_all > 0 else 0.0,
            "margin_all": top - float(cos.mean()),
            "z100": (top - float(top_k.mean())) / sd_k if sd_k > 0 else 0.0,
            "margin100": top - float(top_k.mean()),
            "nqc": sd_k / abs(float(cos.mean())) if cos.mean() else 0.0}


def threshold(values, sigmas: float, rule: str = "3sd") -> float:
    if rule == "max":
        return max(values)
    return statistics.fmean(values) + sigmas * statistics.pstdev(values)


def _summary(values) -> dict:
    return {"mean": round(statistics.fmean(values), 4), "sd": round(statistics.pstdev(values), 4),
            "min": round(min(values), 4), "max": round(max(values), 4)}


def measure(sv, groups: dict, calibration: dict, sigmas: float) -> dict:
    """``groups``: name -> (texts, positive?); ``calibration``: name -> texts."""
    from indexer.embedding import get_embedder
    from indexer.vectors import stored_vectors

    snap = sv.snapshot()
    allowed = np.ones(snap.n, dtype=bool)
    out = {"chunks": snap.n, "models": {}}
    for spec in snap.manifest["models"]:
        index = snap.vectors[spec]
        vectors = stored_vectors(index, index.d)
        enc = get_embedder(spec)

        def scored(texts, vectors=vectors, enc=enc):
            return [query_stats(vectors, allowed, np.asarray(v)) for v in enc.encode(texts, role="query")]

        cal = {name: scored(texts) for name, texts in calibration.items()}
        per_group = {name: scored(texts) for name, (texts, _) in groups.items()}
        res = {"distributions": {name: {s: _summary([r[s] for r in rows]) for s in STATS}
                                 for name, rows in {**cal, **per_group}.items()},
               "gates": {}}
        for s in STATS:
            for cname, rule in ((c, r) for c in cal for r in RULES):
                t = threshold([r[s] for r in cal[cname]], sigmas, rule)
                gate = {"threshold": round(t, 4)}
                for name, (texts, positive) in groups.items():
                    vals = [r[s] for r in per_group[name]]
                    wrong = [texts[i] for i, v in enumerate(vals) if (v <= t if rule == "max" else v < t) == positive]
                    gate[name] = {"n": len(vals), ("refused" if positive else "accepted"): len(wrong),
                                  "examples": wrong[:5]}
                res["gates"][f"{s}/{cname}/{rule}"] = gate
        out["models"][spec] = res
    out["shares_words"] = {name: sum(bool(snap.lexical(sv.analyzer().query_tokens(t), allowed, 1))
                                     for t in texts) for name, (texts, _) in groups.items()}
    return out


def load_groups(args) -> tuple[dict, dict]:
    from matcher.confidence import random_queries

    off = read_jsonl(Path(args.offtopic))
    groups = {}
    if args.queries:
        groups["judged"] = ([q["text"] for q in read_jsonl(Path(args.queries))], True)
    if args.beir:
        from eval.beir import load_beir

        qs = load_beir(args.beir).queries
        groups["judged"] = ([qs[k] for k in sorted(qs)][:args.max_queries], True)
    if args.crosslang:
        groups["crosslang"] = ([q["text"] for q in read_jsonl(Path(args.crosslang))], True)
    groups["letters_test"] = (random_queries(100, seed=TEST_SEED), False)
    groups["offtopic_test"] = ([o["text"] for o in off if o["use"] == "test"], False)
    calibration = {"letters": random_queries(),
                   "offtopic": [o["text"] for o in off if o["use"] == "calibration"]}
    return groups, calibration


def main(argv=None) -> int:
    from matcher import Savoir, Settings
    from matcher.confidence import SIGMAS

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="an index built by `savoir index` (and `savoir reindex`)")
    ap.add_argument("--model", default="auto", help="the Settings model the index was built with")
    ap.add_argument("--queries", help="judged queries (jsonl with a text field)")
    ap.add_argument("--beir", help="a BEIR folder whose queries are the positives instead")
    ap.add_argument("--max-queries", type=int, default=200)
    ap.add_argument("--crosslang", help="cross-language queries (jsonl)")
    ap.add_argument("--offtopic", default="eval/gate_queries/offtopic.jsonl")
    ap.add_argument("--sigmas", type=float, default=SIGMAS)
    args = ap.parse_args(argv)
    groups, calibration = load_groups(args)
    sv = Savoir.open(args.db, Settings(model=args.model))
    json.dump(measure(sv, groups, calibration, args.sigmas), sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
