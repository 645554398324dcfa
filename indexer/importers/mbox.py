"""Import a mailing-list archive in mbox format (one file, as Mailman/pipermail or Google Groups give it).

* Threads are rebuilt from ``Message-ID`` / ``In-Reply-To`` / ``References``: the thread id is
  ``mbox:<root message id>`` where the root is the first id of ``References`` (or the top of the
  ``In-Reply-To`` chain), so a later archive with more replies updates the same thread; posts
  already stored are kept (nothing is deleted). A message without ``Message-ID`` gets a stable id
  hashed from its sender, date and subject.
* Bodies: MIME multipart decoded, ``text/plain`` preferred, else ``text/html`` converted to text;
  undecodable bytes replaced; unknown charsets read as UTF-8 with replacement. Quoted replies
  (``>`` lines, "On ... wrote:" / "Le ... a écrit :" attributions, forwarded originals) and
  signatures (after a ``-- `` line, common closings such as "Cordialement," / "Best regards,",
  "Sent from my ...") are removed.
* Headers are RFC 2047-decoded; the ``From`` address becomes a person ``mbox:<email>`` merged with
  a person already known by that e-mail.
* Community: ``community`` when given, else ``mbox:<List-Id>`` (else ``mbox:<file stem>``).

The archive is read twice (headers only, then messages one by one); a thread is written as soon as
its last message has been read, so memory holds only the threads still open. Problem positions are
1-based message numbers in the file.
"""
from __future__ import annotations

import datetime as _dt
import email
import email.header
import email.parser
import email.policy
import email.utils
import hashlib
import mailbox
import re
from collections import defaultdict
from email.message import Message
from pathlib import Path
from typing import Any, Callable

from ..corpus import ImportReport
from ..store import Store
from ._common import Session, SourceError, slug
from ._text import collapse_whitespace, html_to_text

__all__ = ["import_mbox", "clean_reply", "decode_header"]

_MSGID = re.compile(r"<([^<>\s]{1,500})>")
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|tr|réf|ref|aw|sv|wg)\s*(\[\d+\])?\s*:\s*|\[[^\]]{1,60}\]\s*)+", re.I)
_ATTRIBUTION = re.compile(
    r"^\s*(on\b.{0,200}\bwrote\s*:|le\b.{0,200}\ba\s+écrit\s*:|am\b.{0,200}\bschrieb\s*:|el\b.{0,200}\bescribió\s*:)\s*$",
    re.I)
_ATTRIBUTION_START = re.compile(r"^\s*(on|le)\s+\S.*", re.I)
_ORIGINAL = re.compile(r"^\s*(-{2,}\s*(original message|message d'origine|message original|forwarded message"
                       r"|message transféré)\s*-{2,}|_{10,})\s*$", re.I)
_CLOSING = re.compile(
    r"^\s*(cordialement|bien cordialement|très cordialement|bien à (toi|vous)|salutations( distinguées)?|"
    r"bonne (journée|soirée)|amicalement|merci d'avance|merci par avance|best regards|kind regards|"
    r"warm regards|regards|best|cheers|thanks in advance|many thanks|thanks|merci|a\+|@\+)\s*[,.!]*\s*$", re.I)
_SENT_FROM = re.compile(r"^\s*(sent from my|envoyé de mon|envoyé depuis mon|get outlook for)\b", re.I)


def decode_header(value: Any) -> str:
    """RFC 2047-decode a header value; never raises (bad encodings are replaced)."""
    if value is None:
        return ""
    text = str(value)
    try:
        parts = email.header.decode_header(text)
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the raw text
        return " ".join(text.split())
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            try:
                out.append(chunk.decode(charset or "ascii", errors="replace"))
            except LookupError:
                out.append(chunk.decode("utf-8", errors="replace"))
        else:
            out.append(chunk)
    return " ".join("".join(out).split())


