"""Transcribe official figures from the read-only reference folder into the project's own tables.

Run once, by hand, from the repository root::

    /work/venv/bin/python data/scripts/transcribe_reference.py [--shared ../shared]

It documents provenance: it reads ``../shared/reference`` (never shipped, never read by the app)
and (re)writes ``data/regional_indicators.csv`` and ``data/country_totals.csv`` in the project's
own long schema. It does NOT touch ``sources.csv``, ``indicators.csv`` or ``datapackage.json``
(those are edited by hand and by other contributors).

What is transcribed (the original publisher is in ``data/sources.csv``):

* BNS population on 1 January 2000-2023 by region: total; men and women, each total / urban /
  rural (``odk-population-by-region/source.xlsx``, three sheets). The workbook has no both-sexes
  urban / rural rows, so urban and rural population are derived by the data API (men + women);
  nothing is summed here.
* BNS net migration, all flows: 20 regions 2023-2024 and the country 2000-2024
  (``derived/bns_net_migration_all_flows_transcribed.csv``).
* BNS emissions from stationary sources and current environmental-protection expenditure,
  2005-2022 (``odk-eco-spending-emissions/part2.csv`` / ``eco.csv``; the CSVs are cell-for-cell
  equal to the BNS ``.xls`` files beside them, float artefacts included, which we round away).
* Interregional arrivals / departures / net 2022-2024 (FINDINGS §1.3; unverified).
* The 2007 oralman quota by oblast (FINDINGS §1.6, Gov. Res. No. 1198 of 7 Dec 2007).
* Kandas and settler quotas 2023 / 2025 / 2026 (FINDINGS §1.6, official figures quoted in news).
* Oralman / kandas settlement shares (FINDINGS §1.6, official figures quoted in news).

Boundary version of a stored row = the version whose set of units the source uses in that
year (see the descriptor). The script derives it from the units that carry a value and asserts
that this set is exactly the unit set of that version, so a misread row fails loudly.

Every transcription is checked against the selected years printed in FINDINGS.md (they must be
equal) and the regional sums are compared with the source's republic row (differences printed).
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from pathlib import Path

import openpyxl
import pandas as pd

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"

# Unit sets of the three boundary versions (KATO 2-digit ids). Kept here on purpose: this is a
# one-off script and must not depend on the app's gazetteer.
UNITS = {
    "1997": {"11", "15", "19", "23", "27", "31", "35", "39", "43", "47", "55", "59", "61", "63"}
    | {"71", "75"},
}
UNITS["2018"] = UNITS["1997"] | {"79"}
UNITS["2022"] = UNITS["2018"] | {"10", "33", "62"}

# BNS Russian row names (workbook, eco tables) -> id. "Туркестанская 1" (footnote 1) and
# "Южно-Казахстанская" are South Kazakhstan (61 on version 1997) in the years they carry values.
RU_NAMES = {
    "Абай": "10",
    "Акмолинская": "11",
    "Актюбинская": "15",
    "Алматинская": "19",
    "Атырауская": "23",
    "Западно-Казахстанская": "27",
    "Жамбылская": "31",
    "Жетісу": "33",
    "Карагандинская": "35",
    "Костанайская": "39",
    "Кызылординская": "43",
    "Мангистауская": "47",
    "Павлодарская": "55",
    "Северо-Казахстанская": "59",
    "Туркестанская 1": "61",
    "Туркестанская": "61",
    "Южно-Казахстанская": "61",
    "Ұлытау": "62",
    "Восточно-Казахстанская": "63",
    "г. Астана": "71",
    "г. Алматы": "75",
    "г. Шымкент": "79",
    "г.Шымкент": "79",
}
REPUBLIC = "Республика Казахстан"

# English names used in FINDINGS §1.3 (interregional table) and §1.6 (quota tables).
EN_NAMES = {
    "Abay": "10",
    "Abai": "10",
    "Almaty city": "75",
    "Almaty region": "19",
    "Aqmola": "11",
    "Akmola": "11",
    "Aqtobe": "15",
    "Astana city": "71",
    "Atyrau": "23",
    "East Kazakhstan": "63",
    "Jambyl": "31",
    "Jetisu": "33",
    "Mangystau": "47",
    "North Kazakhstan": "59",
    "Pavlodar": "55",
    "Qaraganda": "35",
    "Karaganda": "35",
    "Qostanay": "39",
    "Kostanay": "39",
    "Qyzylorda": "43",
    "Shymkent city": "79",
    "Turkistan": "61",
    "Ulutay": "62",
    "Ulytau": "62",
    "West Kazakhstan": "27",
}

COLUMNS = [
    "region_id",
    "boundary_version",
    "year",
    "indicator",
    "value",
    "unit",
    "source_id",
    "quality",
    "note",
]
TOTAL_COLUMNS = ["indicator", "year", "value", "unit", "source_id", "quality", "note"]


def fmt(value: float) -> str:
    """Format a number with '.' decimals, no thousand separators and no float artefacts."""
    value = round(float(value), 6)
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def version_of(ids: set[str], what: str) -> str:
    """Return the boundary version whose unit set is exactly ``ids`` (else fail loudly)."""
    for version, units in UNITS.items():
        if ids == units:
            return version
    raise SystemExit(f"{what}: units {sorted(ids)} match no boundary version")


def number(cell: object) -> float | None:
    """Source cell -> number; '-' (BNS 'no such unit') and blanks -> None (a gap, not zero)."""
    if cell is None:
        return None
    if isinstance(cell, str):
        text = cell.strip()
        if text in {"", "-", "—", "–"}:
            return None
        return float(text.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    return float(cell)


# ---------------------------------------------------------------------------------------------
# population workbook


def read_block(ws, header_row: int, first: int, last: int) -> tuple[dict, dict]:
    """Read rows first..last of a sheet block: -> ({region_id: {year: v}}, {year: republic})."""
    years: dict[int, int] = {}
    for col, cell in enumerate(next(ws.iter_rows(min_row=header_row, max_row=header_row))):
        if isinstance(cell.value, (int, float)) and 1990 < cell.value < 2100:
            years[col] = int(cell.value)
    regions: dict[str, dict[int, float]] = {}
    republic: dict[int, float] = {}
    for row in ws.iter_rows(min_row=first, max_row=last, values_only=True):
        name = (row[0] or "").strip()
        values = {years[c]: number(row[c]) for c in years}
        if name == REPUBLIC:
            republic = {y: v for y, v in values.items() if v is not None}
        elif name in RU_NAMES:
            rid = RU_NAMES[name]
            if rid in regions:
                raise SystemExit(f"duplicate row for {name} in {ws.title} rows {first}-{last}")
            regions[rid] = {y: v for y, v in values.items() if v is not None}
        else:
            raise SystemExit(f"unknown row name {name!r} in sheet {ws.title}")
    return regions, republic


def find_label(ws, label: str, start: int = 1) -> int:
    """Row number of the first cell in column A equal to ``label`` at or after ``start``."""
    for idx, row_values in enumerate(ws.iter_rows(min_row=start, values_only=True), start):
        if isinstance(row_values[0], str) and row_values[0].strip() == label:
            return idx
    raise SystemExit(f"label {label!r} not found in sheet {ws.title}")


def population(shared: Path) -> tuple[list[dict], list[dict], dict]:
    """Transcribe the BNS population workbook: regional rows, republic rows, blocks for checks."""
    wb = openpyxl.load_workbook(shared / "reference/odk-population-by-region/source.xlsx")
    blocks: dict[str, tuple[dict, dict]] = {}
    ws = wb["Все население"]
    blocks["population"] = read_block(ws, find_year_header(ws), 2, find_label(ws, "г. Шымкент"))
    for sheet, sex, label in (("Мужчины", "male", "Мужчины"), ("Женщины", "female", "Женщины")):
        ws = wb[sheet]
        header = find_year_header(ws)
        top = find_label(ws, label, header + 1)
        urban = find_label(ws, "Городское население", top)
        rural = find_label(ws, "Сельское население", urban)
        foot = find_label(ws, "1) Данные за 2000-2016гг. по Южно-Казахстанской области.", rural)
        blocks[f"population_{sex}"] = read_block(ws, header, top + 1, urban - 1)
        blocks[f"population_urban_{sex}"] = read_block(ws, header, urban + 1, rural - 1)
        blocks[f"population_rural_{sex}"] = read_block(ws, header, rural + 1, foot - 1)

    # The version of a year is read off the all-population block (the units that carry a value)
    # and then required of every other block of the same year.
    total_regions = blocks["population"][0]
    years = sorted({y for series in total_regions.values() for y in series})
    version_by_year = {
        y: version_of({r for r, s in total_regions.items() if y in s}, f"population {y}")
        for y in years
    }
    rows: list[dict] = []
    totals: list[dict] = []
    for indicator, (regions, republic) in blocks.items():
        for year in years:
            version = version_by_year[year]
            ids = {rid for rid, series in regions.items() if year in series}
            expected = set(UNITS[version])
            if indicator.startswith("population_rural"):
                # Cities of republican significance have no rural row in the source: they are
                # absent here too (a gap, never a zero).
                expected -= {"71", "75", "79"}
            if ids != expected:
                raise SystemExit(f"{indicator} {year}: units {sorted(ids)} != {sorted(expected)}")
            for rid in sorted(ids):
                note = ""
                if rid == "61" and version == "1997":
                    note = (
                        "Source row 'Туркестанская' with footnote 1: data for South Kazakhstan "
                        "oblast (incl. Shymkent)."
                    )
                if year == 2017 and rid in {"61", "79"}:
                    note = (
                        "1 January 2017 as recalculated by BNS with Shymkent separate; stored on "
                        "the 2018 units (61 = Turkistan oblast without Shymkent)."
                    )
                rows.append(
                    row(
                        rid,
                        version,
                        year,
                        indicator,
                        regions[rid][year],
                        "persons",
                        "bns-population-1jan",
                        "official",
                        note,
                    )
                )
            totals.append(
                total(
                    indicator,
                    year,
                    republic[year],
                    "persons",
                    "bns-population-1jan",
                    "official",
                    "Source row 'Республика Казахстан'.",
                )
            )
    return rows, totals, blocks


def find_year_header(ws) -> int:
    """Row number of the header row holding the years 2000, 2001, ..."""
    for idx, row_values in enumerate(ws.iter_rows(values_only=True), 1):
        if 2000 in row_values and 2001 in row_values:
            return idx
    raise SystemExit(f"no year header in sheet {ws.title}")


def row(rid, version, year, indicator, value, unit, source_id, quality, note="") -> dict:
    """One regional_indicators row."""
    return {
        "region_id": rid,
        "boundary_version": version,
        "year": int(year),
        "indicator": indicator,
        "value": fmt(value),
        "unit": unit,
        "source_id": source_id,
        "quality": quality,
        "note": note,
    }


def total(indicator, year, value, unit, source_id, quality, note="") -> dict:
    """One country_totals row."""
    return {
        "indicator": indicator,
        "year": int(year),
        "value": fmt(value),
        "unit": unit,
        "source_id": source_id,
        "quality": quality,
        "note": note,
    }


# ---------------------------------------------------------------------------------------------
# net migration (BNS taldau, transcribed in the reference notes)


def net_migration(shared: Path) -> tuple[list[dict], list[dict]]:
    """Regional net migration 2023-2024 (20 units) and the country series 2000-2024."""
    src = pd.read_csv(
        shared / "reference/derived/bns_net_migration_all_flows_transcribed.csv",
        dtype={"kato_2digit": "string"},
    )
    rows, totals = [], []
    regional = src[src["level"] == "region"]
    for year, group in regional.groupby("year"):
        ids = set(group["kato_2digit"])
        version = version_of(ids, f"net_migration {year}")
        for rec in group.itertuples():
            rows.append(
                row(
                    rec.kato_2digit,
                    version,
                    year,
                    "net_migration",
                    rec.net_migration_all_flows_total,
                    "persons",
                    "bns-net-migration-all-flows",
                    "official",
                )
            )
    for rec in src[src["level"] == "country"].itertuples():
        totals.append(
            total(
                "net_migration",
                rec.year,
                rec.net_migration_all_flows_total,
                "persons",
                "bns-net-migration-all-flows",
                "official",
                "Country total, all flows (= international net migration).",
            )
        )
    return rows, totals


# ---------------------------------------------------------------------------------------------
# ecology tables (BNS dynamic tables via open-data-kazakhstan)


def eco_table(
    path: Path, indicator: str, unit: str, source_id: str, note_61: str
) -> tuple[list[dict], list[dict], dict]:
    """Wide BNS table (regions x years, '-' = no such unit) -> long rows + republic rows."""
    wide = pd.read_csv(path, index_col=0, dtype=str)
    wide.index = wide.index.str.strip()
    regions: dict[str, dict[int, float]] = {}
    republic: dict[int, float] = {}
    for name, series in wide.iterrows():
        values = {int(float(y)): number(v) for y, v in series.items()}
        values = {y: v for y, v in values.items() if v is not None}
        if name == REPUBLIC:
            republic = values
        else:
            rid = RU_NAMES[name]  # KeyError = an unknown row name: stop and look
            # 'Южно-Казахстанская' (to 2017) and 'Туркестанская' (from 2018) are two rows of
            # the source that both map to id 61; their years must not overlap.
            if set(regions.get(rid, {})) & set(values):
                raise SystemExit(f"overlapping rows for {rid} ({name}) in {path.name}")
            regions.setdefault(rid, {}).update(values)
    rows, totals = [], []
    for year in sorted(republic):
        ids = {rid for rid, s in regions.items() if year in s}
        version = version_of(ids, f"{indicator} {year}")
        for rid in sorted(ids):
            note = note_61 if (rid == "61" and version == "1997") else ""
            rows.append(
                row(
                    rid,
                    version,
                    year,
                    indicator,
                    regions[rid][year],
                    unit,
                    source_id,
                    "official",
                    note,
                )
            )
        totals.append(
            total(
                indicator,
                year,
                republic[year],
                unit,
                source_id,
                "official",
                "Source row 'Республика Казахстан'.",
            )
        )
    return rows, totals, {"regions": regions, "republic": republic}


# ---------------------------------------------------------------------------------------------
# tables from FINDINGS.md (figures quoted there from their original sources)


def md_table(text: str, heading: str) -> list[list[str]]:
    """Cells of the first markdown table after the line that starts with ``heading``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    table: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                table.append(cells)
        elif table:
            break
    return table


