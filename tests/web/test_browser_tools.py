"""The leader, newcomer and programme pages in real headless Chromium, in English and French."""
from __future__ import annotations

import pytest

from tests.browser import CHROMIUM, shot
from tests.web.test_browser import server  # noqa: F401  (the shared server fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install -y chromium)"),
]


@pytest.fixture(params=["en", "fr"])
def lang(request):
    return request.param


@pytest.fixture()
def open_page(browser, lang):  # noqa: F811
    """open_page(viewer=None) -> a page in ``lang`` (as ``viewer`` through the proxy header);
    closed, and checked for script and CSP errors, after the test."""
    contexts = []

    def make(viewer=None):
        headers = {"X-Forwarded-User": viewer} if viewer else {}
        ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="fr-FR" if lang == "fr" else "en-US",
                                  extra_http_headers={**headers, "Accept-Language": lang}, accept_downloads=True)
        pg = ctx.new_page()
        pg.errors = []
        pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        contexts.append((ctx, pg))
        return pg

    yield make
    for ctx, pg in contexts:
        errors = list(pg.errors)
        assert not errors, errors


def test_leader_edits_search_and_shortlists(open_page, server, lang):  # noqa: F811
    page = open_page("p6")     # coordinator of c-usine
    page.goto(server + "/communities/c-usine/leader")
    assert ("candidats" if lang == "fr" else "candidates") in page.locator("h1").inner_text().lower()
    page.locator("#lq").fill("Power BI DAX rapports")
    page.locator("#leader-search").click()
    page.wait_for_url("**q=Power+BI*")
    first = page.locator("#candidates .candidate").first
    first.wait_for()
    person = first.get_attribute("data-person")
    assert person not in ("p6", "p4")                        # never the coordinator or the sponsor
    first.locator(".shortlist-add").click()
    page.locator(f'#shortlist li[data-person="{person}"]').wait_for()
    assert "Power BI" in page.locator("#lq").input_value()    # the edited search is kept
    assert page.locator("a.invite").first.get_attribute("href").startswith("mailto:")
    shot(page, f"leader-shortlist-{lang}")
    page.locator(f'#shortlist li[data-person="{person}"] .shortlist-remove').click()
    page.wait_for_url("**done=removed*")
    assert page.locator(f'#shortlist li[data-person="{person}"]').count() == 0


def test_newcomer_profiles_get_their_own_starters(open_page, server, lang):  # noqa: F811
    page = open_page()
    got = []
    for text in ("pompes centrifuges cavitation NPSH garnitures", "ATEX zones sécurité des interventions permis"):
        page.goto(server + "/newcomer")
        page.locator("#text").fill(text)
        page.locator("#profile-form button").click()
        card = page.locator('#results .card.community[data-community="c-usine"]')
        card.wait_for()
        got.append(card.locator(".starters li[data-thread]").evaluate_all("els => els.map(e => e.dataset.thread)"))
    assert got[0] and got[1] and got[0] != got[1], got
    page.locator("#who").press_sequentially("mart", delay=30)  # the picker filters as you type
    page.wait_for_function("() => document.getElementById('people-list').dataset.who === 'mart'")
    assert "Léa Martin" in page.locator("#people-list").inner_text()
    shot(page, f"newcomer-starters-{lang}")


def test_programme_sort_story_and_csv(open_page, server, lang):  # noqa: F811
    page = open_page()
    page.goto(server + "/programme")
    page.locator('#programme-table a.sort[data-sort="threads"]').click()
    page.wait_for_url("**sort=threads*")
    nums = page.locator("#programme-table tbody tr td:nth-child(5)").all_inner_texts()
    assert [int(n) for n in nums] == sorted((int(n) for n in nums), reverse=True)
    story = page.locator("#stories details.story").first
    story.locator("summary").click()
    assert story.get_attribute("open") is not None and story.locator("p").is_visible()
    assert page.locator("#overlap svg rect.cell").count() == 4
    with page.expect_download() as dl:
        page.locator("#csv-link").click()
    assert dl.value.suggested_filename == "savoir-programme.csv"
    assert "c-usine" in open(dl.value.path(), encoding="utf-8-sig").read()
    # every indicator column is in view at 1200 px (no sideways scroll)
    assert page.evaluate("(() => { const s = document.querySelector('.scroll'); return s.scrollWidth <= s.clientWidth; })()")
    shot(page, f"programme-tools-{lang}")
