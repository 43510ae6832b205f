"""The district gazetteer (geodata/districts.csv, from geokz ADM2, CC BY 4.0): what it
holds, how names meet it, and that it is the geokz layer's own (checked against
../shared/reference/geokz when it is there)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dashboard import GEODATA_DIR, PROJECT_ROOT
from dashboard.geo.districts import district_gazetteer, is_district_code, match_district
from tests.conftest import require_shared


def test_the_gazetteer_holds_both_structures_with_codes_and_three_languages():
    table = district_gazetteer()
    assert table.groupby("structure").size().to_dict() == {"2018": 216, "2024": 224}
    assert table["kato"].str.fullmatch(r"\d{9}").all()
    assert (table["region_id"] == table["kato"].str[:2]).all()
    assert (table[["name_kk", "name_ru", "name_en"]] != "").all().all()


def test_the_licence_and_attribution_ship_with_it():
    notice = (GEODATA_DIR / "NOTICE.geokz.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in notice and "geokz, A. Rodionov" in notice


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ЭКИБАСТУЗ Г.А.", ("552200000",)),  # a city of oblast significance
        ("РАЙОН ЖАҢАСЕМЕЙ", ("101010000",)),  # Kazakh letters, the 2024 structure
        ("РАЙОН БЕИМБЕТА МАЙЛИНА", ("396400000",)),  # Taldau's genitive, geokz's nominative
        ("КОСТАНАЙ Г.А.", ("391000000",)),  # the city, not Kostanay district
        ("КОСТАНАЙСКИЙ РАЙОН", ("395400000",)),
        ("Абай ауданы", ("103200000", "353200000", "791110000")),  # three oblasts
        ("РАЙОН ҮЛКЕН НАРЫН", ()),  # formed after the gazetteer's structure
    ],
)
def test_a_name_meets_the_districts_it_may_mean(name, expected):
    assert match_district(name) == expected


def test_codes_below_an_oblast_are_district_codes():
    assert is_district_code("552200000") and not is_district_code("550000000")
    assert not is_district_code("55")


@pytest.mark.shared
def test_the_committed_file_is_what_the_build_script_makes_of_geokz():
    folder = require_shared("reference/geokz")
    result = subprocess.run(
        [sys.executable, str(GEODATA_DIR / "build_districts.py"), str(folder), "--check"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
