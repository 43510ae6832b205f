"""Cells of the table files: whole numbers as whole numbers, readable widths, number formats."""

from __future__ import annotations

import csv
import io

import numpy as np
import openpyxl
import pandas as pd

from dashboard.exports.cells import (
    MAX_WIDTH,
    MIN_WIDTH,
    Sheet,
    number_format,
    shown_decimals,
    tidy_numbers,
    write_csv,
    write_xlsx,
)

FRAME = pd.DataFrame(
    {
        "KATO": ["10", "59"],
        "Region": ["Abai Region", "North Kazakhstan Region"],
        "Value": [-8788.0, 51539.0],
        "Rank": [16.0, np.nan],
        "Rate": [3.5421418485934617, -2.6441936546646616],
        "Share, %": [35.0, 1.2],
        "Year": [2000, 2024],
        "Source": ["BNS " * 40, "BNS"],
    }
)


def test_whole_numbers_become_integers_and_computed_ones_lose_float_noise():
    tidied = tidy_numbers(FRAME)
    assert tidied["Value"].tolist() == [-8788, 51539]
    assert tidied["Rank"].tolist()[0] == 16 and tidied["Rank"].isna().tolist() == [False, True]
    assert tidied["Rate"].tolist() == [3.5421, -2.6442]
    assert tidied["Share, %"].tolist() == [35.0, 1.2]  # not whole: stays a decimal
    assert tidied["KATO"].tolist() == ["10", "59"]  # codes stay text
    # Numbers held as objects (ints beside NaN) count as numbers.
    mixed = tidy_numbers(pd.DataFrame({"x": pd.Series([-33844, np.nan], dtype=object)}))
    assert mixed["x"].tolist()[0] == -33844 and str(mixed["x"].dtype) == "Int64"


def test_csv_writes_whole_numbers_without_a_decimal_point():
    body = write_csv([("Title", "t")], [FRAME])
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    header = rows.index(list(FRAME.columns))
    first, second = rows[header + 1], rows[header + 2]
    assert first[2:5] == ["-8788", "16", "3.5421"]
    assert second[2:4] == ["51539", ""]  # no rank: empty, not "nan"
    assert first[6] == "2000"


def test_number_formats_follow_the_columns_decimals():
    assert number_format(tidy_numbers(FRAME)["Value"]) == "#,##0"
    assert number_format(pd.Series([35.0, 1.2])) == "#,##0.0"
    assert number_format(pd.Series([3.5421, -2.6442])) == "#,##0.00"
    assert number_format(pd.Series(["a"])) is None
    # A computed rate shows about three significant digits of its typical value.
    assert shown_decimals(pd.Series([47.158819, 62.075698])) == 1
    assert shown_decimals(pd.Series([0.116215, 0.163271])) == 3


def test_xlsx_cells_are_typed_formatted_and_columns_fitted():
    body = write_xlsx(
        [Sheet("Regions", FRAME, plain=("Year",))], "About", [("Title", "A long title " * 20)]
    )
    book = openpyxl.load_workbook(io.BytesIO(body))
    sheet = book["Regions"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["Value"].value == -8788 and isinstance(row["Value"].value, int)
    assert row["Rank"].value == 16 and isinstance(row["Rank"].value, int)
    assert row["Value"].number_format == "#,##0" and row["Rank"].number_format == "#,##0"
    assert row["Rate"].number_format == "#,##0.00" and row["Share, %"].number_format == "#,##0.0"
    assert row["Year"].number_format == "0"  # 2000, not 2,000
    assert row["KATO"].value == "10"  # a code, kept as text with its leading digits
    widths = {h: sheet.column_dimensions[c.column_letter].width for h, c in row.items()}
    assert all(MIN_WIDTH <= w <= MAX_WIDTH for w in widths.values()), widths
    assert widths["Region"] >= len("North Kazakhstan Region")  # fitted to the longest name
    assert widths["Source"] == MAX_WIDTH and row["Source"].alignment.wrap_text  # long: wraps
    assert widths["Rank"] < widths["Region"]  # not every column 13 wide
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    about = book["About"]
    assert about["A1"].value == "Title" and about["B1"].alignment.wrap_text


def test_formula_like_text_is_neutralised_in_both_files():
    hostile = pd.DataFrame({"Region": ['=HYPERLINK("http://x")'], "Value": [-1.0]})
    rows = list(csv.reader(io.StringIO(write_csv([], [hostile]).decode("utf-8-sig"))))
    assert rows[-1] == ['\'=HYPERLINK("http://x")', "-1"]
    book = openpyxl.load_workbook(io.BytesIO(write_xlsx([Sheet("S", hostile)], "About", [])))
    assert book["S"]["A2"].value == '\'=HYPERLINK("http://x")' and book["S"]["B2"].value == -1
