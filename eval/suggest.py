"""What a sweep suggests: for each setting it tunes, the best value against the current one, with
a paired t-test so that a gain within the noise is not mistaken for one (``savoir eval --sweep``)."""
from __future__ import annotations

from .runner import Evaluation, Task, _paired

__all__ = ["suggest"]


def _swept_setting(kind: str, mode: str, form: str) -> str | None:
    """The setting a sweep tunes for a task of this mode, or None when the sweep does not rank
    this task as configured."""
    if kind == "alpha":
        return "expert_alpha" if mode == "experts" else "alpha"
    # the prior's weight and floor are fixed numbers of the hand-made formula (matcher.formula),
    # not settings: their sweeps are reported, nothing is suggested
    return None


def suggest(ev: Evaluation, task: Task, settings, form: str) -> dict:
    """For each setting a sweep of this task tunes: the current value, the value with the best
    nDCG@10 (the current one on a tie), both scores, and a paired t-test of the best value's run
    against hybrid as configured, so that a gain within the noise is not mistaken for one."""
    from .metrics import per_query

    out = {}
    judged = ev.tasks[task.name].qrels
    current_run = ev.runs[task.name]["hybrid"]
    current_score = ev.metrics[task.name]["hybrid"]["ndcg@10"]
    for kind, values in ev.sweeps[task.name].items():
        setting = _swept_setting(kind, task.mode, form)
        if setting is None:
            continue
        current = float(settings.flat()[setting])
        best_value, best = max(values.items(), key=lambda kv: (kv[1]["ndcg@10"], -abs(float(kv[0]) - current)))
        entry = {"current": current, "current_ndcg@10": current_score, "best": float(best_value),
                 "best_ndcg@10": best["ndcg@10"], "sweep": kind}
        if kind == "alpha" and settings.fusion.method != "convex":
            entry["with"] = {"fusion": "convex"}     # the alpha sweep is of the convex fusion
        if best["ndcg@10"] <= current_score + 1e-9 or abs(float(best_value) - current) < 1e-9:
            entry["change"] = False
        else:
            run = ev.sweep_runs[task.name][f"{kind}={best_value}"]
            test = _paired(judged, run, current_run, f"{setting}={best_value}", "current",
                           per_query(judged, run)["ndcg@10"], ev.per_query[task.name]["hybrid"]["ndcg@10"])
            entry.update(change=True, p_value=test["p_value"], significant=test["significant_0.05"],
                         better=test["better"], worse=test["worse"])
        out[setting] = entry
    return out
