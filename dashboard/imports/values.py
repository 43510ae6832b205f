"""The values read from a table, and the checks of their numbers.

A :class:`Value` is a number that passed the cell checks, with the cell it came from. The
checks here look at the values together: a region (or flow) twice in a year is an error
when the values differ and a warning when they are the same (kept once); a negative count
(for indicators that cannot be negative; net migration can), a percentage outside 0-100
are errors; a fraction in a count is a warning.

Problems are reported through the checker's ``report`` (one problem per cell).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Protocol

from dashboard.imports.numbers import Number
from dashboard.imports.shapes import Place

# Indicators of kind count or amount that can be negative (balances and changes).
SIGNED = frozenset({"net_migration", "interregional_net", "population_change", "natural_increase"})

# Totals are keyed (year, region or None, side): side "total" for the grand total of a
# regional table or an OD matrix, "row" for an OD total row (its region is a destination),
# "col" for an OD total column (its region is an origin).
TotalKey = tuple[int, str | None, str]


@dataclass
class Value:
    """A value that passed the cell checks, with where it came from."""

    region: str  # region id (origin for OD)
    destination: str | None
    year: int
    number: Number
    row: int
    col: int
    note: str = ""
    stated_version: str | None = None
    former: bool = False  # the label is a name of South Kazakhstan oblast (until 2018)
    label_text: str = ""  # the label as written, and its column (for messages)
    label_col: int = 0


class Report(Protocol):
    """Report ``code`` at ``place`` once, however many values share the place."""

    def __call__(
        self, code: str, place: Place, severity: str = "error", **params: object
    ) -> None: ...


def total_key(year: int, origin: str, destination: str | None) -> TotalKey:
    """Where a total belongs (see TotalKey): a regional total row or an OD grand total,
    an OD total row (a destination's arrivals), an OD total column (an origin's departures).
    """
    if destination is None or origin == destination == "total":
        return (year, None, "total")
    if origin == "total":
        return (year, destination, "row")
    return (year, origin, "col")


def deduplicate(
    values: list[Value], key: Callable[[Value], Hashable], report: Report
) -> list[Value]:
    """The values with each key once; a repeated key is a warning (same value) or an
    error (another value)."""
    kept: dict[Hashable, Value] = {}
    for value in values:
        first = kept.get(key(value))
        if first is None:
            kept[key(value)] = value
            continue
        place = Place("", value.row, value.col)
        if first.number.value == value.number.value:
            report("import.value.duplicate_same", place, "warning", first_row=first.row + 1)
        else:
            report(
                "import.value.duplicate_conflict",
                place,
                first_row=first.row + 1,
                first_num=first.number.value,
                value_num=value.number.value,
            )
    return list(kept.values())


def check_ranges(
    values: list[Value],
    indicator: str | None,
    kind: str,
    unit: str,
    report: Report,
    signed: bool = False,
) -> None:
    """Regional values: signs (by the indicator's ``kind``; ``signed``: a balance or a
    change, as a diverging colour scale says), percentages, whole counts."""
    signed = signed or indicator in SIGNED
    for v in values:
        place = Place("", v.row, v.col)
        number = v.number.value or 0.0
        if indicator is None:  # the import is refused already; no guesses about signs
            continue
        if number < 0 and kind in ("count", "amount") and not signed:
            report("import.value.negative", place, value_num=number, indicator_ind=indicator)
        elif unit == "percent" and not 0 <= number <= 100:
            report("import.value.percent_range", place, value_num=number)
        if unit in ("persons", "families") and not float(number).is_integer():
            report("import.value.fraction", place, "warning", value_num=number)


def check_flow_ranges(values: list[Value], report: Report) -> None:
    """Flows: persons are never negative, and whole."""
    for v in values:
        number = v.number.value or 0.0
        place = Place("", v.row, v.col)
        if number < 0:
            report("import.value.od_negative", place, value_num=number)
        elif not float(number).is_integer():
            report("import.value.fraction", place, "warning", value_num=number)
