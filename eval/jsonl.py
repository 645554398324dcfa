"""JSON-lines files of the evaluation sets (BEIR ``corpus.jsonl`` / ``queries.jsonl``, the bundled
corpus's ``queries/*.jsonl``): one object a line, blank lines skipped, a bad line named by file
and line number."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

__all__ = ["json_lines"]


def json_lines(path: Path, error: type[Exception]) -> Iterator[tuple[int, object]]:
    """(line number, object) of each non-blank line of ``path``; ``error("file:line: ...")`` for
    a line that is not JSON."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise error(f"{path}:{n}: {e.msg}; each line must be one JSON object") from None
            yield n, obj
