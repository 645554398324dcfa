"""Routing a question to a few people: the best experts, subject to their load and their choices.

    chosen = route([("u1", 0.9), ("u2", 0.8), ("u3", 0.5)], k=2,
                   states={"u1": PersonState(routed_last_week=4)}, asker="u3")
    [r.person for r in chosen.routed]          # ['u2', 'u1']: u1's recent load costs it the top
    chosen.passed_over                         # (PassedOver('u3', 0.5, 'asker'),)

Rules, in order:

1. hard exclusions, each with its reason (``REASONS``): the asker; people who opted out of the
   platform; people who asked never to be routed to; people unavailable until a date after
   today; people at the cap of open requests (``max_open_requests``) or of requests in the last
   7 days (the smaller of ``max_per_week`` and the person's own "at most N a week");
2. a load penalty on the others (Aardvark's availability-aware routing, Horowitz & Kamvar 2010,
   "The Anatomy of a Large-Scale Social Search Engine", WWW: a question is sent to the
   people most likely to answer it, discounted by how much they were asked lately)::

       score'(p) = score(p) / (1 + beta x load(p)),   load(p) = open(p) + routed_last_week(p)

   ``beta = 0`` is the plain expert ranking; the discount is scale-free (it multiplies), so it
   does not depend on how the expert scores are normalised, and it only reorders people whose
   scores are within a factor ``1 + beta x load`` of each other: a clearly better expert still
   wins, a marginally better but busy one gives way;
3. the ``k`` best by ``score'``; ties by the original score, then by person id (deterministic).

A multiplicative penalty was chosen over a min-cost assignment because questions arrive one at a
time (an assignment needs the batch of questions to assign together) and it keeps routing a pure
function of one question's candidates and the current loads. The defaults are the trade-off
chosen in eval/README.md ("Routing"). The rule is the ``[routing]`` section of the settings,
:class:`indexer.settings.RoutingSettings` (``k``, ``max_open_requests``, ``max_per_week``,
``load_penalty``, validated there): ``route(..., rule=settings.routing)``; 0 turns a cap off and
``load_penalty`` 0 is no penalty.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from indexer.settings import RoutingSettings

__all__ = ["PersonState", "UNCONSTRAINED", "Routed", "PassedOver", "Routing", "route", "REASONS"]

#: why a candidate was passed over, in the order the rules are checked
REASONS = ("asker", "opted_out", "never_route", "unavailable", "open_cap", "weekly_cap", "outranked")


@dataclass(frozen=True)
class PersonState:
    """One person's load and choices at routing time (everything defaults to "free and willing")."""

    open_requests: int = 0
    routed_last_week: int = 0
    #: the person's own "at most N a week" (None: the global cap only)
    weekly_cap: int | None = None
    #: "not now until <date>": not routed to before this day (ISO date or datetime)
    unavailable_until: str | None = None
    #: "never route to me" (still findable by search)
    never_route: bool = False
    #: opted out of the platform altogether
    opted_out: bool = False


#: no caps, no penalty: the top k experts
UNCONSTRAINED = RoutingSettings(max_open_requests=0, max_per_week=0, load_penalty=0.0)


@dataclass(frozen=True)
class Routed:
    person: str
    score: float          # the expert score
    adjusted: float       # score / (1 + beta x load)
    load: int             # open + routed in the last 7 days, at routing time


@dataclass(frozen=True)
class PassedOver:
    person: str
    score: float
    reason: str           # one of REASONS


@dataclass(frozen=True)
class Routing:
    routed: tuple = ()        # Routed, best first
    passed_over: tuple = ()   # PassedOver, in candidate order

    @property
    def people(self) -> list[str]:
        return [r.person for r in self.routed]


def _day(value: str | _dt.date | _dt.datetime) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.datetime.fromisoformat(str(value)).date()


def _excluded(person: str, st: PersonState, asker: str | None, today: _dt.date | None,
              rule: RoutingSettings) -> str | None:
    """The first hard rule that excludes ``person``, or None."""
    if asker is not None and person == asker:
        return "asker"
    if st.opted_out:
        return "opted_out"
    if st.never_route:
        return "never_route"
    if st.unavailable_until and today is not None and today < _day(st.unavailable_until):
        return "unavailable"
    if rule.max_open_requests and st.open_requests >= rule.max_open_requests:
        return "open_cap"
    caps = [c for c in (rule.max_per_week or None, st.weekly_cap) if c is not None]
    if caps and st.routed_last_week >= min(caps):
        return "weekly_cap"
    return None


def route(candidates: Iterable[tuple[str, float]], k: int | None = None,
          states: Mapping[str, PersonState] | None = None, asker: str | None = None,
          today: str | _dt.date | None = None, rule: RoutingSettings | None = None) -> Routing:
    """Choose up to ``k`` (default ``rule.k``) people among ``candidates`` ``[(person, score)]``
    (see the module docstring). ``states`` missing a person means free and willing; ``today``
    (a date) is needed for the "unavailable until" rule, which is skipped without it.
    Every candidate not routed is in ``passed_over`` with its reason (``outranked`` when only
    the k limit left it out)."""
    rule = rule or RoutingSettings()
    k = rule.k if k is None else k
    if k < 1:
        raise ValueError("route k: must be at least 1")
    states = states or {}
    day = _day(today) if today is not None else None
    seen: set[str] = set()
    eligible: list[Routed] = []
    passed: dict[str, PassedOver] = {}
    order: list[str] = []
    for person, score in candidates:
        if person in seen:
            continue
        seen.add(person)
        order.append(person)
        st = states.get(person, PersonState())
        why = _excluded(person, st, asker, day, rule)
        if why is not None:
            passed[person] = PassedOver(person, float(score), why)
            continue
        load = st.open_requests + st.routed_last_week
        eligible.append(Routed(person, float(score), float(score) / (1.0 + rule.load_penalty * load), load))
    eligible.sort(key=lambda r: (-r.adjusted, -r.score, r.person))
    chosen = tuple(eligible[:k])
    for r in eligible[k:]:
        passed[r.person] = PassedOver(r.person, r.score, "outranked")
    return Routing(chosen, tuple(passed[p] for p in order if p in passed))
