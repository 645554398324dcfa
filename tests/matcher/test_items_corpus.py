"""Done-when checks of "solved before" on the bundled corpus: on every README query, the top 10
hold no two asks of the same question, and no pointer thread ranks above its target."""
import glob
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_db

README_QUERIES = ["pompe qui cavite au redémarrage", "pump cavitation noise after restart",
                  "8D non-conformité fournisseur", "qui connaît l'analyse vibratoire ?", "Power BI gateway refresh",
                  "ATEX zone 1 outillage", "maintenance prédictive capteurs IoT", "onboarding new hire mentor",
                  "analyse vibratoire roulement", "pump cavitation after restart", "capteurs IoT maintenance prédictive"]


@pytest.fixture(scope="module")
def ferrand(tmp_path_factory):
    from matcher import Savoir, Settings

    db = tmp_path_factory.mktemp("ferrand") / "ferrand.db"
    report, _ = build_db(ROOT / "corpora" / "ferrand", db)
    assert report.ok
    return Savoir.open(db, Settings(model="hash"))


def _check_no_repeats(sv):
    from matcher.data import Context
    from matcher.dedup import group_threads, pointer_target
    from matcher.items import _facts

    for q in README_QUERIES:
        r = sv.search(q, mode="threads", k=10)
        assert r.notice is None, q
        threads = [h.id for h in r.results if h.type == "thread"]
        assert len(threads) == len(set(threads)), q
        shown = set(threads) | {a["id"] for h in r.results for a in h.also}
        assert len(shown) == len(threads) + sum(len(h.also) for h in r.results), q   # each thread once
        ctx = sv.context(None)
        assert isinstance(ctx, Context)
        facts = _facts(ctx, threads)
        links = ctx.duplicate_links(threads)
        for f in facts.values():
            f.pointer_to = pointer_target(f, ctx.thread_ids())
            f.links = links.get(f.id, set())
        # nothing left to merge among the shown threads
        assert all(len(g) == 1 for g in group_threads(facts)), (q, [g for g in group_threads(facts) if len(g) > 1])
        for i, t in enumerate(threads):
            target = facts[t].pointer_to
            assert target not in threads[i + 1:], (q, t, target)


def test_readme_queries_show_each_question_once(ferrand):
    _check_no_repeats(ferrand)


def test_pointer_thread_is_merged_into_its_target(ferrand):
    r = ferrand.search("pompe centrifuge crache au redémarrage après vidange", mode="threads", k=10)
    merged = {h.id: {a["id"] for a in h.also} for h in r.results}
    home = [t for t, also in merged.items() if "t0487" in also or t == "t0487"]
    assert home and home[0] != "t0487" and "t0393" in merged[home[0]] | {home[0]}


def test_solved_only_and_offset_pages(ferrand):
    first = ferrand.search("pompe cavitation", mode="threads", k=10)
    second = ferrand.search("pompe cavitation", mode="threads", k=10, offset=10)
    assert first.more and second.offset == 10
    assert not {h.id for h in first.results} & {h.id for h in second.results}
    solved = ferrand.search("pompe cavitation", mode="threads", k=10, solved_only=True)
    assert solved.results and all(h.solved or h.type == "document" for h in solved.results)


def test_nonsense_and_stop_words_get_a_notice_not_results(ferrand):
    for q in ("zzqxw blorf", "qwvbnm"):
        for mode in ("experts", "threads", "communities"):
            r = ferrand.search(q, mode=mode)
            assert (r.notice, r.results) == ("no_good_match", ()), (q, mode)
    for q in ("a", "?", "the"):
        assert ferrand.search(q, mode="threads").notice == "common_words_only"
    assert ferrand.search("pompe cavitation", mode="experts").results


def _real_db():
    """The evaluation's cached index of corpora/ferrand with the default model, if built."""
    cache = Path(os.environ.get("SAVOIR_EVAL_CACHE", Path.home() / ".cache" / "savoir" / "eval"))
    for db in sorted(glob.glob(str(cache / "corpus-ferrand-*" / "auto.db"))):
        if (Path(db + ".index") / "current").exists():
            return Path(db)
    return None


@pytest.mark.slow
def test_readme_queries_show_each_question_once_with_the_real_model():
    from matcher import Savoir

    db = _real_db()
    if db is None:
        pytest.skip("no cached real-model index of corpora/ferrand; run `savoir eval corpus` once")
    sv = Savoir.open(db)
    _check_no_repeats(sv)
    assert sv.search("zzqxw blorf", mode="experts").notice == "no_good_match"


