"""End-to-end ranking on the tiny corpus (hash embedder; see test_real_models for the real ones)."""
import pytest

from matcher import SearchError


@pytest.mark.parametrize("query, expected", [
    ("cavitation pompe aspiration", "p1"),
    ("Power BI gateway refresh", "p2"),
    ("ATEX zone 1 outillage", "p3"),
])
def test_expert_ranks_first(tiny, query, expected):
    r = tiny.search(query, mode="experts", k=5)
    assert r.results, query
    assert r.results[0].id == expected
    top = r.results[0]
    assert top.evidence and top.why
    assert set(top.breakdown) >= {"lexical", "semantic", "recency", "prior", "evidence_kinds"}
    scores = [e.score for e in r.results]
    assert scores == sorted(scores, reverse=True)


def test_expert_without_declared_skills_found_from_content(tiny):
    # p3 declares no skills; the evidence must be posts or documents, not the profile
    top = tiny.search("ATEX zone 1 outillage", mode="experts").results[0]
    assert top.id == "p3"
    assert any(e.kind in ("accepted_answer", "answer", "document") for e in top.evidence)


def test_evidence_highlights_point_at_matched_words(tiny):
    r = tiny.search("cavitation", mode="experts")
    spans = [(e.snippet, h) for ex in r.results for e in ex.evidence for h in e.highlights]
    assert spans
    for snippet, (a, b) in spans:
        assert "cavit" in snippet[a:b].lower()


def test_threads_solved_marked_with_accepted_answer(tiny):
    r = tiny.search("pump cavitation noise after shutdown", mode="threads", k=5)
    ids = [h.id for h in r.results]
    assert "t02" in ids[:3] or "t01" in ids[:3]
    solved = [h for h in r.results if h.type == "thread" and h.solved]
    assert solved and solved[0].accepted_answer["snippet"]
    assert solved[0].accepted_answer["author_name"]


def test_communities_with_coordinator(tiny):
    r = tiny.search("Power BI DAX", mode="communities", k=3)
    assert r.results[0].id == "c-data"
    assert r.results[0].coordinator["id"] == "p2"


@pytest.mark.parametrize("method", ["bm25", "dense", "hybrid"])
def test_each_method_answers(tiny, method):
    assert tiny.search("pompe", mode="threads", method=method).results


@pytest.mark.parametrize("kwargs, field", [
    ({"query": ""}, "query"), ({"query": "x" * 5000}, "query"), ({"query": "a", "mode": "nope"}, "mode"),
    ({"query": "a", "k": 0}, "k"), ({"query": "a", "k": "many"}, "k"), ({"query": "a", "method": "magic"}, "method"),
])
def test_bad_input_clear_error(tiny, kwargs, field):
    with pytest.raises(SearchError) as e:
        tiny.search(**kwargs)
    assert str(e.value).startswith(field)


def test_query_syntax_characters_are_plain_text(tiny):
    for q in ('"pompe" AND (NOT', "pompe*", "<script>alert(1)</script>", "pompe; DROP TABLE people;--", "ü ñ 日本語 😀"):
        tiny.search(q, mode="threads")


def test_thread_vote_credits_the_answerers_of_a_matched_question(tiny_db):
    """Words only in p4's question of t01: with thread votes its answerers are found too,
    the accepted answerer (p1) above the other (p3), shown with their own answer."""
    from matcher import Savoir, Settings

    q = "graviers crépine sens de rotation"
    from matcher.formula import HandFormula

    off = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(thread_vote=0.0, prior_weight=0.0))
    assert "p1" not in [e.id for e in off.search(q, mode="experts", method="bm25").results]
    on = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(thread_vote=1.0, prior_weight=0.0))
    r = on.search(q, mode="experts", method="bm25").results
    ids = [e.id for e in r]
    assert "p1" in ids and "p3" in ids and ids.index("p1") < ids.index("p3")
    assert r[ids.index("p1")].evidence[0].item_id == "t01-2"


def test_an_unknown_prior_form_or_weight_is_refused_by_the_formula():
    from indexer.errors import BadInput
    from matcher.formula import HandFormula

    with pytest.raises(BadInput, match="prior_form"):
        HandFormula(prior_form="sum")
    with pytest.raises(BadInput, match="prior_weight"):
        HandFormula().replace(prior_weight=1.5)
    with pytest.raises(BadInput, match="vote_powr: not a number of the hand-made formula"):
        HandFormula().replace(vote_powr=2.0)


