"""Recurring questions as one result: duplicate threads are merged into their canonical thread.

Two threads of a result pool are the same question (edges of a union-find; a group is a
connected component) when
- one links the other as a duplicate (``thread_links`` kind ``duplicate``, either direction);
- one *points* to the other: it has a pointer answer (:func:`is_pointer`, "Déjà traité ici :
  t0393", "see t0169") and no accepted answer of its own other than a pointer;
- their question texts are near-duplicates (:func:`matcher.evidence.near_duplicate`, Jaccard of
  the word sets >= 0.8); or their titles are the same once case-folded and their question texts
  share at least :data:`SAME_TITLE_OVERLAP` of the smaller word set (the corpus re-asks a
  question with another greeting, machine tag or sign-off: on corpora/ferrand, same-title
  question pairs have a median Jaccard of 0.59, pairs with different titles 0.02, 99.9th
  percentile 0.34).

The group is shown as its canonical thread (:func:`canonical`): not a pointer, then solved,
then the best-voted accepted answer, the best-voted answer, the most substantive answers, the
best query score, the smallest id. It scores the best score of its members; the others are
listed under it ("also asked N times"). A pointer is never canonical when its target is in the
group, so it never ranks above the thread it points to.
"""
from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .evidence import near_duplicate, word_set
from .excerpts import substantive

__all__ = ["POINTER_MAX_WORDS", "SAME_TITLE_OVERLAP", "ThreadFacts", "ThreadSummary", "summarise", "KnownIds",
           "referenced_threads", "is_pointer", "pointer_target", "same_question", "candidate_pairs", "group_threads",
           "canonical"]

POINTER_MAX_WORDS = 25
SAME_TITLE_OVERLAP = 0.5
NEAR_DUPLICATE = 0.8        # word Jaccard at which two questions are the same (evidence.near_duplicate)
_TOKEN = re.compile(r"[\w-]+")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|\([^)]*\)")
_SPACES = re.compile(r"\W+")
_DIGIT = re.compile(r"[0-9]")


@dataclass
class ThreadFacts:
    """One thread as read from its posts (matcher.items, from :meth:`matcher.data.Context.threads_with_posts`)."""

    id: str
    title: str
    created: str | None
    solved: bool
    question: str
    answers: list = field(default_factory=list)   # dicts: id, body, votes, accepted, position, author, created
    links: set = field(default_factory=set)       # duplicate links, either direction
    pointer_to: str | None = None

    @property
    def accepted(self) -> dict | None:
        return next((a for a in self.answers if a["accepted"]), None)

    @property
    def words(self) -> set:
        return word_set(self.question)

    @property
    def title_key(self) -> str:
        return _title_key(self.title)

    @property
    def standing(self) -> tuple:
        """:func:`canonical`'s key before the query score (``pointer_to`` and the answers'
        ``pointer`` flags set): not a pointer, solved, accepted votes, best votes, substantive answers."""
        acc = self.accepted
        votes = [a["votes"] or 0 for a in self.answers if not a.get("pointer")]
        good = sum(substantive(a["body"], a.get("pointer", False)) for a in self.answers)
        return (self.pointer_to is None, self.solved, (acc["votes"] or 0) if acc else -1, max(votes, default=-1), good)


@dataclass(frozen=True, slots=True)
class ThreadSummary:
    """What merging needs of one thread, none of it depending on the query (:func:`summarise`):
    :func:`group_threads` takes these as it takes :class:`ThreadFacts`, and :func:`canonical`
    too once ``standing`` is set. matcher.items memoises them per loaded build."""

    id: str
    title: str
    created: str | None
    solved: bool
    community: str | None
    pointer_to: str | None
    pointers: frozenset      # ids of its pointer answers
    words: tuple             # the question's word set, interned (as a set it costs 2 kB more)
    title_key: str
    standing: tuple | None = None   # ThreadFacts.standing, read when a group needs it (costly)


def summarise(facts: ThreadFacts, known, community: str | None = None) -> ThreadSummary:
    """The :class:`ThreadSummary` of ``facts``, whose ``pointer_to`` and pointer flags it sets
    (:func:`pointer_target` over ``known``)."""
    facts.pointer_to = pointer_target(facts, known)
    return ThreadSummary(id=facts.id, title=facts.title, created=facts.created, solved=facts.solved,
                         community=community, pointer_to=facts.pointer_to,
                         pointers=frozenset(a["id"] for a in facts.answers if a["pointer"]),
                         words=tuple(map(sys.intern, facts.words)), title_key=facts.title_key)


class KnownIds(frozenset):
    """Thread ids (what a pointer may name), with ``numbered``: whether every one of them holds
    an ASCII digit, so that a text without a digit names none of them (ids are numbered)."""

    def __new__(cls, ids=()):
        self = super().__new__(cls, ids)
        self.numbered = all(_DIGIT.search(t) for t in self)
        return self


def referenced_threads(text: str, known, own: str | None = None) -> list:
    """The ids of ``known`` threads (a set) that ``text`` names, other than ``own``, in order."""
    if getattr(known, "numbered", False) and not _DIGIT.search(text):
        return []                    # every known id has a digit: a text without one names none
    tokens = _TOKEN.findall(text)
    if not known.intersection(tokens) - {own}:     # most posts name no thread (the loop is slower)
        return []
    out = []
    for tok in tokens:
        if tok in known and tok != own and tok not in out:
            out.append(tok)
    return out


