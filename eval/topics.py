"""Which method gives a person page the topics people would write themselves?

    savoir index corpora/ferrand --db /tmp/wtt/ferrand.db --model hash
    python -m eval.topics --db /tmp/wtt/ferrand.db [--json] [--no-embed]

Methods, each asked for the top 5 topics of every expert of the bundled corpus:

- ``bm25-terms``: the person page today (``matcher.pages`` expertise terms: single BM25 terms);
- ``phrases``: :func:`matcher.topics.person_topics` without corpus statistics;
- ``phrases+idf``: the same with :func:`matcher.topics.topic_stats` (specificity over people);
- ``yake``: YAKE (Campos et al. 2020) on the person's text, one run per language;
- ``yake+idf``: YAKE's keywords re-ranked by the same specificity over people;
- ``keybert``: candidate phrases of ``phrases`` ranked by cosine to the person's answers
  (KeyBERT's idea, Grootendorst 2020) with the project's ``minilm`` embedder.

Ground truth comes from the corpus generator, never from a method: each thread of the
bundled corpus is rendered from a scenario of ``corpora/ferrand_bank`` that declares its key
terms (``## key | tag, tag | @expert``) and its questions' titles in French and English;
derived case sheets come from a scenario too, and hand-written documents have a title. A
person's *units* are the scenarios of the threads they answered and the documents they wrote.

A topic is **real** when its words overlap the declared key terms (tags) of one of the
person's units (a hand-written document's title stands for its tags), and **real (majority)**
when at least half of its words are words of one unit's tags, question titles and lesson, and
one of them is a tag word (``humidité du stock carton`` is real, ``semaines`` is not). Words are
compared folded, without stop words, on their first five letters (``vibratoire`` and
``vibration`` meet, so a topic in English about a French scenario still counts). The score is
precision@5 averaged over experts, next to noise@5, the share of topics that break the page's
rules (:func:`noisy`: a stop word at an edge, a single letter, a bare number); an expert with fewer than 5 topics scores the missing ones
as not real (ir_measures' habit: nothing left out of the mean).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

from indexer.analysis import fold
from matcher.topics import Contribution, person_topics, topic_stats

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "ferrand"
EXAMPLES = {"p001": "Claire Dubois", "p018": "Sophie Lavoie", "p031": "Stéphane Renaud"}
K = 5


# -- contributions from the store -----------------------------------------------------------
def load_contributions(db: str) -> dict[str, list[Contribution]]:
    """Each person's posts, documents and profile, read-only from a built store."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    lang = {r[0]: r[1] for r in conn.execute(
        "SELECT item_id, lang FROM chunks WHERE item_type IN ('post', 'document', 'profile') AND position = 0")}
    out: dict[str, list[Contribution]] = defaultdict(list)
    for pid, post, position, accepted, body, created in conn.execute(
            "SELECT author, id, position, accepted, body, created FROM posts ORDER BY created, id"):
        kind = "question" if position == 0 else "accepted_answer" if accepted else "answer"
        out[pid].append(Contribution(post, kind, body, lang.get(post, "fr"), created))
    for pid, doc, title, body, created, language in conn.execute(
            "SELECT a.person, d.id, d.title, d.body, d.created, d.language FROM document_authors a"
            " JOIN documents d ON d.id = a.document ORDER BY d.created, d.id"):
        out[pid].append(Contribution(doc, "document", f"{title}\n\n{body}", language or "fr", created))
    for pid, profile in conn.execute("SELECT id, profile FROM people WHERE coalesce(profile, '') != ''"):
        out[pid].append(Contribution(f"profile:{pid}", "profile", profile, lang.get(pid, "fr")))
    conn.close()
    return dict(out)


# -- ground truth from the generator --------------------------------------------------------
def _stems(text: str) -> set[str]:
    from matcher.topics import _stop_words

    words = (w.strip("'’-.") for w in fold(text).replace("/", " ").replace("'", " ").replace("’", " ").split())
    return {w[:5] for w in (w.rstrip(",;:!?()«»\"") for w in words)
            if len(w) >= 2 and w not in _stop_words() and not w.isdigit()}


