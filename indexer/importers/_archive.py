"""Read a zip file or a folder as the same thing: a list of safe relative member names and their bytes.

Zip members are read in memory one at a time (never ``extractall``). Member names that could
escape a folder (absolute, ``..`` components, drive letters, backslashes) are reported as unsafe and
never read; so are members larger than :data:`MAX_MEMBER` bytes.
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path, PurePosixPath

__all__ = ["Archive", "MAX_MEMBER", "unsafe_reason"]

MAX_MEMBER = 256 * 1024 * 1024


def unsafe_reason(name: str) -> str | None:
    """Why a member name is refused, or None when it is a safe relative path."""
    if not name or "\x00" in name:
        return "empty member name or NUL in member name"
    if "\\" in name:
        return "backslash in member name (Windows path); refused"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "absolute member path; refused (path traversal)"
    if any(part == ".." for part in PurePosixPath(name).parts):
        return "'..' in member path; refused (path traversal)"
    return None


class Archive:
    """A zip or a folder. ``members`` maps safe relative POSIX names to zip infos or paths;
    ``refused`` lists ``(name, reason)`` for unsafe ones. Raises ``zipfile.BadZipFile`` for a broken zip."""

    def __init__(self, source: str | Path):
        self.source = Path(source)
        self.members: dict[str, object] = {}
        self.refused: list[tuple[str, str]] = []
        self._zip: zipfile.ZipFile | None = None
        if self.source.is_dir():
            for path in sorted(self.source.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    self.members[path.relative_to(self.source).as_posix()] = path
        else:
            self._zip = zipfile.ZipFile(self.source)
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                reason = unsafe_reason(info.filename)
                if reason:
                    self.refused.append((info.filename, reason))
                elif info.file_size > MAX_MEMBER:
                    self.refused.append((info.filename, f"member is {info.file_size} bytes; the limit is {MAX_MEMBER}"))
                else:
                    self.members[info.filename] = info

    def read(self, name: str) -> bytes:
        """Bytes of one member; raises OSError (with the reason) if it cannot be read."""
        ref = self.members[name]
        if self._zip is None:
            return Path(ref).read_bytes()
        try:
            with self._zip.open(ref) as fh:
                data = fh.read(MAX_MEMBER + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as e:
            raise OSError(f"cannot read this zip member ({e})") from None
        if len(data) > MAX_MEMBER:
            raise OSError(f"member larger than {MAX_MEMBER} bytes")
        return data

    def label(self, name: str) -> str:
        return f"{self.source}:{name}" if self._zip is not None else str(self.source / name)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
