"""Notifications and escalation: the outbox, its delivery by SMTP, and unanswered questions sent
to their community's coordinator.

    message(store, "p3", "asked", qid, title)     # its texts, queued by the write (indexer.userdata)
    run(store, settings, now=datetime(...))       # escalate, then deliver; -> {"escalated", "sent"}

Delivery happens only when ``settings.routing.smtp_host`` is set; otherwise messages stay in the
outbox. Each person chooses (``routing_prefs.notify``) ``immediate`` (one mail per message),
``digest`` (one mail a day with everything pending) or ``off`` (marked delivered, never sent).
``now`` is injectable everywhere so that escalation and digests are testable on a fake clock.
"""
from __future__ import annotations

import datetime as _dt
import smtplib
from email.message import EmailMessage

from indexer.userdata import outbox, questions
from indexer.userdata.outbox import Message

__all__ = ["message", "escalate", "deliver", "run"]

TEXTS = {
    "en": {"asked": ("Savoir: a question for you", "You were asked: {title}\nAnswer, refer or pass in your Savoir inbox."),
           "answered": ("Savoir: your question has an answer", "Someone answered: {title}"),
           "accepted": ("Savoir: your answer was accepted", "Your answer solved: {title}"),
           "escalated": ("Savoir: an unanswered question in your community",
                         "Nobody has answered yet: {title}\nIt is in your Savoir inbox."),
           "digest": "Savoir: {n} notifications"},
    "fr": {"asked": ("Savoir : une question pour vous",
                     "On vous demande : {title}\nRépondez, orientez ou passez dans votre boîte Savoir."),
           "answered": ("Savoir : votre question a une réponse", "Quelqu'un a répondu : {title}"),
           "accepted": ("Savoir : votre réponse a été acceptée", "Votre réponse a résolu : {title}"),
           "escalated": ("Savoir : une question sans réponse dans votre communauté",
                         "Personne n'a encore répondu : {title}\nElle est dans votre boîte Savoir."),
           "digest": "Savoir : {n} notifications"},
}


def _stamp(now: _dt.datetime | None) -> str:
    now = now or _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    return now.replace(microsecond=0).isoformat()


def _lang(store, person: str) -> str:
    row = store.one("SELECT languages FROM people WHERE id = ?", (person,))
    return "fr" if row and (row["languages"] or "").startswith('["fr"') else "en"


def message(store, person: str, kind: str, question: str, title: str) -> Message:
    """The notification ``kind`` about ``question`` (its ``title``) for ``person``, in their language."""
    subject, body = TEXTS[_lang(store, person)][kind]
    return Message(person, kind, question, subject, body.format(title=title or ""))


def escalate(store, settings, now: _dt.datetime | None = None) -> list[str]:
    """Route each open question without an answer after ``escalate_after_hours`` to its
    community's coordinator (reason ``escalated``), once; returns the escalated question ids."""
    stamp = _stamp(now)
    limit = _stamp((now or _dt.datetime.fromisoformat(stamp)) - _dt.timedelta(hours=settings.routing.escalate_after_hours))
    due = store.query(
        "SELECT q.id, q.asker, q.title, c.coordinator FROM questions q LEFT JOIN communities c ON c.id = q.community"
        " WHERE q.status = 'open' AND q.escalated_at IS NULL AND q.created_at <= ?"
        " AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.question = q.id) ORDER BY q.created_at", (limit,))
    to: dict[str, str | None] = {}
    messages = []
    for q in due:
        coord = q["coordinator"]
        ok = coord and coord != q["asker"] and store.one(
            "SELECT 1 AS x FROM people WHERE id = ? AND coalesce(opted_out, 0) = 0", (coord,))
        to[q["id"]] = coord if ok else None
        if ok:
            messages.append(message(store, coord, "escalated", q["id"], q["title"]))
    questions.escalate(store, to, stamp, messages)
    return list(to)


def _send(settings, to: str, subject: str, body: str) -> None:
    r = settings.routing
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = r.smtp_from, to, subject
    msg.set_content(body)
    with smtplib.SMTP(r.smtp_host, r.smtp_port, timeout=30) as smtp:
        smtp.send_message(msg)


def deliver(store, settings, now: _dt.datetime | None = None) -> int:
    """Send the pending outbox by SMTP (nothing when no ``smtp_host`` is set); returns mails sent.
    A message is marked sent only after the server accepted it, so a failure retries next run."""
    if not settings.routing.smtp_host:
        return 0
    stamp = _stamp(now)
    day_ago = _stamp(_dt.datetime.fromisoformat(stamp) - _dt.timedelta(days=1))
    pending = store.query("SELECT o.*, p.email, coalesce(r.notify, 'immediate') AS mode FROM outbox o"
                          " LEFT JOIN people p ON p.id = o.person LEFT JOIN routing_prefs r ON r.person = o.person"
                          " WHERE o.sent_at IS NULL ORDER BY o.id")
    by_person: dict[str, list] = {}
    for m in pending:
        by_person.setdefault(m["person"], []).append(m)
    sent = 0
    for person, msgs in by_person.items():
        mode, email = msgs[0]["mode"], msgs[0]["email"]
        if mode == "off" or not email:
            outbox.mark_sent(store, [m["id"] for m in msgs], stamp)
            continue
        if mode == "digest":
            last = store.one("SELECT sent_at FROM digests WHERE person = ?", (person,))
            if last and last["sent_at"] > day_ago:
                continue
            subject = TEXTS[_lang(store, person)]["digest"].format(n=len(msgs))
            _send(settings, email, subject, "\n\n".join(f"{m['subject']}\n{m['body']}" for m in msgs))
            outbox.mark_sent(store, [m["id"] for m in msgs], stamp, digest_of=person)
            sent += 1
            continue
        for m in msgs:
            _send(settings, email, m["subject"], m["body"])
            outbox.mark_sent(store, [m["id"]], stamp)
            sent += 1
    return sent


def run(store, settings, now: _dt.datetime | None = None) -> dict:
    """Escalate overdue questions, then deliver the outbox (what `savoir notify` does)."""
    escalated = escalate(store, settings, now)
    return {"escalated": escalated, "sent": deliver(store, settings, now)}
