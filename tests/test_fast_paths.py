"""The conversion and rendering shortcuts taken for speed give exactly what the plain code gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from brieflib.model.text import INLINE, INLINE_START, QUOTES, fold_quotes
from brieflib.render.escape import _AMPERSAND, _ANYWHERE, escape_span

# Text rich in what the patterns look for: markup, note markers, addresses, quotes, escapable characters.
PIECES = ["[", "]", "(", ")", "\\", "*", "**", "¹", "²", "⁴", "[3]", "http://", "https://", "mailto:", "h", "m", "x.org",
          "word", " ", ".", "’", "“", "”", "‚", "′", "&", "#", "<", "|", "^", "é", "-", "1."]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=3000)
@given(texts)
def test_text_without_an_inline_start_has_no_inline_construct(text):
    """render.markdown.inline skips INLINE when INLINE_START finds nothing: every match must start with one."""
    for match in INLINE.finditer(text):
        assert INLINE_START.match(text, match.start()), (text, match.group())


@settings(max_examples=2000)
@given(texts)
def test_fold_quotes_is_the_quotes_table(text):
    assert fold_quotes(text) == text.translate(QUOTES)


@settings(max_examples=2000)
@given(texts)
def test_escape_span_escapes_as_the_table_says(text):
    """escape_span finds the characters to escape with a regular expression instead of str.translate."""
    assert escape_span(text) == _AMPERSAND.sub("&amp;", text).translate(_ANYWHERE)
