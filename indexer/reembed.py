"""What embedding a build will cost, and the rule that no build re-embeds silently.

Re-embedding means computing, for a model, vectors of texts that the embedding cache already
holds under another model (what a switch of model costs: the texts were paid for once). A build
that would do it says so, with the count and the minutes it should take at the recorded rate:

- ``model = auto`` resolving to other models than the last build with vectors (a French dump
  arriving in an English index) keeps the previous models unless ``reembed`` is given, and
  says how to switch;
- any other build whose re-embedding exceeds ``reembed_max_share`` of the chunks is refused
  without ``reembed`` (:class:`ReembedRefused`).

The embedding rate of each model is measured by every build and kept in the store's meta table.
"""
from __future__ import annotations

import json
from typing import Callable, Sequence

from .errors import SavoirError

__all__ = ["ReembedRefused", "choose_models", "missing_count", "reembed_count", "recorded_rate", "record_rate",
           "estimate", "last_models", "remember_models"]

# chunks per second before a build has measured a model on this machine (2 loaded cores)
_DEFAULT_RATES = {"e5-small-q4": 10.0, "all-MiniLM-L6-v2": 40.0}
_BATCH = 500


class ReembedRefused(SavoirError):
    """A build that would re-embed more than the configured share of the chunks."""

    hint = "add --reembed to do it, or keep the model of the last build (setting indexing.model)"


def _cached(store, model: str, hashes: Sequence[str], other: bool = False) -> set[str]:
    """The hashes among ``hashes`` with a cached vector for ``model`` (``other``: for another model)."""
    out: set[str] = set()
    unique = list(dict.fromkeys(hashes))
    sql = ("SELECT DISTINCT text_hash FROM embeddings WHERE model != ? AND text_hash IN ({})" if other else
           "SELECT DISTINCT text_hash FROM embeddings WHERE model = ? AND text_hash IN ({})")
    for i in range(0, len(unique), _BATCH):
        part = unique[i:i + _BATCH]
        marks = ",".join("?" * len(part))
        rows = store.conn.execute(sql.format(marks), (model, *part))
        out.update(h for (h,) in rows)
    return out


def missing_count(store, model_name: str, hashes: Sequence[str]) -> int:
    """Distinct texts with no cached vector for this model (what a build embeds now)."""
    return len(set(hashes)) - len(_cached(store, model_name, hashes))


def reembed_count(store, model_name: str, hashes: Sequence[str]) -> int:
    """Distinct texts with no vector for this model that another model already embedded."""
    return len(_cached(store, model_name, hashes, other=True) - _cached(store, model_name, hashes))


def recorded_rate(store, model_name: str) -> float:
    value = store.get_meta(f"embed_rate:{model_name}")
    return float(value) if value else _DEFAULT_RATES.get(model_name, 50.0)


def record_rate(store, model_name: str, texts: int, seconds: float) -> None:
    """Keep the rate of a run that embedded enough texts to be a measure."""
    if texts >= 64 and seconds > 0:
        with store.transaction():
            store.set_meta(f"embed_rate:{model_name}", f"{texts / seconds:.3f}")


def estimate(store, model_name: str, texts: int) -> str:
    """``"9,690 chunks, about 16 min at 10.0 chunks/s"``."""
    rate = recorded_rate(store, model_name)
    minutes = texts / rate / 60
    when = f"{minutes:.0f} min" if minutes >= 1 else f"{texts / rate:.0f} s"
    return f"{texts:,} chunks, about {when} at {rate:.1f} chunks/s"


def last_models(store) -> list[str]:
    """The models of the last build that had vectors ([] before any)."""
    return json.loads(store.get_meta("index_models") or "[]")


def remember_models(store, models: list[str]) -> None:
    with store.transaction():
        store.set_meta("index_models", json.dumps(models))


def choose_models(store, ix, wanted: list[str], hashes: Sequence[str], reembed: bool,
                  log: Callable[[str], None], name_of: Callable[[str], str]) -> list[str]:
    """The models this build embeds with: ``wanted`` unless that would re-embed silently (see the
    module docstring)."""
    before = last_models(store)
    if reembed or not before or wanted == before:
        return wanted
    n = max(1, len(set(hashes)))
    costs = {m: reembed_count(store, name_of(m), hashes) for m in wanted if m not in before}
    total = sum(costs.values())
    if total == 0:
        return wanted
    cost = "; ".join(f"{m}: {estimate(store, name_of(m), c)}" for m, c in costs.items() if c)
    if ix.model == "auto":
        log(f"model auto now calls for {'+'.join(wanted)} instead of {'+'.join(before)} (the language mix changed);"
            f" that re-embeds {cost}. Kept {'+'.join(before)}: run `savoir reindex --db {store.path} --reembed`"
            f" to switch")
        return before
    if total > ix.reembed_max_share * n:
        raise ReembedRefused(f"model {ix.model} would re-embed {cost} ({total / n:.0%} of the chunks, over "
                             f"reembed_max_share {ix.reembed_max_share:.0%})")
    log(f"model {ix.model}: re-embedding {cost}")
    return wanted