def clean_reply(text: str) -> str:
    """Remove quoted text, attribution lines, forwarded originals and signatures from a mail body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if line in ("-- ", "--"):
            break
        if _ORIGINAL.match(line) or _SENT_FROM.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        if _ATTRIBUTION.match(line):
            if kept and _ATTRIBUTION_START.match(kept[-1]) and not kept[-1].strip().endswith((".", "!", "?")):
                kept.pop()
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _ATTRIBUTION_START.match(line) and _ATTRIBUTION.match(line.rstrip() + " " + nxt.strip()):
            skip_next = True
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    nonblank = [i for i, line in enumerate(kept) if line.strip()]
    for i in nonblank[-5:]:
        if _CLOSING.match(kept[i]) and i != nonblank[0]:
            kept = kept[:i]
            break
    return collapse_whitespace("\n".join(kept))


def _ids(value: Any) -> list[str]:
    return _MSGID.findall(str(value or ""))[:200]


def _date(value: Any) -> str | None:
    try:
        dt = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    if not 1970 <= dt.year <= 2200:
        return None
    return dt.replace(microsecond=0).isoformat()


def _payload_text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if data is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except (LookupError, ValueError):
        return data.decode("utf-8", errors="replace")


def message_text(msg: Message) -> str:
    """The readable text of a message: text/plain parts, else HTML parts converted to text."""
    plain, html = [], []
    for part in msg.walk() if msg.is_multipart() else [msg]:
        if part.is_multipart():
            continue
        disposition = str(part.get("Content-Disposition", "")).lower()
        if disposition.startswith("attachment"):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(_payload_text(part))
        elif ctype == "text/html":
            html.append(_payload_text(part))
    if plain:
        return "\n\n".join(plain)
    return "\n\n".join(html_to_text(h) for h in html)


def _root(mid: str, parent: dict[str, str | None], first_ref: dict[str, str | None]) -> str:
    seen = set()
    cur = mid
    while cur not in seen and len(seen) < 1000:
        seen.add(cur)
        if first_ref.get(cur):
            return first_ref[cur]
        nxt = parent.get(cur)
        if not nxt:
            return cur
        if nxt not in parent:
            return nxt
        cur = nxt
    return cur


def import_mbox(store: Store, source: str | Path, community: str | None = None,
                progress: Callable[[int], Any] | None = None) -> ImportReport:
    """Import one mbox file in one transaction; see the module docstring."""
    source = Path(source)
    if not source.is_file():
        raise SourceError(f"{source}: no such file; give a mailing-list archive in mbox format")
    report = ImportReport()
    session = Session(store, report, progress)
    try:
        box = mailbox.mbox(str(source), create=False)
        keys = box.keys()
    except (OSError, mailbox.Error) as e:
        session.problem(str(source), None, "mbox", f"cannot read this mbox file ({e})")
        return report
    try:
        with store.transaction():
            _import(box, keys, source, session, community)
    finally:
        box.close()
    return report


def _fallback_id(headers: Message) -> str:
    basis = "|".join(str(headers.get(h, "")) for h in ("From", "Date", "Subject"))
    return "noid-" + hashlib.sha256(basis.encode("utf-8", errors="replace")).hexdigest()[:20]


def _import(box: mailbox.mbox, keys: list, source: Path, session: Session, community: str | None) -> None:
    where = str(source)
    parser = email.parser.BytesParser(policy=email.policy.compat32)
    # pass 1: headers only -> thread roots
    info: list[tuple[str, str | None] | None] = []
    parent: dict[str, str | None] = {}
    first_ref: dict[str, str | None] = {}
    for key in keys:
        try:
            headers = parser.parsebytes(box.get_bytes(key), headersonly=True)
            mid = (_ids(headers.get("Message-ID")) or [_fallback_id(headers)])[0]
            refs = _ids(headers.get("References"))
            reply = _ids(headers.get("In-Reply-To"))
            parent[mid] = (reply or refs[-1:] or [None])[0]
            first_ref[mid] = refs[0] if refs and refs[0] != mid else None
            info.append((mid, None))
        except Exception:  # noqa: BLE001 - reported in pass 2 for the same message
            info.append(None)
    open_count: dict[str, int] = defaultdict(int)
    roots: list[str | None] = []
    for item in info:
        root = _root(item[0], parent, first_ref) if item else None
        roots.append(root)
        if root:
            open_count[root] += 1
    # pass 2: messages one by one
    threads: dict[str, dict] = {}
    people: dict[str, str | None] = {}
    communities: set[str] = set()
    if community:
        session.ensure_community(community, community, where, source="mbox")
        communities.add(community)
    for n, key in enumerate(keys, start=1):
        root = roots[n - 1]
        try:
            if root is None:
                raise ValueError("unreadable headers")
            _message(box, key, n, root, parser, where, session, community, threads, people, communities, source)
        except Exception as e:  # noqa: BLE001 - one broken message never stops the import
            session.problem(where, n, "message", f"cannot parse this message ({type(e).__name__}: {e}); skipped")
        if root:
            open_count[root] -= 1
            if open_count[root] == 0 and root in threads:
                _emit(threads.pop(root), session, where)
    for rec in threads.values():
        _emit(rec, session, where)


def _message(box, key, n, root, parser, where, session, community, threads, people, communities, source) -> None:
    msg = parser.parsebytes(box.get_bytes(key))
    mid = (_ids(msg.get("Message-ID")) or [_fallback_id(msg)])[0]
    name, addr = email.utils.parseaddr(decode_header(msg.get("From")))
    addr = addr.strip().lower()
    author = None
    if "@" in addr and " " not in addr:
        if addr not in people:
            raw = {"id": f"mbox:{addr}", "name": name.strip() or addr.split("@")[0], "email": addr, "source": "mbox"}
            people[addr] = session.put_person(raw, where, n)
        author = people[addr]
    body = clean_reply(message_text(msg))
    if not body:
        session.problem(where, n, "body", "no text left once quotes and signature are removed; skipped")
        return
    created = _date(msg.get("Date"))
    cid = community
    if not cid:
        list_id = decode_header(msg.get("List-Id"))
        m = _MSGID.search(list_id)
        cid = f"mbox:{slug(m.group(1) if m else source.stem)}"
        if cid not in communities:
            label = list_id.split("<")[0].strip().strip('"') if m else source.stem
            session.ensure_community(cid, label or cid, where, source="mbox")
            communities.add(cid)
    subject = _SUBJECT_PREFIX.sub("", decode_header(msg.get("Subject"))).strip()
    rec = threads.setdefault(root, {"id": f"mbox:{root}", "community": cid, "title": subject or None,
                                    "source": "mbox", "posts": [], "_pos": n})
    if not rec["title"] and subject:
        rec["title"] = subject
    if any(p["id"] == f"mbox:{mid}" for p in rec["posts"]):
        return
    rec["posts"].append({"id": f"mbox:{mid}", "author": author, "created": created, "body": body, "_root": mid == root})


def _emit(rec: dict, session: Session, where: str) -> None:
    pos = rec.pop("_pos")
    posts = rec["posts"]
    posts.sort(key=lambda p: (not p["_root"], p.get("created") or "", p["id"]))
    for i, p in enumerate(posts):
        p.pop("_root")
        p["kind"] = "question" if i == 0 else "answer"
    if not rec["title"]:
        rec["title"] = posts[0]["body"][:120]
    rec["created"] = posts[0]["created"]
    rec = session.merge_thread(rec)
    session.put("thread", rec, where, pos)
