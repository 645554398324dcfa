"""Readable outputs of an :class:`~eval.runner.Evaluation`: a text table and a self-contained
HTML page (inline SVG charts drawn here, no plotting library needed).

The page shows, per task: the metrics table; nDCG@10 and MRR by method; nDCG@10 of the convex
hybrid as alpha goes from 0 (BM25 only) to 1 (dense only) and, for experts, as the gated
prior's weight and the share prior's floor vary; the per-query wins and losses of the hybrid
against the better single method (BM25 or dense) and, for experts, against the best ranking by
activity alone, each with a paired significance test (ranx ``compare``, Student's paired
t-test); the worst queries with what was returned.
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path

from .crosslingual import SPLIT_METRICS
from .metrics import METRICS, best_of, compare_runs, paired_differences
from .runner import ACTIVITY_ONLY

__all__ = ["format_table", "write_report", "best_single", "suggestion_lines"]

SINGLE = ("bm25", "dense")
SWEEP_NOTE = {"prior_weight": ", gated prior", "prior_weight_bm25": ", gated prior, BM25 content",
              "prior_floor": ", share prior"}


def format_table(ev) -> str:
    form = ev.settings.get("prior_form", "gated")
    prior = f"prior {form}" + (f", floor {ev.settings.get('prior_floor')}" if form == "share"
                               else f", weight {ev.settings['prior_weight']}")
    lines = [f"{ev.set}  (models: {', '.join(ev.models)}; fusion {ev.settings['fusion']}, alpha {ev.settings['alpha']},"
             f" experts alpha {ev.settings.get('expert_alpha', ev.settings['alpha'])}, {prior})"]
    for task, by_variant in ev.metrics.items():
        n = next(iter(by_variant.values()))["n"] if by_variant else 0
        lines.append("")
        lines.append(f"{task} ({n} queries)")
        lines.append(f"  {'method':18}" + "".join(f"{m:>11}" for m in METRICS))
        for name, m in by_variant.items():
            lines.append(f"  {name:18}" + "".join(f"{m[k]:>11.4f}" for k in METRICS))
        lines += _language_lines(by_variant)
        for kind, values in ev.sweeps.get(task, {}).items():
            lines.append(f"  {kind} sweep (nDCG@10{SWEEP_NOTE.get(kind, '')}): " + "  ".join(f"{a}:{v['ndcg@10']:.3f}" for a, v in values.items()))
        lines += [f"  {line}" for line in suggestion_lines(getattr(ev, "suggestions", {}).get(task, {}))]
    for task, why in getattr(ev, "skipped", {}).items():
        lines += ["", f"{task}: not evaluated ({why})"]
    return "\n".join(lines)


def _language_lines(by_variant: dict) -> list[str]:
    """The same-/other-language split of a threads task (eval/crosslingual.py), when measured."""
    split = {name: m for name, m in by_variant.items() if "recall@10_other" in m}
    if not split:
        return []
    lines = ["  by language (grade >= 2 found in the top 10; nDCG@10 against each side's judgements):",
             f"  {'method':18}" + "".join(f"{k:>17}" for k in SPLIT_METRICS) + "   found same / other"]
    for name, m in split.items():
        lines.append(f"  {name:18}" + "".join(f"{m[k]:>17.4f}" for k in SPLIT_METRICS)
                     + f"   {m['found_same']}/{m['relevant_same']}, {m['found_other']}/{m['relevant_other']}"
                     + f" ({m['queries_other_none']} of {m['queries_other']} queries find none)")
    return lines


def _language_table(by_variant: dict) -> str:
    split = {name: m for name, m in by_variant.items() if "recall@10_other" in m}
    if not split:
        return ""
    rows = ["<h3>by language</h3><p>Relevant items in the query's language (same) and in the other "
            "language (other): recall@10 of those of grade &ge; 2, nDCG@10 against each side's judgements.</p>"
            "<table><tr><th>method</th>" + "".join(f"<th>{k}</th>" for k in SPLIT_METRICS)
            + "<th>found same</th><th>found other</th><th>queries finding no other-language item</th></tr>"]
    for name, m in split.items():
        rows.append(f"<tr><th>{_esc(name)}</th>" + "".join(f"<td>{m[k]:.4f}</td>" for k in SPLIT_METRICS)
                    + f"<td>{m['found_same']} / {m['relevant_same']}</td><td>{m['found_other']} / {m['relevant_other']}</td>"
                    + f"<td>{m['queries_other_none']} of {m['queries_other']}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def suggestion_lines(suggestions: dict) -> list[str]:
    """What the sweeps suggest for one task, in words: keep each setting, or the value to try
    with its gain and whether that gain is more than noise."""
    out = []
    for setting, s in suggestions.items():
        if not s["change"]:
            out.append(f"{setting}: keep {s['current']:g} (nDCG@10 {s['current_ndcg@10']:.3f}; no value of the sweep does better)")
            continue
        p = "n/a" if s["p_value"] is None else f"{s['p_value']:.2f}"
        verdict = "significant" if s["significant"] else "not significant: within the noise of this set"
        also = "".join(f" and `{k} = \"{v}\"`" for k, v in s.get("with", {}).items())
        out.append(f"{setting}: {s['best']:g} scores {s['best_ndcg@10']:.3f} against {s['current_ndcg@10']:.3f} at the current "
                   f"{s['current']:g} (better on {s['better']} quer{'y' if s['better'] == 1 else 'ies'}, worse on {s['worse']};"
                   f" paired t-test p {p}, {verdict}); "
                   f"to use it: `{setting} = {s['best']:g}`{also} in the settings file, or SAVOIR_{setting.upper()}={s['best']:g}"
                   + "".join(f" SAVOIR_{k.upper()}={v}" for k, v in s.get("with", {}).items()))
    return out


def best_single(metrics: dict, metric: str = "ndcg@10") -> str | None:
    """The better single retrieval method of a task on ``metric``: BM25 or dense."""
    return best_of(metrics, SINGLE, metric)


# -- SVG ----------------------------------------------------------------------------------------
_COLOURS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c")


def _esc(s) -> str:
    return html.escape(str(s), quote=True)


def _bars(groups: dict, series: list[str], title: str, width: int = 640, height: int = 260) -> str:
    """Grouped bar chart: groups = {label: {series: value in [0, 1]}}."""
    n = max(1, len(groups))
    slanted = n > 6             # many methods: labels at an angle so that they do not overlap
    if slanted:
        height += 60
    left, bottom, top = 40, 100 if slanted else 40, 30
    plot_w, plot_h = width - left - 10, height - bottom - top
    gw = plot_w / n
    bw = gw * 0.8 / max(1, len(series))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_esc(title)}">',
           f'<text x="{width / 2}" y="16" text-anchor="middle" font-size="13">{_esc(title)}</text>']
    for t in range(0, 11, 2):
        y = top + plot_h * (1 - t / 10)
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{t / 10:.1f}</text>')
    for i, (label, vals) in enumerate(groups.items()):
        x0 = left + i * gw + gw * 0.1
        for j, s in enumerate(series):
            v = max(0.0, min(1.0, float(vals.get(s, 0.0))))
            h = plot_h * v
            out.append(f'<rect x="{x0 + j * bw:.1f}" y="{top + plot_h - h:.1f}" width="{bw * 0.95:.1f}" height="{h:.1f}" '
                       f'fill="{_COLOURS[j % len(_COLOURS)]}"><title>{_esc(label)} {_esc(s)}: {v:.3f}</title></rect>')
        lx, ly = left + i * gw + gw / 2, top + plot_h + 14
        turn = f' transform="rotate(-40 {lx:.1f} {ly})"' if slanted else ""
        out.append(f'<text x="{lx:.1f}" y="{ly}" font-size="10" text-anchor="{"end" if slanted else "middle"}"{turn}>'
                   f'{_esc(label)}</text>')
    for j, s in enumerate(series):
        out.append(f'<rect x="{left + j * 110}" y="{height - 14}" width="10" height="10" fill="{_COLOURS[j % len(_COLOURS)]}"/>'
                   f'<text x="{left + j * 110 + 14}" y="{height - 5}" font-size="10">{_esc(s)}</text>')
    out.append("</svg>")
    return "".join(out)


def _line(points: dict, title: str, xlabel: str, width: int = 420, height: int = 240) -> str:
    """Line chart of {x label: y in [0, 1]} with evenly spaced x."""
    left, bottom, top = 40, 36, 26
    plot_w, plot_h = width - left - 14, height - bottom - top
    xs = list(points)
    ys = [float(points[x]) for x in xs]
    lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
    lo, hi = max(0.0, lo - 0.05), min(1.0, hi + 0.05)
    if hi - lo < 0.1:
        lo, hi = max(0.0, lo - 0.05), min(1.0, hi + 0.05)

    def px(i):
        return left + plot_w * (i / max(1, len(xs) - 1))

    def py(v):
        return top + plot_h * (1 - (v - lo) / ((hi - lo) or 1))

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_esc(title)}">',
           f'<text x="{width / 2}" y="15" text-anchor="middle" font-size="13">{_esc(title)}</text>']
    for k in range(5):
        v = lo + (hi - lo) * k / 4
        out.append(f'<line x1="{left}" x2="{width - 14}" y1="{py(v):.1f}" y2="{py(v):.1f}" stroke="#ddd"/>'
                   f'<text x="{left - 4}" y="{py(v) + 4:.1f}" font-size="10" text-anchor="end">{v:.2f}</text>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{px(i):.1f},{py(y):.1f}" for i, y in enumerate(ys))
    out.append(f'<path d="{path}" fill="none" stroke="{_COLOURS[0]}" stroke-width="2"/>')
    best = max(range(len(ys)), key=lambda i: ys[i]) if ys else None
    for i, (x, y) in enumerate(zip(xs, ys)):
        r = 5 if i == best else 3
        out.append(f'<circle cx="{px(i):.1f}" cy="{py(y):.1f}" r="{r}" fill="{_COLOURS[3] if i == best else _COLOURS[0]}">'
                   f'<title>{_esc(x)}: {y:.4f}</title></circle>'
                   f'<text x="{px(i):.1f}" y="{top + plot_h + 14}" font-size="9" text-anchor="middle">{_esc(x)}</text>')
    out.append(f'<text x="{left + plot_w / 2}" y="{height - 4}" font-size="10" text-anchor="middle">{_esc(xlabel)}</text>')
    out.append("</svg>")
    return "".join(out)


def _diffs(diffs: list[float], title: str, width: int = 640, height: int = 200) -> str:
    """Sorted per-query differences (hybrid minus the other), green wins, red losses."""
    left, top, bottom = 40, 24, 20
    plot_w, plot_h = width - left - 10, height - top - bottom
    d = sorted(diffs, reverse=True)
    mid = top + plot_h / 2
    # the scale: the largest difference, rounded up to a tenth (small differences stay visible)
    scale = max(0.1, math.ceil(max((abs(v) for v in d), default=0.0) * 10 - 1e-9) / 10)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_esc(title)}">',
           f'<text x="{width / 2}" y="15" text-anchor="middle" font-size="13">{_esc(title)}</text>',
           f'<line x1="{left}" x2="{width - 10}" y1="{mid}" y2="{mid}" stroke="#888"/>',
           f'<text x="{left - 4}" y="{top + 8}" font-size="10" text-anchor="end">+{scale:g}</text>'
           f'<text x="{left - 4}" y="{top + plot_h}" font-size="10" text-anchor="end">-{scale:g}</text>']
    w = plot_w / max(1, len(d))
    for i, v in enumerate(d):
        h = min(1.0, abs(v) / scale) * plot_h / 2
        y = mid - h if v > 0 else mid
        colour = "#55a868" if v > 0 else "#c44e52"
        if v != 0:
            out.append(f'<rect x="{left + i * w:.2f}" y="{y:.1f}" width="{max(w, 0.5):.2f}" height="{h:.1f}" fill="{colour}"/>')
    out.append("</svg>")
    return "".join(out)


# -- page ---------------------------------------------------------------------------------------
def _table(by_variant: dict, best: dict) -> str:
    rows = ["<table><tr><th>method</th>" + "".join(f"<th>{m}</th>" for m in METRICS) + "<th>n</th></tr>"]
    for name, m in by_variant.items():
        cells = "".join(f'<td class="{"best" if m[k] == best.get(k) else ""}">{m[k]:.4f}</td>' for k in METRICS)
        rows.append(f"<tr><th>{_esc(name)}</th>{cells}<td>{m['n']}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def _worst(ev, task: str, variant: str, limit: int = 10) -> str:
    pq = ev.per_query[task][variant]["ndcg@10"]
    t = ev.tasks[task]
    worst = sorted(pq, key=lambda q: (pq[q], q))[:limit]
    rows = ["<table class='worst'><tr><th>query</th><th>nDCG@10</th><th>relevant</th><th>returned (top 5)</th></tr>"]
    for q in worst:
        rel = t.qrels.get(q, {})
        returned = ev.returned[task][variant].get(q, [])[:5]
        ret = "<br>".join(f'{"<b>" if i in rel else ""}{_esc(i)} — {_esc(str(label)[:80])}{"</b>" if i in rel else ""}'
                          for i, label in returned) or "<i>nothing</i>"
        text = str(t.queries.get(q, ""))
        rows.append(f"<tr><td><code>{_esc(q)}</code> {_esc(text[:200])}{'…' if len(text) > 200 else ''}</td>"
                    f"<td>{pq[q]:.3f}</td><td>{_esc(', '.join(f'{i} ({g})' for i, g in rel.items()))}</td><td>{ret}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def _comparison(ev, task: str, baseline: str, what: str, test: dict) -> tuple[str, dict]:
    """Hybrid against one baseline: per-query wins and losses, their plot, the paired t-test."""
    pq = ev.per_query[task]
    diffs, wins, losses = paired_differences(pq["hybrid"]["ndcg@10"], pq[baseline]["ndcg@10"])
    parts = [f"<h3>hybrid vs {_esc(baseline)} ({_esc(what)})</h3>"
             f"<p>per-query nDCG@10: hybrid better on {wins}, worse on {losses}, tied on {len(diffs) - wins - losses}.</p>",
             _diffs(diffs, f"{task}: nDCG@10 hybrid − {baseline}, per query (sorted)")]
    extra = {"baseline": baseline, "wins": wins, "losses": losses}
    try:
        if test.get("b") != baseline:
            test = compare_runs(ev.tasks[task].qrels, ev.runs[task]["hybrid"], ev.runs[task][baseline], "hybrid", baseline)
        p = "n/a (equal on every query)" if test["p_value"] is None else f"{test['p_value']:.4g}"
        parts.append(f"<p>Paired Student's t-test on nDCG@10 (ranx compare): hybrid {test['a_score']:.4f} vs "
                     f"{_esc(baseline)} {test['b_score']:.4f}, p = {p} "
                     f"({'significant' if test['significant_0.05'] else 'not significant'} at 0.05).</p>")
        extra["test"] = test
    except Exception as e:  # a failed test must not lose the rest of the report
        parts.append(f"<p>significance test failed: {_esc(e)}</p>")
    return "".join(parts), extra


def _task_section(ev, task: str) -> tuple[str, dict]:
    by_variant = ev.metrics[task]
    best = {k: max(m[k] for m in by_variant.values()) for k in METRICS}
    parts = [f"<h2>{_esc(task)} <small>({next(iter(by_variant.values()))['n']} queries)</small></h2>", _table(by_variant, best),
             _language_table(by_variant)]
    groups = {v: {"nDCG@10": m["ndcg@10"], "MRR": m["mrr"], "Recall@100": m["recall@100"]} for v, m in by_variant.items()}
    parts.append(_bars(groups, ["nDCG@10", "MRR", "Recall@100"], f"{task}: metric by method"))
    for kind, values in ev.sweeps.get(task, {}).items():
        label = {"alpha": "alpha (0 = BM25 only, 1 = dense only)",
                 "prior_floor": "share prior floor (1 = content alone)"}.get(kind, "gated prior weight (lambda)")
        method = "BM25" if kind.endswith("_bm25") else "hybrid"
        parts.append(_line({k: v["ndcg@10"] for k, v in values.items()}, f"{task}: {method} nDCG@10 by {kind}", label))
    advice = suggestion_lines(getattr(ev, "suggestions", {}).get(task, {}))
    if advice:
        parts.append("<h3>Settings suggested by the sweeps</h3><ul>" + "".join(f"<li>{_esc(a)}</li>" for a in advice) + "</ul>")
    extra: dict = {}
    if "hybrid" in by_variant:
        for key, baseline, what, stored in (
                ("single", best_single(by_variant), "the better single method, BM25 or dense", ev.significance),
                ("activity", best_of(by_variant, ACTIVITY_ONLY), "the best ranking by activity alone",
                 getattr(ev, "activity_significance", {}))):
            if baseline:
                html_part, extra[key] = _comparison(ev, task, baseline, what, stored.get(task) or {})
                parts.append(html_part)
        parts.append("<h3>worst queries (hybrid)</h3>" + _worst(ev, task, "hybrid"))
    return "".join(parts), extra


_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;vertical-align:top;text-align:left}td.best{font-weight:bold;background:#eef6ee}
.worst td{max-width:380px}svg{margin:0.5em 1em 0.5em 0}small{color:#666}"""


def write_report(ev, folder: Path) -> Path:
    """Write ``index.html`` (and ``results.json``) into ``folder``; returns the page's path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sections, comparisons = [], {}
    for task in ev.metrics:
        html_part, extra = _task_section(ev, task)
        sections.append(html_part)
        comparisons[task] = extra
    settings = _esc(json.dumps(ev.settings, ensure_ascii=False))
    page = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Savoir evaluation: {_esc(ev.set)}</title>"
            f"<style>{_CSS}</style></head><body><h1>Savoir evaluation: {_esc(ev.set)}</h1>"
            f"<p>models: {_esc(', '.join(ev.models))}</p><p><small>settings: {settings}</small></p>"
            + "".join(sections)
            + "".join(f"<h2>{_esc(task)}</h2><p>not evaluated: {_esc(why)}</p>" for task, why in ev.skipped.items())
            + "</body></html>")
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    data = ev.to_json()
    data["comparisons"] = comparisons
    (folder / "results.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
