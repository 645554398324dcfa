"""Run judged queries through the matcher, one ranking method (variant) at a time.

A :class:`Task` is a set of queries with their judgements in one search mode; a
:class:`Variant` is a ranking method with optional setting changes (``hybrid`` with
``fusion=rrf``, ``alpha=0.3``...). The ranking itself is the matcher's
(:func:`matcher.search.search_items` / :func:`~matcher.search.search_experts`); only the
``prior`` baseline (people ranked by activity, no content at all) and the ``linear`` prior form
of the ``hybrid-qa`` reference are computed here, from the same activity counts the matcher's
prior uses.

Query vectors are computed in batches and cached in the evaluation database under
``<model name>|query`` (queries and passages are embedded differently by e5).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from .variants import EVAL_PRIORS, Variant, default_variants, linear, sweep_variants

__all__ = ["Task", "Variant", "default_variants", "sweep_variants", "prepare_queries", "run_variant",
           "prior_ranking", "Evaluation", "run_tasks", "linear", "EVAL_PRIORS", "learned_ranker", "NON_LEARNED"]


ACTIVITY_ONLY = ("prior", "prior-answers", "most-active")   # expert rankings without content


@dataclass
class Task:
    name: str                       # documents | experts | duplicates | threads | communities
    mode: str                       # matcher mode: threads | experts | communities
    queries: dict                   # query id -> text
    qrels: dict                     # query id -> {item id: grade}
    params: dict = field(default_factory=dict)   # query id -> {"community", "person", ...} (core, newcomer)
    # why a set may give this task no judged query (said in the output instead of zeros)
    empty_reason: str = "no judged queries"


class _QueryRole:
    """An embedder seen through ``embed_cached``: encodes with the query role, cached apart."""

    def __init__(self, emb):
        self.emb = emb
        self.name = f"{emb.name}|query"
        self.dim = emb.dim

    def encode(self, texts, role: str = "passage"):
        return self.emb.encode(texts, role="query")


def prepare_queries(sv, texts: dict, method_needs_vectors: bool = True, show_progress: bool = False) -> dict:
    """query id -> matcher ``Query`` (analysed terms and one vector per model of the index).
    Texts longer than ``max_query_chars`` are cut there, as the search box does.
    ``show_progress``: the embedding and the analysis of the queries (:mod:`indexer.progress`)."""
    from indexer.embedding import embed_cached, get_embedder, text_hash
    from indexer.progress import each, progress
    from indexer.reembed import missing_count
    from matcher.retrieval import Query

    snap = sv.snapshot()
    analyzer = sv.analyzer()
    limit = sv.settings.limits.max_query_chars
    ids = list(texts)
    cut = [" ".join(str(texts[q]).split())[:limit] for q in ids]
    vectors: dict = {q: {} for q in ids}
    if method_needs_vectors:
        hashes = [text_hash(t) for t in cut]
        for spec in snap.manifest["models"]:
            role = _QueryRole(get_embedder(spec))
            with progress(missing_count(sv.store, role.name, hashes), f"embed queries {role.name}", show_progress,
                          unit="query") as tick:
                vecs, _ = embed_cached(sv.store, role, cut, hashes, progress=tick)
            for q, v in zip(ids, vecs):
                vectors[q][spec] = v
    return {q: Query(t, analyzer.query_tokens(t), vectors[q])
            for q, t in each(list(zip(ids, cut)), "analyse queries", show_progress, unit="query")}


def prior_ranking(sv, formula=None, k: int = 100, answers_only: bool = False) -> dict:
    """People ranked by activity alone, over everyone -- no content at all: the gated prior
    (:func:`matcher.prior.activity_prior`), or with ``answers_only`` the recent answers the
    share prior counts ("most active answerer first")."""
    from matcher.prior import activity, activity_prior

    ctx = _eval_context(sv)
    ctx.settings, ctx.formula = sv.settings, formula or _formula(sv)
    if answers_only:
        prior = {p: a for p, (a, _, _) in activity(ctx).items()}
    else:
        prior = activity_prior(ctx)
    scores = {p: s for p, s in prior.items() if s > 0 and ctx.access.sees_person(p)}
    top = sorted(scores, key=lambda p: (-scores[p], p))[:k]
    return {p: scores[p] for p in top}


def _label(h) -> str:
    return getattr(h, "title", None) or getattr(h, "name", None) or h.id


def _each_query(queries: dict, desc: str | None):
    """The (id, query) pairs of ``queries``, with the step's progress when ``desc`` names it."""
    from indexer.progress import each

    return each(list(queries.items()), desc or "", desc is not None, unit="query")


