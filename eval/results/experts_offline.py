"""The expert-ranking experiments of eval/README "Tried in session 7": the matcher's content
scores for each held-out question, recombined offline with activity-only rankings.

    .venv/bin/python eval/results/experts_offline.py [SITE ...]

SITE: Stack Exchange dump names (default: the five of ../shared/data/stackexchange). Index them
first with eval/results/run.sh; the newest cache folder of each set is used, as grid.py does.
Prints nDCG@10 / MRR per site and the mean nDCG@10 over the sites, for:

- activity alone, by the half-life of an answer's weight (``none``: every answer counts 1, the
  issue's "most active answerer first");
- the half-life chosen on each site's own history (its newest 10% of indexed questions, ranked
  from the answers before them), then applied to the held-out questions;
- the share prior (content / max x max(0.2, answers / max)) with a 90-day half-life;
- the share prior with content counting only as far as one person stands out for the question;
- p(e | q) ~ p(e) p(q | e), p(q | e) smoothed towards the site's mean (Dirichlet, mu);
- reciprocal rank fusion of the content ranking and the activity ranking;
- (session 8) content smoothed additively, (content / max + eps) x activity, over every person
  with an answer as well as those content finds;
- (session 8) activity in the question's topic: each person's recent answers under the tags of
  the threads the matcher finds for the question (the tags weighted by those threads' scores),
  mixed with overall activity, alone or multiplied by content^0.5.

The activity is recomputed here from the posts table (answers with a known author, ages from
the newest answer), as :func:`matcher.prior.activity` counts it for an anonymous viewer of a
public site. Content is hybrid content alone (``prior_weight`` 0), the matcher's own scores.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grid import open_set  # noqa: E402

from eval.metrics import evaluate  # noqa: E402

SITES = ("quantumcomputing-2018", "beer-posts-only", "coffee-posts-only", "conlang-meta", "french-meta")
HALF_LIVES = (30, 60, 90, 180, 365, 730, 0)


def _days(stamp: str | None) -> float | None:
    return datetime.fromisoformat(stamp[:19]).timestamp() / 86400 if stamp else None


def load(site: str) -> dict:
    from eval.runner import _eval_context, prepare_queries
    from matcher.experts import search_experts

    sv, tasks = open_set(site)
    task = next(t for t in tasks if t.name == "experts")
    queries = prepare_queries(sv, task.queries)
    ctx = _eval_context(sv)
    ctx.formula = ctx.formula.replace(prior_form="gated", prior_weight=0.0)   # content alone
    content = {q: {h.id: h.score for h in search_experts(ctx, queries[q], "hybrid", 2000)} for q in queries}
    answers = [(a, _days(c), t, acc, v or 0) for a, c, t, acc, v in sv.store.conn.execute(
        "SELECT author, created, thread, accepted, votes FROM posts WHERE kind = 'answer' AND author IS NOT NULL")
        if c]
    asked = {t: _days(c) for t, c in sv.store.conn.execute(
        "SELECT thread, created FROM posts WHERE kind = 'question'") if c}
    from matcher.items import search_items

    threads = {q: [(h.id, h.score) for h in search_items(ctx, queries[q], "hybrid", 30)] for q in queries}
    tags = {t: json.loads(v) if v else [] for t, v in sv.store.conn.execute("SELECT id, tags FROM threads")}
    return {"qrels": task.qrels, "content": content, "answers": answers, "asked": asked,
            "threads": threads, "tags": tags}


def activity(answers, half_life: float, before: float | None = None) -> dict:
    rows = [r for r in answers if before is None or r[1] < before]
    newest = max(r[1] for r in rows)
    out: dict = {}
    for author, day, *_ in rows:
        out[author] = out.get(author, 0.0) + (2 ** (-(newest - day) / half_life) if half_life else 1.0)
    return out


def same_for_all(qrels, scores: dict) -> dict:
    top = dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:100])
    return {q: top for q in qrels}


def measure(qrels, run: dict) -> tuple[float, float]:
    run = {q: dict(sorted(r.items(), key=lambda kv: -kv[1])[:100]) for q, r in run.items()}
    m = evaluate(qrels, run)
    return m["ndcg@10"], m["mrr"]


def own_history_half_life(d: dict) -> float:
    """The half-life whose activity ranking best predicts the answerers of the newest 10% of
    the site's indexed questions, from the answers before the oldest of them."""
    by_thread: dict = {}
    for author, day, thread, acc, votes in d["answers"]:
        by_thread.setdefault(thread, []).append((author, acc, votes))
    order = sorted((d["asked"].get(t, 0.0), t) for t in by_thread)
    recent = order[-max(5, len(order) // 10):]
    cut = recent[0][0]
    qrels = {t: {a: 2 if acc else (1 if votes >= 0 else 0) for a, acc, votes in by_thread[t]} for _, t in recent}
    best = max(HALF_LIVES, key=lambda h: (measure(qrels, same_for_all(qrels, activity(d["answers"], h, cut)))[0], h))
    return best


def share(d: dict, half_life: float, floor: float = 0.2) -> dict:
    act = activity(d["answers"], half_life)
    run = {}
    for q, c in d["content"].items():
        cands = {p: act.get(p, 0.0) for p in c}
        amax = max(cands.values(), default=0.0) or 1.0
        cmax = max(c.values(), default=0.0) or 1.0
        run[q] = {p: c[p] / cmax * max(floor, cands[p] / amax) for p in c}
    return run


def bayes(d: dict, half_life: float, mu: float) -> dict:
    """p(e | q) ~ p(e) p(q | e): p(e) the recent answers, p(q | e) the person's content per answer,
    Dirichlet-smoothed towards the site's content per answer (mu answers' worth)."""
    recent, total = activity(d["answers"], half_life), activity(d["answers"], 0)
    all_answers = sum(total.values()) or 1.0
    run = {}
    for q, c in d["content"].items():
        mean = sum(c.get(e, 0.0) for e in recent) / all_answers
        run[q] = {e: recent[e] * (c.get(e, 0.0) + mu * mean) / (total.get(e, 0.0) + mu) for e in recent}
    return run


def peaked(d: dict, half_life: float, k: float, floor: float = 0.2) -> dict:
    """The share prior with content raised to k x (1 - second best / best content): content
    counts only as far as one person clearly stands out for the question."""
    act = activity(d["answers"], half_life)
    run = {}
    for q, c in d["content"].items():
        if not c:
            run[q] = {}
            continue
        top = sorted(c.values(), reverse=True)
        gap = 1 - (top[1] / top[0] if len(top) > 1 else 0.0)
        amax = max(act.get(p, 0.0) for p in c) or 1.0
        run[q] = {p: (c[p] / top[0]) ** min(1.0, k * gap) * max(floor, act.get(p, 0.0) / amax) for p in c}
    return run


def rrf(d: dict, half_life: float, k: int, w: float) -> dict:
    act = activity(d["answers"], half_life)
    arank = {p: i for i, p in enumerate(sorted(act, key=lambda p: (-act[p], p)))}
    run = {}
    for q, c in d["content"].items():
        crank = {p: i for i, p in enumerate(sorted(c, key=lambda p: (-c[p], p)))}
        run[q] = {p: (1 - w) / (k + crank.get(p, 10**6)) + w / (k + arank.get(p, 10**6)) for p in set(c) | set(act)}
    return run


def smoothed(d: dict, half_life: float, eps: float) -> dict:
    """(content / max + eps) x recent answers, over everyone with an answer or content."""
    act = activity(d["answers"], half_life)
    run = {}
    for q, c in d["content"].items():
        cmax = max(c.values(), default=0.0) or 1.0
        run[q] = {p: (c.get(p, 0.0) / cmax + eps) * act.get(p, 0.0) for p in set(c) | set(act)}
    return run


def topical(d: dict, half_life: float, n: int, beta: float, content_power: float = 0.0) -> dict:
    """(1 - beta) x recent answers under the question's tags + beta x recent answers overall
    (each scaled to its maximum), times (content / max) ^ content_power floored at 0.2. The
    question's tags: those of the ``n`` threads the matcher finds for it, weighted by score."""
    newest = max(r[1] for r in d["answers"])
    by_tag: dict = defaultdict(lambda: defaultdict(float))
    for author, day, thread, *_ in d["answers"]:
        for tag in d["tags"].get(thread, ()):
            by_tag[tag][author] += 2 ** (-(newest - day) / half_life)
    overall = activity(d["answers"], half_life)
    omax = max(overall.values())
    run = {}
    for q, hits in d["threads"].items():
        weight: dict = defaultdict(float)
        for thread, score in hits[:n]:
            tags = d["tags"].get(thread, ())
            for tag in tags:
                weight[tag] += score / len(tags)
        total = sum(weight.values()) or 1.0
        topic: dict = defaultdict(float)
        for tag, w in weight.items():
            for p, x in by_tag[tag].items():
                topic[p] += w / total * x
        tmax = max(topic.values(), default=0.0) or 1.0
        c = d["content"][q]
        cmax = max(c.values(), default=0.0) or 1.0
        run[q] = {p: ((1 - beta) * topic.get(p, 0.0) / tmax + beta * overall[p] / omax)
                  * max(0.2, c.get(p, 0.0) / cmax) ** content_power for p in overall}
    return run


def main(sites) -> None:
    data = {s: load(s) for s in sites}

    def row(name, fn):
        res = [fn(data[s]) for s in sites]
        cells = " ".join(f"{n:.3f}/{m:.3f}" for n, m in res)
        print(f"{name:30s} {cells}  mean {sum(n for n, _ in res) / len(res):.4f}")

    print(f"{'':30s} " + " ".join(s[:11].ljust(11) for s in sites))
    for h in HALF_LIVES:
        row(f"activity, half-life {h or 'none'}", lambda d: measure(d["qrels"], same_for_all(d["qrels"], activity(d["answers"], h))))
    chosen = {s: own_history_half_life(data[s]) for s in sites}
    print("half-life chosen on each site's own history:", chosen)
    row("activity, own-history half-life",
        lambda d: measure(d["qrels"], same_for_all(d["qrels"], activity(d["answers"], chosen[next(s for s in sites if data[s] is d)]))))
    row("content alone (hybrid)", lambda d: measure(d["qrels"], d["content"]))
    for h in (180, 90):
        row(f"share prior, half-life {h}", lambda d: measure(d["qrels"], share(d, h)))
    for k in (0.5, 1, 2):
        row(f"share, content^({k} x gap)", lambda d: measure(d["qrels"], peaked(d, 180, k)))
    for mu in (2, 20, 100):
        row(f"p(e) p(q|e), mu {mu}", lambda d: measure(d["qrels"], bayes(d, 180, mu)))
    for k in (5, 20, 60):
        for w in (0.5, 0.65, 0.8):
            row(f"rrf k {k}, activity weight {w}", lambda d: measure(d["qrels"], rrf(d, 180, k, w)))
    for h in (180, 90):
        for eps in (0.2, 0.5, 1, 2):
            row(f"(content + {eps}) x act, {h} d", lambda d: measure(d["qrels"], smoothed(d, h, eps)))
    for h in (180, 90):
        for beta in (0, 0.3, 0.6):
            row(f"topic act {h} d, overall {beta}", lambda d: measure(d["qrels"], topical(d, h, 30, beta)))
            row("  x content^0.5", lambda d: measure(d["qrels"], topical(d, h, 30, beta, 0.5)))


if __name__ == "__main__":
    main(sys.argv[1:] or SITES)
