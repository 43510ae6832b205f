"""The view state, its URL form and its controls: one table of fields, one codec.

A link such as ``/?lang=ru&indicator=population&year=2005&layers=zones,flows`` reopens the
same view. :data:`FIELDS` says, for each field of :class:`ViewState`, its query parameter,
the control that shows it (component id and property), how its text in a link is read,
how a control's typed value is checked, and which values it may take. The link parser
(:func:`from_query`), the link writer (:func:`to_query`), the controls' values
(:func:`from_controls`), the callbacks' list of controls and the README check all come
from that table.

Bad values never fail the page: each falls back to its default and produces a notice
(message id + values) that the interface shows in the reader's language.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, replace
from functools import cache
from typing import Any, Protocol
from urllib.parse import parse_qs, urlencode

from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids
from dashboard.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES

LAYERS = ("zones", "roles", "flows")
#: How the map is drawn: region names on it; colour classes of the shown year only (instead
#: of classes fixed over all the indicator's years).
MAP_OPTIONS = ("labels", "year_classes")
FLOW_KINDS = ("model", "schematic", "international", "observed")
DIRECTIONS = ("both", "in", "out")
FLOW_MODES = ("gross", "net")
ORIGIN_PERIODS = ("1991-2000", "2011", "emigration")
PANELS = ("map", "trends", "programme", "scorecard", "data", "sources", "present", "import")
DECAY_RANGE = (0.0, 3.0)
TOP_N_RANGE = (1, 380)
MIN_PERSONS_RANGE = (0, 10_000_000)
#: Longest digit string a link may give for a number: int() of a huge one is slow, and
#: refused beyond 4300 digits.
MAX_DIGITS = 9


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
    map_options: tuple[str, ...] = ("labels",)


@dataclass(frozen=True)
class Notice:
    """A problem found in a link, to be shown to the reader (message id + values)."""

    key: str
    values: dict[str, str]


@cache
def known_region_ids() -> frozenset[str]:
    """Ids (two-digit KATO codes) of the regions of every boundary version.

    >>> sorted(known_region_ids())[:4], len(known_region_ids())
    (['10', '11', '15', '19'], 20)
    """
    return frozenset(r for version in BOUNDARY_VERSIONS for r in region_ids(version))


# -- reading: text in a link or a control's typed value -> a candidate value ------------------

#: A value that could not be read or is not allowed: the field keeps its default.
BAD = object()


def _whole_text(text: str) -> object:
    # ASCII digits only ("²" is a digit to str.isdigit) and few of them.
    if not (text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS):
        return BAD
    return int(text)


def _whole_value(value: object) -> object:
    # JSON true is a Python int; a control never means it as a number.
    return value if isinstance(value, int) and not isinstance(value, bool) else BAD


def _decimal_text(text: str) -> object:
    try:
        return float(text)
    except ValueError:
        return BAD


def _decimal_value(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return BAD
    return float(value)


def _words_text(text: str) -> object:
    return [word for word in text.split(",") if word]


def _words_value(value: object) -> object:
    if not (isinstance(value, list) and all(isinstance(word, str) for word in value)):
        return BAD
    return [word for word in value if word]


@dataclass(frozen=True)
class Kind:
    """How a field's value is written in a link and held by its control."""

    name: str
    from_text: Callable[[str], object]  # link text -> candidate, or BAD
    from_value: Callable[[object], object]  # control's typed value -> candidate, or BAD
    to_text: Callable[[object], str] = str  # state value -> text in a link
    to_value: Callable[[object], object] = lambda value: value  # -> a control's value


WORD = Kind("word", lambda text: text, lambda v: v if isinstance(v, str) else BAD)
WHOLE = Kind("whole number", _whole_text, _whole_value)
DECIMAL = Kind("decimal number", _decimal_text, _decimal_value)
WORDS = Kind("comma-separated words", _words_text, _words_value, ",".join, list)