def test_memoised_row_factors_equal_the_per_row_vote(tiny):
    from matcher.experts import _factors, vote_bonus
    from matcher.recency import recency

    snap = tiny.snapshot()
    day = 20_000.0
    for half_life in (30.0, 365.0):
        factors = _factors(snap, day + 0.4, half_life)   # same day: same memo
        assert len(factors) == snap.n
        for row in range(snap.n):
            per_row = 0.7 * recency(snap.created_days[row], day, half_life) * vote_bonus(snap.votes[row])
            assert factors[row] * 0.7 == pytest.approx(per_row, rel=1e-9)
    assert len({round(f, 6) for f in factors}) > 1    # recency and votes really vary


def test_approximate_index_answers_like_the_exact_one_and_keeps_privacy(tmp_path):
    """Above ann_threshold the build serves an IVF index; on the tiny corpus it probes every
    list, so every mode must answer exactly as the exact index does, for an anonymous viewer
    and for a member of the private community (the IVF search with the privacy selector)."""
    import json

    from indexer.build import current_build
    from matcher import Savoir, Settings
    from tests.conftest import TINY, build_db

    exact_db, ivf_db = tmp_path / "exact.db", tmp_path / "ivf.db"
    build_db(TINY, exact_db)
    build_db(TINY, ivf_db, ann_threshold=1)
    manifest = json.loads((current_build(ivf_db) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["ann"] is True
    exact = Savoir.open(exact_db, Settings(model="hash"))
    ivf = Savoir.open(ivf_db, Settings(model="hash", ann_threshold=1))
    assert hasattr(ivf.snapshot().vectors["hash"], "nprobe")
    checked = 0
    for viewer in (None, "p6"):
        for mode, query in (("experts", "pompe cavitation"), ("threads", "Power BI refresh"),
                            ("communities", "réorganisation atelier B")):
            a = [(r.id, round(r.score, 5)) for r in exact.search(query, mode=mode, viewer=viewer, method="dense").results]
            b = [(r.id, round(r.score, 5)) for r in ivf.search(query, mode=mode, viewer=viewer, method="dense").results]
            assert [i for i, _ in a] == [i for i, _ in b], (viewer, mode)
            assert all(abs(x - y) < 1e-3 for (_, x), (_, y) in zip(a, b)), (viewer, mode)  # float16 sums
            checked += bool(a)
            if viewer is None:
                assert "c-secret" not in {r.id for r in ivf.search(query, mode="communities").results}
    assert checked >= 5


@pytest.mark.parametrize("corpus", ["tiny", "ferrand"])
def test_grouped_community_indicators_equal_the_per_community_ones(corpus, tmp_path):
    """community_indicators of every community (as search results memoise it per build)
    against the same for one community at a time (as the pages ask), on a read-only
    connection as the web app opens it."""
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from matcher.indicators import community_indicators
    from tests.conftest import ROOT

    db = tmp_path / "s.db"
    store = Store(db)
    report = import_corpus(store, ROOT / "corpora" / corpus)
    assert report.ok
    store.close()
    ro = Store(db, readonly=True)
    grouped = community_indicators(ro)
    ids = [r[0] for r in ro.conn.execute("SELECT id FROM communities")]
    assert len(ids) >= 3 and set(grouped) == set(ids)
    assert any(a["active_members_90d"] for a in grouped.values())
    for c in ids:
        assert grouped[c] == community_indicators(ro, [c])[c], c
    ro.close()


def test_short_thank_you_replies_are_not_shown_as_evidence(tmp_path):
    """Every post chunk carries its thread title, so a bare "thanks" reply matches a query on
    the title as well as the answer does; the evidence shown is the informative chunk."""
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from matcher import Savoir, Settings
    from tests.conftest import TINY

    db = tmp_path / "s.db"
    store = Store(db)
    import_corpus(store, TINY)
    title = "Courroie du convoyeur C-7 qui patine"
    store.upsert_thread({"id": "t-courroie", "title": title, "community": "c-usine", "created": "2024-05-02T08:00:00",
                         "posts": [
                             {"id": "tc-1", "author": "p4", "created": "2024-05-02T08:00:00", "kind": "question",
                              "body": "Depuis lundi ça glisse au démarrage, même après un retensionnement hier soir."},
                             {"id": "tc-2", "author": "p1", "created": "2024-05-02T09:00:00", "accepted": True,
                              "body": "Vérifie l'alignement des poulies et l'usure des gorges : une poulie lustrée fait "
                                      "glisser même une bande neuve. Nettoie et remplace la poulie si besoin."},
                             {"id": "tc-3", "author": "p3", "created": "2024-05-02T10:00:00", "body": "Merci, ça marche !"}]})
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    sv = Savoir.open(db, Settings(model="hash"))
    hit = sv.search(title, mode="threads").results[0]
    assert hit.id == "t-courroie"
    # the bare reply is the best-scoring chunk (shortest, all title words): the case at hand
    assert hit.breakdown["chunks_matched"] == 3
    assert "Merci" not in hit.snippet and len(hit.snippet.split()) >= 8
    community = next(c for c in sv.search(title, mode="communities").results if c.id == "c-usine")
    assert all("Merci, ça marche" not in e.snippet for e in community.evidence)


def test_vote_power_lets_one_close_match_outweigh_many_vague_ones(tmp_path):
    """p3 wrote one answer about every word of the query; p2 wrote six that each mention one
    of them in passing. Summed as they are, the six vague votes win; sharpened (the default
    vote_power) the close match does."""
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from matcher import Savoir, Settings
    from tests.conftest import TINY

    db = tmp_path / "s.db"
    store = Store(db)
    import_corpus(store, TINY)

    def thread(tid, title, answerer, body):
        store.upsert_thread({"id": tid, "title": title, "community": "c-usine", "created": "2024-05-02T08:00:00",
                             "posts": [{"id": f"{tid}-q", "author": "p4", "created": "2024-05-02T08:00:00",
                                        "kind": "question", "body": "Qui peut aider sur ce point, merci d'avance ?"},
                                       {"id": f"{tid}-a", "author": answerer, "created": "2024-05-02T09:00:00",
                                        "body": body}]})

    thread("tz-close", "Trempe des pièces", "p3",
           "La trempe zorblax se fait au bain d'huile : préchauffer le montage zorblax, tremper, puis revenir.")
    for i in range(6):
        thread(f"tz-vague{i}", f"Atelier, point {i} de la semaine", "p2",
               f"Point {i} : voir le fournisseur pour le montage zorblax, le reste de la ligne tourne normalement, "
               "rien de particulier à signaler sur les autres postes cette semaine.")
    thread("tz-far", "Compte rendu mensuel", "p1",
           "Long compte rendu : " + "la production a tourné sans incident notable, " * 12 + "un mot sur le montage.")
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    q = "trempe zorblax montage"
    ranks = {}
    from matcher.formula import VOTE_POWER, HandFormula

    for power in (1.0, VOTE_POWER):
        sv = Savoir.open(db, Settings(model="hash"), HandFormula(prior_weight=0.0, thread_vote=0.0, vote_power=power))
        ranks[power] = [e.id for e in sv.search(q, mode="experts", method="bm25").results]
    assert ranks[1.0].index("p2") < ranks[1.0].index("p3")
    assert ranks[VOTE_POWER][0] == "p3"


@pytest.mark.parametrize("field, value", [("alpha", 1.5), ("alpha", -0.1), ("vote_power", 0.0), ("vote_power", 50),
                                          ("prior_half_life_days", -1)])
def test_fusion_settings_and_formula_numbers_out_of_range_are_refused(field, value):
    from indexer.errors import BadInput
    from indexer.settings import load_settings
    from matcher.formula import HandFormula

    with pytest.raises(BadInput, match=field):
        if field == "alpha":
            load_settings(env={}, alpha=value)
        else:
            HandFormula(**{field: value})


@pytest.mark.parametrize("half_life", [0.0, 30.0, 180.0])
def test_activity_prior_equals_its_definition_over_the_answers_in_sql(tiny_db, half_life):
    """prior(p) = ln(1 + sum over p's visible answers of w x (1 + 2 accepted + 0.5 max(0, votes))),
    w = 2^(-age / half_life) with the age counted from the corpus's newest answer (w = 1 when
    half_life is 0), computed here straight from the posts table."""
    import math
    from datetime import datetime

    from matcher import Savoir, Settings
    from matcher.prior import activity_prior

    from matcher.formula import HandFormula

    sv = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(prior_half_life_days=half_life))
    ctx = sv.context(None)
    rows = sv.store.conn.execute(
        "SELECT p.author, p.created, p.accepted, p.votes, t.community FROM posts p JOIN threads t ON t.id = p.thread"
        " WHERE (p.kind = 'answer' OR p.accepted = 1) AND p.author IS NOT NULL AND trim(p.body) != ''").fetchall()
    days = lambda s: (datetime.fromisoformat(s[:19]) - datetime(1970, 1, 1)).total_seconds() / 86400
    newest = max(days(r[1]) for r in rows)
    expected: dict = {}
    for author, created, accepted, votes, community in rows:
        if not ctx.access.sees_community(community):
            continue
        w = 2 ** (-(newest - days(created)) / half_life) if half_life else 1.0
        expected[author] = expected.get(author, 0.0) + w * (1 + 2 * (accepted or 0) + 0.5 * max(0, votes or 0))
    got = activity_prior(ctx)
    assert len({round(v, 6) for v in got.values()}) > 1
    for person, total in expected.items():
        assert got[person] == pytest.approx(math.log1p(total), rel=1e-6), person
    assert all(v == pytest.approx(0.0) for p, v in got.items() if p not in expected)


def test_share_prior_is_content_times_the_floored_share_of_recent_answers(tiny_db):
    """prior_form "share": score = content / max x max(floor, recent answers / max over the
    candidates), the answers recomputed here from the posts table; a floor of 1 is content alone."""
    from datetime import datetime

    from matcher import Savoir, Settings

    q = "pompe cavitation aspiration purge"
    from matcher.formula import HandFormula

    sv = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(prior_form="share", prior_floor=0.2))
    r = sv.search(q, mode="experts", k=50).results
    assert len(r) >= 3
    ctx = sv.context(None)
    rows = sv.store.conn.execute(
        "SELECT p.author, p.created, t.community FROM posts p JOIN threads t ON t.id = p.thread"
        " WHERE (p.kind = 'answer' OR p.accepted = 1) AND p.author IS NOT NULL AND trim(p.body) != ''").fetchall()
    days = lambda s: (datetime.fromisoformat(s[:19]) - datetime(1970, 1, 1)).total_seconds() / 86400
    newest = max(days(c) for _, c, _ in rows)
    answers: dict = {}
    for author, created, community in rows:
        if ctx.access.sees_community(community):
            answers[author] = answers.get(author, 0.0) + 2 ** (-(newest - days(created)) / 180.0)
    lin = {e.id: answers.get(e.id, 0.0) for e in r}
    top = max(lin.values())
    shares = {p: max(0.2, v / top) for p, v in lin.items()}
    assert len(set(round(s, 6) for s in shares.values())) > 1     # the prior does something here
    for e in r:
        assert e.breakdown["prior_form"] == "share"
        assert e.breakdown["prior"] == pytest.approx(shares[e.id], abs=1e-4)
        assert e.score == pytest.approx(e.breakdown["content"] * shares[e.id], abs=1e-3)
    content_alone = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(prior_form="gated", prior_weight=0.0))
    floor_one = Savoir.open(tiny_db, Settings(model="hash"), HandFormula(prior_form="share", prior_floor=1.0))
    assert [e.id for e in floor_one.search(q, mode="experts", k=50).results] == \
        [e.id for e in content_alone.search(q, mode="experts", k=50).results]


