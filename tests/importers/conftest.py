"""Shared fixtures for importer tests: a real SQLite store in tmp_path and a database snapshot."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from indexer.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"
TABLES = ("people", "person_keys", "communities", "memberships", "threads", "posts", "thread_links",
          "documents", "document_authors")


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every content table, sorted: equal snapshots mean an unchanged database."""
    return {t: sorted(tuple(map(repr, row)) for row in store.conn.execute(f"SELECT * FROM {t}").fetchall())
            for t in TABLES}


def zip_folder(folder: Path, dest: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return dest


def copy_fixture(name: str, tmp_path: Path) -> Path:
    src = FIXTURES / name
    dest = tmp_path / name
    if src.is_dir():
        shutil.copytree(src, dest)
    else:
        shutil.copy(src, dest)
    return dest


def counts(report) -> dict[str, dict[str, int]]:
    return report.to_dict()["counts"]


class Boom:
    """Replace ``store.upsert`` so that its ``n``-th call raises ``exc``."""

    def __init__(self, store: Store, n: int = 3, exc: BaseException = KeyboardInterrupt()):
        self.real = store.upsert
        self.n = n
        self.calls = 0
        self.exc = exc

    def __call__(self, kind, rec):
        self.calls += 1
        if self.calls == self.n:
            raise self.exc
        return self.real(kind, rec)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "savoir.db")
    yield s
    s.close()
