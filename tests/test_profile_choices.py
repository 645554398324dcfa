"""Profile choices: hidden topics and items stop counting for the person (ranking, evidence,
why lines, pages), opt-out applies everywhere at once, and choices survive re-imports and
full rebuilds."""
from __future__ import annotations

import shutil

import pytest

from indexer.errors import NotFound
from indexer.userdata import profile as choices

from .conftest import TINY, build_db


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("choices") / "tiny.db"
    build_db(TINY, path)
    return path


@pytest.fixture()
def sv(db):
    from matcher import Savoir, Settings

    sv = Savoir.open(db, Settings(model="hash"))
    yield sv
    with sv.store.transaction():        # every test starts without choices
        sv.store.conn.execute("DELETE FROM profile_choices")


def experts(sv, q, method="bm25", viewer=None):
    return {e["id"]: e for e in sv.search(q, viewer=viewer, k=20, method=method).to_dict()["results"]}


def test_a_hidden_topic_no_longer_ranks_the_person_for_it(sv):
    assert "p1" in experts(sv, "NPSH")
    assert choices.set_choice(sv.store, "p1", "topic_hidden", "NPSH")
    assert "p1" not in experts(sv, "NPSH")
    assert "p1" in experts(sv, "ATEX")          # the rest of their content still counts
    from matcher import pages

    page = pages.person_page(sv, "p1")
    assert all("npsh" not in t["topic"].lower() for t in page["topics"])
    choices.set_choice(sv.store, "p1", "topic_hidden", "NPSH", on=False)
    assert "p1" in experts(sv, "NPSH")


def test_a_hidden_item_is_gone_from_evidence_why_counts_and_pages(sv):
    from matcher import pages

    before = experts(sv, "cavitation")["p1"]
    assert any(ev.get("post") == "t01-2" or ev.get("id") == "t01-2" or "t01-2" in str(ev)
               for ev in before["evidence"])
    n_before = sum(k["count"] for k in before["breakdown"]["evidence_kinds"].values())
    choices.set_choice(sv.store, "p1", "item_hidden", "t01-2")
    after = experts(sv, "cavitation")["p1"]
    assert "t01-2" not in str(after["evidence"])
    assert sum(k["count"] for k in after["breakdown"]["evidence_kinds"].values()) < n_before
    assert after["score"] <= before["score"]
    page = pages.person_page(sv, "p1")
    assert "t01-2" not in [e["id"] for e in page["evidence"]]
    assert all("t01-2" not in str(t) for t in page["topics"])


def test_opting_out_applies_at_once_everywhere_and_is_reversible(sv):
    from matcher import pages

    choices.set_choice(sv.store, "p1", "opted_out")
    assert "p1" not in experts(sv, "cavitation", method="hybrid")
    with pytest.raises(NotFound):
        pages.person_page(sv, "p1", viewer="p6")
    community = pages.community_page(sv, "c-usine", viewer="p6")
    assert "p1" not in str(community)
    assert "Léa Martin" not in str(sv.search("cavitation pompe", mode="threads", viewer="p6", k=20).to_dict())
    choices.set_choice(sv.store, "p1", "opted_out", on=False)
    assert "p1" in experts(sv, "cavitation", method="hybrid")
    assert pages.person_page(sv, "p1")["name"] == "Léa Martin"


def test_choices_survive_a_reimport_and_a_full_rebuild(sv, db, tmp_path):
    from click.testing import CliRunner

    from matcher.cli import cli

    choices.set_choice(sv.store, "p1", "opted_out")
    choices.set_choice(sv.store, "p3", "topic_hidden", "ATEX")
    choices.set_choice(sv.store, "p3", "mentor", "consignation")
    corpus = tmp_path / "corpus"
    shutil.copytree(TINY, corpus)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--db", str(db), "--model", "hash", "--full"])
    assert result.exit_code == 0, result.output
    assert "p1" in choices.opted_out(sv.store.conn)
    assert choices.choices(sv.store.conn, "p3")["mentor"] == ["consignation"]
    assert "p1" not in experts(sv, "cavitation", method="hybrid")
    assert "p3" not in experts(sv, "ATEX")
    log = choices.log(sv.store.conn, "p3")
    assert [e["kind"] for e in log][:2] == ["mentor", "topic_hidden"]


def test_bad_choices_are_refused(sv):
    from indexer.errors import BadInput

    with pytest.raises(BadInput, match="kind"):
        choices.set_choice(sv.store, "p1", "rank_me_first", "x")
    with pytest.raises(BadInput, match="value"):
        choices.set_choice(sv.store, "p1", "ask_me", "  ")