def test_auto_prior_form_is_share_for_a_stack_exchange_import_and_gated_for_a_community(tmp_path, tiny):
    from pathlib import Path

    from indexer.build import build_index
    from indexer.importers.stackexchange import import_stackexchange
    from indexer.store import Store
    from matcher import Savoir, Settings
    from matcher.prior import prior_form

    assert prior_form(tiny.context(None)) == "gated"
    assert tiny.search("pompe cavitation", mode="experts").results[0].breakdown["prior_form"] == "gated"
    db = tmp_path / "se.db"
    store = Store(db)
    import_stackexchange(store, Path(__file__).parent / "fixtures" / "stackexchange" / "mini")
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    sv = Savoir.open(db, Settings(model="hash"))
    assert prior_form(sv.context(None)) == "share"
    # an explicit form wins over auto
    from matcher.formula import HandFormula

    assert prior_form(Savoir.open(db, Settings(model="hash"), HandFormula(prior_form="gated")).context(None)) == "gated"


def test_prior_floor_outside_zero_one_is_refused_and_no_longer_a_setting():
    from indexer.errors import BadInput
    from indexer.settings import SettingsError, load_settings
    from matcher.formula import HandFormula

    with pytest.raises(BadInput, match="prior_floor"):
        HandFormula(prior_floor=1.5)
    with pytest.raises(SettingsError, match="SAVOIR_PRIOR_FORM: prior_form: this setting was removed"):
        load_settings(env={"SAVOIR_PRIOR_FORM": "share"})


