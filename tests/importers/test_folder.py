import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from indexer.importers._common import SourceError
from indexer.importers.folder import import_folder
from indexer.importers.people import import_people
from indexer.store import Store

from .conftest import FIXTURES, Boom, counts, snapshot
from .docs import build_folder, make_pdf

EXPECTED = {"community": {"new": 3}, "document": {"new": 6}}


@pytest.fixture
def docs(tmp_path):
    return build_folder(tmp_path / "docs")


def test_import_every_type(store, docs):
    import_people(store, FIXTURES / "people" / "annuaire.csv")
    report = import_folder(store, docs)
    assert report.ok, report.problems
    assert counts(report) == EXPECTED
    d = {r["path"]: r for r in store.query("SELECT * FROM documents")}
    assert d["maintenance/guide-alignement.md"]["title"] == "Alignement laser d'un groupe motopompe"
    assert "```\ntolérance angulaire : 0,05 mm / 100 mm\n```" in d["maintenance/guide-alignement.md"]["body"]
    assert d["retour-experience.md"]["title"] == "Retour d'expérience : fuite d'huile réducteur R-4"
    assert d["retour-experience.md"]["community"] is None
    assert d["maintenance/notes_roulements.txt"]["title"] == "notes roulements"
    assert d["securite/loto.html"]["title"] == "LOTO checklist – dosing pumps" and "style" not in d["securite/loto.html"]["body"]
    pdf = d["securite/permis-feu.pdf"]
    assert pdf["title"] == "Permis de feu" and "Surveillance 2 h après" in pdf["body"] and pdf["created"] == "2024-01-15T09:30:00"
    docx = d["qualite/audit-iso9001.docx"]
    assert docx["title"] == "Audit interne ISO 9001" and "Clé non étalonnée | Étalonner" in docx["body"]
    assert docx["community"] == "folder:qualite"
    authors = {(r["document"].split("/", 1)[1], r["person"]) for r in store.query("SELECT * FROM document_authors")}
    assert authors == {("maintenance/guide-alignement.md", "directory:E1001"), ("qualite/audit-iso9001.docx", "directory:E1001"),
                       ("securite/loto.html", "directory:E1004"), ("securite/loto.html", "directory:E1002"),
                       ("securite/permis-feu.pdf", "directory:E1002")}


def test_existing_community_reused_and_option(store, docs):
    store.upsert_community({"id": "c-maint", "name": "Maintenance", "kind": "practice", "visibility": "open"})
    (docs / "Maintenance").exists() or (docs / "maintenance").rename(docs / "Maintenance")
    import_folder(store, docs)
    assert store.one("SELECT community FROM documents WHERE path = 'Maintenance/notes_roulements.txt'")["community"] == "c-maint"
    report = import_folder(store, docs, community="c-all")
    assert {r["community"] for r in store.query("SELECT community FROM documents")} == {"c-all"}
    assert counts(report)["document"] == {"updated": 6}


def test_reimport_unchanged_then_change(store, docs):
    import_people(store, FIXTURES / "people" / "annuaire.csv")   # authors known by name from the start
    import_folder(store, docs)
    before = snapshot(store)
    assert counts(import_folder(store, docs)) == {"community": {"unchanged": 3}, "document": {"unchanged": 6}}
    assert snapshot(store) == before
    (docs / "maintenance" / "notes_roulements.txt").write_text("Roulements : mise à jour 2024\n", encoding="utf-8")
    (docs / "securite" / "consignes.txt").write_text("Port des EPI obligatoire.\n", encoding="utf-8")
    os.remove(docs / "retour-experience.md")          # nothing is deleted by an import
    assert counts(import_folder(store, docs))["document"] == {"new": 1, "updated": 1, "unchanged": 4}
    assert store.counts()["documents"] == 7


def test_unreadable_files_reported_and_skipped(store, docs):
    (docs / "securite" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <</Type /Catalog")
    (docs / "securite" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "bad-front.md").write_text("---\ntitle: [unclosed\n---\nbody\n")
    (docs / "cp1252.txt").write_bytes("Sécurité électrique".encode("cp1252"))
    make_pdf(docs / "scanned.pdf", [])
    report = import_folder(store, docs)
    assert report.ok is False
    assert sorted((p.source.rsplit("/", 1)[-1], p.field) for p in report.problems) == [
        ("bad-front.md", "file"), ("broken.docx", "file"), ("broken.pdf", "file"), ("empty.txt", "body"), ("scanned.pdf", "body")]
    assert counts(report)["document"] == {"new": 7}
    assert store.one("SELECT body FROM documents WHERE path = 'cp1252.txt'")["body"] == "Sécurité électrique"


def test_interrupt_leaves_db_as_before(store, docs, monkeypatch):
    import_folder(store, docs / "maintenance")
    before = snapshot(store)
    monkeypatch.setattr(store, "upsert", Boom(store, 3))
    with pytest.raises(KeyboardInterrupt):
        import_folder(store, docs)
    assert snapshot(store) == before


def test_not_a_folder(store, tmp_path):
    with pytest.raises(SourceError):
        import_folder(store, tmp_path / "missing")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    root = tmp_path_factory.mktemp("seed")
    s = Store(root / "seed.db")
    import_folder(s, build_folder(root / "docs"))
    yield s
    s.close()


NAMES = st.sampled_from(["a.md", "b.txt", "c.html", "d.pdf", "e.docx", "sub/f.md", "sub/g.pdf", ".hidden.md", "h.bin"])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(NAMES, st.binary(max_size=300) | st.sampled_from(
    [b"---\n", b"---\nauthors: 3\ncreated: [1]\nkind: poem\n---\nx", b"%PDF-1.4\n" + b"\x00" * 50, b"PK\x05\x06" + b"\x00" * 18,
     b"<html><title>", "é".encode("utf-16"), b"---\nid: ''\ntitle: 1\n---\n# h\n"])), max_size=6, unique_by=lambda f: f[0]))
def test_hostile_files_never_crash_nor_lose_data(seeded, tmp_path_factory, files):
    before = snapshot(seeded)
    root = tmp_path_factory.mktemp("h")
    for name, data in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    report = import_folder(seeded, root)
    assert all(p.source and p.problem for p in report.problems)
    after = snapshot(seeded)
    for table in ("documents", "communities", "people"):
        assert {r[0] for r in before[table]} <= {r[0] for r in after[table]}
