"""Name matching: whole names, accent- and case-insensitive, typo-tolerant, as-you-type prefixes."""
from matcher.names import FULL_NAME_THRESHOLD, best_person, filter_names, fold, name_score

# the names of corpora/ferrand that the issue names, and their near neighbours
PEOPLE = {"p1": "Anne-Sophie Morel", "p2": "Sophie Lavoie", "p3": "Catherine Lavoie", "p4": "Valérie Dumont",
          "p5": "Valentin Dumas", "p6": "Léa Martin", "p7": "Marc Roy"}


def test_fold_removes_accents_case_and_punctuation():
    assert fold("  Anne-Sophie  MÖREL ") == "anne sophie morel"
    assert fold("Valérie d'Arc") == "valerie d arc"


def test_whole_name_beats_a_shared_first_name():
    assert best_person("Sophie Lavoie", PEOPLE) == ("p2", 100.0)
    assert name_score("Sophie Lavoie", "Anne-Sophie Morel") < FULL_NAME_THRESHOLD
    assert name_score("Sophie Lavoie", "Catherine Lavoie") < FULL_NAME_THRESHOLD


def test_accents_case_word_order_and_typos():
    assert best_person("Valérie Dumont", PEOPLE)[0] == "p4"
    assert best_person("valerie dumont", PEOPLE)[0] == "p4"
    assert best_person("valerie dumond", PEOPLE)[0] == "p4"          # one-letter typo
    assert best_person("Dumont Valérie", PEOPLE)[0] == "p4"          # word order
    assert best_person("LEA MARTIN", PEOPLE)[0] == "p6"


def test_topics_and_single_words_are_not_names():
    assert best_person("pompe centrifuge", PEOPLE) is None
    assert best_person("Lavoie", PEOPLE) is None                      # a surname alone is not a whole name
    assert best_person("Marc Roy", {}) is None


def test_filter_names_as_you_type():
    assert {p for p, _ in filter_names("val dum", PEOPLE)} == {"p4", "p5"}   # prefixes of both words
    assert {p for p, _ in filter_names("sophie", PEOPLE)} == {"p1", "p2"}
    assert filter_names("sophie lavoie", PEOPLE)[0][0] == "p2"
    assert filter_names("dumond", PEOPLE)[0][0] == "p4"                # typo in one word
    assert filter_names("lea", PEOPLE)[0][0] == "p6"                   # "léa" without the accent
    assert filter_names("zzz", PEOPLE) == [] and filter_names("  ", PEOPLE) == []
