"""Progress of long steps: a tqdm bar (rate, time left) on an interactive terminal, one line per
step (count and seconds) otherwise, and an optional listener (the index folder's progress file,
which the web page reads while the vectors of the first build are computed)."""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator

__all__ = ["progress"]


@contextmanager
def progress(total: int, desc: str, enabled: bool, listener: Callable[[int, int], None] | None = None,
             unit: str = "chunk") -> Iterator[Callable[[int], None]]:
    """``with progress(n, "embed", show) as tick: ... tick(done_now)``.

    ``listener(done, total)`` is called after every tick. Off a terminal the step prints
    ``desc: done/total units in S s (R/s)`` to stderr when it ends, if ``enabled``."""
    t0 = time.time()
    done = 0
    bar = None
    if enabled and total and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=total, desc=desc, unit=unit, leave=False)

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if bar is not None:
            bar.update(n)
        if listener is not None:
            listener(done, total)

    try:
        yield tick
    finally:
        if bar is not None:
            bar.close()
        if enabled and total and bar is None:
            s = time.time() - t0
            rate = f", {done / s:.1f}/s" if s > 0 and done else ""
            print(f"{desc}: {done:,}/{total:,} {unit}s in {s:.1f} s{rate}", file=sys.stderr, flush=True)
