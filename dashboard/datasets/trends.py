"""National series for the trends panel: tidy frames and the facts the charts state.

Two kinds of national figures (``data/national_series.csv``, ``data/composition.csv``):

* the Migration Policy Programme 2001-2010 (source ``programme-2001``): scattered figures for
  1990-2000 as the text states them, with their qualifiers ("over", "about");
* the official series after 2000: BNS net migration 2000-2024 (total, urban, rural), the
  immigration quotas set by decree and the kandas (former oralmans) totals quoted in news.

Every frame keeps ``source_id`` and ``quality`` on each row, so the charts can cite each
number. Gaps stay gaps: a year the source does not give has no row here and nothing is
filled in. The facts stated in words (when net migration turned positive, which spells were
positive or negative, whether the Programme's target was met) are computed from the data,
never written down. Pure module: pandas only, no plotly or Dash; every function takes the
data package it reads (the caller's, never a global one).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.datasets.package import DataPackage

PROGRAMME_SOURCE = "programme-2001"
# The Programme's passport: implementation 2001-2010 in two stages, 2001-2005 and 2005-2010;
# expected result "the negative migration balance turns into a positive one" (көшi-қонның
# терiс сальдосының оң сальдоға өзгеруi), so the target is judged at the end, 2010. The
# Programme was repealed on 1 December 2008 (Resolution No. 1122; sources.csv note).
PROGRAMME_PERIOD: tuple[int, int] = (2001, 2010)
PROGRAMME_STAGES: tuple[tuple[int, int], tuple[int, int]] = ((2001, 2005), (2005, 2010))
PROGRAMME_TARGET_YEAR = 2010
PROGRAMME_REPEALED = "2008-12-01"

NET_MIGRATION_SERIES = {
    "total": "net_migration_all_flows",
    "urban": "net_migration_all_flows_urban",
    "rural": "net_migration_all_flows_rural",
}
EMIGRANT_SHARE_SERIES = (
    "emigrants_working_age_share",
    "emigrants_higher_or_specialised_education_share",
)
UNDER_WORKING_AGE_SERIES = (
    "emigrants_under_working_age_share_lower",
    "emigrants_under_working_age_share_upper",
)
# The Programme's emigration figures in the order the chart lists them; the recent-years
# range is one item drawn from two rows (lower and upper bound).
EMIGRATION_ITEMS = (
    "net_migration_loss",
    "emigrants",
    "emigrants_recent_years",
    "emigrants_kazakhs",
    "emigrants_abroad_germans",
    "emigrants_abroad_tatars",
    "emigrants_abroad_belarusians",
)
SERIES_COLUMNS = [
    "series",
    "period",
    "year",
    "reference_date",
    "value",
    "qualifier",
    "unit",
    "value_as_printed",
    "source_id",
    "quality",
    "note",
]

SIGNS = ("positive", "negative", "zero")


def _rows(package: DataPackage, series: Iterable[str]) -> pd.DataFrame:
    table = package["national_series"]
    wanted = list(series)
    return table.loc[table["series"].isin(wanted), SERIES_COLUMNS].copy()


# ---------------------------------------------------------------------------------------------
# annual series


def programme_series(series_id: str, package: DataPackage) -> pd.DataFrame:
    """The annual points of one national series, oldest first, exactly as stored.

    Only rows with a calendar ``year`` are returned (multi-year or undated figures of the same
    series are left out); missing years are simply absent. Columns: ``SERIES_COLUMNS`` with
    ``year`` as int. Raises ``KeyError`` for a series the package does not hold.
    """
    rows = _rows(package, [series_id])
    if rows.empty:
        raise KeyError(series_id)
    rows = rows[rows["year"].notna()].copy()
    rows["year"] = rows["year"].astype(int)
    return rows.sort_values("year", kind="stable").reset_index(drop=True)


def national_net_migration(package: DataPackage) -> pd.DataFrame:
    """BNS net migration by all flows, 2000-2024: total, urban and rural, long form.

    Columns: ``year`` (int), ``part`` ("total", "urban", "rural"), ``value`` (persons, with
    its sign), ``source_id``, ``quality``, ``note``. The total is international migration;
    urban and rural also include moves between town and country (urban + rural = total).
    """
    frames = []
    for part, series_id in NET_MIGRATION_SERIES.items():
        rows = programme_series(series_id, package)
        frames.append(
            rows.assign(part=part)[["year", "part", "value", "source_id", "quality", "note"]]
        )
    return pd.concat(frames, ignore_index=True)


def net_migration_total(package: DataPackage) -> pd.DataFrame:
    """The total (international) net migration only: ``year``, ``value``, source, quality."""
    frame = national_net_migration(package)
    return frame[frame["part"] == "total"].drop(columns="part").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# spells of sign


@dataclass(frozen=True)
class Spell:
    """A run of consecutive years with the same sign of the balance."""

    sign: str  # "positive", "negative" or "zero"
    start: int
    end: int

    @property
    def years(self) -> int:
        """Number of years in the spell."""
        return self.end - self.start + 1


def sign_of(value: float) -> str:
    """'positive', 'negative' or 'zero'."""
    return "positive" if value > 0 else "negative" if value < 0 else "zero"


def sign_spells(frame: pd.DataFrame, column: str = "value") -> tuple[Spell, ...]:
    """Runs of consecutive years with the same sign, oldest first.

    A missing year ends a spell: two positive years either side of a gap are two spells,
    because nothing is known about the year between them.
    """
    data = frame.dropna(subset=[column]).sort_values("year")
    spells: list[Spell] = []
    for year, value in zip(data["year"].astype(int), data[column].astype(float), strict=True):
        sign = sign_of(value)
        last = spells[-1] if spells else None
        if last is not None and last.sign == sign and last.end == year - 1:
            spells[-1] = Spell(sign, last.start, year)
        else:
            spells.append(Spell(sign, year, year))
    return tuple(spells)


def first_positive_year(frame: pd.DataFrame, column: str = "value") -> int | None:
    """The first year with a positive value (None if there is none)."""
    positive = frame.loc[frame[column] > 0, "year"]
    return int(positive.min()) if not positive.empty else None


def years_with_sign(
    frame: pd.DataFrame,
    sign: str,
    start: int | None = None,
    end: int | None = None,
    column: str = "value",
) -> list[int]:
    """Years (between ``start`` and ``end`` inclusive, when given) whose value has ``sign``."""
    if sign not in SIGNS:
        raise ValueError(f"sign must be one of {SIGNS}")
    data = frame.dropna(subset=[column])
    years = data["year"].astype(int)
    mask = data[column].map(sign_of) == sign
    if start is not None:
        mask &= years >= start
    if end is not None:
        mask &= years <= end
    return sorted(years[mask].tolist())


@dataclass(frozen=True)
class TargetCheck:
    """The Programme's target ("the negative balance turns positive") against BNS data."""

    period: tuple[int, int]
    target_year: int
    value_at_target: float | None  # net migration in the target year (None: no data)
    met_at_target: bool | None  # positive in the target year (None: no data)
    first_positive: int | None  # first positive year of the whole series
    positive_in_programme: tuple[int, ...]
    negative_in_programme: tuple[int, ...]
    spells: tuple[Spell, ...]
    latest_year: int
    latest_value: float

    @property
    def spells_after_programme(self) -> tuple[Spell, ...]:
        """Spells that end after the Programme period (clipped to start after it)."""
        end = self.period[1]
        return tuple(
            Spell(s.sign, max(s.start, end + 1), s.end) for s in self.spells if s.end > end
        )

    @property
    def negative_after_programme(self) -> tuple[Spell, ...]:
        """Negative spells after the Programme period: when the target did not hold."""
        return tuple(s for s in self.spells_after_programme if s.sign == "negative")


