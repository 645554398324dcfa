"""Which embedding models an index uses."""
from __future__ import annotations

from typing import Sequence

__all__ = ["resolve_models", "models_for", "FRENCH_SHARE_FOR_E5"]

# share of French chunks from which ``auto`` picks the multilingual model
FRENCH_SHARE_FOR_E5 = 0.15


def resolve_models(setting: str, french_share: float) -> list[str]:
    """The embedders of the ``model`` setting. ``auto``: multilingual e5 when the corpus has
    French (at least FRENCH_SHARE_FOR_E5 of the chunks; MiniLM is English-only), MiniLM otherwise
    (it ranks English forums better). ``a+b`` combines several (three-way fusion with BM25)."""
    if setting == "auto":
        return ["e5"] if french_share >= FRENCH_SHARE_FOR_E5 else ["minilm"]
    return [m for m in setting.split("+") if m]


def models_for(setting: str, langs: Sequence[str]) -> tuple[list[str], float]:
    """The embedders for chunks in these languages (see :func:`resolve_models`) and their French share."""
    french = sum(1 for lang in langs if lang == "fr") / max(1, len(langs))
    return resolve_models(setting, french), french
