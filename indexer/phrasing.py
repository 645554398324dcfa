"""Question phrasing in French and English: the words of a query that ask, not what is asked.

    strip_phrasing("qui connaît l'analyse vibratoire ?")
    # Phrasing(content="l'analyse vibratoire ?", removed=((0, 12),))
    strip_phrasing("has anyone seen pump cavitation after a restart")
    # Phrasing(content="pump cavitation after a restart", removed=((0, 15),))

Interrogative openings and request words ("qui connaît", "who knows", "quelqu'un sait", "has
anyone", "cherche quelqu'un", "need help with") are no content terms: searched, they become
``connaitre`` / ``know`` / ``help`` and pull in the knowledge-management threads ("How do I
find someone who really knows…") and the people who write them. A stop list cannot drop them:
"know-how", "connaissance de la norme", "help desk" are content. So they are removed as
*phrases*, whole words only, wherever they stand (a question often comes after its topic:
"roulement qui chauffe, qui peut m'aider ?").

Matching is case- and accent-insensitive, and takes any apostrophe (' ’ ʼ ‘ `) and a dash or a
space in "est-ce que". When nothing but phrasing is left ("who knows?"), the query is kept
whole: it asks nothing else.

Pure and dependency-free: the analyser calls :func:`content_text` before it makes terms, and
highlighting then never lights up a removed word (it only marks query terms).
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = ["Phrasing", "strip_phrasing", "content_text", "PATTERNS"]

_A = "[’'ʼ‘`´]"          # any apostrophe, once the text is folded
_S = r"[\s\-]+"          # between words: spaces, or the dash of "est-ce", "a-t-il"

# Each entry is a phrase of whole words on folded text (lower case, no accents); "_" stands for
# a space (or dash), "'" for any apostrophe; (?:…)? parts are optional. French first, then English.
_FRENCH = [
    r"(?:est_ce_qu(?:e_|')|y_a_t_il_)?(?:quelqu'un|qqn|qq'un|une_personne)_(?:ici_)?"
    r"(?:qui_)?(?:sait|saurait|connait|connaitrait|maitrise|a_deja|aurait_deja|aurait|peut|pourrait|a|s'y_connait)"
    r"(?:_(?:m'aider|nous_aider|aider|me_renseigner|me_conseiller|rencontre|eu|vu|fait|traite|resolu|"
    r"reussi|travaille|une_experience|de_l'experience|des_conseils|une_idee))?(?:_(?:sur|avec|en|dans|pour|a|de|d'))?",
    r"(?:je_)?(?:cherche|recherche|voudrais|aimerais|souhaite)_(?:trouver_|contacter_|parler_a_)?"
    r"(?:quelqu'un|qqn|une_personne|un_expert|une_experte|un_specialiste|une_specialiste|un_referent|une_referente)"
    r"(?:_(?:qui_(?:connait|maitrise|sait|s'y_connait|a_de_l'experience|a_l'experience)|"
    r"(?:qui_)?(?:pour|en|sur|avec|de|d'|capable_de)))*",
    r"qui_(?:est_)?(?:un_|une_|l'|le_|la_)?(?:expert|experte|specialiste|referent|referente)(?:_(?:en|de|du|des|sur|d'))?",
    r"qui_(?:connait|connaitrait|maitrise|sait|saurait|s'y_connait|s'y_connait_en|a_de_l'experience|a_l'experience|"
    r"a_deja|peut_(?:m'aider|nous_aider|aider|me_renseigner|me_conseiller)|pourrait_(?:m'aider|nous_aider|aider)|"
    r"peut_me_dire|pourrait_me_dire)(?:_(?:bien|vraiment))?(?:_(?:sur|avec|en|dans|pour|a|de|d'))?",
    r"(?:j'ai_|on_a_|nous_avons_)?besoin_d'(?:aide|un_coup_de_main|un_conseil|conseils|un_avis)(?:_(?:sur|avec|pour|en|concernant))?",
    r"(?:avez_vous|as_tu|auriez_vous|vous_avez)_(?:deja_)?(?:eu|vu|rencontre|traite|resolu|une_idee|des_idees|"
    r"de_l'experience|une_experience)(?:_(?:sur|avec|en|de|d'|pour))?",
    r"(?:une|des)_idees?(?=[\s?!.]*$)",      # "une idée ?" at the end; "des idées d'amélioration" is content
    r"(?:qui_(?:peut|pourrait)_m'aider|quelqu'un_pour_m'aider|merci_d'avance|merci_par_avance|"
    r"svp|s'il_vous_plait|des_pistes|une_piste)",
    r"comment_(?:faire_pour|on_fait_pour|fait_on_pour)",
    r"(?:a_qui_(?:m'adresser|s'adresser|demander)|qui_(?:contacter|solliciter|appeler))(?:_(?:pour|sur|en|a_propos_de))?",
    r"(?:quelqu'un|qqn)_de_(?:bon|calé|cale|doue|competent)(?:_(?:en|pour|sur|avec))?",
    r"est_ce_qu(?:e|')",
]
_ENGLISH = [
    r"(?:does|do|did|has|have|would|could|can|is)_(?:anyone|anybody|someone|somebody|any_of_you|you_guys|you)_"
    r"(?:here_)?(?:ever_)?(?:know|knows|seen|had|dealt_with|faced|solved|fixed|tried|done|worked_on|worked_with|"
    r"experience_with|experienced|run_into|encountered|come_across|got|have|who_knows|help(?:_me)?)?"
    r"(?:_(?:about|with|on|how_to|of|if|whether))?",
    r"(?:is_there_|looking_for_|i'm_looking_for_|im_looking_for_|i_am_looking_for_|i_need_|we_need_|need_|"
    r"searching_for_|trying_to_find_|want_to_find_|find_me_)?(?:anyone|anybody|someone|somebody|a_person|an_expert|a_specialist|"
    r"people)_(?:who_|that_)?(?:knows|know|understands|has_experience|have_experience|is_good|can_help(?:_me)?|"
    r"could_help(?:_me)?|has_done|has_worked|worked|with_experience|with_expertise|familiar)"
    r"(?:_(?:about|with|on|in|of|how_to|at))?",
    r"(?:is_there_|looking_for_|i'm_looking_for_|i_am_looking_for_|searching_for_)(?:anyone|anybody|someone|somebody|"
    r"an_expert|a_specialist|a_person)(?:_(?:for|with|in|on|who_can_help(?:_with)?))?",
    r"who_(?:knows|know|understands|is_good|has_experience|has_done|has_worked|can_help(?:_me)?|could_help(?:_me)?|"
    r"can_tell_me|is_(?:an|the|our)_expert|are_the_experts|is_familiar)(?:_(?:well|really))?"
    r"(?:_(?:about|with|on|in|of|how_to|at|for))?",
    r"(?:i_|we_)?(?:need|want|would_like|could_use)_(?:some_)?(?:help|advice|assistance|a_hand|guidance)"
    r"(?:_(?:with|on|about|for|regarding))?",
    r"(?:can|could)_(?:anyone|anybody|someone|somebody|you)_(?:please_)?(?:help(?:_me)?|advise|explain)(?:_(?:with|on|about))?",
    r"(?:any_(?:ideas?|tips|suggestions|advice|pointers)|thanks_in_advance|thank_you_in_advance|please_help|please)",
    r"who_(?:should_i|do_i|can_i|to)_(?:ask|contact|talk_to|turn_to)(?:_(?:about|for|on|regarding))?",
]
PATTERNS: tuple[str, ...] = tuple(_FRENCH + _ENGLISH)


def _compile(patterns) -> re.Pattern:
    body = "|".join(p.replace("_", _S).replace("'", _A) for p in sorted(patterns, key=len, reverse=True))
    # whole words: not inside a word, not joined to one by a dash ("know-how", "self-help")
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])")


_PHRASE = _compile(PATTERNS)
_WORD = re.compile(r"\w", re.UNICODE)


class Phrasing(NamedTuple):
    """A query split into what it asks about (``content``) and the phrasing around it
    (``removed``: character spans of the original text, in order)."""

    content: str
    removed: tuple[tuple[int, int], ...]


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased without accents, and for each folded character the index of the
    original character it comes from (folding may lengthen: "œ" -> "oe")."""
    out, where = [], []
    for i, ch in enumerate(text):
        f = ch.lower().replace("œ", "oe").replace("æ", "ae")
        f = "".join(c for c in unicodedata.normalize("NFKD", f) if not unicodedata.combining(c))
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def strip_phrasing(text: str) -> Phrasing:
    """The content of a query without its interrogative openings and request words."""
    folded, where = _folded(text)
    spans = []
    for m in _PHRASE.finditer(folded):
        if m.end() > m.start():
            spans.append((where[m.start()], where[m.end() - 1] + 1))
    if not spans:
        return Phrasing(text, ())
    pieces, last = [], 0
    for a, b in spans:
        pieces.append(text[last:a])
        last = b
    pieces.append(text[last:])
    content = " ".join(" ".join(pieces).split())
    content = re.sub(r"\s+([?!.,;:])", r"\1", content)
    content = re.sub(r"[,;:]+(?=[?!.]|$)", "", content).strip(" ,;:")   # "graissage, ?" -> "graissage?"
    if not _WORD.search(content):
        return Phrasing(text, ())      # nothing but phrasing: it asks nothing else
    return Phrasing(content, tuple(spans))


def content_text(text: str) -> str:
    """``strip_phrasing(text).content``: the text to make a query's terms from."""
    return strip_phrasing(text).content
