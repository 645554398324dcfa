"""Expert-ranking sweep behind the defaults thread_vote = 0.5 and prior_weight = 0.5: hybrid
(MiniLM) with thread votes 0 / 0.5 / 1, top 8 / 30 votes per person and prior weight 0 .. 0.9,
on an already indexed evaluation database (run `savoir eval corpus|stackexchange --model minilm`
first; it reuses ~/.cache/savoir/eval).

    .venv/bin/python eval/results/experts_sweep.py ferrand
    .venv/bin/python eval/results/experts_sweep.py quantumcomputing-2018
"""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from matcher.settings import load_settings
from matcher.api import Savoir
from eval.runner import run_tasks, Variant

which = sys.argv[1]
settings = load_settings(model="minilm")
if which == "ferrand":
    from eval.corpus_eval import corpus_tasks, default_judgements, load_judgements
    db = glob.glob(str(Path.home() / ".cache/savoir/eval/corpus-ferrand-*/minilm.db"))[0]
    sv = Savoir.open(Path(db), settings)
    tasks, _ = corpus_tasks(load_judgements(default_judgements()))
else:
    from eval.holdout import holdout_tasks, split_holdout
    dump = Path(__file__).resolve().parents[3] / "shared/data/stackexchange" / which
    db = glob.glob(str(Path.home() / f".cache/savoir/eval/se-{which}-*/minilm.db"))[0]
    sv = Savoir.open(Path(db), settings)
    tasks = holdout_tasks(split_holdout(dump), sv.store, which)
tasks = [t for t in tasks if t.name == "experts"]

def variants(mode, s):
    out = [Variant("prior", "prior")]
    for tv in (0.0, 0.5, 1.0):
        for top in (8, 30):
            for w in (0.0, 0.3, 0.5, 0.7, 0.8, 0.9):
                out.append(Variant(f"tv{tv}-top{top}-w{w}", "hybrid", (("thread_vote", tv), ("expert_top_evidence", top), ("prior_weight", w))))
    return out

ev = run_tasks(sv, which, tasks, variants=variants)
res = {v: (m["ndcg@10"], m["mrr"]) for v, m in ev.metrics["experts"].items()}
json.dump(res, open(Path(__file__).parent / f"experts-sweep-{which}-minilm.json", "w"), indent=1)
for v, (n, r) in res.items():
    print(f"{v:28} ndcg@10 {n:.4f} mrr {r:.4f}")
