"""The cross-language experiments of eval/README "Cross-language retrieval": fusion variants
of the retrieval step and query phrasing, measured on the cached evaluation indexes.

    PYTHONPATH=. .venv/bin/python eval/results/crosslingual_experiments.py [SET ...] [--variant NAME ...] [--out FILE]

SET: ``ferrand-auto`` (default; the bundled corpus with model auto -> e5), ``ferrand-minilm+e5``,
``beir:stackfaq-en``, ``beir:semeval2016-dev-en`` (index them first with ``savoir eval``; the
newest cache folder is used, as grid.py does). For each variant: threads nDCG@10, same- and
other-language recall@10 / nDCG@10 (eval/crosslingual.py), experts and communities nDCG@10.

A variant replaces the hybrid fusion of ``rank_chunks`` on a bilingual index (patched here in
every module that imported it; the matcher is not changed) and/or makes the query terms from
the query without its phrasing (indexer.phrasing); ``--variant`` runs only the named ones
(with phrasing). Not product code: the winners are matcher.crosslingual.fuse_by_language
(session 9) and matcher.expansion.lexical_with_feedback, the variant "prf k5 m10 mean, every
language" (session 10); the lexicon variants use lexicon_induction.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grid import Savoir, load_settings, open_set  # noqa: E402
from lexicon_induction import expanded  # noqa: E402

import matcher.search as ms  # noqa: E402
from eval.crosslingual import language_split, task_languages  # noqa: E402
from eval.metrics import evaluate  # noqa: E402
from eval.runner import Variant, prepare_queries, run_variant  # noqa: E402
from indexer.phrasing import content_text  # noqa: E402
from matcher.crosslingual import fuse_by_language, is_bilingual  # noqa: E402
from matcher.expansion import language_feedback, lexical_with_feedback, with_feedback  # noqa: E402
from matcher.fusion import fuse, minmax  # noqa: E402
import numpy as np  # noqa: E402

ORIGINAL = ms.rank_chunks


def _mixed(lex, dense_runs, lang_of, alpha, qlang):
    return fuse(lex, dense_runs, "convex", alpha=alpha)


def _lex_per_language(lex, dense_runs, lang_of, alpha, qlang):
    """BM25 min-max per language, then one mixed convex fusion."""
    by = {}
    for r, s in lex.items():
        by.setdefault(lang_of[r], {})[r] = s
    lex_n = {r: v for part in by.values() for r, v in minmax(part).items()}
    dense_n = [minmax(d) for d in dense_runs]
    out = {}
    for r, v in lex_n.items():
        out[r] = (1 - alpha) * v
    for d in dense_n:
        for r, v in d.items():
            out[r] = out.get(r, 0.0) + alpha / len(dense_n) * v
    return out


def _lang_fuse(weight=1.0, other_lexical=True):
    def f(lex, dense_runs, lang_of, alpha, qlang):
        if not other_lexical and qlang:
            lex = {r: s for r, s in lex.items() if lang_of[r] == qlang}
        return fuse_by_language(lex, dense_runs, lang_of, alpha, qlang, weight)
    return f


def _other_dense(weight=1.0):
    """Same language: the mixed convex fusion of its own candidates; other language: dense
    alone, min-max over the other language's dense candidates, times ``weight``."""
    def f(lex, dense_runs, lang_of, alpha, qlang):
        same_lex = {r: s for r, s in lex.items() if lang_of[r] == qlang}
        same_dense = [{r: s for r, s in d.items() if lang_of[r] == qlang} for d in dense_runs]
        out = fuse(same_lex, same_dense, "convex", alpha=alpha)
        top = max(out.values(), default=1.0) or 1.0
        out = {r: v / top for r, v in out.items()}
        other = [{r: s for r, s in d.items() if lang_of[r] != qlang} for d in dense_runs]
        for d in other:
            for r, v in minmax(d).items():
                out[r] = out.get(r, 0.0) + weight * v / len(other)
        return out
    return f


