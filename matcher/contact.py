"""How to reach a person: a mailto link (with a subject naming the question when there is one)
and a chat link from the ``web.chat_url`` template, built from the person's e-mail address.

    contact_links("lea.martin@tiny.example", "Question: pump cavitation", "https://chat.example/?u={email}")
    # -> {"email": "lea.martin@tiny.example",
    #     "mailto": "mailto:lea.martin@tiny.example?subject=Question%3A%20pump%20cavitation",
    #     "chat": "https://chat.example/?u=lea.martin%40tiny.example"}

An opted-out person has no contact (:func:`person_contact` answers None): they never appear.
"""
from __future__ import annotations

from urllib.parse import quote

__all__ = ["contact_links", "person_contact"]


def _plausible(email: str | None) -> bool:
    """One address, no spaces or header separators (a subject is appended with "?")."""
    if not email or len(email) > 254:
        return False
    local, at, domain = email.partition("@")
    return bool(at and local and "." in domain) and not any(c in email for c in " \t\r\n,;?&<>\"'")


def contact_links(email: str | None, subject: str | None = None, chat_url: str = "") -> dict | None:
    """{"email", "mailto", "chat"} for an address, or None when there is no usable address."""
    if not _plausible(email):
        return None
    mailto = "mailto:" + quote(email, safe="@.+-_")
    if subject:
        mailto += "?subject=" + quote(" ".join(subject.split())[:200], safe="")
    chat = chat_url.replace("{email}", quote(email, safe="")) if chat_url else None
    return {"email": email, "mailto": mailto, "chat": chat}


def person_contact(store, access, person_id: str | None, subject: str | None = None, chat_url: str = "") -> dict | None:
    """The contact links of a person the viewer may see (None for an opted-out or unknown person)."""
    if not person_id or not access.sees_person(person_id):
        return None
    row = store.one("SELECT email, opted_out FROM people WHERE id = ?", (person_id,))
    if row is None or row["opted_out"]:
        return None
    return contact_links(row["email"], subject, chat_url)
