"""Markdown -> safe HTML (markdown-it-py, raw HTML off, then nh3) and -> plain text."""
from html.parser import HTMLParser

import pytest

from matcher.markup import to_html, to_text


def elements(html: str) -> list[tuple[str, dict]]:
    """(tag, attributes) of every element of ``html`` (escaped text is not an element)."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, {k: v or "" for k, v in attrs}))

    Collect().feed(html)
    return found

HOSTILE = [
    "<script>alert(1)</script>",
    "[clic](javascript:alert(1))",
    "[clic](JaVaScRiPt:alert(1))",
    "[clic](  javascript:alert(1))",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<img src=x onerror=alert(1)>",
    "![x](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<iframe src=https://evil.example></iframe>",
    "[x](vbscript:msgbox(1))",
]


@pytest.mark.parametrize("md", HOSTILE)
def test_nothing_executable_survives(md):
    found = elements(to_html("# T\n\n" + md))
    assert {tag for tag, _ in found} <= {"h1", "p", "a", "img"}
    for tag, attrs in found:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        for k in ("href", "src"):
            assert not attrs.get(k, "").strip().lower().startswith(("javascript", "data", "vbscript")), (tag, attrs)


def test_markdown_is_rendered():
    html = to_html("# Titre\n\nTexte **gras** et [lien](https://a.example/x).\n\n- un\n- deux\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert html.startswith("<h1>Titre</h1>")
    assert "<strong>gras</strong>" in html and "<li>un</li>" in html and "<td>1</td>" in html
    assert '<a href="https://a.example/x" rel="noopener noreferrer nofollow">lien</a>' in html
    assert "style=" not in to_html("| a |\n|:-:|\n| 1 |")   # the CSP refuses inline styles


def test_plain_text_has_no_markup():
    text = to_text("# Titre\n\n**gras** et `code` [lien](https://a.example)\nsuite\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert text == "Titre gras et code lien suite a b 1 2"
    assert "#" not in to_text("## Cas : P-12\n\nTexte")
