"""Test files made from the package's real figures (BNS), in the shapes analysts upload.

Nothing here is data: the builders lay out figures already in ``data/`` the way a BNS table
or an analyst's CSV would, so that importing them must give back exactly those figures.
OD tables: the package holds only an unverified copy of the BNS table, so their builders
take numbers the test states, labelled arbitrary.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

import openpyxl

from dashboard.datasets.package import load_package
from dashboard.geo.boundaries import region_ids
from dashboard.geo.gazetteer import region_name

BNS_NET_MIGRATION = "bns-net-migration-all-flows"
BNS_POPULATION = "bns-population-1jan"
NBSP = "\u00a0"


def package_values(indicator: str, year: int, version: str | None = None) -> dict[str, float]:
    """{region id: value} of the package for one indicator and year."""
    table = load_package().regional
    rows = table[(table["indicator"] == indicator) & (table["year"] == year)]
    if version is not None:
        rows = rows[rows["boundary_version"] == version]
    return dict(zip(rows["region_id"], rows["value"], strict=True))


def package_total(indicator: str, year: int) -> float:
    totals = load_package().country_totals
    row = totals[(totals["indicator"] == indicator) & (totals["year"] == year)]
    return float(row["value"].iloc[0])


def russian_number(value: float) -> str:
    """1234567 -> "1 234 567" with no-break spaces, as BNS writes numbers."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return text.replace(",", NBSP).replace(".", ",")


def names(version: str, lang: str = "ru") -> dict[str, str]:
    return {rid: region_name(rid, lang, version) for rid in region_ids(version)}


def wide_rows(
    indicator: str,
    years: Sequence[int],
    *,
    version: str = "2022",
    title: str = "",
    total_label: str | None = "Республика Казахстан",
    total: dict[int, float] | None = None,
    lang: str = "ru",
    as_text: bool = False,
) -> list[list[object]]:
    """A BNS-style wide table: title, unit row, header of years, total row, regions, footnote.

    Rows are the units of ``version``; each year's figures are the package's (on whatever
    boundaries the package holds that year: "-" where a unit has no figure).
    """
    per_year = {y: package_values(indicator, y) for y in years}
    rows: list[list[object]] = [[title or f"{indicator} по регионам"], ["человек"]]
    rows.append([None, *[f"{y}" for y in years]])
    if total_label:
        sums = total or {y: sum(per_year[y].values()) for y in years}
        rows.append([total_label, *[_cell(sums[y], as_text) for y in years]])
    for rid, label in names(version, lang).items():
        cells = [_cell(per_year[y][rid], as_text) if rid in per_year[y] else "-" for y in years]
        rows.append([label, *cells])
    rows += [[], ["1) Примечание: данные текущего учёта."]]
    return rows


def _cell(value: float, as_text: bool) -> object:
    if as_text:
        return russian_number(value)
    return int(value) if float(value).is_integer() else value


def xlsx_bytes(rows: Iterable[Sequence[object]], sheets: Sequence[str] = ()) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Таблица 1"
    for row in rows:
        sheet.append(list(row))
    for title in sheets:
        workbook.create_sheet(title)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(
    rows: Iterable[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if c is None else c for c in row])
    return buffer.getvalue().encode(encoding)


def long_rows(indicator: str, year: int, version: str = "2022", lang: str = "en") -> list[list]:
    """region, year, value: one value per row, names in ``lang``."""
    values = package_values(indicator, year, version)
    return [["region", "year", "value"]] + [
        [region_name(rid, lang, version), year, values[rid]] for rid in sorted(values)
    ]


def od_matrix_rows(
    persons: dict[tuple[str, str], int], year: int, ids: Sequence[str], total: bool = True
) -> list[list[object]]:
    """An OD matrix (origins as rows) of arbitrary test numbers, BNS-like layout."""
    labels = {rid: region_name(rid, "ru", "2022") for rid in ids}
    rows: list[list[object]] = [[f"Миграция населения по направлениям за {year} год"], []]
    rows.append(["Откуда \\ Куда", *[labels[d] for d in ids], *(["Всего"] if total else [])])
    for o in ids:
        cells = [persons.get((o, d), 0) if o != d else "х" for d in ids]
        row_total = [sum(c for c in cells if isinstance(c, int))] if total else []
        rows.append([labels[o], *cells, *row_total])
    return rows
