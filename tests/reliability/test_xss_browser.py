"""Planted <script> and <img onerror> in a thread title, a person's name and a community name
render as visible text in a real browser; no dialog ever fires."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.browser import CHROMIUM, serving

from .conftest import XSS_COMMUNITY, XSS_NAME, XSS_TITLE

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")]


def test_planted_markup_is_shown_as_text_and_never_runs(app, page):
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    with serving(app) as server:
        checks = [
            (f"/search?q={quote('vanne papillon grippée')}&tab=threads", XSS_TITLE),
            (f"/search?q={quote('vanne papillon')}&tab=experts", "Zoé"),
            ("/people/p10", XSS_NAME),
            ("/communities/c-html", XSS_COMMUNITY),
            ("/programme", XSS_COMMUNITY),
            (f"/search?q={quote('<img src=x onerror=alert(9)>')}", "<img src=x onerror=alert(9)>"),
        ]
        for path, text in checks:
            page.goto(server + path, wait_until="load")
            page.wait_for_timeout(300)
            body = page.inner_text("body")
            assert text in body or text in page.content().replace("&lt;", "<").replace("&gt;", ">"), path
            assert page.locator("img[src=x]").count() == 0, path
            assert page.locator("svg[onload]").count() == 0 and page.locator("iframe").count() == 0, path
        # the as-you-type search renders results with script too: type the hostile title
        page.goto(server + "/", wait_until="load")
        box = page.locator("input[name=q]").first
        box.fill("vanne papillon grippée")
        page.wait_for_timeout(1500)
        assert page.locator("img[src=x]").count() == 0
    assert dialogs == [], dialogs
    assert not [e for e in errors if "alert" in e], errors
