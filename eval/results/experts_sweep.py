"""Expert-ranking sweep behind the defaults thread_vote = 0.5 and prior_weight = 0.5: hybrid
(MiniLM) with thread votes 0 / 0.5 / 1, top 8 / 30 votes per person and prior weight 0 .. 0.9,
on an already indexed evaluation database (run `savoir eval corpus|stackexchange --model minilm`
first; it reuses ~/.cache/savoir/eval).

    .venv/bin/python eval/results/experts_sweep.py ferrand
    .venv/bin/python eval/results/experts_sweep.py quantumcomputing-2018
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grid import open_set  # noqa: E402  (the same cached databases as the session-5 grids)
from eval.runner import Variant, run_tasks  # noqa: E402

which = sys.argv[1]
sv, tasks = open_set(which)
tasks = [t for t in tasks if t.name == "experts"]

def variants(mode, s):
    out = [Variant("prior", "prior")]
    for tv in (0.0, 0.5, 1.0):
        for top in (8, 30):
            for w in (0.0, 0.3, 0.5, 0.7, 0.8, 0.9):
                out.append(Variant(f"tv{tv}-top{top}-w{w}", "hybrid", (("thread_vote", tv), ("top_evidence", top), ("prior_weight", w))))
    return out

ev = run_tasks(sv, which, tasks, variants=variants)
res = {v: (m["ndcg@10"], m["mrr"]) for v, m in ev.metrics["experts"].items()}
json.dump(res, open(Path(__file__).parent / f"experts-sweep-{which}-minilm.json", "w"), indent=1)
for v, (n, r) in res.items():
    print(f"{v:28} ndcg@10 {n:.4f} mrr {r:.4f}")
