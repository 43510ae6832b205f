"""Fixtures of the trend chart tests: the committed package and every chart in kk/ru/en."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard.datasets.package import DataPackage, load_package
from dashboard.i18n.catalog import LANGUAGES
from dashboard.views.trends import CHARTS, trend_figure


@pytest.fixture(scope="module")
def package() -> DataPackage:
    return load_package()


@pytest.fixture(scope="module")
def figures(package) -> dict[tuple[str, str], go.Figure]:
    return {
        (name, lang): trend_figure(name, lang, package) for name in CHARTS for lang in LANGUAGES
    }
