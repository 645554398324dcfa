"""Documents' Markdown as safe HTML (the document page) and as plain text (snippets).

    to_html("# Titre\\n\\n[x](javascript:alert(1)) <script>…</script>")   # -> "<h1>Titre</h1>\\n<p>[x](…) …</p>"
    to_text("# Titre\\n\\n**gras** et `code`")                              # -> "Titre gras et code"

Two libraries, each doing what it is built for: markdown-it-py parses CommonMark (plus tables
and strikethrough) with raw HTML off, so a ``<script>`` in a document stays text; nh3 (the Rust
``ammonia`` sanitiser) then keeps only an allowlist of tags, attributes and URL schemes, so
whatever the parser lets through (a ``javascript:`` link, an event attribute) cannot run. No
regular expressions over HTML. Both are loaded on first use: ``import matcher`` stays fast.
"""
from __future__ import annotations

from functools import cache

__all__ = ["to_html", "to_text"]

TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "strong", "em", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "s", "del", "img"}
# no style attribute: the pages' CSP (style-src 'self') refuses inline styles anyway
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}


@cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(["table", "strikethrough"])


def to_html(markdown: str) -> str:
    """Sanitised HTML of a Markdown text: only :data:`TAGS`, :data:`ATTRIBUTES` and links in
    :data:`URL_SCHEMES` (or relative) survive; links get rel="noopener noreferrer nofollow"."""
    import nh3

    html = _parser().render(markdown or "")
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener noreferrer nofollow")


def to_text(markdown: str) -> str:
    """The words of a Markdown text without its markup (headings, emphasis, links' targets,
    table bars), blocks separated by one space."""
    parts: list[str] = []
    for token in _parser().parse(markdown or ""):
        if token.type == "inline":
            parts.extend(" " if child.type in ("softbreak", "hardbreak") else child.content
                         for child in token.children or () if child.type in ("text", "code_inline", "softbreak",
                                                                               "hardbreak"))
            parts.append(" ")
        elif token.type in ("code_block", "fence"):
            parts.append(token.content)
            parts.append(" ")
    return " ".join("".join(parts).split())