def md_number(cell: str) -> float | None:
    """'−6 403' / '-6 403' / '1 925 (sum)' / '—' -> number or None."""
    cell = cell.replace("**", "").replace("−", "-").replace("\u2212", "-")
    cell = re.sub(r"\(.*?\)", "", cell).strip()
    if cell in {"", "-", "—", "–"}:
        return None
    return float(cell.replace(" ", "").replace("\u00a0", ""))


def interregional(findings: str) -> list[dict]:
    """FINDINGS §1.3: interregional arrivals, departures, net 2022-2024 (unverified)."""
    table = md_table(findings, "### 1.3 Interregional")
    header, body = table[0], table[1:]
    note = (
        "Unverified: repository kanatislambekov/internal-migration-flow-kz states no source and "
        "no licence; looks like BNS interregional migration (sums to 0 each year)."
    )
    rows = []
    kinds = {
        "arr": "interregional_arrivals",
        "dep": "interregional_departures",
        "net": "interregional_net",
    }
    for cells in body:
        rid = EN_NAMES[cells[0]]
        for col, cell in zip(header[1:], cells[1:], strict=True):
            kind, year = col.split()
            extra = " 2024: sum of the monthly file." if year == "2024" else ""
            rows.append(
                row(
                    rid,
                    "2022",
                    int(year),
                    kinds[kind],
                    md_number(cell),
                    "persons",
                    "kanatislambekov-interregional",
                    "unverified",
                    note + extra,
                )
            )
    return rows