def _merged_from_the_posts(ctx, ranked):
    """merge_groups' entries computed from every pool thread's posts, as before the memo: full
    ThreadFacts, pointer_target on each, canonical over ThreadFacts.standing."""
    from matcher.dedup import canonical, group_threads, pointer_target
    from matcher.items import _facts

    threads = [key[1] for key, _ in ranked]
    links = ctx.duplicate_links(threads)
    facts = _facts(ctx, set(threads) | {o for t in threads for o in links.get(t, ())})
    for f in facts.values():
        f.pointer_to = pointer_target(f, ctx.thread_ids())
    extra = _facts(ctx, {f.pointer_to for f in facts.values() if f.pointer_to and f.pointer_to not in facts})
    for f in extra.values():
        f.pointer_to = pointer_target(f, ctx.thread_ids())
    facts.update(extra)
    for t, f in facts.items():
        f.links = links.get(t, set())
    scores = {key[1]: s for key, s in ranked}
    entries = []
    for group in group_threads(facts):
        if any(t in scores for t in group):
            c = canonical(group, facts, scores)
            others = tuple(sorted((t for t in group if t != c), key=lambda t: (facts[t].created or "", t)))
            entries.append((max(scores[t] for t in group if t in scores), ("thread", c), others))
    return sorted(entries, key=lambda e: (-e[0], e[1]))


def test_merging_memoised_summaries_is_merging_the_posts(ferrand):
    """merge_groups reads each thread once per loaded build (ThreadSummary, standing only for
    groups): on pools of 150 threads, cold and warm memo, anonymous and member viewers, its
    entries are those computed from the posts; and search JSON is the same cold and warm."""
    import random

    from matcher.dedup import pointer_target
    from matcher.items import _facts, _shown, merge_groups

    ids = sorted(ferrand.context(None).thread_ids())
    viewer = ferrand.store.conn.execute("SELECT person FROM memberships LIMIT 1").fetchone()[0]
    rng = random.Random(3)
    merged = pointers = 0
    for trial in range(6):
        ctx = ferrand.context(viewer if trial % 2 else None)
        if trial % 3 == 0:
            ctx.snap._memo.pop("thread_summaries", None)
        ranked = [(("thread", t), round(rng.random(), 3)) for t in rng.sample(ids, 150)]
        entries, _ = merge_groups(ctx, ranked)
        assert entries == _merged_from_the_posts(ctx, ranked), trial
        merged += sum(len(e[2]) for e in entries)
        cards, plain = _shown(ctx, [key[1] for key, _ in ranked]), _facts(ctx, [key[1] for key, _ in ranked])
        for f in plain.values():
            f.pointer_to = pointer_target(f, ctx.thread_ids())
        assert {t: (f.pointer_to, f.answers) for t, f in cards.items()} == \
            {t: (f.pointer_to, f.answers) for t, f in plain.items()}, trial
        pointers += sum(a["pointer"] for f in plain.values() for a in f.answers)
    assert merged > 20 and pointers > 3                  # the pools do merge, and hold pointers

    def shown(q):
        d = ferrand.search(q, mode="threads", k=10, viewer=viewer).to_dict()
        d.pop("took_ms")
        return d

    warm = [shown(q) for q in README_QUERIES[:4]]
    ferrand.context(None).snap._memo.pop("thread_summaries", None)
    assert [shown(q) for q in README_QUERIES[:4]] == warm


def test_card_excerpts_analyse_only_the_window_and_show_the_same(ferrand):
    """_excerpt finds spans up to the window's width after the first one; on every longer post
    of the bundled corpus, six queries' terms and three widths, the window and highlights are
    those of the spans of the whole text."""
    from matcher.excerpts import markdown_text, sentence_window
    from matcher.items import QUESTION_WIDTH, _excerpt

    ctx = ferrand.context(None)
    posts = [b for (b,) in ferrand.store.conn.execute("SELECT body FROM posts WHERE length(body) > 350")]
    assert len(posts) > 100
    beyond = 0
    for q in README_QUERIES[:6]:
        terms = ferrand.make_query(q, "bm25").terms
        for text in posts:
            plain = markdown_text(text)
            spans = ctx.spans_fn(plain, terms, None)
            for width in (60, 120, QUESTION_WIDTH):
                shown, inside, cut = sentence_window(plain, spans, width)
                assert _excerpt(ctx, text, terms, None, width) == (shown, [list(h) for h in inside], cut)
                beyond += bool(spans) and spans[-1][0] > spans[0][0] + width   # spans past the horizon
    assert beyond > 20


def test_the_summary_memo_is_bounded_and_starting_again_changes_nothing(ferrand, monkeypatch):
    import random

    from matcher import items

    monkeypatch.setattr(items, "MAX_SUMMARIES", 100)
    ctx = ferrand.context(None)
    ids = sorted(ctx.thread_ids())
    rng = random.Random(4)
    for _ in range(4):
        ranked = [(("thread", t), round(rng.random(), 3)) for t in rng.sample(ids, 120)]
        assert items.merge_groups(ctx, ranked)[0] == _merged_from_the_posts(ctx, ranked)
        assert len(ctx.snap.memo("thread_summaries", dict)) <= 100 + 240   # one pool past the bound, with links and targets
