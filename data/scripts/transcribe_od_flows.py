"""Transcribe the region-to-region migration table of the reference folder into data/od_flows.csv.

Run once, by hand, from the repository root::

    .venv/bin/python data/scripts/transcribe_od_flows.py [--shared ../shared] [--dry-run]

It documents provenance: it reads ``../shared/reference/od-interregional-migration-diar299/
Internal_migration.csv`` (never shipped, never read by the app) and (re)writes
``data/od_flows.csv`` in the package's own long schema. It does NOT touch ``sources.csv`` or
``datapackage.json`` (edited by hand).

What is transcribed: the ordered pairs of regions (20 x 19, no diagonal) with the number of
persons who moved, for 2010, 2015, 2020, 2021, 2023 and 2024, on the 20 units of June 2022 as
the file gives them for every year (the app sums them up to the boundary version of each year;
nothing is summed or split here). Left out, as the reference README says:

* 2022: corrupt. Many pairs are exact mirror images (A->B = B->A) and the nets have the wrong
  sign; the script counts the mirror pairs of every year to show that 2022 stands apart.
* 2025: possibly a partial year (not stated by the repository).

The repository names the BNS as its source but no table and no licence: every row is
``unverified`` with source ``diar299-od-interregional``.

Checks (the script stops on a failure): 380 distinct ordered pairs per year, no diagonal,
every name known, whole non-negative numbers, and each year's total equal to the annual total
printed in the reference README.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
REFERENCE = "reference/od-interregional-migration-diar299/Internal_migration.csv"

SOURCE_ID = "diar299-od-interregional"
QUALITY = "unverified"
YEARS = (2010, 2015, 2020, 2021, 2023, 2024)
LEFT_OUT = {2022: "corrupt: mirror-image pairs", 2025: "possibly a partial year"}
# Annual totals printed in the reference README ("Annual totals").
README_TOTALS = {
    2010: 189_941,
    2015: 233_503,
    2020: 356_613,
    2021: 330_739,
    2022: 370_572,
    2023: 472_227,
    2024: 689_497,
    2025: 458_948,
}
# The repository's region names -> two-digit KATO codes of the 20 units of June 2022.
NAMES = {
    "Abay": "10",
    "Akmola": "11",
    "Aktobe": "15",
    "Almaty": "19",
    "Atyrau": "23",
    "West_Kaz": "27",
    "Zhambyl": "31",
    "Zhetysu": "33",
    "Karaganda": "35",
    "Kostanay": "39",
    "Kyzylorda": "43",
    "Mangystau": "47",
    "Pavlodar": "55",
    "North_Kaz": "59",
    "Turkestan": "61",
    "Ulytau": "62",
    "East_Kaz": "63",
    "Astana_city": "71",
    "Almaty_city": "75",
    "Shymkent_city": "79",
}
COLUMNS = ["year", "origin", "destination", "persons", "source_id", "quality", "note"]


def read_reference(path: Path) -> dict[int, dict[tuple[str, str], int]]:
    """year -> {(origin id, destination id): persons}, checked cell by cell."""
    table: dict[int, dict[tuple[str, str], int]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            year = int(row["Year"])
            try:
                pair = (NAMES[row["region_emmigr"]], NAMES[row["region_immigr"]])
            except KeyError as error:
                raise SystemExit(f"line {line}: unknown region name {error}") from None
            text = row["N"].strip()
            if not text.isdigit():
                raise SystemExit(f"line {line}: N is not a whole number: {text!r}")
            if pair[0] == pair[1]:
                raise SystemExit(f"line {line}: origin equals destination")
            if pair in table.setdefault(year, {}):
                raise SystemExit(f"line {line}: pair {pair} repeated in {year}")
            table[year][pair] = int(text)
    for year, pairs in table.items():
        if len(pairs) != 20 * 19:
            raise SystemExit(f"{year}: {len(pairs)} pairs, expected 380")
        if sum(pairs.values()) != README_TOTALS[year]:
            raise SystemExit(f"{year}: total {sum(pairs.values())} != README {README_TOTALS[year]}")
    return table


def mirror_pairs(pairs: dict[tuple[str, str], int]) -> int:
    """Unordered pairs whose two directions are exactly equal (the 2022 corruption)."""
    return sum(1 for (o, d), n in pairs.items() if o < d and pairs[(d, o)] == n)


def rows(table: dict[int, dict[tuple[str, str], int]]) -> list[dict[str, object]]:
    """The package rows of the kept years, sorted by year, origin, destination."""
    out = []
    for year in YEARS:
        for (origin, destination), persons in sorted(table[year].items()):
            out.append(
                {
                    "year": year,
                    "origin": origin,
                    "destination": destination,
                    "persons": persons,
                    "source_id": SOURCE_ID,
                    "quality": QUALITY,
                    # Units and caveats are the source's (sources.csv note), not the row's.
                    "note": "",
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """Read, check, report the mirror pairs, write."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    args = parser.parse_args(argv)
    table = read_reference(args.shared / REFERENCE)
    counts = Counter({year: mirror_pairs(pairs) for year, pairs in table.items()})
    print("mirror-image pairs (of 190) per year:", dict(sorted(counts.items())))
    for year, why in LEFT_OUT.items():
        print(f"left out {year}: {why}")
    records = rows(table)
    print(f"{len(records)} rows for {', '.join(map(str, YEARS))}")
    if not args.dry_run:
        with (DATA / "od_flows.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
