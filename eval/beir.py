"""BEIR-format test collections (Thakur et al. 2021): ``corpus.jsonl`` ({"_id", "title", "text"}),
``queries.jsonl`` ({"_id", "text"}) and ``qrels/test.tsv`` (query-id, corpus-id, score; header line).

Each corpus entry becomes one document record (title + text; chunked like any document, so a long
one is split into ~180-word windows and scored by its best window, MaxP); every query is run in
mode ``threads`` (threads and documents) and judged on the document ids.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import BadInput

from .jsonl import json_lines
from .runner import Task

__all__ = ["BeirSet", "BeirError", "load_beir", "fill_store"]


class BeirError(BadInput):
    """A BEIR folder that cannot be read; the message names the file, line and fix."""


@dataclass
class BeirSet:
    name: str
    corpus: dict        # doc id -> {"title", "text"}
    queries: dict       # query id -> text
    qrels: dict         # query id -> {doc id: grade}

    def task(self) -> Task:
        return Task("documents", "threads", self.queries, self.qrels)


def _jsonl(path: Path):
    if not path.is_file():
        raise BeirError(f"{path}: missing; a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/test.tsv")
    for n, obj in json_lines(path, BeirError):
        if "_id" not in obj:
            raise BeirError(f"{path}:{n}: no \"_id\" field")
        yield obj


def load_beir(folder: str | Path, split: str = "test") -> BeirSet:
    folder = Path(folder)
    corpus = {str(o["_id"]): {"title": (o.get("title") or "").strip(), "text": (o.get("text") or "").strip()}
              for o in _jsonl(folder / "corpus.jsonl")}
    queries = {str(o["_id"]): str(o.get("text") or "") for o in _jsonl(folder / "queries.jsonl")}
    qpath = folder / "qrels" / f"{split}.tsv"
    if not qpath.is_file():
        raise BeirError(f"{qpath}: missing; judgements go in qrels/{split}.tsv (query-id, corpus-id, score)")
    qrels: dict[str, dict[str, int]] = {}
    with qpath.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
            if not row or (n == 1 and not row[-1].strip().lstrip("-").isdigit()):
                continue          # header line
            if len(row) < 3:
                raise BeirError(f"{qpath}:{n}: expected query-id<TAB>corpus-id<TAB>score")
            try:
                grade = int(float(row[2]))
            except ValueError:
                raise BeirError(f"{qpath}:{n}: score {row[2]!r} is not a number") from None
            qrels.setdefault(row[0], {})[row[1]] = grade
    return BeirSet(folder.resolve().name, corpus, queries, qrels)


def fill_store(store, beir: BeirSet, progress=None) -> int:
    """One document record per corpus entry (id = the BEIR ``_id``); ``progress(1)`` after each."""
    from indexer.records import validate

    n = 0
    with store.transaction():
        for doc_id, d in beir.corpus.items():
            title = d["title"] or " ".join(d["text"].split()[:12]) or doc_id
            store.upsert("document", validate("document", {
                "id": doc_id, "title": title, "body": d["text"] or title, "kind": "guide", "source": "beir"}))
            n += 1
            if progress is not None:
                progress(1)
    return n
