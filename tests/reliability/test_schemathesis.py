"""Schemathesis against /api/openapi.json (slow): generated requests for every operation of the
document, positive and negative, through the WSGI app; no 5xx, errors are JSON with a message.

    .venv/bin/pip install schemathesis   # not a project dependency yet
    .venv/bin/python -m pytest -m slow tests/reliability/test_schemathesis.py
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_operations_never_fail(case):
    r = case.call()
    assert r.status_code < 500, (case.method, case.formatted_path, case.query, case.body, r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert r.json().get("error"), r.text[:300]
