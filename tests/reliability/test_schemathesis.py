"""Schemathesis against /api/openapi.json (slow): requests generated from the document for every
operation, positive (valid per the schema) and negative (violating it), sent through the WSGI
app; no 5xx, and every error is JSON with a message.

    .venv/bin/python -m pytest -m slow tests/reliability/test_schemathesis.py

The strategies are drawn with Hypothesis directly (``schema.as_strategy``) rather than through
schemathesis' pytest plugin, which does not support pytest 9 yet.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_api_operations_never_fail(app, mode):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 5, "the OpenAPI document lists the API's operations"
    strategy = schema.as_strategy(generation_mode=schemathesis.GenerationMode(mode))
    seen = set()

    @given(case=strategy)
    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        seen.add(case.operation.label)
        r = case.call()
        assert r.status_code < 500, (case.method, case.formatted_path, case.query, case.body, r.status_code, r.text[:300])
        if r.status_code >= 400:
            assert r.json().get("error"), r.text[:300]

    check()
    print(mode, len(operations), 'operations,', len(seen), 'exercised')
    assert len(seen) >= len(operations) // 2, f"only {sorted(seen)} of {len(operations)} operations were exercised"
