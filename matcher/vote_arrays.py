"""The voting model of :mod:`matcher.experts` over arrays: ``top_votes(content_votes(...))`` of a
search without a Python loop over the matched chunks.

Per build (:meth:`Snapshot.memo`): the people credited by each chunk and the answerers of each
thread as CSR arrays over person and thread codes, and each row's evidence weight per weights
setting. Per search: the chunk votes and thread votes of the matched rows are products of array
columns in the same order of operations as the loops (so the same floats), and each person's
top votes are a sort by (person, -vote, -row). The result is the loops' to the bit, dict order
included (people in the order of their first vote); tests compare both on real searches.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

__all__ = ["VoteArrays", "top_content_votes", "vote_arrays"]


@dataclass
class VoteArrays:
    """Per build: the credit structure of the snapshot as arrays."""

    people: list                # person code -> id
    code: dict                  # person id -> code
    ptr: np.ndarray             # row -> people_of slice [ptr[row], ptr[row + 1]) of ``credited``
    credited: np.ndarray        # person codes
    thread: np.ndarray          # row -> thread code (-1: none)
    threads: list               # thread code -> id
    a_ptr: np.ndarray           # thread code -> answerers slice of a_person / a_kind / a_row
    a_person: np.ndarray
    a_kind: np.ndarray          # evidence kind of the answer (object)
    a_row: np.ndarray


def _csr(groups: list, n: int) -> tuple[np.ndarray, np.ndarray]:
    counts = np.fromiter((len(g) for g in groups), dtype=np.int64, count=n)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return ptr, counts


def vote_arrays(snap) -> VoteArrays:
    """:class:`VoteArrays` of ``snap`` (memoised per build)."""

    def build() -> VoteArrays:
        people = sorted({p for ps in snap.people_of for p in ps}
                        | {p for a in snap.answerers.values() for p, _, _ in a})
        code = {p: i for i, p in enumerate(people)}
        ptr, _ = _csr(snap.people_of, len(snap.people_of))
        credited = np.fromiter((code[p] for ps in snap.people_of for p in ps), dtype=np.int64, count=int(ptr[-1]))
        threads = sorted({t for t in snap.thread if t} | set(snap.answerers))
        tcode = {t: i for i, t in enumerate(threads)}
        thread = np.fromiter((tcode[t] if t else -1 for t in snap.thread), dtype=np.int64, count=len(snap.thread))
        groups = [snap.answerers.get(t, ()) for t in threads]
        a_ptr, _ = _csr(groups, len(groups))
        flat = [a for g in groups for a in g]
        return VoteArrays(people, code, ptr, credited, thread, threads, a_ptr,
                          np.asarray([code[p] for p, _, _ in flat], dtype=np.int64),
                          np.asarray([ev for _, ev, _ in flat], dtype=object),
                          np.asarray([row for _, _, row in flat], dtype=np.int64))

    return snap.memo(("vote_arrays",), build)


def _expand(ptr: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index into ``keys``, position in the flat array) of every member of the slices of ``keys``."""
    counts = ptr[keys + 1] - ptr[keys]
    owner = np.repeat(np.arange(keys.size), counts)
    start = np.cumsum(counts) - counts
    return owner, np.arange(int(counts.sum())) - start[owner] + ptr[keys][owner]


def _thread_answers(snap, va: VoteArrays, rows: np.ndarray, f: np.ndarray, before: float | None = None):
    """The answers of the threads of the matched ``rows`` (scores ``f``, all > 0): per answer
    the best score of its thread, its index into the ``a_*`` arrays and its thread code, threads
    in the order of their first match and answers in their order (as the loops); ``before``:
    only the answers dated strictly before it (a question of the past)."""
    t = va.thread[rows]
    tt, tf = t[t >= 0], f[t >= 0]
    if not tt.size:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0), empty, empty
    first_t, first_at = np.unique(tt, return_index=True)
    order = first_t[np.argsort(first_at, kind="stable")]
    best = np.zeros(len(va.threads))
    np.maximum.at(best, tt, tf)
    towner, tat = _expand(va.a_ptr, order)
    best, T = best[order][towner], order[towner]
    if before is not None:
        keep = snap.created_days[va.a_row[tat]] < before
        best, tat, T = best[keep], tat[keep], T[keep]
    return best, tat, T


def _weights(snap, weights: dict, other: float) -> np.ndarray:
    items = tuple(sorted(weights.items()))
    return snap.memo(("vote_weights", items, other),
                     lambda: np.asarray([weights.get(ev, other) for ev in snap.evidence], dtype=np.float64))