def programme_target_check(package: DataPackage) -> TargetCheck:
    """Compare the BNS net migration with the Programme's target, all facts computed."""
    total = net_migration_total(package)
    start, end = PROGRAMME_PERIOD
    at_target = total.loc[total["year"] == PROGRAMME_TARGET_YEAR, "value"]
    value = float(at_target.iloc[0]) if not at_target.empty else None
    latest = total.sort_values("year").iloc[-1]
    return TargetCheck(
        period=PROGRAMME_PERIOD,
        target_year=PROGRAMME_TARGET_YEAR,
        value_at_target=value,
        met_at_target=None if value is None else value > 0,
        first_positive=first_positive_year(total),
        positive_in_programme=tuple(years_with_sign(total, "positive", start, end)),
        negative_in_programme=tuple(years_with_sign(total, "negative", start, end)),
        spells=sign_spells(total),
        latest_year=int(latest["year"]),
        latest_value=float(latest["value"]),
    )


# ---------------------------------------------------------------------------------------------
# the Programme's 1990-2000 figures


def migration_loss_per_1000(package: DataPackage) -> pd.DataFrame:
    """Population lost through emigration per 1,000, the years the Programme states.

    Stored as a positive number (a loss). The years the text skips (1996, 1997, 1999) have no
    row: the chart draws points, not a line.
    """
    return programme_series("migration_loss_per_1000", package)


