"""No confident nonsense: when is a query's best dense match only the corpus's background?

A dense index always returns neighbours, and min-max normalisation makes the first one 1.00
whatever the query. The *raw* top cosine says more: for strings of random letters it stays at
a level set by the model and the corpus (the background), and real queries lie above it
(README, "When nothing matches", for the measured figures). Per index and model:

    background = top cosine of :data:`SAMPLE` random letter strings (seeded: the same strings for
                 every build), as mean and standard deviation
    threshold  = mean + :data:`SIGMAS` x sd

computed on first use of a build and memoised in it (and written beside it as
``background.json``, so that a restarted server does not embed the sample again). A query whose
words match nothing the viewer can see is answered only if some model's top cosine reaches its
threshold.
"""
from __future__ import annotations

import json
import random
import statistics

import numpy as np

__all__ = ["SAMPLE", "SIGMAS", "random_queries", "background", "clearly_above"]

SAMPLE = 40
SIGMAS = 3.0
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def random_queries(n: int = SAMPLE, seed: int = 20240601) -> list:
    """``n`` strings of one to three random "words" of 4 to 9 letters, such as "zqxwo blorfe"."""
    rng = random.Random(seed)
    return [" ".join("".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 9)))
                     for _ in range(rng.randint(1, 3))) for _ in range(n)]


def _top_cosine(snap, spec: str, vec, allowed=None) -> float:
    top = snap.dense(spec, vec, np.ones(snap.n, dtype=bool) if allowed is None else allowed, 1)
    return max(top.values(), default=0.0)


def background(snap, spec: str, encode) -> dict:
    """{"mean", "sd", "threshold", "n"} of the top cosines of :func:`random_queries` for model
    ``spec``; ``encode(texts)`` gives their query vectors. Memoised in the snapshot and its folder."""
    def compute():
        path = snap.path / "background.json"
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        if spec in saved:
            return saved[spec]
        texts = random_queries()
        tops = [_top_cosine(snap, spec, v) for v in encode(texts)]
        mean, sd = statistics.fmean(tops), statistics.pstdev(tops)
        out = {"mean": round(mean, 4), "sd": round(sd, 4), "threshold": round(mean + SIGMAS * sd, 4), "n": len(tops)}
        saved[spec] = out
        try:
            path.write_text(json.dumps(saved, indent=1), encoding="utf-8")
        except OSError:
            pass                      # a read-only build: memoised in memory only
        return out

    return snap.memo(("background", spec), compute)


def clearly_above(snap, vectors: dict, encode_for, allowed) -> bool:
    """Whether some model's top cosine for the query (``vectors``: spec -> vector) over the
    ``allowed`` rows reaches that model's threshold; ``encode_for(spec)`` gives the encoder of
    :func:`background`."""
    for spec, vec in vectors.items():
        if _top_cosine(snap, spec, vec, allowed) >= background(snap, spec, encode_for(spec))["threshold"]:
            return True
    return False