# 2007 oralman quota by oblast, families: Gov. Res. No. 1198 of 7 Dec 2007 (FINDINGS §1.6 prose).
QUOTA_2007 = {
    "11": 1020, "15": 880, "19": 1260, "23": 450, "63": 1095, "31": 980, "27": 485, "35": 1005,
    "43": 500, "39": 875, "47": 1998, "55": 950, "59": 500, "61": 2765, "71": 127, "75": 110,
}  # fmt: skip


def quotas(findings: str) -> tuple[list[dict], list[dict]]:
    """2007 oralman quota (16 units) and kandas / settler quotas 2023-2026 (FINDINGS §1.6)."""
    text = findings[findings.index("2007 quota by oblast") :]
    # cross-check the literal above against the prose it was typed from
    for name, rid in (
        ("Akmola", "11"),
        ("Mangystau", "47"),
        ("South Kazakhstan", "61"),
        ("Astana", "71"),
        ("Almaty city", "75"),
    ):
        m = re.search(re.escape(name) + r" ([\d ]+?)[;→]", text)
        assert m and md_number(m.group(1)) == QUOTA_2007[rid], (name, m)
    rows = [
        row(
            rid,
            "1997",
            2007,
            "oralman_quota",
            v,
            "families",
            "gov-res-1198-2007",
            "official",
            "South Kazakhstan oblast." if rid == "61" else "",
        )
        for rid, v in sorted(QUOTA_2007.items())
    ]
    totals = [
        total(
            "oralman_quota",
            2007,
            15000,
            "families",
            "presidential-decree-1508-2004",
            "official",
            "Annual quota 2005-2007 (Decree No. 1508 of 27 Dec 2004); the oblast "
            "distribution of Gov. Res. No. 1198 of 7 Dec 2007 sums to it exactly.",
        )
    ]

    table = md_table(findings, "Regional quotas under the current")
    header, body = table[0], table[1:]
    columns = {
        "kandas 2023": ("kandas_quota", 2023, "dalanews-kandas-quota-2023"),
        "settlers 2023": ("settler_quota", 2023, "dalanews-kandas-quota-2023"),
        "kandas 2025": ("kandas_quota", 2025, "kokshetoday-kandas-quota-2025"),
        "kandas 2026": ("kandas_quota", 2026, "mgorod-kandas-quota-2026"),
        "settlers 2026": ("settler_quota", 2026, "mgorod-kandas-quota-2026"),
    }
    stated_totals = {}
    for cells in body:
        name = cells[0].replace("**", "")
        for col, cell in zip(header[1:], cells[1:], strict=True):
            indicator, year, source_id = columns[col]
            value = md_number(cell)
            if name == "total":
                if "(sum)" not in cell:  # only totals stated by the source, not our sums
                    stated_totals[(indicator, year)] = (value, source_id)
                continue
            if value is None:
                continue  # '—' in the source table: a gap, not zero
            note = "Same figure in inform-kandas-quota-2026." if year == 2026 else ""
            rows.append(
                row(
                    EN_NAMES[name],
                    "2022",
                    year,
                    indicator,
                    value,
                    "persons",
                    source_id,
                    "official-via-news",
                    note,
                )
            )
    # 2025 settlers: only partly listed in the source (kokshetoday); the rest are gaps.
    for rid, value in (("55", 3050), ("59", 2969), ("39", 535)):
        rows.append(
            row(
                rid,
                "2022",
                2025,
                "settler_quota",
                value,
                "persons",
                "kokshetoday-kandas-quota-2025",
                "official-via-news",
                "The source lists the 2025 settler quota only partly; other regions: no data.",
            )
        )
    stated_totals[("settler_quota", 2025)] = (7344, "kokshetoday-kandas-quota-2025")
    for (indicator, year), (value, source_id) in sorted(stated_totals.items()):
        totals.append(
            total(
                indicator,
                year,
                value,
                "persons",
                source_id,
                "official-via-news",
                "Total stated by the source.",
            )
        )
    return rows, totals


