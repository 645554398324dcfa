"""indexer.phrasing: interrogative openings and request words, French and English."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from indexer.phrasing import content_text, strip_phrasing


@pytest.mark.parametrize("query, content", [
    # French
    ("qui connaît l'analyse vibratoire ?", "l'analyse vibratoire?"),
    ("QUI CONNAIT le DAX", "le DAX"),
    ("quelqu’un sait régler les seuils ?", "régler les seuils?"),          # typographic apostrophe
    ("Quelqu'un a déjà eu une pompe qui cavite ?", "une pompe qui cavite?"),
    ("Est-ce que quelqu'un connaît le SPC", "le SPC"),
    ("je cherche quelqu'un qui connaît la norme ATEX", "la norme ATEX"),
    ("cherche quelqu'un pour un audit VDA 6.3", "un audit VDA 6.3"),
    ("roulement qui chauffe après graissage, qui peut m'aider ?", "roulement qui chauffe après graissage?"),
    ("qqn qui connait les compresseurs atlas copco ?", "les compresseurs atlas copco?"),
    ("quelqu'un qui s'y connait en DAX et modèles Power BI", "DAX et modèles Power BI"),
    ("qui maîtrise l'analyse vibratoire sur les paliers ?", "l'analyse vibratoire sur les paliers?"),
    ("j'ai besoin d'aide sur SAP PM", "SAP PM"),
    ("à qui m'adresser pour un problème qualité fournisseur", "un problème qualité fournisseur"),
    # English
    ("who knows about vibration analysis", "vibration analysis"),
    ("Who knows SQL?", "SQL?"),
    ("has anyone seen pump cavitation noise after restart", "pump cavitation noise after restart"),
    ("Has anyone had pump cavitation after a restart?", "pump cavitation after a restart?"),
    ("does anyone know how to calibrate a bore gauge", "calibrate a bore gauge"),
    ("someone who knows SPC control charts", "SPC control charts"),
    ("need help with Power BI gateway refresh", "Power BI gateway refresh"),
    ("I need help with SAP", "SAP"),
    ("looking for someone with SAP PM experience", "SAP PM experience"),
    ("heat stress shop floor summer, who to ask", "heat stress shop floor summer"),
])
def test_phrasing_is_removed(query, content):
    assert strip_phrasing(query).content == content


@pytest.mark.parametrize("query", [
    "know-how transfer before retirement",       # the same word as content
    "connaissance de la norme ISO 9001",
    "transmission du savoir-faire",
    "help desk ticket routing",
    "self-help guide for the MES",
    "knowledge transfer before someone retires",
    "des idées d'amélioration continue",
    "expert ATEX tools allowed in zone 1",
    "pompe qui cavite au redémarrage",
])
def test_content_words_stay(query):
    p = strip_phrasing(query)
    assert p.content == query and p.removed == ()


def test_only_phrasing_keeps_the_query():
    assert strip_phrasing("who knows?") == ("who knows?", ())
    assert strip_phrasing("qui connaît ?").content == "qui connaît ?"


def test_spans_point_into_the_original_text():
    text = "Œuvre: qui connaît bien les garnitures ?"     # "Œ" folds to two characters
    p = strip_phrasing(text)
    assert [text[a:b] for a, b in p.removed] == ["qui connaît bien"]
    assert content_text(text) == "Œuvre: les garnitures?"


@given(st.text(alphabet=st.sampled_from(list("abcdeéqui’' -?,kwnos")), max_size=60))
def test_any_text(text):
    p = strip_phrasing(text)
    assert all(0 <= a < b <= len(text) for a, b in p.removed)
    assert list(p.removed) == sorted(p.removed)
    if p.removed:
        assert any(ch.isalnum() for ch in p.content)
