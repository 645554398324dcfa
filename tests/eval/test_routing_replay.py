"""eval.routing: the measures on hand-made cases, the replay's loads, and `savoir eval routing`
on the importer's mini dump and on a dump written here where one person answers everything."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from click.testing import CliRunner

from eval.cli import eval_group
from eval.routing import ReplayQuestion, evaluate_rules, gini, hit_at, replay, summary
from indexer.settings import RoutingSettings

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "stackexchange" / "mini"
KEYS = {"hit@1", "hit@3", "hit@5", "gini", "max_share", "n"}


def test_gini_by_hand():
    assert gini([]) == 0.0 and gini([0, 0]) == 0.0
    assert gini([5, 5, 5]) == pytest.approx(0.0)
    # one of four has everything: (n - 1) / n
    assert gini([0, 0, 0, 8]) == pytest.approx(0.75)
    # [1, 3]: |1-3| x 2 / (2 x 4 x 2) = 0.25
    assert gini([3, 1]) == pytest.approx(0.25)


def test_hit_at_by_hand():
    ranked = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"], []]
    answerers = [{"a"}, {"f"}, {"x"}, {"a"}]
    assert hit_at(ranked, answerers, 1) == pytest.approx(1 / 4)    # q1 only
    assert hit_at(ranked, answerers, 3) == pytest.approx(2 / 4)    # q1, q2 (f third)
    assert hit_at(ranked, answerers, 5) == pytest.approx(2 / 4)    # an empty routing counts, as a miss
    assert hit_at([], [], 3) == 0.0


def _q(i: int, day: float, cands, answerers=(), asker=None, answered_after_h: float | None = 1.0) -> ReplayQuestion:
    created = dt.datetime(2024, 1, 1) + dt.timedelta(days=day)
    first = created + dt.timedelta(hours=answered_after_h) if answered_after_h is not None else None
    return ReplayQuestion(f"q{i}", created, first, asker, frozenset(answerers), tuple(cands))


def test_replay_weekly_cap_and_its_window():
    # "a" is the best for every question; cap 2 a week, k 1
    cands = [("a", 1.0), ("b", 0.9), ("c", 0.8)]
    qs = [_q(i, day, cands, answerers={"a"}) for i, day in enumerate([0, 1, 2, 3, 8])]
    rule = RoutingSettings(k=1, max_open_requests=0, max_per_week=2, load_penalty=0.0)
    first = [r[0] for r in replay(qs, rule)]
    # days 0, 1 -> a (2 in the week); 2, 3 -> b; day 8: a's routings of days 0 and 1 left the window
    assert first == ["a", "a", "b", "b", "a"]
    s = summary(qs, replay(qs, rule), k=1)
    assert s["hit@1"] == pytest.approx(3 / 5) and s["n"] == 5
    assert s["max_share"] == pytest.approx(3 / 5)
    assert s["gini"] == pytest.approx(gini([3, 2]))
    assert s["gini_all"] == pytest.approx(gini([3, 2, 0]))


def test_replay_open_requests_close_at_the_first_answer():
    cands = [("a", 1.0), ("b", 0.5)]
    rule = RoutingSettings(k=1, max_open_requests=1, max_per_week=0, load_penalty=0.0)
    # q0 answered after 2 days: a's request is still open on day 1, closed on day 3
    qs = [_q(0, 0, cands, answered_after_h=48), _q(1, 1, cands), _q(2, 3, cands)]
    assert [r[0] for r in replay(qs, rule)] == ["a", "b", "a"]
    # never answered: open for 7 days
    qs = [_q(0, 0, cands, answered_after_h=None), _q(1, 6.9, cands), _q(2, 7.1, cands)]
    assert [r[0] for r in replay(qs, rule)] == ["a", "b", "a"]


def test_asker_excluded_in_both_runs():
    qs = [_q(0, 0, [("a", 1.0), ("b", 0.5)], answerers={"a"}, asker="a")]
    out = evaluate_rules(qs, RoutingSettings(k=1))
    assert out["routed"]["hit@1"] == 0.0 and out["unconstrained"]["hit@1"] == 0.0


def test_cli_keys_on_the_mini_dump(tmp_path):
    result = CliRunner().invoke(eval_group, ["routing", str(MINI), "--test-share", "0.5", "--model", "hash", "--json",
                                             "--cache", str(tmp_path / "cache"), "--sweep"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert KEYS <= set(data["routed"]) and KEYS <= set(data["unconstrained"])
    assert data["sweep"] and KEYS <= set(data["sweep"][0])


# -- a dump where one generalist answered every topic ------------------------------------------

TOPICS = {
    "pumps": "centrifugal pump cavitation suction impeller",
    "valves": "globe valve actuator leaking stem packing",
    "bearings": "roller bearing grease overheating lubrication",
    "seals": "mechanical seal face wear flush plan",
}


def _row(**attrs) -> str:
    return "  <row " + " ".join(f"{k}={quoteattr(str(v))}" for k, v in attrs.items()) + " />"


def _write_dump(root: Path) -> Path:
    """Past: user 1 answered 3 questions of every topic (accepted), the specialists 2..5 one each
    of their own topic. Held out: 24 questions, a few a day, each answered by its specialist."""
    rows, pid = [], 1
    start = dt.datetime(2021, 1, 1)
    specialists = {t: i + 2 for i, t in enumerate(TOPICS)}

    def post(day: float, topic: str, answerer: int, asker: int, accepted: bool, n: int):
        nonlocal pid
        q, a = pid, pid + 1
        pid += 2
        when = start + dt.timedelta(days=day)
        extra = {"AcceptedAnswerId": a} if accepted else {}
        rows.append(_row(Id=q, PostTypeId=1, CreationDate=when.isoformat(), Score=1, OwnerUserId=asker,
                         Title=f"{topic} problem {n}", Body=f"<p>{TOPICS[topic]} question {n}</p>",
                         Tags=f"<{topic}>", AnswerCount=1, **extra))
        rows.append(_row(Id=a, PostTypeId=2, ParentId=q, CreationDate=(when + dt.timedelta(hours=2)).isoformat(),
                         Score=2, OwnerUserId=answerer, Body=f"<p>For the {TOPICS[topic]}: check it.</p>"))

    day = 0.0
    for n in range(3):
        for topic in TOPICS:
            post(day, topic, 1, 90, True, n)
            day += 1
    for topic, user in specialists.items():
        post(day, topic, user, 91, False, 9)
        day += 1
    day += 30
    for n in range(6):
        for topic, user in specialists.items():
            post(day, topic, user, 92, False, 20 + n)
            day += 0.5
    dump = root / "generalist"
    dump.mkdir(parents=True)
    (dump / "Posts.xml").write_text('<?xml version="1.0" encoding="utf-8"?>\n<posts>\n' + "\n".join(rows)
                                    + "\n</posts>\n", encoding="utf-8")
    return dump


def test_load_rule_spreads_what_the_top_expert_would_get(tmp_path):
    dump = _write_dump(tmp_path)
    # 16 + 24 answered questions; test share 0.6 holds out the 24 newest
    # 24 questions over 12 days: a cap of 3 a week binds (the penalty alone does not move a
    # generalist this far ahead with the hash embedder), whatever the defaults
    result = CliRunner().invoke(eval_group, ["routing", str(dump), "--test-share", "0.6", "--k", "2", "--model", "hash",
                                             "--max-per-week", "3", "--penalty", "0.5",
                                             "--json", "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    free, routed = data["unconstrained"], data["routed"]
    assert free["n"] == routed["n"] == 24
    assert free["max_share"] == 1.0                    # the generalist is asked every question
    assert routed["max_share"] < free["max_share"]
    assert routed["gini"] <= free["gini"]
    assert routed["gini_all"] < free["gini_all"]


def test_history_spread():
    from eval.routing import history_spread

    qs = [_q(0, 0, [], answerers={"a", "b"}), _q(1, 1, [], answerers={"a"}), _q(2, 2, [])]
    assert history_spread(qs) == {"gini": round(gini([2, 1]), 4), "max_share": 1.0, "answerers": 2, "n": 2}