def _generator():
    spec = importlib.util.spec_from_file_location("generate_ferrand", ROOT / "corpora" / "generate_ferrand.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ground_truth() -> tuple[dict, dict, list[str]]:
    """(person -> units, unit -> (tag stems, all stems), experts): see the module docstring."""
    gen = _generator()
    truth = json.loads((CORPUS / "_truth.json").read_text())
    units: dict[str, tuple[set, set]] = {}
    for cid, bank in gen.BANKS.items():
        for s in gen.parse_bank(bank):
            tags = set().union(*(_stems(t) for t in s["tags"])) if s["tags"] else set()
            words = tags | set().union(*(_stems(q["title"]) for q in s["q"])) | _stems(s["lesson"] or "")
            units[f"{cid}/{s['key']}"] = (tags, words)
            units[f"rex-{gen.slugify(s['key'])}"] = (tags, words)
    scenario_of = {t: key for key, v in truth["scenarios"].items() for t in v["threads"]}
    person_units: dict[str, set] = defaultdict(set)
    for line in (CORPUS / "threads.jsonl").read_text().splitlines():
        th = json.loads(line)
        for post in th["posts"][1:]:
            person_units[post["author"]].add(scenario_of[th["id"]])
    for path in (CORPUS / "documents").rglob("*.md"):
        meta = _front_matter(path)
        slug = path.stem
        if slug not in units:
            title = _stems(meta["title"])
            units[slug] = (title, title)
        for pid in meta["authors"]:
            person_units[pid].add(slug)
    opted_out = set(truth["opted_out"])
    experts = sorted({p for c in truth["communities"].values() for p in c["experts"]} - opted_out)
    return dict(person_units), units, experts


def _front_matter(path: Path) -> dict:
    head = path.read_text().split("---")[1]
    meta = {}
    for line in head.strip().splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    meta["title"] = meta["title"].strip('"')
    meta["authors"] = [a.strip() for a in meta["authors"].strip("[]").split(",") if a.strip()]
    return meta


def judge(topic: str, person: str, person_units: dict, units: dict) -> tuple[bool, bool]:
    """(real, real by majority) for one topic of one person."""
    stems = _stems(topic)
    if not stems:
        return False, False
    lenient = strict = False
    for u in person_units.get(person, ()):
        tags, words = units[u]
        lenient |= bool(stems & tags)
        strict |= bool(stems & tags) and len(stems & words) * 2 >= len(stems)
    return lenient, strict


def noisy(topic: str) -> bool:
    """Breaks the person page's rules: a stop word or clitic at an edge, a single letter, a bare
    number ('the', "c'est", "d'un compte", 'x', '2024')."""
    from matcher.topics import _stop_words

    words = fold(topic).split()
    if not words:
        return True
    edges = {words[0], words[-1], words[0].split("'")[0] + "'", words[0].split("'")[0]}
    return (any(w.strip("'’") in _stop_words() for w in edges if "'" not in w.strip("'")) or "'" in words[0][:3]
            or any(len(w) == 1 or w.isdigit() for w in words))


# -- the methods ----------------------------------------------------------------------------
def method_bm25_terms(db: str, people: list[str]) -> dict[str, list[str]]:
    from matcher.api import Savoir
    from matcher.pages import person_page

    sv = Savoir.open(db)
    return {p: [t["label"] for t in person_page(sv, p)["expertise"]] for p in people}


def method_phrases(contribs, people, stats=None) -> dict[str, list[str]]:
    return {p: [t.topic for t in person_topics(contribs.get(p, []), n=K, stats=stats)] for p in people}


def _yake_keywords(contribs: list[Contribution], top: int = 30) -> list[tuple[str, float]]:
    import yake

    found = []
    for lang in ("fr", "en"):
        text = "\n\n".join(c.text for c in contribs if c.language == lang)
        if text.strip():
            kw = yake.KeywordExtractor(lan=lang, n=3, top=top, dedupLim=0.9)
            found += kw.extract_keywords(text)
    return sorted(found, key=lambda kv: (kv[1], kv[0]))


def method_yake(contribs, people) -> dict[str, list[str]]:
    return {p: [k for k, _ in _yake_keywords(contribs.get(p, []))[:K]] for p in people}


def method_yake_idf(contribs, people) -> dict[str, list[str]]:
    texts = {p: fold(" ".join(c.text for c in cs)) for p, cs in contribs.items()}
    out = {}
    for p in people:
        kws = _yake_keywords(contribs.get(p, []), top=50)
        ranked = []
        for k, s in kws:
            df = sum(1 for t in texts.values() if fold(k) in t) or 1
            ranked.append((s / math.log(1 + len(texts) / df), k))   # YAKE: lower is better
        out[p] = [k for _, k in sorted(ranked)[:K]]
    return out


def method_keybert(contribs, people, stats) -> dict[str, list[str]]:
    from indexer.embedding import get_embedder

    encode = get_embedder("minilm").encode
    return {p: [t.topic for t in person_topics(contribs.get(p, []), n=K, stats=stats, embed=encode)]
            for p in people}


# -- report ---------------------------------------------------------------------------------
def evaluate(db: str, embed: bool = True) -> dict:
    person_units, units, experts = ground_truth()
    contribs = load_contributions(db)
    experts = [p for p in experts if p in contribs]
    t0 = time.time()
    stats = topic_stats(contribs)
    timings = {"topic_stats": round(time.time() - t0, 1)}
    runs = {}
    for name, fn in [("bm25-terms", lambda: method_bm25_terms(db, experts)),
                     ("phrases", lambda: method_phrases(contribs, experts)),
                     ("phrases+idf", lambda: method_phrases(contribs, experts, stats)),
                     ("yake", lambda: method_yake(contribs, experts)),
                     ("yake+idf", lambda: method_yake_idf(contribs, experts))] + (
                    [("keybert", lambda: method_keybert(contribs, experts, stats))] if embed else []):
        t0 = time.time()
        runs[name] = fn()
        timings[name] = round(time.time() - t0, 1)
    table = {}
    for name, run in runs.items():
        lenient, strict, noise = [], [], []
        for p in experts:
            top = run[p][:K]
            noise.append(sum(noisy(t) for t in top) / max(1, len(top)))
            j = [judge(t, p, person_units, units) for t in top]
            lenient.append(sum(a for a, _ in j) / K)
            strict.append(sum(b for _, b in j) / K)
        table[name] = {"p@5": round(sum(lenient) / len(lenient), 3),
                       "p@5 majority": round(sum(strict) / len(strict), 3),
                       "noise@5": round(sum(noise) / len(noise), 3), "seconds": timings[name]}
    examples = {EXAMPLES[p]: {name: runs[name][p][:K] for name in runs} for p in EXAMPLES if p in experts or p in contribs}
    for p in EXAMPLES:
        if p not in experts:
            for name in ("phrases+idf",):
                examples[EXAMPLES[p]][name] = [t.topic for t in person_topics(contribs.get(p, []), n=K, stats=stats)]
    return {"experts": len(experts), "k": K, "methods": table, "examples": examples, "timings": timings,
            "runs": {name: {p: run[p][:K] for p in experts} for name, run in runs.items()}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="/tmp/wtt/ferrand.db", help="a store built from corpora/ferrand")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--no-embed", action="store_true", help="skip the keybert method (loads minilm)")
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        sys.exit(f"{args.db} does not exist: build it with `savoir index corpora/ferrand --db {args.db} --model hash`")
    res = evaluate(args.db, embed=not args.no_embed)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    print(f"{res['experts']} experts, top {res['k']}")
    print(f"{'method':<14} {'p@5':>6} {'majority':>9} {'noise':>6} {'s':>6}")
    for name, row in res["methods"].items():
        print(f"{name:<14} {row['p@5']:>6.3f} {row['p@5 majority']:>9.3f} {row['noise@5']:>6.3f} {row['seconds']:>6}")
    for who, by in res["examples"].items():
        print(f"\n{who}")
        for name, tops in by.items():
            print(f"  {name:<12} {' | '.join(tops)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