def loss_to_natural_increase(package: DataPackage) -> pd.DataFrame:
    """How many times the migration loss exceeded the natural increase (1993, 1994)."""
    return programme_series("migration_loss_to_natural_increase_ratio", package)


def emigration_facts(package: DataPackage) -> pd.DataFrame:
    """The Programme's emigration figures, one row per chart item, in persons.

    Columns: ``item`` (see ``EMIGRATION_ITEMS``), ``period``, ``low`` (lower bound of a
    range; equal to ``value`` otherwise), ``value``, ``qualifier``, ``kind`` ("year": one
    year's figure, "range": a yearly figure stated as a range, "total": a total over several
    years), ``source_id``, ``quality``.
    """
    series = [i for i in EMIGRATION_ITEMS if i != "emigrants_recent_years"]
    series += ["emigrants_recent_years_lower", "emigrants_recent_years_upper"]
    rows = _rows(package, series).set_index("series")
    records = []
    for item in EMIGRATION_ITEMS:
        if item == "emigrants_recent_years":
            if not {f"{item}_lower", f"{item}_upper"} <= set(rows.index):
                continue
            low, high = rows.loc[f"{item}_lower"], rows.loc[f"{item}_upper"]
            row, low_value, kind = high, float(low["value"]), "range"
        elif item in rows.index:
            row = rows.loc[item]
            low_value = float(row["value"])
            kind = "year" if pd.notna(row["year"]) else "total"
        else:
            continue
        records.append(
            {
                "item": item,
                "period": row["period"],
                "low": low_value,
                "value": float(row["value"]),
                "qualifier": row["qualifier"],
                "kind": kind,
                "source_id": row["source_id"],
                "quality": row["quality"],
            }
        )
    return pd.DataFrame.from_records(records)


def emigrant_shares(package: DataPackage) -> pd.DataFrame:
    """Working-age and education shares of emigrants (percent), the years stated."""
    frames = [programme_series(s, package) for s in EMIGRANT_SHARE_SERIES]
    return pd.concat(frames, ignore_index=True)


def under_working_age_share(package: DataPackage) -> pd.DataFrame:
    """The 'about 18-20 %' below working age: two rows (lower, upper), period not stated."""
    return _rows(package, UNDER_WORKING_AGE_SERIES).reset_index(drop=True)


def composition(breakdown: str, period: str | None = None, *, package: DataPackage) -> pd.DataFrame:
    """The stated shares of one breakdown (and period), largest first.

    Only the shares the source states; no remainder row is made. Columns as in
    ``composition.csv``.
    """
    table = package["composition"]
    rows = table[table["breakdown"] == breakdown]
    if period is not None:
        rows = rows[rows["period"] == period]
    return rows.sort_values("share_pct", ascending=False, kind="stable").reset_index(drop=True)


