"""Judged queries over a project corpus (the bundled ``corpora/ferrand``), see eval/README.md.

    eval/queries/<name>.jsonl   {"id": "f-exp-01", "text": "...", "task": "experts", "lang": "fr",
                                 "community": "c-maint" (core, optional elsewhere), "person": "p042" (newcomer)}
    eval/qrels/<name>.tsv       query-id<TAB>item-id<TAB>grade, with a header line

``task`` is experts (item = person id), threads (thread or document id), communities
(community id), core (person id; the core candidates of ``community``) or newcomer (community
id; the communities suggested to ``person`` or to the text).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from indexer.errors import BadInput

from .jsonl import json_lines
from .runner import Task

__all__ = ["TASKS", "JudgementError", "Judgements", "load_judgements", "corpus_tasks", "default_corpus",
           "default_judgements", "candidates_task"]

TASKS = {"experts": "experts", "threads": "threads", "communities": "communities", "core": "core",
         "newcomer": "newcomer", "starters": "starters"}
_FIELDS = {"id", "text", "task", "lang", "community", "person", "note"}


class JudgementError(BadInput):
    """A query or judgement line that cannot be read: the message names the file and line."""


@dataclass
class Judgements:
    queries: dict = field(default_factory=dict)     # id -> query dict
    qrels: dict = field(default_factory=dict)       # id -> {item: grade}


def default_corpus() -> Path:
    return Path(__file__).resolve().parent.parent / "corpora" / "ferrand"


def default_judgements() -> Path:
    return Path(__file__).resolve().parent


def load_judgements(folder: str | Path) -> Judgements:
    """All ``queries/*.jsonl`` and ``qrels/*.tsv`` under ``folder``."""
    folder = Path(folder)
    files = sorted((folder / "queries").glob("*.jsonl"))
    if not files:
        raise JudgementError(f"{folder / 'queries'}: no *.jsonl query file; see eval/README.md for the format")
    out = Judgements()
    for path in files:
        for n, q in json_lines(path, JudgementError):
            unknown = set(q) - _FIELDS
            if unknown:
                raise JudgementError(f"{path}:{n}: unknown field(s) {', '.join(sorted(unknown))}; "
                                     f"known: {', '.join(sorted(_FIELDS))}")
            for key in ("id", "text", "task"):
                if not q.get(key) and not (key == "text" and q.get("task") in ("core", "newcomer")):
                    raise JudgementError(f"{path}:{n}: {key}: missing")
            if q["task"] not in TASKS:
                raise JudgementError(f"{path}:{n}: task {q['task']!r} is not known; use one of {', '.join(TASKS)}")
            if q["id"] in out.queries:
                raise JudgementError(f"{path}:{n}: id {q['id']!r} is used twice")
            out.queries[q["id"]] = q
    for path in sorted((folder / "qrels").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
                if not row or n == 1:
                    continue          # header
                if len(row) != 3:
                    raise JudgementError(f"{path}:{n}: expected query-id<TAB>item-id<TAB>grade")
                try:
                    grade = int(row[2])
                except ValueError:
                    raise JudgementError(f"{path}:{n}: grade {row[2]!r} is not an integer") from None
                if row[0] not in out.queries:
                    raise JudgementError(f"{path}:{n}: query {row[0]!r} is not in any queries/*.jsonl file")
                out.qrels.setdefault(row[0], {})[row[1]] = grade
    return out


def corpus_tasks(j: Judgements) -> tuple[list[Task], dict]:
    """One task per task kind present; the tasks that cannot run yet, with the reason."""
    by_task: dict[str, Task] = {}
    for qid, q in j.queries.items():
        t = by_task.setdefault(q["task"], Task(q["task"], TASKS[q["task"]], {}, {}))
        t.queries[qid] = q.get("text") or ""
        t.params[qid] = {k: q[k] for k in ("community", "person", "lang") if q.get(k)}
        if qid in j.qrels:
            t.qrels[qid] = j.qrels[qid]
    skipped = {name: "no judgements in qrels/*.tsv" for name, t in by_task.items() if not t.qrels}
    return [t for name, t in by_task.items() if name not in skipped], skipped


def candidates_task(core: Task, store) -> Task:
    """The core task judged as the leader page ranks: only people who can be recruited count.

    The core judgements grade expertise in the community's domain, coordinator and core members
    included; the page never proposes the coordinator, the sponsor or the core group (roles
    coordinator, sponsor, core, expert; read from the corpus's memberships, not from a ranking),
    so ``core-candidates`` drops them from the judgements and runs the same queries."""
    from matcher.leader import CORE_GROUP

    qrels = {}
    for qid, judged in core.qrels.items():
        community = core.params.get(qid, {}).get("community")
        row = store.one("SELECT coordinator, sponsor FROM communities WHERE id = ?", (community,))
        out = {dict(r)["person"] for r in store.query(
            "SELECT person FROM memberships WHERE community = ? AND role IN (%s)" % ",".join("?" * len(CORE_GROUP)),
            (community, *CORE_GROUP))} | ({row["coordinator"], row["sponsor"]} if row else set())
        qrels[qid] = {p: g for p, g in judged.items() if p not in out}
    return Task("core-candidates", "core", dict(core.queries), qrels, dict(core.params))
