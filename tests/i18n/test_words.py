"""Numbers, dates and periods in words: the Kazakh ablative, qualifiers, decimals, periods."""

from __future__ import annotations

import math

import pytest

from dashboard.i18n.words import kk_ablative, number_text, period_text
from tests.figures.trends.shared import NBSP


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("2 000 000", "2 000 000-нан"),
        ("43 000", "43 000-нан"),
        ("1 160 000", "1 160 000-нан"),
        ("25", "25-тен"),
        ("3", "3-тен"),
        ("83", "83-тен"),
        ("40", "40-тан"),
        ("16", "16-дан"),
        ("20", "20-дан"),
        ("100", "100-ден"),
        ("477,1", "477,1-ден"),
        ("1,16", "1,16-дан"),
    ],
)
def test_kazakh_ablative_follows_the_last_word(number, expected):
    assert kk_ablative(number) == expected


def test_number_text_qualifiers_and_decimals():
    assert number_text(2_000_000, "en", "over") == "over 2,000,000"
    assert number_text(2_000_000, "ru", "over") == f"более 2{NBSP}000{NBSP}000"
    assert number_text(25, "kk", "about") == "шамамен 25"
    assert number_text(1_160_000, "en") == "1,160,000"
    assert number_text(63.2, "kk") == "63,2"
    assert number_text(477_100, "en", scale=1000) == "477.1"
    assert not math.isnan(float(number_text(1.4, "en")))


def test_period_text():
    assert period_text("1991-2000", "en") == "1991–2000"
    assert period_text("2023-01 to 2023-04", "kk") == "2023, қаңтар–сәуір"
    assert period_text("2020 (to 1 Dec)", "ru") == "2020, январь–ноябрь"
    assert period_text("1991 to 1 Oct 2011", "en", "2011-10-01") == "since 1991, as of 1 Oct 2011"
    assert period_text("1991 to May 2014", "ru", "2014-05") == "с 1991 г., на 05.2014"
    assert "көрсетілмеген" in period_text("recent years", "kk")