def _run_api(sv, mode: str, queries: dict, params: dict, k: int, variant: str = "default",
             desc: str | None = None) -> tuple[dict, dict]:
    """core (people for a community, from the leader's search: the query's text, else the
    community's own name and domain), newcomer (communities for a pasted profile or a person)
    and starters (threads of a community for a profile) rankings, through the page models the
    web app uses (matcher.leader, matcher.newcomer)."""
    from matcher import data, leader, newcomer

    run, returned = {}, {}
    for qid, query in _each_query(queries, desc):
        p = params.get(qid, {})
        text = query.text.strip()[: sv.settings.limits.max_query_chars] if query.text.strip() else None
        if mode == "core" and variant == "expertise":
            text = text or leader.default_query(data.community(sv.store, p.get("community")),
                                                sv.settings.limits.max_query_chars)
            hits = [h.to_dict() for h in sv.search(text, mode="experts", k=k, broad=True).results]
        elif mode == "core":
            hits = leader.core_candidates(sv, p.get("community"), None, k, query=text)["candidates"]
        elif mode == "starters" and variant == "most-voted":
            rows = data.starter_threads(sv.store, p.get("community"), k)
            hits = [{"id": r["id"], "title": r["title"], "score": float(k - i)} for i, r in enumerate(rows)]
        elif mode == "starters":
            hits = newcomer.starters_for(sv, p.get("community"), text, None, k)
        else:
            hits = newcomer.newcomer(sv, text=text, person_id=None if text else p.get("person"), k=k)["communities"]
        run[qid] = {h["id"]: float(h["score"]) for h in hits}
        returned[qid] = [(h["id"], h.get("name") or h.get("title") or h["id"]) for h in hits[:10]]
    return run, returned


def run_of(hits) -> dict:
    """item id -> score of one ranking. A merged thread's other asks of the same question
    (``ItemHit.also``, listed and linked on its card, matcher.dedup) follow it, just below
    its score, in the order the card lists them."""
    run = {}
    for h in hits:
        run.setdefault(h.id, float(h.score))
        for j, other in enumerate(getattr(h, "also", ()) or ()):
            run.setdefault(other["id"], float(h.score) * (1 - 1e-6 * (j + 1)))
    return run


def _no_spans(text, terms, lang=None, horizon=None) -> list:
    return []


def _eval_context(sv):
    """One anonymous search context per database, shared by the variants (its chunk-text cache
    too); no highlighting (the snippets' term spans are not judged and cost a spaCy pass each)."""
    ctx = getattr(sv, "_eval_context", None)
    if ctx is None:
        from matcher.data import Context

        base = sv.context(None)
        ctx = Context(base.snap, base.store, sv.settings, base.access, _no_spans, sv.formula)
        sv._eval_context = ctx
    return ctx


