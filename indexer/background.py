"""The vectors of a lexical-only build, computed behind a running server.

``savoir serve`` on a build whose manifest says ``vectors_pending`` starts
:func:`complete_vectors` in a thread: a normal build (embedding with the progress file written
for the web page), swapped in whole when done; the server's Savoir follows ``current``.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from . import layout

__all__ = ["vectors_pending", "complete_vectors", "start_completion"]


def vectors_pending(db_path: str | Path) -> bool:
    build = layout.current_build(db_path)
    if build is None or not (build / layout.MANIFEST).exists():
        return False
    return bool(layout.read_manifest(build).get("vectors_pending"))


def complete_vectors(db_path: str | Path, settings, log: Callable[[str], None], show_progress: bool = True):
    """Build with vectors and serve it (a refusal to re-embed is logged, and the lexical build stays)."""
    from .build import build_index
    from .errors import SavoirError
    from .store import Store

    store = Store(db_path)
    try:
        report = build_index(store, settings, show_progress=show_progress, log=log)
        return report
    except SavoirError as e:
        log(f"semantic search not prepared: {e.full()}")
        return None
    finally:
        store.close()


def start_completion(db_path: str | Path, settings, log: Callable[[str], None]) -> threading.Thread:
    thread = threading.Thread(target=complete_vectors, args=(db_path, settings, log), name="savoir-vectors",
                              daemon=True)
    thread.start()
    return thread
