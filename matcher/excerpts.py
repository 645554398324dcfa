"""The excerpts a thread or document card shows, chosen so that people can trust them.

- Markdown is rendered to plain text by markdown-it-py's token stream (:func:`markdown_text`):
  headings, quotes, list markers and emphasis marks disappear, code and link texts stay.
- A thread shows its question and one answer: the accepted answer, or for an open thread the
  best-voted *substantive* answer (:func:`substantive`): at least :data:`SUBSTANTIVE_WORDS` words,
  less than :data:`MAX_GRATITUDE_SHARE` of them thanks or agreement ("Merci, ça marche !",
  "+1 same here"), and not a pointer to another thread. A short reply that the accepted answer
  contradicts is below the word count, so it is never chosen.
- An excerpt is a window around the first matched word that starts at a sentence start and ends
  at a sentence end when one falls in the second half of the window, else at a word boundary
  (:func:`sentence_window`); "…" marks what was cut.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["SUBSTANTIVE_WORDS", "MAX_GRATITUDE_SHARE", "GRATITUDE", "markdown_text", "substantive",
           "choose_answer", "sentence_window"]

SUBSTANTIVE_WORDS = 12
MAX_GRATITUDE_SHARE = 0.4
# thanks and agreement in French and English, case-folded
GRATITUDE = frozenset(
    "merci thanks thank thx ty cheers bravo super top génial genial parfait perfect great awesome nice cool "
    "ok okay d'accord daccord ça ca marche marché fonctionne works worked working fixed solved résolu resolu "
    "idem same here moi aussi me too also +1 you beaucoup lot much a for it that this c'est est was is "
    "bien good vraiment really tout à fait exactly".split())
_WORD = re.compile(r"[\w'+]+")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _inline_text(token) -> str:
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


def markdown_text(md: str) -> str:
    """The text of a Markdown fragment, one line per block (heading, paragraph, list item, code
    block); a heading ends with a full stop so that it reads as a sentence of its own."""
    if not md:
        return ""
    lines = []
    heading = False
    for tok in _parser().parse(md):
        if tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline":
            text = _inline_text(tok).strip()
            if text:
                lines.append(text + "." if heading and text[-1] not in ".!?:…" else text)
        elif tok.type in ("fence", "code_block"):
            lines.append(tok.content.strip())
    return "\n".join(line for line in lines if line)


def substantive(text: str, pointer: bool = False) -> bool:
    """Whether an answer says something of its own (see the module docstring)."""
    if pointer:
        return False
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < SUBSTANTIVE_WORDS:
        return False
    thanks = sum(w in GRATITUDE for w in words)
    return thanks < MAX_GRATITUDE_SHARE * len(words)


def choose_answer(answers) -> dict | None:
    """The answer a thread card shows: ``answers`` are dicts with ``body``, ``votes``,
    ``accepted``, ``position`` and ``pointer``; the accepted one, else the best-voted
    substantive one (earliest on a tie), else None."""
    for a in answers:
        if a["accepted"] and not a.get("pointer"):
            return a
    good = [a for a in answers if substantive(a["body"], a.get("pointer", False))]
    if not good:
        return None
    return min(good, key=lambda a: (-(a["votes"] or 0), a["position"]))


def sentence_window(text: str, spans, width: int = 300) -> tuple[str, tuple, bool]:
    """(excerpt, spans shifted into it, whether text was cut at the end) of ``text`` around the
    first of ``spans`` ((start, end) pairs), as the module docstring says."""
    spans = sorted(spans or ())
    start = 0
    if spans and spans[0][0] > width // 3:
        anchor = spans[0][0]
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, anchor)]
        sentence_start = ends[-1] if ends else 0
        start = sentence_start if anchor - sentence_start <= width // 2 else text.rfind(" ", 0, anchor - width // 4) + 1
        while start < len(text) and text[start].isspace():
            start += 1
    end = min(len(text), start + width)
    if end < len(text):
        stops = [m.end() for m in _SENTENCE_END.finditer(text, start + width // 2, end)]
        if stops:
            end = stops[-1]
        else:
            cut = text.rfind(" ", start, end)
            end = cut if cut > start + width // 2 else end
    piece = text[start:end].rstrip()
    prefix = "… " if start > 0 else ""
    cut = end < len(text.rstrip())
    suffix = " …" if cut else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= start + len(piece))
    return prefix + piece + suffix, inside, cut