def run_variant(sv, queries: dict, mode: str, variant: Variant, k: int = 100,
                params: dict | None = None, desc: str | None = None) -> tuple[dict, dict]:
    """(run, returned): run = query id -> {item id: score}; returned = query id -> [(id, label)] of the top 10.
    ``desc``: the name of the step, to show its progress over the queries (:mod:`indexer.progress`)."""
    from matcher.search import search_communities, search_experts, search_items

    if mode in ("core", "newcomer", "starters"):
        return _run_api(sv, mode, queries, params or {}, k, variant.name, desc)
    if variant.method in LEARNED:
        return _run_learned(sv, queries, k, guarded=variant.method == "learned", desc=desc)
    if variant.method in ("prior", "prior-answers"):
        ranking = prior_ranking(sv, variant.formula(_formula(sv)), k, answers_only=variant.method == "prior-answers")
        return {q: dict(ranking) for q in queries}, {q: [(p, p) for p in list(ranking)[:10]] for q in queries}
    ctx = _eval_context(sv)
    ctx.settings, ctx.formula = variant.settings(sv.settings), variant.formula(_formula(sv))
    fn = {"experts": search_experts, "threads": search_items, "communities": search_communities}[mode]
    extra = {"prior": variant.prior} if mode == "experts" and variant.prior else {}
    if mode == "experts":
        extra["ranker"] = None      # the hand-made ranking, even where `savoir tune` stored a model
    run, returned = {}, {}
    for qid, query in _each_query(queries, desc):
        hits = fn(ctx, query, variant.method, k, **extra)
        run[qid] = run_of(hits)
        returned[qid] = [(h.id, _label(h)) for h in hits[:10]]
    return run, returned


def learned_ranker(sv, log: Callable[[str], None] = lambda m: None, show_progress: bool = False):
    """(ranker, report) trained on the history of ``sv``'s index (:func:`eval.tune.fit_history`),
    once per database."""
    hit = getattr(sv, "_eval_learned", None)
    if hit is None:
        from .tune import fit_history

        hit = sv._eval_learned = fit_history(sv, log, show_progress)
    return hit


#: the learned methods: ``learned``, the ranking a search serves after ``savoir tune`` (the model
#: when its validation adopted it, the hand-made ranking otherwise: :func:`eval.tune.adoption`);
#: ``learned-model``, the model whatever its validation said
LEARNED = ("learned", "learned-model")


def _run_learned(sv, queries: dict, k: int, guarded: bool = True, desc: str | None = None) -> tuple[dict, dict]:
    """Hybrid experts re-ranked by the model trained on the index's history (with ``guarded``,
    only if adopted); the hand-made ranking when the history is too short to train on at all.
    ``desc``: the step's name, to show its progress over the queries."""
    from matcher.search import search_experts

    ranker, report = learned_ranker(sv)
    if guarded and not report.get("adopted"):
        ranker = None
    ctx = _eval_context(sv)
    ctx.settings, ctx.formula = sv.settings, _formula(sv)
    run, returned = {}, {}
    for qid, query in _each_query(queries, desc):
        hits = search_experts(ctx, query, "hybrid", k, ranker=ranker)
        run[qid] = run_of(hits)
        returned[qid] = [(h.id, _label(h)) for h in hits[:10]]
    return run, returned


NON_LEARNED = ("bm25", "dense", "hybrid") + ACTIVITY_ONLY    # what `learned` is compared with


