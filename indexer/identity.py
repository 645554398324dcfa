"""Where the demo sign-in may run: on this machine only, and never beside production identity.

The web settings refuse ``demo_signin`` when these say no (indexer.settings.WebSettings), and
the web app checks again per request (web.demo).
"""
from __future__ import annotations

__all__ = ["is_loopback", "demo_refusal"]


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: an address only this machine reaches."""
    import ipaddress

    if (host or "").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address((host or "").strip("[]")).is_loopback
    except ValueError:
        return False


def demo_refusal(web) -> str | None:
    """Why the demo sign-in may not be on with these web settings, or None when it may."""
    if not web.demo_signin:
        return None
    if web.trust_user_header:
        return ("demo_signin: refused while trust_user_header is on (identity comes from the proxy); "
                "turn one of them off")
    if not is_loopback(web.host):
        return (f"demo_signin: refused on the non-loopback address host={web.host!r}; anyone reaching it could "
                f"sign in as anyone; listen on 127.0.0.1 or turn demo_signin off")
    return None
