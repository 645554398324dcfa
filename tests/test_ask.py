"""matcher.ask / matcher.inbox / matcher.notify over a private copy of the tiny index: routing
with loads and choices, privacy, bad input, answers as indexed Savoir-native threads, escalation
on a fake clock and SMTP delivery to a real local server (aiosmtpd)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from matcher import ask, inbox, notify

NOW = dt.datetime(2025, 3, 3, 9, 0, 0)


@pytest.fixture()
def sv(tiny_db, tmp_path):
    """A Savoir over a copy of the tiny database and its index (each test writes its own)."""
    from matcher import Savoir, Settings

    db = tmp_path / "tiny.db"
    shutil.copy(tiny_db, db)
    shutil.copytree(str(tiny_db) + ".index", str(db) + ".index", symlinks=True)
    return Savoir.open(db, Settings(model="hash"))


def counts(sv) -> dict:
    return {t: sv.store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("questions", "routings", "outbox", "answers", "solved_events", "threads", "posts")}


def test_propose_routes_k_people_with_the_why_line_never_the_asker_or_opted_out(sv):
    p = ask.propose(sv, "Pompe qui cavite au redémarrage", "Bruit de cavitation sur la pompe P-12", "p4")
    assert p.community == "c-usine"
    ids = [x["id"] for x in p.people]
    assert len(ids) == 3 and "p4" not in ids and "p8" not in ids          # p8 opted out
    assert all(x["why"] for x in p.people)
    assert "c-secret" not in {c["id"] for c in p.communities}             # p4 is not a member


def test_a_person_at_their_cap_unavailable_or_unwilling_is_not_chosen(sv):
    text = ("Pompe qui cavite au redémarrage", "Bruit de cavitation sur la pompe P-12")
    top = ask.propose(sv, *text, "p4").people[0]["id"]
    inbox.set_prefs(sv.store, top, weekly_cap=1)
    ask.ask(sv, "p5", "Autre question pompe", "", "c-usine", [top], now=NOW)
    p = ask.propose(sv, *text, "p4", today=NOW.date())
    assert top not in [x["id"] for x in p.people]
    assert {"id": top, "reason": "weekly_cap"} in p.passed_over
    with pytest.raises(ask.AskError, match="weekly cap"):                 # nor can the asker add them
        ask.ask(sv, "p4", *text, "c-usine", [top], now=NOW)

    inbox.set_prefs(sv.store, top, unavailable_until="2025-04-01")
    assert {"id": top, "reason": "unavailable"} in ask.propose(sv, *text, "p4", today=NOW.date()).passed_over
    inbox.set_prefs(sv.store, top, never_route=True)
    assert {"id": top, "reason": "never_route"} in ask.propose(sv, *text, "p4", today=NOW.date()).passed_over
    inbox.set_prefs(sv.store, top)                                        # back to free and willing
    assert top in [x["id"] for x in ask.propose(sv, *text, "p4", today=NOW.date()).people]


def test_the_open_request_cap(sv):
    sv.settings = sv.settings.replace(max_open_requests=1)
    ask.ask(sv, "p4", "Pompe", "", "c-usine", ["p1"], now=NOW)
    with pytest.raises(ask.AskError, match="open cap"):
        ask.ask(sv, "p3", "Pompe encore", "", "c-usine", ["p1"], now=NOW)


def test_a_private_community_proposes_and_accepts_only_its_members(sv):
    p = ask.propose(sv, "Zorglub planning atelier B", "budget", "p6", community="c-secret")
    assert {x["id"] for x in p.people} <= {"p7"}
    with pytest.raises(ask.AskError, match="not a member"):
        ask.ask(sv, "p6", "Zorglub ?", "", "c-secret", ["p1"])
    with pytest.raises(ask.AskError, match="can post in"):                # p4 cannot see it
        ask.ask(sv, "p4", "Zorglub ?", "", "c-secret", ["p6"])
    qid = ask.ask(sv, "p6", "Zorglub ?", "", "c-secret", ["p7"])
    assert inbox.question_view(sv, qid, "p7")["title"] == "Zorglub ?"
    for outsider in ("p1", None):
        with pytest.raises(LookupError):
            inbox.question_view(sv, qid, outsider)


@pytest.mark.parametrize("title, body, people, match", [
    ("", "body", ["p1"], "title: empty"),
    ("Pompe", "x" * (ask.MAX_BODY + 1), ["p1"], "body:"),
    ("Pompe", "", ["p999"], "unknown person"),
    ("Pompe", "", [], "at least one"),
    ("Pompe", "", ["p8"], "opted out"),
])
def test_bad_input_is_refused_with_nothing_stored(sv, title, body, people, match):
    before = counts(sv)
    with pytest.raises(ask.AskError, match=match):
        ask.ask(sv, "p4", title, body, "c-usine", people)
    assert counts(sv) == before


def test_this_solved_it_records_the_match_and_ends_the_question(sv):
    hits = ask.similar_threads(sv, "pump cavitation noise", "p4")
    assert hits and hits[0]["solved"]
    qid = ask.solved_by_thread(sv, "p4", "pump cavitation noise", "", hits[0]["id"])
    q = sv.store.one("SELECT status, solved_thread FROM questions WHERE id = ?", (qid,))
    assert q == {"status": "solved", "solved_thread": hits[0]["id"]}
    with pytest.raises(ask.AskError):
        ask.solved_by_thread(sv, "p4", "zorglub", "", "t10")               # private: not for p4


def test_an_answer_is_a_savoir_thread_found_after_reindex_and_kept_by_a_reimport(sv):
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from tests.conftest import TINY

    qid = ask.ask(sv, "p4", "Graissage des roulements du convoyeur", "Quelle graisse ?", "c-usine", ["p1", "p3"], now=NOW)
    assert [r["id"] for r in inbox.inbox(sv, "p1")["routed"]] == [qid]
    post = inbox.answer(sv, "p1", qid, "Graisse lithium EP2 toutes les 500 heures, zorblax.", now=NOW)
    with pytest.raises(ask.AskError):
        inbox.accept(sv, "p4", qid, "nope")
    inbox.accept(sv, "p4", qid, post, now=NOW)
    assert inbox.question_view(sv, qid, "p4")["status"] == "solved"
    t = sv.store.one("SELECT source, solved, community FROM threads WHERE id = ?", (f"savoir-{qid}",))
    assert t == {"source": "savoir", "solved": 1, "community": "c-usine"}
    assert sv.store.one("SELECT state FROM routings WHERE question = ? AND person = 'p1'", (qid,))["state"] == "answered"
    assert {r["kind"] for r in sv.store.query("SELECT kind FROM outbox WHERE question = ?", (qid,))} >= {"asked", "answered", "accepted"}

    build_index(sv.store, sv.settings, show_progress=False)
    hits = sv.search("zorblax graisse lithium", mode="threads", viewer="p4", k=3).results
    assert hits[0].id == f"savoir-{qid}" and hits[0].solved

    report = import_corpus(sv.store, TINY)                                # a re-import of the source
    assert report.ok
    assert sv.store.one("SELECT count(*) AS n FROM posts WHERE thread = ?", (f"savoir-{qid}",))["n"] == 2


def test_refer_and_pass(sv):
    qid = ask.ask(sv, "p4", "Pompe doseuse", "", "c-usine", ["p1", "p3"], now=NOW)
    assert inbox.refer(sv, "p1", qid, "p6", now=NOW) == "p6"
    inbox.pass_question(sv, "p3", qid, now=NOW)
    states = dict(sv.store.conn.execute("SELECT person, state FROM routings WHERE question = ?", (qid,)).fetchall())
    assert states == {"p1": "referred", "p3": "passed", "p6": "open"}
    with pytest.raises(ask.AskError):
        inbox.refer(sv, "p6", qid, "p999")
    with pytest.raises(LookupError):
        inbox.pass_question(sv, "p5", qid)                                # not routed to p5


def test_escalation_on_a_fake_clock_goes_to_the_coordinator_then_the_community_page(sv):
    qid = ask.ask(sv, "p4", "Pompe sans réponse", "", "c-usine", ["p1"], now=NOW)
    assert notify.escalate(sv.store, sv.settings, now=NOW + dt.timedelta(hours=71)) == []
    assert inbox.unanswered(sv, "c-usine", None) == []
    assert notify.escalate(sv.store, sv.settings, now=NOW + dt.timedelta(hours=73)) == [qid]
    r = sv.store.one("SELECT reason, state FROM routings WHERE question = ? AND person = 'p6'", (qid,))
    assert r == {"reason": "escalated", "state": "open"}                  # p6 coordinates c-usine
    assert [q["id"] for q in inbox.unanswered(sv, "c-usine", None)] == [qid]
    assert notify.escalate(sv.store, sv.settings, now=NOW + dt.timedelta(hours=200)) == []  # once


@pytest.fixture()
def smtp_server():
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")

    class Keep:
        def __init__(self):
            self.mails = []

        async def handle_DATA(self, server, session, envelope):
            self.mails.append(envelope)
            return "250 OK"

    import socket

    with socket.socket() as s:             # a free port (the controller's self-check needs a real one)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Keep()
    ctl = aiosmtpd.Controller(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        yield port, handler.mails
    finally:
        ctl.stop()


def test_smtp_delivery_immediate_and_daily_digest(sv, smtp_server):
    port, mails = smtp_server
    assert notify.deliver(sv.store, sv.settings) == 0                     # no SMTP host: nothing sent
    inbox.set_prefs(sv.store, "p3", notify="digest")
    q1 = ask.ask(sv, "p4", "Pompe A", "", "c-usine", ["p1", "p3"], now=NOW)
    ask.ask(sv, "p4", "Pompe B", "", "c-usine", ["p1", "p3"], now=NOW)
    assert sv.store.one("SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL")["n"] == 4
    settings = sv.settings.replace(smtp_host="127.0.0.1", smtp_port=port, smtp_from="savoir@tiny.example")
    assert notify.run(sv.store, settings, now=NOW) == {"escalated": [], "sent": 3}
    to = sorted((m.rcpt_tos[0], m.content.decode()) for m in mails)
    assert [t for t, _ in to] == ["lea.martin@tiny.example"] * 2 + ["marc.roy@tiny.example"]
    assert "Pompe A" in to[2][1] and "Pompe B" in to[2][1]                 # one digest with both
    inbox.answer(sv, "p1", q1, "Purge.", now=NOW)                          # p4 is told, immediately
    ask.ask(sv, "p5", "Pompe C", "", "c-usine", ["p3"], now=NOW)          # p3's next digest: tomorrow
    assert notify.deliver(sv.store, settings, now=NOW + dt.timedelta(hours=1)) == 1
    assert notify.deliver(sv.store, settings, now=NOW + dt.timedelta(hours=25)) == 1
    assert sv.store.one("SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL")["n"] == 0


def test_the_notify_command_escalates_on_the_given_clock(sv):
    from click.testing import CliRunner

    from matcher.cli import cli

    qid = ask.ask(sv, "p4", "Pompe oubliée", "", "c-usine", ["p1"], now=NOW)
    out = CliRunner().invoke(cli, ["notify", "--db", str(sv.db_path), "--now", "2025-03-20T09:00:00"])
    assert out.exit_code == 0, out.output
    assert "1 question(s) escalated, 0 mail(s) sent (no smtp_host set" in out.output
    assert sv.store.one("SELECT escalated_at FROM questions WHERE id = ?", (qid,))["escalated_at"] == "2025-03-20T09:00:00"
    bad = CliRunner().invoke(cli, ["notify", "--db", str(sv.db_path), "--now", "soon"])
    assert bad.exit_code == 2 and "ISO date-time" in bad.output
