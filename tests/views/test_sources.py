"""The sources view: counts, sources, boundary versions, attribution and gaps in a language."""

import pytest

from dashboard.datasets.observed import fit_at, model_fit
from dashboard.datasets.package import QUALITY_FLAGS, load_package
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.sources import ATTRIBUTION, GAPS, FitRow, quality_counts, sources_view


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_view_lists_every_source_flag_version_and_gap(lang):
    package = load_package()
    view = sources_view(ViewState(lang=lang), package)
    assert view.lang == lang
    assert [row.flag for row in view.quality] == list(QUALITY_FLAGS)
    counts, _ = quality_counts(package)
    assert [row.records for row in view.quality] == [
        format_number(counts[flag], lang) for flag in QUALITY_FLAGS
    ]
    assert [row.id for row in view.sources] == list(package.sources["id"])
    assert view.sources_intro == t("sources.intro", lang, count=len(package.sources))
    assert [row.version for row in view.boundaries] == ["1997", "2018", "2022"]
    assert [row.units for row in view.boundaries] == ["16", "17", "20"]
    assert [a.text for a in view.attribution] == [t(key, lang) for key, _ in ATTRIBUTION]
    assert view.gaps == tuple(t(key, lang) for key in GAPS)


def test_sources_without_address_have_no_link_title():
    view = sources_view(ViewState(lang="en"), load_package())
    for row in view.sources:
        assert bool(row.url) == bool(row.link_title), row.id


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_model_against_observed_figures_of_each_observed_year(lang):
    package = load_package()
    view = sources_view(ViewState(lang=lang), package)
    assert [row.year for row in view.model_fit] == [2010, 2015, 2020, 2021, 2023, 2024]
    assert len(view.fit_headers) == len(FitRow.__dataclass_fields__)
    first = view.model_fit[0]
    fit = model_fit(2010, package)
    assert first.boundaries == t("boundaries.info", lang, version="1997", count=16)
    assert first.dropped == format_number(fit.dropped, lang) != "0"
    assert first.best == f"{fit.best.decay:g}"
    assert first.srmse_best == format_number(fit.best.srmse, lang, 2)
    assert first.r_default == format_number(fit_at(2010, 1.0, package).correlation, lang, 2)
    assert view.model_fit[-1].dropped == "0"  # 2024 is on today's units
    assert "β" in view.fit_intro and "SRMSE" in view.fit_intro
