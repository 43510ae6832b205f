"""Rebuild geodata/districts.csv, the district (ADM2) gazetteer, from the geokz shapefiles.

Source: the attribute tables of geokz ``kaz_admbnda_adm2_2018`` (216 units, the 2018-2022
structure) and ``kaz_admbnda_adm2_2024`` (224 units, January 2024), by A. Rodionov
(https://github.com/arodionoff/geokz, commit 41c1a00454ec9e01bda031b5074920bd82de02ce),
CC BY 4.0, attribution "geokz, A. Rodionov". Only the KATO codes and the names are taken,
no geometry; see geodata/NOTICE.geokz.md.

One row per (structure, district): ``kato`` (9 digits), ``region_id`` (the oblast or city
of republican significance it lies in, 2-digit KATO), ``structure`` (2018 or 2024), and
the names as geokz gives them (``name_kk``, ``name_ru``, ``name_en``; a few Russian names
carry geokz's own typos, e.g. "Енбекшинскийский", kept so the file stays its copy).

Usage (from the repository root)::

    python geodata/build_districts.py /path/to/geokz          # rewrite districts.csv
    python geodata/build_districts.py /path/to/geokz --check  # exit 1 if it differs
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

GEODATA_DIR = Path(__file__).resolve().parent
OUTPUT = GEODATA_DIR / "districts.csv"
LAYERS = {"2018": "kaz_admbnda_adm2_2018.shp", "2024": "kaz_admbnda_adm2_2024.shp"}
COLUMNS = ("kato", "region_id", "structure", "name_kk", "name_ru", "name_en")


def build(folder: Path) -> str:
    """The CSV text of the gazetteer read from the geokz shapefiles in ``folder``."""
    import pyogrio

    rows = []
    for structure, name in LAYERS.items():
        table = pyogrio.read_dataframe(folder / name, read_geometry=False)
        for record in table.to_dict("records"):
            kato = str(record["KATO"]).strip()
            if len(kato) != 9 or not kato.isdigit():
                raise ValueError(f"{name}: KATO {kato!r} is not a 9-digit code")
            rows.append(
                {
                    "kato": kato,
                    "region_id": kato[:2],
                    "structure": structure,
                    "name_kk": " ".join(str(record["ADM2_KK"]).split()),
                    "name_ru": " ".join(str(record["ADM2_RU"]).split()),
                    "name_en": " ".join(str(record["ADM2_EN"]).split()),
                }
            )
    rows.sort(key=lambda r: (r["structure"], r["kato"]))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geokz", type=Path, help="folder with the geokz ADM2 shapefiles")
    parser.add_argument("--check", action="store_true", help="exit 1 if districts.csv differs")
    args = parser.parse_args(argv)
    text = build(args.geokz)
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("districts.csv is up to date" if same else "districts.csv differs")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} districts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
