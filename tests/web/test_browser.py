"""Real headless Chromium (Debian package) through Playwright against a waitress server."""
from __future__ import annotations

import pytest

from tests.browser import CHROMIUM, serving, shot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def server(app):
    with serving(app) as url:
        yield url


def test_search_as_you_type_tabs_person_community_language(page, server):
    page.goto(server + "/")
    page.locator("#q").press_sequentially("pump cavitation", delay=20, timeout=120_000)  # no Enter: results come as you type
    # results for a prefix ("pump cavitatio") may show first; wait for the full query's answer
    page.wait_for_function("() => /q=pump(\\+|%20)cavitation(&|$)/.test(location.search)", timeout=20_000)
    first = page.locator("#results:not([aria-busy]) .card.expert").first
    first.wait_for(timeout=20_000)
    assert "Léa Martin" in first.inner_text()
    assert page.locator("#results .card.expert .evidence li").count() >= 1
    assert page.locator("#results mark").count() >= 1
    shot(page, "search-experts")

    page.locator('.tabs a[data-tab="threads"]').click()
    page.locator('#results[data-mode="threads"] .card.thread').first.wait_for(timeout=20_000)
    assert page.locator("#results .badge.ok").count() >= 1
    shot(page, "search-threads")

    page.locator('.tabs a[data-tab="communities"]').click()
    page.locator('#results[data-mode="communities"] .card.community').first.wait_for(timeout=20_000)
    shot(page, "search-communities")

    page.locator('.tabs a[data-tab="experts"]').click()
    page.locator('#results[data-mode="experts"] .card.expert').first.wait_for(timeout=20_000)
    page.locator("#results .card.expert h3 a").first.click()
    page.wait_for_url("**/people/p1?q=*")      # the query rides along, for the mail subject
    assert page.locator("h1").inner_text() == "Léa Martin"
    page.locator(".terms li").first.wait_for()
    shot(page, "person")

    page.locator(".tags a.tag").first.click()
    page.wait_for_url("**/communities/*")
    assert page.locator("figure.chart svg rect.bar").count() >= 1
    shot(page, "community")

    page.set_extra_http_headers({"X-Forwarded-User": "p6"})   # the leader tools are for members (p6 leads both)
    page.locator("#leader-link").click()
    page.locator(".card.expert").first.wait_for()
    shot(page, "leader")

    page.locator("#lang-switch").click()
    page.wait_for_load_state()
    assert "Recherche" in page.locator("header nav").inner_text()
    assert "Candidats au noyau" in page.locator("h1").inner_text()
    shot(page, "leader-fr")
    page.goto(server + "/programme")
    assert "Vue d'ensemble" in page.locator("h1").inner_text()
    # every indicator column is in view at 1200 px, French labels included (no sideways scroll)
    assert page.evaluate("(() => { const s = document.querySelector('.scroll'); return s.scrollWidth <= s.clientWidth; })()")
    shot(page, "programme-fr")
    assert not page.errors, page.errors  # includes CSP violations


