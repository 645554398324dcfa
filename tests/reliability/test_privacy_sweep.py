"""Privacy over every route of the app (enumerated from Flask's url_map, so a new endpoint is
swept without editing this file): the private community c-secret ("zorglub", members p6, p7)
and the opted-out p8 (Olivier Masson) are absent for non-members, present for members."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from .conftest import visitor

SECRET = ("zorglub", "c-secret", "projet confidentiel")
OPTED_OUT = ("olivier", "masson", '"p8"', "/people/p8")
QUERIES = ("zorglub", "compressed air leaks", "Projet confidentiel atelier B", "air comprimé fuites")
# values for each URL variable; a new variable name fails the test until it is added here
PATH_VALUES = {"person_id": ("p1", "p6", "p8"), "community_id": ("c-usine", "c-secret"), "code": ("en",),
               "filename": None,
               # t07: answered by the opted-out p8; t10, t11: c-secret's, linked to each other
               "thread_id": ("t01", "t07", "t10", "t11"), "document_id": ("d1", "d3"),
               # questions asked in Savoir (none in the fixture: a missing one must be a plain 404)
               "qid": ("1", "q1"), "question_id": ("1", "q1")}
# query arguments per endpoint name (a route whose name matches none is swept without arguments)
QUERY_ARGS = {"search": [{"q": q, "mode": m, "tab": m} for q in QUERIES for m in ("experts", "threads", "communities")],
              "newcomer": [{"person": p} for p in ("p6", "p7", "p8")]}
OUTSIDERS = [(None, "127.0.0.1"), ("p1", "127.0.0.1"), ("p8", "127.0.0.1"),
             ("p6", "203.0.113.9"), ("p7", "198.51.100.7")]  # the last two: forged header, untrusted address


def sweep_urls(app) -> list[str]:
    urls = set()
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        unknown = [a for a in rule.arguments if a not in PATH_VALUES]
        assert not unknown, f"{rule}: add values for {unknown} to PATH_VALUES"
        paths = [rule.rule]
        for arg in rule.arguments:
            paths = [p.replace(f"<{arg}>", v) for p in paths for v in PATH_VALUES[arg]]
        for p in paths:
            p = re.sub(r"<[^>]*:(\w+)>", lambda m: PATH_VALUES[m.group(1)][0], p)
            args = [{}] + next((v for k, v in QUERY_ARGS.items() if k in rule.endpoint), [])
            for qa in args:
                urls.add(p + ("?" + "&".join(f"{k}={quote(v)}" for k, v in qa.items()) if qa else ""))
    return sorted(urls)


def text_without_echo(r, url: str) -> str:
    """Lower-cased body minus the viewer's own query and path (echoing them back, e.g. in a
    language switch link `?next=/people/p8`, is not a leak)."""
    text = r.get_data(as_text=True).lower()
    path = url.split("?")[0].lower()
    for form in (quote(url.lower(), safe="/"), quote(path, safe=""), url.lower(), path):
        text = text.replace(form, "")
    m = re.search(r"[?&]q=([^&]*)", url)
    if m:
        from urllib.parse import unquote

        q = unquote(m.group(1)).lower()
        for form in (q, quote(q), q.replace(" ", "+"), q.replace(" ", "%20")):
            text = text.replace(form, "")
    return text


def post_newcomer(c, kw, text):
    return c.post("/api/newcomer", json={"text": text}, **kw)


@pytest.mark.parametrize("viewer, remote", OUTSIDERS)
def test_nothing_private_or_opted_out_reaches_outsiders(app, viewer, remote):
    c, kw = visitor(app, viewer, remote)
    urls = sweep_urls(app)
    assert len(urls) > 40
    statuses = {}
    for url in urls:
        r = c.get(url, **kw)
        statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        assert r.status_code < 500, (url, r.status_code)
        text = text_without_echo(r, url)
        for word in SECRET + (OPTED_OUT if viewer != "p8" or remote != "127.0.0.1" else ()):  # p8 sees own name
            assert word not in text, (viewer, remote, url, word)
    for q in QUERIES:
        r = post_newcomer(c, kw, q)
        body = r.get_data(as_text=True).lower().replace(q.lower(), "")
        assert not any(w in body for w in SECRET + OPTED_OUT), q
    assert statuses.get(200, 0) > 20 and statuses.get(404, 0) > 0, statuses


def test_members_see_the_private_community_but_never_the_opted_out(app):
    outsider_c, outsider_kw = visitor(app, "p1")
    seen = {}
    for member in ("p6", "p7"):
        c, kw = visitor(app, member)
        assert c.get("/api/me", **kw).json["viewer"] == member
        for url in sweep_urls(app):
            r = c.get(url, **kw)
            assert r.status_code < 500, (url, r.status_code)
            text = text_without_echo(r, url)
            for word in OPTED_OUT:
                assert word not in text, (member, url, word)
            if "zorglub" in text:
                seen.setdefault(member, set()).add(url.split("?")[0])
        # every search mode finds the private content for a member
        for mode in ("experts", "threads", "communities"):
            d = c.get(f"/api/search?q=zorglub&mode={mode}", **kw).json
            assert d["results"], (member, mode)
            assert "zorglub" in str(d["results"]).lower() or "c-secret" in str(d["results"]), (member, mode)
        assert c.get("/api/communities/c-secret", **kw).status_code == 200
        assert c.get("/api/communities/c-secret/candidates", **kw).status_code == 200
        # counts include the private community for a member, not for an outsider
        mine = c.get("/api/programme", **kw).json["totals"]
        theirs = outsider_c.get("/api/programme", **outsider_kw).json["totals"]
        assert mine["communities"] == theirs["communities"] + 1
        assert c.get("/api/people/p8", **kw).status_code == 404
    for member in ("p6", "p7"):
        assert {"/api/search", "/search"} <= seen.get(member, set()), seen


def test_counts_do_not_include_hidden_members_or_content(app):
    """c-usine has p8 (opted out) as a member: its member count must not count p8."""
    c, kw = visitor(app, None)
    d = c.get("/api/communities/c-usine", **kw).json
    ids = {m["id"] for m in d["members"]}
    assert "p8" not in ids
    assert d["activity"]["members"] == len(ids)
    prog = c.get("/api/programme", **kw).json
    row = next(x for x in prog["communities"] if x["id"] == "c-usine")
    assert "p8" not in str(row)
