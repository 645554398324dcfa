"""`savoir eval ...`: measure ranking quality on judged queries (a thin layer over eval/*)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

__all__ = ["eval_group"]


def _settings(ctx: click.Context, model, alpha, fusion):
    from indexer.settings import load_settings

    config = None
    c = ctx
    while c is not None:
        if c.obj and c.obj.get("config"):
            config = c.obj["config"]
            break
        c = c.parent
    return load_settings(config, model=model, alpha=alpha, expert_alpha=alpha, fusion=fusion)


def _common(f):
    f = click.option("--report", "report_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Write an HTML report (tables, plots, worst queries, significance test) into this folder.")(f)
    f = click.option("--sweep/--no-sweep", default=False,
                     help="Also sweep alpha (0..1) and, for experts, the gated prior's weight and the share prior's floor (implied by --report).")(f)
    f = click.option("--fusion", type=click.Choice(["convex", "rrf"]), default=None, help="Hybrid fusion (default: settings).")(f)
    f = click.option("--alpha", type=float, default=None, help="Dense weight of the convex fusion, for every task (default: settings alpha, and expert_alpha for experts).")(f)
    f = click.option("--model", default=None, help="Embedding model: auto, minilm, e5, minilm+e5, hash (default: settings).")(f)
    f = click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="SAVOIR_EVAL_CACHE",
                     help="Folder of the indexed evaluation sets (default ~/.cache/savoir/eval; also SAVOIR_EVAL_CACHE).")(f)
    f = click.option("--temporary", is_flag=True,
                     help="Index in a temporary folder removed at the end, instead of the cache (every run then embeds everything).")(f)
    f = click.option("--json", "as_json", is_flag=True,
                     help="Print one JSON object {task: {method: {metric: value}}}.")(f)
    f = click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Also write the full record (metrics, settings, sweeps, timings) to this JSON file.")(f)
    return f


def _cache_dir(ctx: click.Context, cache: Path | None, temporary: bool) -> Path:
    """Where the set is indexed: a temporary folder (removed when the command ends), or the cache."""
    from .workspace import DEFAULT_CACHE

    if temporary:
        import tempfile

        return Path(ctx.with_resource(tempfile.TemporaryDirectory(prefix="savoir-eval-")))
    return cache or DEFAULT_CACHE


def _log(as_json: bool):
    return lambda m: click.echo(m, err=True)


def _finish(ev, as_json: bool, report_dir: Path | None, out_path: Path | None = None) -> None:
    from .report import format_table, write_report

    if report_dir is not None:
        path = write_report(ev, report_dir)
        click.echo(f"report written to {path}", err=True)
    data = ev.to_json()
    data["command"] = "savoir " + " ".join(sys.argv[1:]) if Path(sys.argv[0]).name == "savoir" else None
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        click.echo(f"full record (settings, sweeps, timings) written to {out_path}", err=True)
    if as_json:
        # stdout: exactly {task: {method: {metric: value, "n": n}}}
        click.echo(json.dumps(data["tasks"], indent=2, ensure_ascii=False))
    else:
        click.echo(format_table(ev))


def _open(db: Path, settings):
    from matcher.api import Savoir

    return Savoir.open(db, settings)


def _holdout_index(ctx, dump_dir: Path, test_share: float, settings, cache, temporary: bool, as_json: bool):
    """(split, site, Savoir) of a dump's held-out split: the index of everything before the
    cutoff, cached under one key so `eval stackexchange` and `eval routing` index a dump once."""
    from indexer.importers.stackexchange import import_stackexchange

    from .holdout import split_holdout
    from .workspace import prepare, source_key

    split = split_holdout(dump_dir, test_share)
    site = dump_dir.resolve().name
    key = source_key(f"se-{site}", dump_dir.resolve(), split.cutoff, settings.indexing.chunk_words, settings.indexing.chunk_overlap)
    db = prepare(_cache_dir(ctx, cache, temporary), key,
                 lambda store, tick: import_stackexchange(store, dump_dir, before=split.cutoff, progress=tick), settings,
                 log=_log(as_json))
    sv = _open(db, settings)
    return split, site, sv


@click.group(name="eval")
def eval_group():
    """Measure ranking quality: bundled corpus queries, BEIR folders, Stack Exchange held-out questions."""


@eval_group.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--split", default="test", show_default=True, help="Judgements file qrels/SPLIT.tsv.")
@_common
@click.pass_context
def beir(ctx, folder, split, as_json, temporary, cache, model, alpha, fusion, sweep, report_dir, out_path):
    """Evaluate document retrieval on a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv)."""
    from .beir import fill_store, load_beir
    from .runner import run_tasks
    from .workspace import prepare, source_key

    settings = _settings(ctx, model, alpha, fusion)
    data = load_beir(folder, split)
    key = source_key(f"beir-{data.name}", folder.resolve(), settings.indexing.chunk_words, settings.indexing.chunk_overlap)
    db = prepare(_cache_dir(ctx, cache, temporary), key, lambda store, tick: fill_store(store, data, tick), settings, log=_log(as_json))
    sv = _open(db, settings)
    ev = run_tasks(sv, f"beir/{data.name}", [data.task()], sweep=sweep or report_dir is not None, log=_log(as_json),
                   show_progress=True)
    _finish(ev, as_json, report_dir, out_path)


@eval_group.command()
@click.argument("dump_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--test-share", default=0.1, show_default=True, type=float,
              help="Share of the newest answered questions held out as test queries.")
@_common
@click.pass_context
def stackexchange(ctx, dump_dir, test_share, as_json, temporary, cache, model, alpha, fusion, sweep, report_dir, out_path):
    """Held-out evaluation on a Stack Exchange dump: index everything older than the newest
    answered questions, then find their answerers (experts) and linked questions (duplicates)."""
    from .holdout import holdout_tasks
    from .runner import run_tasks

    settings = _settings(ctx, model, alpha, fusion)
    split, site, sv = _holdout_index(ctx, dump_dir, test_share, settings, cache, temporary, as_json)
    tasks = holdout_tasks(split, sv.store, site)
    ev = run_tasks(sv, f"stackexchange/{site}", tasks, sweep=sweep or report_dir is not None, log=_log(as_json),
                   show_progress=True)
    ev.settings["holdout"] = split.describe()
    _finish(ev, as_json, report_dir, out_path)


@eval_group.command()
@click.option("--corpus", "corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Corpus folder (default: the bundled corpora/ferrand).")
@click.option("--queries", "queries_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder holding queries/*.jsonl and qrels/*.tsv (default: the eval package's own).")
@_common
@click.pass_context
def corpus(ctx, corpus_dir, queries_dir, as_json, temporary, cache, model, alpha, fusion, sweep, report_dir, out_path):
    """Evaluate the judged queries of the bundled corpus (eval/queries/*.jsonl, eval/qrels/*.tsv)."""
    from indexer.corpus import import_corpus

    from .corpus_eval import candidates_task, corpus_tasks, default_corpus, default_judgements, load_judgements
    from .runner import run_tasks
    from .workspace import prepare, source_key

    settings = _settings(ctx, model, alpha, fusion)
    corpus_dir = corpus_dir or default_corpus()
    queries_dir = queries_dir or default_judgements()
    judged = load_judgements(queries_dir)
    key = source_key(f"corpus-{corpus_dir.resolve().name}", corpus_dir.resolve(), settings.indexing.chunk_words, settings.indexing.chunk_overlap)
    db = prepare(_cache_dir(ctx, cache, temporary), key, lambda store, tick: import_corpus(store, corpus_dir, tick), settings, log=_log(as_json))
    sv = _open(db, settings)
    tasks, skipped = corpus_tasks(judged)
    tasks += [candidates_task(t, sv.store) for t in tasks if t.name == "core"]
    for name, why in skipped.items():
        click.echo(f"task {name}: not evaluated ({why})", err=True)
    ev = run_tasks(sv, f"corpus/{corpus_dir.resolve().name}", tasks, sweep=sweep or report_dir is not None,
                   log=_log(as_json), show_progress=True)
    ev.skipped.update(skipped)
    _finish(ev, as_json, report_dir, out_path)


@eval_group.command()
@click.argument("dump_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--k", "k", default=3, show_default=True, type=int, help="People asked per question.")
@click.option("--penalty", type=float, default=None, help="Load penalty beta of score / (1 + beta x load) (default: the [routing] settings' default).")
@click.option("--max-open", type=int, default=None, help="Cap of open requests per person, 0 for none (default: the [routing] settings' default).")
@click.option("--max-per-week", type=int, default=None, help="Cap of requests per person over 7 days, 0 for none (default: the [routing] settings' default).")
@click.option("--test-share", default=0.1, show_default=True, type=float,
              help="Share of the newest answered questions held out (as `savoir eval stackexchange`).")
@click.option("--sweep/--no-sweep", default=False, help="Also print the trade-off: penalty and caps against hit@3 and Gini.")
@click.option("--json", "as_json", is_flag=True,
              help='Print one JSON object {"routed": {...}, "unconstrained": {...}} (with "sweep" under --sweep).')
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the JSON record (with the holdout and the rule) to this file.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="SAVOIR_EVAL_CACHE",
              help="Folder of the indexed evaluation sets (the same as `savoir eval stackexchange`).")
@click.option("--temporary", is_flag=True, help="Index in a temporary folder removed at the end, instead of the cache.")
@click.option("--model", default=None, help="Embedding model (default: settings).")
@click.pass_context
def routing(ctx, dump_dir, k, penalty, max_open, max_per_week, test_share, sweep, as_json, out_path, cache, temporary, model):
    """Replay a Stack Exchange dump's held-out period through the router: each test question in
    time order, routed with the loads left by the earlier ones; hit@1/3/5 and load spread, against
    the top k experts with no load rule (eval/routing.py, eval/README.md "Routing")."""
    from indexer.settings import RoutingSettings

    from .holdout import _present
    from .routing import askers, evaluate_rules, history_spread, replay_questions, sweep_rules

    settings = _settings(ctx, model, None, None)
    given = {"load_penalty": penalty, "max_open_requests": max_open, "max_per_week": max_per_week}
    try:
        rule = RoutingSettings(k=k, **{name: value for name, value in given.items() if value is not None})
    except ValueError as e:
        raise click.BadParameter(str(e)) from None
    split, site, sv = _holdout_index(ctx, dump_dir, test_share, settings, cache, temporary, as_json)
    questions = replay_questions(split, sv, site, askers(dump_dir), _present(sv.store), log=_log(as_json),
                                 show_progress=True)
    data = evaluate_rules(questions, rule)
    if sweep:
        data["sweep"] = [{"rule": label, **evaluate_rules(questions, r)["routed"]} for label, r in sweep_rules(k, rule)]
    if out_path is not None:
        record = {**data, "history": history_spread(questions), "dump": site, "holdout": split.describe(),
                  "rule": {"k": rule.k, "load_penalty": rule.load_penalty, "max_open_requests": rule.max_open_requests,
                           "max_per_week": rule.max_per_week},
                  "model": settings.indexing.model,
                  "command": "savoir " + " ".join(sys.argv[1:]) if Path(sys.argv[0]).name == "savoir" else None}
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
        click.echo(f"record written to {out_path}", err=True)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    cols = ("hit@1", "hit@3", "hit@5", "gini", "gini_all", "max_share", "n")
    rows = [("routed", data["routed"]), ("unconstrained", data["unconstrained"])]
    rows += [(s["rule"], s) for s in data.get("sweep", [])]
    width = max(len(r[0]) for r in rows)
    click.echo(f"{'':{width}}  " + "  ".join(f"{c:>9}" for c in cols))
    for label, m in rows:
        click.echo(f"{label:{width}}  " + "  ".join(f"{m[c]:>9}" for c in cols))


@eval_group.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--recorded-only", is_flag=True, help="Score only the rankings people were shown (no re-run).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object {task: {method: {metric: value}}}.")
@click.pass_context
def feedback(ctx, db, recorded_only, as_json):
    """Judged queries from the feedback recorded on DB's results (helpful = relevant), scored as
    the rankings people were shown ("recorded") and as the current engine ranks them now."""
    from matcher import Savoir

    from .feedback import evaluate_feedback
    from .metrics import METRICS

    sv = Savoir.open(db, _settings(ctx, None, None, None))
    out = evaluate_feedback(sv.store, None if recorded_only else sv)
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    if not out:
        click.echo("no feedback recorded yet")
    for task, methods in out.items():
        click.echo(task)
        for method, m in methods.items():
            click.echo(f"  {method:9s} n={m['n']:<4d} " + "  ".join(f"{k}={m[k]:.4f}" for k in METRICS))
