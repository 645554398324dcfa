"""The ask flow in real headless Chromium: the viewer is set through the trusted proxy header
(each person is a browser context sending X-Forwarded-User from 127.0.0.1)."""
from __future__ import annotations

import re
import sqlite3

import pytest

from tests.browser import CHROMIUM, copy_of, serving, shot

from .conftest import make_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def served(web_db, tmp_path_factory):
    app = make_app(copy_of(web_db, tmp_path_factory.mktemp("askb")))
    with serving(app) as url:
        yield url, app


def signed_in(browser, person):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-US",
                              extra_http_headers={"X-Forwarded-User": person})
    page = ctx.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return ctx, page


def test_ask_suggest_route_answer_reindex_find_solved(browser, served):
    from indexer.build import build_index
    from indexer.store import Store

    base, app = served
    ctx, page = signed_in(browser, "p4")
    # 1. a question an existing thread solves: it is suggested while typing, across languages
    page.goto(base + "/ask")
    page.locator("#ask-title").press_sequentially("pump cavitation noise after restart", delay=15, timeout=120_000)
    page.locator("#similar .similar-thread").first.wait_for(timeout=30_000)
    assert "cavitation" in page.locator("#similar").inner_text().lower()
    assert page.locator("#similar .badge.ok").count() >= 1
    shot(page, "ask-similar")
    page.locator("#similar .solved-it").first.click()              # "this solved it" ends the question
    page.wait_for_url(re.compile(r".*/questions/q[0-9a-f]+$"), timeout=30_000)
    assert page.locator("#question-status").inner_text() == "Solved"

    # 2. another question, sent to the three people Savoir proposes
    page.goto(base + "/ask")
    page.fill("#ask-title", "Graissage des roulements du convoyeur de la pompe")
    page.fill("#ask-body", "Quelle graisse et quelle fréquence pour les roulements de la pompe P-12 ?")
    page.click("#ask-continue")
    page.locator("#ask-people .ask-person").first.wait_for(timeout=30_000)
    assert page.locator("#ask-people .ask-person").count() == 3
    assert page.locator("#ask-people .why").count() == 3
    shot(page, "ask-proposal")
    page.click("#ask-send")
    page.wait_for_url(re.compile(r".*/questions/q[0-9a-f]+$"), timeout=30_000)
    qid = page.url.rsplit("/", 1)[1]
    conn = sqlite3.connect(app.extensions["savoir"].db_path)
    routed = [r[0] for r in conn.execute("SELECT person FROM routings WHERE question = ?", (qid,))]
    conn.close()
    assert len(routed) == 3 and "p4" not in routed

    # 3. one of them answers from the inbox
    ctx2, page2 = signed_in(browser, routed[0])
    page2.goto(base + "/inbox")
    page2.locator(f'#inbox-routed a[href="/questions/{qid}"]').click()
    page2.fill("#answer-body", "Graisse lithium EP2 zorblax toutes les 500 heures de marche.")
    page2.click("#answer-send")
    page2.locator("#answers .answer").first.wait_for(timeout=30_000)
    shot(page2, "inbox-answered")
    assert not page2.errors, page2.errors
    ctx2.close()

    # 4. re-index (a delta build of the change log), then the search finds the answer
    store = Store(app.extensions["savoir"].db_path)
    try:
        build_index(store, app.extensions["savoir.settings"], show_progress=False)
    finally:
        store.close()
    page.goto(base + "/?q=zorblax+graisse+lithium&tab=threads")
    card = page.locator("#results .card.thread").first
    card.wait_for(timeout=30_000)
    assert "Graissage des roulements" in card.inner_text()

    # 5. the asker accepts the answer: the question shows as solved
    page.goto(base + f"/questions/{qid}")
    page.click("#answers button.accept")
    page.wait_for_url(f"**/questions/{qid}")
    assert page.locator("#question-status").inner_text() == "Solved"
    shot(page, "question-solved")
    assert not page.errors, page.errors
    ctx.close()
