"""The hand-made expert formula's numbers (:mod:`matcher.experts`, :mod:`matcher.prior`), fixed.

They are not settings: the expert ranking is learned from each community's own history
(``savoir tune``, :mod:`matcher.learned`), which weighs the same evidence kept apart, so these
numbers only shape the fallback (an index without an adopted model) and the hand-made score the
model takes as one of its features. Each value was chosen on the evaluation sets
(eval/README.md: "Experts: alpha", "Experts: the prior", vote power and thread votes). The
evaluation still varies them through :meth:`HandFormula.replace`; a user no longer can.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from types import MappingProxyType

from indexer.errors import BadInput

__all__ = ["VOTE_POWER", "THREAD_VOTE", "TOP_EVIDENCE", "EVIDENCE_WEIGHTS", "RECENCY_HALF_LIFE_DAYS", "PRIOR_FORMS",
           "PRIOR_FORM", "PRIOR_WEIGHT", "PRIOR_FLOOR", "PRIOR_HALF_LIFE_DAYS", "HandFormula", "FIELDS"]

#: a chunk votes with its fused score to this power (expCombSUM, Macdonald & Ounis 2006)
VOTE_POWER = 1.5
#: a matched thread also votes for the people who answered it, x this weight
THREAD_VOTE = 0.5
#: a person's content is the sum of their this-many best votes
TOP_EVIDENCE = 8
#: weight of each kind of evidence (another kind: matcher.experts.OTHER_KIND_WEIGHT)
EVIDENCE_WEIGHTS = MappingProxyType({"accepted_answer": 1.0, "answer": 0.7, "document": 0.6, "question": 0.25,
                                     "profile": 0.45, "comment": 0.2})
#: recency of a chunk: 0.5 + 0.5 x 2^(-age / this) (matcher.recency)
RECENCY_HALF_LIFE_DAYS = 730.0
#: how the activity prior joins content: "gated", "share", or "auto" (share for a public Q&A import)
PRIOR_FORMS = ("auto", "gated", "share")
PRIOR_FORM = "auto"
PRIOR_WEIGHT = 0.7          # gated: the prior's weight
PRIOR_FLOOR = 0.2           # share: the least an activity share counts
#: the prior counts an answer 2^(-age / this), age from the corpus's newest answer (0: no decay)
PRIOR_HALF_LIFE_DAYS = 180.0


class FormulaError(BadInput):
    hint = "the hand-made formula's numbers are fixed (matcher.formula); only the evaluation varies them"


@dataclass(frozen=True)
class HandFormula:
    """The numbers of the hand-made expert ranking; the defaults are the constants above."""

    vote_power: float = VOTE_POWER
    thread_vote: float = THREAD_VOTE
    top_evidence: int = TOP_EVIDENCE
    evidence_weights: MappingProxyType = field(default_factory=lambda: EVIDENCE_WEIGHTS)
    recency_half_life_days: float = RECENCY_HALF_LIFE_DAYS
    prior_form: str = PRIOR_FORM
    prior_weight: float = PRIOR_WEIGHT
    prior_floor: float = PRIOR_FLOOR
    prior_half_life_days: float = PRIOR_HALF_LIFE_DAYS

    def __post_init__(self):
        weights = dict(self.evidence_weights)
        for kind, w in weights.items():
            if not isinstance(w, (int, float)) or isinstance(w, bool) or w < 0:
                raise FormulaError(f"evidence_weights.{kind}: {w!r} is not a number >= 0")
        object.__setattr__(self, "evidence_weights", MappingProxyType(weights))
        checks = (("vote_power", 0.5, 10.0), ("prior_weight", 0.0, 1.0), ("prior_floor", 0.0, 1.0))
        for name, low, high in checks:
            if not low <= getattr(self, name) <= high:
                raise FormulaError(f"{name}: {getattr(self, name)} is outside [{low:g}, {high:g}]")
        if self.top_evidence < 1:
            raise FormulaError(f"top_evidence: {self.top_evidence} is below 1")
        if self.thread_vote < 0 or self.prior_half_life_days < 0:
            raise FormulaError("thread_vote and prior_half_life_days must be >= 0 (0: no thread votes, no decay)")
        if self.recency_half_life_days <= 0:
            raise FormulaError(f"recency_half_life_days: {self.recency_half_life_days} must be above 0")
        if self.prior_form not in PRIOR_FORMS:
            raise FormulaError(f"prior_form: {self.prior_form!r} is not known; use {', '.join(PRIOR_FORMS)}")

    def replace(self, **changes) -> "HandFormula":
        """A new, validated formula with the named numbers changed."""
        unknown = sorted(set(changes) - FIELDS)
        if unknown:
            raise FormulaError(f"{', '.join(unknown)}: not a number of the hand-made formula; known: "
                               + ", ".join(sorted(FIELDS)))
        if "evidence_weights" in changes:
            changes["evidence_weights"] = {**self.evidence_weights, **changes["evidence_weights"]}
        return dataclasses.replace(self, **changes)


FIELDS = frozenset(f.name for f in dataclasses.fields(HandFormula))
