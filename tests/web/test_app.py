"""Pages and JSON API over a real index of corpora/tiny: answers, bad input, identity, limits, headers."""
from __future__ import annotations

import re

import pytest

PAGES = ["/", "/search?q=pump+cavitation&tab=experts", "/search?q=pump+cavitation&tab=threads",
         "/search?q=Power+BI&tab=communities", "/people/p1", "/people/p3", "/communities/c-usine",
         "/communities/c-data", "/newcomer", "/newcomer?person=p5", "/programme", "/api"]
API = ["/api/search?q=pump+cavitation", "/api/search?q=pump&mode=threads&k=3&method=bm25",
       "/api/search?q=Power+BI&mode=communities&method=dense", "/api/people/p2", "/api/communities/c-data",
       "/api/newcomer?person=p5", "/api/programme", "/api/me",
       "/api/openapi.json"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_answer(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.data[:300]
    assert r.mimetype == "text/html"
    assert b"<main" in r.data


@pytest.mark.parametrize("url", API)
def test_api_answers_json(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.data[:300]
    assert r.is_json


def test_search_experts_has_evidence_and_breakdown(client):
    d = client.get("/api/search?q=pump+cavitation+noise+after+restart").json
    top = d["results"][0]
    assert top["id"] == "p1"
    assert top["evidence"] and {"lexical", "semantic", "recency", "prior"} <= set(top["breakdown"])
    html = client.get("/search?q=pump+cavitation&tab=experts").get_data(as_text=True)
    assert "Léa Martin" in html and "<mark>" in html and 'href="/people/p1?q=pump+cavitation"' in html  # the query rides along for the mail subject


def test_expertise_is_inferred_from_content(client):
    d = client.get("/api/people/p3").json  # no declared skills: ATEX only shows in his posts
    assert d["skills"] == []
    assert "atex" in [t["term"] for t in d["expertise"]]
    assert d["activity"] and d["evidence"]


def test_leader_view_marks_members(as_user):
    c, kw = as_user("p2")          # coordinator of c-data
    d = c.get("/api/communities/c-data/candidates", **kw).json
    by_id = {x["id"]: x for x in d["candidates"]}
    assert "p2" not in by_id and "p6" not in by_id   # the coordinator and the sponsor are never candidates
    assert by_id["p5"]["is_member"] and by_id["p5"]["member_role"] == "active"
    assert {"posts_12_months", "accepted_answers"} <= set(by_id["p5"]["engagement"])


def test_newcomer_text_and_person(client):
    d = client.post("/api/newcomer", json={"text": "I build Power BI reports with DAX"}).json
    assert d["communities"][0]["id"] == "c-data"
    assert "starter_threads" in d["communities"][0] and "documents" in d["communities"][0]
    r = client.post("/newcomer", data={"text": "pompes centrifuges et cavitation"})
    assert r.status_code == 200 and "Maintenance" in r.get_data(as_text=True)


def test_programme_totals(client):
    d = client.get("/api/programme").json
    assert d["totals"]["communities"] == 2
    assert d["totals"]["members"] == 6  # p1..p6 once each; p7 is only in c-secret, p8 opted out


def test_openapi_lists_every_api_route(app, client):
    doc = client.get("/api/openapi.json").json
    assert doc["openapi"].startswith("3.")
    routes = {re.sub(r"<\w+_id>", "{id}", r.rule)
              for r in app.url_map.iter_rules() if r.rule.startswith("/api/") and r.rule != "/api/"}
    assert routes <= set(doc["paths"]), routes - set(doc["paths"])


@pytest.mark.parametrize("url, parameter", [
    ("/api/search", "q"), ("/api/search?q=", "q"), ("/api/search?q=%20%20", "q"),
    ("/api/search?q=" + "x" * 1001, "q"), ("/api/search?q=pump&k=0", "k"), ("/api/search?q=pump&k=abc", "k"),
    ("/api/search?q=pump&k=101", "k"), ("/api/search?q=pump&mode=people", "mode"),
    ("/api/search?q=pump&method=magic", "method"), ("/api/newcomer", "person"),
    ("/api/communities/c-usine/candidates?k=-3", "k"),
])
def test_api_bad_input_is_400_naming_the_parameter(client, url, parameter):
    r = client.get(url)
    assert r.status_code == 400
    assert r.json["parameter"] == parameter and r.json["error"]


def test_api_bad_post_and_unknown(client):
    r = client.post("/api/newcomer", json={"text": ""})
    assert r.status_code == 400 and r.json["parameter"] == "text"
    r = client.post("/api/newcomer", json={"text": "x" * 5000})
    assert r.status_code == 400 and r.json["parameter"] == "text"
    assert client.get("/api/people/nobody").status_code == 404
    assert client.get("/api/nothing-here").json == {"error": "not found"}
    assert client.delete("/api/search?q=x").status_code == 405
    assert client.get("/api/search?q=pump&unknown=1").status_code == 200  # unknown parameters are ignored
    assert client.get("/people/nobody").status_code == 404


def test_html_search_with_bad_input_shows_message(client):
    r = client.get("/search?q=" + "x" * 2000)
    assert r.status_code == 200 and "the limit is" in r.get_data(as_text=True)


def test_unexpected_error_is_generic_500_without_traceback(app_factory, caplog):
    app = app_factory()

    def boom():
        raise RuntimeError("secret internals")

    app.add_url_rule("/api/boom", "boom", boom)
    app.add_url_rule("/boom", "boom_page", boom)
    c = app.test_client()
    r = c.get("/api/boom")
    assert r.status_code == 500 and r.json == {"error": "internal error; it has been logged"}
    r = c.get("/boom")
    assert r.status_code == 500 and b"secret internals" not in r.data and b"Traceback" not in r.data
    assert "secret internals" in caplog.text


def test_rate_limit_429_with_retry_after(app_factory):
    c = app_factory(rate_limit_per_minute=3).test_client()
    assert [c.get("/api/me").status_code for _ in range(3)] == [200, 200, 200]
    r = c.get("/api/me")
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1 and "error" in r.json
    other = c.get("/api/me", environ_base={"REMOTE_ADDR": "10.1.2.3"})
    assert other.status_code == 200  # per client address


def test_rate_limiter_window():
    from web.guard import RateLimiter

    rl = RateLimiter(2, window=60)
    assert rl.check("a", 0) == 0 and rl.check("a", 1) == 0
    assert rl.check("a", 2) == pytest.approx(58)
    assert rl.check("a", 60.5) == 0


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"]
    html = r.get_data(as_text=True)
    assert "<script>" not in html  # only external script and a JSON data block


def test_identity_only_from_trusted_proxy(as_user):
    c, kw = as_user("p6")
    assert c.get("/api/me", **kw).json["viewer"] == "p6"
    assert "Nadia Benali" in c.get("/", **kw).get_data(as_text=True)
    c, kw = as_user("p6", remote="203.0.113.9")
    assert c.get("/api/me", **kw).json["viewer"] is None
    c, kw = as_user("lea.martin@tiny.example")
    assert c.get("/api/me", **kw).json["viewer"] == "p1"


def test_identity_header_ignored_when_not_trusted(app_factory):
    c = app_factory(trust_user_header=False).test_client()
    assert c.get("/api/me", headers={"X-Forwarded-User": "p6"}).json["viewer"] is None


def test_viewer_never_from_query_parameter(client):
    assert client.get("/api/me?viewer=p6").json["viewer"] is None
    r = client.get("/api/search?q=zorglub&mode=threads&viewer=p6")
    assert all(h["community"] != "c-secret" for h in r.json["results"])


def test_language_switch_and_accept_language(client):
    assert "Recherche" in client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).get_data(as_text=True)
    assert ">Search<" in client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    r = client.get("/lang/fr?next=/programme")
    assert r.status_code == 302 and r.headers["Location"].endswith("/programme")
    assert "Vue d'ensemble" in client.get("/programme").get_data(as_text=True).replace("&#39;", "'")
    r = client.get("/lang/en?next=//evil.example/")
    assert r.headers["Location"] in ("/", "http://localhost/")


def test_threads_chart_is_inline_svg(client):
    html = client.get("/communities/c-usine").get_data(as_text=True)
    assert "<svg" in html and 'class="bar"' in html


def test_expert_card_leaves_out_empty_fields(tmp_path):
    """A person with no title (every Stack Exchange user) shows 'Lyon', not ' · Lyon'."""
    import re
    import sqlite3

    from tests.conftest import TINY, build_db
    from tests.web.conftest import make_app

    db = tmp_path / "tiny.db"
    build_db(TINY, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE people SET title = '', department = NULL")
    client = make_app(db).test_client()
    lead = {"headers": {"X-Forwarded-User": "p6"}}      # coordinator of c-usine
    for url in ("/search?q=pump+cavitation&tab=experts", "/people/p1", "/communities/c-usine/leader"):
        html = client.get(url, **lead).get_data(as_text=True)
        metas = re.findall(r'<p class="meta">(.*?)</p>', html, re.S)
        assert metas, url
        for meta in metas:
            assert not meta.strip().startswith("·") and "· ·" not in meta and not meta.strip().endswith("·"), (url, meta)


def test_why_lines_are_in_the_page_language(client):
    """The engine's why line is English; the pages word it in the reader's language from the
    breakdown's counts (experts: matching posts by kind and the latest date; communities:
    matching threads and documents)."""
    import re

    fr = {"headers": {"Accept-Language": "fr-FR,fr;q=0.9"}}
    api = client.get("/api/search?q=pump+cavitation&mode=experts").json["results"][0]
    kinds = api["breakdown"]["evidence_kinds"]
    html = client.get("/search?q=pump+cavitation&tab=experts", **fr).get_data(as_text=True)
    why = re.search(r'<p class="why"><strong>Pourquoi:</strong>\s*(.*?)</p>', html, re.S).group(1)
    assert why.startswith("Correspondances : "), why
    assert "Matching" not in why and f"la plus récente le {api['breakdown']['latest']}" in why
    if "accepted_answer" in kinds:
        n = kinds["accepted_answer"]["count"]
        assert (f"{n} réponse acceptée" if n == 1 else f"{n} réponses acceptées") in why
    en = client.get("/search?q=pump+cavitation&tab=experts", headers={"Accept-Language": "en"}).get_data(as_text=True)
    n = kinds.get("accepted_answer", {}).get("count")
    assert "Matching " in en and (n is None or f"{n} accepted answer" in en)
    comm = client.get("/search?q=pump+cavitation&tab=communities", **fr).get_data(as_text=True)
    assert "discussions et documents correspondants" in comm and "matching items" not in comm
    leader = client.get("/communities/c-data/leader", headers={**fr["headers"], "X-Forwarded-User": "p2"}).get_data(
        as_text=True)
    assert "Correspondances : " in leader and "Matching" not in leader


def test_results_partial_is_the_results_block_of_the_page(client):
    """/search/results is the block the search page includes, alone (the script swaps it in):
    the same cards, in the page's language, with errors and the hint drawn there too."""
    import re

    fr = {"headers": {"Accept-Language": "fr-FR,fr;q=0.9"}}
    r = client.get("/search/results?q=pump+cavitation&tab=experts", **fr)
    assert r.status_code == 200 and r.mimetype == "text/html"
    part = r.get_data(as_text=True)
    assert "<main" not in part and "<html" not in part.lower() and "<script" not in part
    assert '<article class="card expert">' in part and 'href="/people/p1?q=pump+cavitation"' in part and "<mark>" in part
    assert "Pourquoi:</strong> Correspondances : " in part and "Matching" not in part
    page = client.get("/search?q=pump+cavitation&tab=experts", **fr).get_data(as_text=True)
    cards = re.compile(r'<article class="card.*?</article>', re.S)
    strip_took = re.compile(r"\d+ ms")
    assert cards.findall(part) and cards.findall(part) == cards.findall(page)
    assert strip_took.sub("", part.strip()) in strip_took.sub("", page)
    for tab, card in (("threads", "card thread"), ("communities", "card community")):
        assert f'<article class="{card}">' in client.get(f"/search/results?q=pump+cavitation&tab={tab}").get_data(as_text=True)
    assert 'class="hint"' in client.get("/search/results").get_data(as_text=True)
    bad = client.get("/search/results?q=" + "x" * 2000)
    assert bad.status_code == 200 and '<p class="error">' in bad.get_data(as_text=True)


def test_results_partial_errors_are_fragments(app_factory):
    """A refused request (rate limit) answers the partial with a fragment, not a whole page."""
    c = app_factory(rate_limit_per_minute=1).test_client()
    assert c.get("/search/results?q=pump").status_code == 200
    r = c.get("/search/results?q=pump")
    assert r.status_code == 429 and "<main" not in r.get_data(as_text=True)
    assert '<p class="error">' in r.get_data(as_text=True)
