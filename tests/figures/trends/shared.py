"""What the trend chart tests share: words to look for, a trace by its meta, plain text."""

from __future__ import annotations

import re

import plotly.graph_objects as go

KAZAKH_LETTERS = set("әғқңөұүіһӘҒҚҢӨҰҮІҺ")
NBSP = "\u00a0"
QUALITY = {"kk": "ресми", "ru": "официальные данные", "en": "official"}


def trace(fig: go.Figure, meta: str):
    found = [tr for tr in fig.data if tr.meta == meta]
    assert len(found) == 1, [tr.meta for tr in fig.data]
    return found[0]


def plain(text: str) -> str:
    """Hover or label text without plotly's line breaks and tags."""
    return re.sub(r"<[^>]+>", " ", text.replace("<br>", " "))
