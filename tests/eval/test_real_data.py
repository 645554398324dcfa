"""Real evaluation sets from ../shared/data (slow: real models; skipped when the data is absent)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

pytestmark = pytest.mark.slow


def _shared() -> Path | None:
    env = os.environ.get("SAVOIR_SHARED_DATA")
    path = Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "data"
    return path if path.is_dir() else None


def _run(args):
    from eval.cli import eval_group

    result = CliRunner().invoke(eval_group, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_stackfaq_minilm_beats_bm25():
    data = _shared()
    if data is None or not (data / "beir" / "stackfaq-en").is_dir():
        pytest.skip("shared data ../shared/data/beir/stackfaq-en not found (set SAVOIR_SHARED_DATA)")
    out = _run(["beir", str(data / "beir" / "stackfaq-en"), "--model", "minilm"])["documents"]
    assert out["bm25"]["n"] == 1249
    assert out["dense"]["ndcg@10"] > out["bm25"]["ndcg@10"]
    assert out["hybrid"]["ndcg@10"] >= 0.9


def test_quantumcomputing_experts_combine_content_and_prior():
    """On a Stack Exchange import the default prior ("auto" -> "share") improves on content alone
    and on the gated prior of a community of practice, and beats the gated prior's activity-only
    ranking (not "most active answerer first": eval/README, "Experts: the prior")."""
    data = _shared()
    dump = data / "stackexchange" / "quantumcomputing-2018" if data else None
    if dump is None or not dump.is_dir():
        pytest.skip("shared data ../shared/data/stackexchange/quantumcomputing-2018 not found (set SAVOIR_SHARED_DATA)")
    experts = _run(["stackexchange", str(dump), "--model", "minilm"])["experts"]
    ndcg = {m: v["ndcg@10"] for m, v in experts.items()}
    assert experts["hybrid"]["mrr"] > experts["hybrid-noprior"]["mrr"]
    assert experts["hybrid"]["mrr"] > experts["bm25-noprior"]["mrr"]
    assert ndcg["hybrid"] == ndcg["hybrid-share"]
    assert ndcg["hybrid"] > ndcg["hybrid-gated"] + 0.03
    assert ndcg["hybrid"] > ndcg["prior"]
