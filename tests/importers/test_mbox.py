import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from indexer.importers._common import SourceError
from indexer.importers.mbox import clean_reply, decode_header, import_mbox
from indexer.store import Store

from .conftest import FIXTURES, Boom, counts, snapshot

MBOX = FIXTURES / "mbox" / "maintenance.mbox"
EXPECTED = {"person": {"new": 4}, "community": {"new": 1}, "thread": {"new": 2}}

REPLY = (b"From claire.dubois@ferrand.example Tue Mar  5 08:00:00 2024\n"
         b"From: Claire Dubois <claire.dubois@ferrand.example>\n"
         b"Subject: Re: [maintenance] Analyse vibratoire : seuils ISO 10816 ?\n"
         b"Date: Tue, 05 Mar 2024 09:00:00 +0100\n"
         b"Message-ID: <vib-004@ferrand.example>\n"
         b"In-Reply-To: <vib-003@ferrand.example>\n"
         b"References: <vib-001@ferrand.example> <vib-002@ferrand.example> <vib-003@ferrand.example>\n"
         b"List-Id: Maintenance <maintenance.lists.ferrand.example>\n"
         b"Content-Type: text/plain; charset=utf-8\n\n"
         b"Merci, le spectre d'enveloppe montre bien un pic BPFO : roulement commande.\n\n")


def test_import_counts_and_clean_bodies(store):
    report = import_mbox(store, MBOX)
    assert report.ok, report.problems
    assert counts(report) == EXPECTED
    posts = {p["id"]: p for p in store.query("SELECT * FROM posts")}
    assert len(posts) == 4
    q = posts["mbox:vib-001@ferrand.example"]
    assert q["kind"] == "question" and "6,8 mm/s" in q["body"]          # base64 utf-8 part, text/plain preferred
    assert "HTML version" not in q["body"] and "Ingénieure" not in q["body"] and "Merci d'avance" not in q["body"]
    john = posts["mbox:vib-002@ferrand.example"]["body"]                 # latin-1 8bit part
    assert "zone B va jusqu'à 4,5 mm/s" in john
    assert ">" not in john and "a écrit" not in john and "Cordialement" not in john
    marc = posts["mbox:vib-003@ferrand.example"]["body"]
    assert marc.endswith("outer race is damaged.")
    amina = posts["mbox:loto-001@ferrand.example"]["body"]               # HTML-only, quoted-printable
    assert "- cadenas personnel + étiquette" in amina and "LOTO-07  pompe doseuse  5 étapes" in amina
    assert "color:red" not in amina
    thread = store.one("SELECT * FROM threads WHERE id = 'mbox:vib-001@ferrand.example'")
    assert thread["title"] == "Analyse vibratoire : seuils ISO 10816 ?"
    assert thread["community"] == "mbox:maintenance.lists.ferrand.example"
    assert store.one("SELECT title FROM threads WHERE id = 'mbox:loto-001@ferrand.example'")["title"] == \
        "Retour d'expérience : consignation LOTO"
    marc_p = store.one("SELECT * FROM people WHERE email = 'marc.lefevre@ferrand.example'")
    assert marc_p["name"] == "Marc Lefèvre"
    assert posts["mbox:vib-002@ferrand.example"]["created"] == "2024-03-04T10:30:00"


def test_reimport_unchanged(store):
    import_mbox(store, MBOX)
    before = snapshot(store)
    report = import_mbox(store, MBOX)
    assert report.total("unchanged") == 7 and report.total("new") == report.total("updated") == 0
    assert snapshot(store) == before


def test_newer_archive_updates_thread(store, tmp_path):
    import_mbox(store, MBOX)
    newer = tmp_path / "newer.mbox"
    newer.write_bytes(MBOX.read_bytes() + REPLY)
    report = import_mbox(store, newer)
    assert counts(report)["thread"] == {"updated": 1, "unchanged": 1}
    only_new = tmp_path / "april.mbox"                     # next month's archive: only the new reply
    only_new.write_bytes(REPLY.replace(b"vib-004", b"vib-005"))
    report = import_mbox(store, only_new)
    assert counts(report)["thread"] == {"updated": 1}
    ids = [r["id"] for r in store.query("SELECT id FROM posts WHERE thread = 'mbox:vib-001@ferrand.example' ORDER BY position")]
    assert ids == [f"mbox:vib-00{i}@ferrand.example" for i in (1, 2, 3, 4, 5)]


