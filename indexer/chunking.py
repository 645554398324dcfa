"""From stored items to the chunks that are searched.

- one ``profile`` chunk per person who has not opted out (name, title, skills, profile);
- one ``community`` chunk per community (name and domain description);
- each post of a thread, in windows of about ``chunk_words`` words, prefixed by the thread
  title; its evidence kind is ``question``, ``answer``, ``accepted_answer`` or ``comment``;
- each document, in windows over its paragraphs, prefixed by its title (``document``).

Chunk ids are stable (``post:<id>:<n>``) so unchanged content keeps its cached vectors.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from .embedding import text_hash

__all__ = ["Chunk", "windows", "iter_chunks", "chunk_row", "replace_chunk_rows", "write_chunks_table",
           "index_columns"]


@dataclass(frozen=True)
class Chunk:
    id: str
    item_type: str          # post | document | profile | community
    item_id: str
    thread: str | None
    document: str | None
    post: str | None
    person: str | None      # author of a post, owner of a profile (documents: see document_authors)
    community: str | None
    evidence: str           # question | answer | accepted_answer | comment | document | profile | community
    title: str
    text: str
    created: str | None
    votes: int
    position: int

    @cached_property
    def text_hash(self) -> str:
        return text_hash(self.text)


_WORD = re.compile(r"\S+")


def windows(text: str, size: int, overlap: int) -> list[str]:
    """Split ``text`` into windows of at most ``size`` words overlapping by ``overlap`` words,
    cutting preferably at paragraph ends. A short text is one window."""
    words = _WORD.findall(text)
    if len(words) <= size:
        return [text.strip()] if text.strip() else []
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    out: list[str] = []
    current: list[str] = []
    for para in paragraphs:
        pw = _WORD.findall(para)
        if current and len(current) + len(pw) > size:
            out.append(" ".join(current))
            current = current[-overlap:] if overlap else []
        while len(pw) > size:
            take = size - len(current)
            current += pw[:take]
            out.append(" ".join(current))
            current = current[-overlap:] if overlap else []
            pw = pw[take:]
        current += pw
    if current and (not out or len(current) > overlap):
        out.append(" ".join(current))
    return out


def iter_chunks(store, size: int = 180, overlap: int = 30, only: dict[str, set] | None = None) -> Iterator[Chunk]:
    """All chunks of the store, in a stable order; with ``only`` ({"person"|"community"|"thread"|
    "document": ids}) just the chunks of those items (for a delta build)."""
    conn = store.conn
    where = {"person": "", "community": "", "thread": "", "document": ""}
    if only is not None:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS only_items(kind TEXT, item TEXT)")
        conn.execute("DELETE FROM temp.only_items")
        conn.executemany("INSERT INTO temp.only_items(kind, item) VALUES (?, ?)",
                         [(k, i) for k, ids in only.items() for i in ids])
        where = {"person": " AND id IN (SELECT item FROM temp.only_items WHERE kind = 'person')",
                 "community": " AND id IN (SELECT item FROM temp.only_items WHERE kind = 'community')",
                 "thread": " AND t.id IN (SELECT item FROM temp.only_items WHERE kind = 'thread')",
                 "document": " AND id IN (SELECT item FROM temp.only_items WHERE kind = 'document')"}
    for pid, name, title, dept, loc, skills, profile, joined in conn.execute(
            "SELECT id, name, title, department, location, skills, profile, joined FROM people"
            " WHERE opted_out = 0" + where["person"] + " ORDER BY id"):
        skills_list = json.loads(skills or "[]")
        parts = [name, title or "", dept or ""]
        if skills_list:
            parts.append(", ".join(skills_list))
        head = " · ".join(p for p in parts if p)
        text = f"{head}\n{profile}".strip() if profile else head
        for n, w in enumerate(windows(text, size, overlap) or [name]):
            yield Chunk(f"profile:{pid}:{n}", "profile", pid, None, None, None, pid, None, "profile",
                        name, w, joined, 0, n)
    for cid, name, domain, created in conn.execute(
            "SELECT id, name, domain, created FROM communities WHERE 1" + where["community"] + " ORDER BY id"):
        text = f"{name}\n{domain or ''}".strip()
        for n, w in enumerate(windows(text, size, overlap)):
            yield Chunk(f"community:{cid}:{n}", "community", cid, None, None, None, None, cid, "community",
                        name, w, created, 0, n)
    rows = conn.execute(
        "SELECT p.id, p.thread, p.position, p.kind, p.author, p.created, p.body, p.votes, p.accepted,"
        " t.title, t.community FROM posts p JOIN threads t ON t.id = p.thread WHERE 1" + where["thread"] +
        " ORDER BY p.thread, p.position")
    for post_id, thread, position, kind, author, created, body, votes, accepted, title, community in rows:
        evidence = "accepted_answer" if accepted else kind
        for n, w in enumerate(windows(body, size, overlap)):
            yield Chunk(f"post:{post_id}:{n}", "post", post_id, thread, None, post_id, author, community,
                        evidence, title, f"{title}\n{w}", created, votes or 0, n)
    for doc_id, title, body, community, created, updated in conn.execute(
            "SELECT id, title, body, community, created, updated FROM documents WHERE 1" + where["document"] + " ORDER BY id"):
        for n, w in enumerate(windows(body, size, overlap)):
            yield Chunk(f"document:{doc_id}:{n}", "document", doc_id, None, doc_id, None, None, community,
                        "document", title, f"{title}\n{w}", updated or created, 0, n)


# -- the chunks table (the chunks' text and metadata, in the store) ----------------------------
_CHUNK_COLS = ("id", "item_type", "item_id", "thread", "document", "post", "person", "community", "evidence",
               "title", "lang", "created", "votes", "text_hash", "position")


def chunk_row(c: Chunk, lang: str) -> tuple:
    """A chunk's row of the chunks table, in _CHUNK_COLS order (text not included)."""
    return (c.id, c.item_type, c.item_id, c.thread, c.document, c.post, c.person, c.community, c.evidence,
            c.title, lang, c.created, c.votes, c.text_hash, c.position)