def _interleave(lex, dense_runs, lang_of, alpha, qlang):
    """Fusion per language, then the two ranked lists interleaved (same language first):
    scores 1 / (rank in the merged list), rescaled to [0, 1] below."""
    per = fuse_by_language(lex, dense_runs, lang_of, alpha, None)
    lists = {}
    for r, v in sorted(per.items(), key=lambda kv: -kv[1]):
        lists.setdefault(lang_of[r], []).append(r)
    order = [qlang] + [l for l in lists if l != qlang]
    merged, i = [], 0
    while any(i < len(lists.get(l, [])) for l in order):
        for l in order:
            if i < len(lists.get(l, [])):
                merged.append(lists[l][i])
        i += 1
    n = len(merged)
    return {r: (n - k) / n for k, r in enumerate(merged)}


class Extra:
    """What the feedback and lexicon variants need beyond the runs: the snapshot, the query,
    the allowed rows and the number of candidates."""

    def __init__(self, snap, query, allowed, n):
        self.snap, self.query, self.allowed, self.n = snap, query, allowed, n

    def matrices(self):
        snap = self.snap
        return snap.bm25.weights, snap.memo("bm25_csc", lambda: snap.bm25.weights.tocsc())

    def feedback(self, dense_runs, skip, k, m):
        """language_feedback over every candidate, the dense scores summed after min-max."""
        dense: dict = {}
        for d in dense_runs:
            for r, v in minmax(d).items():
                dense[r] = dense.get(r, 0.0) + v
        csr, csc = self.matrices()
        return language_feedback(csr, csc, dense, self.snap.lang, self.lang_rows(), skip, self.allowed, self.n, k, m)

    def lang_rows(self):
        snap = self.snap

        def compute():
            arr = np.asarray([l or "" for l in snap.lang], dtype=object)
            return {l: arr == l for l in set(arr) if l}
        return snap.memo("lang_rows", compute)


def _takes_extra(fn) -> bool:
    return getattr(fn, "extra", False)


def _prf(k=5, m=10, mode="replace", every=False):
    """Fusion per language, the other language's lexical run from cross-language pseudo-relevance
    feedback (matcher.expansion): ``replace`` its BM25 run, or ``add`` the two (raw scores);
    ``every``: feedback in the query's language too."""
    def f(lex, dense_runs, lang_of, alpha, qlang, x):
        prf = x.feedback(dense_runs, None if every else qlang, k, m)
        if mode == "replace":
            lex2 = {r: s for r, s in lex.items() if lang_of[r] == qlang}
            lex2.update(prf)
        else:
            lex2 = dict(lex)
            for r, v in prf.items():
                lex2[r] = lex2.get(r, 0.0) + v
        return fuse_by_language(lex2, dense_runs, lang_of, alpha, qlang, 1.0)
    f.extra = True
    return f


def lexical_language(lex, lang_of):
    """The language whose chunks the query's terms score highest in BM25 (None without any)."""
    best: dict = {}
    for r, v in lex.items():
        best[lang_of[r]] = max(best.get(lang_of[r], 0.0), v)
    return max(best, key=best.get) if best else None


def _prf_mean(lex, dense_runs, lang_of, alpha, x, k, m):
    """The chosen formula, the feedback run free to bring new candidates."""
    out = with_feedback(lex, x.feedback(dense_runs, None, k, m), lang_of)
    return fuse_by_language(out, dense_runs, lang_of, alpha, None, 1.0)


def _prf_lexlang(k=5, m=10):
    """As _prf, the query's language taken as the language of its best BM25 chunk."""
    inner = _prf(k, m)

    def f(lex, dense_runs, lang_of, alpha, qlang, x):
        return inner(lex, dense_runs, lang_of, alpha, lexical_language(lex, lang_of), x)
    f.extra = True
    return f


def _chosen(lex, dense_runs, lang_of, alpha, qlang, x):
    """The product's: matcher.expansion.lexical_with_feedback, then the fusion per language."""
    lex2 = lexical_with_feedback(x.snap, lex, dense_runs, x.allowed, x.n, 5, 10)
    return fuse_by_language(lex2, dense_runs, lang_of, alpha, None, 1.0)


