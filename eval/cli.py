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
    db = prepare(_cache_dir(ctx, cache, temporary), key, lambda store: fill_store(store, data), settings, log=_log(as_json))
    sv = _open(db, settings)
    ev = run_tasks(sv, f"beir/{data.name}", [data.task()], sweep=sweep or report_dir is not None, log=_log(as_json))
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
    from indexer.importers.stackexchange import import_stackexchange

    from .holdout import holdout_tasks, split_holdout
    from .runner import run_tasks
    from .workspace import prepare, source_key

    settings = _settings(ctx, model, alpha, fusion)
    split = split_holdout(dump_dir, test_share)
    site = dump_dir.resolve().name
    key = source_key(f"se-{site}", dump_dir.resolve(), split.cutoff, settings.indexing.chunk_words, settings.indexing.chunk_overlap)
    db = prepare(_cache_dir(ctx, cache, temporary), key,
                 lambda store: import_stackexchange(store, dump_dir, before=split.cutoff), settings, log=_log(as_json))
    sv = _open(db, settings)
    tasks = holdout_tasks(split, sv.store, site)
    ev = run_tasks(sv, f"stackexchange/{site}", tasks, sweep=sweep or report_dir is not None, log=_log(as_json))
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
    db = prepare(_cache_dir(ctx, cache, temporary), key, lambda store: import_corpus(store, corpus_dir), settings, log=_log(as_json))
    sv = _open(db, settings)
    tasks, skipped = corpus_tasks(judged)
    tasks += [candidates_task(t, sv.store) for t in tasks if t.name == "core"]
    for name, why in skipped.items():
        click.echo(f"task {name}: not evaluated ({why})", err=True)
    ev = run_tasks(sv, f"corpus/{corpus_dir.resolve().name}", tasks, sweep=sweep or report_dir is not None,
                   log=_log(as_json))
    ev.skipped.update(skipped)
    _finish(ev, as_json, report_dir, out_path)
