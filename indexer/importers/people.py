"""Import a staff directory export (CSV or JSON) and merge it with the people already known.

Accepted input:

* CSV (``.csv``, ``.tsv`` or ``.txt``), comma, semicolon or tab separated, UTF-8 (with or without
  BOM) or Windows-1252, one header row;
* JSON (``.json``): a list of objects, or an object with one of the keys ``people``, ``employees``,
  ``users`` or ``staff`` holding that list; JSON Lines (``.jsonl``) with one object per line.

Columns / keys (case-insensitive, French or English): ``id``/``employee_id``/``employee_number``/
``matricule``; ``name``/``full_name``/``nom complet`` (or ``first_name`` + ``last_name`` /
``prénom`` + ``nom``); ``email``/``mail``/``courriel``; ``title``/``job_title``/``poste``/``fonction``;
``department``/``dept``/``service``/``département``; ``site``/``location``/``office``/``localisation``;
``languages``/``langues`` (separated by ``;``, ``,`` or ``|``); ``manager``/``manager_email``/
``manager_id``/``responsable`` (an e-mail, an employee number or a name). Other columns go to
``extra``.

Each row becomes the person ``directory:<employee number>`` (or ``directory:<email>``) unless a
person with the same e-mail, alias or external id is already known: then that person is updated.
The directory is authoritative: its non-empty values replace those of other sources, aliases and
external ids are added, nothing is removed. The file is read twice (ids first, so that a manager
listed after their reports still resolves). Problem positions are CSV line numbers or 1-based
indices in the JSON list.
"""
from __future__ import annotations

import codecs
import csv
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterator

from ..corpus import ImportReport
from ..store import Store
from ._common import Session, SourceError

__all__ = ["import_people", "COLUMNS"]

COLUMNS: dict[str, tuple[str, ...]] = {
    "external": ("id", "employee_id", "employee_number", "employee_no", "emp_id", "matricule", "staff_id", "personnel_number"),
    "name": ("name", "full_name", "fullname", "display_name", "nom_complet", "nom_prenom"),
    "first": ("first_name", "firstname", "given_name", "prenom", "prénom"),
    "last": ("last_name", "lastname", "surname", "family_name", "nom"),
    "email": ("email", "e-mail", "mail", "courriel", "email_address", "work_email"),
    "title": ("title", "job_title", "jobtitle", "position", "poste", "fonction", "intitule_poste"),
    "department": ("department", "dept", "service", "departement", "département", "direction", "team", "equipe", "équipe"),
    "location": ("site", "location", "office", "localisation", "lieu", "city", "ville"),
    "languages": ("languages", "language", "langues", "langue"),
    "manager": ("manager", "manager_email", "manager_id", "responsable", "n+1", "supervisor", "reports_to"),
    "skills": ("skills", "competences", "compétences", "expertise"),
}
_LOOKUP = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
_SPLIT = re.compile(r"\s*[;,|/]\s*")


def _norm(col: Any) -> str:
    return re.sub(r"[\s.]+", "_", str(col).strip().lower()).strip("_")


def _rows(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield (position, row object) from a CSV, JSON or JSON Lines file; raises ValueError for a bad file."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig", errors="replace"))
        except (json.JSONDecodeError, RecursionError) as e:
            raise ValueError(f"not valid JSON ({e})") from None
        if isinstance(data, dict):
            data = next((data[k] for k in ("people", "employees", "users", "staff") if isinstance(data.get(k), list)), None)
        if not isinstance(data, list):
            raise ValueError("expected a JSON list of people, or an object with a 'people' list")
        yield from enumerate(data, start=1)
        return
    if suffix == ".jsonl":
        with path.open("rb") as fh:
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        yield n, json.loads(line.decode("utf-8", errors="replace"))
                    except (json.JSONDecodeError, RecursionError) as e:
                        yield n, ValueError(f"not valid JSON ({e.msg if hasattr(e, 'msg') else e})")
        return
    encoding = _encoding(path)
    with path.open("r", encoding=encoding, errors="replace", newline="") as fh:
        head = fh.read(8192)
        fh.seek(0)
        delimiter = max((",", ";", "\t"), key=lambda d: head.split("\n", 1)[0].count(d))
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        header = [_norm(h) for h in header]
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield reader.line_num, ValueError(f"bad CSV line ({e})")
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                yield reader.line_num, ValueError(f"{len(row)} cells for {len(header)} columns; check the quoting")
                continue
            yield reader.line_num, dict(zip(header, row))


