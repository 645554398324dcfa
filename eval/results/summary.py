"""Print a Markdown table of eval/results/*.json: nDCG@10 and MRR per set, task and method.

    .venv/bin/python eval/results/summary.py > /tmp/table.md
"""
import json
import sys
from pathlib import Path

METHODS = ("bm25", "dense", "hybrid", "hybrid-rrf", "hybrid-noprior", "hybrid-gated", "hybrid-share", "hybrid-qa", "prior", "prior-answers", "most-active")


def main(folder: Path) -> None:
    docs = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}
    print("| set | task | n | " + " | ".join(METHODS) + " | best alpha (nDCG@10) | hybrid vs better single: queries +/-, p"
          " | hybrid vs best activity-only: queries +/-, p |")
    print("|---|---|---|" + "---|" * (len(METHODS) + 3))
    for stem, doc in docs.items():
        if "tasks" not in doc:
            continue
        for task, methods in doc["tasks"].items():
            if "bm25" not in methods:
                continue
            n = methods["bm25"]["n"]
            if not n:           # no judged query (e.g. no duplicate link in the test window)
                continue
            cells = []
            for m in METHODS:
                v = methods.get(m)
                cells.append(f"{v['ndcg@10']:.3f} / {v['mrr']:.3f}" if v else "")
            alpha = doc.get("sweeps", {}).get(task, {}).get("alpha")
            best = max(alpha.items(), key=lambda kv: kv[1]["ndcg@10"]) if alpha else None
            cells.append(f"{best[0]} ({best[1]['ndcg@10']:.3f})" if best else "")
            for key in ("significance", "activity_significance"):
                sig = doc.get(key, {}).get(task)
                if sig:
                    p = "-" if sig["p_value"] is None else f"{sig['p_value']:.2f}"
                    cells.append(f"{sig['b']}: +{sig.get('better', '?')} / -{sig.get('worse', '?')}, p {p}")
                else:
                    cells.append("")
            print(f"| {stem} | {task} | {n} | " + " | ".join(cells) + " |")
    print("\nCells: nDCG@10 / MRR. `prior`: people by activity alone (the gated prior); `prior-answers`: by"
          " recent answers alone (the share prior's activity, with its 180-day decay); `most-active`: by answers alone, all"
          " counted the same however old (the issue's \"most active answerer first\"); `hybrid-noprior`: content alone;"
          " `hybrid-gated` / `hybrid-share`: the two prior forms `auto` chooses between (one of them is `hybrid`);"
          " `hybrid-qa`: session 5's public Q&A setting (linear prior, weight 0.7)."
          " Second-last column: the better of bm25 and dense on nDCG@10, the queries where hybrid is better / worse"
          " than it, and the p-value of the paired t-test (ranx); last column: the same against the best of `prior`,"
          " `prior-answers` and `most-active` (experts).")
    suggestions(docs)


def suggestions(docs: dict) -> None:
    """What each set's sweeps suggest (``savoir eval ... --sweep``): one row per task and setting."""
    print("\n| set | task | setting | current (nDCG@10) | best in the sweep (nDCG@10) | queries +/-, p |")
    print("|---|---|---|---|---|---|")
    for stem, doc in docs.items():
        for task, tips in doc.get("suggestions", {}).items():
            for setting, t in tips.items():
                now = f"{t['current']:g} ({t['current_ndcg@10']:.3f})"
                if not t["change"]:
                    print(f"| {stem} | {task} | {setting} | {now} | keep | |")
                    continue
                p = "-" if t["p_value"] is None else f"{t['p_value']:.2f}"
                print(f"| {stem} | {task} | {setting} | {now} | {t['best']:g} ({t['best_ndcg@10']:.3f}) |"
                      f" +{t['better']} / -{t['worse']}, p {p} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
