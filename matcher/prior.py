"""The experts' prior: how much a person's activity reorders the people whose content matches.

Activity: per person (answers, accepted answers, positive votes on them) in the communities the
viewer sees, each answer counted 2^(-age / prior_half_life_days) (``half_life`` 0: all count
1), the age counted from the corpus's newest answer, so that a corpus that stopped years ago
still has its active people.

Two forms (``prior_form`` of :mod:`matcher.formula`), on content(p) / max content = c(p):

- ``gated`` (a community of practice, whose "who knows" is topical): with lambda =
  ``prior_weight`` and prior(p) = ln(1 + answers + 2 * accepted + 0.5 * positive votes),

      score(p) = c(p) * (1 - lambda + lambda * prior(p) / max prior)

  the prior reorders people whose content matches and never lifts one whose content does not.
- ``share`` (a public Q&A site, where the next question goes to whoever answers now): the
  candidate prior p(ca) of Balog et al. 2006, p(ca|q) ~ p(q|ca) p(ca), as the share of recent
  answers, floored so that a document author or a newcomer still ranks on content,

      score(p) = c(p) * max(prior_floor, answers(p) / max answers over the candidates)

``auto`` takes ``share`` for an index whose threads come mostly from a Stack Exchange import,
``gated`` otherwise (eval/README.md, "Experts: the prior").
"""
from __future__ import annotations

import math
from collections import defaultdict

__all__ = ["FORMS", "QA_SOURCES", "prior_form", "prior_tables", "visible_activity", "activity", "gated_prior",
           "activity_prior", "gated", "share"]

QA_SOURCES = ("stackexchange",)   # imports of public Q&A sites (indexer.importers)


def gated_prior(answers: float, accepted: float, positive_votes: float) -> float:
    """ln(1 + answers + 2 * accepted + 0.5 * positive votes)."""
    return math.log1p(answers + 2 * accepted + 0.5 * positive_votes)


def gated(content: dict, activity: dict, formula) -> tuple[dict, dict]:
    """(score, shown prior) per person: c(p) * (1 - w + w * prior(p) / max prior), w =
    ``formula.prior_weight``; ``activity``: person -> (answers, accepted, positive votes)."""
    lam = formula.prior_weight
    cmax = max(content.values()) or 1.0
    prior = {p: gated_prior(*activity[p]) for p in content}
    pmax = max(prior.values()) or 1.0
    shown = {p: prior[p] / pmax for p in content}
    return {p: (content[p] / cmax) * (1 - lam + lam * prior[p] / pmax) for p in content}, shown


def share(content: dict, activity: dict, formula) -> tuple[dict, dict]:
    """(score, shown prior) per person: c(p) * max(floor, answers(p) / max answers), floor =
    ``formula.prior_floor``; the accepted-answer and vote bonuses are left out (the content
    votes already carry them)."""
    cmax = max(content.values()) or 1.0
    amax = max(a for a, _, _ in activity.values()) or 1.0
    shown = {p: max(formula.prior_floor, activity[p][0] / amax) for p in content}
    return {p: (content[p] / cmax) * shown[p] for p in content}, shown


FORMS = {"gated": gated, "share": share}


def prior_form(ctx) -> str:
    """The configured ``prior_form``; "auto" is "share" when most threads of the index come
    from a public Q&A site import, "gated" otherwise."""
    form = ctx.formula.prior_form
    if form != "auto":
        return form
    return "share" if ctx.source_share(QA_SOURCES) else "gated"


def prior_tables(answerers: dict, created_days, community, votes, half_life: float) -> tuple[dict, dict]:
    """(totals, by_community): per person (answers, accepted answers, positive votes) over all
    communities, each answer weighted by 2^(-age / half_life) (1 when half_life is 0), and per
    community the list of (person, answers, accepted, positive votes) in it. ``answerers``:
    thread -> ((person, evidence kind, row), ...); the other arguments are indexed by row."""
    rows = [(p, ev, row) for answers in answerers.values() for p, ev, row in answers]
    newest = max((created_days[r] for _, _, r in rows if not math.isnan(created_days[r])), default=0.0)
    per: dict[tuple, list] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for p, ev, row in rows:
        age = newest - created_days[row]
        w = 2.0 ** (-age / half_life) if half_life > 0 and not math.isnan(age) else 1.0
        a = per[(p, community[row] or "")]
        a[0] += w
        a[1] += w if ev == "accepted_answer" else 0.0
        a[2] += w * max(0, int(votes[row]))
    totals: dict[str, list] = {}
    by_community: dict[str, list] = defaultdict(list)
    for (p, comm), (a, acc, pv) in per.items():
        t = totals.setdefault(p, [0.0, 0.0, 0.0])
        t[0] += a
        t[1] += acc
        t[2] += pv
        if comm:
            by_community[comm].append((p, a, acc, pv))
    return {p: tuple(t) for p, t in totals.items()}, dict(by_community)


def visible_activity(totals: dict, by_community: dict, hidden, people) -> dict:
    """person -> (answers, accepted, positive votes) of :func:`prior_tables` minus the activity
    in the ``hidden`` communities, for ``people``."""
    hidden_part: dict[str, list] = {}
    for c in hidden:
        for p, a, acc, pv in by_community.get(c, ()):
            if p in people:
                h = hidden_part.setdefault(p, [0.0, 0.0, 0.0])
                h[0] += a
                h[1] += acc
                h[2] += pv
    out = {}
    for p in people:
        answers, accepted, pos = totals.get(p, (0.0, 0.0, 0.0))
        h = hidden_part.get(p)
        if h:
            answers, accepted, pos = answers - h[0], accepted - h[1], pos - h[2]
        out[p] = (max(0.0, answers), max(0.0, accepted), max(0.0, pos))
    return out


def activity(ctx, people=None) -> dict:
    """:func:`visible_activity` for the viewer of ``ctx``, for ``people`` or everyone with an
    answer (the tables are computed once per loaded build)."""
    snap = ctx.snap
    half_life = ctx.formula.prior_half_life_days
    totals, by_community = snap.memo(("prior_tables", half_life), lambda: prior_tables(
        snap.answerers, snap.created_days, snap.community, snap.votes, half_life))
    return visible_activity(totals, by_community, ctx.access.hidden, totals if people is None else people)


def activity_prior(ctx, people=None) -> dict:
    """person -> :func:`gated_prior` of their :func:`activity`."""
    return {p: gated_prior(*counts) for p, counts in activity(ctx, people).items()}
