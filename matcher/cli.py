"""The `savoir` command line: a thin layer over the indexer and matcher libraries."""
from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import click

from indexer.errors import SavoirError
from indexer.progress import progress
from indexer.settings import load_settings

__all__ = ["main", "cli"]

IMPORTERS = {
    "stackexchange": ("indexer.importers.stackexchange", "import_stackexchange"),
    "slack": ("indexer.importers.slack", "import_slack"),
    "discourse": ("indexer.importers.discourse", "import_discourse"),
    "mbox": ("indexer.importers.mbox", "import_mbox"),
    "folder": ("indexer.importers.folder", "import_folder"),
    "people": ("indexer.importers.people", "import_people"),
}


def _settings(ctx: click.Context, **overrides):
    return load_settings(ctx.obj.get("config") if ctx.obj else None, **overrides)


class SavoirGroup(click.Group):
    """Every :class:`SavoirError` of any sub-command (its message and hint) becomes a click error:
    exit status 1 and no traceback. Sub-command groups that live in other packages (eval,
    bench) load only when used."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SavoirError as e:
            raise click.ClickException(e.full()) from None

    lazy = {"eval": ("eval.cli", "eval_group"), "bench": ("bench.cli", "bench_command")}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name]
            try:
                return getattr(importlib.import_module(module), attr)
            except ImportError as e:
                raise click.ClickException(f"`savoir {name}` is not available: {e}") from None
        return super().get_command(ctx, name)


@click.group(cls=SavoirGroup)
@click.option("--config", type=click.Path(dir_okay=False), help="TOML settings file (also SAVOIR_CONFIG).")
@click.version_option(package_name="savoir")
@click.pass_context
def cli(ctx, config):
    """Savoir: who knows about X, has this been solved before, whom to contact."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


def _report_problems(report) -> None:
    for p in report.problems[:200]:
        click.echo(str(p), err=True)
    if len(report.problems) > 200:
        click.echo(f"... and {len(report.problems) - 200} more problems", err=True)


def _ray_compute(address: str | None):
    """The Ray compute hook for ``--ray [ADDRESS]`` (None without the option)."""
    if address is None:
        return None
    from indexer.distributed import RayCompute, check_address

    check_address(address)
    return RayCompute(address, log=click.echo)


def _build(ctx, db: Path, settings, compute=None, full: bool = False, lexical_first: bool = False,
           reembed: bool = False) -> None:
    from indexer.build import build_index
    from indexer.store import Store

    store = Store(db)
    try:
        report = build_index(store, settings, show_progress=True, compute=compute, full=full,
                             lexical_first=lexical_first, reembed=reembed, log=click.echo)
    finally:
        store.close()
        if compute is not None:
            compute.close()
    if report.vectors_pending:          # build_index logged the summary already
        click.echo(f"semantic search pending: `savoir serve --db {db}` computes the vectors while it answers"
                   f" (or `savoir reindex --db {db}`)")


_REEMBED_HELP = ("Allow re-embedding the chunks with another model (a change of model, or more than "
                 "indexing.reembed_max_share of the chunks); without it the cost is printed and auto keeps its model.")
_LEXICAL_HELP = ("Build the keyword index only when embedding would take a while: `savoir serve` then answers at "
                 "once and adds the vectors in the background.")


_RAY_HELP = ("Analyse and embed on Ray: alone, a local Ray instance; auto or ray://HOST:PORT, a cluster "
             "(needs `pip install savoir[ray]`). Put it last or write --ray=ADDRESS.")