def test_expert_alpha_weighs_dense_for_people_only(tiny_db):
    """expert_alpha is the dense weight of the people ranking: at 0 hybrid ranks people by
    their lexical evidence alone (each language of this bilingual corpus max-normalised apart,
    matcher.crosslingual, so not BM25's mixed list); threads keep alpha."""
    from matcher import Savoir, Settings

    q = "pompe cavitation aspiration purge"
    lexical = Savoir.open(tiny_db, Settings(model="hash", expert_alpha=0.0))
    default = Savoir.open(tiny_db, Settings(model="hash"))
    dense_only = Savoir.open(tiny_db, Settings(model="hash", expert_alpha=1.0))
    at = {name: [(e.id, round(e.score, 6)) for e in sv.search(q, mode="experts", k=20).results]
          for name, sv in (("lexical", lexical), ("default", default), ("dense", dense_only))}
    assert at["lexical"] != at["default"] != at["dense"]
    assert [(h.id, h.score) for h in lexical.search(q, mode="threads", k=10).results] == \
        [(h.id, h.score) for h in default.search(q, mode="threads", k=10).results]


def test_expert_alpha_outside_zero_one_is_a_settings_error():
    from indexer.settings import SettingsError, load_settings

    with pytest.raises(SettingsError, match="expert_alpha"):
        load_settings(env={}, expert_alpha=-0.1)


