"""Injection: SQL only with parameters, hostile ids return 404/empty, imported archive names
cannot escape their folder, hostile text is escaped (the browser test is in test_browser.py)."""
from __future__ import annotations

import ast
import io
import re
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, XSS_COMMUNITY, XSS_NAME, XSS_TITLE

SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|WHERE|FROM)\b")
# interpolations allowed inside SQL f-strings: placeholders lists and names of our own tables/columns
SAFE_INTERPOLATION = re.compile(
    r"^(','\.join\('\?' \* len\(\w+\)\)|\",\"\.join\(\"\?\" \* len\(\w+\)\)|_placeholders\(\w+\)|"
    r"table|where|t|key|key_col|extra|', '\.join\(_[A-Z_]+\)|', '\.join\(cols\)|cols|name|col|column|order|clause|sql|"
    r"ph|marks|placeholders|alias|visible\('\w+'\)|"
    r"','\.join\(\['\?'\] \* len\(\w+\)\))$")


def sql_fstrings():
    """(file, line, interpolated expression) of every f-string that looks like SQL."""
    out = []
    for pkg in ("indexer", "matcher", "web"):
        for path in (ROOT / pkg).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.JoinedStr):
                    continue
                literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
                if not SQL_WORDS.search(literal) or "?" not in literal and "FROM" not in literal:
                    continue
                for v in node.values:
                    if isinstance(v, ast.FormattedValue):
                        out.append((str(path.relative_to(ROOT)), node.lineno, ast.unparse(v.value)))
    return out


def test_sql_fstrings_interpolate_only_placeholders_and_identifiers():
    found = sql_fstrings()
    bad = [f for f in found if not SAFE_INTERPOLATION.match(f[2])]
    assert not bad, "SQL built from values; use ? parameters:\n" + "\n".join(map(str, bad))


HOSTILE_IDS = ["p1' OR '1'='1", "p1\" OR \"1\"=\"1", "' UNION SELECT name, email FROM people --", "%", "_", "*",
               "p1;DROP TABLE people", "c-usine' --", "p1%00", "../p1", "p1 ", " p1", "P1", "c-secret' OR 1=1 --",
               "1) OR (1=1", "x' AND 0 UNION SELECT sqlite_version() --"]


def test_hostile_ids_through_every_route_are_404_or_empty(app, client):
    from urllib.parse import quote

    for rule in app.url_map.iter_rules():
        if not rule.arguments or "GET" not in rule.methods or rule.endpoint in ("static", "views.set_language"):
            continue
        for hid in HOSTILE_IDS:
            path = rule.rule
            for arg in rule.arguments:
                path = path.replace(f"<{arg}>", quote(hid, safe=""))
            r = client.get(path)
            assert r.status_code == 404, (rule.rule, hid, r.status_code, r.data[:200])
    for hid in HOSTILE_IDS:
        r = client.get("/api/newcomer", query_string={"person": hid})
        assert r.status_code == 404, (hid, r.status_code)
        r = client.get("/api/search", query_string={"q": hid, "mode": "threads"})
        assert r.status_code in (200, 400)
        if r.status_code == 200:   # a query is text: no SQL reaches the store, nothing private comes back
            assert "zorglub" not in r.get_data(as_text=True).lower()
    # the store is intact
    assert client.get("/api/people/p1").status_code == 200


def test_hostile_user_header_is_not_sql(app):
    from .conftest import visitor

    for hid in [h for h in HOSTILE_IDS if h.strip() != "p1"] + ["p6' OR '1'='1", "%@%", "alias:%"]:
        c, kw = visitor(app, hid)
        r = c.get("/api/me", **kw)
        assert r.status_code == 200 and r.json["viewer"] is None, hid
        assert "zorglub" not in c.get("/api/search?q=zorglub&mode=threads", **kw).get_data(as_text=True).lower().replace(
            '"query":"zorglub"', "").replace('"query": "zorglub"', "").replace('"zorglub"', "")


def test_hostile_text_comes_back_as_data_in_json(client):
    """JSON carries the text as is (the browser escapes it; see test_browser.py)."""
    d = client.get("/api/search", query_string={"q": "vanne papillon grippée", "mode": "threads"}).json
    assert any(h["title"] == XSS_TITLE for h in d["results"])
    assert client.get("/api/people/p10").json["name"] == XSS_NAME
    assert client.get("/api/communities/c-html").json["name"] == XSS_COMMUNITY


@pytest.mark.parametrize("url", ["/search?q=vanne+papillon+grippée&tab=threads", "/search?q=vanne+papillon&tab=experts",
                                 "/search?q=robinetterie&tab=communities", "/people/p10", "/communities/c-html",
                                 "/communities/c-html/leader", "/programme", "/newcomer?person=p10",
                                 "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"])
def test_html_pages_escape_planted_markup(client, url):
    lead = {"X-Forwarded-User": "p10"} if url.endswith("/leader") else {}   # the leader tools are for members
    html = client.get(url, headers=lead).get_data(as_text=True)
    for bad in ("<script>alert", "<img src=x onerror", "<svg onload", "<iframe", "<b>Gras</b>", "<i>Technicienne"):
        assert bad not in html, (url, bad)
    assert any(e in html for e in ("&lt;script&gt;", "&lt;img", "&lt;svg", "&lt;b&gt;")), url


# -- archives ------------------------------------------------------------------------------------
def _zip(members: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name), data)
    return buf.getvalue()


def test_slack_zip_traversal_is_refused_and_nothing_is_written(tmp_path):
    from indexer.importers.slack import import_slack
    from indexer.store import Store

    users = '[{"id": "U1", "name": "ana", "real_name": "Ana", "profile": {"email": "ana@x.example"}}]'
    channels = '[{"id": "C1", "name": "general"}]'
    msg = '[{"type": "message", "user": "U1", "text": "pompe qui cavite", "ts": "1700000000.000100"}]'
    evil = {"export/users.json": users, "export/channels.json": channels, "export/general/2024-01-01.json": msg,
            "../escape.json": msg, "export/../../escape2.json": msg, "/abs/escape3.json": msg,
            "export/general/../../../escape4.json": msg, "C:\\win\\escape5.json": msg,
            "export/general\\..\\..\\escape6.json": msg}
    work = tmp_path / "w" / "inner"
    work.mkdir(parents=True)
    src = work / "slack.zip"
    src.write_bytes(_zip(evil))
    before = {p for p in tmp_path.rglob("*")}
    store = Store(tmp_path / "s.db")
    report = import_slack(store, src)
    store.close()
    after = {p for p in tmp_path.rglob("*")} - before
    assert all(p.name.startswith("s.db") for p in after), after   # only the database itself
    refused = " ".join(str(p) for p in report.problems)
    for name in ("../escape.json", "export/../../escape2.json", "/abs/escape3.json", "export/general/../../../escape4.json"):
        assert name in refused, (name, refused)
    assert not list(Path("/").glob("abs/escape3.json"))
