"""Train the expert ranking on the index's own history (``savoir tune``), and check it on the
newer part of that history before adopting it.

Every answered question of the index is a judged query (TUEF, arXiv 2407.04018): its text (title
and body) asks for the people who answered it; the accepted answer's author grade 2, the other
answerers whose answer scored >= 0 grade 1 (as the Stack Exchange held-out protocol,
:mod:`eval.holdout`). A question's features see only what existed before it was asked
(:class:`matcher.features.Cut`: chunks and answers strictly before its date, its own thread
masked), so the past is replayed as it was. Expert feedback recorded in Savoir joins them
(:func:`eval.feedback.training_questions`: the people judged helpful for a query graded 2, those
judged not helpful or not my topic 0), each as of its newest verdict.

Time split: the oldest ``1 - VALID_SHARE`` of the questions train, the newest validate. The
model is adopted (:func:`adoption`) when the index has at least :data:`MIN_QUESTIONS` answered
questions and the model beats the hand-made ranking on the validation slice (higher nDCG@10,
the metric it optimises; the paired t-test is reported, not required: with 40 to 150 validation
questions it has little power, and an equal model costs nothing to adopt). It is then retrained
on every question with the same parameters and stored with the index (:mod:`matcher.learned`).
``savoir eval`` applies the same choice (method ``learned``; ``learned-model``: the model
whatever the validation says).

The query vector of a past question is its own first chunk's passage vector (cached in the
index; for MiniLM the same as the query vector, for e5 the "passage:" instead of the "query:"
encoding), so training embeds nothing.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

__all__ = ["MIN_QUESTIONS", "VALID_SHARE", "adoption", "PARAMS", "ROUNDS", "MAX_QUESTIONS", "Question",
           "TuneError", "history_questions", "build_examples", "train", "fit_history", "tune"]

MIN_QUESTIONS = 300          # answered questions needed before a model is trusted
VALID_SHARE = 0.2            # newest share of the questions kept to validate
MAX_QUESTIONS = 4000         # the newest this-many questions are used (feature time grows with them)
ROUNDS = 200
#: LightGBM lambdarank; fixed, not tuned on the validation slice (which decides adoption)
PARAMS = {"objective": "lambdarank", "metric": "ndcg", "eval_at": [10], "learning_rate": 0.05, "num_leaves": 15,
          "min_data_in_leaf": 20, "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1,
          "lambdarank_truncation_level": 20, "label_gain": [0, 1, 3], "num_threads": 1, "seed": 0,
          "deterministic": True, "verbose": -1}


class TuneError(Exception):
    pass


@dataclass
class Question:
    thread: str
    day: float
    row: int | None                # the question's first chunk (None: a query judged in feedback)
    text: str
    qrels: dict                    # person -> grade


@dataclass
class Example:
    question: Question
    people: list
    X: np.ndarray
    y: np.ndarray
    hand: dict
    activity: dict                 # baseline name -> {person: score}


@dataclass
class Examples:
    items: list = field(default_factory=list)
    seconds: float = 0.0


def history_questions(sv) -> list[Question]:
    """The answered questions of the index, oldest first (at most :data:`MAX_QUESTIONS`, the newest)."""
    snap = sv.snapshot()
    first = {}
    for i, (cid, ev) in enumerate(zip(snap.ids, snap.evidence)):
        if ev == "question" and cid.endswith(":0") and snap.thread[i]:
            first.setdefault(snap.thread[i], i)
    texts = {t: f"{title or ''}\n{body or ''}" for t, title, body in sv.store.conn.execute(
        "SELECT t.id, t.title, p.body FROM threads t JOIN posts p ON p.thread = t.id AND p.position = 0")}
    limit = sv.settings.limits.max_query_chars
    out = []
    for t, answers in snap.answerers.items():
        row = first.get(t)
        if row is None or math.isnan(snap.created_days[row]) or t not in texts:
            continue
        qrels: dict = {}
        for p, ev, arow in answers:
            g = 2 if ev == "accepted_answer" else (1 if snap.votes[arow] >= 0 else 0)
            qrels[p] = max(g, qrels.get(p, 0))
        if any(g > 0 for g in qrels.values()):
            out.append(Question(t, float(snap.created_days[row]), row, " ".join(texts[t].split())[:limit], qrels))
    out.sort(key=lambda q: (q.day, q.thread))
    return out[-MAX_QUESTIONS:]


def _vectors(sv, questions) -> dict:
    """thread -> {model spec: the passage vector of the question's first chunk}."""
    snap = sv.snapshot()
    names = snap.manifest.get("model_names", {})
    out: dict = {q.thread: {} for q in questions}
    ids = {snap.ids[q.row]: q.thread for q in questions if q.row is not None}
    for q in questions:
        if q.row is None:       # a query of the feedback: embedded as a query, as a search does
            out[q.thread] = sv.embed_query(q.text, snap.manifest["models"])
    for spec in snap.manifest["models"]:
        name = names.get(spec, spec)
        found = {}
        keys = list(ids)
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            found.update({cid: np.frombuffer(v, dtype=np.float32) for cid, v in sv.store.conn.execute(
                "SELECT c.id, e.vector FROM chunks c JOIN embeddings e ON e.text_hash = c.text_hash AND e.model = ?"
                f" WHERE c.id IN ({','.join('?' * len(part))})", (name, *part))})
        for cid, t in ids.items():
            if cid in found:
                out[t][spec] = found[cid]
    return out


def build_examples(sv, questions, show_progress: bool = False) -> Examples:
    """The candidates and features of every question, each as of its own date."""
    from indexer.progress import each
    from matcher.features import FEATURES, Cut, candidates
    from matcher.retrieval import Query

    from .runner import _eval_context, _formula

    ctx = _eval_context(sv)
    ctx.settings, ctx.formula = sv.settings, _formula(sv)
    analyzer = sv.analyzer()
    vectors = _vectors(sv, questions)
    col_recent = FEATURES.index("answers_180d")
    col_all = FEATURES.index("answers_all")
    out = Examples()
    t0 = time.perf_counter()
    for q in each(questions, "features of past questions", show_progress, unit="question"):
        query = Query(q.text, analyzer.query_tokens(q.text), vectors.get(q.thread, {}))
        c = candidates(ctx, query, Cut(q.day, q.thread if q.row is not None else None), analyzer=analyzer)
        y = np.asarray([q.qrels.get(p, 0) for p in c.people], dtype=np.float64)
        activity = {name: {p: float(c.matrix[i, j]) for i, p in enumerate(c.people) if c.matrix[i, j] > 0}
                    for name, j in (("prior-answers", col_recent), ("most-active", col_all))}
        out.items.append(Example(q, c.people, c.matrix, y, c.hand, activity))
    out.seconds = time.perf_counter() - t0
    return out


def train(examples, tick=None) -> "object":
    """A LightGBM lambdarank booster over ``examples`` (those with a relevant candidate);
    ``tick(1)`` after each boosting round when given."""
    import lightgbm

    use = [e for e in examples if len(e.people) and e.y.max() > 0]
    if not use:
        raise TuneError("no past question has one of its answerers among its candidates")
    X = np.vstack([e.X for e in use])
    y = np.concatenate([e.y for e in use])
    data = lightgbm.Dataset(X, y, group=[len(e.people) for e in use], free_raw_data=True)
    return lightgbm.train(PARAMS, data, num_boost_round=ROUNDS, callbacks=[lambda env: tick(1)] if tick else None)


def learned_run(booster, examples, k: int = 100) -> dict:
    """question -> {person: score}: the candidates by the model, then the rest of the hand-made ranking."""
    run = {}
    for e in examples:
        scores = {}
        if e.people:
            pred = np.asarray(booster.predict(e.X), dtype=float)
            scores = {p: float(v) for p, v in zip(e.people, pred)}
            low = min(scores.values()) - 1.0
            rest = sorted((p for p in e.hand if p not in scores), key=lambda p: -e.hand[p])
            for i, p in enumerate(rest[:max(0, k - len(scores))]):
                scores[p] = low - i * 1e-3
        run[e.question.thread] = scores
    return run


def _hand_run(examples, k: int = 100) -> dict:
    return {e.question.thread: dict(sorted(e.hand.items(), key=lambda kv: -kv[1])[:k]) for e in examples}


def compare(examples, booster) -> dict:
    """Validation metrics of the learned, hand-made and activity-only rankings, and paired tests
    of the learned one against the hand-made one and the best activity-only one."""
    from .metrics import best_of, compare_runs, evaluate

    qrels = {e.question.thread: e.question.qrels for e in examples}
    runs = {"learned": learned_run(booster, examples), "hybrid": _hand_run(examples)}
    for name in ("prior-answers", "most-active"):
        runs[name] = {e.question.thread: e.activity[name] for e in examples}
    metrics = {name: evaluate(qrels, run) for name, run in runs.items()}
    best_activity = best_of(metrics, ("prior-answers", "most-active"))
    tests = {}
    for other in ("hybrid", best_activity):
        for metric in ("ndcg@10", "mrr"):
            tests[f"{other}:{metric}"] = compare_runs(qrels, runs["learned"], runs[other], "learned", other, metric)
    return {"metrics": metrics, "tests": tests, "best_activity": best_activity}


def importances(booster, top: int = 10) -> list:
    """The features with the largest total gain, as [(name, share of the gain)]."""
    from matcher.features import FEATURES

    gain = np.asarray(booster.feature_importance(importance_type="gain"), dtype=float)
    total = gain.sum() or 1.0
    order = np.argsort(-gain)[:top]
    return [(FEATURES[i], round(float(gain[i] / total), 3)) for i in order if gain[i] > 0]


def fit_history(sv, log=lambda m: None, show_progress: bool = False) -> tuple[object | None, dict]:
    """(ranker or None, report): validate on the newest :data:`VALID_SHARE` of the history, then
    train on all of it. The ranker is returned whatever the validation says (the evaluation
    measures it); ``report["adopted"]`` says whether a search would use it. ``show_progress``:
    each step's progress (:func:`indexer.progress.progress`) on stderr."""
    from indexer.progress import progress
    from matcher.features import FEATURES
    from matcher.learned import LearnedRanker

    t0 = time.perf_counter()
    from .feedback import training_questions

    with progress(None, "answered questions of the index", show_progress, unit="question") as tick:
        answered = history_questions(sv)
        tick(len(answered))
    judged = training_questions(sv, sv.settings.limits.max_query_chars)
    # the feedback's judged queries join the answered questions, in time order (they are recent,
    # so most validate first, then train the final model)
    questions = sorted(answered + judged, key=lambda q: (q.day, q.thread))[-MAX_QUESTIONS:]
    report: dict = {"questions": len(answered), "feedback_queries": len(judged), "min_questions": MIN_QUESTIONS,
                    "features": len(FEATURES), "valid_share": VALID_SHARE, "params": {**PARAMS, "rounds": ROUNDS}}
    if len(answered) < 20:
        report.update(adopted=False, reason=f"{len(answered)} answered questions: too few to learn from "
                      f"(a model needs {MIN_QUESTIONS}; {MIN_QUESTIONS - len(answered)} more)")
        return None, report
    log(f"learning from {len(answered)} answered questions of the index"
        + (f" and {len(judged)} queries judged in feedback" if judged else ""))
    ex = build_examples(sv, questions, show_progress)
    n_valid = max(1, int(round(len(ex.items) * VALID_SHARE)))
    older, newer = ex.items[:-n_valid], ex.items[-n_valid:]
    from matcher.evidence import iso_day

    report.update(train_questions=len(older), valid_questions=len(newer), cut=iso_day(newer[0].question.day),
                  recall_candidates=round(float(np.mean([e.y.max() > 0 if len(e.y) else False for e in ex.items])), 3),
                  feature_ms_per_question=round(1000 * ex.seconds / max(1, len(ex.items)), 1))
    with progress(ROUNDS, f"train on the older {len(older)} questions", show_progress, unit="round") as tick:
        booster = train(older, tick)
    check = compare(newer, booster)
    report["validation"] = check
    adopted, reason = adoption(len(answered), len(newer), check)
    report.update(adopted=adopted, reason=reason)
    with progress(ROUNDS, f"train on all {len(ex.items)} questions", show_progress, unit="round") as tick:
        final = train(ex.items, tick)
    report["importances"] = importances(final)
    report["seconds"] = round(time.perf_counter() - t0, 1)
    return LearnedRanker(final, FEATURES, report), report


def adoption(questions: int, n_valid: int, check: dict) -> tuple[bool, str]:
    """(adopted, why) for a model validated as ``check`` (:func:`compare`) on the newest
    ``n_valid`` of ``questions`` answered questions: enough history, and a higher nDCG@10 than
    the hand-made ranking on the validation slice."""
    m, test = check["metrics"], check["tests"]["hybrid:ndcg@10"]
    scores = (f"on the newest {n_valid} questions the learned ranking scores nDCG@10 {m['learned']['ndcg@10']:.3f} "
              f"against {m['hybrid']['ndcg@10']:.3f} for the hand-made one (paired t-test p {_p(test['p_value'])})")
    if questions < MIN_QUESTIONS:
        return False, (f"{questions} answered questions; a learned ranking needs {MIN_QUESTIONS} "
                       f"({MIN_QUESTIONS - questions} more): the hand-made ranking stays")
    if m["learned"]["ndcg@10"] <= m["hybrid"]["ndcg@10"]:
        return False, f"{scores}: not better; the hand-made ranking stays"
    return True, scores


def _p(p) -> str:
    return "n/a" if p is None else ("< 0.001" if p < 0.001 else f"{p:.3f}")


def tune(sv, log=lambda m: None, store: bool = True, show_progress: bool = False) -> dict:
    """``savoir tune``: :func:`fit_history`, and when adopted, the model stored with the index
    (replacing any previous one); otherwise nothing changes (a stored model stays as it was)."""
    from matcher.learned import learned_dir

    ranker, report = fit_history(sv, log, show_progress)
    folder = learned_dir(sv.db_path)
    if ranker is not None and report["adopted"] and store:
        ranker.save(folder)
        report["stored"] = str(folder)
    return report