def test_plain_form_and_newcomer(page, server):
    page.goto(server + "/search?q=Power+BI+gateway&tab=threads")
    page.locator("#results .card.thread").first.wait_for()
    page.goto(server + "/newcomer")
    page.locator("#text").fill("I build Power BI reports and DAX measures")
    page.locator("form[method=post] button").click()
    page.locator("#results .card.community").first.wait_for()
    assert "Data & BI" in page.locator("#results .card.community").first.inner_text()
    shot(page, "newcomer")
    page.goto(server + "/search?q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    page.locator("#q").fill("<img src=x onerror=alert(1)> pompe doseuse")  # fires input: fetch after 250 ms
    page.locator("#results .card").first.wait_for(timeout=30_000)
    assert page.locator("#results img").count() == 0
    assert not page.errors, page.errors


def test_nonsense_gets_no_good_match_as_you_type(page, server):
    """No word of the query occurs in the index and the dense match is at the background: a
    notice and no cards, in the block the script swaps in; a query whose words match has none."""
    page.goto(server + "/")
    page.locator("#q").fill("zzqx wibblefrotz")
    page.locator("#results .notice.no-good-match").wait_for(timeout=30_000)
    assert page.locator("#results .card").count() == 0
    page.locator("#q").fill("pump cavitation")
    page.wait_for_function("() => /q=pump(\\+|%20)cavitation(&|$)/.test(location.search)", timeout=20_000)
    page.locator("#results .card").first.wait_for(timeout=30_000)
    page.wait_for_function("() => !document.querySelector('#results .notice')", timeout=20_000)
    assert not page.errors, page.errors


def test_why_line_in_french_as_you_type(browser, server):
    """The why line of the swapped-in cards is in the page's language (the server words it)."""
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="fr-FR",
                              extra_http_headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    page = ctx.new_page()
    try:
        page.goto(server + "/")
        page.locator("#q").fill("pompe cavitation")
        page.locator("#results .card.expert .why").first.wait_for(timeout=30_000)
        why = page.locator("#results .card.expert .why").first.inner_text()
        assert why.startswith("Pourquoi:") and "Correspondances : " in why and "Matching" not in why, why
    finally:
        ctx.close()


def test_typing_swaps_in_the_cards_the_server_renders(browser, server):
    """As you type, the script fetches /search/results and shows that HTML: each card is the one
    the full page draws for the same query, French why line included; the JSON API is not used."""
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="fr-FR",
                              extra_http_headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    page = ctx.new_page()
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    cards = "() => [...document.querySelectorAll('#results .card')].map(c => c.outerHTML)"
    try:
        page.goto(server + "/")
        assert page.locator("#results .card").count() == 0
        with page.expect_response(lambda r: "/search/results?q=pompe%20doseuse&tab=threads" in r.url) as resp:
            page.locator('.tabs a[data-tab="threads"]').click()
            page.locator("#q").fill("pompe doseuse")
        assert resp.value.status == 200
        page.locator('#results[data-mode="threads"]:not([aria-busy]) .card.thread').first.wait_for(timeout=30_000)
        typed = page.evaluate(cards)
        assert not any("/api/" in u for u in asked), asked
        with page.expect_response(lambda r: "/search/results?q=pompe%20doseuse&tab=experts" in r.url):
            page.locator('.tabs a[data-tab="experts"]').click()
        page.locator('#results[data-mode="experts"]:not([aria-busy]) .card.expert .why').first.wait_for(timeout=30_000)
        assert "Correspondances : " in page.locator("#results .card.expert .why").first.inner_text()
        page.goto(server + "/search?q=pompe+doseuse&tab=threads")
        assert page.evaluate(cards) == typed
    finally:
        ctx.close()
    assert not errors, errors


def test_thread_duplicate_author_contact(page, server):
    """search -> a thread -> its duplicate link -> the accepted answer's author -> a mail action."""
    page.goto(server + "/search?q=pump+cavitation+suction&tab=threads")
    page.locator('#results .card.thread h3 a[href^="/threads/"]').first.click()
    page.wait_for_url("**/threads/t0*")
    page.locator("article.post.question").wait_for()
    assert page.locator("article.post.accepted").count() == 1
    shot(page, "thread")
    page.locator(".links a.link-duplicate").first.click()
    page.wait_for_url("**/threads/t0*")
    page.locator("article.post.accepted header a").first.click()
    page.wait_for_url("**/people/p1")
    mail = page.locator(".person-contact a.mail")
    assert mail.get_attribute("href").startswith("mailto:lea.martin@tiny.example")
    shot(page, "person-contact")
    assert not page.errors, page.errors


def test_document_rendered_and_french_kinds(page, server):
    page.goto(server + "/search?q=cas+cavitation+pompe+P-12&tab=threads")
    page.locator('#results .card.thread h3 a[href="/documents/d3"]').click()
    page.wait_for_url("**/documents/d3")
    body = page.locator(".document-body")
    assert body.locator("h1").count() == 1 and not body.inner_text().lstrip().startswith("#")
    assert page.locator(".page-head .pill").inner_text().strip().lower() == "case"
    shot(page, "document")
    page.locator("#lang-switch").click()
    page.wait_for_url("**/documents/d3")
    assert page.locator(".page-head .pill").inner_text().strip().lower() == "cas"
    page.goto(server + "/communities/c-usine")
    kinds = page.locator(".main-col .pill").all_inner_texts()
    assert "méthode" in [k.strip().lower() for k in kinds] and "method" not in [k.strip().lower() for k in kinds]
    assert not page.errors, page.errors


def test_name_query_and_people_directory(page, server):
    page.goto(server + "/")
    page.locator("#q").fill("hugo lefor")
    page.wait_for_function("() => /q=hugo(\\+|%20)lefor(&|$)/.test(location.search)", timeout=20_000)
    first = page.locator("#results:not([aria-busy]) .card.expert").first
    first.wait_for(timeout=20_000)
    assert "Hugo Lefort" in first.locator("h3").inner_text()
    page.goto(server + "/people")
    page.locator("#people-q").press_sequentially("nadia benal", delay=20)
    page.wait_for_function("() => document.querySelectorAll('#people-results li.person').length === 1", timeout=20_000)
    assert "Nadia Benali" in page.locator("#people-results li.person").inner_text()
    shot(page, "people")


def test_show_more_appends_results_11_to_20(page, server):
    """"Show more" fetches the server's next cards (offset 10) and appends them in place of the link."""
    page.goto(server + "/search?q=pump+restart+noise&tab=threads")
    cards = page.locator("#results article.card")
    assert cards.count() == 10
    first = cards.all_inner_texts()
    more = page.locator("#results a.more")
    assert more.get_attribute("data-offset") == "10"
    more.click()
    page.wait_for_function("() => document.querySelectorAll('#results article.card').length > 10", timeout=20_000)
    after = cards.all_inner_texts()
    assert after[:10] == first and 10 < len(after) <= 20
    assert len(set(after)) == len(after)                          # no card twice
    assert page.locator("#results a.more[data-offset='10']").count() == 0
    assert not page.errors, page.errors
