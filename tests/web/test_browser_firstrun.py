"""Browser: the search page over a lexical-only build shows the semantic-search notice, follows
the embedding progress, and drops the notice by itself once the build with vectors is served."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import CHROMIUM, serving, shot

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")]

TINY = Path(__file__).resolve().parents[2] / "corpora" / "tiny"


@pytest.fixture()
def lexical_server(tmp_path, monkeypatch):
    import indexer.build as build
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from matcher import Settings
    from web import create_app

    monkeypatch.setattr(build, "LEXICAL_FIRST_MAX_EMBED", 0)   # the tiny corpus is small
    db = tmp_path / "first.db"
    store = Store(db)
    import_corpus(store, TINY)
    settings = Settings(model="hash", rate_limit_per_minute=100_000)
    assert build.build_index(store, settings, show_progress=False, lexical_first=True).vectors_pending
    store.close()
    app = create_app(settings=settings, db_path=db, test_config={"WARMUP": False})
    with serving(app) as url:
        yield url, db, settings


def test_the_progress_notice_follows_the_embedding_and_goes_when_hybrid_is_served(page, lexical_server):
    from indexer import layout
    from indexer.background import complete_vectors

    base, db, settings = lexical_server
    page.goto(base + "/search?q=pompe&tab=threads")
    notice = page.locator("#semantic-notice")
    assert "Semantic search is being prepared" in notice.inner_text()
    assert page.locator("#results .card.thread").count() >= 1          # BM25 answers meanwhile
    layout.write_progress(db, {"model": "hash", "done": 640, "total": 2180})
    page.wait_for_function("() => /640 \\/ 2,180/.test(document.getElementById('semantic-notice').textContent)",
                           timeout=20_000)
    shot(page, "semantic-pending")
    assert complete_vectors(db, settings, log=lambda m: None, show_progress=False) is not None
    notice.wait_for(state="detached", timeout=20_000)
    page.locator("#results:not([aria-busy]) .card.thread").first.wait_for(timeout=20_000)
    assert page.errors == []