# -- checking: a candidate -> an allowed value (or BAD), given what is known ------------------


@dataclass(frozen=True)
class Known:
    """What the allowed values of a field depend on: the data and the state so far."""

    available: dict[str, list[int]]  # indicator id -> years with data
    state: ViewState  # the fields checked before this one

    @property
    def years(self) -> list[int]:
        """Years of the indicator chosen so far."""
        return self.available[self.state.indicator]


@dataclass(frozen=True)
class Checked:
    """A checked candidate: the value taken (BAD: keep the default) and what to report."""

    value: object
    complaint: str | None = None  # text shown in the notice; None: nothing to report


class Rule(Protocol):
    """The values a field may take: ``check`` returns the value taken, ``BAD`` or a
    :class:`Checked` (a value and something to report)."""

    def check(self, candidate: Any, known: Known) -> object: ...


@dataclass(frozen=True)
class OneOf:
    """One of a fixed list of words."""

    values: tuple[str, ...]

    def check(self, candidate: object, known: Known) -> object:
        return candidate if candidate in self.values else BAD


@dataclass(frozen=True)
class SomeOf:
    """Any of a fixed list of words, in the list's order; unknown ones are dropped."""

    values: tuple[str, ...]

    def check(self, candidate: list[str], known: Known) -> Checked:
        unknown = [word for word in candidate if word not in self.values]
        chosen = tuple(word for word in self.values if word in candidate)
        return Checked(chosen, ",".join(unknown) if unknown else None)


@dataclass(frozen=True)
class Between:
    """A number from ``low`` to ``high``, kept to ``digits`` decimals if given."""

    low: float
    high: float
    digits: int | None = None

    def check(self, candidate: float, known: Known) -> object:
        # Huge JSON integers are ints: math.isfinite would overflow on them.
        if isinstance(candidate, float) and not math.isfinite(candidate):
            return BAD
        if not self.low <= candidate <= self.high:
            return BAD
        return candidate if self.digits is None else round(candidate, self.digits)


class Indicator:
    """An indicator id of the data package."""

    def check(self, candidate: object, known: Known) -> object:
        return candidate if candidate in known.available else BAD


class IndicatorYear:
    """A year in which the chosen indicator has data."""

    def check(self, candidate: int, known: Known) -> object:
        return candidate if candidate in known.years else BAD

    def explain(self, known: Known) -> dict[str, str]:
        """The indicator's first and last year, for the notice."""
        return {"first": str(min(known.years)), "last": str(max(known.years))}


class OtherYear:
    """Another year of the chosen indicator than the year shown (empty: none)."""

    def check(self, candidate: int, known: Known) -> object:
        if candidate in known.years and candidate != known.state.year:
            return candidate
        return BAD


class Region:
    """A region id of some boundary version (empty: none)."""

    def check(self, candidate: object, known: Known) -> object:
        return candidate if candidate in known_region_ids() else BAD


@dataclass(frozen=True)
class Field:
    """One field of the view state: its parameter in a link and the control showing it."""

    name: str  # ViewState field
    param: str  # query parameter (documented in README, "Links")
    control: str  # component id of its control
    kind: Kind  # how its text in a link is read, and a control's value checked
    allowed: Rule  # the values it may take
    prop: str = "value"  # the control's property that holds the value
    # Notice: a message of its own ("notice.bad_<name>"), else the shared one.
    own_notice: bool = False
    # An empty text or value means "none" (nothing to report), not a bad value.
    optional: bool = False