@dataclass
class Evaluation:
    """Everything one evaluation produced: metrics per task and variant, the per-query scores,
    the sweeps, and what was returned (for the report)."""

    set: str
    models: list
    settings: dict
    metrics: dict = field(default_factory=dict)       # task -> variant -> {metric: value, "n": n}
    per_query: dict = field(default_factory=dict)     # task -> variant -> metric -> {qid: value}
    sweeps: dict = field(default_factory=dict)        # task -> {"alpha": {a: ndcg}, "prior_weight": {...}}
    returned: dict = field(default_factory=dict)      # task -> variant -> qid -> [(id, label)]
    runs: dict = field(default_factory=dict)          # task -> variant -> run
    tasks: dict = field(default_factory=dict)         # task name -> Task
    seconds: dict = field(default_factory=dict)       # task -> variant -> seconds
    significance: dict = field(default_factory=dict)  # task -> paired test, hybrid against the better single method
    # experts: task -> paired test, hybrid against the best ranking by activity alone
    activity_significance: dict = field(default_factory=dict)
    sweep_runs: dict = field(default_factory=dict)    # task -> sweep variant name -> run
    suggestions: dict = field(default_factory=dict)   # task -> setting -> what the sweep suggests (:func:`suggest`)
    skipped: dict = field(default_factory=dict)       # task -> why it was not evaluated (no judged query)
    # experts: the training report of the learned ranking (eval.tune.fit_history), and per task
    # and metric the paired test of `learned` against the best of NON_LEARNED on that metric
    learned: dict = field(default_factory=dict)
    learned_significance: dict = field(default_factory=dict)

    #: the parts of the JSON record written only when not empty, in this order
    OPTIONAL = ("significance", "activity_significance", "sweeps", "suggestions", "skipped", "learned",
                "learned_significance")

    def to_json(self) -> dict:
        out = {"set": self.set, "models": self.models, "settings": self.settings, "tasks": self.metrics}
        out.update({name: getattr(self, name) for name in self.OPTIONAL if getattr(self, name)})
        out["seconds"] = self.seconds
        return out


def _formula(sv):
    """The hand-made formula the evaluation of ``sv`` starts from (the constants unless given)."""
    from matcher.formula import HandFormula

    return sv.formula or HandFormula()


def _prior_form(sv) -> str:
    """The prior form the experts ranking uses on this index ("auto" resolved)."""
    from matcher.prior import prior_form

    return prior_form(sv.context(None))