# Settlement shares, percent (FINDINGS §1.6 table "Cumulative totals and settlement shares").
# (indicator, year, version, source_id, as-of note, {region: share})
SHARES = [
    ("oralman_settlement_share", 2011, "1997", "caravan-oralmans-2011",
     "Share of all oralmans settled since 1991, as of 1 October 2011.",
     {"61": 21.4, "19": 15.2, "47": 12.5, "31": 9.3}),
    ("oralman_settlement_share", 2014, "1997", "kaztag-repatriates-2014",
     "Share of all repatriates settled since 1991, as of May 2014.",
     {"61": 21.2, "19": 16, "47": 12.9, "31": 9.4}),
    ("oralman_settlement_share", 2015, "1997", "7232-repatriates-2015",
     "Share of all repatriates settled since 1991, as of 29 May 2015 (others together 40.1%).",
     {"61": 21.2, "19": 16.3, "47": 13.0, "31": 9.4}),
    ("kandas_arrivals_share", 2020, "2018", "kazinform-kandas-2020",
     "Share of the kandas who arrived in 2020 (reported as of 1 December 2020).",
     {"19": 51.7, "47": 13.4}),
    ("kandas_arrivals_share", 2023, "2022", "inform-kandas-2023",
     "Share of the 6 144 kandas who arrived in January-April 2023 (as of 1 May 2023).",
     {"19": 27.2, "47": 13.8, "61": 6.4, "31": 5.1, "71": 11, "75": 8.8, "79": 7.1}),
]  # fmt: skip
SHARE_NOTES = {
    ("61", "1997"): " South Kazakhstan oblast.",
    ("19", "1997"): " Almaty oblast.",
}


