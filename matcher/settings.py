"""One settings object, built once from defaults < a TOML file < ``SAVOIR_*`` variables.

Only :func:`load_settings` reads the environment; everything else receives a
:class:`Settings` instance.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings", "load_settings", "SettingsError"]


PRIOR_FORMS = ("auto", "gated", "share", "linear", "product")


class SettingsError(ValueError):
    """A setting with a bad value; the message names the setting and the fix."""


@dataclass(frozen=True)
class Settings:
    # embedding: "auto" picks per corpus language (see README, "Choice of model"),
    # or "minilm", "e5", "hash" (tests), "minilm+e5" (three-way fusion), or a local model folder.
    model: str = "auto"
    # analysis: "lookup" (spaCy blank pipelines + lookup lemmas, fast) or "pipeline" (trained spaCy models).
    analyzer: str = "lookup"
    # hybrid fusion: "convex" (alpha * dense + (1 - alpha) * bm25 on min-max normalised scores) or "rrf".
    fusion: str = "convex"
    alpha: float = 0.7   # chosen from the alpha sweeps in eval/results (eval/README.md)
    # the dense weight for ranking people (and the leader's core-group search): a person's
    # evidence is many chunks, and lexical matches attribute a specialty more precisely than
    # neighbouring-topic dense matches (eval/README.md, "Experts: alpha")
    expert_alpha: float = 0.4
    rrf_k: int = 60
    candidates: int = 400          # candidates taken from each retriever before fusion
    # expert aggregation (expCombSUM-like voting over a person's evidence; see matcher/search.py)
    expert_top_evidence: int = 8
    evidence_weights: dict = field(default_factory=lambda: {
        "accepted_answer": 1.0, "answer": 0.7, "document": 0.6, "question": 0.25, "profile": 0.45, "comment": 0.2})
    recency_half_life_days: float = 730.0
    # chosen on the judged expert sets (bundled corpus, quantumcomputing held-out): eval/README.md
    prior_weight: float = 0.7
    # the prior counts an answer 2^(-age / this), age from the corpus's newest answer (0: no decay):
    # who answers now predicts who answers next (eval/README.md)
    prior_half_life_days: float = 180.0
    # a matched thread also votes for the people who answered it (their answer need not match
    # the query's words): vote = best fused chunk of the thread * w_kind(answer) * thread_vote
    thread_vote: float = 0.5
    # a chunk votes with its fused score to this power (expCombSUM-like: Macdonald & Ounis 2006
    # sharpen the votes so that a few close matches outweigh many vague ones)
    vote_power: float = 1.5
    # how the prior joins content: "gated" (content x (1 - w + w x prior): activity reorders
    # people whose content matches and never lifts one whose content does not), "share"
    # (content x max(prior_floor, recent answers / the most active candidate's): a candidate
    # prior in the Bayesian sense, for a public Q&A site where who answers now is who answers
    # next), "linear" (weighted sum of max-normalised scores), "product" (content^(1 - w) *
    # prior^w), or "auto": "share" for an index whose threads come mostly from a public Q&A
    # site import (Stack Exchange), "gated" otherwise (eval/README.md, "Experts: the prior")
    prior_form: str = "auto"
    # the "share" form: the least a person's activity share counts (1: content alone)
    prior_floor: float = 0.2
    # chunking
    chunk_words: int = 180
    chunk_overlap: int = 30
    # approximate vector index above this many chunks (IVF, float16); exact inner product below
    ann_threshold: int = 200_000
    # a re-index re-chunks only the items changed since the previous build (delta build) while
    # they hold at most this share of its chunks; a full build otherwise (and above ann_threshold)
    delta_max_share: float = 0.2
    # limits
    max_query_chars: int = 1000
    max_k: int = 100
    rate_limit_per_minute: int = 600
    # web
    host: str = "127.0.0.1"
    port: int = 5000
    trusted_proxies: tuple = ("127.0.0.1", "::1")
    user_header: str = "X-Forwarded-User"
    trust_user_header: bool = False

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


def _coerce(name: str, value, target):
    if isinstance(target, bool):
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("1", "true", "yes", "on"):
            return True
        if str(value).lower() in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"{name}: expected true or false, got {value!r}")
    if isinstance(target, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{name}: expected an integer, got {value!r}") from None
    if isinstance(target, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{name}: expected a number, got {value!r}") from None
    if isinstance(target, tuple):
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return tuple(value)
    if isinstance(target, dict):
        if not isinstance(value, dict):
            raise SettingsError(f"{name}: expected a table of values")
        return {**target, **value}
    return str(value)


def load_settings(config: str | Path | None = None, env: dict | None = None, **overrides) -> Settings:
    """Build the settings: defaults, then the TOML file (``[savoir]`` table or top level),
    then ``SAVOIR_<NAME>`` environment variables, then explicit ``overrides``."""
    env = os.environ if env is None else env
    base = Settings()
    values: dict = {}
    config = config or env.get("SAVOIR_CONFIG")
    if config:
        path = Path(config)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SettingsError(f"{path}: configuration file not found") from None
        except tomllib.TOMLDecodeError as e:
            raise SettingsError(f"{path}: invalid TOML: {e}") from None
        values.update(data.get("savoir", data))
    for f in dataclasses.fields(Settings):
        key = f"SAVOIR_{f.name.upper()}"
        if key in env:
            values[f.name] = env[key]
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in dataclasses.fields(Settings)}
    for name in values:
        if name not in known:
            raise SettingsError(f"unknown setting {name!r}; known settings: {', '.join(sorted(known))}")
    coerced = {name: _coerce(name, v, getattr(base, name)) for name, v in values.items()}
    s = base.replace(**coerced)
    if s.fusion not in ("convex", "rrf"):
        raise SettingsError(f"fusion: {s.fusion!r} is not known; use convex or rrf")
    if not 0.0 <= s.alpha <= 1.0:
        raise SettingsError(f"alpha: {s.alpha} is outside [0, 1]")
    if not 0.0 <= s.expert_alpha <= 1.0:
        raise SettingsError(f"expert_alpha: {s.expert_alpha} is outside [0, 1]")
    if not 0.5 <= s.vote_power <= 10.0:
        raise SettingsError(f"vote_power: {s.vote_power} is outside [0.5, 10]")
    if s.prior_form not in PRIOR_FORMS:
        raise SettingsError(f"prior_form: {s.prior_form!r} is not known; use {', '.join(PRIOR_FORMS)}")
    if not 0.0 <= s.prior_floor <= 1.0:
        raise SettingsError(f"prior_floor: {s.prior_floor} is outside [0, 1]")
    if s.prior_half_life_days < 0:
        raise SettingsError(f"prior_half_life_days: {s.prior_half_life_days} is negative; use 0 for no decay")
    if not 0.0 <= s.prior_weight <= 1.0:
        raise SettingsError(f"prior_weight: {s.prior_weight} is outside [0, 1]")
    if s.analyzer not in ("lookup", "pipeline"):
        raise SettingsError(f"analyzer: {s.analyzer!r} is not known; use lookup or pipeline")
    return s
