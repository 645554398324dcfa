"""Latency of one search mode on a prepared bench database, for comparing two versions of the
code (``python -m bench.query_profile DB MODE`` from each checkout in turn):

    python -m bench.query_profile bench/.work/synth-100000-s7.db threads --ranker hand -n 90
    python -m bench.query_profile bench/.work/synth-100000-s7.db experts --profile

The queries are :func:`bench.figures.make_queries` (distinct, seed fixed), half by member viewers
as ``savoir bench`` times them, after a warm-up; prints wall median and p95 and the CPU time a
query (all threads of the process), and with ``--profile`` the cProfile of a second pass. Not
part of ``savoir bench``: its figures are the bench's.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

__all__ = ["main"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.query_profile", description=__doc__.split("\n\n")[0])
    ap.add_argument("db", type=Path, help="a database prepared by savoir bench (bench/.work/synth-*.db)")
    ap.add_argument("mode", choices=("experts", "threads", "communities"))
    ap.add_argument("--ranker", choices=("stored", "hand"), default="stored",
                    help="experts: the learned model stored with the index (if adopted) or the hand-made ranking")
    ap.add_argument("-n", type=int, default=90, help="queries (default 90)")
    ap.add_argument("--profile", action="store_true", help="print the cProfile of a second pass")
    args = ap.parse_args(argv)
    if not args.db.exists():
        ap.error(f"{args.db}: no such database; run savoir bench first (it prepares bench/.work/synth-*.db)")

    from matcher.api import Savoir

    from .figures import make_queries, settings
    from .latency import time_searches, viewers, warm

    sv = Savoir.open(args.db, settings(ranker="hand") if args.ranker == "hand" else settings())
    warm(sv, (args.mode,))
    people = viewers(sv)
    queries = make_queries(args.n, seed=100003)
    cpu = time.process_time()
    ms = sorted(time_searches(sv, args.mode, queries, people))
    cpu_ms = (time.process_time() - cpu) * 1000 / len(queries)
    p95 = ms[max(0, int(0.95 * len(ms)) - 1)]
    print(f"{args.mode} ({args.ranker}), {len(ms)} queries: median {statistics.median(ms):.1f} ms, "
          f"p95 {p95:.1f} ms, CPU {cpu_ms:.1f} ms a query")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        time_searches(sv, args.mode, queries, people)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