#: Every field of the view state, in the order links write them.
# fmt: off
FIELDS: tuple[Field, ...] = (
    #     state field     parameter    control id      kind     allowed values
    Field("lang",         "lang",      "language",     WORD,    OneOf(LANGUAGES), own_notice=True),
    Field("indicator",    "indicator", "indicator",    WORD,    Indicator(), own_notice=True),
    Field("year",         "year",      "year",         WHOLE,   IndicatorYear(), own_notice=True),
    Field("layers",       "layers",    "layers",       WORDS,   SomeOf(LAYERS)),
    Field("flow_kind",    "flows",     "flow-kind",    WORD,    OneOf(FLOW_KINDS)),
    Field("top_n",        "top",       "top-n",        WHOLE,   Between(*TOP_N_RANGE)),
    Field("min_persons",  "min",       "min-persons",  WHOLE,   Between(*MIN_PERSONS_RANGE)),
    Field("region",       "region",    "region",       WORD,    Region(), optional=True),
    Field("direction",    "direction", "direction",    WORD,    OneOf(DIRECTIONS)),
    Field("flow_mode",    "mode",      "flow-mode",    WORD,    OneOf(FLOW_MODES)),
    Field("decay",        "decay",     "decay",        DECIMAL, Between(*DECAY_RANGE, digits=2)),
    Field("origins",      "origins",   "origins",      WORD,    OneOf(ORIGIN_PERIODS)),
    Field("compare_year", "compare",   "compare-year", WHOLE,   OtherYear(), optional=True),
    Field("panel",        "panel",     "panel-tabs",   WORD,    OneOf(PANELS), prop="active_tab"),
    Field("map_options",  "map",       "map-options",  WORDS,   SomeOf(MAP_OPTIONS)),
)
# fmt: on
FIELD = {field.name: field for field in FIELDS}

# Query parameter -> ViewState field. Documented in README ("Links"); a test checks that.
PARAMETERS = {field.param: field.name for field in FIELDS}

#: The fields in the order of the callbacks' arguments: the table's order with the compared
#: year beside the year, as its control sits (the order request bodies have always had).
CONTROL_FIELDS: tuple[Field, ...] = tuple(
    sorted(FIELDS, key=lambda f: FIELDS.index(FIELD["year"] if f.name == "compare_year" else f))
)

# The order notices are listed in (the order readers have always seen): the fixed word
# lists, then the indicator, its year, the layers, the numbers, the compared year, the region.
_NOTICE_ORDER = (OneOf, Indicator, IndicatorYear, SomeOf, Between)
_NOTICE_ORDER += (OtherYear, Region)


def control_id(name: str) -> str:
    """The component id of the control of state field ``name``.

    >>> control_id("compare_year")
    'compare-year'
    """
    return FIELD[name].control


def _consistent(state: ViewState, available: dict[str, list[int]]) -> ViewState:
    """``state`` naming an indicator with data and one of its years (its newest if the
    year has none, e.g. after another indicator was chosen)."""
    if state.indicator not in available:
        state = replace(state, indicator=next(iter(available)))
    if state.year not in available[state.indicator]:
        state = replace(state, year=max(available[state.indicator]))
    return state


def default_flow_kind(year: int, observed_years: Collection[int], fallback: str) -> str:
    """The kind of flows a view that names none shows: observed flows in the years that have
    an observed table, else ``fallback`` (the default view's kind).

    >>> default_flow_kind(2010, [2010, 2015], "model"), default_flow_kind(2022, [2010], "model")
    ('observed', 'model')
    """
    return "observed" if year in observed_years else fallback


def _decode(
    given: dict[str, object],
    read: Callable[[Field, object], object],
    available: dict[str, list[int]],
    default: ViewState | None,
    observed_years: Collection[int] = (),
) -> tuple[ViewState, list[Notice]]:
    """The state of the fields ``given`` (read by ``read``), each checked against its
    allowed values in table order; the rest, and every bad one, keep the default (the kind
    of flows: :func:`default_flow_kind` of the year chosen)."""
    state = _consistent(default or ViewState(), available)
    taken: set[str] = set()
    reports: list[tuple[int, int, Notice]] = []
    for position, field in enumerate(FIELDS):
        if field.name not in given:
            continue
        raw = given[field.name]
        if field.optional and raw in ("", None):
            continue
        known = Known(available, state)
        candidate = read(field, raw)
        checked = BAD if candidate is BAD else field.allowed.check(candidate, known)
        if not isinstance(checked, Checked):
            checked = Checked(checked, None if checked is not BAD else str(raw))
        if checked.value is not BAD:
            state = _consistent(replace(state, **{field.name: checked.value}), available)
            taken.add(field.name)
        if checked.complaint is not None:
            rank = _NOTICE_ORDER.index(type(field.allowed))
            reports.append((rank, position, _notice(field, checked.complaint, known)))
    if "flow_kind" not in taken:
        kind = default_flow_kind(state.year, observed_years, state.flow_kind)
        state = replace(state, flow_kind=kind)
    return state, [notice for *_, notice in sorted(reports, key=lambda r: r[:2])]


