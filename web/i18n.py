"""French and English strings for the web UI, read from ``web/translations/<lang>.json``.

    t("search.placeholder", "fr")           # -> "Décrivez un problème ou un sujet…"
    t("results.count", "en", n=3)           # str.format() arguments
    why_text(hit, "fr")                     # -> "Correspondances : 2 réponses acceptées ; …"

A missing French entry falls back to English, a missing English entry to the key itself.
The language comes from the ``lang`` cookie, else the Accept-Language header, else English.
The tables are read once, on first use.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

__all__ = ["LANGUAGES", "DEFAULT", "t", "pick_language", "table", "why_text"]

LANGUAGES = ("en", "fr")
DEFAULT = "en"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
# the order in which the why line lists the kinds of matching posts
WHY_KINDS = ("accepted_answer", "answer", "document", "question", "profile", "comment")


@cache
def _load(lang: str) -> dict:
    with open(TRANSLATIONS / f"{lang}.json", encoding="utf-8") as f:
        return json.load(f)


def _tables(lang: str) -> tuple[dict, dict]:
    """(the language's table, the English table); an unknown language reads as English."""
    en = _load(DEFAULT)
    return (_load(lang) if lang in LANGUAGES else en), en


def t(key: str, lang: str = DEFAULT, **kwargs) -> str:
    own, en = _tables(lang)
    text = own.get(key) or en.get(key) or key
    return text.format(**kwargs) if kwargs else text


def table(lang: str) -> dict:
    """The whole table of one language (English entries where it has none)."""
    own, en = _tables(lang)
    return {**en, **own}


def pick_language(cookie: str | None, accept_languages) -> str:
    """The cookie if it names a known language, else the best Accept-Language match, else English."""
    if cookie in LANGUAGES:
        return cookie
    best = accept_languages.best_match(LANGUAGES) if accept_languages is not None else None
    return best or DEFAULT


def why_text(hit: dict, lang: str = DEFAULT) -> str:
    """The why line of a result in ``lang``, worded from its breakdown's counts: matching posts
    by kind and the latest date (experts), or matching threads and documents (communities).
    A result without those counts keeps the engine's English ``why``."""
    b = hit.get("breakdown") or {}
    kinds = b.get("evidence_kinds")
    sep = t("why.sep", lang)
    if kinds:
        parts = [t(("why.one." if kinds[k]["count"] == 1 else "why.many.") + k, lang, n=kinds[k]["count"])
                 for k in WHY_KINDS if k in kinds]
        text = t("why.matching", lang, list=", ".join(parts))
        return text + sep + t("why.latest", lang, date=b["latest"]) if b.get("latest") else text
    if b.get("name_match"):             # matcher.names.named_first: the query is this person's name
        return t("why.name", lang)
    if hit.get("type") in ("thread", "document"):
        return _item_why(hit, b, lang, sep)
    if "matched_items" in b:
        text = t("why.items", lang, n=b["matched_items"])
        return text + sep + t("why.members", lang) if b.get("members_know") else text
    return hit.get("why") or ""


def _item_why(hit: dict, b: dict, lang: str, sep: str) -> str:
    """"Solved: accepted answer; matches pompe, redémarrage; also asked 2 times"."""
    if hit["type"] == "document":
        parts = [t("why.item.document", lang)]
    else:
        parts = [t({"accepted": "why.item.accepted", "best": "why.item.best"}.get(b.get("answer"),
                                                                               "why.item.unanswered"), lang)]
    words = b.get("words") or []
    parts.append(t("why.item.words", lang, words=", ".join(words)) if words else t("why.item.meaning", lang))
    also = b.get("also") or 0
    if also:
        parts.append(t("why.item.also_one", lang) if also == 1 else t("why.item.also", lang, n=also))
    return sep.join(parts)
