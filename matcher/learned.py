"""The expert ranking learned from the community's own history (trained by ``savoir tune``,
:mod:`eval.tune`), and how a search uses it.

The model is a LightGBM lambdarank over :data:`matcher.features.FEATURES` (why LightGBM's
lambdarank: its objective is listwise, optimising nDCG directly through LambdaMART's gradients
(Burges 2010); trees take features of mixed scales -- counts, days, scores in [0, 1] -- without
normalisation; and it trains and predicts in milliseconds on a CPU). It re-ranks the
candidates of :func:`matcher.features.candidates`; the people of the hand-made ranking beyond
them follow in its order. Evidence and the "why" line stay the hand-made ones; the breakdown
adds the model's score and the features that moved the person most (LightGBM ``pred_contrib``,
TreeSHAP values: Lundberg et al. 2020).

Stored with the index, as plain files in ``<db>.index/`` + :data:`LEARNED_FOLDER`: the LightGBM
text model, the feature list, and the training report (JSON). A search uses the stored model
only when the report says it was adopted (it beat the hand-made ranking on the newer
validation slice) and its feature list is the current one; ``experts.ranker = "hand"`` turns it
off.
"""
from __future__ import annotations

import json
import math
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import FEATURES, Candidates, candidates

__all__ = ["LEARNED_FOLDER", "MODEL_FILE", "FEATURES_FILE", "REPORT_FILE", "MOVED_SHOWN", "LearnedRanker",
           "learned_dir", "stored_ranker", "rank", "moved_by"]

#: the learned model's folder inside the index folder (indexer.build.index_dir); one constant so
#: that a change of the index layout moves it in one place
LEARNED_FOLDER = "learned"
MODEL_FILE = "model.txt"
FEATURES_FILE = "features.json"
REPORT_FILE = "report.json"
MOVED_SHOWN = 3          # features shown per person: those that moved their score most


def learned_dir(db_path) -> Path:
    """Where the learned model of a database is stored."""
    from indexer.build import index_dir

    return index_dir(db_path) / LEARNED_FOLDER


@dataclass
class LearnedRanker:
    booster: object              # lightgbm.Booster
    features: tuple
    report: dict

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(self.booster.predict(X, num_threads=1), dtype=np.float64) if len(X) else np.zeros(0)

    def contributions(self, X: np.ndarray) -> np.ndarray:
        """TreeSHAP value of each feature for each row (the last column, the expected value, dropped)."""
        if not len(X):
            return np.zeros((0, len(self.features)))
        return np.asarray(self.booster.predict(X, pred_contrib=True, num_threads=1))[:, :-1]

    def save(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.booster.save_model(str(folder / MODEL_FILE))
        (folder / FEATURES_FILE).write_text(json.dumps(list(self.features), indent=1), encoding="utf-8")
        (folder / REPORT_FILE).write_text(json.dumps(self.report, indent=2, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "LearnedRanker | None":
        """The model stored in ``folder``, or None when there is none (or only a report)."""
        import lightgbm

        folder = Path(folder)
        if not (folder / MODEL_FILE).exists():
            return None
        features = tuple(json.loads((folder / FEATURES_FILE).read_text(encoding="utf-8")))
        report = json.loads((folder / REPORT_FILE).read_text(encoding="utf-8")) if (folder / REPORT_FILE).exists() else {}
        return cls(lightgbm.Booster(model_file=str(folder / MODEL_FILE)), features, report)


def stored_ranker(ctx) -> LearnedRanker | None:
    """The adopted model stored with the index of ``ctx`` (read once per loaded build), or None:
    none stored, not adopted, made for another feature list, or ``experts.ranker = "hand"``."""
    if ctx.settings.experts.ranker == "hand":
        return None
    snap = ctx.snap
    folder = learned_dir(ctx.store.path)

    def load():
        if not (folder / MODEL_FILE).exists():
            return False
        ranker = LearnedRanker.load(folder)
        if ranker is None or not ranker.report.get("adopted") or tuple(ranker.features) != FEATURES:
            return False
        return ranker

    return snap.memo(("learned_ranker", str(folder)), load) or None


def _analyzer(ctx):
    from indexer.analysis import get_analyzer

    return get_analyzer(ctx.settings.indexing.analyzer)


def rank(ctx, query, ranker: LearnedRanker, k: int) -> tuple[Candidates, dict, Future]:
    """(candidates, score, moved) for a search: the candidates re-ranked by the model, then the
    rest of the hand-made ranking; ``score`` in (0, 1) (the logistic of the model's output),
    ``moved``: a future of person -> the :data:`MOVED_SHOWN` features that moved them most.

    The TreeSHAP values, the costly part (bench/RESULTS.md), are computed on a worker thread
    while the caller reads the evidence: LightGBM releases the GIL while it
    predicts, and its booster is safe to share between threads (it predicts under a lock)."""
    cands = candidates(ctx, query, analyzer=_analyzer(ctx))
    if not cands.people:
        return cands, {}, _done({})
    pred = ranker.predict(cands.matrix)
    score = {p: 1.0 / (1.0 + math.exp(-float(v))) for p, v in zip(cands.people, pred)}
    floor = min(score.values())
    hmax = max(cands.hand.values(), default=0.0) or 1.0
    rest = sorted((p for p in cands.hand if p not in score), key=lambda p: (-cands.hand[p], p))[:max(0, k)]
    for p in rest:
        score[p] = floor * 0.5 * cands.hand[p] / hmax
    shown = sorted(score, key=lambda p: (-score[p], p))[:k]
    pos = {p: i for i, p in enumerate(cands.people)}
    rows = [pos[p] for p in shown if p in pos]
    if not rows:
        return cands, score, _done({})
    return cands, score, _explainer().submit(moved_by, ranker, cands, rows)


def moved_by(ranker: LearnedRanker, cands: Candidates, rows: list) -> dict:
    """person -> the :data:`MOVED_SHOWN` features of largest absolute TreeSHAP value, for the
    candidates ``rows``."""
    contrib = ranker.contributions(cands.matrix[rows])
    moved = {}
    for r, c in zip(rows, contrib):
        top = np.argsort(-np.abs(c), kind="stable")[:MOVED_SHOWN]
        moved[cands.people[r]] = [{"feature": FEATURES[j], "value": round(float(cands.matrix[r, j]), 4),
                                   "contribution": round(float(c[j]), 4)} for j in top]
    return moved


def _done(value) -> Future:
    f = Future()
    f.set_result(value)
    return f


_EXPLAINER = None
_EXPLAINER_LOCK = threading.Lock()


def _explainer():
    """The threads that compute explanations (one per core: concurrent searches each get one)."""
    global _EXPLAINER
    with _EXPLAINER_LOCK:
        if _EXPLAINER is None:
            _EXPLAINER = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="savoir-explain")
    return _EXPLAINER


def _forget_explainer() -> None:
    """In a forked child: the parent's worker threads do not exist there, so the pool is made again."""
    global _EXPLAINER, _EXPLAINER_LOCK
    _EXPLAINER, _EXPLAINER_LOCK = None, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_explainer)
