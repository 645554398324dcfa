"""matcher.topics on hand-made contributions (the trained small spaCy pipelines, loaded once)."""
from __future__ import annotations

import subprocess
import sys

from matcher.topics import Contribution, Topic, TopicStats, person_topics, phrases, topic_stats

FR_ANSWERS = [
    "Vérifie d'abord l'analyse vibratoire du ventilateur : un pic à 1x, c'est du balourd. "
    "Regarde la phase avant d'équilibrer.",
    "Pour les analyses vibratoires, on mesure la vitesse efficace sur chaque palier. "
    "Le spectre montre le balourd.",
    "L'analyse vibratoire a confirmé le balourd ; on a fait l'équilibrage en un plan.",
]
EN_ANSWERS = [
    "Check the Power BI gateway credentials first, then the data source settings.",
    "The Power BI gateway must run under a service account, not a personal account.",
]


def _c(i, text, kind="answer", lang="fr"):
    return Contribution(item=f"i{i}", kind=kind, text=text, language=lang)


def _words(topics):
    return [w.casefold() for t in topics for w in t.topic.split()]


def test_no_stop_words_verbs_single_letters_or_bare_numbers():
    contribs = [_c(i, t) for i, t in enumerate(FR_ANSWERS)] + [
        _c(9, "On a mesuré 3 fois la pression : 2 bar, c'est bon. Le point x est à 45 °C, the end.")]
    out = person_topics(contribs, n=20, min_count=1)
    words = _words(out)
    for bad in ("vérifie", "regarde", "mesure", "le", "la", "the", "est", "c'est", "x", "3", "2", "45", "a"):
        assert bad not in words, (bad, [t.topic for t in out])
    assert all(len(w) > 1 for w in words)


def test_codes_are_kept_but_bare_numbers_are_not():
    keys = {k for k, _ in phrases("Le 8D du client : la cause racine est dans le rapport de 2024.", "fr")}
    assert "8d" in keys
    assert not any(k.isdigit() for k in keys)


def test_plural_and_accent_variants_are_one_topic_in_the_most_frequent_form():
    contribs = [_c(i, t) for i, t in enumerate(FR_ANSWERS)]
    out = person_topics(contribs, n=10)
    vib = [t for t in out if t.topic.casefold() in ("analyse vibratoire", "analyses vibratoires")]
    assert len(vib) == 1
    assert vib[0].topic == "analyse vibratoire"     # 2 of 3 surface forms, accents and case kept
    assert vib[0].count == 3
    assert vib[0].items == ("i0", "i1", "i2")


def test_count_is_distinct_evidence_items():
    text = "Le balourd du ventilateur, encore le balourd du ventilateur."
    out = person_topics([_c(1, text), _c(1, text), _c(2, text)], n=5)
    top = next(t for t in out if t.topic == "balourd du ventilateur")
    assert top.count == 2 and top.items == ("i1", "i2")


def test_shorter_phrase_with_the_same_evidence_merges_into_the_longer():
    out = person_topics([_c(i, t, lang="en") for i, t in enumerate(EN_ANSWERS)], n=10)
    names = [t.topic for t in out]
    assert "Power BI gateway" in names
    assert "BI gateway" not in names and "Power BI" not in names


def test_phrase_from_questions_ranks_below_one_from_answers():
    contribs = [
        _c(1, "Comment régler la garniture mécanique ?", kind="question"),
        _c(2, "Comment changer la garniture mécanique sans fuite ?", kind="question"),
        _c(3, "Le plan de graissage dépend du roulement."),
        _c(4, "Un plan de graissage par équipement, c'est plus simple."),
    ]
    names = [t.topic for t in person_topics(contribs, n=5)]
    assert names.index("plan de graissage") < names.index("garniture mécanique")


def test_phrase_everyone_uses_ranks_below_a_specific_one():
    common = "Après l'arrêt machine, on redémarre."
    me = [_c(1, f"{common} Le balourd du ventilateur est corrigé."),
          _c(2, f"{common} Encore le balourd du ventilateur.")]
    others = {f"p{i}": [_c(10 + i, common)] for i in range(5)}
    stats = topic_stats({"me": me, **others})
    assert stats.people == 6 and stats.df["arret machine"] == 6
    names = [t.topic for t in person_topics(me, n=5, stats=stats)]
    assert names.index("balourd du ventilateur") < names.index("arrêt machine")


def test_deterministic_and_order_independent_of_calls():
    contribs = [_c(i, t) for i, t in enumerate(FR_ANSWERS)] + [
        _c(10 + i, t, lang="en") for i, t in enumerate(EN_ANSWERS)]
    first = person_topics(contribs, n=8)
    assert all(isinstance(t, Topic) for t in first)
    assert person_topics(contribs, n=8) == first
    assert first[0].to_dict().keys() == {"topic", "count", "items"}


def test_other_languages_and_empty_input_give_nothing():
    assert person_topics([]) == []
    assert person_topics([_c(1, "Dobry pomysł, sprawdź łożysko.", lang="pl")]) == []
    assert TopicStats(people=0).idf("x") == 1.0


def test_import_does_not_load_spacy():
    code = "import sys, matcher.topics; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_embedder_reranks_the_pool_towards_the_answers():
    import numpy as np

    def embed(texts):   # one axis per word of interest: a phrase is near answers sharing its words
        axes = ("balourd", "graissage")
        return np.array([[t.casefold().count(a) + 0.01 for a in axes] for t in texts])

    contribs = [_c(1, "Le plan de graissage du palier. Le balourd du ventilateur."),
                _c(2, "Le plan de graissage du palier. Le balourd du ventilateur. Le balourd encore."),
                _c(3, "Le plan de graissage du palier.", kind="question"),
                _c(4, "Le plan de graissage du palier.", kind="question")]
    plain = [t.topic for t in person_topics(contribs, n=2)]
    ranked = [t.topic for t in person_topics(contribs, n=2, embed=embed)]
    assert plain[0] != "balourd du ventilateur"   # questions and answers both speak of graissage
    assert ranked[0] == "balourd du ventilateur"