def test_evidence_in_an_archive_ages_from_its_newest_item(tmp_path):
    """A Stack Exchange dump that stopped in 2020: its newest evidence counts as fresh (recency
    1), not six years old; a corpus with a future date still ages from today."""
    from pathlib import Path

    import numpy as np

    from indexer.build import build_index
    from indexer.importers.stackexchange import import_stackexchange
    from indexer.store import Store
    from matcher import Savoir, Settings
    from matcher.recency import now_days as _now_days, recency as _recency, reference_day as _reference_day

    db = tmp_path / "se.db"
    store = Store(db)
    import_stackexchange(store, Path(__file__).parent / "fixtures" / "stackexchange" / "mini")
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    snap = Savoir.open(db, Settings(model="hash")).snapshot()
    days = snap.created_days[~np.isnan(snap.created_days)]
    assert days.max() < _now_days() - 365
    assert _reference_day(snap) == pytest.approx(days.max())
    assert _recency(days.max(), _reference_day(snap), 730.0) == pytest.approx(1.0)
    assert _recency(days.min(), _reference_day(snap), 730.0) < 1.0
    snap.created_days[int(np.nanargmax(snap.created_days))] = _now_days() + 400   # bad data
    snap._memo.clear()
    assert _reference_day(snap) == pytest.approx(_now_days(), abs=1e-3)


def _recurring_answers_db(tmp_path):
    """The tiny corpus plus a recurring question (three threads, 2023-2025) that p1 answered
    each time with the same text, and one different question p1 answered differently."""
    from indexer.build import build_index
    from indexer.corpus import import_corpus
    from indexer.store import Store
    from matcher import Settings
    from tests.conftest import TINY

    answer = ("Pour la courroie du convoyeur C-7, vérifie l'alignement des poulies et l'usure des gorges : "
              "une poulie lustrée fait glisser même une bande neuve.")
    db = tmp_path / "s.db"
    store = Store(db)
    import_corpus(store, TINY)
    for i, (day, greeting) in enumerate((("2023-03-01", ""), ("2024-03-01", "Bonjour, "), ("2025-03-01", ""))):
        store.upsert_thread({"id": f"t-c7-{i}", "title": "Courroie du convoyeur C-7 qui patine", "community": "c-usine",
                             "created": f"{day}T08:00:00", "posts": [
                                 {"id": f"c7-{i}-q", "author": "p4", "created": f"{day}T08:00:00", "kind": "question",
                                  "body": "La courroie du convoyeur C-7 glisse au démarrage, que faire ?"},
                                 {"id": f"c7-{i}-a", "author": "p1", "created": f"{day}T09:00:00", "accepted": True,
                                  "body": greeting + answer}]})
    store.upsert_thread({"id": "t-c9", "title": "Tension de la courroie du convoyeur C-9", "community": "c-usine",
                         "created": "2024-06-01T08:00:00", "posts": [
                             {"id": "c9-q", "author": "p4", "created": "2024-06-01T08:00:00", "kind": "question",
                              "body": "Quelle tension pour la courroie neuve du convoyeur C-9 ?"},
                             {"id": "c9-a", "author": "p1", "created": "2024-06-01T09:00:00", "accepted": True,
                              "body": "Pour une courroie neuve de convoyeur, mesure la flèche au milieu du brin : "
                                      "environ 1,5 cm par mètre d'entraxe, puis recontrôle après une semaine de rodage."}]})
    build_index(store, Settings(model="hash"), show_progress=False)
    store.close()
    return db


