"""The view-state controls come from the state's table of fields, and their values make the
same state a link makes."""

from __future__ import annotations

import doctest
from types import SimpleNamespace

from dashboard.callbacks.controls import CONTROLS, control_values, state_from
from dashboard.datasets.catalogue import available_years
from dashboard.datasets.observed import observed_years
from dashboard.datasets.package import load_package
from dashboard.layout import ids
from dashboard.state import FIELDS, ViewState, from_query
from dashboard.views import controls as control_options


def context(default: ViewState | None = None) -> SimpleNamespace:
    """What state_from reads of an AtlasContext: the years, the default view and the years
    with observed flows."""
    years = available_years(load_package())
    observed = observed_years(load_package())
    return SimpleNamespace(
        years=lambda: years, default=default or ViewState(), observed_years=lambda: observed
    )


def test_controls_are_the_fields_of_the_state():
    names = [name for *_, name in CONTROLS]
    assert sorted(names) == sorted(field.name for field in FIELDS)
    assert set(ViewState.__dataclass_fields__) == set(names)
    # Request bodies index the controls: the compared year sits beside the year.
    assert names[:5] == ["lang", "indicator", "year", "compare_year", "layers"]
    assert (ids.YEAR, "value", "year") in CONTROLS
    assert (ids.PANEL, "active_tab", "panel") in CONTROLS
    assert (ids.COMPARE, "value", "compare_year") in CONTROLS


def test_controls_make_the_state_of_the_link():
    years = available_years(load_package())
    link = "lang=ru&indicator=population&year=2005&layers=zones,flows&top=40&decay=1.5"
    state, _ = from_query(link + "&region=63&compare=2001&panel=trends", years)
    values = control_values(state)
    assert values[[n for *_, n in CONTROLS].index("layers")] == ["zones", "flows"]
    assert state_from(values, context()) == state


def test_typed_values_are_kept_and_bad_ones_fall_back():
    default = ViewState(lang="en")
    values = control_values(ViewState(lang="en", indicator="population", year=2005))
    names = [name for *_, name in CONTROLS]
    assert state_from(values, context(default)).year == 2005  # the int 2005 is kept
    odd = dict(zip(names, values, strict=True))
    odd.update(layers="flows", decay=99.5, top_n="12", region=75, lang=None)
    state = state_from([odd[name] for name in names], context(default))
    assert state.layers == default.layers and state.decay == default.decay
    assert state.top_n == default.top_n and state.region is None and state.lang == "en"
    assert state.year == 2005


def test_option_lists_examples_hold():
    assert doctest.testmod(control_options).failed == 0
    years = available_years(load_package())
    options = control_options.indicator_options("ru", load_package())
    assert [o["value"] for o in options] == list(years)
    assert len(control_options.region_options("kk", 2023)) == 20
