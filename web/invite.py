"""mailto: links with a prefilled subject and body, for invitations and "how to join" contacts.

Built here, in the viewer's language; a shared contact-link helper may replace it later.
"""
from __future__ import annotations

from urllib.parse import quote

__all__ = ["mailto", "invite_link", "join_link"]


def mailto(address: str, subject: str, body: str = "") -> str:
    """``mailto:address?subject=...&body=...`` (RFC 6068: percent-encoded, spaces as %20)."""
    query = "subject=" + quote(subject, safe="")
    if body:
        query += "&body=" + quote(body, safe="")
    return f"mailto:{quote(address, safe='@.+-_')}?{query}"


def invite_link(t, lang: str, address: str, community: dict, name: str) -> str:
    """An invitation to join the core group of ``community`` (translated texts from ``t``)."""
    return mailto(address, t("leader.invite_subject", lang, community=community["name"]),
                  t("leader.invite_body", lang, name=name, community=community["name"],
                    join=community.get("how_to_join") or ""))


def join_link(t, lang: str, address: str, community_name: str) -> str:
    """A newcomer's message to a community's coordinator."""
    return mailto(address, t("newcomer.join_subject", lang, community=community_name),
                  t("newcomer.join_body", lang, community=community_name))
