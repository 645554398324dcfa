"""Merging recurring questions: pointers, grouping, canonical choice (hand-made threads)."""
from matcher.dedup import ThreadFacts, canonical, group_threads, is_pointer, pointer_target, referenced_threads

KNOWN = {"t1", "t2", "t3", "t4", "t0393"}


def answer(body, votes=0, accepted=False, position=1):
    return {"id": f"a{position}", "body": body, "votes": votes, "accepted": accepted, "position": position,
            "author": "p1", "created": "2024-01-01"}


def facts(tid, title="Pump noise", question="The pump makes gravel noise after restart since the shutdown",
          solved=False, answers=(), created="2024-01-01", links=()):
    f = ThreadFacts(id=tid, title=title, created=created, solved=solved, question=question, answers=list(answers),
                    links=set(links))
    f.pointer_to = pointer_target(f, KNOWN)
    return f


def test_pointer_posts_name_a_known_thread_and_say_little_else():
    text = "Déjà traité ici : « Bruit de cavitation sur la pompe P-201 après redémarrage » (t0393). Regarde la réponse acceptée, c'est le même cas."
    assert referenced_threads(text, KNOWN) == ["t0393"]
    assert is_pointer(text, ["t0393"])
    assert is_pointer("see t2", ["t2"])
    assert not is_pointer("see t9", [])                     # not a known thread
    long = "Like t2, " + "check the suction valve, the strainer, the fluid temperature and the NPSH margin " * 3
    assert not is_pointer(long, ["t2"])


def test_an_open_thread_answered_by_a_pointer_points_to_its_target_unless_it_has_its_own_accepted_answer():
    assert facts("t1", answers=[answer("see t2")]).pointer_to == "t2"
    own = answer("Open the suction valve fully and vent the casing before you restart the pump again", 5, True, 2)
    assert facts("t1", solved=True, answers=[answer("see t2"), own]).pointer_to is None
    assert facts("t1", answers=[answer("see t1")]).pointer_to is None          # its own id is no pointer


def test_groups_come_from_links_pointers_and_near_same_questions():
    f = {"t1": facts("t1", answers=[answer("see t2")]),
         "t2": facts("t2", title="Cavitation on P-201", question="completely different words here about cavitation"),
         "t3": facts("t3", question="Hello all, the pump makes gravel noise after restart since the shutdown. Thanks"),
         "t4": facts("t4", title="Seal leak", question="The new mechanical seal leaks after two weeks"),
         "t0393": facts("t0393", title="Other", question="nothing shared at all", links={"t4"})}
    groups = sorted(sorted(g) for g in group_threads(f))
    assert groups == [["t0393", "t4"], ["t1", "t2", "t3"]]


def test_same_title_alone_is_not_enough():
    f = {"t1": facts("t1", question="Replace a competitor's pump like for like"),
         "t2": facts("t2", question="Our operators ask about the new safety procedure for lockout")}
    assert len(group_threads(f)) == 2


def test_the_canonical_thread_is_solved_best_answered_and_never_a_pointer():
    acc = answer("Open the suction valve fully and vent the casing before you restart the pump again", 8, True)
    f = {"t1": facts("t1", answers=[answer("see t2", votes=9)]),
         "t2": facts("t2", solved=True, answers=[acc]),
         "t3": facts("t3", solved=True, answers=[{**acc, "votes": 2}]),
         "t4": facts("t4")}
    scores = {"t1": 1.0, "t2": 0.3, "t3": 0.9, "t4": 0.95}
    assert canonical(["t1", "t2", "t3", "t4"], f, scores) == "t2"
    assert canonical(["t1", "t4"], f, scores) == "t4"      # an open thread of its own beats a pointer
    assert canonical(["t1"], f, scores) == "t1"            # alone, a pointer is still shown


def test_same_question_is_the_documented_rule_on_every_pair_with_or_without_title_keys():
    """The pre-filtered pair test equals the rule as written (word Jaccard >= 0.8, or the same
    title and half the smaller word set shared), pair by pair, with the title keys given or not."""
    import random

    from matcher import dedup

    def rule(a, b):
        wa, wb = words[a], words[b]
        if wa and wb and len(wa & wb) >= 0.8 * len(wa | wb):
            return True
        same_title = " ".join(facts[a].title.casefold().split()) == " ".join(facts[b].title.casefold().split())
        return bool(wa and wb) and same_title and len(wa & wb) >= 0.5 * min(len(wa), len(wb))

    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(14)]
    titles = ["Pump noise", "pump  NOISE", "Gateway refresh", ""]
    facts = {}
    for i in range(60):
        words = rng.sample(vocab, rng.randint(0, 9))
        facts[f"t{i}"] = dedup.ThreadFacts(id=f"t{i}", title=rng.choice(titles), created="2024-01-01", solved=False,
                                           question=" ".join(words))
    words = {t: dedup.word_set(f.question) for t, f in facts.items()}
    keys = {t: dedup._title_key(f.title) for t, f in facts.items()}
    pairs = [(a, b) for a in facts for b in facts if a < b]
    expected = [rule(a, b) for a, b in pairs]
    assert sum(expected) > 5                    # the sample has both outcomes
    assert expected == [dedup.same_question(facts[a], facts[b], words) for a, b in pairs]
    assert expected == [dedup.same_question(facts[a], facts[b], words, keys) for a, b in pairs]


def _root(parent, t):
    while parent[t] != t:
        t = parent[t]
    return t


def test_grouping_over_the_candidate_pairs_is_grouping_over_every_pair():
    """group_threads tests only candidate_pairs; the groups equal those of same_question over
    every pair (union-find written out here), on pools where sizes sit at the 0.8 boundary and
    titles repeat."""
    import random

    from matcher import dedup

    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(12)]
    titles = ["Pump noise", "pump noise!", "Gateway refresh", ""]
    merged = 0
    for trial in range(30):
        pool = {}
        for i in range(40):
            question = " ".join(rng.sample(vocab, rng.choice([0, 4, 5, 8, 10, 12])))
            pool[f"t{i}"] = dedup.ThreadFacts(id=f"t{i}", title=rng.choice(titles), created=None, solved=False,
                                              question=question)
        words = {t: dedup.word_set(f.question) for t, f in pool.items()}
        parent = {t: t for t in pool}
        for a, fa in pool.items():
            for b, fb in pool.items():
                if a < b and dedup.same_question(fa, fb, words):
                    parent[_root(parent, b)] = _root(parent, a)
        expected = {}
        for t in pool:
            expected.setdefault(_root(parent, t), []).append(t)
        assert group_threads(pool) == list(expected.values()), trial
        merged += sum(len(g) - 1 for g in expected.values())
    assert merged > 30                                  # the pools do merge


def test_the_digit_pre_filter_changes_no_reference():
    """With numbered ids (KnownIds.numbered) a text without a digit names no thread; the
    pre-filter gives what the token scan gives, and stays off when an id has no digit."""
    from matcher.dedup import KnownIds

    texts = ["see t2", "Déjà traité ici : t0393.", "no id here at all", "t1 and t3, not t9", "t-2 t 2", "voir t4 ou t4"]
    numbered = KnownIds(KNOWN)
    assert numbered.numbered and not KnownIds(KNOWN | {"faq"}).numbered
    for text in texts:
        assert referenced_threads(text, numbered, "t1") == referenced_threads(text, set(KNOWN), "t1"), text
    assert referenced_threads("read the faq first", KnownIds(KNOWN | {"faq"})) == ["faq"]
    assert referenced_threads("t1 and t3, not t9", numbered) == ["t1", "t3"]
