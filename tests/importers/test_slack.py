import json
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from indexer.importers._common import SourceError
from indexer.importers.slack import import_slack, slack_markup_to_text
from indexer.store import Store

from .conftest import FIXTURES, Boom, copy_fixture, counts, snapshot, zip_folder

SLACK = FIXTURES / "slack"
EXPECTED = {"person": {"new": 4}, "community": {"new": 2}, "membership": {"new": 6}, "thread": {"new": 3}}


def test_folder_import_counts_and_content(store):
    report = import_slack(store, SLACK)
    assert report.ok, report.problems
    assert counts(report) == EXPECTED
    assert store.counts()["posts"] == 6
    root = store.one("SELECT * FROM threads WHERE id = 'slack:C01MAINT:1709542800.000100'")
    assert root["community"] == "slack:C01MAINT" and root["title"].startswith("La pompe P-12 vibre")
    answer = store.one("SELECT * FROM posts WHERE id = 'slack:C01MAINT:1709543400.000200'")
    assert answer["body"].startswith("@Marc Lefèvre oui")
    assert "Alignement laser (https://wiki.ferrand.example/alignement)" in answer["body"]
    assert answer["votes"] == 3 and answer["author"] == "slack:T0FERRAND:U01CLAIRE"
    claire = store.one("SELECT * FROM people WHERE id = 'slack:T0FERRAND:U01CLAIRE'")
    assert claire["email"] == "claire.dubois@ferrand.example" and claire["title"] == "Ingénieure fiabilité"
    assert store.one("SELECT count(*) AS n FROM posts WHERE body LIKE '%MAINT-42%' OR body LIKE '%rejoint%'")["n"] == 0
    assert store.one("SELECT role FROM memberships WHERE person = 'slack:T0FERRAND:U01CLAIRE' AND community = 'slack:C01MAINT'")["role"] == "coordinator"


def test_zip_with_top_folder_gives_same_result(store, tmp_path):
    z = zip_folder(SLACK, tmp_path / "export.zip", prefix="Ferrand Slack export Mar 1 2021 - Mar 6 2024/")
    report = import_slack(store, z)
    assert report.ok, report.problems
    assert counts(report) == EXPECTED


def test_reimport_is_unchanged(store, tmp_path):
    import_slack(store, SLACK)
    before = snapshot(store)
    report = import_slack(store, zip_folder(SLACK, tmp_path / "export.zip"))
    assert report.total("new") == report.total("updated") == 0
    assert report.total("unchanged") == 15
    assert snapshot(store) == before


def test_newer_export_adds_and_updates_never_deletes(store, tmp_path):
    import_slack(store, SLACK)
    newer = copy_fixture("slack", tmp_path)
    day = newer / "qualite-securite" / "2024-03-06.json"
    msgs = json.loads(day.read_text())
    msgs.append({"type": "message", "ts": "1709717000.000300", "user": "U01CLAIRE", "thread_ts": "1709715600.000100",
                 "text": "Attention aussi à la pression résiduelle dans la ligne."})
    day.write_text(json.dumps(msgs))
    (newer / "qualite-securite" / "2024-03-07.json").write_text(json.dumps(
        [{"type": "message", "ts": "1709802000.000100", "user": "U02JOHN", "text": "Audit ISO 9001 next week."}]))
    shutil.rmtree(newer / "maintenance")  # a partial export: channel folder absent
    report = import_slack(store, newer)
    assert report.ok
    assert counts(report)["thread"] == {"new": 1, "updated": 1}
    assert store.counts()["threads"] == 4 and store.counts()["posts"] == 8


def test_partial_thread_export_keeps_old_posts(store, tmp_path):
    import_slack(store, SLACK)
    newer = copy_fixture("slack", tmp_path)
    day = newer / "maintenance" / "2024-03-04.json"
    msgs = [m for m in json.loads(day.read_text()) if m["ts"] != "1709542800.000100"]  # root missing
    msgs.append({"type": "message", "ts": "1709550000.000500", "user": "U02JOHN", "thread_ts": "1709542800.000100",
                 "text": "Good catch, soft foot is the #1 cause."})
    day.write_text(json.dumps(msgs))
    import_slack(store, newer)
    posts = store.query("SELECT id, kind FROM posts WHERE thread = 'slack:C01MAINT:1709542800.000100' ORDER BY position")
    assert [p["id"].rsplit(":", 1)[1] for p in posts] == [
        "1709542800.000100", "1709543400.000200", "1709544000.000300", "1709550000.000500"]
    assert posts[0]["kind"] == "question"
    assert store.one("SELECT title FROM threads WHERE id = 'slack:C01MAINT:1709542800.000100'")["title"].startswith("La pompe")


def test_community_option_puts_everything_in_one_community(store):
    report = import_slack(store, SLACK, community="c-maint")
    assert counts(report)["community"] == {"new": 1}
    assert {r["community"] for r in store.query("SELECT community FROM threads")} == {"c-maint"}


