"""Text analysis: accent folding, and the fast highlighting path against the full pipeline."""
from __future__ import annotations

import random

import pytest

from indexer.analysis import _fold, fold, get_analyzer

TEXTS = [
    ("fr", "Les pompes centrifuges cavitent quand la pression d'aspiration chute : vérifiez le NPSH."),
    ("fr", "L'équipe a réécrit la procédure ; les électriciens l'ont validée à Clermont-Ferrand."),
    ("fr", "Cœur de métier : l'étude des défaillances, « retour d'expérience » et œuvres collectives."),
    ("en", "The pumps were cavitating because suction pressure dropped; we replaced the impellers."),
    ("en", "Don't re-run the job: it's already indexed (see README.md, section 2.1)."),
    ("en", "Maintenance teams shared lessons-learned about bearings, seals and vibration analysis."),
    # runs of spaces, tabs, newlines and a no-break space: pieces are cut where spaCy cuts them
    ("en", "Pumps  cavitate\n\nwhen suction\tpressure drops;\u00a0seals (bearings)\r\nfail."),
    ("fr", "Les  pompes\n\n« cavitent »\tquand la\u00a0pression chute…\nVérifiez-le."),
]


def _reference_spans(an, text, terms, lang):
    """The full spaCy pipeline (tokenizer + lookup lemmatizer), token by token; a stop word of
    the text's language is never highlighted."""
    wanted = set(terms)
    nlp = an._pipeline(lang)
    stops = an._stop_words(lang)
    out = []
    for tok in nlp(text.lower()):
        if tok.is_punct or tok.is_space:
            continue
        lemma, surface = fold(tok.lemma_ or tok.text), fold(tok.text)
        if surface in stops or lemma in stops or surface.strip("'’-_.") in stops or lemma.strip("'’-_.") in stops:
            continue
        if lemma.strip("'’-_.") in wanted or surface in wanted:
            out.append((tok.idx, tok.idx + len(tok.text)))
    return out


@pytest.mark.parametrize("word", ["Étude", "cœur", "ÆSIR", "straße", "déjà vu", "plain", "NPSH", "Ça"])
def test_fold_fast_paths_agree_with_the_definition(word):
    assert fold(word) == _fold(word)
    assert fold(word * 20) == _fold(word * 20)   # the long (not memoised) path


def test_fold_strips_accents_and_ligatures():
    assert fold("Étude du cœur") == "etude du coeur"


def test_lookup_spans_equal_the_full_pipeline():
    an = get_analyzer("lookup")
    rng = random.Random(5)
    cases = list(TEXTS)
    # shuffled word salads of the same vocabulary, so tokens meet in new contexts
    for lang, text in TEXTS:
        words = text.split()
        for _ in range(5):
            rng.shuffle(words)
            cases.append((lang, " ".join(words)))
    checked = 0
    for lang, text in cases:
        terms = an.tokens(text, lang)
        for k in (1, 3, len(terms)):
            chosen = rng.sample(terms, min(k, len(terms)))
            got = an.spans(text, chosen, lang)
            assert got == _reference_spans(an, text, chosen, lang), (text, chosen)
            checked += bool(got)
    assert checked > 20          # the comparison was about real matches, not empty lists


def test_spans_point_at_matched_words():
    an = get_analyzer("lookup")
    text = "Les pompes cavitent souvent."
    spans = an.spans(text, an.query_tokens("pompe"), "fr")
    assert [text[a:b] for a, b in spans] == ["pompes"]


def test_a_mixed_query_does_not_highlight_stop_words():
    """A French query with an English tail keeps "from" and "and" as terms (the French pass
    does not know them as stop words); in an English text they are stop words, did not match,
    and are not highlighted. Both analyzer modes."""
    for mode in ("lookup", "pipeline"):
        an = get_analyzer(mode)
        terms = an.query_tokens("Tableaux de bord, qualité des données et rapports Excel: data people and power users from all sites")
        assert "from" in terms and "and" in terms          # the case at hand
        text = "Start from the questions and the audience, then power users build the Excel sheets."
        shown = [text[a:b] for a, b in an.spans(text, terms, "en")]
        assert "from" not in shown and "and" not in shown, shown
        assert {"Excel", "power", "users"} <= set(shown), shown


def test_lookup_terms_equal_the_full_pipeline_on_the_bundled_corpus():
    """The memoised per-piece terms (tokens, tokens_many) against the spaCy pipeline run on
    whole texts: every post, document and profile of the bundled corpus, in its language."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "corpora" / "ferrand"
    texts = list(TEXTS)
    for line in (root / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        texts += [(t.get("language") or "fr", t["title"] + "\n" + p["body"]) for p in t["posts"]]
    for line in (root / "people.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(("fr", json.loads(line).get("profile") or ""))
    texts += [("fr", p.read_text(encoding="utf-8")) for p in sorted((root / "documents").rglob("*.md"))]
    an = get_analyzer("lookup")
    langs = [lang if lang in ("fr", "en") else an.detect(text) for lang, text in texts]
    bodies = [text for _, text in texts]
    expected = [an.pipeline_tokens(text, lang) for text, lang in zip(bodies, langs)]
    assert sum(map(len, expected)) > 5000      # a real amount of text was compared
    assert an.tokens_many(bodies, langs) == expected
    assert [an.tokens(text, lang) for text, lang in zip(bodies, langs)] == expected


@pytest.mark.parametrize("mode", ["lookup", "pipeline"])
def test_quoted_or_dashed_stop_words_are_not_terms(mode):
    """Stop words are checked after quotes and dashes are stripped: "'the" is no term (it was,
    and matched the few chunks that had one with a very high idf)."""
    an = get_analyzer(mode)
    terms = an.tokens("open 'the valve' and 'to- the pump", "en")
    assert not {"the", "to", "and"} & set(terms)
    assert {"open", "valve", "pump"} <= set(terms)


def test_a_query_does_not_gain_stop_words_of_its_language_from_the_other_analysis():
    an = get_analyzer("lookup")
    en = set(an.query_tokens("How to delete my account in the app"))
    assert not {"how", "to", "my", "in", "the"} & en
    assert {"delete", "account", "app"} <= en
    fr = set(an.query_tokens("comment réparer la pompe de la station"))
    assert "la" not in fr and "de" not in fr
    assert {"pompe", "station"} <= fr


def test_spans_with_a_horizon_stop_after_the_window_a_snippet_can_show():
    """A snippet shows at most ``width`` characters from before its first match, so the spans
    past first + width are not looked for; those before are the same as without a horizon."""
    from indexer.analysis import get_analyzer

    an = get_analyzer("lookup")
    text = ("La pompe cavite. " + "Rien à signaler sur la ligne. " * 12 + "Encore la pompe et sa cavitation.")
    terms = an.query_tokens("pompe cavitation")
    full = an.spans(text, terms, "fr")
    cut = an.spans(text, terms, "fr", horizon=60)
    assert len(full) >= 3 and full[-1][0] > full[0][0] + 60
    assert cut == [s for s in full if s[0] <= full[0][0] + 60 + 20][:len(cut)] and cut[0] == full[0]
    assert all(s[0] <= full[0][0] + 60 + 20 for s in cut) and len(cut) < len(full)