def period_inferred(rows: pd.DataFrame) -> bool:
    """Whether the period of these composition rows was inferred, not stated by the source.

    The Programme's sentence on the immigrants' ethnic composition names no year; 2000 comes
    from the sentence before it (``period_inferred`` in ``composition.csv``, why in the note).
    """
    return bool("period_inferred" in rows and rows["period_inferred"].fillna(False).any())


def composition_periods(breakdown: str, package: DataPackage) -> list[str]:
    """The periods of a breakdown in file order (e.g. '1991-2000', '1991 to 1 Oct 2011')."""
    table = package["composition"]
    return list(dict.fromkeys(table.loc[table["breakdown"] == breakdown, "period"]))


def category_name(row: Mapping[str, Any], lang: str) -> str:
    """The category of a composition row in ``lang`` (``category_<lang>``; the English
    ``category`` when the row has no translation)."""
    column = "category" if lang == "en" else f"category_{lang}"
    return str(row.get(column) or row["category"])


def stated_share_sum(frame: pd.DataFrame) -> float:
    """Sum of the stated shares (percent), rounded to 0.1: what the source leaves unstated is
    100 minus this."""
    return round(float(frame["share_pct"].sum()), 1)


# ---------------------------------------------------------------------------------------------
# oralmans, quotas, kandas


def oralman_arrivals(package: DataPackage) -> pd.DataFrame:
    """Oralmans who arrived 1991-2000 per the Programme: people and families, two rows."""
    rows = _rows(package, ["oralman_arrivals_people", "oralman_arrivals_families"])
    rows = rows[rows["period"] == "1991-2000"]
    return rows.reset_index(drop=True)


def immigration_quotas(package: DataPackage) -> pd.DataFrame:
    """Immigration quotas in families, by year: ``kind`` "programme" (the Programme's list,
    1993-2000) or "decree" (presidential decrees). Years not retrieved have no row."""
    programme = programme_series("immigration_quota_families", package).assign(kind="programme")
    decree = programme_series("immigration_quota_families_decree", package).assign(kind="decree")
    return pd.concat([programme, decree], ignore_index=True)


def kandas_quotas(package: DataPackage) -> pd.DataFrame:
    """Kandas quotas stated by the sources (country totals, persons): year, value, source."""
    totals = package.country_totals
    rows = totals[totals["indicator"] == "kandas_quota"]
    return rows.sort_values("year").reset_index(drop=True)


def kandas_cumulative(package: DataPackage) -> pd.DataFrame:
    """Oralmans / kandas arrived since 1991, people, by the 'as of' date, oldest first.

    The Programme's 183 thousand for 1991-2000 is included as of the end of 2000 (``kind``
    "programme"); the rest are the ministry's cumulative totals quoted in news (``kind``
    "cumulative"). ``date`` is a Timestamp (reduced dates such as 2014-05 take the first
    day). ``families`` is the family count stated for the same date, where there is one.
    """
    rows = _rows(package, ["kandas_cumulative_people"]).copy()
    rows["kind"] = "cumulative"
    rows["date"] = pd.to_datetime(rows["reference_date"], format="mixed")
    programme = oralman_arrivals(package)
    programme = programme[programme["series"] == "oralman_arrivals_people"].copy()
    programme["kind"] = "programme"
    programme["date"] = pd.Timestamp("2000-12-31")
    frame = pd.concat([programme, rows], ignore_index=True)
    families = _rows(package, ["kandas_cumulative_families"])
    by_date = dict(zip(families["reference_date"], families["value"], strict=True))
    frame["families"] = frame["reference_date"].map(by_date)
    arrivals = oralman_arrivals(package)
    stated = arrivals.loc[arrivals["series"] == "oralman_arrivals_families"]
    if not stated.empty:
        frame.loc[frame["kind"] == "programme", "families"] = float(stated["value"].iloc[0])
        frame.loc[frame["kind"] == "programme", "families_qualifier"] = stated["qualifier"].iloc[0]
    if "families_qualifier" not in frame:
        frame["families_qualifier"] = ""
    frame["families_qualifier"] = frame["families_qualifier"].fillna("")
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


