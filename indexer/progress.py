"""Progress of long steps: a tqdm bar (rate, time left) on an interactive terminal, one line per
step (count and seconds) otherwise, and an optional listener (the index folder's progress file,
which the web page reads while the vectors of the first build are computed)."""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator, Sequence, TypeVar

__all__ = ["each", "progress"]

T = TypeVar("T")


def _plural(unit: str) -> str:
    return unit[:-1] + "ies" if unit.endswith("y") else unit + "s"


@contextmanager
def progress(total: int | None, desc: str, enabled: bool, listener: Callable[[int, int], None] | None = None,
             unit: str = "chunk") -> Iterator[Callable[[int], None]]:
    """``with progress(n, "embed", show) as tick: ... tick(done_now)``.

    ``total`` None: a step whose size is known only at its end (an import reading a dump): the
    bar then shows the count and the rate, no time left. ``listener(done, total)`` is called
    after every tick. Off a terminal the step prints ``desc: done/total units in S s (R/s)``
    (``desc: done units in S s (R/s)`` without a total) to stderr when it ends, if ``enabled``;
    a step with a total of 0 prints nothing."""
    t0 = time.time()
    done = 0
    bar = None
    shown = enabled and total != 0
    if shown and sys.stderr.isatty():
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
        if shown and bar is None:
            s = time.time() - t0
            rate = f", {done / s:.1f}/s" if s > 0 and done else ""
            count = f"{done:,}" if total is None else f"{done:,}/{total:,}"
            units = unit if (done if total is None else total) == 1 else _plural(unit)
            print(f"{desc}: {count} {units} in {s:.1f} s{rate}", file=sys.stderr, flush=True)


def each(items: Sequence[T], desc: str, enabled: bool, unit: str = "item") -> Iterator[T]:
    """``for x in each(xs, "features", show, unit="question"):`` -- :func:`progress` over a loop,
    one tick per item (the step ends, and its line is printed, when the loop does)."""
    with progress(len(items), desc, enabled, unit=unit) as tick:
        for x in items:
            yield x
            tick(1)
