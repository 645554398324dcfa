"""Real servers and real Chromium for every browser test (tests/web, tests/reliability): the
``browser`` and ``page`` fixtures (registered by tests/conftest.py), ``serving(app)``,
``copy_of(db, folder)`` and ``shot(page, name)``."""
from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@contextmanager
def serving(app):
    """``app`` under waitress on a free loopback port, in a thread; yields its base URL."""
    waitress = pytest.importorskip("waitress")
    srv = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.effective_port}"
    finally:
        srv.close()
        thread.join(timeout=5)


def copy_of(db: Path, folder: Path) -> Path:
    """A copy of the database ``db`` and its index in ``folder``, for a test that writes."""
    copy = folder / db.name
    shutil.copy(db, copy)
    shutil.copytree(str(db) + ".index", str(copy) + ".index", symlinks=True)
    return copy


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-US")
    pg = ctx.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
