"""Off a terminal, `savoir index`, `savoir import` and `savoir tune` print one line per long step
on stderr, with its count and its seconds (indexer.progress), and leave stdout as it was
(`savoir eval`: tests/eval/test_beir_cli.py)."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from tests.conftest import ROOT, TINY

SE_MINI = ROOT / "tests" / "fixtures" / "stackexchange" / "mini"
#: "desc: 12/40 chunks in 0.3 s, 40.0/s" or, for a step of unknown size, "desc: 12 records in 0.3 s"
STEP = r"(?P<done>[\d,]+)(?:/(?P<total>[\d,]+))? (?P<unit>\w+) in (?P<s>\d+\.\d) s"


def steps(stderr: str) -> dict:
    """step name -> (done, total or None, unit) of every progress line of ``stderr``."""
    out = {}
    for line in stderr.splitlines():
        m = re.fullmatch(rf"(?P<desc>.+?): {STEP}(?:, [\d.]+/s)?", line.strip())
        if m:
            total = int(m["total"].replace(",", "")) if m["total"] else None
            out[m["desc"]] = (int(m["done"].replace(",", "")), total, m["unit"])
    return out


def test_index_prints_the_import_analysis_and_embedding_steps(tmp_path):
    from matcher.cli import cli

    result = CliRunner().invoke(cli, ["index", str(TINY), "--db", str(tmp_path / "t.db"), "--model", "hash"])
    assert result.exit_code == 0, result.output
    got = steps(result.stderr)
    assert got[f"import {TINY}"] == (37, None, "records"), result.stderr      # 37 new records (stdout)
    assert got["analyse"] == (40, 40, "chunks")
    assert got["embed hash-256"] == (40, 40, "chunks")
    # stdout keeps its summary lines only
    assert f"import {TINY}: 37 new" in result.stdout and "chunks in" not in result.stdout


def test_import_prints_the_import_step(tmp_path):
    from matcher.cli import cli

    result = CliRunner().invoke(cli, ["import", "stackexchange", str(SE_MINI), "--db", str(tmp_path / "se.db"),
                                      "--no-index"])
    assert result.exit_code == 0, result.output
    summary = re.search(r"(\d+) new, (\d+) updated", result.stdout)
    done, total, unit = steps(result.stderr)["import stackexchange"]
    assert (total, unit) == (None, "records") and done == int(summary[1]) + int(summary[2]) > 0


def _history(folder, n: int = 30):
    """A corpus of ``n`` answered questions over six topics, one every ten days."""
    folder.mkdir()
    topics = ["pump cavitation suction", "bearing grease lithium", "excel macro merge", "lockout tagout energy",
              "valve packing leak", "motor vibration alignment"]
    (folder / "people.jsonl").write_text("".join(json.dumps({"id": f"p{i}", "name": f"Person {i}"}) + "\n"
                                                 for i in range(6)), encoding="utf-8")
    (folder / "communities.jsonl").write_text(json.dumps({"id": "c1", "name": "Plant", "domain": "maintenance"})
                                              + "\n", encoding="utf-8")
    rows = []
    for q in range(n):
        topic, day = topics[q % 6], f"2024-{1 + q // 3:02d}-{1 + 9 * (q % 3):02d}"
        rows.append({"id": f"t{q}", "community": "c1", "title": f"{topic} question {q}", "created": f"{day}T10:00:00",
                     "posts": [{"id": f"t{q}-1", "author": f"p{(q + 3) % 6}", "created": f"{day}T10:00:00",
                                "body": f"How do I handle {topic} on unit {q}?", "votes": 1, "accepted": False},
                               {"id": f"t{q}-2", "author": f"p{q % 6}", "created": f"{day}T12:00:00",
                                "body": f"For {topic}, check the usual things first.", "votes": 3, "accepted": True}]})
    (folder / "threads.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def test_tune_prints_the_questions_features_and_training_steps(tmp_path):
    from eval.tune import ROUNDS
    from matcher.cli import cli
    from tests.conftest import build_db

    db = tmp_path / "h.db"
    report, _ = build_db(_history(tmp_path / "history"), db)
    assert report.ok
    result = CliRunner().invoke(cli, ["tune", "--db", str(db), "--json"], env={"SAVOIR_MODEL": "hash"})
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)           # stdout is exactly the JSON report
    got = steps(result.stderr)
    assert got["answered questions of the index"] == (30, None, "questions") and out["questions"] == 30
    assert got["features of past questions"] == (30, 30, "questions")
    assert got[f"train on the older {out['train_questions']} questions"] == (ROUNDS, ROUNDS, "rounds")
    assert got["train on all 30 questions"] == (ROUNDS, ROUNDS, "rounds")
