"""Text inside plotly figures: plotly's titles, hovers and annotations take an HTML-like
markup and never wrap by themselves, so long words in the reader's language are escaped
and broken into lines here, once for every chart."""

from __future__ import annotations

import html
import textwrap

__all__ = ["wrap"]


def wrap(text: str, width: int) -> str:
    """Escape ``text`` for plotly's HTML-like text and break it into lines of ``width``.

    >>> wrap("Net migration <total> by year", 14)
    'Net migration<br>&lt;total&gt; by<br>year'
    """
    lines = textwrap.wrap(str(text), width=width, break_long_words=False)
    return "<br>".join(html.escape(line, quote=False) for line in lines)
