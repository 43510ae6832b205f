"""The scorecard's file twin: ``/export.csv?panel=scorecard&lang=...`` holds the panel's
stage sums and verdicts, whole persons, the method and the sources, safe in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dashboard.datasets.package import load_package
from dashboard.datasets.sources import cite
from dashboard.exports.cells import FORMULA_STARTS
from dashboard.i18n.catalog import t


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))


def blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """The file's parts, split at its blank lines: provenance, regions, national series."""
    parts: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            parts[-1].append(row)
        else:
            parts.append([])
    return parts


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_scorecard_csv_holds_the_stage_sums_verdicts_method_and_sources(client, lang):
    response = client.get(f"/export.csv?panel=scorecard&lang={lang}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="scorecard_2001-2010_{lang}.csv"'
    )
    about, regions, national = blocks(read_csv(response))
    labels = dict((label, text) for label, text in about if label != t("export.method", lang))
    assert labels[t("export.title", lang)] == t("scorecard.title", lang)
    method = " ".join(text for label, text in about if label == t("export.method", lang))
    assert t("balance.method_any", lang) in method and "2008" in method
    sources = labels[t("sources.heading", lang)]
    for source_id in ("programme-2001", "bns-natural-increase", "bns-net-migration-all-flows"):
        assert cite(source_id, lang, load_package()) in sources

    header, *rows = regions
    assert header[0] == "KATO" and len(rows) == 16
    net = t("scorecard.col.net", lang, period="2001–2005")
    verdict = t("scorecard.col.verdict", lang, period="2001–2005")
    years = t("scorecard.col.years", lang, period="2006–2010")
    akmola = dict(zip(header, next(r for r in rows if r[0] == "11"), strict=True))
    assert akmola[net] == "-33844"  # whole persons, a number a spreadsheet reads as one
    assert akmola[verdict] == t("scorecard.verdict.lost_although_receiving", lang)
    assert akmola[years].startswith({"kk": "5 жылдың 4", "ru": "4 из 5", "en": "4 of 5"}[lang])
    assert sum(int(dict(zip(header, r, strict=True))[net]) for r in rows) == -133_023
    # The national series the aim is scored against, official, by year.
    assert national[0][0] == t("control.year", lang)
    assert national[6][:2] == ["2005", "22668"] and national[11][:2] == ["2010", "15516"]


def test_scorecard_csv_cells_are_never_formulas(client):
    for row in read_csv(client.get("/export.csv?panel=scorecard&lang=en")):
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                assert cell.startswith("-") and float(cell) < 0, cell  # a number, not a formula


def test_scorecard_xlsx_geojson_and_the_map_images_keep_their_routes(client):
    xlsx = client.get("/export.xlsx?panel=scorecard&lang=ru")
    assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"
    assert "scorecard_2001-2010_ru.xlsx" in xlsx.headers["Content-Disposition"]
    collection = json.loads(client.get("/export.geojson?panel=scorecard&lang=en").data)
    assert len(collection["features"]) == 16
    akmola = next(f for f in collection["features"] if f["id"] == "11")
    assert akmola["properties"]["stage1_net"] == -33844
    method = collection["metadata"][t("export.method", "en")]
    assert len(method) >= 5  # every sentence of the method
    # Other panels' files are the map's, as before.
    other = client.get("/export.csv?panel=programme&lang=en&indicator=population&year=2005")
    assert "population_2005_en.csv" in other.headers["Content-Disposition"]
