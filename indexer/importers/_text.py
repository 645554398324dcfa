"""HTML to plain text for importers (Discourse ``cooked``, Stack Exchange bodies, HTML mail, .html files).

Only the standard library (:mod:`html.parser`). Rules:

* block elements (``p``, ``div``, headings, list items, table rows, ``br``...) end a line;
  paragraphs are separated by one blank line; list items start with ``- ``;
* ``<pre>`` blocks are kept verbatim (indentation and line breaks intact) between
  Markdown fences (```` ``` ````), so code survives for the chunker and the reader;
* ``script``, ``style``, ``head`` and similar are dropped; entities are unescaped;
* a link whose absolute URL differs from its label becomes ``label (url)``; an image its ``alt``;
* elsewhere whitespace is collapsed to single spaces and lines are stripped.

Never raises on malformed HTML: unclosed or stray tags are tolerated.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "collapse_whitespace"]

_BLOCK = {
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody",
    "thead", "tfoot", "tr", "ul", "body", "html",
}
_SKIP = {"script", "style", "head", "title", "template", "noscript", "svg", "iframe", "object"}
_CELL = {"td", "th"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def collapse_whitespace(text: str) -> str:
    """Collapse runs of spaces inside lines, strip lines, and keep at most one blank line in a row.

    Lines inside ``` fences are kept verbatim (only trailing spaces removed)."""
    out: list[str] = []
    fenced = False
    for raw in text.split("\n"):
        if raw.strip().startswith("```"):
            fenced = not fenced
            out.append(raw.strip())
            continue
        if fenced:
            out.append(raw.rstrip())
            continue
        line = _SPACES.sub(" ", raw).strip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []     # inline text of the current block (whitespace collapsed later)
        self.out: list[str] = []       # finished blocks, each already clean
        self.skip = 0
        self.pre = 0
        self.pre_buf: list[str] = []
        self.links: list[tuple[str | None, int]] = []

    # -- helpers --------------------------------------------------------------------------------
    def _flush(self, blank: bool = False) -> None:
        text = "".join(self.parts)
        self.parts = []
        text = "\n".join(_SPACES.sub(" ", t.replace("\n", " ")).strip() for t in text.split("\x00"))
        if text.strip():
            self.out.append(text.strip("\n"))
        if blank:
            self.out.append("")

    # -- parser callbacks -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if self.pre:
            if tag == "pre":
                self.pre += 1
            elif tag == "br":
                self.pre_buf.append("\n")
            return
        attrs = dict(attrs)
        if tag == "pre":
            self._flush(blank=True)
            self.pre = 1
            self.pre_buf = []
        elif tag == "br":
            self.parts.append("\x00")
        elif tag in _BLOCK:
            self._flush(blank=tag in ("p", "blockquote", "table", "ul", "ol", "hr") or tag.startswith("h"))
            if tag == "li":
                self.parts.append("- ")
        elif tag in _CELL:
            if self.parts and "".join(self.parts).strip():
                self.parts.append(" | ")
        elif tag == "a":
            self.links.append((attrs.get("href"), len(self.parts)))
        elif tag == "img":
            alt = (attrs.get("alt") or "").strip()
            if alt:
                self.parts.append(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("a", "pre") or tag in _SKIP:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if self.pre:
            if tag == "pre":
                self.pre -= 1
                if not self.pre:
                    code = "".join(self.pre_buf).strip("\n")
                    self.pre_buf = []
                    if code.strip():
                        self.out.append("```\n" + "\n".join(line.rstrip() for line in code.split("\n")) + "\n```")
                        self.out.append("")
            return
        if tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.parts[start:]).strip()
            if href and re.match(r"(?i)https?://", href) and label and label.rstrip("/") != href.rstrip("/"):
                self.parts.append(f" ({href})")
            elif href and re.match(r"(?i)(https?|mailto):", href) and not label:
                self.parts.append(href)
        elif tag in _BLOCK:
            self._flush(blank=tag in ("p", "blockquote", "table", "ul", "ol") or tag.startswith("h"))

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            self.pre_buf.append(data)
        else:
            self.parts.append(data)

    def result(self) -> str:
        if self.pre and self.pre_buf:
            code = "".join(self.pre_buf).strip("\n")
            if code.strip():
                self.out.append("```\n" + code + "\n```")
        self._flush()
        out: list[str] = []
        for block in self.out:
            if not block and (not out or not out[-1]):
                continue
            out.append(block)
        while out and not out[-1]:
            out.pop()
        return "\n".join(out)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment or page; code blocks kept verbatim in ``` fences."""
    if not html:
        return ""
    html = html.replace("\x00", "")
    conv = _Converter()
    try:
        conv.feed(html)
        conv.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient; belt and braces
        pass
    return conv.result()
