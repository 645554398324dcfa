"""What Savoir says about a person, as they see and steer it (``/me``) and as others see it.

    my_profile(sv, "p1")                 # inferred topics with evidence and state, choices, log
    visible_topics(sv, "p1", access)     # the topics others see: hidden ones and hidden items out

Topics are :func:`matcher.topics.person_topics` of the person's contributions (posts,
documents, profile) that the viewer may see, without the items the person hid; the corpus
statistics (:func:`matcher.topics.topic_stats`) are computed once per loaded build. Declared
topics ("ask me about", "can mentor", "want to learn") are shown as declared and never rank.
"""
from __future__ import annotations

from collections import defaultdict

from indexer.errors import NotFound
from indexer.userdata import profile as choices_db

from . import data
from .privacy import access_for, topic_in
from .topics import Contribution, person_topics, topic_stats

__all__ = ["contributions", "visible_topics", "declared", "my_profile", "N_TOPICS"]

N_TOPICS = 8


def _all(sv) -> dict:
    """person -> [(Contribution, community)], read once per loaded build."""
    def read():
        out = defaultdict(list)
        for person, item, kind, text, lang, date, community in data.all_contributions(sv.store):
            out[person].append((Contribution(item, kind, text or "", lang if lang in ("fr", "en") else "fr",
                                             date), community))
        return dict(out)
    return sv.snapshot().memo(("contributions",), read)


def _stats(sv):
    return sv.snapshot().memo(("topic_stats",), lambda: topic_stats(
        {p: [c for c, _ in cs] for p, cs in _all(sv).items()}))


def contributions(sv, person_id: str, access) -> list[Contribution]:
    """The person's contributions the viewer sees, without the ones the person hid."""
    return [c for c, community in _all(sv).get(person_id, ())
            if access.sees_community(community) and not access.hides_item(person_id, c.item)]


def _topics(sv, person_id: str, access, n: int):
    return person_topics(contributions(sv, person_id, access), n=n, stats=_stats(sv))


def visible_topics(sv, person_id: str, access, n: int = N_TOPICS) -> list[dict]:
    """[{"topic", "count"}] others are shown: hidden topics (and topics that only hidden items
    supported) are out."""
    hidden = [t for p, t in access.hidden_topics if p == person_id]
    shown = []
    for t in _topics(sv, person_id, access, n + len(hidden)):
        if not any(topic_in(h, t.topic) or topic_in(t.topic, h) for h in hidden):
            shown.append({"topic": t.topic, "count": t.count})
    return shown[:n]


def declared(store, person_id: str) -> dict:
    """kind -> topics the person declared ("ask_me", "mentor", "learn")."""
    mine = choices_db.choices(store.conn, person_id)
    return {k: mine[k] for k in choices_db.DECLARED}


def my_profile(sv, person_id: str) -> dict:
    """The signed-in person's own view: inferred topics (with state and evidence items), items
    they hid, declared topics, opt-out (source and choice) and the log of their changes."""
    store = sv.store
    row = data.person(store, person_id)
    if row is None:
        raise NotFound("no such person")
    access = access_for(store, person_id)
    mine = choices_db.choices(store.conn, person_id)
    confirmed, hidden = set(mine["topic_confirmed"]), set(mine["topic_hidden"])
    titles = {c.item: (c.kind, (c.text or "").split("\n", 1)[0][:120]) for c in contributions(sv, person_id, access)}
    topics = []
    for t in _topics(sv, person_id, access, N_TOPICS + len(hidden)):
        state = "hidden" if t.topic in hidden else "confirmed" if t.topic in confirmed else "inferred"
        topics.append({"topic": t.topic, "count": t.count, "state": state,
                       "evidence": [{"item": i, "kind": titles.get(i, ("", ""))[0], "text": titles.get(i, ("", ""))[1]}
                                    for i in t.items[:5]]})
    for h in sorted(hidden - {t["topic"] for t in topics}):   # hidden topics stay listed, to undo
        topics.append({"topic": h, "count": 0, "state": "hidden", "evidence": []})
    return {
        "id": row["id"], "name": row["name"],
        "opted_out": bool(row["opted_out"]) or bool(mine["opted_out"]),
        "opted_out_by_source": bool(row["opted_out"]), "opted_out_by_choice": bool(mine["opted_out"]),
        "topics": topics, "hidden_items": mine["item_hidden"],
        "declared": {k: mine[k] for k in choices_db.DECLARED},
        "log": choices_db.log(store.conn, person_id),
    }