@cli.command()
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="SQLite database file.")
@click.option("--model", default=None, help="Embedding model: auto, minilm, e5, minilm+e5, hash, or a local folder.")
@click.option("--ray", "ray_address", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]", help=_RAY_HELP)
@click.option("--full", is_flag=True, help="Rebuild the whole index instead of a delta build of the changed items.")
@click.option("--lexical-first", is_flag=True, help=_LEXICAL_HELP)
@click.option("--reembed", is_flag=True, help=_REEMBED_HELP)
@click.pass_context
def index(ctx, corpus_dir, db, model, ray_address, full, lexical_first, reembed):
    """Import CORPUS_DIR (people, communities, memberships, threads, documents) and build the index.

    Incremental: only the items changed since the last build are re-chunked, and unchanged texts
    are never re-analysed nor re-embedded. Bad lines are reported as file:line: field: problem
    and skipped; the command then exits with status 1."""
    from indexer.corpus import import_corpus
    from indexer.store import Store

    settings = _settings(ctx, model=model)
    compute = _ray_compute(ray_address)
    store = Store(db)
    try:
        with progress(None, f"import {corpus_dir}", True, unit="record") as tick:
            report = import_corpus(store, corpus_dir, progress=tick)
    finally:
        store.close()
    _report_problems(report)
    click.echo(f"import {corpus_dir}: {report.summary()}")
    _build(ctx, db, settings, compute, full, lexical_first, reembed)
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="Embedding model (see `savoir index --help`).")
@click.option("--ray", "ray_address", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]", help=_RAY_HELP)
@click.option("--full", is_flag=True, help="Rebuild the whole index instead of a delta build of the changed items.")
@click.option("--reembed", is_flag=True, help=_REEMBED_HELP)
@click.pass_context
def reindex(ctx, db, model, ray_address, full, reembed):
    """Rebuild the search index of a database (after imports): a delta build of what changed."""
    settings = _settings(ctx, model=model)
    _build(ctx, db, settings, _ray_compute(ray_address), full, reembed=reembed)


@cli.command(name="import")
@click.argument("kind", type=click.Choice(sorted(IMPORTERS)))
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--community", default=None, help="Community id to file everything under.")
@click.option("--no-index", is_flag=True, help="Import only; run `savoir reindex` later.")
@click.option("--reembed", is_flag=True, help=_REEMBED_HELP)
@click.pass_context
def import_(ctx, kind, source, db, community, no_index, reembed):
    """Import a Stack Exchange dump, Slack export, Discourse JSON, mbox, document folder or staff directory."""
    from indexer.store import Store

    settings = _settings(ctx)
    module, attr = IMPORTERS[kind]
    fn = getattr(importlib.import_module(module), attr)
    store = Store(db)
    try:
        with progress(None, f"import {kind}", True, unit="record") as tick:
            report = fn(store, source, community=community, progress=tick)
    except (ValueError, OSError) as e:
        raise click.ClickException(f"{source}: {e}") from None
    finally:
        store.close()
    _report_problems(report)
    click.echo(f"import {kind} {source}: {report.summary()}")
    if not no_index:
        _build(ctx, db, settings, reembed=reembed)
    if not report.ok:
        sys.exit(1)


def _paren(*parts) -> str:
    """" (a, b)" of the parts that are not empty, or "" when none is."""
    kept = [str(x) for x in parts if x]
    return f" ({', '.join(kept)})" if kept else ""


def _print_human(resp) -> None:
    if resp.notice == "no_good_match":
        click.echo("No good match: none of the query's words occurs in what this viewer can see, and nothing is "
                   "close in meaning (README, \"When nothing matches\").")
    elif resp.notice == "common_words_only":
        click.echo("Only common words (stop words): add a word that says what you are looking for.")
    elif not resp.results:
        click.echo("No results.")
    elif resp.words_matched is False:
        click.echo("(none of the query's words occurs in what this viewer can see: these results are related by meaning only)")
    for i, r in enumerate(resp.results, 1):
        d = r.to_dict()
        if resp.mode == "experts":
            click.echo(f"{i:2}. {d['name']}{_paren(d['title'], d['location'])}  score {d['score']:.3f}")
            click.echo(f"    why: {d['why']}")
        elif resp.mode == "threads":
            mark = "[solved] " if d["solved"] else ""
            click.echo(f"{i:2}. {mark}{d['title']} {_paren(d['type'], d['community_name'] or '-', d['date'])}  score {d['score']:.3f}")
            if d.get("accepted_answer"):
                a = d["accepted_answer"]
                click.echo(f"    accepted answer by {a['author_name'] or 'someone who opted out'}: {a['snippet'][:160]}")
        else:
            coord = d["coordinator"]["name"] if d["coordinator"] else "-"
            click.echo(f"{i:2}. {d['name']} ({d['kind']}, {d['stage']}), coordinator {coord}  score {d['score']:.3f}")
            click.echo(f"    {d['why']}")
        for e in d.get("evidence", [])[:3]:
            click.echo(f"      - [{e['role']}] {e['title'][:70]}{_paren(e['date'])}: {e['snippet'][:110]}")


