"""Demo sign-in: on only on loopback without the proxy header, marked on every page, CSRF-safe,
and the signed-in person is the viewer of every search (privacy follows)."""
from __future__ import annotations

import re

import pytest

from indexer.settings import Settings, SettingsError


def demo_app(app_factory, **settings):
    return app_factory(trust_user_header=False, demo_signin=True, **settings)


def token(client, path="/signin") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(client, person: str):
    resp = client.post("/signin", data={"person": person, "csrf": token(client)})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return resp


@pytest.mark.parametrize("bad", [{"host": "0.0.0.0"}, {"host": "10.1.2.3"}, {"trust_user_header": True}])
def test_settings_refuse_the_demo_off_loopback_or_with_the_proxy_header(bad):
    with pytest.raises(SettingsError, match="demo_signin"):
        Settings(**{"trust_user_header": False, "demo_signin": True, **bad})


def test_app_creation_refuses_a_replaced_unsafe_setting(web_db):
    import dataclasses

    from web import create_app

    s = Settings(model="hash")
    web = dataclasses.replace(s.web, demo_signin=True)
    object.__setattr__(web, "host", "0.0.0.0")          # bypasses the section's own check
    object.__setattr__(s, "web", web)
    with pytest.raises(SettingsError, match="demo_signin"):
        create_app(settings=s, db_path=web_db, test_config={"TESTING": True, "WARMUP": False})


def test_signin_is_refused_when_off_and_from_a_remote_client(app_factory):
    off = app_factory(trust_user_header=False).test_client()
    resp = off.get("/signin")
    assert resp.status_code == 403 and "demo_signin" in resp.get_data(as_text=True)
    assert off.post("/signin", data={"person": "p1"}).status_code == 403
    on = demo_app(app_factory).test_client()
    resp = on.get("/signin", environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert resp.status_code == 403 and "non-loopback" in resp.get_data(as_text=True)


def test_banner_sign_in_and_out(app_factory):
    c = demo_app(app_factory).test_client()
    html = c.get("/").get_data(as_text=True)
    assert 'id="demo-banner"' in html and "not signed in" in html
    page = c.get("/signin?q=léa").get_data(as_text=True)
    assert "Léa Martin" in page and "Tom Baker" not in page
    sign_in(c, "p1")
    for path in ("/", "/programme", "/people/p2"):
        assert "Demo: signed in as Léa Martin" in c.get(path).get_data(as_text=True), path
    c.post("/signout", data={"csrf": token(c, "/")})
    assert "not signed in" in c.get("/").get_data(as_text=True)


def test_posts_without_the_form_token_are_refused_and_cookie_is_strict(app_factory):
    c = demo_app(app_factory).test_client()
    c.get("/signin")
    assert c.post("/signin", data={"person": "p1"}).status_code == 403
    assert c.post("/signin", data={"person": "p1", "csrf": "forged"}).status_code == 403
    resp = c.post("/signin", data={"person": "p1", "csrf": token(c)})
    cookie = resp.headers.get("Set-Cookie", "")
    assert "SameSite=Strict" in cookie and "HttpOnly" in cookie
    assert c.post("/signin", data={"person": "nobody", "csrf": token(c)}).status_code == 400


def test_the_demo_viewer_sees_their_private_community(app_factory):
    c = demo_app(app_factory).test_client()
    q = "/api/search?q=réorganisation+atelier&mode=communities"
    assert "c-secret" not in [r["id"] for r in c.get(q).get_json()["results"]]
    sign_in(c, "p7")                                     # Hugo Lefort, sponsor of c-secret
    assert "c-secret" in [r["id"] for r in c.get(q).get_json()["results"]]
    assert c.get("/communities/c-secret").status_code == 200


def test_a_session_cookie_is_ignored_when_the_proxy_header_is_trusted(app_factory):
    demo = demo_app(app_factory, secret_key="k" * 32)
    c = demo.test_client()
    sign_in(c, "p7")
    prod = app_factory(trust_user_header=True, secret_key="k" * 32)
    p = prod.test_client()
    p.set_cookie("savoir_session", c.get_cookie("savoir_session").value)
    assert "c-secret" not in [r["id"] for r in p.get(
        "/api/search?q=réorganisation+atelier&mode=communities").get_json()["results"]]
