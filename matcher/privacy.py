"""Who may see what. A search is made on behalf of a viewer: a person id, or None (anonymous).

- People who opted out never appear: not as experts, members, authors or coordinators.
- A private community's content, members and counts are visible only to its members.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Access", "access_for"]


@dataclass(frozen=True)
class Access:
    viewer: str | None
    member_of: frozenset          # communities the viewer belongs to
    hidden: frozenset             # private communities the viewer may not see
    opted_out: frozenset          # people who never appear

    def sees_community(self, community: str | None) -> bool:
        return community is None or community not in self.hidden

    def sees_person(self, person: str | None) -> bool:
        return bool(person) and person not in self.opted_out


def access_for(store, viewer: str | None) -> Access:
    """Read the viewer's memberships and the current privacy settings from the store."""
    member_of: frozenset = frozenset()
    if viewer:
        member_of = frozenset(r[0] for r in store.conn.execute(
            "SELECT community FROM memberships WHERE person = ?", (viewer,)))
    private = {r[0] for r in store.conn.execute("SELECT id FROM communities WHERE visibility = 'private'")}
    opted_out = frozenset(r[0] for r in store.conn.execute("SELECT id FROM people WHERE opted_out = 1"))
    return Access(viewer, member_of, frozenset(private - member_of), opted_out)