@cli.command()
@click.argument("query")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--mode", type=click.Choice(["experts", "threads", "communities"]), default="experts", show_default=True)
@click.option("--viewer", default=None, help="Person id of the viewer (default: anonymous).")
@click.option("--k", default=10, show_default=True, type=int)
@click.option("--method", type=click.Choice(["hybrid", "bm25", "dense"]), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def search(ctx, query, db, mode, viewer, k, method, as_json):
    """Search: who knows about QUERY (experts), has it been solved (threads), whom to contact (communities)."""
    from .api import Savoir

    sv = Savoir.open(db, _settings(ctx))
    resp = sv.search(query, mode=mode, viewer=viewer, k=k, method=method)
    if as_json:
        click.echo(json.dumps(resp.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_human(resp)


@cli.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the training report as JSON.")
@click.pass_context
def tune(ctx, db, as_json):
    """Learn the expert ranking from the index's own answered questions (train on the older,
    validate on the newer); store it with the index only when it beats the hand-made ranking."""
    from .api import Savoir

    try:
        from eval.tune import tune as run_tune
    except ImportError as e:
        raise click.ClickException(f"`savoir tune` is not available: {e} (pip install lightgbm)") from None
    sv = Savoir.open(db, _settings(ctx))
    report = run_tune(sv, log=lambda m: click.echo(m, err=True), show_progress=True)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    v = report.get("validation")
    if v:
        click.echo(f"validation: the newest {report['valid_questions']} of {report['questions']} answered questions"
                   f" (from {report['cut']}), trained on the {report['train_questions']} before them")
        for name, m in v["metrics"].items():
            click.echo(f"  {name:14} nDCG@10 {m['ndcg@10']:.3f}  MRR {m['mrr']:.3f}  P@1 {m['p@1']:.3f}")
        for key, t in v["tests"].items():
            p = "n/a" if t["p_value"] is None else f"{t['p_value']:.3f}"
            click.echo(f"  learned vs {key}: {t['a_score']:.3f} / {t['b_score']:.3f}, paired t-test p {p}")
    click.echo(("adopted: " if report["adopted"] else "not adopted: ") + report["reason"])
    if report.get("stored"):
        click.echo(f"model stored in {report['stored']}; searches use it (experts.ranker = \"hand\" turns it off)")
    else:
        click.echo("nothing changed")


@cli.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default 5000).")
@click.option("--threads", default=8, show_default=True, type=int)
@click.option("--demo", is_flag=True, default=None,
              help="Turn on the demo sign-in ('sign in as' a person); loopback address only.")
@click.pass_context
def serve(ctx, db, host, port, threads, demo):
    """Serve the web app with waitress (a production WSGI server)."""
    # Requests run on several threads and each embeds one short query: intra-op threads only
    # oversubscribe the cores (measured: 2.2 -> 4.7 requests/s with 10 clients on 2 cores).
    # Set before torch loads (it loads lazily, on the first search); an explicit value wins.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        from web import create_app
    except ImportError as e:
        raise click.ClickException(f"the web app is not available: {e}") from None
    import waitress

    settings = _settings(ctx, host=host, port=port, demo_signin=demo)
    if settings.web.demo_signin:
        click.echo("demo sign-in on: anyone on this machine may sign in as any person (not for production)")
    app = create_app(settings=settings, db_path=db)
    from indexer.background import start_completion, vectors_pending

    if vectors_pending(db):      # a lexical-only build: answer now, add the vectors behind
        click.echo("keyword search ready; semantic search is being prepared in the background")
        start_completion(db, settings, log=lambda m: click.echo(m, err=True))
    click.echo(f"Savoir on http://{settings.web.host}:{settings.web.port}/  (database {db})")
    waitress.serve(app, host=settings.web.host, port=settings.web.port, threads=threads, ident="savoir")


@cli.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--now", default=None, help="The clock, as an ISO date-time (default: now; for tests and replays).")
@click.pass_context
def notify(ctx, db, now):
    """Escalate unanswered questions to coordinators, then deliver the outbox by SMTP (when
    `smtp_host` is set). Run it from cron, e.g. every 10 minutes."""
    import datetime as dt

    from indexer.store import Store
    from matcher.notify import run

    try:
        clock = dt.datetime.fromisoformat(now) if now else None
    except ValueError:
        raise click.BadParameter(f"{now!r} is not an ISO date-time, e.g. 2025-03-03T09:00:00", param_hint="--now")
    settings = _settings(ctx)
    store = Store(db)
    try:
        done = run(store, settings, now=clock)
    finally:
        store.close()
    click.echo(f"{len(done['escalated'])} question(s) escalated, {done['sent']} mail(s) sent"
               + ("" if settings.routing.smtp_host else " (no smtp_host set: nothing delivered)"))


def main() -> None:
    cli(prog_name="savoir")


if __name__ == "__main__":  # pragma: no cover
    main()
