"""matcher.vote_arrays gives the votes of matcher.experts' loops to the bit, dict order included,
on real searches of the tiny corpus: anonymous and member viewers, sharpened or linear votes,
with and without thread votes, with hidden items and topics and an opted-out person."""
from __future__ import annotations

import pytest

from indexer.userdata import profile as choices
from tests.conftest import TINY, build_db

QUERIES = ("pompe cavitation", "NPSH", "ATEX zone", "pump seal leak", "vibration roulement", "soudure inox",
           "maintenance préventive", "variateur moteur", "corrosion", "calibration capteur pression")


@pytest.fixture(scope="module")
def sv(tmp_path_factory):
    from matcher import Savoir, Settings

    db = tmp_path_factory.mktemp("votes") / "tiny.db"
    build_db(TINY, db)
    return Savoir.open(db, Settings(model="hash"))


def _both(sv, q, viewer, **formula):
    from matcher.experts import expert_top_votes, expert_votes, top_votes
    from matcher.retrieval import rank_chunks

    ctx = sv.context(viewer)
    if formula:
        ctx.formula = ctx.formula.replace(**formula)
    query = sv.make_query(q, "hybrid")
    scores = rank_chunks(ctx.snap, query, ctx.snap.allowed_for(ctx.access), "hybrid", ctx.settings,
                         alpha=ctx.settings.experts.alpha)
    loops = top_votes(expert_votes(ctx, scores), ctx.formula.top_evidence)
    return loops, expert_top_votes(ctx, scores)


def _same(a, b):
    (tops_a, content_a), (tops_b, content_b) = a, b
    assert list(content_a.items()) == list(content_b.items())      # same floats, same order
    assert list(tops_a) == list(tops_b)
    assert all(tops_a[p] == tops_b[p] for p in tops_a)
    assert all(type(v) is float and type(r) is int for top in tops_b.values() for v, r in top)


@pytest.mark.parametrize("formula", [{}, {"vote_power": 1.0}, {"thread_vote": 0.0}, {"top_evidence": 2}])
def test_the_array_votes_are_the_loops_votes(sv, formula):
    member = sv.store.conn.execute("SELECT id FROM people WHERE opted_out = 0 ORDER BY id LIMIT 1").fetchone()[0]
    n = 0
    for q in QUERIES:
        for viewer in (None, member):
            loops, arrays = _both(sv, q, viewer, **formula)
            _same(loops, arrays)
            n += len(loops[1])
    assert n > 20       # the queries matched people


def test_the_array_votes_drop_withdrawn_credits_as_the_loops_do(sv):
    before = _both(sv, "cavitation", None)[1][1]
    assert "p1" in before
    choices.set_choice(sv.store, "p1", "item_hidden", "t01-2")
    choices.set_choice(sv.store, "p1", "topic_hidden", "NPSH")
    gone = next(p for p in before if p != "p1")
    choices.set_choice(sv.store, gone, "opted_out")
    try:
        for q in QUERIES:
            loops, arrays = _both(sv, q, None)
            _same(loops, arrays)
            assert gone not in arrays[1]
        after = _both(sv, "cavitation", None)[1][1]
        assert after["p1"] < before["p1"]
    finally:
        with sv.store.transaction():
            sv.store.conn.execute("DELETE FROM profile_choices")


def test_a_past_question_s_array_votes_are_the_loops_votes_with_answers_before_its_day(sv):
    """Training (matcher.features.Cut): only the answers dated before the question's day vote
    for their thread; the arrays against the loops given a cut view of the answerers."""
    import numpy as np

    from matcher.experts import OTHER_KIND_WEIGHT, content_votes, row_factor_array, top_votes
    from matcher.retrieval import rank_chunks
    from matcher.vote_arrays import top_content_votes

    ctx = sv.context(None)
    snap, s = ctx.snap, ctx.formula
    days = snap.created_days[~np.isnan(snap.created_days)]
    compared = dropped = differs = 0
    for day in np.quantile(days, [0.3, 0.6, 0.9]).tolist():
        class Cut:      # the loops' rows, with the answerers of each thread dated before ``day``
            people_of, evidence, thread = snap.people_of, snap.evidence, snap.thread
            answerers = {t: tuple(a for a in v if snap.created_days[a[2]] < day) for t, v in snap.answerers.items()}

        dropped += sum(len(v) for v in snap.answerers.values()) - sum(len(v) for v in Cut.answerers.values())
        allowed = snap.allowed_for(ctx.access) & ~(snap.created_days >= day)
        factor = row_factor_array(snap.created_days, snap.votes, day, s.recency_half_life_days)
        for q in QUERIES:
            scores = rank_chunks(snap, sv.make_query(q, "hybrid"), allowed, "hybrid", ctx.settings,
                                 alpha=ctx.settings.experts.alpha)
            loops = top_votes(content_votes(scores.fused, Cut, factor.tolist(), s.evidence_weights, set(),
                                            s.vote_power, s.thread_vote), s.top_evidence)
            arrays = top_content_votes(snap, scores.fused, factor, s.evidence_weights, set(), s.vote_power,
                                       s.thread_vote, frozenset(), s.top_evidence, OTHER_KIND_WEIGHT, before=day)
            _same(loops, arrays)
            compared += len(loops[1])
            unfiltered = top_content_votes(snap, scores.fused, factor, s.evidence_weights, set(), s.vote_power,
                                           s.thread_vote, frozenset(), s.top_evidence, OTHER_KIND_WEIGHT)[1]
            differs += unfiltered != arrays[1]
    assert compared > 20 and dropped > 0 and differs > 0   # later answers were there, and left out