_chosen.extra = True


def _prf_all(k=5, m=10, mean=False):
    """Feedback in every language, the query's own too: each language's BM25 run plus its
    feedback run (raw scores added; ``mean``: the mean of the two, each min-max per language)."""
    if not mean:
        return _prf(k, m, "add", every=True)

    def f(lex, dense_runs, lang_of, alpha, qlang, x):
        return _prf_mean(lex, dense_runs, lang_of, alpha, x, k, m)
    f.extra = True
    return f


FUSIONS = {
    "mixed (now)": _mixed,
    "bm25 minmax per language": _lex_per_language,
    "fusion per language": _lang_fuse(1.0),
    "fusion per language, other x0.8": _lang_fuse(0.8),
    "fusion per language, other dense only": _lang_fuse(1.0, other_lexical=False),
    "other language dense only x1.0": _other_dense(1.0),
    "interleave per language": _interleave,
    "prf k3 m10 replace": _prf(3, 10),
    "prf k5 m10 replace": _prf(5, 10),
    "prf k5 m20 replace": _prf(5, 20),
    "prf k5 m10 add": _prf(5, 10, "add"),
    "prf k10 m20 replace": _prf(10, 20),
    "prf k5 m10, query language from bm25": _prf_lexlang(5, 10),
    "prf k5 m10 add, every language": _prf_all(5, 10),
    "prf k5 m10 mean, every language, new candidates": _prf_all(5, 10, mean=True),
    "prf k5 m10 mean, every language": _chosen,
    "prf k4 m10 replace": _prf(4, 10),
    "prf k6 m10 replace": _prf(6, 10),
    "prf k5 m5 replace": _prf(5, 5),
    "lexicon t0.90": expanded(0.90, _lang_fuse(1.0)),
    "lexicon t0.92": expanded(0.92, _lang_fuse(1.0)),
    "lexicon t0.95": expanded(0.95, _lang_fuse(1.0)),
    "lexicon t0.92 + prf k5 m10": expanded(0.92, _prf(5, 10)),
    "lexicon t0.95 + prf k5 m10 mean, every language": expanded(0.95, _prf_all(5, 10, mean=True)),
}


def _modules_with_rank_chunks():
    """Every matcher module that bound ``rank_chunks`` at import (``from .retrieval import``):
    patching matcher.search alone would not reach matcher.items, experts and communities."""
    import matcher.communities
    import matcher.experts
    import matcher.features
    import matcher.items
    import matcher.newcomer
    import matcher.retrieval

    return [matcher.retrieval, ms, matcher.items, matcher.experts, matcher.communities,
            matcher.features, matcher.newcomer]


def _install(fn):
    for mod in _modules_with_rank_chunks():
        mod.rank_chunks = fn


def patched(fusion, detect):
    def rank_chunks(snap, query, allowed, method, settings, rows_filter=None, alpha=None):
        if method != "hybrid":
            return ORIGINAL(snap, query, allowed, method, settings, rows_filter, alpha)
        n = settings.fusion.candidates
        if rows_filter is not None:
            allowed = allowed & rows_filter
        lex = snap.lexical(query.terms, allowed, n)
        dense_runs = [snap.dense(spec, vec, allowed, n) for spec, vec in query.vectors.items()]
        a = settings.fusion.alpha if alpha is None else alpha
        # as the product: the fusion per language only on a bilingual index
        if snap.memo("bilingual", lambda: is_bilingual(snap.lang)):
            x = Extra(snap, query, allowed, n)
            fused = fusion(lex, dense_runs, snap.lang, a, detect(query.text), x) if _takes_extra(fusion) \
                else fusion(lex, dense_runs, snap.lang, a, detect(query.text))
        else:
            fused = _mixed(lex, dense_runs, snap.lang, a, None)
        top = max(fused.values(), default=0.0)
        if top > 0:
            fused = {k: v / top for k, v in fused.items()}
        dense_n: dict = {}
        for run in dense_runs:
            for k, v in minmax(run).items():
                dense_n[k] = dense_n.get(k, 0.0) + v / len(dense_runs)
        return ms.ChunkScores(fused, minmax(lex), dense_n)
    return rank_chunks


