"""Print the tables of eval/README.md, "Learned expert ranking", from eval/results/learned-*.json.

    .venv/bin/python eval/results/learned_summary.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("coffee-posts-only", "beer-posts-only", "conlang-meta", "quantumcomputing-2018", "french-meta", "corpus")
SHOWN = ("bm25", "dense", "hybrid", "hybrid-noprior", "prior", "prior-answers", "most-active", "learned", "learned-model")
LEARNED = ("learned", "learned-model")   # as served (guarded by the validation), the model alone
NON_LEARNED = ("bm25", "dense", "hybrid", "prior", "prior-answers", "most-active")


def _p(p) -> str:
    return "n/a" if p is None else ("< 0.001" if p < 0.001 else f"{p:.3f}")


def main() -> None:
    rows = {}
    for name in SETS:
        path = HERE / f"learned-{name}.json"
        if path.exists():
            rows[name] = json.loads(path.read_text(encoding="utf-8"))
    for name, d in rows.items():
        m = d["tasks"]["experts"]
        print(f"\n**{name}** ({m['learned']['n']} test queries; {d['learned'].get('questions')} past questions)\n")
        print("| method | MRR | nDCG@10 | P@1 |\n|---|---|---|---|")
        for meth in SHOWN:
            if meth in m:
                bold = "**" if meth in LEARNED else ""
                print(f"| {bold}{meth}{bold} | {m[meth]['mrr']:.3f} | {m[meth]['ndcg@10']:.3f} | {m[meth]['p@1']:.3f} |")
        sig = d.get("learned_significance", {}).get("experts", {})
        for key, t in sig.items():
            metric = key.split(":")[-1]
            print(f"\n{t['a']} vs {t['b']} on {metric}: {t['a_score']:.3f} / {t['b_score']:.3f}, "
                  f"+{t['better']} / -{t['worse']} queries, paired t-test p {_p(t['p_value'])}", end="")
        lr = d["learned"]
        print(f"\n\nvalidation (newest {lr.get('valid_questions')} past questions): "
              + ", ".join(f"{k} {v['ndcg@10']:.3f}" for k, v in lr.get("validation", {}).get("metrics", {}).items())
              + f"; {'adopted' if lr.get('adopted') else 'not adopted'}: {lr.get('reason')}")
        print("importances (share of gain): " + ", ".join(f"{f} {g:.2f}" for f, g in lr.get("importances", [])[:6]))
    # the mean over the sets
    print("\n| set | adopted | best non-learned (MRR) | MRR | learned MRR | model MRR | best non-learned (nDCG@10) "
          "| nDCG@10 | learned nDCG@10 | model nDCG@10 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, d in rows.items():
        m = d["tasks"]["experts"]
        bm = max(NON_LEARNED, key=lambda k: m[k]["mrr"])
        bn = max(NON_LEARNED, key=lambda k: m[k]["ndcg@10"])
        model = m.get("learned-model", m["learned"])
        print(f"| {name} | {'yes' if d['learned'].get('adopted') else 'no'} | {bm} | {m[bm]['mrr']:.3f} | "
              f"{m['learned']['mrr']:.3f} | {model['mrr']:.3f} | {bn} | {m[bn]['ndcg@10']:.3f} | "
              f"{m['learned']['ndcg@10']:.3f} | {model['ndcg@10']:.3f} |")
    for name in LEARNED:
        _mean(rows, name)


def _mean(rows: dict, name: str = "learned") -> None:
    """Mean over the sets (each set weighs the same) of learned and of the best non-learned
    method: the single method best on the mean, and each set's own best (per_query in
    learned_significance); and a paired t-test over every test query of every set against
    each set's own best (a query weighs the same)."""
    from scipy.stats import ttest_rel

    print()
    for metric in ("mrr", "ndcg@10"):
        tasks = {n: d["tasks"]["experts"] for n, d in rows.items()}
        mean = lambda meth: sum(t[meth][metric] for t in tasks.values()) / len(tasks)
        if any(name not in t for t in tasks.values()):
            continue
        single = max(NON_LEARNED, key=mean)
        own = sum(max(t[m][metric] for m in NON_LEARNED) for t in tasks.values()) / len(tasks)
        a, b = [], []
        missing = []
        for n, d in rows.items():
            t = d.get("learned_significance", {}).get("experts", {}).get(metric if name == "learned" else f"{name}:{metric}", {})
            pq = t.get("per_query")
            if not pq:
                missing.append(n)
                continue
            for q, v in pq[name].items():
                a.append(v)
                b.append(pq[t["b"]].get(q, 0.0))
        p = ttest_rel(a, b).pvalue if len(a) > 1 else None
        print(f"{name} {metric}: mean over {len(tasks)} sets: {mean(name):.3f}, best single non-learned "
              f"{single} {mean(single):.3f} ({100 * (mean(name) / mean(single) - 1):+.1f}%), each set's own best "
              f"{own:.3f} ({100 * (mean(name) / own - 1):+.1f}%); pooled over {len(a)} queries against each "
              f"set's own best: {sum(a) / max(1, len(a)):.3f} / {sum(b) / max(1, len(b)):.3f}, paired t-test p {_p(p)}"
              + (f" (without {', '.join(missing)}: no per-query record)" if missing else ""))


if __name__ == "__main__":
    main()