def test_bad_messages_reported_and_skipped(store, tmp_path):
    bad = tmp_path / "bad.mbox"
    only_quote = (b"From x@y Tue Mar  5 08:00:00 2024\nFrom: Someone <someone@ferrand.example>\nSubject: Re: x\n"
                  b"Message-ID: <q@x>\n\n> only a quote\n> nothing else\n\n")
    odd_charset = (b"From x@y Tue Mar  5 08:00:00 2024\nFrom: Odd <odd@ferrand.example>\nSubject: charset\n"
                   b"Message-ID: <odd@x>\nContent-Type: text/plain; charset=x-no-such-charset\n\nPression r\xe9siduelle \xff\n\n")
    bad.write_bytes(MBOX.read_bytes() + only_quote + odd_charset)
    report = import_mbox(store, bad)
    assert report.ok is False
    assert [(p.line, p.field) for p in report.problems] == [(5, "body")]
    assert counts(report)["thread"] == {"new": 3}
    assert "Pression r" in store.one("SELECT body FROM posts WHERE id = 'mbox:odd@x'")["body"]


def test_clean_reply():
    text = ("Oui, c'est la bonne valeur.\n\nLe mar. 5 mars 2024 à 10:00, Claire Dubois\n<claire@x> a écrit :\n"
            "> question\n")
    assert clean_reply(text) == "Oui, c'est la bonne valeur."
    assert clean_reply("Fine.\n\nThanks,\nJohn\n-- \nJohn Smith | Quality") == "Fine."
    assert clean_reply("Voir ci-dessous.\n-----Original Message-----\nFrom: a") == "Voir ci-dessous."
    assert clean_reply("Merci, c'était bien le roulement.") == "Merci, c'était bien le roulement."


def test_decode_header():
    assert decode_header("=?utf-8?q?Marc_Lef=C3=A8vre?=") == "Marc Lefèvre"
    assert decode_header("=?iso-8859-1?q?S=E9curit=E9?= site") == "Sécurité site"
    assert decode_header("=?x-bogus?q?abc?=") == "abc"
    assert decode_header(None) == ""


def test_interrupt_leaves_db_as_before(store, monkeypatch, tmp_path):
    import_mbox(store, MBOX)
    before = snapshot(store)
    newer = tmp_path / "newer.mbox"
    newer.write_bytes(MBOX.read_bytes() + REPLY)
    monkeypatch.setattr(store, "upsert", Boom(store, 3))
    with pytest.raises(KeyboardInterrupt):
        import_mbox(store, newer, community="c-other")
    assert snapshot(store) == before


def test_missing_file(store, tmp_path):
    with pytest.raises(SourceError):
        import_mbox(store, tmp_path / "none.mbox")
    with pytest.raises(SourceError):
        import_mbox(store, tmp_path)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("seed") / "seed.db")
    import_mbox(s, MBOX)
    yield s
    s.close()


HEADERS = st.sampled_from([b"From: ", b"Subject: ", b"Message-ID: ", b"References: ", b"In-Reply-To: ", b"Date: ",
                           b"Content-Type: ", b"Content-Transfer-Encoding: ", b"List-Id: ", b"X: "])
MESSAGE = st.builds(
    lambda hs, body: b"From someone Mon Mar  4 09:00:00 2024\n" + b"".join(h + v + b"\n" for h, v in hs) + b"\n" + body + b"\n",
    st.lists(st.tuples(HEADERS, st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ")) |
                       st.sampled_from([b"<a@b>", b"<a@b> <c@d>", b"multipart/mixed; boundary=x", b"base64",
                                        b"text/html; charset=latin-1", b"=?utf-8?b?!!!?=", b"Mon, 99 Foo 2024",
                                        b"x@y", b"<" * 50])), max_size=8),
    st.binary(max_size=300) | st.sampled_from([b"--x\nContent-Type: text/plain\n\nhello\n--x--", b"> q\n-- \nsig"]))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=st.lists(MESSAGE, max_size=5), cut=st.integers(0, 3000), junk=st.binary(max_size=200))
def test_hostile_mbox_never_crashes_nor_loses_data(seeded, tmp_path, messages, cut, junk):
    before = snapshot(seeded)
    path = tmp_path / "h.mbox"
    for blob in (b"".join(messages), MBOX.read_bytes()[:cut] + junk, junk):
        path.write_bytes(blob)
        report = import_mbox(seeded, path)
        assert all(p.source and p.problem for p in report.problems)
    after = snapshot(seeded)
    for table in ("people", "threads", "posts", "communities"):
        assert {r[0] for r in before[table]} <= {r[0] for r in after[table]}
