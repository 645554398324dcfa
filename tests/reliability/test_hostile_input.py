"""Bad input to the API and the CLI: a clear 4xx (or a non-zero exit with a message), never a
500 or a traceback. Routes are read from Flask's url_map so new ones are covered."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

HUGE = "a" * (1 << 20)
# (name, value) of query-string values; bad ones must be 4xx, the rest 200
VALUES = {
    "empty": "", "spaces": "   ", "nul": "\x00", "control": "pompe\x01\x02\x1b[31m\x7f",
    "huge": HUGE, "binary": "\udcff\udcfe".encode("utf-8", "surrogateescape").decode("latin-1"),
    "mixed_scripts": "pompe Насос 泵 مضخة 🔧 ṗ̷ö̷m̷p̷e̷", "syntax": "\"pompe\" AND (cavitation OR *) -bruit ~2 ^3 field:x [a TO b] \\",
    "sql": "p1' OR '1'='1", "like": "%_%", "fts": "NEAR(pompe cavitation) pompe*", "rtl": "\u202epompe\u202c",
    "long_word": "x" * 999, "json": '{"$ne": null}', "path": "../../etc/passwd", "html": "<script>alert(1)</script>",
}
BAD_K = ["0", "-1", "101", "1e3", "abc", "", "9" * 40, "1.5", " 3", "NaN"]


def api_get_routes(app):
    out = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api") and "GET" in rule.methods:
            out.append(rule)
    return out


def assert_clean(r, ctx):
    assert r.status_code < 500, (ctx, r.status_code, r.data[:300])
    body = r.get_data(as_text=True)
    assert "Traceback" not in body and 'File "' not in body, ctx
    if r.status_code >= 400 and r.mimetype == "application/json":
        assert isinstance(r.json.get("error"), str) and r.json["error"], ctx


@pytest.mark.parametrize("name", sorted(VALUES))
def test_every_api_route_with_every_hostile_value(app, client, name):
    value = VALUES[name]
    for rule in api_get_routes(app):
        path = rule.rule
        for arg in rule.arguments:
            path = path.replace(f"<{arg}>", "x")
        if rule.endpoint == "api.search":
            sets = ({"q": value}, {"q": "pompe", "mode": value}, {"q": "pompe", "method": value},
                    {"q": "pompe", "k": value, "zzz": value})
        else:
            sets = ({"k": value}, {"person": value, "text": value, "q": value, "zzz": value})
        for params in sets:
            r = client.get(path, query_string=params)
            assert_clean(r, (path, name, list(params)))
        if rule.arguments:  # hostile path segments
            p = rule.rule
            for arg in rule.arguments:
                p = p.replace(f"<{arg}>", value.replace("/", "%2F")[:2000] or "%20")
            assert_clean(client.get(p), (rule.rule, name, "path"))


@pytest.mark.parametrize("q, why", [("", "empty"), ("   ", "blank"), ("\x00", "only NUL"), (HUGE, "1 MB"),
                                    ("a" * 1001, "over max_query_chars")])
def test_bad_queries_are_400_naming_q(client, q, why):
    r = client.get("/api/search", query_string={"q": q})
    assert r.status_code == 400, why
    assert r.json["parameter"] == "q" and r.json["error"]


@pytest.mark.parametrize("k", BAD_K)
def test_bad_k_is_400_naming_k(client, k):
    for path, args in (("/api/search", {"q": "pompe"}), ("/api/communities/c-usine/candidates", {}),
                       ("/api/newcomer", {"person": "p1"})):
        lead = {"X-Forwarded-User": "p6"} if "candidates" in path else {}   # the leader tools are for members
        r = client.get(path, query_string={**args, "k": k}, headers=lead)
        if k == "" or k == " 3":   # empty means the default; int(" 3") is 3
            assert r.status_code == 200, (path, k)
            continue
        assert r.status_code == 400, (path, k, r.status_code)
        assert r.json["parameter"] == "k"


@pytest.mark.parametrize("mode, method", [("people", "hybrid"), ("experts", "magic"), ("EXPERTS", "hybrid"),
                                          ("experts ", "hybrid"), ("experts", "bm25;drop")])
def test_unknown_mode_or_method_is_400(client, mode, method):
    r = client.get("/api/search", query_string={"q": "pompe", "mode": mode, "method": method})
    assert r.status_code == 400 and r.json["parameter"] in ("mode", "method")


def test_unknown_parameters_are_ignored_and_repeated_ones_take_the_first(client):
    r = client.get("/api/search?q=pompe&q=zorglub&viewer=p6&user=p6&debug=1&k=3&k=999")
    assert r.status_code == 200 and len(r.json["results"]) <= 3
    assert r.json["query"] == "pompe"


@pytest.mark.parametrize("body, ctype", [
    (b"", "application/json"), (b"{", "application/json"), (b"[1,2]", "application/json"),
    (b'{"text": 5}', "application/json"), (b'{"text": null}', "application/json"),
    (b'{"text": ["a"]}', "application/json"), (b'{"text": ""}', "application/json"),
    (b"\xff\xfe\x00binary", "application/octet-stream"), (b"\xff\xfe\x00binary", "application/json"),
    (json.dumps({"text": "a" * 1001}).encode(), "application/json"),
    (b"text=" + b"a" * (70 * 1024), "application/x-www-form-urlencoded"),   # over MAX_CONTENT_LENGTH
    (b"text=%00", "application/x-www-form-urlencoded"),
])
def test_bad_newcomer_posts_are_4xx(client, body, ctype):
    r = client.post("/api/newcomer", data=body, content_type=ctype)
    assert 400 <= r.status_code < 500, (body[:40], r.status_code, r.data[:200])
    assert_clean(r, body[:40])


def test_odd_but_valid_newcomer_text_is_200(client):
    r = client.post("/api/newcomer", data={"text": "\x01\x02 pompe \u202e 泵"})
    assert r.status_code == 200


def test_wrong_methods_are_405_not_500(app, client):
    for rule in api_get_routes(app):
        path = rule.rule
        for arg in rule.arguments:
            path = path.replace(f"<{arg}>", "p1")
        for method in ("put", "delete", "patch"):
            r = getattr(client, method)(path)
            assert r.status_code == 405, (path, method, r.status_code)
            assert_clean(r, path)


MODES = st.sampled_from(["experts", "threads", "communities", "", "x", "Experts"])
METHODS = st.sampled_from(["hybrid", "bm25", "dense", "", "fts"])
KS = st.one_of(st.integers(-5, 120).map(str), st.text(max_size=5), st.just(""))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=1200), mode=MODES, method=METHODS, k=KS)
def test_property_search_api_never_fails(client, q, mode, method, k):
    """Any text, mode, method and k: 200 with a result list, or 400 naming the parameter."""
    r = client.get("/api/search", query_string={"q": q, "mode": mode, "method": method, "k": k})
    assert r.status_code in (200, 400), (q[:50], mode, method, k, r.status_code)
    d = r.json
    if r.status_code == 200:
        assert isinstance(d["results"], list)
        assert len(d["results"]) <= int(k or 10)
        assert "zorglub" not in json.dumps(d, ensure_ascii=False).lower().replace(d["query"].lower(), "")
    else:
        assert d["error"] and d["parameter"] in ("q", "mode", "method", "k"), d


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(min_size=1, max_size=300))
def test_property_html_search_page_never_fails(client, q):
    r = client.get("/search", query_string={"q": q})
    assert r.status_code in (200, 400), r.status_code
    assert "Traceback" not in r.get_data(as_text=True)


# -- CLI -----------------------------------------------------------------------------------------
def run_cli(args):
    from click.testing import CliRunner

    from matcher.cli import cli

    r = CliRunner().invoke(cli, args, catch_exceptions=True)
    out = (r.output or "") + (r.stderr if r.stderr_bytes is not None else "")
    return r, out


@pytest.mark.parametrize("args, why", [
    (["search", "", "--mode", "experts"], "empty"),
    (["search", "   "], "blank"),
    (["search", HUGE], "1 MB"),
    (["search", "\x00"], "NUL"),
    (["search", "pompe", "--k", "0"], "k=0"),
    (["search", "pompe", "--k", "abc"], "k not an int"),
    (["search", "pompe", "--k", "100000"], "k too big"),
    (["search", "pompe", "--mode", "people"], "mode"),
    (["search", "pompe", "--method", "fts"], "method"),
    (["search", "pompe", "--bogus"], "unknown option"),
])
def test_cli_search_bad_input_exits_nonzero_with_a_message(rel_db, args, why):
    r, out = run_cli(args + ["--db", str(rel_db)])
    assert r.exit_code != 0, why
    assert r.exception is None or isinstance(r.exception, SystemExit), (why, repr(r.exception))
    assert "Traceback" not in out and out.strip(), why
    assert re.search(r"(Error|error|limit|empty|outside|not known|invalid|No such)", out), (why, out[-300:])


def test_cli_search_hostile_but_valid_queries_exit_zero(rel_db):
    for name in ("control", "mixed_scripts", "syntax", "sql", "fts", "rtl", "html"):
        r, out = run_cli(["search", VALUES[name], "--db", str(rel_db), "--json"])
        assert r.exit_code == 0, (name, out[-300:])
        json.loads(r.stdout)


def test_cli_missing_database_and_corpus(tmp_path):
    for args in (["search", "pompe", "--db", str(tmp_path / "nope.db")],
                 ["index", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")],
                 ["reindex", "--db", str(tmp_path / "nope.db")]):
        r, out = run_cli(args)
        assert r.exit_code == 2 and "does not exist" in out, (args, out)


def test_cli_index_of_garbage_lines_reports_each_and_exits_1(tmp_path):
    from drillkit import TINY
    import shutil

    corpus = tmp_path / "c"
    shutil.copytree(TINY, corpus)
    with open(corpus / "threads.jsonl", "ab") as f:
        f.write(b"\xff\xfe\x00\x01 binary\n{not json\n" + b'{"id": "t77", "title": 5}\n' + b"[]\n")
    db = tmp_path / "x.db"
    # import only (a build would take minutes on a loaded machine); the CLI path is the same reader
    from indexer.corpus import import_corpus
    from indexer.store import Store

    store = Store(db)
    report = import_corpus(store, corpus)
    store.close()
    lines = [str(p) for p in report.problems]
    assert len(lines) == 4, lines
    assert all(re.match(r".*threads\.jsonl:\d+: \S+", ln) for ln in lines), lines
    assert report.total("new") == 37
