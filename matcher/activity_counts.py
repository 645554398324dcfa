"""Answer counts per person for the learned expert ranking (:mod:`matcher.features`), as arrays.

Each answer of the index counts for its author 2^(-age / half-life) (1 without decay), summed
overall and per community (a sparse people x communities matrix). A viewer who does not see some
communities has their columns subtracted, and a query's matched communities weigh the columns
(matrix times the communities' shares of the match), so the tables are computed once per build
for every query and every viewer (:func:`served`) and once per past question in training.
"""
from __future__ import annotations

import numpy as np

__all__ = ["NAMES", "decayed", "visible", "matched", "stacked", "block", "last_answer", "days_since"]

NAMES = ("answers", "accepted", "votes")


def decayed(hist, mask: np.ndarray, day: float, half_life: float, comm_weight: np.ndarray | None = None) -> dict:
    """{name: per person total, name + "_by": people x communities (sparse CSR)} over the answers
    of ``mask`` as of ``day`` (``hist``: :class:`matcher.features.History`). With ``comm_weight``
    (one query, as in training), name + "_matched" (:func:`matched`) instead of the matrices."""
    from scipy import sparse

    n, m = len(hist.people), len(hist.communities)
    who, comm = hist.person[mask], hist.community[mask]
    age = day - np.nan_to_num(hist.day[mask], nan=day)
    w = np.exp2(-age / half_life) if half_life > 0 else np.ones(who.size)
    weights = {"answers": w, "accepted": w * hist.accepted[mask], "votes": w * hist.votes[mask]}
    inside = comm >= 0
    out = {}
    share = None if comm_weight is None else np.where(inside, comm_weight[np.maximum(comm, 0)] if m else 0.0, 0.0)
    for name, v in weights.items():
        out[name] = np.bincount(who, weights=v, minlength=n)
        if share is None:
            out[name + "_by"] = sparse.csr_matrix((v[inside], (who[inside], comm[inside])), shape=(n, max(m, 1)))
        else:
            out[name + "_matched"] = np.bincount(who, weights=v * share, minlength=n)
    return out


def visible(counts: dict, name: str, hidden: list, rows=None) -> np.ndarray:
    """The per-person total of ``name`` without the communities ``hidden`` (codes), for the
    people ``rows`` (indexes; None: everyone)."""
    total = counts[name] if rows is None else counts[name][rows]
    if not hidden:
        return total
    by = counts[name + "_by"] if rows is None else counts[name + "_by"][rows]
    return np.maximum(0.0, total - np.asarray(by[:, hidden].sum(axis=1)).ravel())


def matched(counts: dict, name: str, comm_weight: np.ndarray, rows=None) -> np.ndarray:
    """Per person (of ``rows``; None: everyone): the counts of ``name`` in each community
    weighted by its share of the match."""
    if name + "_matched" in counts:
        return counts[name + "_matched"] if rows is None else counts[name + "_matched"][rows]
    by = counts[name + "_by"] if rows is None else counts[name + "_by"][rows]
    if not comm_weight.size:
        return np.zeros(by.shape[0])
    return np.asarray(by @ comm_weight).ravel()


def stacked(tables: list, names: tuple):
    """The people x communities matrices of several :func:`decayed` tables side by side (one CSR
    row per person: decay, then name, then community), so that a query reads its candidates'
    counts with one row slice (:func:`block`)."""
    from scipy import sparse

    return sparse.hstack([t[name + "_by"] for t in tables for name in names], format="csr")


def block(stack, rows, decays: int, names: int) -> np.ndarray:
    """The rows ``rows`` of :func:`stacked` as a dense rows x decays x names x communities array."""
    dense = stack[rows].toarray()
    return dense.reshape(len(rows), decays, names, -1)


def last_answer(hist, mask: np.ndarray, by_community: bool = True) -> tuple:
    """(newest, base): per person and community (the last column: answers in no community) the
    day of their newest dated answer in ``mask``, as a sparse people x (communities + 1) matrix
    holding day - base + 1 (0: no answer there); without ``by_community``, one column."""
    from scipy import sparse

    n = len(hist.people)
    m = len(hist.communities) if by_community else 0
    cells, order = _cell_order(hist, m)
    # the dated answers of ``mask`` sorted by (cell, day): the same subsequence of the sorted
    # whole (a stable sort of a subset keeps the whole's order), so training sorts nothing
    order = order[mask[order]]
    cell, day = cells[order], hist.day[order]
    base = float(day.min()) if day.size else 0.0
    last = np.r_[cell[1:] != cell[:-1], True] if cell.size else np.zeros(0, dtype=bool)
    cell, day = cell[last], day[last]
    return sparse.csr_matrix((day - base + 1.0, (cell // (m + 1), cell % (m + 1))), shape=(n, m + 1)), base


def _cell_order(hist, m: int) -> tuple[np.ndarray, np.ndarray]:
    """(cell of every answer, the dated answers' indexes sorted stably by (cell, day)), a cell
    being person * (m + 1) + community (m: no community; one cell per person for m = 0);
    memoised in ``hist.memo``."""
    key = ("last_answer_order", m)
    if key not in hist.memo:
        comm = np.where(hist.community >= 0, hist.community, m) if m else np.zeros(hist.person.size, dtype=np.int64)
        cells = hist.person * (m + 1) + comm
        dated = np.flatnonzero(~np.isnan(hist.day))
        hist.memo[key] = cells, dated[np.lexsort((hist.day[dated], cells[dated]))]
    return hist.memo[key]


def days_since(newest: tuple, day: float, hidden: list, none: float, rows=None) -> np.ndarray:
    """Per person (of ``rows``; None: everyone): days from their newest answer outside the
    ``hidden`` communities to ``day`` (``none`` when they have no such answer); ``newest``:
    :func:`last_answer`."""
    matrix, base = newest
    if rows is not None:
        matrix = matrix[rows]
    if hidden:
        keep = np.setdiff1d(np.arange(matrix.shape[1]), hidden)
        matrix = matrix[:, keep]
    top = np.asarray(matrix.max(axis=1).todense()).ravel() if matrix.shape[1] else np.zeros(matrix.shape[0])
    return np.where(top > 0, day - (top + base - 1.0), none)
