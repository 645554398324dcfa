"""Settings grids behind eval/README "How the defaults were chosen": run variants (a method and
setting overrides) over an already indexed evaluation database and print nDCG@10 per task.

    .venv/bin/python eval/results/grid.py SET VARIANT [VARIANT ...]

SET: ``ferrand`` (bundled corpus, MiniLM), ``ferrand-auto`` (bundled corpus as served, e5),
``beir:<name>`` (a folder of ../shared/data/beir) or a Stack Exchange dump name
(``quantumcomputing-2018``, ``beer-posts-only``...). Index it first with the matching
``savoir eval ... --model`` command (eval/results/run.sh); the newest cache folder of the set is used.

VARIANT: ``name:setting=value;setting=value``; ``method=bm25|dense|hybrid|prior`` picks the
method (default hybrid). Prints nDCG@10, then MRR. Examples (the vote-power and half-life tables):

    grid.py beer-posts-only "b:method=bm25;vote_power=1.5" "d:method=dense;vote_power=1.5" "h:vote_power=1.5"
    grid.py coffee-posts-only "h180:prior_half_life_days=180" "h0:prior_half_life_days=0" \\
        "qa:prior_form=linear;prior_weight=0.7" "p:method=prior"
"""
from __future__ import annotations

import glob
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.runner import Variant, run_tasks  # noqa: E402
from eval.workspace import DEFAULT_CACHE  # noqa: E402
from matcher.api import Savoir  # noqa: E402
from indexer.settings import load_settings  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def _newest(pattern: str) -> Path:
    found = glob.glob(str(DEFAULT_CACHE / pattern))
    if not found:
        sys.exit(f"no indexed database matches {DEFAULT_CACHE / pattern}: run the savoir eval command for it first")
    return Path(max(found, key=lambda p: Path(p).stat().st_mtime))


def open_set(which: str):
    """(Savoir over the cached database, the set's tasks)."""
    if which.startswith("beir:"):
        from eval.beir import load_beir

        name = which[5:]
        sv = Savoir.open(_newest(f"beir-{name}-*/minilm.db"), load_settings(model="minilm"))
        return sv, [load_beir(SHARED / "beir" / name).task()]
    if which in ("ferrand", "ferrand-auto"):
        from eval.corpus_eval import corpus_tasks, default_judgements, load_judgements

        model = "auto" if which == "ferrand-auto" else "minilm"
        sv = Savoir.open(_newest(f"corpus-ferrand-*/{model}.db"), load_settings(model=model))
        tasks, _ = corpus_tasks(load_judgements(default_judgements()))
        return sv, [t for t in tasks if t.name in ("experts", "threads", "communities")]
    from eval.holdout import holdout_tasks, split_holdout

    db = _newest(f"se-{which}-*/*.db")
    sv = Savoir.open(db, load_settings(model=db.stem))
    return sv, holdout_tasks(split_holdout(SHARED / "stackexchange" / which), sv.store, which)


def parse(spec: str) -> Variant:
    name, _, rest = spec.partition(":")
    method, overrides = "hybrid", []
    for pair in filter(None, rest.split(";")):
        key, _, value = pair.partition("=")
        if key == "method":
            method = value
            continue
        try:
            value = float(value) if "." in value else int(value)
        except ValueError:
            pass
        overrides.append((key, value))
    return Variant(name, method, tuple(overrides))


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.exit(__doc__)
    sv, tasks = open_set(argv[0])
    variants = [parse(s) for s in argv[1:]]
    ev = run_tasks(sv, argv[0], tasks, variants=lambda mode, settings: variants)
    for task, by_variant in ev.metrics.items():
        if by_variant and next(iter(by_variant.values()))["n"]:
            print(task, " ".join(f"{v}={m['ndcg@10']:.4f}" for v, m in by_variant.items()))
            print(task + " MRR", " ".join(f"{v}={m['mrr']:.4f}" for v, m in by_variant.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