def top_content_votes(snap, fused: dict, factor: np.ndarray, weights: dict, opted_out, power: float,
                      thread_vote: float, excluded, n: int, other: float, before: float | None = None
                      ) -> tuple[dict, dict]:
    """``top_votes(content_votes(fused, snap, ...), n)`` of :mod:`matcher.experts`; ``factor``:
    its row factors as an array, ``other``: the weight of a kind missing from ``weights``;
    ``before``: only the answers dated strictly before it vote for their thread (a question of
    the past, whose matched chunks ``fused`` are all before it already)."""
    va = vote_arrays(snap)
    rows = np.fromiter(fused.keys(), dtype=np.int64, count=len(fused))
    f = np.fromiter(fused.values(), dtype=np.float64, count=len(fused))
    if power != 1.0:
        keep = f > 0
        rows = rows[keep]
        f = np.asarray([x ** power for x in f[keep].tolist()], dtype=np.float64)     # Python's pow, as the loop
    live = f > 0
    rows, f = rows[live], f[live]
    w = _weights(snap, weights, other)
    v = f * w[rows] * factor[rows]
    owner, at = _expand(va.ptr, rows)
    P, V, R = [va.credited[at]], [v[owner]], [rows[owner]]
    T = np.zeros(0, dtype=np.int64)
    if thread_vote > 0 and snap.answerers:
        best, tat, T = _thread_answers(snap, va, rows, f, before)
        kind_w = np.asarray([weights.get(ev, other) for ev in va.a_kind[tat]], dtype=np.float64)
        arow = va.a_row[tat]
        P.append(va.a_person[tat])
        V.append(best * thread_vote * kind_w * factor[arow])
        R.append(arow)
    n_chunk = P[0].size
    P, V, R = np.concatenate(P), np.concatenate(V), np.concatenate(R)
    keep = np.ones(P.size, dtype=bool)
    if opted_out:
        gone = [va.code[p] for p in opted_out if p in va.code]
        keep &= ~np.isin(P, gone)
    if excluded:
        for i in range(P.size):
            if keep[i]:
                p = va.people[P[i]]
                if (p, int(R[i])) in excluded or (i >= n_chunk and (p, va.threads[T[i - n_chunk]]) in excluded):
                    keep[i] = False
    seq = np.flatnonzero(keep)
    P, V, R = P[seq], V[seq], R[seq]
    if not P.size:
        return {}, {}
    srt = np.lexsort((-R, -V, P))
    Ps = P[srt]
    starts = np.flatnonzero(np.r_[True, Ps[1:] != Ps[:-1]])
    ends = np.r_[starts[1:], Ps.size]
    first = np.minimum.reduceat(srt, starts)          # each person's first vote in the loops' order
    order = np.argsort(first, kind="stable")
    starts, ends = starts[order], np.minimum(ends[order], starts[order] + n)
    Vs, Rs = V[srt], R[srt]
    # the sums of the top votes best first, as Python's sum(): 0 + v1 + v2 + ... (padding adds 0.0)
    acc = np.zeros(starts.size)
    for j in range(int((ends - starts).max())):
        at = np.minimum(starts + j, Ps.size - 1)
        acc = acc + np.where(starts + j < ends, Vs[at], 0.0)
    people = np.asarray(va.people, dtype=object)[Ps[starts]].tolist()
    return _Tops(people, starts, ends, Vs, Rs), dict(zip(people, acc.tolist()))


class _Tops(Mapping):
    """person -> their top (vote, row), best first, made when read (a search reads the page's)."""

    def __init__(self, people: list, starts: np.ndarray, ends: np.ndarray, votes: np.ndarray, rows: np.ndarray):
        self._at = {p: i for i, p in enumerate(people)}
        self._starts, self._ends, self._votes, self._rows = starts, ends, votes, rows

    def __getitem__(self, person):
        i = self._at[person]
        s, e = int(self._starts[i]), int(self._ends[i])
        return list(zip(self._votes[s:e].tolist(), self._rows[s:e].tolist()))

    def __iter__(self):
        return iter(self._at)

    def __len__(self):
        return len(self._at)


def candidate_codes(snap, pos: dict) -> np.ndarray:
    """person code -> position among the candidates ``pos`` (person -> position), -1: none."""
    va = vote_arrays(snap)
    out = np.full(len(va.people), -1, dtype=np.int64)
    for p, i in pos.items():
        c = va.code.get(p)
        if c is not None:
            out[c] = i
    return out


def candidate_pairs(snap, fused: dict, at_code: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(candidate, row, index of the row in ``fused``) of every matched row crediting a candidate
    (``at_code``: :func:`candidate_codes`), in the order of the loop over ``fused`` and ``people_of``."""
    va = vote_arrays(snap)
    rows = np.fromiter(fused.keys(), dtype=np.int64, count=len(fused))
    owner, at = _expand(va.ptr, rows)
    ci = at_code[va.credited[at]]
    keep = ci >= 0
    return ci[keep], rows[owner[keep]], owner[keep]


def candidate_threads(snap, fused: dict, at_code: np.ndarray, m: int, before: float | None = None
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sum, max, number) per candidate of the best fused score of each thread they answered, the
    loop's sums (threads in order of first match, answerers in their order); ``before``: only
    answers dated strictly before it count."""
    va = vote_arrays(snap)
    rows = np.fromiter(fused.keys(), dtype=np.int64, count=len(fused))
    f = np.fromiter(fused.values(), dtype=np.float64, count=len(fused))
    tmax = np.zeros(m)
    best, tat, _ = _thread_answers(snap, va, rows[f > 0], f[f > 0], before)
    ci = at_code[va.a_person[tat]]
    keep = ci >= 0
    ci, bf = ci[keep], best[keep]
    np.maximum.at(tmax, ci, bf)
    return np.bincount(ci, weights=bf, minlength=m), tmax, np.bincount(ci, minlength=m).astype(np.float64)
