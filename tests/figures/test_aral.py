"""The Aral Sea chart of the profile: 1986-2018 only, the Large Aral whole, its source said."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from dashboard.datasets.package import load_package
from dashboard.i18n.catalog import t
from dashboard.views.profile import aral_chart


def test_aral_chart_runs_1986_to_2018():
    fig = aral_chart("en", load_package())
    assert len(fig.data) == 3
    total = fig.data[0]
    assert total.x[0] == 1986 and total.x[-1] == 2018
    assert total.y[0] == pytest.approx(41.39) and total.y[-1] == pytest.approx(6.99)
    assert all(max(tr.x) <= 2018 for tr in fig.data)
    large = fig.data[1]
    year = list(large.x).index(2007)
    assert large.y[year] == pytest.approx(4.45 + 7.03)  # western + eastern basin
    assert "4.45" in large.text[year] and "7.03" in large.text[year]
    assert 200 <= fig.layout.height <= 260
    assert "after 2018 rejected" in fig.layout.title.subtitle.text.replace("<br>", " ")
    source = fig.layout.annotations[0].text.replace("<br>", " ")
    assert "UNESCO" in source and "secondary" in source


def test_aral_chart_ignores_values_after_2018_and_speaks_the_language():
    package = load_package()
    series = package["national_series"]
    late = (
        series[series["series"] == "aral_sea_area_small"].iloc[[-1]].assign(year=2019, value=0.52)
    )
    tables = dict(package.tables)
    tables["national_series"] = pd.concat([series, late], ignore_index=True)
    fig = aral_chart("ru", dataclasses.replace(package, tables=tables))
    assert all(max(tr.x) == 2018 for tr in fig.data)
    assert 0.52 not in list(fig.data[2].y)
    assert fig.layout.title.text == t("zones.aral.title", "ru")
    assert fig.data[2].name == "Малый (Северный) Арал"
