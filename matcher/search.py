"""Ranking of people, threads/documents and communities from fused chunk scores.

Chunk level: BM25 and dense candidates fused (matcher.fusion) into a score in [0, 1], with the
dense weight ``alpha`` (0.7) for threads, documents and communities and ``expert_alpha`` (0.4)
for people: a person's evidence is many chunks, and lexical matches attribute a specialty more
precisely than dense matches on neighbouring topics (eval/README.md).

Experts (a voting model: Macdonald & Ounis 2006, CombSUM over the top votes, close to
Balog et al. 2006 Model 2 with p(q|d) from the fused score). Each chunk votes for the people
it credits (post author, document authors, profile owner) with

    vote(c, p) = fused(c)^g * w_kind(c) * recency(c) * (1 + 0.1 * ln(1 + votes(c)))
    recency(c) = 0.5 + 0.5 * 2 ** (-age_days / half_life)   (age from today, or from the
                 corpus's newest item if older: an archive keeps its recent evidence)

    thread(t, p) = max fused(c in t)^g * w_kind(p's answer) * thread_vote ...   (p answered t)

with g = ``vote_power`` (1.5): the sharpening of expCombSUM (Macdonald & Ounis 2006), so that
one close match outweighs several vague ones. Min-max normalised dense scores are flat (many
chunks near the top), and summed linearly they favoured whoever wrote most.

    content(p) = sum of the person's top ``expert_top_evidence`` votes (chunk and thread votes)
    prior(p)   = ln(1 + answers + 2 * accepted + 0.5 * positive votes) over visible communities,
                 each answer counted 2^(-age / prior_half_life_days), age from the newest answer
    score(p)   = content(p) / max content * (1 - lambda + lambda * prior(p) / max prior)

with w_kind from the settings (accepted answer > answer > document > profile > question)
and lambda = ``prior_weight``: the prior reorders people whose content matches and never lifts
one whose content does not (``prior_form = "gated"``; "linear":
(1 - lambda) * content / max + lambda * prior / max; "product": content^(1-lambda) * prior^lambda).
On a public Q&A site the next question goes to whoever answers now, so there
(``prior_form = "share"``, Balog et al. 2006's candidate prior p(ca) in p(ca|q) ~ p(q|ca) p(ca))

    share(p)   = answers(p) / max over the candidates   (recent answers, each 2^(-age / half-life))
    score(p)   = content(p) / max content * max(prior_floor, share(p))

The default, "auto", takes "share" for an index whose threads come mostly from a Stack
Exchange import and "gated" for a community of practice, whose "who knows" is topical
(eval/README.md, "Experts: the prior").
Thread votes let a question that matches the query credit the people who answered it even
when their answer shares no words with it. Only people with content evidence are ranked.

Threads and documents: an item's score is its best chunk (MaxP). Adding 0.2 x the second best
chunk, as before session 5, cost StackFAQ 0.016 nDCG@10 with hybrid and 0.023 with dense, and
changed no other set by more than 0.002 (eval/README.md).

Communities: 0.7 x content relevance (sum of the top 10 fused scores of the community's
chunks, its own domain description counting double) + 0.3 x member expertise (members'
expert scores, votes not sharpened, weighted by role), both normalised by their maximum;
closed communities x 0.5.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np

from .fusion import fuse, minmax
from .types import CommunityHit, Evidence, Expert, ItemHit, SearchError

__all__ = ["Query", "rank_chunks", "search_experts", "search_items", "search_communities", "METHODS", "MODES"]

METHODS = ("hybrid", "bm25", "dense")
MODES = ("experts", "threads", "communities")
ROLE_LABEL = {"accepted_answer": "accepted answer", "answer": "answer", "question": "question",
              "comment": "comment", "document": "author", "profile": "profile", "community": "community"}
ROLE_WEIGHT = {"coordinator": 1.0, "expert": 1.0, "core": 0.8, "active": 0.6, "sponsor": 0.3, "peripheral": 0.3}


@dataclass
class Query:
    text: str
    terms: list
    vectors: dict            # model spec -> query vector


@dataclass
class ChunkScores:
    fused: dict              # row -> fused score in [0, 1]
    lexical: dict            # row -> min-max normalised BM25
    dense: dict              # row -> min-max normalised cosine (mean over models)


def rank_chunks(snap, query: Query, allowed: np.ndarray, method: str, settings, rows_filter=None,
                alpha: float | None = None) -> ChunkScores:
    """Candidates from BM25 and/or the dense index(es), fused by the configured method with
    the dense weight ``alpha`` (default: settings.fusion.alpha)."""
    if method not in METHODS:
        raise SearchError(f"method {method!r} is not known; use one of {', '.join(METHODS)}")
    n = settings.fusion.candidates
    if rows_filter is not None:
        allowed = allowed & rows_filter
    lex = snap.lexical(query.terms, allowed, n) if method in ("hybrid", "bm25") else {}
    dense_runs = []
    if method in ("hybrid", "dense"):
        for spec, vec in query.vectors.items():
            dense_runs.append(snap.dense(spec, vec, allowed, n))
    lex_n = minmax(lex)
    dense_n: dict = {}
    for run in dense_runs:
        for k, v in minmax(run).items():
            dense_n[k] = dense_n.get(k, 0.0) + v / len(dense_runs)
    if method == "bm25":
        fused = lex_n
    elif method == "dense":
        fused = fuse({}, dense_runs, "convex", alpha=1.0) if dense_runs else {}
    else:
        fused = fuse(lex, dense_runs, settings.fusion.method, alpha=settings.fusion.alpha if alpha is None else alpha, k=settings.fusion.rrf_k)
    if fused:
        top = max(fused.values())
        if top > 0:
            fused = {k: v / top for k, v in fused.items()}
    return ChunkScores(fused, lex_n, dense_n)


# -- helpers ------------------------------------------------------------------------------------
def _now_days() -> float:
    return (datetime.now(timezone.utc).replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds() / 86400.0


def _reference_day(snap) -> float:
    """The day evidence ages from: today, or the corpus's newest dated item when that is older
    (an archive that stopped in 2018 still has recent and old evidence; a future date in bad
    data does not age everything else). The newest date is memoised per build."""
    def newest() -> float:
        dated = snap.created_days[~np.isnan(snap.created_days)]
        return float(dated.max()) if dated.size else math.inf

    return min(_now_days(), snap.memo("newest_day", newest))


def _recency(created_days: float, now: float, half_life: float) -> float:
    if math.isnan(created_days):
        return 0.75
    age = max(0.0, now - created_days)
    return 0.5 + 0.5 * 2 ** (-age / half_life)


def _body(text: str, title: str) -> str:
    """A chunk's own text: post and document chunks start with their title and a newline."""
    return text[len(title) + 1:] if title and text.startswith(title + "\n") else text


