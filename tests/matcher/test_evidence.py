"""Snippets, near-duplicates, the evidence picked and the why lines, on inline texts."""
from matcher.evidence import (body, community_why, expert_why, informative, iso_day, near_duplicate, pick_evidence,
                              snippet, word_set)

TEXT = " ".join(f"w{i:02d}" for i in range(100))      # word i starts at 4 i; 399 characters


def _spans_of(word):
    return lambda text, terms, lang: [(i, i + len(word)) for i in [text.find(word)] if i >= 0]


def test_body_drops_the_title_line():
    assert body("Pompe\nelle cavite", "Pompe") == "elle cavite"
    assert body("elle cavite", "Pompe") == "elle cavite"


def test_snippet_starts_a_quarter_width_before_a_late_match():
    """w75 at 300 > 240 / 3: the window starts at the word after the space before 300 - 60,
    i.e. w60 at 240, and runs to the end (399 < 240 + 240); the span moves by 2 - 240."""
    text, spans = snippet(TEXT, "", _spans_of("w75"), ["w75"])
    assert text.startswith("… w60 ") and text.endswith("w99")
    assert spans == ((62, 65),) and text[62:65] == "w75"


def test_snippet_cuts_at_the_last_word_boundary_of_the_window():
    text, spans = snippet(TEXT, "", _spans_of("w01"), ["w01"], width=40)
    assert text == " ".join(f"w{i:02d}" for i in range(10)) + " …" and spans == ((4, 7),)
    assert snippet("short text", "", _spans_of("x"), []) == ("short text", ())


def test_near_duplicates_share_four_fifths_of_their_words():
    a = word_set(" ".join(f"m{i}" for i in range(10)))
    assert word_set("Le Pompe, la pompe!") == {"le", "pompe", "la"}
    assert near_duplicate(a, a | {"x", "y"})            # 10 / 12
    assert not near_duplicate(a, a | {"x", "y", "z"})   # 10 / 13
    assert not near_duplicate(set(), set())


def test_pick_evidence_prefers_informative_chunks_and_skips_repeats():
    long_a = "vérifie l'alignement des poulies et l'usure des gorges de la courroie"
    bodies = {0: "Merci !", 1: long_a, 2: long_a.upper(), 3: "mesure la flèche au milieu du brin, environ 1,5 cm par mètre"}
    scored = [(0.9, 0), (0.8, 1), (0.7, 2), (0.6, 3)]
    read = lambda rows: {r: bodies[r] for r in rows}
    assert pick_evidence(scored, 2, read) == [(0.8, 1), (0.6, 3)]
    assert pick_evidence(scored, 3, read) == [(0.8, 1), (0.6, 3), (0.9, 0)]
    assert pick_evidence(scored, 3, read, key=lambda r: r // 2) == [(0.7, 2), (0.9, 0)]   # one per key
    assert pick_evidence(scored, 3, read, skip=lambda r: r == 1) == [(0.7, 2), (0.6, 3), (0.9, 0)]
    assert informative("un deux trois quatre cinq six sept huit") and not informative("un deux trois")


def test_why_lines_and_dates():
    assert expert_why({"answer": 2, "accepted_answer": 1, "question": 0}, "2025-10-03") == \
        "Matching 1 accepted answer, 2 answers; latest 2025-10-03"
    assert expert_why({"document": 1}, None) == "Matching 1 author"
    assert community_why(3, True) == "3 matching items in its threads and documents; members who know the topic"
    assert community_why(0, False) == "0 matching items in its threads and documents"
    assert iso_day(0) == "1970-01-01" and iso_day(20000.7) == "2024-10-04"