def test_a_repeated_answer_is_shown_once_while_other_evidence_is_left(tmp_path):
    """A recurring question answered again with the same text: the expert's evidence shows it
    once and fills the other places with different matches; it is shown twice only when nothing
    else matched."""
    from matcher import Savoir, Settings
    from matcher.evidence import pick_evidence

    db = _recurring_answers_db(tmp_path)
    # RRF: the fused order of the chunks does not depend on the hash embedder's per-language
    # maxima, so which different answer comes next is known (t-c9)
    sv = Savoir.open(db, Settings(model="hash", fusion="rrf"))
    lea = next(e for e in sv.search("courroie convoyeur C-7 qui glisse", mode="experts").results if e.id == "p1")
    threads = [e.thread for e in lea.evidence]
    assert len([t for t in threads if t and t.startswith("t-c7-")]) == 1, threads   # once, not three times
    assert "t-c9" in threads                           # the different answer takes a place
    import re
    counted = re.search(r"(\d+) accepted answers", lea.why)
    assert counted and int(counted.group(1)) >= 4, lea.why    # the repeats still count in the "why"
    assert lea.why.endswith("latest 2025-03-01"), lea.why     # and the newest of them dates it
    # the rule itself: repeats never fill up the places
    ctx = sv.context(None)
    snap = sv.snapshot()
    row = {snap.item_id[r]: r for r in range(len(snap.ids)) if snap.item_type[r] == "post"}
    scored = [(1.0 - 0.1 * i, row[pid]) for i, pid in enumerate(("c7-0-a", "c7-1-a", "c7-2-a", "c9-a"))]
    assert [snap.item_id[r] for _, r in pick_evidence(scored, 3, ctx.bodies)] == ["c7-0-a", "c9-a"]


def test_person_page_lists_a_repeated_answer_once_with_its_other_dates(tmp_path):
    from matcher import Savoir, Settings
    from matcher.pages import person_page

    sv = Savoir.open(_recurring_answers_db(tmp_path), Settings(model="hash"))
    page = person_page(sv, "p1")
    c7 = [e for e in page["evidence"] if e["thread"] and e["thread"].startswith("t-c7-")]
    assert len(c7) == 1 and c7[0]["repeated"] == sorted({"2023-03-01", "2024-03-01", "2025-03-01"} - {c7[0]["date"]})
    assert any(e["thread"] == "t-c9" and e["repeated"] == [] for e in page["evidence"])
    answers = sv.store.one("SELECT COUNT(*) AS n FROM posts WHERE author = 'p1' AND position > 0")["n"]
    assert page["stats"]["answers"] == answers           # the counts still count every answer


def test_why_counts_each_matching_post_once(tiny):
    """An answer votes through its own chunk and through its thread (thread votes); the "why"
    line and the breakdown count it once: never more matching answers than the person wrote."""
    checked = 0
    for q in ("Bruit de cavitation sur la pompe P-12", "Power BI scheduled refresh gateway", "ATEX zone 1"):
        for e in tiny.search(q, mode="experts").results:
            written = tiny.store.conn.execute(
                "SELECT COUNT(*) FROM posts WHERE author = ? AND position > 0", (e.id,)).fetchone()[0]
            kinds = e.breakdown["evidence_kinds"]
            answers = sum(kinds.get(k, {}).get("count", 0) for k in ("answer", "accepted_answer"))
            assert answers <= written, (q, e.id, e.why, written)
            checked += answers > 0
    assert checked >= 3


def test_community_why_counts_threads_and_documents_once(tiny):
    import re

    checked = 0
    for q in ("pompe cavitation", "Power BI gateway refresh", "ATEX"):
        for c in tiny.search(q, mode="communities").results:
            n = int(re.match(r"(\d+) matching items", c.why).group(1))
            items = tiny.store.conn.execute(
                "SELECT (SELECT COUNT(*) FROM threads WHERE community = ?) + (SELECT COUNT(*) FROM documents WHERE community = ?)",
                (c.id, c.id)).fetchone()[0]
            assert n <= items, (q, c.id, c.why, items)
            checked += 1
    assert checked >= 3