def kandas_status_grants(package: DataPackage) -> pd.DataFrame:
    """People granted kandas status, by period. ``x`` is the calendar year the period lies in;
    ``partial`` is True for a period shorter than the calendar year (e.g. January-April)."""
    rows = _rows(package, ["kandas_status_granted"]).copy()
    full = rows["year"].notna()
    ref_year = pd.to_datetime(rows["reference_date"], format="mixed", errors="coerce").dt.year
    rows["x"] = rows["year"].astype("Float64").fillna(ref_year.astype("Float64")).astype(int)
    rows["partial"] = ~full
    return rows.sort_values("x", kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# the charts: what each one draws, and the sources behind it


def _oralman_origins(package: DataPackage) -> list[tuple[str, pd.DataFrame]]:
    return [
        (period, composition("oralman_origins", period, package=package))
        for period in composition_periods("oralman_origins", package)
    ]


#: The trends panel's charts in the order they are shown: name -> the data the chart draws,
#: as the keyword arguments of its figure function (``dashboard.figures.trends.<name>_chart``,
#: which :mod:`dashboard.views.trends` finds by this name). The one list of the charts: the
#: view, its readings and the sources line of each chart follow it.
CHART_INPUTS: dict[str, Callable[[DataPackage], dict[str, Any]]] = {
    "net_migration": lambda package: {
        "series": national_net_migration(package),
        "check": programme_target_check(package),
        "stages": PROGRAMME_STAGES,
        "repealed": PROGRAMME_REPEALED,
    },
    "migration_loss": lambda package: {
        "loss": migration_loss_per_1000(package),
        "ratio": loss_to_natural_increase(package),
    },
    "emigration": lambda package: {"facts": emigration_facts(package)},
    "ethnic_composition": lambda package: {
        "emigrants": composition("emigrants_by_ethnicity", package=package),
        "immigrants": composition("immigrants_by_ethnicity", package=package),
    },
    "emigrant_shares": lambda package: {
        "shares": emigrant_shares(package),
        "under": under_working_age_share(package),
    },
    "oralmans": lambda package: {
        "arrivals": oralman_arrivals(package),
        "origins": _oralman_origins(package),
    },
    "quotas": lambda package: {
        "quotas": immigration_quotas(package),
        "kandas": kandas_quotas(package),
    },
    "kandas": lambda package: {
        "cumulative": kandas_cumulative(package),
        "grants": kandas_status_grants(package),
    },
}
CHARTS: tuple[str, ...] = tuple(CHART_INPUTS)


def chart_inputs(chart: str, package: DataPackage) -> dict[str, Any]:
    """The data ``chart`` draws, by the names of its figure function's parameters: frames
    (each row with ``source_id`` and ``quality``) and facts. ``KeyError`` for a name not in
    :data:`CHARTS`."""
    return CHART_INPUTS[chart](package)


def _frames(value: Any) -> list[pd.DataFrame]:
    """The frames in one chart input: a frame, or (label, frame) pairs; facts have none."""
    if isinstance(value, pd.DataFrame):
        return [value]
    if isinstance(value, list):
        return [frame for item in value for frame in _frames(item)]
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], pd.DataFrame):
        return [value[1]]
    return []


@functools.cache
def _chart_sources(chart: str, package: DataPackage) -> tuple[tuple[str, str], ...]:
    frames = [f for value in chart_inputs(chart, package).values() for f in _frames(value)]
    pairs = (
        pair
        for f in frames
        if not f.empty
        for pair in zip(f["source_id"], f["quality"], strict=True)
    )
    return tuple(dict.fromkeys(pairs))  # first-seen order: the chart's main source first


def chart_sources(chart: str, package: DataPackage) -> tuple[tuple[str, str], ...]:
    """The (source_id, quality) pairs behind the numbers of ``chart``, each once: those of
    every row it draws (:func:`chart_inputs`)."""
    return _chart_sources(chart, package)
