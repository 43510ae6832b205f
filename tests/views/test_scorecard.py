"""The scorecard view: the panel's words in kk, ru and en, the same numbers as the data API,
and the verdicts in the roles' hover on the map."""

from __future__ import annotations

import re

import pytest

from dashboard.datasets import balance
from dashboard.datasets import scorecard as sc
from dashboard.datasets.package import load_package
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import MESSAGES, t
from dashboard.state import ViewState
from dashboard.views.overlays import role_overlay
from dashboard.views.scorecard import ScorecardView, role_verdicts, scorecard_view

LANGS = ("kk", "ru", "en")
#: Words a reader sees for Akmola's stage-1 verdict and the missing 2008, per language.
AKMOLA_LOST = {
    "kk": "сальдо теріс, бірақ Бағдарлама оны қабылдаушы өңір деп атаған",
    "ru": "миграционная убыль, хотя Программа назвала его принимающим регионом",
    "en": "lost, although the Programme called it receiving",
}
MISSING_2008 = {
    "kk": "5 жылдың 4 жылы; 2008: дерек жоқ",
    "ru": "4 из 5 лет; 2008: нет данных",
    "en": "4 of 5 years; 2008: no data",
}


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.fixture(scope="module")
def views(package) -> dict[str, ScorecardView]:
    return {lang: scorecard_view(ViewState(lang=lang), package) for lang in LANGS}


def by_region(view: ScorecardView, region: str) -> dict[str, str]:
    return next(r for r in view.rows if r["region_id"] == region)


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_says_what_the_programme_said_and_what_happened(views, lang):
    view = views[lang]
    assert view.title == t("scorecard.title", lang)
    assert len(view.rows) == len(view.table) == 16
    akmola = by_region(view, "11")
    assert akmola["region"] == region_name("11", lang, "1997")
    assert akmola["role"] == t("scorecard.category.receiving", lang)
    assert akmola["stage1_verdict"] == "✗ " + AKMOLA_LOST[lang]
    assert akmola["stage1_net"] == ("−33,844" if lang == "en" else "−33\xa0844")
    astana = by_region(view, "71")
    assert astana["stage1_verdict"] == "✓ " + t("scorecard.verdict.gained_as_described", lang)
    # Receiving regions first, the regions the text gives no role last.
    roles = list(view.table["role"])
    assert roles[:4] == [t("scorecard.category.receiving", lang)] * 4
    assert roles[-1] == t("scorecard.category.none", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_stage_2_says_it_covers_4_of_5_years(views, lang):
    view = views[lang]
    assert all(MISSING_2008[lang] in years for years in view.table["stage2_years"])
    assert any(line.startswith("2006–2010: " + MISSING_2008[lang]) for line in view.coverage)
    assert "stage2_years" not in view.shown  # said once above the table, not 16 times
    assert any("2008" in sentence for sentence in view.method)


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_are_the_data_apis(views, package, lang):
    scores = sc.scorecard(package).set_index(["region_id", "stage"])
    table = views[lang].table.set_index("region_id")
    for (region, stage), score in scores.iterrows():
        assert table.at[region, f"stage{stage}_net"] == round(score["net"])
        assert table.at[region, f"stage{stage}_per_1000"] == round(score["per_1000"], 1)


@pytest.mark.parametrize("lang", LANGS)
def test_national_aim_method_and_sources_are_in_the_readers_language(views, lang):
    view = views[lang]
    stage1, result = view.national
    assert stage1.achieved is True and result.achieved is True
    assert stage1.label == t("scorecard.national.stage1.label", lang)
    assert ("88\xa0162" if lang != "en" else "88,162") in stage1.verdict
    assert "2004" in stage1.verdict and "2004" in result.verdict
    assert ("15\xa0516" if lang != "en" else "15,516") in result.verdict
    assert t("balance.method_any", lang) in view.method[0]
    assert t("balance.gap.census_2009", lang) in " ".join(view.method)
    assert any(source.startswith(("BNS", "БНС", "ҰСБ")) for source in view.sources)
    assert len(view.sources) == 4
    if lang == "kk":
        assert set("әғқңөұүі") & set(view.title + view.intro + stage1.verdict)
        assert view.translation_note == ""
    else:
        assert view.translation_note


def test_every_code_the_data_api_can_give_has_words():
    codes = {sc.verdict(e, o) for e in ("gain", "loss", "unstated", "none", "mixed")
             for o in ("gained", "lost", "no_change", "no_data")}  # fmt: skip
    missing = [f"scorecard.verdict.{c}" for c in codes if f"scorecard.verdict.{c}" not in MESSAGES]
    missing += [
        f"scorecard.category.{c}"
        for c in (*sc.CATEGORY_ORDER, "none")
        if f"scorecard.category.{c}" not in MESSAGES
    ]
    missing += [
        f"scorecard.gap.{k}" for k in balance.GAPS.values() if f"scorecard.gap.{k}" not in MESSAGES
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_mark_shows_the_verdict_of_its_region(package, lang):
    verdicts = role_verdicts(lang, package)
    assert sorted(verdicts) == sorted(sc.region_roles(package)["region_id"])
    traces = role_overlay("1997", lang, package)
    receiving = next(tr for tr in traces if "11" in tr["customdata"])
    hover = dict(zip(receiving["customdata"], receiving["text"], strict=True))
    flat = re.sub(r"\s*<br>\s*", " ", hover["11"])
    assert AKMOLA_LOST[lang] in flat and "2001–2005" in flat and MISSING_2008[lang] in flat
    # On today's map, Abai shows the verdict of East Kazakhstan, the unit the text named.
    later = role_overlay("2022", lang, package)
    outflow = next(tr for tr in later if "10" in tr["customdata"])
    abai = dict(zip(outflow["customdata"], outflow["text"], strict=True))["10"]
    abai = re.sub(r"\s*<br>\s*", " ", abai)
    assert region_name("63", lang, "1997") in abai
    assert t("scorecard.verdict.lost_as_described", lang) in abai


def test_the_modules_examples_hold():
    import doctest

    from dashboard.views import scorecard as module

    assert doctest.testmod(module).failed == 0
