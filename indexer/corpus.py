"""Load a project corpus folder (people.jsonl, communities.jsonl, memberships.jsonl,
threads.jsonl, documents/**/*.md) into a :class:`~indexer.store.Store`.

A bad line is reported as ``file:line: field: problem`` and skipped; the rest imports in
one transaction; :class:`ImportReport` tells what was new, updated, unchanged and skipped.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .records import RecordError, validate
from .store import Store

__all__ = ["ImportReport", "Problem", "read_corpus", "import_corpus", "parse_front_matter"]

FILES = (("people.jsonl", "person"), ("communities.jsonl", "community"),
         ("memberships.jsonl", "membership"), ("threads.jsonl", "thread"))


@dataclass(frozen=True)
class Problem:
    """One skipped input: where it is and what is wrong with it."""

    source: str
    line: int | None
    field: str
    problem: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.field}: {self.problem}"


@dataclass
class ImportReport:
    """What an import did. ``counts[(kind, status)]`` with status new/updated/unchanged."""

    counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    def add(self, kind: str, status: str) -> None:
        self.counts[(kind, status)] += 1

    def merge(self, other: "ImportReport") -> None:
        self.counts.update(other.counts)
        self.problems.extend(other.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    def total(self, status: str) -> int:
        return sum(n for (_, s), n in self.counts.items() if s == status)

    def summary(self) -> str:
        return (f"{self.total('new')} new, {self.total('updated')} updated, {self.total('unchanged')} unchanged, "
                f"{len(self.problems)} skipped")

    def to_dict(self) -> dict:
        by_kind: dict[str, dict[str, int]] = {}
        for (kind, status), n in sorted(self.counts.items()):
            by_kind.setdefault(kind, {})[status] = n
        return {"counts": by_kind, "new": self.total("new"), "updated": self.total("updated"),
                "unchanged": self.total("unchanged"), "skipped": len(self.problems),
                "problems": [str(p) for p in self.problems]}


def parse_front_matter(text: str, source: str) -> dict:
    """Split ``---\\nYAML\\n---\\nbody`` into a dict with ``body``; raises RecordError."""
    import yaml

    if not text.startswith("---"):
        raise RecordError("front matter", "the file must start with a '---' line, then id, title, kind, community, authors, then '---'")
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise RecordError("front matter", "no closing '---' line after the front matter")
    head = parts[0][3:]
    body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise RecordError("front matter", f"invalid YAML{where}: {getattr(e, 'problem', e)}") from None
    if not isinstance(meta, dict):
        raise RecordError("front matter", "expected 'key: value' lines")
    for key in ("created", "updated"):
        if key in meta and not isinstance(meta[key], str) and meta[key] is not None:
            meta[key] = str(meta[key])
    meta["body"] = body.strip()
    return meta


def read_corpus(root: str | Path) -> Iterator[tuple[str, dict | None, Problem | None]]:
    """Yield ``(kind, record, None)`` for each valid record, ``(kind, None, problem)`` for each bad one."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: not a corpus folder (expected people.jsonl, communities.jsonl, "
                                "memberships.jsonl, threads.jsonl and documents/)")
    for name, kind in FILES:
        path = root / name
        if not path.exists():
            continue
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield kind, None, Problem(str(path), lineno, "line", f"not UTF-8 (byte {e.start}); save the file as UTF-8")
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    yield kind, None, Problem(str(path), lineno, "json", f"{e.msg} at column {e.colno}; each line must be one JSON object")
                    continue
                try:
                    yield kind, validate(kind, obj), None
                except RecordError as e:
                    yield kind, None, Problem(str(path), lineno, e.field, e.problem)
    docs = root / "documents"
    if docs.is_dir():
        for path in sorted(docs.rglob("*.md")):
            rel = path.relative_to(root)
            try:
                meta = parse_front_matter(path.read_text(encoding="utf-8"), str(rel))
                meta.setdefault("path", str(rel))
                yield "document", validate("document", meta), None
            except UnicodeDecodeError:
                yield "document", None, Problem(str(path), None, "file", "not UTF-8; save the file as UTF-8")
            except RecordError as e:
                yield "document", None, Problem(str(path), None, e.field, e.problem)


def import_corpus(store: Store, root: str | Path, progress=None) -> ImportReport:
    """Validate and upsert a corpus folder in one transaction; bad records are skipped and reported.

    References to unknown people or communities are reported too (the record is still stored,
    so that a later import of the missing person completes it).
    """
    report = ImportReport()
    with store.transaction():
        for kind, rec, problem in read_corpus(root):
            if problem is not None:
                report.problems.append(problem)
                continue
            try:
                status = store.upsert(kind, rec)
            except RecordError as e:
                report.problems.append(Problem(f"{root}", None, f"{kind} {rec.get('id', '')}: {e.field}".strip(), e.problem))
                continue
            report.add(kind, status)
            if progress is not None:
                progress(1)
    return report
