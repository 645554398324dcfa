"""The one base of Savoir's errors, for the CLI, the web app and the evaluation to catch.

Every error Savoir raises on purpose is a :class:`SavoirError`; its message says what is wrong
and where (file, line, field), and ``hint`` (when given) what to do about it. The command line
prints ``message`` then ``hint``; the web layer answers with both in the JSON body. The
subclasses live beside the code that raises them (``indexer.records.RecordError``,
``matcher.index.IndexMissing``, ...) and say which kind of fix is needed by their name.
"""
from __future__ import annotations

__all__ = ["SavoirError", "BadInput", "NotFound", "Forbidden"]


class SavoirError(Exception):
    """An error whose message names the problem and, through ``hint``, the fix."""

    #: what a user does about this kind of error, when the message alone does not say it
    hint: str = ""

    def __init__(self, message: str = "", *, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def full(self) -> str:
        """The message followed by the hint (what the command line prints)."""
        msg = str(self)
        return f"{msg}\n  hint: {self.hint}" if self.hint else msg


class BadInput(SavoirError, ValueError):
    """Input that cannot be used as given: a parameter, a setting, a record, a file."""


class NotFound(SavoirError, LookupError):
    """Nothing of that id the viewer may see (a missing item and a hidden one look the same)."""


class Forbidden(SavoirError, PermissionError):
    """Something the viewer may see exists but is not theirs to use (a community leader's tools)."""
