"""Progress bars for long index builds: a tqdm bar on an interactive terminal, nothing otherwise."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

__all__ = ["progress"]


@contextmanager
def progress(total: int, desc: str, enabled: bool) -> Iterator[Callable[[int], None]]:
    """``with progress(n, "embed", show) as tick: ... tick(done_now)``."""
    if not enabled or not sys.stderr.isatty():
        yield lambda n: None
        return
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, unit="chunk", leave=False)
    try:
        yield bar.update
    finally:
        bar.close()
