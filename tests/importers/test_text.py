from hypothesis import given, settings, strategies as st

from indexer.importers._text import collapse_whitespace, html_to_text


def test_paragraphs_entities_and_breaks():
    assert html_to_text("<p>Bonjour &amp; merci,<br>la pompe <b>P-12</b>   vibre.</p><p>Fin</p>") == \
        "Bonjour & merci,\nla pompe P-12 vibre.\n\nFin"


def test_code_block_kept_verbatim():
    text = html_to_text("<p>Essayez :</p><pre><code>def f():\n    return 1\n</code></pre><p>ok</p>")
    assert "```\ndef f():\n    return 1\n```" in text
    assert text.endswith("ok")


def test_lists_links_scripts():
    text = html_to_text('<ul><li>un</li><li>deux <a href="https://x.org/a">doc</a></li></ul>'
                        '<script>alert(1)</script><a href="/u/bob">@bob</a>')
    assert text == "- un\n- deux doc (https://x.org/a)\n\n@bob"


def test_malformed_html_tolerated():
    assert html_to_text("<div><p>x<p>y</div>z <pre>unclosed") == "x\n\ny\nz\n\n```\nunclosed\n```"
    assert html_to_text("") == ""
    assert html_to_text("<<>>&&#xZZ;</a></pre>") is not None


def test_collapse_whitespace():
    assert collapse_whitespace("  a \t b \n\n\n\n c  ") == "a b\n\nc"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/\"'=&;# \n\tabcdprehtmlscript")) | st.characters(), max_size=300))
def test_never_raises(html):
    assert isinstance(html_to_text(html), str)


def test_collapse_whitespace_keeps_fenced_code():
    assert collapse_whitespace("a   b\n```\n  x  =  1\n\n\n```\n c ") == "a b\n```\n  x  =  1\n\n\n```\nc"
