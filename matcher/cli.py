"""The `savoir` command line: a thin layer over the indexer and matcher libraries."""
from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import click

from indexer.errors import SavoirError
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


def _build(ctx, db: Path, settings, compute=None, full: bool = False) -> None:
    from indexer.build import build_index
    from indexer.store import Store

    store = Store(db)
    try:
        report = build_index(store, settings, show_progress=True, compute=compute, full=full)
    finally:
        store.close()
        if compute is not None:
            compute.close()
    click.echo(report.summary())


_RAY_HELP = ("Analyse and embed on Ray: alone, a local Ray instance; auto or ray://HOST:PORT, a cluster "
             "(needs `pip install savoir[ray]`). Put it last or write --ray=ADDRESS.")


@cli.command()
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="SQLite database file.")
@click.option("--model", default=None, help="Embedding model: auto, minilm, e5, minilm+e5, hash, or a local folder.")
@click.option("--ray", "ray_address", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]", help=_RAY_HELP)
@click.option("--full", is_flag=True, help="Rebuild the whole index instead of a delta build of the changed items.")
@click.pass_context
def index(ctx, corpus_dir, db, model, ray_address, full):
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
        report = import_corpus(store, corpus_dir)
    finally:
        store.close()
    _report_problems(report)
    click.echo(f"import {corpus_dir}: {report.summary()}")
    _build(ctx, db, settings, compute, full)
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="Embedding model (see `savoir index --help`).")
@click.option("--ray", "ray_address", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]", help=_RAY_HELP)
@click.option("--full", is_flag=True, help="Rebuild the whole index instead of a delta build of the changed items.")
@click.pass_context
def reindex(ctx, db, model, ray_address, full):
    """Rebuild the search index of a database (after imports): a delta build of what changed."""
    settings = _settings(ctx, model=model)
    _build(ctx, db, settings, _ray_compute(ray_address), full)


@cli.command(name="import")
@click.argument("kind", type=click.Choice(sorted(IMPORTERS)))
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--community", default=None, help="Community id to file everything under.")
@click.option("--no-index", is_flag=True, help="Import only; run `savoir reindex` later.")
@click.pass_context
def import_(ctx, kind, source, db, community, no_index):
    """Import a Stack Exchange dump, Slack export, Discourse JSON, mbox, document folder or staff directory."""
    from indexer.store import Store

    settings = _settings(ctx)
    module, attr = IMPORTERS[kind]
    fn = getattr(importlib.import_module(module), attr)
    store = Store(db)
    try:
        report = fn(store, source, community=community)
    except (ValueError, OSError) as e:
        raise click.ClickException(f"{source}: {e}") from None
    finally:
        store.close()
    _report_problems(report)
    click.echo(f"import {kind} {source}: {report.summary()}")
    if not no_index:
        _build(ctx, db, settings)
    if not report.ok:
        sys.exit(1)


def _paren(*parts) -> str:
    """" (a, b)" of the parts that are not empty, or "" when none is."""
    kept = [str(x) for x in parts if x]
    return f" ({', '.join(kept)})" if kept else ""


def _print_human(resp) -> None:
    if not resp.results:
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
    report = run_tune(sv, log=lambda m: click.echo(m, err=True))
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
@click.pass_context
def serve(ctx, db, host, port, threads):
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

    settings = _settings(ctx, host=host, port=port)
    app = create_app(settings=settings, db_path=db)
    click.echo(f"Savoir on http://{settings.web.host}:{settings.web.port}/  (database {db})")
    waitress.serve(app, host=settings.web.host, port=settings.web.port, threads=threads, ident="savoir")


def main() -> None:
    cli(prog_name="savoir")


if __name__ == "__main__":  # pragma: no cover
    main()