def replace_chunk_rows(store, gone_ids, rows) -> None:
    """Delete the chunks ``gone_ids`` and insert or replace ``rows`` (chunk_row + text), in one
    transaction."""
    with store.transaction():
        store.conn.executemany("DELETE FROM chunks WHERE id = ?", [(i,) for i in gone_ids])
        store.conn.executemany(
            f"INSERT OR REPLACE INTO chunks({', '.join(_CHUNK_COLS)}, text) VALUES ({','.join('?' * (len(_CHUNK_COLS) + 1))})",
            rows)


def write_chunks_table(store, chunks, langs) -> None:
    """Make the chunks table hold exactly these chunks, writing only the rows that changed
    (a row's text is identified by its text hash, so it is not read back)."""
    old = {r[0]: r for r in store.conn.execute(f"SELECT {', '.join(_CHUNK_COLS)} FROM chunks")}
    new, keep = [], set()
    for c, lang in zip(chunks, langs):
        row = chunk_row(c, lang)
        keep.add(c.id)
        if old.get(c.id) != row:
            new.append(row + (c.text,))
    gone = [i for i in old if i not in keep]
    if new or gone:
        replace_chunk_rows(store, gone, new)


# -- the chunks' columns in an index build (chunks.json, indexer.layout) ------------------------
def index_columns(chunks, langs) -> dict:
    """The metadata the loader needs of each chunk, one list per column, in row order."""
    return {
        "id": [c.id for c in chunks], "item_type": [c.item_type for c in chunks],
        "item_id": [c.item_id for c in chunks], "thread": [c.thread for c in chunks],
        "document": [c.document for c in chunks], "person": [c.person for c in chunks],
        "community": [c.community for c in chunks], "evidence": [c.evidence for c in chunks],
        "created": [c.created for c in chunks], "votes": [c.votes for c in chunks], "lang": list(langs),
    }