def run_tasks(sv, name: str, tasks: list[Task], variants: Callable[[str, object], list[Variant]] = default_variants,
              sweep: bool = False, k: int = 100, log: Callable[[str], None] = lambda m: None,
              show_progress: bool = False) -> Evaluation:
    """Every variant (and with ``sweep`` every sweep variant) over every task's judged queries;
    ``show_progress``: each step's progress on stderr (embedding and analysing the queries,
    training the learned ranking, each variant over the queries; :mod:`indexer.progress`)."""
    from .crosslingual import language_split, task_languages
    from .metrics import best_of, compare_runs, evaluate, per_query

    s, f = sv.settings, _formula(sv)
    snap = sv.snapshot()
    ev = Evaluation(set=name, models=list(snap.manifest["models"]),
                    settings={"model": s.indexing.model, "fusion": s.fusion.method, "alpha": s.fusion.alpha,
                              "expert_alpha": s.experts.alpha, "vote_power": f.vote_power, "rrf_k": s.fusion.rrf_k,
                              "prior_weight": f.prior_weight, "prior_form": _prior_form(sv),
                              "prior_floor": f.prior_floor, "candidates": s.fusion.candidates,
                              "evidence_weights": dict(f.evidence_weights), "chunk_words": s.indexing.chunk_words})
    for task in tasks:
        judged = {q: r for q, r in task.qrels.items() if any(g > 0 for g in r.values()) and q in task.queries}
        texts = {q: task.queries[q] for q in judged}
        if not judged:
            # no metric at all rather than zeros that read like a measured failure
            ev.skipped[task.name] = task.empty_reason
            log(f"{name}/{task.name}: not evaluated ({task.empty_reason})")
            continue
        log(f"{name}/{task.name}: {len(texts)} judged queries")
        queries = prepare_queries(sv, {q: t or " " for q, t in texts.items()}, show_progress=show_progress)
        ev.tasks[task.name] = Task(task.name, task.mode, texts, judged, task.params)
        if task.mode == "experts" and any(v.method in LEARNED for v in variants(task.mode, s)):
            t0 = time.perf_counter()
            _, report = learned_ranker(sv, log, show_progress)
            ev.learned = {k: v for k, v in report.items() if k != "params"}
            log(f"  learned ranking: {report['reason']} ({time.perf_counter() - t0:.0f}s)")
        # threads: same- and other-language recall@10 / nDCG@10 (eval/crosslingual.py)
        split_langs = task_languages(sv, task)
        for bucket, vs in (("main", variants(task.mode, s)), ("sweep", sweep_variants(task.mode, s) if sweep else [])):
            for v in vs:
                t0 = time.perf_counter()
                run, returned = run_variant(sv, queries, task.mode, v, k, task.params,
                                            f"{name}/{task.name} {v.name}" if show_progress else None)
                took = round(time.perf_counter() - t0, 1)
                ev.seconds.setdefault(task.name, {})[v.name] = took
                if bucket == "main":
                    ev.metrics.setdefault(task.name, {})[v.name] = evaluate(judged, run)
                    if split_langs:
                        ev.metrics[task.name][v.name].update(language_split(judged, run, *split_langs))
                    ev.per_query.setdefault(task.name, {})[v.name] = per_query(judged, run)
                    ev.returned.setdefault(task.name, {})[v.name] = returned
                    ev.runs.setdefault(task.name, {})[v.name] = run
                    log(f"  {v.name:16} {ev.metrics[task.name][v.name]}  ({took}s)")
                else:
                    kind, value = v.name.split("=")
                    m = evaluate(judged, run)
                    ev.sweeps.setdefault(task.name, {}).setdefault(kind, {})[value] = {
                        "ndcg@10": m["ndcg@10"], "mrr": m["mrr"]}
                    ev.sweep_runs.setdefault(task.name, {})[v.name] = run
                    log(f"  {v.name:16} ndcg@10 {m['ndcg@10']} mrr {m['mrr']}  ({took}s)")
        runs, metrics = ev.runs.get(task.name, {}), ev.metrics.get(task.name, {})
        pq = ev.per_query.get(task.name, {})
        if all(m in runs for m in ("hybrid", "bm25", "dense")):
            single = best_of(metrics, ("bm25", "dense"))
            ev.significance[task.name] = _paired(judged, runs["hybrid"], runs[single], "hybrid", single,
                                                 pq["hybrid"]["ndcg@10"], pq[single]["ndcg@10"])
        activity_only = best_of(metrics, ACTIVITY_ONLY)
        if "hybrid" in runs and activity_only:
            ev.activity_significance[task.name] = _paired(judged, runs["hybrid"], runs[activity_only], "hybrid",
                                                          activity_only, pq["hybrid"]["ndcg@10"],
                                                          pq[activity_only]["ndcg@10"])
        for name in (n for n in LEARNED if n in runs):
            for metric in ("mrr", "ndcg@10"):
                best = best_of(metrics, NON_LEARNED, metric)
                if best:
                    test = compare_runs(judged, runs[name], runs[best], name, best, metric)
                    diffs = [pq[name][metric][q] - pq[best][metric].get(q, 0.0) for q in pq[name][metric]]
                    test.update(better=sum(d > 1e-9 for d in diffs), worse=sum(d < -1e-9 for d in diffs),
                                # per query, for a paired test pooled over several sets
                                per_query={name: pq[name][metric], best: pq[best][metric]})
                    # "mrr" / "ndcg@10": the served ``learned``; "learned-model:mrr"...: the model alone
                    key = metric if name == "learned" else f"{name}:{metric}"
                    ev.learned_significance.setdefault(task.name, {})[key] = test
        if "hybrid" in runs and ev.sweeps.get(task.name):
            from .suggest import suggest

            ev.suggestions[task.name] = suggest(ev, task, s, ev.settings["prior_form"])
    return ev


def _paired(judged, run_a, run_b, name_a: str, name_b: str, ndcg_a: dict, ndcg_b: dict) -> dict:
    """The paired t-test of run a against run b (:func:`eval.metrics.compare_runs`), with the
    number of queries a is better and worse on (per-query nDCG@10 ``ndcg_a`` / ``ndcg_b``)."""
    from .metrics import compare_runs, paired_differences

    _, better, worse = paired_differences(ndcg_a, ndcg_b)
    return {**compare_runs(judged, run_a, run_b, name_a, name_b), "better": better, "worse": worse}