def _snippet(text: str, title: str, spans_fn, terms, width: int = 240, lang: str | None = None) -> tuple[str, tuple]:
    """A window of ``text`` around the first matched term, and the matched spans inside it."""
    body = _body(text, title)
    spans = spans_fn(body, terms, lang) if terms else []
    start = 0
    if spans and spans[0][0] > width // 3:
        start = body.rfind(" ", 0, spans[0][0] - width // 4) + 1
    end = min(len(body), start + width)
    if end < len(body):
        cut = body.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    snippet = body[start:end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(body) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + snippet + suffix, inside


MIN_EVIDENCE_WORDS = 8   # shorter chunk bodies are shown as evidence only when nothing else matched
_WORD = re.compile(r"\w+")


def word_set(text: str) -> set:
    """The distinct words of a text, case-folded (what :func:`near_duplicate` compares)."""
    return set(_WORD.findall(text.casefold()))


def near_duplicate(a: set, b: set, threshold: float = 0.8) -> bool:
    """Two chunk bodies that share most of their words (Jaccard of the word sets)."""
    return bool(a and b) and len(a & b) >= threshold * len(a | b)


def _iso_day(days: float) -> str:
    """A day number (days since 1970-01-01, as ``created_days``) as an ISO date."""
    return (datetime(1970, 1, 1) + timedelta(days=float(days))).date().isoformat()


class Context:
    """What one search needs: the snapshot, the store, settings, the viewer's access, spans."""

    def __init__(self, snap, store, settings, access, spans_fn):
        self.snap = snap
        self.store = store
        self.settings = settings
        self.access = access
        self.spans_fn = spans_fn
        self._texts: dict[str, tuple[str, str]] = {}
        # whether any query word occurs in the content the viewer sees (None: not looked for,
        # method "dense"); False with results means they are related by meaning only
        self.words_matched: bool | None = None

    def note_words(self, scores: "ChunkScores", method: str) -> None:
        if method != "dense":
            self.words_matched = bool(self.words_matched) or bool(scores.lexical)

    def texts(self, chunk_ids) -> dict:
        need = [c for c in chunk_ids if c not in self._texts]
        for i in range(0, len(need), 500):
            part = need[i:i + 500]
            for cid, title, text in self.store.conn.execute(
                    f"SELECT id, title, text FROM chunks WHERE id IN ({','.join('?' * len(part))})", part):
                self._texts[cid] = (title or "", text or "")
        return {c: self._texts.get(c, ("", "")) for c in chunk_ids}

    def people(self, ids) -> dict:
        ids = [i for i in dict.fromkeys(ids) if i]
        out = {}
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            for row in self.store.query(
                    f"SELECT id, name, title, department, location, opted_out FROM people WHERE id IN ({','.join('?' * len(part))})",
                    part):
                out[row["id"]] = row
        return out

    def communities(self) -> dict:
        return {r["id"]: r for r in self.store.query("SELECT * FROM communities")}

    def informative(self, row: int) -> bool:
        """Whether a chunk says something of its own: a reply such as "Worked, thanks a lot."
        matches a query through the thread title every post chunk carries, but shows nothing."""
        cid = self.snap.ids[row]
        title, text = self.texts([cid])[cid]
        return len(_body(text, title).split()) >= MIN_EVIDENCE_WORDS

    def pick_evidence(self, scored, n: int, key=lambda row: row, skip=lambda row: False) -> list:
        """Up to ``n`` of ``scored`` ((score, row), best first), one per ``key``, the informative
        chunks first and the others only to fill up, and never a chunk that repeats one already
        picked (the same answer given again to a recurring question: the "why" line still counts
        it); scores are not changed."""
        cands, seen = [], set()
        for f, row in scored:
            k = key(row)
            if k in seen or skip(row):
                continue
            seen.add(k)
            cands.append((f, row))
            if len(cands) >= 4 * n:
                break
        texts = self.texts([self.snap.ids[r] for _, r in cands])
        good, rest = [], []
        for c in cands:
            (good if self.informative(c[1]) else rest).append(c)
        picked, words = [], []
        for c in good + rest:
            if len(picked) >= n:
                break
            title, text = texts[self.snap.ids[c[1]]]
            w = word_set(_body(text, title))
            if not any(near_duplicate(w, other) for other in words):
                words.append(w)
                picked.append(c)
        return picked

    def evidence(self, row: int, score: float, terms) -> Evidence:
        snap = self.snap
        cid = snap.ids[row]
        title, text = self.texts([cid])[cid]
        snippet, spans = _snippet(text, title, self.spans_fn, terms, lang=snap.lang[row] or None)
        created = None
        if not math.isnan(snap.created_days[row]):
            created = _iso_day(snap.created_days[row])
        ev = snap.evidence[row]
        return Evidence(kind=ev, item_type=snap.item_type[row], item_id=snap.item_id[row], title=title,
                        snippet=snippet, highlights=spans, date=created, role=ROLE_LABEL.get(ev, ev),
                        thread=snap.thread[row], document=snap.document[row], community=snap.community[row],
                        score=round(float(score), 6))


# -- experts ------------------------------------------------------------------------------------
def _vote(snap, row: int, weighted: float, now: float, half_life: float) -> float:
    """``weighted`` (fused score x weights) x recency(row) x (1 + 0.1 ln(1 + votes(row)))."""
    return weighted * _recency(snap.created_days[row], now, half_life) \
        * (1 + 0.1 * math.log1p(max(0, int(snap.votes[row]))))


def _row_factors(snap, now: float, half_life: float) -> list:
    """recency(row) x (1 + 0.1 ln(1 + votes(row))) of every row, as :func:`_vote` computes it
    one row at a time; memoised per snapshot and day (ages move by less than a day)."""
    day = math.floor(now)

    def compute():
        age = np.maximum(0.0, day - snap.created_days)
        rec = np.where(np.isnan(snap.created_days), 0.75, 0.5 + 0.5 * np.exp2(-age / half_life))
        return (rec * (1 + 0.1 * np.log1p(np.maximum(0, snap.votes)))).tolist()

    return snap.memo(("row_factors", day, half_life), compute)


def expert_scores(ctx: Context, scores: ChunkScores, power: float | None = None) -> dict:
    """content votes per person: person -> list of (vote, row). ``power`` (default:
    settings.experts.vote_power) sharpens the chunk scores before they vote."""
    snap, s, access = ctx.snap, ctx.settings, ctx.access
    factor = _row_factors(snap, _reference_day(snap), s.experts.recency_half_life_days)
    weights = s.experts.evidence_weights
    votes: dict[str, list] = defaultdict(list)
    opted_out, people_of, evidence = access.opted_out, snap.people_of, snap.evidence
    power = s.experts.vote_power if power is None else power   # a close match outweighs several vague ones
    fused = {row: f ** power for row, f in scores.fused.items() if f > 0} if power != 1.0 else scores.fused
    for row, f in fused.items():
        if f <= 0 or not people_of[row]:
            continue
        v = f * weights.get(evidence[row], 0.3) * factor[row]
        for p in people_of[row]:
            if p not in opted_out:
                votes[p].append((v, row))
    if s.experts.thread_vote > 0 and snap.answerers:
        # thread propagation: the best chunk of each matched thread votes for its answerers,
        # credited to (and shown as) the answerer's own answer in that thread
        best: dict[str, float] = {}
        for row, f in fused.items():
            t = snap.thread[row]
            if t and f > best.get(t, 0.0):
                best[t] = f
        answerers = snap.answerers
        for t, f in best.items():
            for p, ev, arow in answerers.get(t, ()):
                if p in opted_out:
                    continue
                v = f * s.experts.thread_vote * weights.get(ev, 0.3) * factor[arow]
                votes[p].append((v, arow))
    return votes


QA_SOURCES = ("stackexchange",)   # imports of public Q&A sites (indexer.importers)


def prior_form(ctx: Context) -> str:
    """The configured ``prior_form``; "auto" is "share" when most threads of the index come
    from a public Q&A site import, "gated" otherwise (memoised per build)."""
    form = ctx.settings.experts.prior_form
    if form != "auto":
        return form

    def qa_site() -> bool:
        row = ctx.store.one("SELECT COUNT(*) AS n, SUM(source IN (%s)) AS qa FROM threads"
                            % ",".join("?" * len(QA_SOURCES)), QA_SOURCES)
        return bool(row and row["n"] and (row["qa"] or 0) * 2 > row["n"])

    return "share" if ctx.snap.memo("qa_site", qa_site) else "gated"


def activity(ctx: Context, people=None) -> dict:
    """person -> (answers, accepted answers, positive votes on them) in the communities the
    viewer sees, each answer counted 2^(-age / prior_half_life_days) (age from the corpus's
    newest answer); for ``people``, or everyone with an answer."""
    snap, access = ctx.snap, ctx.access
    half_life = ctx.settings.experts.prior_half_life_days
    totals, by_community = snap.memo(("prior_tables", half_life), lambda: _prior_tables(snap, half_life))
    people = totals if people is None else people
    hidden_part: dict[str, list] = {}
    for c in access.hidden:     # activity in communities hidden from the viewer does not count
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


def _gated_prior(answers: float, accepted: float, positive_votes: float) -> float:
    return math.log1p(answers + 2 * accepted + 0.5 * positive_votes)


def activity_prior(ctx: Context, people=None) -> dict:
    """person -> ln(1 + answers + 2 accepted + 0.5 positive votes), from :func:`activity`."""
    return {p: _gated_prior(*counts) for p, counts in activity(ctx, people).items()}


def _prior_tables(snap, half_life: float) -> tuple[dict, dict]:
    """Per person (answers, accepted answers, positive votes) over all communities, each answer
    weighted by its age (``half_life`` days; 0: not at all), and per community its people's
    share of them: a viewer's prior is the total minus the communities hidden from them. Once
    per loaded build. The age is counted from the newest answer of the corpus, not from today:
    a corpus that stopped in 2018 still has its active people."""
    rows = [(p, ev, row) for answers in snap.answerers.values() for p, ev, row in answers]
    created = snap.created_days
    newest = max((created[r] for _, _, r in rows if not math.isnan(created[r])), default=0.0)
    per: dict[tuple, list] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for p, ev, row in rows:
        age = newest - created[row]
        w = 2.0 ** (-age / half_life) if half_life > 0 and not math.isnan(age) else 1.0
        a = per[(p, snap.community[row] or "")]
        a[0] += w
        a[1] += w if ev == "accepted_answer" else 0.0
        a[2] += w * max(0, int(snap.votes[row]))
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


def _memberships(ctx: Context, person_ids) -> dict:
    out: dict[str, list] = defaultdict(list)
    ids = list(person_ids)
    if not ids:
        return out
    comms = ctx.communities()
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for person, community, role in ctx.store.conn.execute(
                f"SELECT person, community, role FROM memberships WHERE person IN ({','.join('?' * len(part))})", part):
            if ctx.access.sees_community(community) and community in comms:
                out[person].append({"id": community, "name": comms[community]["name"], "role": role})
    return out


def search_experts(ctx: Context, query: Query, method: str, k: int) -> list[Expert]:
    s = ctx.settings
    scores = rank_chunks(ctx.snap, query, ctx.snap.allowed_for(ctx.access), method, s, alpha=s.experts.alpha)
    ctx.note_words(scores, method)
    votes = expert_scores(ctx, scores)
    tops = {p: sorted(vs, reverse=True)[:s.experts.top_evidence] for p, vs in votes.items()}
    content = {p: sum(v for v, _ in top) for p, top in tops.items()}
    if not content:
        return []
    cmax = max(content.values()) or 1.0
    lam = s.experts.prior_weight
    form = prior_form(ctx)
    act = activity(ctx, content)
    if form == "share":
        # the candidate prior: the person's recent answers (not their log, and without the
        # accepted-answer and vote bonuses of the gated prior, which content votes already
        # carry) as a share of the most active candidate's, floored so that a document author
        # or a newcomer still ranks on content
        amax = max(a for a, _, _ in act.values()) or 1.0
        shown_prior = {p: max(s.experts.prior_floor, act[p][0] / amax) for p in content}
        final = {p: (content[p] / cmax) * shown_prior[p] for p in content}
    else:
        prior = {p: _gated_prior(*act[p]) for p in content}
        pmax = max(prior.values()) or 1.0
        shown_prior = {p: prior[p] / pmax for p in content}
        if form == "gated":
            # the prior only reorders people whose content matches: content x (1 - w + w x prior)
            final = {p: (content[p] / cmax) * (1 - lam + lam * prior[p] / pmax) for p in content}
        elif form == "product":
            # log-linear: (content / max)^(1 - w) * ((1 + prior) / (1 + max prior))^w
            final = {p: (content[p] / cmax) ** (1 - lam) * ((1 + prior[p]) / (1 + pmax)) ** lam for p in content}
        else:
            final = {p: (1 - lam) * content[p] / cmax + lam * prior[p] / pmax for p in content}
    ranked = sorted(final, key=lambda p: (-final[p], p))[:k]
    people = ctx.people(ranked)
    member = _memberships(ctx, ranked)
    ref_day = _reference_day(ctx.snap)
    out = []
    for p in ranked:
        info = people.get(p)
        if info is None or info["opted_out"]:
            continue
        top = tops[p]
        by_kind: dict[str, float] = defaultdict(float)
        items_of_kind: dict[str, set] = defaultdict(set)
        lex = sem = rec = 0.0
        for v, row in top:
            ev = ctx.snap.evidence[row]
            by_kind[ev] += v
            # an answer voting through its own chunk and through its thread, or a post cut in
            # several chunks, is one answer
            items_of_kind[ev].add((ctx.snap.item_type[row], ctx.snap.item_id[row]))
            lex += scores.lexical.get(row, 0.0)
            sem += scores.dense.get(row, 0.0)
            rec += _recency(ctx.snap.created_days[row], ref_day, s.experts.recency_half_life_days)
        count_kind = {k: len(v) for k, v in items_of_kind.items()}
        shown = [ctx.evidence(row, v, query.terms)
                 for v, row in ctx.pick_evidence(top, 3, key=lambda r: ctx.snap.thread[r] or ctx.snap.item_id[r])]
        breakdown = {
            "content": round(content[p] / cmax, 4), "prior": round(shown_prior[p], 4),
            "prior_weight": lam if form != "share" else None, "prior_form": form,
            "lexical": round(lex / len(top), 4), "semantic": round(sem / len(top), 4),
            "recency": round(rec / len(top), 4),
            "evidence_kinds": {k: {"count": count_kind[k], "score": round(by_kind[k], 4)} for k in by_kind},
        }
        parts = [f"{count_kind[k]} {ROLE_LABEL.get(k, k)}{'s' if count_kind[k] > 1 else ''}"
                 for k in ("accepted_answer", "answer", "document", "question", "profile", "comment") if count_kind.get(k)]
        why = "Matching " + ", ".join(parts)
        # the newest matching item, shown or not (a repeated answer is shown once, its first time)
        newest = max((ctx.snap.created_days[row] for _, row in top if not math.isnan(ctx.snap.created_days[row])),
                     default=None)
        latest = None if newest is None else _iso_day(newest)
        if latest:
            why += f"; latest {latest}"
        breakdown["latest"] = latest      # with evidence_kinds, what the why line says
        out.append(Expert(id=p, name=info["name"], title=info["title"], department=info["department"],
                          location=info["location"], score=final[p], breakdown=breakdown, why=why,
                          evidence=tuple(shown), communities=tuple(member.get(p, []))))
    return out


# -- threads and documents ----------------------------------------------------------------------
def search_items(ctx: Context, query: Query, method: str, k: int) -> list[ItemHit]:
    snap = ctx.snap
    rows_filter = snap.rows_of_type("post", "document")
    scores = rank_chunks(snap, query, snap.allowed_for(ctx.access), method, ctx.settings, rows_filter)
    ctx.note_words(scores, method)
    per_item: dict[tuple, list] = defaultdict(list)
    for row, f in scores.fused.items():
        key = ("thread", snap.thread[row]) if snap.item_type[row] == "post" else ("document", snap.document[row])
        per_item[key].append((f, row))
    item_score = {}
    for key, fs in per_item.items():
        fs.sort(reverse=True)
        item_score[key] = fs[0][0]
    ranked = sorted(item_score, key=lambda key: (-item_score[key], key))[:k]
    comms = ctx.communities()
    out = []
    for typ, item in ranked:
        best_f, best_row = per_item[(typ, item)][0]
        shown_f, shown_row = ctx.pick_evidence(per_item[(typ, item)], 1)[0]
        ev = ctx.evidence(shown_row, shown_f, query.terms)
        breakdown = {"best_chunk": round(best_f, 4), "lexical": round(scores.lexical.get(best_row, 0.0), 4),
                     "semantic": round(scores.dense.get(best_row, 0.0), 4), "chunks_matched": len(per_item[(typ, item)])}
        if typ == "thread":
            t = ctx.store.one("SELECT id, title, community, created, solved, accepted_post FROM threads WHERE id = ?", (item,))
            if t is None or not ctx.access.sees_community(t["community"]):
                continue
            accepted = None
            if t["accepted_post"]:
                a = ctx.store.one("SELECT id, author, created, body FROM posts WHERE id = ?", (t["accepted_post"],))
                if a:
                    who = ctx.people([a["author"]]).get(a["author"])
                    visible = who is not None and not who["opted_out"]
                    snip, spans = _snippet(a["body"], "", ctx.spans_fn, query.terms)
                    accepted = {"post": a["id"], "snippet": snip, "highlights": [list(h) for h in spans],
                                "author": a["author"] if visible else None,
                                "author_name": who["name"] if visible else None,
                                "date": (a["created"] or "")[:10] or None}
            comm = comms.get(t["community"]) if t["community"] else None
            out.append(ItemHit(id=item, type="thread", title=t["title"], score=item_score[(typ, item)],
                               solved=bool(t["solved"]), community=t["community"],
                               community_name=comm["name"] if comm else None, date=(t["created"] or "")[:10] or None,
                               snippet=ev.snippet, highlights=ev.highlights, accepted_answer=accepted,
                               breakdown=breakdown, evidence=(ev,)))
        else:
            d = ctx.store.one("SELECT id, title, kind, community, created, updated FROM documents WHERE id = ?", (item,))
            if d is None or not ctx.access.sees_community(d["community"]):
                continue
            authors = [r[0] for r in ctx.store.conn.execute(
                "SELECT person FROM document_authors WHERE document = ? ORDER BY position", (item,))]
            people = ctx.people(authors)
            shown = tuple({"id": a, "name": people[a]["name"]} for a in authors
                          if a in people and not people[a]["opted_out"])
            comm = comms.get(d["community"]) if d["community"] else None
            out.append(ItemHit(id=item, type="document", title=d["title"], score=item_score[(typ, item)],
                               solved=False, community=d["community"], community_name=comm["name"] if comm else None,
                               date=((d["updated"] or d["created"]) or "")[:10] or None, snippet=ev.snippet,
                               highlights=ev.highlights, kind=d["kind"], authors=shown, breakdown=breakdown,
                               evidence=(ev,)))
    return out


# -- communities --------------------------------------------------------------------------------
def community_activity(store, community: str, days: int = 90) -> dict:
    """Programme indicators of one community (the caller checks visibility)."""
    members = store.conn.execute(
        "SELECT count(*) FROM memberships m JOIN people p ON p.id = m.person WHERE m.community = ? AND p.opted_out = 0",
        (community,)).fetchone()[0]
    threads, solved, last = store.conn.execute(
        "SELECT count(*), coalesce(sum(solved), 0), max(last_activity) FROM threads WHERE community = ?",
        (community,)).fetchone()
    docs, last_doc = store.conn.execute(
        "SELECT count(*), max(coalesce(updated, created)) FROM documents WHERE community = ?", (community,)).fetchone()
    newest = max([d for d in (last, last_doc) if d], default=None)
    active = 0
    if newest:
        active = store.conn.execute(
            "SELECT count(DISTINCT p.author) FROM posts p JOIN threads t ON t.id = p.thread"
            " JOIN people pe ON pe.id = p.author"
            " WHERE t.community = ? AND pe.opted_out = 0 AND p.created >= datetime(?, ?)",
            (community, newest, f"-{days} days")).fetchone()[0]
    return {"members": members, "active_members_90d": active, "threads": threads, "solved": int(solved),
            "solved_rate": round(solved / threads, 3) if threads else 0.0, "documents": docs,
            "newest_activity": (newest or "")[:10] or None}


def _all_memberships(store) -> dict:
    """person -> ((community, role), ...), read once per loaded build (memberships are imported
    with the corpus, and an import is followed by a build)."""
    out: dict[str, list] = defaultdict(list)
    for person, community, role in store.conn.execute("SELECT person, community, role FROM memberships"):
        out[person].append((community, role))
    return {p: tuple(v) for p, v in out.items()}


def all_community_activity(store, days: int = 90) -> dict:
    """:func:`community_activity` of every community at once (grouped queries: one pass over
    the posts instead of one per community); the caller checks visibility."""
    out = {c: {"members": 0, "active_members_90d": 0, "threads": 0, "solved": 0, "solved_rate": 0.0,
               "documents": 0, "newest_activity": None, "_newest": None}
           for (c,) in store.conn.execute("SELECT id FROM communities")}
    for c, n in store.conn.execute(
            "SELECT m.community, count(*) FROM memberships m JOIN people p ON p.id = m.person"
            " WHERE p.opted_out = 0 GROUP BY m.community"):
        if c in out:
            out[c]["members"] = n
    for c, n, solved, last in store.conn.execute(
            "SELECT community, count(*), coalesce(sum(solved), 0), max(last_activity) FROM threads GROUP BY community"):
        if c in out:
            out[c].update(threads=n, solved=int(solved), solved_rate=round(solved / n, 3) if n else 0.0, _newest=last)
    for c, n, last in store.conn.execute(
            "SELECT community, count(*), max(coalesce(updated, created)) FROM documents GROUP BY community"):
        if c in out:
            out[c]["documents"] = n
            out[c]["_newest"] = max([d for d in (out[c]["_newest"], last) if d], default=None)
    for c, a in out.items():
        newest = a.pop("_newest")
        a["newest_activity"] = (newest or "")[:10] or None
        a["_since"] = newest
    store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS community_since(community TEXT PRIMARY KEY, since TEXT)")
    store.conn.execute("DELETE FROM temp.community_since")
    store.conn.executemany("INSERT INTO temp.community_since(community, since) VALUES (?, datetime(?, ?))",
                           [(c, a["_since"], f"-{days} days") for c, a in out.items() if a["_since"]])
    for c, n in store.conn.execute(
            "SELECT t.community, count(DISTINCT p.author) FROM posts p JOIN threads t ON t.id = p.thread"
            " JOIN people pe ON pe.id = p.author JOIN temp.community_since s ON s.community = t.community"
            " WHERE pe.opted_out = 0 AND p.created >= s.since GROUP BY t.community"):
        out[c]["active_members_90d"] = n
    for a in out.values():
        a.pop("_since")
    return out


def search_communities(ctx: Context, query: Query, method: str, k: int) -> list[CommunityHit]:
    snap = ctx.snap
    scores = rank_chunks(snap, query, snap.allowed_for(ctx.access), method, ctx.settings)
    ctx.note_words(scores, method)
    hidden = ctx.access.hidden
    community_of, item_type = snap.community, snap.item_type
    per_comm: dict[str, list] = defaultdict(list)
    for row, f in scores.fused.items():
        c = community_of[row]
        if c and c not in hidden:
            per_comm[c].append((f * 2.0 if item_type[row] == "community" else f, row))
    content = {c: sum(heapq.nlargest(10, (f for f, _ in v))) for c, v in per_comm.items()}
    # members' expertise as broad knowledge of the topic: votes not sharpened (eval/README.md)
    votes = expert_scores(ctx, scores, power=1.0)
    top_n = ctx.settings.experts.top_evidence
    comms = ctx.communities()
    roles = snap.memo("memberships", lambda: _all_memberships(ctx.store))
    member_score: dict[str, float] = defaultdict(float)
    for person, vs in votes.items():
        mine = roles.get(person)
        if not mine:
            continue
        expertise = sum(heapq.nlargest(top_n, (v for v, _ in vs))) if len(vs) > top_n else sum(v for v, _ in vs)
        for community, role in mine:
            if community not in hidden:
                member_score[community] += expertise * ROLE_WEIGHT.get(role, 0.3)
    cands = [c for c in set(content) | set(member_score) if c in comms and ctx.access.sees_community(c)]
    if not cands:
        return []
    cmax = max([content.get(c, 0.0) for c in cands]) or 1.0
    mmax = max([member_score.get(c, 0.0) for c in cands]) or 1.0
    final = {}
    for c in cands:
        f = 0.7 * content.get(c, 0.0) / cmax + 0.3 * member_score.get(c, 0.0) / mmax
        if comms[c]["stage"] == "closed":
            f *= 0.5
        final[c] = f
    ranked = sorted(final, key=lambda c: (-final[c], c))[:k]
    out = []
    for c in ranked:
        info = comms[c]
        coord = None
        if info["coordinator"]:
            who = ctx.people([info["coordinator"]]).get(info["coordinator"])
            if who and not who["opted_out"]:
                coord = {"id": who["id"], "name": who["name"], "title": who["title"]}
        top = sorted(per_comm.get(c, []), reverse=True)
        shown = [ctx.evidence(row, f, query.terms) for f, row in ctx.pick_evidence(
            top, 3, key=lambda r: snap.thread[r] or snap.item_id[r], skip=lambda r: snap.item_type[r] == "community")]
        act = ctx.snap.memo("activity_all", lambda: all_community_activity(ctx.store)).get(c) \
            or community_activity(ctx.store, c)
        # threads and documents, each once however many of its chunks matched
        matched = {(item_type[r], snap.thread[r] or snap.item_id[r]) for _, r in top if item_type[r] in ("post", "document")}
        why = f"{len(matched)} matching items in its threads and documents"
        if member_score.get(c):
            why += "; members who know the topic"
        out.append(CommunityHit(
            id=c, name=info["name"], score=final[c], kind=info["kind"], stage=info["stage"],
            visibility=info["visibility"], domain=info["domain"] or "", coordinator=coord,
            how_to_join=info["how_to_join"] or "", members=act["members"], activity=act, why=why,
            breakdown={"content": round(0.7 * content.get(c, 0.0) / cmax, 4),
                       "members": round(0.3 * member_score.get(c, 0.0) / mmax, 4),
                       "closed_penalty": info["stage"] == "closed",
                       # what the why line says, for a page that words it in its own language
                       "matched_items": len(matched), "members_know": bool(member_score.get(c))},
            evidence=tuple(shown)))
    return out
