"""Flow selection and the gravity model: totals reproduced, filters as flowmap.gl has them."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from dashboard.datasets.flows import (
    FlowTableError,
    class_limits,
    deterrence,
    for_region,
    gravity_model,
    great_circle_km,
    gross,
    mean_trip_km,
    min_volume,
    net_flows,
    nice_number,
    top_n,
    validate_od_table,
    width_classes,
)

# Test fixtures, not shipped data: approximate coordinates (lon, lat) of the regional
# centres of the 20 units of 2022 (Almaty oblast at Konaev, Abai at Semey, Ulytau at
# Zhezkazgan).
CENTRES = {
    "10": (80.23, 50.41),
    "11": (69.39, 53.28),
    "15": (57.17, 50.28),
    "19": (77.08, 43.87),
    "23": (51.92, 47.10),
    "27": (51.37, 51.23),
    "31": (71.37, 42.90),
    "33": (78.37, 45.02),
    "35": (73.10, 49.80),
    "39": (63.62, 53.21),
    "43": (65.50, 44.85),
    "47": (51.20, 43.65),
    "55": (76.95, 52.29),
    "59": (69.15, 54.87),
    "61": (68.25, 43.30),
    "62": (67.71, 47.80),
    "63": (82.60, 49.95),
    "71": (71.43, 51.13),
    "75": (76.95, 43.24),
    "79": (69.60, 42.30),
}

# Interregional arrivals and departures, 2023, persons: FINDINGS §1.3, unverified.
TOTALS_2023 = {  # id: (arrivals, departures)
    "10": (19797, 26545),
    "11": (34938, 38264),
    "15": (36707, 38908),
    "19": (96340, 96542),
    "23": (28350, 30906),
    "27": (29923, 31949),
    "31": (41804, 55485),
    "33": (27532, 36713),
    "35": (39338, 43784),
    "39": (28872, 32533),
    "43": (25397, 32551),
    "47": (38013, 39205),
    "55": (24392, 27929),
    "59": (15489, 18962),
    "61": (84829, 107940),
    "62": (7740, 9967),
    "63": (22197, 25082),
    "71": (182998, 132920),
    "75": (160529, 122416),
    "79": (78388, 74972),
}


def centres() -> pd.DataFrame:
    """The 20 centres as a points table (id, lon, lat)."""
    return pd.DataFrame(
        [(k, lon, lat) for k, (lon, lat) in CENTRES.items()], columns=["id", "lon", "lat"]
    )


def arrivals_2023() -> pd.Series:
    return pd.Series({k: float(a) for k, (a, _) in TOTALS_2023.items()})


def departures_2023() -> pd.Series:
    return pd.Series({k: float(d) for k, (_, d) in TOTALS_2023.items()})


@pytest.fixture(scope="module")
def distances() -> pd.DataFrame:
    return great_circle_km(centres())


def flows_table(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["origin", "destination", "persons"])


# --- distances ---------------------------------------------------------------------------


def test_distance_matrix_is_symmetric_with_zero_diagonal(distances: pd.DataFrame) -> None:
    km = distances.to_numpy()
    assert km.shape == (20, 20)
    np.testing.assert_allclose(km, km.T)
    assert np.all(np.diag(km) == 0)
    assert np.all(km[~np.eye(20, dtype=bool)] > 0)


def test_astana_almaty_great_circle_is_about_970_km(distances: pd.DataFrame) -> None:
    assert distances.loc["71", "75"] == pytest.approx(970, abs=30)
    assert distances.loc["75", "71"] == distances.loc["71", "75"]


def test_distance_matrix_rejects_duplicate_ids() -> None:
    points = pd.DataFrame({"id": ["71", "71"], "lon": [71.4, 71.4], "lat": [51.1, 51.1]})
    with pytest.raises(ValueError, match="unique"):
        great_circle_km(points)


# --- gravity model -----------------------------------------------------------------------


def test_fixture_totals_balance() -> None:
    assert arrivals_2023().sum() == departures_2023().sum() == 1_023_573


def test_gravity_model_reproduces_departures_and_arrivals(distances: pd.DataFrame) -> None:
    flows = gravity_model(departures_2023(), arrivals_2023(), distances, decay=1.0)
    out = flows.groupby("origin")["persons"].sum()
    into = flows.groupby("destination")["persons"].sum()
    total = departures_2023().sum()
    np.testing.assert_allclose(out[departures_2023().index], departures_2023(), atol=1e-6 * total)
    np.testing.assert_allclose(into[arrivals_2023().index], arrivals_2023(), atol=1e-6 * total)
    assert flows.attrs["max_error"] <= 1e-9 * total
    assert 0 < flows.attrs["iterations"] < 1000
    assert flows.attrs["decay"] == 1.0


def test_gravity_model_has_no_diagonal_and_all_other_pairs(distances: pd.DataFrame) -> None:
    flows = gravity_model(departures_2023(), arrivals_2023(), distances, decay=1.0)
    assert len(flows) == 20 * 19
    assert not (flows["origin"] == flows["destination"]).any()
    assert not flows.duplicated(["origin", "destination"]).any()
    assert set(flows["kind"]) == {"model"}
    assert (flows["persons"] >= 0).all()


def test_higher_decay_shortens_the_average_trip(distances: pd.DataFrame) -> None:
    trips = [
        mean_trip_km(gravity_model(departures_2023(), arrivals_2023(), distances, d), distances)
        for d in (0.0, 0.5, 1.0, 2.0)
    ]
    assert trips == sorted(trips, reverse=True)
    assert trips[0] - trips[-1] > 200  # a real effect, not rounding


def test_higher_decay_favours_the_nearest_partner(distances: pd.DataFrame) -> None:
    # Almaty oblast surrounds Almaty city: the closer the model keeps moves, the larger
    # the share of the oblast's departures that go to the city.
    def share(decay: float) -> float:
        flows = gravity_model(departures_2023(), arrivals_2023(), distances, decay)
        row = flows.loc[flows["origin"] == "19"].set_index("destination")["persons"]
        return row["75"] / row.sum()

    assert share(0.5) < share(1.0) < share(2.0)


def test_gravity_model_output_order_is_deterministic(distances: pd.DataFrame) -> None:
    a = gravity_model(departures_2023(), arrivals_2023(), distances, 1.0)
    b = gravity_model(departures_2023()[::-1], arrivals_2023(), distances, 1.0)
    pd.testing.assert_frame_equal(a, b)
    assert a["persons"].is_monotonic_decreasing


def test_unbalanced_totals_raise(distances: pd.DataFrame) -> None:
    arrivals = arrivals_2023()
    arrivals["71"] += 1000  # e.g. international arrivals mixed in
    with pytest.raises(ValueError, match="unbalanced"):
        gravity_model(departures_2023(), arrivals, distances, 1.0)


def test_impossible_totals_raise() -> None:
    # "a" sends 90 but the others can only receive 10 + 0: no table has these margins.
    points = pd.DataFrame({"id": ["a", "b", "c"], "lon": [60, 70, 80], "lat": [45, 45, 45]})
    departures = pd.Series({"a": 90.0, "b": 10.0, "c": 0.0})
    arrivals = pd.Series({"a": 90.0, "b": 10.0, "c": 0.0})
    with pytest.raises(ValueError, match="no interregional table"):
        gravity_model(departures, arrivals, great_circle_km(points), 1.0)


def test_gravity_model_rejects_mismatched_ids_and_missing_distances(
    distances: pd.DataFrame,
) -> None:
    with pytest.raises(ValueError, match="same"):
        gravity_model(departures_2023().drop("71"), arrivals_2023(), distances, 1.0)
    with pytest.raises(ValueError, match="lacks"):
        gravity_model(
            departures_2023(), arrivals_2023(), distances.drop(index="71", columns="71"), 1.0
        )
    with pytest.raises(ValueError, match="decay"):
        gravity_model(departures_2023(), arrivals_2023(), distances, -1.0)


def test_deterrence_is_a_floored_power_law() -> None:
    f = deterrence(np.array([10.0, 50.0, 100.0, 400.0]), 2.0)
    np.testing.assert_allclose(f, [1.0, 1.0, 0.25, 1 / 64])
    assert np.all(deterrence(np.array([100.0, 2000.0]), 0.0) == 1.0)


# --- filters -----------------------------------------------------------------------------

SAMPLE = flows_table(
    [
        ("61", "79", 500.0),
        ("79", "61", 300.0),
        ("19", "75", 900.0),
        ("75", "19", 900.0),
        ("35", "71", 400.0),
        ("71", "35", 100.0),
        ("11", "71", 400.0),
    ]
)


def test_top_n_takes_the_largest_with_reproducible_ties() -> None:
    top = top_n(SAMPLE, 3)
    assert top[["origin", "destination"]].values.tolist() == [
        ["19", "75"],
        ["75", "19"],
        ["61", "79"],
    ]
    # 400 vs 400: ids break the tie, whatever the input order.
    fourth = top_n(SAMPLE.iloc[::-1], 4).iloc[3]
    assert (fourth["origin"], fourth["destination"]) == ("11", "71")
    assert top_n(SAMPLE, 0).empty
    assert len(top_n(SAMPLE, 100)) == len(SAMPLE)


def test_min_volume_keeps_flows_at_or_above_the_threshold() -> None:
    kept = min_volume(SAMPLE, 400)
    assert sorted(kept["persons"]) == [400.0, 400.0, 500.0, 900.0, 900.0]
    assert kept["persons"].is_monotonic_decreasing


def test_for_region_in_out_both() -> None:
    into = for_region(SAMPLE, "71", "in")
    out = for_region(SAMPLE, "71", "out")
    both = for_region(SAMPLE, "71", "both")
    assert set(map(tuple, into[["origin", "destination"]].values)) == {("35", "71"), ("11", "71")}
    assert out[["origin", "destination"]].values.tolist() == [["71", "35"]]
    assert len(both) == 3
    with pytest.raises(ValueError, match="direction"):
        for_region(SAMPLE, "71", "sideways")  # type: ignore[arg-type]


def test_net_keeps_one_arrow_from_loser_to_gainer() -> None:
    net = net_flows(flows_table([("A", "B", 100.0), ("B", "A", 30.0)]))
    assert net[["origin", "destination", "persons"]].values.tolist() == [["A", "B", 70.0]]
    reverse = net_flows(flows_table([("A", "B", 30.0), ("B", "A", 100.0)]))
    assert reverse[["origin", "destination", "persons"]].values.tolist() == [["B", "A", 70.0]]


def test_net_of_the_sample() -> None:
    net = net_flows(SAMPLE)
    assert net[["origin", "destination", "persons"]].values.tolist() == [
        ["11", "71", 400.0],  # one direction only: kept whole
        ["35", "71", 300.0],
        ["61", "79", 200.0],
    ]  # 19 <-> 75 balance exactly: no arrow


def test_net_nets_within_a_year_and_keeps_agreeing_columns() -> None:
    flows = pd.DataFrame(
        {
            "year": [2022, 2022, 2023],
            "origin": ["A", "B", "B"],
            "destination": ["B", "A", "A"],
            "persons": [50.0, 20.0, 5.0],
            "source_id": ["s1", "s1", "s1"],
            "kind": "observed",
        }
    )
    net = net_flows(flows)
    assert net[["year", "origin", "destination", "persons", "source_id"]].values.tolist() == [
        [2022, "A", "B", 30.0, "s1"],
        [2023, "B", "A", 5.0, "s1"],
    ]
    assert list(net.columns) == list(flows.columns)


def test_gross_is_every_flow_unchanged() -> None:
    result = gross(SAMPLE)
    assert len(result) == len(SAMPLE)
    merged = result.merge(SAMPLE, on=["origin", "destination"], suffixes=("", "_in"))
    assert (merged["persons"] == merged["persons_in"]).all()


def test_filters_do_not_modify_their_input() -> None:
    before = SAMPLE.copy()
    for result in (top_n(SAMPLE, 2), min_volume(SAMPLE, 1), net_flows(SAMPLE), gross(SAMPLE)):
        assert result is not SAMPLE
    pd.testing.assert_frame_equal(SAMPLE, before)


# --- width classes -----------------------------------------------------------------------


def test_width_classes_are_monotone_and_few(distances: pd.DataFrame) -> None:
    flows = gravity_model(departures_2023(), arrivals_2023(), distances, 1.0)
    classes = width_classes(flows["persons"], 4)
    assert classes.nunique() <= 4
    assert classes.min() == 0
    order = np.argsort(flows["persons"].to_numpy(), kind="stable")
    assert np.all(np.diff(classes.to_numpy()[order]) >= 0)


def test_class_limits_are_nice_round_numbers() -> None:
    persons = pd.Series([120.0, 800.0, 2300.0, 4800.0, 9000.0, 26000.0, 51000.0])
    limits = class_limits(persons, 4)
    assert limits[0] == 120.0 and limits[-1] == 51000.0
    assert limits == sorted(limits)
    for inner in limits[1:-1]:
        assert nice_number(inner) == inner
    classes = width_classes(persons, limits=limits)
    assert classes.tolist() == sorted(classes.tolist())
    assert classes.iloc[-1] == len(limits) - 2


def test_width_classes_with_given_limits_and_missing_volumes() -> None:
    persons = pd.Series([50.0, 1999.0, 2000.0, 7000.0, 90000.0, np.nan])
    classes = width_classes(persons, limits=[100.0, 2000.0, 5000.0, 51000.0])
    assert classes.tolist() == [0, 0, 1, 2, 2, 0]


def test_one_value_gives_one_class() -> None:
    assert width_classes(pd.Series([7.0, 7.0, 7.0])).tolist() == [0, 0, 0]
    assert class_limits(pd.Series([], dtype=float)) == []


# --- validation of an imported OD table --------------------------------------------------


def od_table(**changes: list) -> pd.DataFrame:
    table = pd.DataFrame(
        {
            "year": [2023, 2023, 2023],
            "origin": ["61", "19", "35"],
            "destination": ["79", "75", "71"],
            "persons": [500, 900, 400],
            "source_id": ["bns-od", "bns-od", "bns-od"],
            "quality": ["official", "official", "official"],
            "kind": ["observed", "observed", "observed"],
        }
    )
    for column, values in changes.items():
        table[column] = values
    return table


def test_valid_table_is_returned_clean() -> None:
    clean = validate_od_table(od_table(persons=["500", "900.0", 400]))
    assert clean["persons"].tolist() == [500.0, 900.0, 400.0]
    assert clean["year"].dtype == "int64"
    assert list(clean.columns) == [
        "year",
        "origin",
        "destination",
        "persons",
        "source_id",
        "quality",
        "kind",
    ]


def test_negative_persons_name_the_file_row_and_column() -> None:
    with pytest.raises(FlowTableError, match=r"row 4, column persons") as caught:
        validate_od_table(od_table(persons=[500, 900, -1]))
    assert caught.value.problems[0].row == 4  # header is line 1, third data row is line 4
    assert isinstance(caught.value, ValueError)


def test_non_numeric_persons_and_same_origin_destination() -> None:
    with pytest.raises(FlowTableError) as caught:
        validate_od_table(od_table(persons=[500, "many", 400], destination=["61", "75", "71"]))
    text = str(caught.value)
    assert "row 2, column destination" in text
    assert "row 3, column persons" in text


def test_numeric_ids_are_rejected_with_a_row() -> None:
    with pytest.raises(FlowTableError, match=r"row 3, column origin: is the number 19.*dtype=str"):
        validate_od_table(od_table(origin=["61", 19, "35"]))


def test_a_csv_read_as_text_validates() -> None:
    text = (
        "year,origin,destination,persons,source_id,quality,kind\n"
        "2023,61,79,500,bns-od,official,observed\n"
        "2023,19,75,,programme,official,schematic\n"
        "2023,35,71,1e3,bns-od,official,observed\n"
    )
    clean = validate_od_table(pd.read_csv(io.StringIO(text), dtype=str))
    assert clean["origin"].tolist() == ["61", "19", "35"]
    assert clean["persons"].tolist()[::2] == [500.0, 1000.0]
    with pytest.raises(FlowTableError, match=r"row 2, column origin"):
        validate_od_table(pd.read_csv(io.StringIO(text)))  # ids parsed as numbers


def test_unknown_kind_quality_and_year() -> None:
    with pytest.raises(FlowTableError) as caught:
        validate_od_table(
            od_table(kind=["observed", "guess", "observed"], quality=["official", "x", "official"])
        )
    assert {(p.row, p.column) for p in caught.value.problems} == {(3, "kind"), (3, "quality")}
    with pytest.raises(FlowTableError, match=r"row 2, column year"):
        validate_od_table(od_table(year=[2023.5, 2023, 2023]))


def test_missing_column_is_named() -> None:
    with pytest.raises(FlowTableError, match=r"column kind: column is missing"):
        validate_od_table(od_table().drop(columns="kind"))


def test_duplicate_pair_names_both_rows() -> None:
    table = od_table(origin=["61", "19", "61"], destination=["79", "75", "79"])
    with pytest.raises(FlowTableError, match=r"row 4, column destination: repeats .* row 2"):
        validate_od_table(table)


def test_schematic_rows_may_lack_a_volume() -> None:
    table = od_table(
        persons=[None, 900, 400],
        kind=["schematic", "observed", "observed"],
        quality=["official", "official", "official"],
    )
    clean = validate_od_table(table)
    assert np.isnan(clean.loc[0, "persons"])
    with pytest.raises(FlowTableError, match=r"row 2, column persons"):
        validate_od_table(od_table(persons=[None, 900, 400]))