def shares() -> list[dict]:
    """Oralman / kandas settlement shares as rows (quality official-via-news)."""
    rows = []
    for indicator, year, version, source_id, note, values in SHARES:
        for rid, value in sorted(values.items()):
            extra = SHARE_NOTES.get((rid, version), "")
            if source_id == "kaztag-repatriates-2014" and rid == "19":
                extra = " The source says 'Almaty'; read as Almaty oblast, as in 2011 and 2015."
            rows.append(
                row(
                    rid,
                    version,
                    year,
                    indicator,
                    value,
                    "percent",
                    source_id,
                    "official-via-news",
                    note + extra,
                )
            )
    return rows


# ---------------------------------------------------------------------------------------------
# checks


def check_against_findings(findings: str, rows: list[dict], totals: list[dict]) -> int:
    """Every figure in the FINDINGS selected-year tables must equal our transcription."""
    by_key = {(r["indicator"], r["year"], r["region_id"]): float(r["value"]) for r in rows}
    by_key |= {(t["indicator"], t["year"], "KZ"): float(t["value"]) for t in totals}
    checked = 0

    def compare(indicator: str, heading: str, name_to_id) -> None:
        nonlocal checked
        table = md_table(findings, heading)
        years = [int(c) for c in table[0][1:]]
        ids = [name_to_id(cells) for cells in table[1:]]
        for rid, cells in zip(ids, table[1:], strict=True):
            for year, cell in zip(years, cells[-len(years) :], strict=True):
                value = md_number(cell)
                if value is None:
                    # a '-' must be a gap, unless a second source row maps to the same id
                    # ('Южно-Казахстанская' / 'Туркестанская' -> 61)
                    if ids.count(rid) == 1:
                        assert (indicator, year, rid) not in by_key, (indicator, year, rid)
                    continue
                got = by_key.get((indicator, year, rid))
                # FINDINGS prints at most the source's decimals (2021 republic emissions:
                # 2407.456 for the source's 2407.455791), so equal up to the printed precision.
                decimals = len(cell.split(".")[1]) if "." in cell else 0
                tol = 0.5 * 10**-decimals + 1e-9
                assert got is not None and math.isclose(got, value, abs_tol=tol), (
                    f"{indicator} {year} {rid}: FINDINGS {value} vs ours {got}"
                )
                checked += 1

    def ru(cells: list[str]) -> str:
        name = cells[0].strip()
        return "KZ" if name == REPUBLIC else RU_NAMES[name]

    compare("population", "### 2.1 Population on 1 January", ru)
    compare("emissions_stationary", "### 3.1 Emissions", ru)
    compare("eco_expenditure_current", "### 3.2 Current expenditure", ru)

    table = md_table(findings, "### 1.2 Net migration by region")
    for cells in table[1:]:
        for year, cell in ((2023, cells[2]), (2024, cells[3])):
            assert by_key[("net_migration", year, cells[1])] == md_number(cell), cells
            checked += 1
    table = md_table(findings, "### 1.1 National net migration")
    for cells in table[1:]:
        assert by_key[("net_migration", int(cells[0]), "KZ")] == md_number(cells[1]), cells
        checked += 1
    return checked