def is_pointer(text: str, refs) -> bool:
    """Whether a post only sends the reader to another thread: it names one (``refs``) and has
    at most :data:`POINTER_MAX_WORDS` words of its own, quoted titles and ids left out."""
    if not refs:
        return False
    own = _QUOTED.sub(" ", text)
    words = [w for w in _TOKEN.findall(own) if w not in refs]
    return len(words) <= POINTER_MAX_WORDS


def pointer_target(facts: ThreadFacts, known) -> str | None:
    """The thread that ``facts`` points to, marking its pointer answers (``a["pointer"]``): the
    first target of a pointer answer, unless the thread has an accepted answer that is not one."""
    target = None
    for a in facts.answers:
        refs = referenced_threads(a["body"], known, facts.id)
        a["pointer"] = is_pointer(a["body"], refs)
        if a["pointer"] and target is None:
            target = refs[0]
    acc = facts.accepted
    if acc is not None and not acc["pointer"]:
        return None
    return target


def _title_key(title: str) -> str:
    return _SPACES.sub(" ", (title or "").casefold()).strip()


def same_question(a: ThreadFacts, b: ThreadFacts, words: dict, titles: dict | None = None) -> bool:
    """The text rule of the module docstring; ``words``: thread id -> question word set,
    ``titles``: thread id -> :func:`_title_key` when the caller computed them once.

    The Jaccard is skipped when the sizes rule it out (|a & b| >= 0.8 |a | b| needs
    min(|a|, |b|) >= 0.8 max(|a|, |b|): the intersection is at most the smaller set, the union at
    least the larger); :func:`group_threads` tests the :func:`candidate_pairs` of a pool."""
    wa, wb = words[a.id], words[b.id]
    la, lb = len(wa), len(wb)
    if not la or not lb:
        return False
    if min(la, lb) >= NEAR_DUPLICATE * max(la, lb) and near_duplicate(wa, wb, NEAR_DUPLICATE):
        return True
    ta, tb = (titles[a.id], titles[b.id]) if titles is not None else (_title_key(a.title), _title_key(b.title))
    if ta != tb:
        return False
    return len(wa & wb) >= SAME_TITLE_OVERLAP * min(la, lb)


def candidate_pairs(ids, words: dict, titles: dict):
    """The pairs of ``ids`` that :func:`same_question` may accept (an unordered pair at most
    twice): both word sets non-empty and either the same title key or a word of both among
    each one's *prefix*, its ``|w| - ceil(0.8 |w|) + 1`` rarest words in the pool (by pool
    frequency, then the word). Prefix filtering (set-similarity joins) is exact: a Jaccard
    >= 0.8 needs |a & b| >= 0.8 |a| (the union is at least ``a``; the float product is monotone),
    and the first shared word in that order sits within the prefix of both. Every other pair
    fails both rules, so the groups are those of the test over all pairs (a connected
    component does not depend on the order in which its edges are found)."""
    live = [t for t in ids if words[t]]
    freq = Counter(w for t in live for w in words[t])
    rank = {w: i for i, w in enumerate(sorted(freq, key=lambda x: (freq[x], x)))}
    holders: dict[str, list] = defaultdict(list)
    same_title: dict[str, list] = defaultdict(list)
    for t in live:
        w = words[t]
        for word in sorted(w, key=rank.__getitem__)[:len(w) - math.ceil(NEAR_DUPLICATE * len(w)) + 1]:
            holders[word].append(t)
        same_title[titles[t]].append(t)
    seen = set()
    for group in holders.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield a, b
    for group in same_title.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                yield a, b


def group_threads(facts: dict, links: dict | None = None) -> list:
    """The groups (lists of ids, in the order of ``facts``) of the threads ``facts`` (id ->
    :class:`ThreadFacts` with ``pointer_to`` set, or :class:`ThreadSummary`), by the edges of the
    module docstring; ``links``: id -> duplicate-linked ids (by default each ThreadFacts' ``links``)."""
    if links is None:
        links = {t: f.links for t, f in facts.items()}
    ids = list(facts)
    parent = {t: t for t in ids}

    def find(t):
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    for t, f in facts.items():
        for other in links.get(t, ()):
            if other in parent:
                union(t, other)
        if f.pointer_to in parent:
            union(t, f.pointer_to)
    words = {t: frozenset(f.words) for t, f in facts.items()}
    titles = {t: f.title_key for t, f in facts.items()}
    for a, b in candidate_pairs(ids, words, titles):
        if find(a) != find(b) and same_question(facts[a], facts[b], words, titles):
            union(a, b)
    groups: dict[str, list] = {}
    for t in ids:
        groups.setdefault(find(t), []).append(t)
    return list(groups.values())


def canonical(group, facts: dict, scores: dict) -> str:
    """The thread shown for ``group`` (see the module docstring); ``scores``: id -> query score
    (0 for a thread brought in by a link)."""
    if len(group) == 1:                  # most groups: nothing to choose (and ThreadFacts.standing is costly)
        return group[0]
    return max(group, key=lambda t: facts[t].standing + (scores.get(t, 0.0), [-ord(c) for c in t]))
