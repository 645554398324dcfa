"""The ranking methods an evaluation compares (variants): the product's methods with optional
setting changes, the activity-only baselines, the eval-only ``linear`` prior form of the
``hybrid-qa`` reference, the learned ranker, and the sweeps of ``--sweep``."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Variant", "default_variants", "sweep_variants", "linear", "EVAL_PRIORS"]


@dataclass(frozen=True)
class Variant:
    name: str
    method: str                     # bm25 | dense | hybrid | prior | prior-answers
    overrides: tuple = ()           # ((setting or number of the hand-made formula, value), ...)

    def settings(self, base):
        """``base`` with the overrides that are settings."""
        from matcher.formula import FIELDS

        overrides = {k: v for k, v in self.overrides if k not in FIELDS}
        return base.replace(**overrides) if overrides else base

    def formula(self, base):
        """``base`` (a :class:`matcher.formula.HandFormula`) with the overrides of its numbers."""
        from matcher.formula import FIELDS

        overrides = {k: v for k, v in self.overrides if k in FIELDS and not (k == "prior_form" and v in EVAL_PRIORS)}
        return base.replace(**overrides) if overrides else base

    @property
    def prior(self):
        """The eval-only prior form of ``prior_form`` in the overrides (:data:`EVAL_PRIORS`), or None."""
        return EVAL_PRIORS.get(dict(self.overrides).get("prior_form"))


def linear(content: dict, activity: dict, formula) -> tuple[dict, dict]:
    """The linear prior form, kept for the ``hybrid-qa`` reference: (score, shown prior) per
    person with score(p) = (1 - w) * content(p) / max content + w * prior(p) / max prior,
    w = ``prior_weight``, prior = :func:`matcher.prior.gated_prior` (same signature as the
    forms of :data:`matcher.prior.FORMS`)."""
    from matcher.prior import gated_prior

    lam = formula.prior_weight
    cmax = max(content.values()) or 1.0
    prior = {p: gated_prior(*activity[p]) for p in content}
    pmax = max(prior.values()) or 1.0
    return ({p: (1 - lam) * content[p] / cmax + lam * prior[p] / pmax for p in content},
            {p: prior[p] / pmax for p in content})


#: prior forms that only the evaluation runs (``prior_form=<name>`` in a variant's overrides)
EVAL_PRIORS = {"linear": linear}


def default_variants(mode: str, settings) -> list[Variant]:
    """bm25, dense, hybrid (configured fusion), the other fusion, and for experts the same
    methods on content alone (prior weight 0) and the prior-only baseline."""
    if mode == "core":
        # default: the candidates the leader page shows (never the coordinator, the sponsor or
        # the core group); expertise: the whole broad experts ranking they are taken from
        return [Variant("default", "hybrid"), Variant("expertise", "hybrid")]
    if mode == "starters":
        # most-voted: the community's most voted solved threads, the same for every profile
        return [Variant("default", "hybrid"), Variant("most-voted", "hybrid")]
    if mode == "newcomer":
        return [Variant("default", "hybrid")]
    other = "rrf" if settings.fusion.method == "convex" else "convex"
    out = [Variant("bm25", "bm25"), Variant("dense", "dense"), Variant("hybrid", "hybrid"),
           Variant(f"hybrid-{other}", "hybrid", (("fusion", other),))]
    if mode == "experts":
        # the matcher adds the activity prior to every method; the -noprior variants are content alone
        out += [Variant(f"{m}-noprior", m, (("prior_form", "gated"), ("prior_weight", 0.0))) for m in ("bm25", "dense", "hybrid")]
        # the two forms "auto" chooses between (one of them is "hybrid"), and the linear form
        # of session 5's public Q&A setting
        out.append(Variant("hybrid-gated", "hybrid", (("prior_form", "gated"),)))
        out.append(Variant("hybrid-share", "hybrid", (("prior_form", "share"),)))
        out.append(Variant("hybrid-qa", "hybrid", (("prior_form", "linear"), ("prior_weight", 0.7))))
        out.append(Variant("prior", "prior"))
        out.append(Variant("prior-answers", "prior-answers"))
        # the plain reference: every answer counts the same, however old
        out.append(Variant("most-active", "prior-answers", (("prior_half_life_days", 0),)))
        # LightGBM lambdarank trained on the index's own answered questions (eval.tune), which
        # are all older than the test window of a held-out split: as a search serves it (the
        # model if its validation adopted it, else the hand-made ranking), and the model alone
        out.append(Variant("learned", "learned"))
        out.append(Variant("learned-model", "learned-model"))
    return out


def sweep_variants(mode: str, settings) -> list[Variant]:
    """hybrid (convex) with alpha 0, 0.1, ..., 1; for experts also the gated prior's weight 0,
    0.1, ..., 1 (with hybrid and with BM25 content) and the share prior's floor 0, 0.1, ..., 1."""
    if mode in ("core", "newcomer", "starters"):
        return []
    out = [Variant(f"alpha={a / 10:.1f}", "hybrid", (("fusion", "convex"), ("alpha", a / 10), ("expert_alpha", a / 10)))
           for a in range(11)]
    if mode == "experts":
        for method, kind in (("hybrid", "prior_weight"), ("bm25", "prior_weight_bm25")):
            out += [Variant(f"{kind}={w / 10:.1f}", method, (("prior_form", "gated"), ("prior_weight", w / 10)))
                    for w in range(11)]
        out += [Variant(f"prior_floor={f / 10:.1f}", "hybrid", (("prior_form", "share"), ("prior_floor", f / 10)))
                for f in range(11)]
    return out
