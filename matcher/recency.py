"""How much a piece of evidence counts for its age.

    recency(c) = 0.5 + 0.5 * 2 ** (-age_days(c) / half_life)      (0.75 for an undated chunk)

the age counted from the reference day: today, or the corpus's newest dated item when that is
older, so that an archive that stopped years ago still has recent and old evidence, and a
future date in bad data does not age everything else.
"""
from __future__ import annotations

import math
from datetime import datetime, timezone

import numpy as np

__all__ = ["UNDATED", "now_days", "newest_day", "reference_day", "recency"]

UNDATED = 0.75     # recency of a chunk without a date: between the newest (1) and the oldest (0.5)


def now_days() -> float:
    """Today, in days since 1970-01-01 (UTC)."""
    return (datetime.now(timezone.utc).replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds() / 86400.0


def newest_day(created_days: np.ndarray) -> float:
    """The newest day of ``created_days`` (NaN: undated), or infinity when none is dated."""
    dated = created_days[~np.isnan(created_days)]
    return float(dated.max()) if dated.size else math.inf


def reference_day(snap) -> float:
    """The day evidence ages from: min(today, newest dated chunk), the newest memoised per build."""
    return min(now_days(), snap.memo("newest_day", lambda: newest_day(snap.created_days)))


def recency(created_days: float, now: float, half_life: float) -> float:
    """0.5 + 0.5 * 2^(-max(0, now - created_days) / half_life); :data:`UNDATED` for NaN."""
    if math.isnan(created_days):
        return UNDATED
    age = max(0.0, now - created_days)
    return 0.5 + 0.5 * 2 ** (-age / half_life)
