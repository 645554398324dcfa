import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from indexer.importers._common import SourceError
from indexer.importers.mbox import import_mbox
from indexer.importers.people import import_people
from indexer.importers.slack import import_slack
from indexer.store import Store

from .conftest import FIXTURES, Boom, counts, snapshot

CSV = FIXTURES / "people" / "annuaire.csv"
JSON = FIXTURES / "people" / "staff.json"


def test_csv_import(store):
    report = import_people(store, CSV)
    assert report.ok, report.problems
    assert counts(report) == {"person": {"new": 5}}
    claire = store.one("SELECT * FROM people WHERE id = 'directory:E1001'")
    assert claire["title"] == "Ingénieure fiabilité senior" and claire["department"] == "Maintenance"
    assert json.loads(claire["languages"]) == ["fr", "en"] and claire["manager"] == "directory:E1010"
    assert store.one("SELECT manager FROM people WHERE id = 'directory:E1003'")["manager"] == "directory:E1001"
    assert json.loads(claire["extra"]) == {"téléphone": "+33 4 00 00 00 01"}


def test_json_import_and_managers_across_files(store):
    import_people(store, CSV)
    report = import_people(store, JSON)
    assert counts(report) == {"person": {"new": 2}}
    assert store.one("SELECT manager FROM people WHERE id = 'directory:E1006'")["manager"] == "directory:E1002"
    assert store.one("SELECT manager FROM people WHERE id = 'directory:E1005'")["manager"] == "directory:E1004"


def test_reimport_unchanged_and_change_updates(store, tmp_path):
    import_people(store, CSV)
    before = snapshot(store)
    assert counts(import_people(store, CSV)) == {"person": {"unchanged": 5}}
    assert snapshot(store) == before
    changed = tmp_path / "annuaire.csv"
    changed.write_text(CSV.read_text(encoding="utf-8").replace("Technicien de maintenance", "Chef d'équipe maintenance")
                       + "E1011;Nguyen;Linh;linh.nguyen@ferrand.example;Apprentie;Maintenance;Lyon, FR;fr;E1003;\n",
                       encoding="cp1252")
    report = import_people(store, changed)
    assert counts(report) == {"person": {"new": 1, "updated": 1, "unchanged": 4}}
    assert store.one("SELECT title FROM people WHERE id = 'directory:E1003'")["title"] == "Chef d'équipe maintenance"
    assert store.one("SELECT name FROM people WHERE id = 'directory:E1001'")["name"] == "Claire Dubois"


def test_cross_source_person_is_one_person(store):
    import_slack(store, FIXTURES / "slack")
    import_mbox(store, FIXTURES / "mbox" / "maintenance.mbox")
    report = import_people(store, CSV)
    assert report.ok
    claires = store.query("SELECT * FROM people WHERE name = 'Claire Dubois'")
    assert len(claires) == 1
    claire = claires[0]
    assert claire["id"] == "slack:T0FERRAND:U01CLAIRE"
    assert set(json.loads(claire["external_ids"])) == {
        "slack:T0FERRAND:U01CLAIRE", "mbox:claire.dubois@ferrand.example", "directory:E1001"}
    assert claire["title"] == "Ingénieure fiabilité senior"       # the directory is authoritative
    assert "cdubois" in json.loads(claire["aliases"])              # Slack handle kept
    authors = {r["author"] for r in store.query("SELECT author FROM posts WHERE author LIKE '%CLAIRE%' OR author LIKE '%claire%'")}
    assert authors == {"slack:T0FERRAND:U01CLAIRE"}
    # Slack Amina has no e-mail: the mbox/directory Amina is one person, the Slack one stays apart
    assert store.one("SELECT count(*) AS n FROM people WHERE email = 'amina.benali@ferrand.example'")["n"] == 1
    assert store.one("SELECT count(*) AS n FROM people")["n"] == 6
    # every source re-imported: nothing changes, nothing duplicated
    before = snapshot(store)
    for report in (import_slack(store, FIXTURES / "slack"), import_mbox(store, FIXTURES / "mbox" / "maintenance.mbox"),
                   import_people(store, CSV)):
        assert report.total("new") == report.total("updated") == 0
    assert snapshot(store) == before


def test_bad_rows_reported_with_line(store, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,email,title\n1,Ana Costa,ana@ferrand.example,Welder\n2,,nobody@ferrand.example,x\n"
                   "3,Bob Martin,not-an-email,Fitter\n4,\"Eve, \"\"QA\"\"\",eve@ferrand.example,QA,extra cell\n"
                   "5,Paul Roux,paul.roux@ferrand.example,Electrician\n", encoding="utf-8")
    report = import_people(store, bad)
    assert report.ok is False
    assert [(p.line, p.field.split(":")[-1].strip()) for p in report.problems] == [(3, "row"), (4, "email"), (5, "row")]
    assert counts(report) == {"person": {"new": 2}}


def test_interrupt_leaves_db_as_before(store, monkeypatch):
    import_people(store, JSON)
    before = snapshot(store)
    monkeypatch.setattr(store, "upsert", Boom(store, 3))
    with pytest.raises(KeyboardInterrupt):
        import_people(store, CSV)
    assert snapshot(store) == before


def test_missing_and_broken_files(store, tmp_path):
    with pytest.raises(SourceError):
        import_people(store, tmp_path / "none.csv")
    broken = tmp_path / "x.json"
    broken.write_text('{"people": [{"name": "A", "email": "a@b.c"}')
    report = import_people(store, broken)
    assert report.ok is False and report.problems[0].field == "file"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("seed") / "seed.db")
    import_people(s, CSV)
    yield s
    s.close()


CELL = st.text(max_size=40) | st.sampled_from(["claire.dubois@ferrand.example", "E1001", "fr;en", "x" * 3000, "", "\x00"])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(["id", "name", "email", "title", "manager", "langues", "nom", "prénom", "?"]) | st.text(max_size=8), max_size=6),
       rows=st.lists(st.lists(CELL, max_size=7), max_size=6), raw=st.binary(max_size=300),
       obj=st.recursive(st.none() | st.integers() | st.text(max_size=20), lambda k: st.lists(k, max_size=3) | st.dictionaries(
           st.sampled_from(["name", "email", "id", "manager", "people", "languages"]), k, max_size=4), max_leaves=10))
def test_hostile_directories_never_crash_nor_lose_data(seeded, tmp_path, header, rows, raw, obj):
    before = snapshot(seeded)
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(header)
    w.writerows(rows)
    cases = {"a.csv": buf.getvalue().encode("utf-8", errors="replace"), "b.csv": raw, "c.json": raw,
             "d.json": json.dumps(obj).encode(), "e.jsonl": raw + b"\n" + json.dumps(obj).encode(),
             "f.csv": CSV.read_bytes()[: len(raw)] + raw}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        report = import_people(seeded, path)
        assert all(p.source and p.problem for p in report.problems)
    after = snapshot(seeded)
    assert {r[0] for r in before["people"]} <= {r[0] for r in after["people"]}
    assert seeded.one("SELECT count(*) AS n FROM people WHERE email = 'claire.dubois@ferrand.example'")["n"] == 1
