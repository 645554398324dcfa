"""bench.query_profile: one mode's latency on a prepared bench database."""
from __future__ import annotations

import re

import pytest


def test_query_profile_times_a_mode_on_a_prepared_database(tmp_path, capsys):
    from bench.query_profile import main
    from bench.run import prepare

    db, _ = prepare(tmp_path, 300, seed=3, log=lambda m: None)
    main([str(db), "threads", "--ranker", "hand", "-n", "4", "--profile"])
    out = capsys.readouterr().out
    m = re.search(r"threads \(hand\), 4 queries: median ([\d.]+) ms, p95 ([\d.]+) ms, CPU ([\d.]+) ms", out)
    assert m and 0 < float(m.group(1)) <= float(m.group(2))
    assert "search_items" in out          # the profile of the second pass


def test_query_profile_names_a_missing_database(tmp_path, capsys):
    from bench.query_profile import main

    with pytest.raises(SystemExit) as e:
        main([str(tmp_path / "none.db"), "experts"])
    assert e.value.code == 2 and "none.db: no such database" in capsys.readouterr().err