def test_markup():
    users = {"U1": "Claire Dubois"}
    chans = {"C1": "maintenance"}
    assert slack_markup_to_text("<@U1> voir <#C1|maint> et <#C1>", users, chans) == "@Claire Dubois voir #maint et #maintenance"
    assert slack_markup_to_text("<http://x.org|le guide> <http://y.org> <mailto:a@b.fr|a@b.fr>", users, chans) == \
        "le guide (http://x.org) http://y.org a@b.fr"
    assert slack_markup_to_text("a &lt; b &amp;&amp; c &gt; d <!here> <!subteam^S1|@hse>", users, chans) == \
        "a < b && c > d @here @hse"


def test_path_traversal_members_refused(store, tmp_path):
    z = zip_folder(SLACK, tmp_path / "evil.zip")
    with zipfile.ZipFile(z, "a") as zf:
        zf.writestr("../../evil.json", "[]")
        zf.writestr("/etc/evil.json", "[]")
        zf.writestr("maintenance/..\\..\\evil.json", "[]")
    report = import_slack(store, z)
    assert not report.ok
    assert sorted(p.problem.split(";")[0] for p in report.problems) == [
        "'..' in member path", "absolute member path", "backslash in member name (Windows path)"]
    assert counts(report) == EXPECTED
    assert not list(tmp_path.parent.rglob("evil.json"))


def test_bad_inputs_reported_with_position_and_skipped(store, tmp_path):
    bad = copy_fixture("slack", tmp_path)
    (bad / "maintenance" / "2024-03-05.json").write_text('[{"type": "message", "ts": "1709629200.0001", "user": ')
    day = bad / "qualite-securite" / "2024-03-06.json"
    msgs = json.loads(day.read_text())
    msgs.insert(1, {"type": "message", "ts": "yesterday", "user": "U02JOHN", "text": "no valid ts"})
    msgs.insert(2, "not an object")
    day.write_text(json.dumps(msgs))
    report = import_slack(store, bad)
    assert report.ok is False
    where = {(p.source.rsplit("/", 2)[-2] + "/" + p.source.rsplit("/", 1)[-1], p.line, p.field) for p in report.problems}
    assert ("maintenance/2024-03-05.json", 1, "json") in where
    assert ("qualite-securite/2024-03-06.json", 2, "ts") in where
    assert ("qualite-securite/2024-03-06.json", 3, "message") in where
    assert counts(report)["thread"] == {"new": 2}


def test_interrupt_mid_import_leaves_db_as_before(store, tmp_path, monkeypatch):
    import_slack(store, SLACK, community="c-first")
    before = snapshot(store)
    monkeypatch.setattr(store, "upsert", Boom(store, 3))
    with pytest.raises(KeyboardInterrupt):
        import_slack(store, SLACK)
    assert snapshot(store) == before
    monkeypatch.undo()
    assert import_slack(store, SLACK).ok


def test_missing_source_is_a_source_error(store, tmp_path):
    with pytest.raises(SourceError):
        import_slack(store, tmp_path / "nope.zip")


HOSTILE_NAMES = st.sampled_from(["users.json", "channels.json", "maintenance/2024-03-04.json", "../x.json",
                                 "/abs.json", "a/../../b.json", "C:evil.json", "maintenance/2024-03-05.json"])
JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                       lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
                           st.sampled_from(["id", "ts", "user", "text", "thread_ts", "name", "profile", "members",
                                            "subtype", "reactions", "count", "email", "team_id", "files"]), kids, max_size=5),
                       max_leaves=15)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """One store, seeded with the fixture, shared by the hypothesis examples (imports only add)."""
    s = Store(tmp_path_factory.mktemp("seed") / "seed.db")
    import_slack(s, SLACK)
    yield s
    s.close()


def _ids_kept(before, after):
    for table in ("people", "person_keys", "communities", "memberships", "threads", "posts"):
        assert {r[0] for r in before[table]} <= {r[0] for r in after[table]}


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(members=st.lists(st.tuples(HOSTILE_NAMES, st.one_of(JSONISH.map(json.dumps).map(str.encode),
                                                              st.binary(max_size=200))),
                        max_size=6, unique_by=lambda m: m[0]))
def test_hostile_zip_members_never_crash_nor_lose_data(seeded, tmp_path, members):
    before = snapshot(seeded)
    z = tmp_path / "hostile.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    report = import_slack(seeded, z)
    assert all(p.source and p.problem for p in report.problems)
    _ids_kept(before, snapshot(seeded))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), cut=st.integers(min_value=0, max_value=4000))
def test_random_or_truncated_zip_is_a_problem(seeded, tmp_path, data, cut):
    before = snapshot(seeded)
    good = zip_folder(SLACK, tmp_path / "good.zip").read_bytes()
    for blob in (data, good[:cut], good[:cut] + data):
        z = tmp_path / "t.zip"
        z.write_bytes(blob)
        import_slack(seeded, z)
    _ids_kept(before, snapshot(seeded))
