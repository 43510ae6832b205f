"""The view state and its URL form: the only module that knows query parameter names.

A link such as ``/?lang=ru&indicator=population&year=2005&layers=zones,flows`` reopens the
same view. Bad parameters never fail the page: each falls back to its default and produces
a notice (message id + values) that the interface shows in the reader's language.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from urllib.parse import parse_qs, urlencode

from dashboard.i18n.catalog import DEFAULT_LANGUAGE, LANGUAGES

LAYERS = ("zones", "roles", "flows")
FLOW_KINDS = ("model", "schematic", "international", "observed")
DIRECTIONS = ("both", "in", "out")
FLOW_MODES = ("gross", "net")
ORIGIN_PERIODS = ("1991-2000", "2011", "emigration")
PANELS = ("map", "trends", "programme", "data", "sources", "present", "import")
DECAY_RANGE = (0.0, 3.0)
TOP_N_RANGE = (1, 380)
REGION_IDS = (
    "10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
    "43", "47", "55", "59", "61", "62", "63", "71", "75", "79",
)  # fmt: skip


@dataclass(frozen=True)
class ViewState:
    """What the reader is looking at."""

    lang: str = DEFAULT_LANGUAGE
    indicator: str = "net_migration"
    year: int = 2024
    layers: tuple[str, ...] = ("zones", "roles")
    flow_kind: str = "model"
    top_n: int = 25
    min_persons: int = 0
    region: str | None = None
    direction: str = "both"
    flow_mode: str = "gross"
    decay: float = 1.0
    origins: str = "1991-2000"
    compare_year: int | None = None
    panel: str = "map"


# Query parameter -> ViewState field. Documented in README ("Links"); a test checks that.
PARAMETERS = {
    "lang": "lang",
    "indicator": "indicator",
    "year": "year",
    "layers": "layers",
    "flows": "flow_kind",
    "top": "top_n",
    "min": "min_persons",
    "region": "region",
    "direction": "direction",
    "mode": "flow_mode",
    "decay": "decay",
    "origins": "origins",
    "compare": "compare_year",
    "panel": "panel",
}
_CHOICES = {
    "lang": LANGUAGES,
    "flow_kind": FLOW_KINDS,
    "direction": DIRECTIONS,
    "flow_mode": FLOW_MODES,
    "origins": ORIGIN_PERIODS,
    "panel": PANELS,
}


@dataclass(frozen=True)
class Notice:
    """A problem found in a link, to be shown to the reader (message id + values)."""

    key: str
    values: dict[str, str]


def _integer(text: str, low: int, high: int) -> int | None:
    # ASCII digits only ("²" is a digit to str.isdigit) and few of them (int() of a huge
    # digit string is slow, and refused beyond 4300 digits).
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        return None
    return int(text) if low <= int(text) <= high else None


def _number(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return round(value, 2) if math.isfinite(value) and low <= value <= high else None


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
    fields = {name: params[p] for p, name in PARAMETERS.items() if p in params}
    notices: list[Notice] = []
    changes: dict[str, object] = {}

    def bad(field: str, value: str, **extra: str) -> None:
        # Language, indicator and year have their own wording; the rest share one message.
        if field in {"lang", "indicator", "year"}:
            notices.append(Notice(f"notice.bad_{field}", {"value": value[:40], **extra}))
        else:
            param = next(p for p, name in PARAMETERS.items() if name == field)
            notices.append(Notice("notice.bad_parameter", {"value": value[:40], "param": param}))

    for field, choices in _CHOICES.items():
        if field in fields:
            if fields[field] in choices:
                changes[field] = fields[field]
            else:
                bad(field, fields[field])

    indicator = fields.get("indicator")
    if indicator is not None:
        if indicator in available:
            changes["indicator"] = indicator
        else:
            bad("indicator", indicator)
    years = available[str(changes.get("indicator", base.indicator))]
    year_text = fields.get("year")
    year = _integer(year_text, 0, 9999) if year_text is not None else None
    if year is not None and year in years:
        changes["year"] = year
    else:
        if year_text is not None:
            bad("year", year_text, first=str(min(years)), last=str(max(years)))
        if base.year not in years:
            changes["year"] = max(years)

    if "layers" in fields:
        chosen = [layer for layer in fields["layers"].split(",") if layer]
        unknown = [layer for layer in chosen if layer not in LAYERS]
        if unknown:
            bad("layers", ",".join(unknown))
        changes["layers"] = tuple(layer for layer in LAYERS if layer in chosen)

    numbers = {
        "top_n": lambda s: _integer(s, *TOP_N_RANGE),
        "min_persons": lambda s: _integer(s, 0, 10_000_000),
        "decay": lambda s: _number(s, *DECAY_RANGE),
    }
    for field, parse in numbers.items():
        if field in fields:
            value = parse(fields[field])
            if value is None:
                bad(field, fields[field])
            else:
                changes[field] = value

    compare = fields.get("compare_year")
    if compare:
        if (
            _integer(compare, 0, 9999) is not None
            and int(compare) in years
            and int(compare) != changes.get("year", base.year)
        ):
            changes["compare_year"] = int(compare)
        else:
            bad("compare_year", compare)

    region = fields.get("region")
    if region is not None:
        if region in REGION_IDS:
            changes["region"] = region
        elif region:
            bad("region", region)

    return replace(base, **changes), notices


def to_query(state: ViewState) -> str:
    """Render a state as a query string (leading ``?``); defaults are written too.

    >>> to_query(ViewState(lang="en", indicator="population", year=2005))[:44]
    '?lang=en&indicator=population&year=2005&laye'
    """
    fields = asdict(state)
    values: dict[str, object] = {}
    for param, name in PARAMETERS.items():
        value = fields[name]
        if name == "layers":
            value = ",".join(value)
        if value is None:
            continue
        values[param] = value
    return "?" + urlencode(values, safe=",")


def from_controls(
    values: dict[str, object],
    available: dict[str, list[int]],
    default: ViewState | None = None,
) -> tuple[ViewState, list[Notice]]:
    """Build a state from control values keyed by field name, validated like a link.

    Controls can hold what a link can (a typed negative threshold, a cleared box), so
    they go through the same checks; a missing value keeps the default.

    >>> state, _ = from_controls({"lang": "en", "layers": ["flows"], "top_n": 10}, {"x": [2020]})
    >>> state.lang, state.layers, state.top_n
    ('en', ('flows',), 10)
    """
    query: dict[str, str] = {}
    for param, name in PARAMETERS.items():
        value = values.get(name)
        if name == "layers" and value is not None:
            value = ",".join(value)  # type: ignore[arg-type]
        if value is not None:
            query[param] = str(value)
    return from_query(urlencode(query, safe=","), available, default)