def _encoding(path: Path) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(1 << 16):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _person(obj: Any) -> dict:
    """Directory row -> raw person dict (not yet validated) plus the manager reference under ``_manager``."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected an object with name and email, got {type(obj).__name__}")
    fields: dict[str, str] = {}
    extra: dict[str, Any] = {}
    for col, value in obj.items():
        key = _LOOKUP.get(_norm(col))
        if isinstance(value, list) and key in ("languages", "skills"):
            value = ";".join(str(v) for v in value)
        if value is None or isinstance(value, (dict, list)):
            if value not in (None, [], {}):
                extra[str(col)] = value
            continue
        value = str(value).strip()
        if key is None:
            if value:
                extra[str(col)[:100]] = value[:1000]
        elif value and key not in fields:
            fields[key] = value
    name = fields.get("name") or " ".join(x for x in (fields.get("first"), fields.get("last")) if x)
    email = fields.get("email", "").lower() or None
    if not name:
        raise ValueError("no name (columns name, or first_name + last_name)")
    if not email and not fields.get("external"):
        raise ValueError("neither an e-mail nor an employee number: cannot merge this person safely")
    pid = f"directory:{fields['external']}" if fields.get("external") else f"directory:{email}"
    raw = {"id": pid, "name": name, "email": email, "title": fields.get("title"),
           "department": fields.get("department"), "location": fields.get("location"),
           "languages": [x.lower() for x in _SPLIT.split(fields.get("languages", "")) if x],
           "skills": [x for x in re.split(r"\s*[;|]\s*", fields.get("skills", "")) if x],
           "source": "directory", "_manager": fields.get("manager")}
    if extra:
        raw["extra"] = extra
    return raw


def import_people(store: Store, source: str | Path, community: str | None = None,
                  progress: Callable[[int], Any] | None = None) -> ImportReport:
    """Import a staff directory (CSV / JSON / JSON Lines) in one transaction; ``community`` is
    unused (kept for a uniform signature). See the module docstring."""
    source = Path(source)
    if not source.is_file():
        raise SourceError(f"{source}: no such file; give the staff directory as .csv, .json or .jsonl")
    report = ImportReport()
    session = Session(store, report, progress)
    where = str(source)
    try:
        # pass 1: who is who (employee number / e-mail / name -> final person id)
        ids: dict[str, str] = {}
        for _, obj in _rows(source):
            try:
                raw = _person(obj)
            except ValueError:
                continue
            final = session.find_person(raw["email"], (), [raw["id"]]) or ids.get(raw["id"].lower()) or \
                (raw["email"] and ids.get(raw["email"])) or raw["id"]
            for key in (raw["id"], raw["id"].split(":", 1)[1], raw["email"], raw["name"].lower()):
                if key:
                    ids.setdefault(key.lower(), final)
        # pass 2: write
        with store.transaction():
            for pos, obj in _rows(source):
                if isinstance(obj, ValueError):
                    session.problem(where, pos, "row", str(obj))
                    continue
                try:
                    raw = _person(obj)
                except ValueError as e:
                    session.problem(where, pos, "row", str(e))
                    continue
                ref = raw.pop("_manager")
                if ref:
                    raw["manager"] = ids.get(ref.strip().lower()) or ids.get(f"directory:{ref.strip()}".lower()) or \
                        store.resolve_person(email=ref, external_id=f"directory:{ref.strip()}")
                session.put_person(raw, where, pos, authoritative=True)
    except (OSError, ValueError) as e:
        session.problem(where, None, "file", str(e))
    return report