def open_any(which: str):
    """The cached index of a set; the bundled corpus is the one ``savoir eval corpus`` of this
    checkout indexed (its cache key names the corpus folder, as eval/cli.py computes it)."""
    if which.startswith("ferrand-"):
        from eval.corpus_eval import corpus_tasks, default_corpus, default_judgements, load_judgements
        from eval.workspace import DEFAULT_CACHE, source_key

        model = which[len("ferrand-"):]
        settings = load_settings(model=model)
        corpus = default_corpus().resolve()
        key = source_key(f"corpus-{corpus.name}", corpus, settings.indexing.chunk_words, settings.indexing.chunk_overlap)
        sv = Savoir.open(DEFAULT_CACHE / key / f"{model}.db", settings)
        tasks, _ = corpus_tasks(load_judgements(default_judgements()))
        return sv, [t for t in tasks if t.name in ("experts", "threads", "communities")]
    return open_set(which)


def person_languages(sv) -> dict:
    """person -> the language most of their answers, documents and questions are in."""
    counts: dict = {}
    for person, lang, n in sv.store.conn.execute(
            "SELECT person, lang, count(*) FROM chunks WHERE person IS NOT NULL AND item_type = 'post' GROUP BY 1, 2"):
        counts.setdefault(person, {})[lang] = n
    return {p: max(c, key=c.get) for p, c in counts.items()}


def measure(which: str, configs: list) -> list[dict]:
    """One row per (fusion name, phrasing) of ``configs``."""
    sv, tasks = open_any(which)
    analyzer = sv.analyzer()
    rows = []
    prepared = {}
    for task in tasks:
        judged = {q: r for q, r in task.qrels.items() if any(g > 0 for g in r.values()) and q in task.queries}
        langs = task_languages(sv, task)
        if task.mode == "experts":      # a person's language: that of most of their posts
            qlang = {q: p["lang"] for q, p in task.params.items() if p.get("lang")}
            langs = (qlang, person_languages(sv)) if qlang else None
        prepared[task.name] = (judged, prepare_queries(sv, {q: task.queries[q] or " " for q in judged}), langs)
    for name, phr in configs:
        _install(patched(FUSIONS[name], analyzer.detect))
        row = {"set": which, "fusion": name, "phrasing": phr}
        try:
            for task in tasks:
                judged, queries, langs = prepared[task.name]
                if phr:
                    queries = {q: ms.Query(v.text, analyzer.query_tokens(content_text(v.text)), v.vectors)
                               for q, v in queries.items()}
                run, _ = run_variant(sv, queries, task.mode, Variant("hybrid", "hybrid"), 100, task.params)
                m = evaluate(judged, run)
                row[f"{task.name} ndcg@10"] = m["ndcg@10"]
                if langs:
                    split = language_split(judged, run, *langs)
                    row.update({f"{task.name} {k}": v for k, v in split.items()})
        finally:
            _install(ORIGINAL)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return rows


def main(argv):
    out = None
    if "--out" in argv:
        i = argv.index("--out")
        out = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    only = []
    while "--variant" in argv:
        i = argv.index("--variant")
        only.append(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    sets = argv or ["ferrand-auto"]
    rows = []
    for which in sets:
        if only:
            configs = [(name, True) for name in only]
        elif which.startswith("ferrand"):      # phrasing is the product's since session 9
            configs = [(name, True) for name in FUSIONS]
        else:      # English only: the fusion per language is a no-op there (is_bilingual); phrasing is not
            configs = [("mixed (now)", False), ("fusion per language", False), ("fusion per language", True)]
        rows += measure(which, configs)
    if out:
        out.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