def reconcile(rows: list[dict], totals: list[dict]) -> list[str]:
    """Regional sums against the country totals, per indicator and year (exact differences)."""
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype(float)
    report = []
    for t in totals:
        part = frame[(frame["indicator"] == t["indicator"]) & (frame["year"] == t["year"])]
        if part.empty:
            continue
        diff = round(part["value"].sum() - float(t["value"]), 6)
        report.append(
            f"{t['indicator']:<26} {t['year']} units={len(part):>2} "
            f"sum={fmt(part['value'].sum()):>14} total={t['value']:>14} diff={fmt(diff)}"
        )
    return report


def population_consistency(blocks: dict) -> list[str]:
    """Men + women = total, urban + rural = each sex's total, for every region and year."""
    problems = []

    def value(indicator: str, rid: str, year: int) -> float:
        regions, republic = blocks[indicator]
        series = republic if rid == "KZ" else regions.get(rid, {})
        return series.get(year, 0.0)  # cities have no rural row: rural counts as absent here

    regions, republic = blocks["population"]
    for rid in [*regions, "KZ"]:
        for year in republic if rid == "KZ" else regions[rid]:
            both = value("population_male", rid, year) + value("population_female", rid, year)
            if both != value("population", rid, year):
                problems.append(f"men+women != total: {rid} {year}")
            for sex in ("male", "female"):
                parts = value(f"population_urban_{sex}", rid, year) + value(
                    f"population_rural_{sex}", rid, year
                )
                if parts != value(f"population_{sex}", rid, year):
                    problems.append(f"urban+rural != {sex}: {rid} {year}")
    return problems


