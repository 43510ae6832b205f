"""Text inside plotly figures, in one place: how words from data become plotly text.

Plotly's titles, hovers, legend names, annotations and axis labels take an HTML-like
markup: ``<br>``, ``<b>``, ``<i>``, ``<span style>`` and ``<a href>``, which plotly.js
draws as a live link, in the page and in an exported SVG. Names, units, citations and
notes come from data, and data can come from an import (an indicator or source row,
a note column), so they are text, never markup: every figure puts them through
:func:`plain` (or :func:`wrap`, which also breaks lines, or :func:`in_template` inside a
hover template) and adds its own markup (``<br>``, ``<b>``) around the escaped text.
Plotly turns the entities back into the characters, so ``<b>`` in a name shows as typed.
"""

from __future__ import annotations

import html
import re
import textwrap

__all__ = ["in_template", "plain", "plain_lines", "wrap"]

# The line breaks a view may put into a name it hands over (``"West<br>Kazakhstan"``).
_BREAK = re.compile(r"<br\s*/?>|\n", re.IGNORECASE)


def plain(text: object) -> str:
    """``text`` from data as plotly text: markup characters escaped, shown as typed.

    >>> plain('<a href="javascript:alert(1)">x</a> & <b>')
    '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt; &amp; &lt;b&gt;'
    """
    return html.escape(str(text), quote=False)


def in_template(text: object) -> str:
    """:func:`plain`, for text placed inside a ``hovertemplate``: ``%`` is written as an
    entity as well, so a ``%{...}`` in a name is not read as a template variable.

    >>> in_template("share, %{y}")
    'share, &#37;{y}'
    """
    return plain(text).replace("%", "&#37;")


def plain_lines(text: object) -> str:
    """:func:`plain` on each line of ``text``, whose lines are separated by ``<br>`` or a
    newline (a view's line breaks in a name); joined by ``<br>``.

    >>> plain_lines("West<br><i>Kazakhstan</i>")
    'West<br>&lt;i&gt;Kazakhstan&lt;/i&gt;'
    """
    return "<br>".join(plain(line) for line in _BREAK.split(str(text)))


def wrap(text: str, width: int) -> str:
    """Escape ``text`` for plotly's HTML-like text and break it into lines of ``width``.

    >>> wrap("Net migration <total> by year", 14)
    'Net migration<br>&lt;total&gt; by<br>year'
    """
    lines = textwrap.wrap(str(text), width=width, break_long_words=False)
    return "<br>".join(plain(line) for line in lines)
