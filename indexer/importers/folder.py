"""Import a folder tree of documents: ``.md``/``.markdown``, ``.txt``, ``.html``/``.htm``, ``.pdf``, ``.docx``.

* id: ``folder:<folder name>/<relative path>`` (stable across re-imports of the same tree);
* title: front matter ``title`` (Markdown), first ``#`` heading (Markdown), ``<title>``/first
  ``<h1>`` (HTML), PDF or DOCX metadata title, else the file name;
* body: Markdown kept as is (front matter removed), text as is, HTML converted to text, PDF text
  per page (pypdf), DOCX paragraphs and tables (python-docx; headings become ``#`` lines);
* authors: front matter ``authors``/``author``, ``<meta name="author">``, PDF ``/Author`` or
  DOCX ``core_properties.author`` (several separated by ``;``, ``,`` or `` and ``), matched to
  known people by e-mail or person id, alias or exact name; an unknown e-mail creates the person
  ``folder:<email>``; an unknown bare name is left out;
* dates: front matter ``created``/``updated``, PDF/DOCX metadata; kind: front matter ``kind``
  (default ``guide``); language: front matter ``language``, else left to detection;
* community: ``community`` when given, else front matter ``community``, else the first sub-folder:
  an existing community whose id or name is that folder's name, or a new one ``folder:<slug>``.

Hidden files and other extensions are ignored; unreadable files (bad PDF, broken DOCX, undecodable
text, empty text) are reported as problems and skipped. ``pypdf`` and ``python-docx`` are imported
only when a PDF or DOCX file is met.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any, Callable

from ..corpus import ImportReport, parse_front_matter
from ..errors import BadInput
from ..records import RecordError
from ..store import Store
from ._common import Session, SourceError, slug
from ._text import html_to_text

__all__ = ["import_folder", "EXTENSIONS"]

EXTENSIONS = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
MAX_FILE = 200 * 1024 * 1024
_HEADING = re.compile(r"^#{1,3}\s+(.+?)\s*#*\s*$", re.M)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|\bet\b|&)\s*")


class Unreadable(BadInput):
    """A file that cannot be turned into a document; the message says why."""


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _date(value: Any) -> str | None:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = re.match(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?", value)  # PDF date
        if m:
            y, mo, d, h, mi, s = (int(x) if x else dflt for x, dflt in zip(m.groups(), (0, 1, 1, 0, 0, 0)))
            try:
                return _dt.datetime(y, mo, d, h, mi, s).isoformat()
            except ValueError:
                return None
        return value.strip() or None
    return None


def _markdown(path: Path, data: bytes) -> dict:
    text = _decode(data)
    meta: dict = {}
    if text.startswith("---"):
        try:
            meta = parse_front_matter(text, str(path))
        except RecordError as e:
            raise Unreadable(f"front matter: {e.problem}") from None
        body = meta.pop("body")
    else:
        body = text.strip()
    if not meta.get("title"):
        m = _HEADING.search(body)
        if m:
            meta["title"] = m.group(1).strip()
    meta["body"] = body
    return meta


def _html(path: Path, data: bytes) -> dict:
    text = _decode(data)
    meta: dict = {}
    m = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I) or re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I)
    if m:
        meta["title"] = html_to_text(m.group(1)).replace("\n", " ").strip()
    a = re.search(r"<meta\s+[^>]*name=[\"']author[\"'][^>]*content=[\"']([^\"']*)[\"']", text, re.I)
    if a:
        meta["authors"] = a.group(1)
    lang = re.search(r"<html[^>]*\blang=[\"']([A-Za-z]{2})", text, re.I)
    if lang:
        meta["language"] = lang.group(1).lower()
    body = re.sub(r"<title[^>]*>.*?</title>", "", text, flags=re.S | re.I)
    meta["body"] = html_to_text(body)
    return meta


def _pdf(path: Path, data: bytes) -> dict:
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several classes here
                raise Unreadable("encrypted PDF; export it without a password") from None
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
    except Unreadable:
        raise
    except Exception as e:  # noqa: BLE001 - pypdf raises many exception classes on broken files
        raise Unreadable(f"not a readable PDF ({type(e).__name__}: {e})") from None
    meta: dict = {"body": "\n\n".join(p for p in pages if p)}
    for key, field in (("/Title", "title"), ("/Author", "authors"), ("/CreationDate", "created"), ("/ModDate", "updated")):
        try:
            value = info.get(key)
        except Exception:  # noqa: BLE001
            value = None
        if value:
            meta[field] = _date(str(value)) if field in ("created", "updated") else str(value).strip()
    return meta


def _docx(path: Path, data: bytes) -> dict:
    import io

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = []
        for para in document.paragraphs:
            text = para.text.strip()
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            if style.lower().startswith(("heading", "titre")):
                level = re.findall(r"\d", style)
                lines.append("#" * (int(level[0]) if level else 1) + " " + text)
            else:
                lines.append(text)
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(c.text.strip() for c in row.cells))
        props = document.core_properties
        meta: dict = {"body": "\n\n".join(lines)}
        if props.title:
            meta["title"] = props.title.strip()
        if props.author:
            meta["authors"] = props.author
        if props.created:
            meta["created"] = _date(props.created)
        if props.modified:
            meta["updated"] = _date(props.modified)
        if props.language:
            meta["language"] = props.language.split("-")[0].lower()
    except Exception as e:  # noqa: BLE001 - python-docx/lxml/zipfile raise many classes on broken files
        raise Unreadable(f"not a readable DOCX ({type(e).__name__}: {e})") from None
    return meta


READERS: dict[str, Callable[[Path, bytes], dict]] = {
    ".md": _markdown, ".markdown": _markdown, ".txt": lambda p, d: {"body": _decode(d).strip()},
    ".html": _html, ".htm": _html, ".pdf": _pdf, ".docx": _docx,
}


def import_folder(store: Store, source: str | Path, community: str | None = None,
                  progress: Callable[[int], Any] | None = None) -> ImportReport:
    """Import every supported document under ``source`` in one transaction; see the module docstring."""
    source = Path(source)
    if not source.is_dir():
        raise SourceError(f"{source}: not a folder; give a folder of .md, .txt, .html, .pdf and .docx files")
    report = ImportReport()
    session = Session(store, report, progress)
    communities: dict[str, str | None] = {}
    with store.transaction():
        if community:
            session.ensure_community(community, community, str(source), source="folder")
        for path in sorted(source.rglob("*")):
            rel = path.relative_to(source)
            if any(part.startswith((".", "~$")) for part in rel.parts) or path.suffix.lower() not in READERS:
                continue
            if not path.is_file() or path.is_symlink():
                continue
            _document(session, source, path, rel, community, communities)
    return report


def _document(session: Session, source: Path, path: Path, rel: Path, community, communities) -> None:
    where = str(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise Unreadable(f"larger than {MAX_FILE} bytes")
        meta = READERS[path.suffix.lower()](path, path.read_bytes())
    except OSError as e:
        session.problem(where, None, "file", f"cannot read ({e.strerror or e})")
        return
    except Unreadable as e:
        session.problem(where, None, "file", str(e))
        return
    body = meta.get("body") or ""
    if not isinstance(body, str) or not body.strip():
        session.problem(where, None, "body", "no text could be extracted (scanned PDF? empty file?); skipped")
        return
    authors_raw = meta.get("authors", meta.get("author"))
    if isinstance(authors_raw, (str, int)):
        authors_raw = [a for a in _AUTHOR_SPLIT.split(str(authors_raw)) if a]
    elif not isinstance(authors_raw, list):
        authors_raw = []
    authors = [a for a in (_author(session, str(x), where) for x in (authors_raw or []) if isinstance(x, (str, int))) if a]
    cid = community or (meta.get("community") if isinstance(meta.get("community"), str) else None)
    if not cid and len(rel.parts) > 1:
        cid = _folder_community(session, rel.parts[0], where, communities)
    title = meta.get("title") if isinstance(meta.get("title"), str) and meta["title"].strip() else \
        re.sub(r"[_-]+", " ", path.stem).strip() or path.name
    raw = {"id": f"folder:{source.name}/{rel.as_posix()}", "title": title, "kind": meta.get("kind") or "guide",
           "community": cid, "authors": list(dict.fromkeys(authors)), "created": meta.get("created"),
           "updated": meta.get("updated"), "language": meta.get("language"), "body": body,
           "path": rel.as_posix(), "source": "folder"}
    if isinstance(meta.get("id"), (str, int)) and str(meta["id"]).strip():
        raw["id"] = str(meta["id"]).strip()
    for key in ("created", "updated"):
        if raw[key] is not None and not isinstance(raw[key], str):
            raw[key] = _date(raw[key])
    session.put("document", raw, where)


def _author(session: Session, text: str, where: str) -> str | None:
    text = text.strip().strip("<>").strip()
    if not text:
        return None
    m = re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text)
    if m:
        email = m.group(0).lower()
        pid = session.store.resolve_person(email=email)
        if pid:
            return pid
        name = text.replace(m.group(0), "").strip(" <>()\"'") or email.split("@")[0]
        return session.put_person({"id": f"folder:{email}", "name": name, "email": email, "source": "folder"}, where)
    row = session.store.one("SELECT id FROM people WHERE id = ?", (text,))
    if row:
        return row["id"]
    pid = session.store.resolve_person(aliases=[text])
    if pid:
        return pid
    rows = session.store.query("SELECT id FROM people WHERE lower(name) = lower(?) LIMIT 2", (text,))
    return rows[0]["id"] if len(rows) == 1 else None


def _folder_community(session: Session, folder: str, where: str, cache: dict) -> str | None:
    if folder in cache:
        return cache[folder]
    own = f"folder:{slug(folder)}"
    row = session.store.one("SELECT id FROM communities WHERE (id = ? OR lower(name) = lower(?)) AND id != ?"
                            " ORDER BY id = ? DESC LIMIT 1", (folder, folder, own, folder))
    cid = row["id"] if row else session.ensure_community(own, folder, where, source="folder")
    cache[folder] = cid
    return cid
