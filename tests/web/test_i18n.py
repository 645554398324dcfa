"""The translation tables (web/translations/*.json) and the why line worded from them."""
from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from web import i18n

WEB = Path(i18n.__file__).resolve().parent
# _('key'), _('key', n=...) or _('prefix.' ~ value) in a template
TEMPLATE_KEY = re.compile(r"""_\(\s*['"]([^'"]+)['"]\s*([,)~])""")


def tables() -> dict[str, dict]:
    return {lang: json.loads((WEB / "translations" / f"{lang}.json").read_text(encoding="utf-8"))
            for lang in i18n.LANGUAGES}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_language_has_the_same_keys_and_placeholders():
    t = tables()
    en = t["en"]
    for lang, tab in t.items():
        assert set(tab) == set(en), (lang, set(tab) ^ set(en))
        for key, text in tab.items():
            assert isinstance(text, str) and text, (lang, key)
            assert placeholders(text) == placeholders(en[key]), (lang, key, text)


def test_every_key_a_template_names_exists():
    en = tables()["en"]
    found = [m for path in (WEB / "templates").glob("*.html") for m in TEMPLATE_KEY.findall(path.read_text())]
    keys = {k for k, end in found if end != "~"}
    prefixes = {k for k, end in found if end == "~"}
    assert len(keys) > 50 and {"role.", "stage.", "tab."} <= prefixes
    assert keys <= set(en), sorted(keys - set(en))
    assert all(any(k.startswith(p) for k in en) for p in prefixes), prefixes


def test_lookup_and_fallbacks(monkeypatch):
    assert i18n.t("nav.search", "fr") == "Recherche"
    assert i18n.t("results.count", "en", n=3) == "3 results"
    assert i18n.t("nav.search", "de") == "Search"                       # unknown language: English
    assert i18n.t("no.such.key", "fr") == "no.such.key"                 # unknown key: the key itself
    monkeypatch.setitem(i18n._load("fr"), "nav.search", "")             # empty French entry: English
    assert i18n.t("nav.search", "fr") == "Search"
    assert i18n.table("fr")["nav.api"] == "API" and set(i18n.table("fr")) == set(i18n.table("en"))


@pytest.mark.parametrize("lang, expected", [
    ("en", "Matching 1 accepted answer, 3 answers, the profile; latest 2025-10-03"),
    ("fr", "Correspondances : 1 réponse acceptée, 3 réponses, le profil ; la plus récente le 2025-10-03"),
])
def test_why_text_of_an_expert(lang, expected):
    hit = {"why": "engine text", "breakdown": {"latest": "2025-10-03", "evidence_kinds": {
        "profile": {"count": 1}, "answer": {"count": 3}, "accepted_answer": {"count": 1}}}}
    assert i18n.why_text(hit, lang) == expected


def test_why_text_of_a_community_and_without_counts():
    hit = {"why": "engine text", "breakdown": {"matched_items": 4, "members_know": True}}
    assert i18n.why_text(hit, "fr") == "4 discussions et documents correspondants ; des membres connaissent le sujet"
    assert i18n.why_text({**hit, "breakdown": {"matched_items": 1}}, "en") == "1 matching threads and documents"
    assert i18n.why_text({"why": "engine text", "breakdown": {}}, "fr") == "engine text"