def annotate_totals(rows: list[dict], totals: list[dict]) -> None:
    """Write the reconciliation difference into the note of each country total that has one."""
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype(float)
    for t in totals:
        part = frame[(frame["indicator"] == t["indicator"]) & (frame["year"] == t["year"])]
        if part.empty:
            continue
        diff = round(part["value"].sum() - float(t["value"]), 6)
        if diff == 0:
            t["note"] = (t["note"] + " The regional values sum to it exactly.").strip()
            continue
        why = (
            "the source lists the regions only partly"
            if t["indicator"] == "settler_quota"
            else "the source's regional values are rounded; numbers left as published"
        )
        t["note"] = (
            f"{t['note']} The regional values sum to {fmt(part['value'].sum())} "
            f"(difference {fmt(diff)}: {why})."
        ).strip()


def write(path: Path, columns: list[str], records: list[dict]) -> None:
    """Write a CSV with '\\n' line ends and minimal quoting."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)


def main(argv: list[str] | None = None) -> int:
    """Transcribe, check, reconcile, write."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    args = parser.parse_args(argv)
    shared: Path = args.shared
    findings = (shared / "reference/FINDINGS.md").read_text(encoding="utf-8")
    eco = shared / "reference/odk-eco-spending-emissions"

    pop_rows, pop_totals, blocks = population(shared)
    problems = population_consistency(blocks)
    print("population consistency (men+women=total, urban+rural=sex total):", problems or "OK")
    # Country population on 1 January 2024 and 2025 (BNS taldau export; FINDINGS §2.1).
    for year, value in ((2024, 20033842), (2025, 20283399)):
        pop_totals.append(
            total(
                "population",
                year,
                value,
                "persons",
                "bns-population-1jan-taldau",
                "official",
                "Country total; no regional values for this year in the package.",
            )
        )
    mig_rows, mig_totals = net_migration(shared)
    em_rows, em_totals, _ = eco_table(
        eco / "part2.csv",
        "emissions_stationary",
        "thousand_tonnes",
        "bns-emissions-stationary",
        "Source row 'Южно-Казахстанская' (South Kazakhstan oblast, incl. Shymkent).",
    )
    ex_rows, ex_totals, _ = eco_table(
        eco / "eco.csv",
        "eco_expenditure_current",
        "thousand_tenge",
        "bns-eco-expenditure",
        "Source row 'Южно-Казахстанская' (South Kazakhstan oblast, incl. Shymkent).",
    )
    quota_rows, quota_totals = quotas(findings)
    rows = pop_rows + mig_rows + em_rows + ex_rows + interregional(findings) + quota_rows
    rows += shares()
    totals = pop_totals + mig_totals + em_totals + ex_totals + quota_totals

    keys = [(r["region_id"], r["boundary_version"], r["year"], r["indicator"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate primary key"
    checked = check_against_findings(findings, rows, totals)
    print(
        f"{len(rows)} regional rows, {len(totals)} country totals; "
        f"{checked} figures equal the FINDINGS tables"
    )
    for line in reconcile(rows, totals):
        if not line.endswith("diff=0"):
            print(line)
    annotate_totals(rows, totals)

    rows.sort(key=lambda r: (r["indicator"], r["year"], r["boundary_version"], r["region_id"]))
    totals.sort(key=lambda t: (t["indicator"], t["year"]))
    if not args.dry_run:
        write(DATA / "regional_indicators.csv", COLUMNS, rows)
        write(DATA / "country_totals.csv", TOTAL_COLUMNS, totals)
    return 0


if __name__ == "__main__":
    sys.exit(main())
