"""The view state and its URL form: the only module that knows query parameter names.

A link such as ``/?lang=ru&indicator=population&year=2005`` reopens the same view.
Bad parameters never fail the page: they fall back to defaults and produce notices
(message ids with values) the interface shows in the reader's language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from urllib.parse import parse_qs, urlencode

from dashboard.i18n.catalog import DEFAULT_LANGUAGE, LANGUAGES

# Query parameter -> ViewState field. Documented in README ("Links").
PARAMETERS = {"lang": "lang", "indicator": "indicator", "year": "year"}


@dataclass(frozen=True)
class ViewState:
    """What the reader is looking at."""

    lang: str = DEFAULT_LANGUAGE
    indicator: str = "net_migration"
    year: int = 2024


@dataclass(frozen=True)
class Notice:
    """A problem found in a link, to be shown to the reader (message id + values)."""

    key: str
    values: dict[str, str]


def from_query(
    query: str,
    available: dict[str, list[int]],
    default: ViewState | None = None,
) -> tuple[ViewState, list[Notice]]:
    """Parse a query string into a valid state, with notices for what had to be replaced.

    ``available`` maps each indicator id to its years; the state always names one of them.

    >>> state, notes = from_query("?lang=ru&year=2005&indicator=x", {"x": [2005, 2006]})
    >>> state.lang, state.indicator, state.year, notes
    ('ru', 'x', 2005, [])
    """
    base = default or ViewState()
    if base.indicator not in available:
        base = replace(base, indicator=next(iter(available)))
    if base.year not in available[base.indicator]:
        base = replace(base, year=max(available[base.indicator]))
    params = {k: v[-1] for k, v in parse_qs(query.lstrip("?"), keep_blank_values=True).items()}
    notices: list[Notice] = []
    state = base

    lang = params.get("lang")
    if lang is not None:
        if lang in LANGUAGES:
            state = replace(state, lang=lang)
        else:
            notices.append(Notice("notice.bad_language", {"value": lang}))

    indicator = params.get("indicator")
    if indicator is not None:
        if indicator in available:
            state = replace(state, indicator=indicator)
            if state.year not in available[indicator]:
                state = replace(state, year=max(available[indicator]))
        else:
            notices.append(Notice("notice.bad_indicator", {"value": indicator}))

    year_text = params.get("year")
    if year_text is not None:
        years = available[state.indicator]
        if year_text.isdigit() and int(year_text) in years:
            state = replace(state, year=int(year_text))
        else:
            notices.append(
                Notice(
                    "notice.bad_year",
                    {"value": year_text, "first": str(min(years)), "last": str(max(years))},
                )
            )
    return state, notices


def to_query(state: ViewState) -> str:
    """Render a state as a query string (leading ``?``).

    >>> to_query(ViewState(lang="en", indicator="population", year=2005))
    '?lang=en&indicator=population&year=2005'
    """
    fields = asdict(state)
    return "?" + urlencode({param: fields[name] for param, name in PARAMETERS.items()})