def _notice(field: Field, shown: str, known: Known) -> Notice:
    # Language, indicator and year have their own wording; the rest share one message.
    if field.own_notice:
        extra = getattr(field.allowed, "explain", lambda known: {})(known)
        return Notice(f"notice.bad_{field.name}", {"value": shown[:40], **extra})
    return Notice("notice.bad_parameter", {"value": shown[:40], "param": field.param})


def from_query(
    query: str,
    available: dict[str, list[int]],
    default: ViewState | None = None,
    observed_years: Collection[int] = (),
) -> tuple[ViewState, list[Notice]]:
    """Parse a query string into a valid state, with notices for what had to be replaced.

    ``available`` maps each indicator id to its years; the state always names one of them.
    ``observed_years``: years with an observed flow table, where a link without ``flows=``
    (or with a bad one) shows observed flows (:func:`default_flow_kind`).

    >>> state, notes = from_query("?lang=ru&year=2005&indicator=x", {"x": [2005, 2006]})
    >>> state.lang, state.indicator, state.year, notes
    ('ru', 'x', 2005, [])
    """
    params = {k: v[-1] for k, v in parse_qs(query.lstrip("?"), keep_blank_values=True).items()}
    given = {field.name: params[field.param] for field in FIELDS if field.param in params}
    return _decode(
        given, lambda field, text: field.kind.from_text(text), available, default, observed_years
    )


def to_query(state: ViewState) -> str:
    """Render a state as a query string (leading ``?``); defaults are written too.

    >>> to_query(ViewState(lang="en", indicator="population", year=2005))[:44]
    '?lang=en&indicator=population&year=2005&laye'
    """
    fields = asdict(state)
    values = {
        field.param: field.kind.to_text(fields[field.name])
        for field in FIELDS
        if fields[field.name] is not None
    }
    return "?" + urlencode(values, safe=",")


def from_controls(
    values: dict[str, object],
    available: dict[str, list[int]],
    default: ViewState | None = None,
    observed_years: Collection[int] = (),
) -> tuple[ViewState, list[Notice]]:
    """Build a state from control values keyed by field name, checked like a link.

    Values are taken as the controls hold them (words, whole numbers, decimals, lists of
    words), never re-encoded into a query. A control can hold what a link can (a typed
    negative threshold, a cleared box), so each value meets the same allowed values; a
    missing value (``None``) keeps the default, a bad one falls back to it (the kind of
    flows: observed in ``observed_years``, as for a link).

    >>> state, _ = from_controls({"lang": "en", "layers": ["flows"], "top_n": 10}, {"x": [2020]})
    >>> state.lang, state.layers, state.top_n
    ('en', ('flows',), 10)
    """
    given = {name: value for name, value in values.items() if value is not None}
    return _decode(
        given,
        lambda field, value: field.kind.from_value(value),
        available,
        default,
        observed_years,
    )


def to_controls(state: ViewState) -> dict[str, object]:
    """The value each control shows for ``state``, keyed by field name.

    >>> to_controls(ViewState(layers=("zones",)))["layers"]
    ['zones']
    """
    return {field.name: field.kind.to_value(getattr(state, field.name)) for field in FIELDS}
