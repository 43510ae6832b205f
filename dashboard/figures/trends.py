"""Charts of the trends panel: the Programme's 1990-2000 figures and the series after 2000.

Plotly only: frames from :mod:`dashboard.datasets.trends` in, ``go.Figure`` out. Every chart

* is compact (``CHART_HEIGHT``), uses the map's font and no plotly theme;
* has every visible word in the reader's language (title, axes, legend, hover) and plotly
  ``separators`` for the locale, while hover numbers are pre-formatted with Babel;
* names the source and quality of each number in its hover (the short citation under the
  chart is made by the layout from :func:`source_line`);
* draws only what the source states: years the source skips are gaps (scattered years are
  markers, never a line), a remainder the source does not state is not drawn as a category,
  and qualified figures ("over", "about") say so in their label;
* uses Okabe-Ito colours and never colour alone: markers, dashes, patterns or labels carry
  the same meaning.

Each chart function takes ``(package, lang)`` like :func:`dashboard.figures.zones.aral_sea_chart`
(``package`` None = the default data package). :data:`CHART_FUNCTIONS` lists them by name.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from babel.dates import format_date, get_month_names

from dashboard.datasets import trends as data
from dashboard.datasets.package import DataPackage, load_package
from dashboard.datasets.sources import cite
from dashboard.figures.choropleth import MAP_FONT
from dashboard.i18n.catalog import MESSAGES, t
from dashboard.i18n.formats import format_number

CHART_HEIGHT = 290
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
POSITIVE = OKABE_ITO["blue"]
NEGATIVE = OKABE_ITO["vermillion"]
GUIDE = "#7f7f7f"
GRID = "#e5e5e5"
SHADE = "rgba(0,0,0,0.06)"
MUTED = "#555555"
TITLE_WIDTH = 62  # characters per title line: plotly does not wrap titles
_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
_SPAN = re.compile(r"^(\d{4})-(\d{4})$")

__all__ = [
    "CHART_FUNCTIONS",
    "CHART_HEIGHT",
    "date_text",
    "emigrant_shares_chart",
    "emigration_chart",
    "ethnic_composition_chart",
    "kandas_chart",
    "kk_ablative",
    "migration_loss_chart",
    "net_migration_chart",
    "number_text",
    "oralmans_chart",
    "percent_text",
    "period_text",
    "printed_decimals",
    "quotas_chart",
    "signed_number",
    "source_line",
    "span_text",
]


# ---------------------------------------------------------------------------------------------
# words and numbers in the reader's language


_KK_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_KK_BACK = set("аоұы")
_KK_FRONT = set("әөүіе")
_KK_VOICELESS = set("пфкқтсшщхцч")


def gap_marks(
    gaps: list[int], lang: str, hover_key: str, xaxis: str, yaxis: str, position: str = ""
) -> dict:
    """A dash at each year with no figure (a gap, never a zero bar), named on hover."""
    return {
        "type": "scatter",
        "x": gaps,
        "y": [0] * len(gaps),
        "mode": "text",
        "text": ["—"] * len(gaps),
        **({"textposition": position} if position else {}),
        "textfont": {"size": 11, "color": GUIDE},
        "name": t("trends.loss.gap", lang),
        "meta": "gaps",
        "hovertext": [t(hover_key, lang, year=y) for y in gaps],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "showlegend": False,
        "xaxis": xaxis,
        "yaxis": yaxis,
    }


def _kk_last_word(number: int) -> str:
    """The last word of a whole number read aloud in Kazakh (e.g. 43 000 -> 'мың')."""
    if number == 0:
        return _KK_UNITS[0]
    if number % 1_000_000 == 0:
        return "миллион"
    if number % 1000 == 0:
        return "мың"
    rest = number % 1000
    if rest % 100 == 0:
        return "жүз"
    if rest % 10 == 0:
        return _KK_TENS[(rest % 100) // 10]
    return _KK_UNITS[rest % 10]


def kk_ablative(number_text: str) -> str:
    """``number_text`` with the Kazakh ablative suffix ('43 000' -> '43 000-нан').

    "Over N" is "N-нан/-нен/-дан/-ден/-тан/-тен астам" in Kazakh: the suffix follows the
    sound of the number's last word when read aloud, so it is computed, not guessed.
    """
    # the digits as read aloud: a decimal is read ending with its fraction ("бүтін оннан бір")
    whole, _, fraction = re.sub(r"[^\d,.]", "", number_text).replace(".", ",").partition(",")
    number = int(fraction) if fraction.strip("0") else int(whole or 0)
    word = _kk_last_word(number)
    last = word[-1]
    consonant = "н" if last in "мнң" else "т" if last in _KK_VOICELESS else "д"
    vowels = [c for c in word if c in _KK_BACK | _KK_FRONT]
    vowel = "а" if vowels and vowels[-1] in _KK_BACK else "е"
    return f"{number_text}-{consonant}{vowel}н"


def number_text(
    value: float, lang: str, qualifier: str = "", decimals: int | None = None, scale: float = 1
) -> str:
    """``value / scale`` formatted for ``lang``, with the source's qualifier in words.

    >>> number_text(2_000_000, "en", "over")
    'over 2,000,000'
    >>> number_text(25, "ru", "about")
    'около 25'
    """
    number = float(value) / scale
    if decimals is None:
        # as many decimals as the stored figure has (63.2 stays 63,2; 477 stays 477), max 2
        decimals = len(f"{number:.2f}".rstrip("0").partition(".")[2])
    text = format_number(number, lang, decimals)
    if qualifier == "over":
        return t("trends.qualifier.over", lang, value=kk_ablative(text) if lang == "kk" else text)
    if qualifier == "about":
        return t("trends.qualifier.about", lang, value=text)
    return text


def printed_decimals(row: Mapping[str, Any]) -> int | None:
    """Decimals of the figure as printed in the Programme ('33,0%' -> 1), else None.

    The table stores 33.0 as a number; the reader should see 33,0 as the source printed it.
    """
    printed = str(row.get("value_as_printed") or "")
    match = re.match(r"^\s*\d[\d ]*[,.](\d+)", printed)
    return len(match.group(1)) if match else None


def signed_number(value: float, lang: str) -> str:
    """A balance with its sign, in the reader's format: '+15 516', '−6 722', '0'."""
    text = format_number(abs(float(value)), lang)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def percent_text(value: float, lang: str, qualifier: str = "", decimals: int | None = None) -> str:
    """A share in percent: '58 %' (kk, ru) or '58%' (en), with the qualifier in words."""
    number = number_text(value, lang, qualifier, decimals)
    return f"{number}%" if lang == "en" else f"{number}\u00a0%"


def span_text(start: int, end: int) -> str:
    """'2012–2022', or '2012' for a one-year span."""
    return str(start) if start == end else f"{start}–{end}"


def date_text(reference: str, lang: str) -> str:
    """An ISO date of full or reduced precision ('2011-10-01', '2014-05') for ``lang``.

    Numeric in kk and ru (01.10.2011, 05.2014: Kazakh then needs no case ending after
    'ж.'), words in en (1 Oct 2011, May 2014).
    """
    parts = [int(p) for p in str(reference).split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        if lang == "en":
            return format_date(dt.date(parts[0], parts[1], 1), "MMM y", locale=_LOCALES[lang])
        return f"{parts[1]:02d}.{parts[0]}"
    day = dt.date(*parts)
    if lang == "en":
        return format_date(day, "d MMM y", locale=_LOCALES[lang])
    return day.strftime("%d.%m.%Y")


def _months(first: int, last: int, lang: str, short: bool = False) -> str:
    """'қаңтар–сәуір', 'январь–апрель', 'Jan–Apr' (abbreviated when ``short``)."""
    width = "abbreviated" if short or lang == "en" else "wide"
    names = get_month_names(width, context="stand-alone", locale=_LOCALES.get(lang, "en_GB"))
    pair = (names[first], names[last])
    if lang != "en":  # month names are not capitalised inside kk and ru text
        pair = (pair[0].lower(), pair[1].lower())
    return "–".join(pair)


def period_text(period: str, lang: str, reference_date: str = "", short: bool = False) -> str:
    """A period of the data in the reader's words.

    Years and spans are shown with an en dash ('1991–2000'); cumulative periods ('1991 to 1
    Oct 2011') become 'as of' dates; partial years ('2023-01 to 2023-04', '2020 (to 1 Dec)')
    name their months (abbreviated when ``short``); the source's own wording ('recent
    years', 'not stated') has a message.
    """
    period = str(period)
    if re.fullmatch(r"\d{4}", period):
        return period
    if m := _SPAN.fullmatch(period):
        return span_text(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})-(\d{2}) to (\d{4})-(\d{2})", period)
    if m and m.group(1) == m.group(3):
        return f"{m.group(1)}, {_months(int(m.group(2)), int(m.group(4)), lang, short)}"
    if m := re.fullmatch(r"(\d{4}) \(to 1 (\w{3})\)", period):
        # "to 1 December" = January to November of that year
        last = dt.datetime.strptime(m.group(2), "%b").month - 1
        return f"{m.group(1)}, {_months(1, last, lang, short)}"
    if (m := re.fullmatch(r"(\d{4}) to .+", period)) and reference_date:
        date = date_text(reference_date, lang)
        return t("trends.period.since_as_of", lang, start=m.group(1), date=date)
    slug = re.sub(r"\W+", "_", period.lower()).strip("_")
    key = f"trends.period.{slug}"  # 'recent years' -> trends.period.recent_years
    return t(key, lang) if key in MESSAGES else period


def _quality(flag: str, lang: str) -> str:
    key = f"quality.{flag}"
    return t(key, lang) if key in MESSAGES else flag


def source_line(
    pairs: Iterable[tuple[str, str]], lang: str, package: DataPackage | None = None
) -> str:
    """'Sources: <citation> (<quality>); …' for the (source_id, quality) pairs of a chart."""
    items = [f"{cite(sid, lang, package)} ({_quality(q, lang)})" for sid, q in pairs]
    return t("trends.sources", lang, sources="; ".join(items))


def _unit(unit: str, lang: str) -> str:
    return t(f"trends.unit.{unit}", lang)


def _wrap(text: str, width: int = TITLE_WIDTH) -> str:
    """Escape for plotly's HTML-like text and break into lines of ``width`` characters."""
    lines = textwrap.wrap(str(text), width=width, break_long_words=False)
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _hover(
    head: str,
    lines: Sequence[str],
    source_id: str,
    quality: str,
    lang: str,
    package: DataPackage | None,
) -> str:
    """Hover text: bold head, the value lines, then source and quality."""
    body = [f"<b>{html.escape(head, quote=False)}</b>"]
    body += [_wrap(line, 60) for line in lines if line]
    body.append(_wrap(f"{t('hover.source', lang)}: {cite(source_id, lang, package)}", 60))
    body.append(f"{t('hover.quality', lang)}: {_quality(quality, lang)}")
    return "<br>".join(body)


def _category(row: dict[str, Any], lang: str) -> str:
    """A composition category in ``lang``, capitalised for an axis label."""
    name = str(row.get("category" if lang == "en" else f"category_{lang}") or row["category"])
    return name[:1].upper() + name[1:]


# ---------------------------------------------------------------------------------------------
# layout helpers


def _layout(
    lang: str,
    title: str,
    subtitle: str = "",
    height: int = CHART_HEIGHT,
    top: int = 52,
    bottom: int = 40,
    left: int = 56,
    **extra: Any,
) -> dict[str, Any]:
    title_dict: dict[str, Any] = {
        "text": _wrap(title),
        "x": 0.01,
        "xanchor": "left",
        "font": {"size": 13},
    }
    if subtitle:
        title_dict["subtitle"] = {"text": _wrap(subtitle, 90), "font": {"size": 10, "color": MUTED}}
    layout = {
        # no theme: every style is set here (the template would add kilobytes per chart)
        "template": "none",
        "height": height,
        "margin": {"l": left, "r": 12, "t": top, "b": bottom},
        "font": {"family": MAP_FONT, "size": 11},
        "title": title_dict,
        "separators": ".," if lang == "en" else ", ",
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "hovermode": "closest",
        "hoverlabel": {"font": {"family": MAP_FONT, "size": 12}, "align": "left"},
        "showlegend": True,
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -0.14,
            "yanchor": "top",
            "font": {"size": 10},
        },
    }
    layout.update(extra)
    return layout


def _axis(**extra: Any) -> dict[str, Any]:
    axis = {
        "showgrid": False,
        "zeroline": False,
        "showline": True,
        "linecolor": "#999999",
        "ticks": "outside",
        "tickfont": {"size": 10},
        "fixedrange": True,
        "automargin": True,
    }
    axis.update(extra)
    return axis


def _value_axis(title: str = "", **extra: Any) -> dict[str, Any]:
    axis = {
        "title": {"text": title, "font": {"size": 10}},
        "showgrid": True,
        "gridcolor": GRID,
        "zeroline": False,
        "tickfont": {"size": 10},
        "fixedrange": True,
        "automargin": True,
    }
    axis.update(extra)
    return axis


def _panel_title(text: str, x: float, y: float = 1.0, width: int = 44) -> dict[str, Any]:
    """A small title above one panel of a two-panel chart (as a paper annotation)."""
    return {
        "text": _wrap(text, width),
        "x": x,
        "y": y,
        "xref": "paper",
        "yref": "paper",
        "xanchor": "left",
        "yanchor": "bottom",
        "showarrow": False,
        "align": "left",
        "font": {"size": 10, "color": "#222222"},
    }


def _note(text: str, y: float = -0.2, x: float = 0.0) -> dict[str, Any]:
    """A note in the bottom margin (e.g. what the source does not state)."""
    return {
        "text": _wrap(text, 95),
        "x": x,
        "y": y,
        "xref": "paper",
        "yref": "paper",
        "xanchor": "left",
        "yanchor": "top",
        "showarrow": False,
        "align": "left",
        "font": {"size": 9, "color": MUTED},
        "name": "note",
    }


def _hatch(shape: str, size: int = 6) -> dict[str, Any]:
    """A white pattern drawn over the bar's own colour (plotly's default replaces the fill,
    which with a white foreground would leave the bar invisible)."""
    return {
        "shape": shape,
        "fgcolor": "white",
        "size": size,
        "solidity": 0.3,
        "fillmode": "overlay",
    }


def _labelled_points(
    x: list,
    y: list,
    *,
    name: str,
    meta: str,
    texts: list[str],
    hover: list[str],
    marker: dict[str, Any],
    textposition: str | list[str] = "top center",
    textfont: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A scatter of separate, labelled points: stated figures, not a continuous series."""
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "mode": "markers+text",
        "name": name,
        "meta": meta,
        "text": texts,
        "textposition": textposition,
        "textfont": textfont or {"size": 9},
        "marker": marker,
        "hovertext": hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
        **extra,
    }


def _year_range(years: Iterable[int]) -> list[int]:
    values = [int(y) for y in years]
    return list(range(min(values), max(values) + 1))


# ---------------------------------------------------------------------------------------------
# 1. net migration 2000-2024 against the Programme's target


def net_migration_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """BNS net migration 2000-2024 (total, urban, rural) against the Programme's target.

    Total: solid line; each year's marker is an upward triangle when the balance is positive
    and a downward one when negative (shape and colour). Urban (dashed) and rural (dotted)
    include moves between town and country, so only the total is international. The
    Programme period 2001-2010 is shaded, stage 2 starts at a dotted line, the target ("the
    negative balance turns positive" by 2010) is annotated at 2010, and the computed spells of
    sign are labelled '+' or '−' along the top, with the years in their hover.
    """
    package = package if package is not None else load_package()
    frame = data.national_net_migration(package)
    check = data.programme_target_check(package)
    years = _year_range(frame["year"])
    unit = _unit("persons", lang)
    styles = {
        "total": {"color": "#222222", "width": 2.2, "dash": "solid"},
        "urban": {"color": OKABE_ITO["green"], "width": 1.6, "dash": "dash"},
        "rural": {"color": OKABE_ITO["orange"], "width": 1.6, "dash": "dot"},
    }
    traces: list[dict[str, Any]] = []
    for part in ("urban", "rural", "total"):
        rows = frame[frame["part"] == part].set_index("year")
        # every year on the axis; a year without a row is None, and the line breaks there
        values = [float(rows.at[y, "value"]) if y in rows.index else None for y in years]
        hover = []
        for y, v in zip(years, values, strict=True):
            if v is None:
                hover.append("")
                continue
            row = rows.loc[y]
            sign = t(f"trends.net.sign.{data.sign_of(v)}", lang)
            lines = [f"{t(f'trends.net.{part}', lang)}: {format_number(v, lang)} {unit} ({sign})"]
            hover.append(_hover(str(y), lines, row["source_id"], row["quality"], lang, package))
        trace: dict[str, Any] = {
            "type": "scatter",
            "x": years,
            "y": values,
            "name": t(f"trends.net.{part}", lang),
            "meta": part,
            "mode": "lines",
            "connectgaps": False,
            "line": styles[part],
            "hovertext": hover,
            "hovertemplate": "%{hovertext}<extra></extra>",
        }
        if part == "total":
            signs = [data.sign_of(v) if v is not None else "zero" for v in values]
            trace["mode"] = "lines+markers"
            trace["marker"] = {
                "size": 8,
                "symbol": [
                    "triangle-up"
                    if s == "positive"
                    else "triangle-down"
                    if s == "negative"
                    else "circle"
                    for s in signs
                ],
                "color": [
                    POSITIVE if s == "positive" else NEGATIVE if s == "negative" else GUIDE
                    for s in signs
                ],
                "line": {"color": "white", "width": 0.5},
            }
        traces.append(trace)

    start, end = check.period
    stage2 = data.PROGRAMME_STAGES[1][0]
    shapes = [
        {  # the Programme period, whole years
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": start - 0.5,
            "x1": end + 0.5,
            "y0": 0,
            "y1": 1,
            "fillcolor": SHADE,
            "line": {"width": 0},
            "layer": "below",
        },
        {  # stage 2 begins
            "type": "line",
            "xref": "x",
            "yref": "paper",
            "x0": stage2 - 0.5,
            "x1": stage2 - 0.5,
            "y0": 0,
            "y1": 1,
            "line": {"color": GUIDE, "width": 1, "dash": "dot"},
            "layer": "below",
        },
        {  # zero: which side of it a year is on is the point of the chart
            "type": "line",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": 0,
            "y1": 0,
            "line": {"color": "#333333", "width": 1},
            "layer": "below",
        },
    ]
    stages = ", ".join(span_text(a, b) for a, b in data.PROGRAMME_STAGES)
    annotations: list[dict[str, Any]] = [
        {
            "text": t("trends.net.programme", lang, span=span_text(start, end)),
            "x": start - 0.4,
            "y": 0.0,
            "xref": "x",
            "yref": "paper",
            "xanchor": "left",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 9, "color": MUTED},
            "hovertext": _wrap(
                t(
                    "trends.net.programme_hover",
                    lang,
                    span=span_text(start, end),
                    stages=stages,
                    repealed=date_text(data.PROGRAMME_REPEALED, lang),
                ),
                60,
            ),
            "name": "programme",
        },
        {
            "text": t("trends.net.stage2", lang),
            "x": stage2 - 0.4,
            "y": 0.08,
            "xref": "x",
            "yref": "paper",
            "xanchor": "left",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 9, "color": MUTED},
        },
    ]
    if check.value_at_target is not None:
        verdict = "met" if check.met_at_target else "missed"
        value = signed_number(check.value_at_target, lang)
        annotations.append(
            {
                "text": _wrap(t("trends.net.target", lang, year=check.target_year), 28)
                + "<br>"
                + t(f"trends.net.target_{verdict}", lang, year=check.target_year, value=value),
                "x": check.target_year,
                "y": check.value_at_target,
                "xref": "x",
                "yref": "y",
                "ax": 40,
                "ay": -58,
                "showarrow": True,
                "arrowhead": 2,
                "arrowwidth": 1,
                "arrowcolor": "#333333",
                "align": "left",
                "xanchor": "left",
                "bgcolor": "rgba(255,255,255,0.85)",
                "font": {"size": 9, "color": "#222222"},
                "name": "target",
            }
        )
    # The spells of sign, labelled along the top: a bracket and '+' or '−' (text, not colour).
    for spell in check.spells:
        symbol = {"positive": "+", "negative": "−", "zero": "0"}[spell.sign]
        colour = {"positive": POSITIVE, "negative": NEGATIVE, "zero": GUIDE}[spell.sign]
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": spell.start - 0.35,
                "x1": spell.end + 0.35,
                "y0": 1.02,
                "y1": 1.02,
                "line": {"color": colour, "width": 3},
            }
        )
        annotations.append(
            {
                "text": f"<b>{symbol}</b>",
                "x": (spell.start + spell.end) / 2,
                "y": 1.03,
                "xref": "x",
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 12, "color": colour},
                "hovertext": t(
                    "trends.net.spell",
                    lang,
                    sign=t(f"trends.net.sign.{spell.sign}", lang),
                    span=span_text(spell.start, spell.end),
                    years=spell.years,
                ),
                "name": f"spell-{spell.sign}-{spell.start}",
            }
        )
    layout = _layout(
        lang,
        t("trends.net.title", lang, span=span_text(years[0], years[-1])),
        top=70,
        bottom=48,
        left=64,
        height=CHART_HEIGHT + 30,
        shapes=shapes,
        annotations=annotations,
        xaxis=_axis(range=[years[0] - 0.6, years[-1] + 0.6], dtick=4, tick0=years[0]),
        yaxis=_value_axis(unit, tickformat=",d"),
    )
    return go.Figure(data=traces, layout=layout)


# ---------------------------------------------------------------------------------------------
# 2. migration loss per 1,000 and loss against natural increase


def migration_loss_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """The Programme's migration loss: per 1,000 population (points, the stated years only)
    and, beside it, how many times the loss exceeded the natural increase (bars, 1993-1994).

    Every year 1991-2000 is on the axis; the years the text skips show 'no figure' (in
    hover). The 'about 25' of 1994 is an open marker labelled in words.
    """
    package = package if package is not None else load_package()
    loss = data.migration_loss_per_1000(package)
    ratio = data.loss_to_natural_increase(package)
    unit = _unit("per_1000", lang)
    labels, hover, symbols = [], [], []
    for row in loss.to_dict("records"):
        text = number_text(row["value"], lang, row["qualifier"])
        labels.append(text)
        symbols.append("circle-open" if row["qualifier"] else "circle")
        hover.append(
            _hover(
                str(row["year"]),
                [f"{text} {unit}"],
                row["source_id"],
                row["quality"],
                lang,
                package,
            )
        )
    axis_years = _year_range(loss["year"])
    gaps = [y for y in axis_years if y not in set(loss["year"])]
    traces: list[dict[str, Any]] = [
        # Points, not a line: the Programme's years are not consecutive.
        _labelled_points(
            loss["year"].tolist(),
            loss["value"].tolist(),
            name=t("trends.loss.per_1000", lang),
            meta="loss_per_1000",
            texts=labels,
            hover=hover,
            marker={
                "size": 9,
                "color": NEGATIVE,
                "symbol": symbols,
                "line": {"width": 2, "color": NEGATIVE},
            },
            showlegend=False,
            xaxis="x",
            yaxis="y",
        )
    ]
    if gaps:
        traces.append(gap_marks(gaps, lang, "trends.loss.gap_hover", "x", "y"))
    ratio_labels = [
        number_text(v, lang, q, 1) + "×"
        for v, q in zip(ratio["value"], ratio["qualifier"], strict=True)
    ]
    traces.append(
        {
            "type": "bar",
            "x": [str(y) for y in ratio["year"]],
            "y": ratio["value"].tolist(),
            "name": t("trends.loss.ratio", lang),
            "meta": "ratio",
            "text": ratio_labels,
            "textposition": "outside",
            "textfont": {"size": 9},
            "cliponaxis": False,
            "constraintext": "none",
            "marker": {"color": NEGATIVE, "pattern": _hatch("/")},
            "width": 0.55,
            "hovertext": [
                _hover(
                    str(r["year"]),
                    [
                        t(
                            "trends.loss.ratio_hover",
                            lang,
                            value=number_text(r["value"], lang, r["qualifier"], 1),
                        )
                    ],
                    r["source_id"],
                    r["quality"],
                    lang,
                    package,
                )
                for r in ratio.to_dict("records")
            ],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "showlegend": False,
            "xaxis": "x2",
            "yaxis": "y2",
        }
    )
    top_loss = float(loss["value"].max()) if not loss.empty else 1.0
    top_ratio = float(ratio["value"].max()) if not ratio.empty else 1.0
    layout = _layout(
        lang,
        t("trends.loss.title", lang, span=span_text(axis_years[0], axis_years[-1])),
        top=74,
        bottom=36,
        left=40,
        showlegend=False,
        shapes=[
            {  # parity: below 1 the natural increase still outweighed the loss
                "type": "line",
                "xref": "x2 domain",
                "yref": "y2",
                "x0": 0,
                "x1": 1,
                "y0": 1,
                "y1": 1,
                "line": {"color": "#333333", "width": 1, "dash": "dash"},
            }
        ],
        annotations=[
            _panel_title(t("trends.loss.per_1000", lang), 0.0, 1.04, 48),
            # the parity line is explained in the panel title: a label on it would sit on
            # the bars
            _panel_title(
                f"{t('trends.loss.ratio', lang)} ({t('trends.loss.parity', lang)})", 0.72, 1.04, 26
            ),
        ],
        xaxis=_axis(
            domain=[0, 0.62],
            range=[axis_years[0] - 0.6, axis_years[-1] + 0.6],
            tickvals=axis_years,
            ticktext=[str(y) for y in axis_years],
            tickangle=-60,
        ),
        yaxis=_value_axis("", range=[-1.5, top_loss * 1.3], rangemode="tozero", domain=[0, 0.95]),
        xaxis2=_axis(domain=[0.74, 1], type="category", anchor="y2"),
        yaxis2=_value_axis("", anchor="x2", range=[0, max(top_ratio, 1) * 1.35], domain=[0, 0.95]),
    )
    return go.Figure(data=traces, layout=layout)


# ---------------------------------------------------------------------------------------------
# 3. emigration figures of the Programme


def emigration_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """The Programme's emigration figures, thousand persons, as horizontal bars.

    One bar per figure, each labelled with what and when it is; a bar's fill tells one
    year's figure (solid), a total over several years (hatched) or a yearly range stated
    without a period (a floating bar from the lower to the upper bound). Qualified figures
    are labelled in words ("over 2 000").
    """
    package = package if package is not None else load_package()
    facts = data.emigration_facts(package)
    scale = 1000.0
    kinds = {
        "year": {"color": OKABE_ITO["vermillion"], "pattern": {"shape": ""}},
        "total": {
            "color": OKABE_ITO["purple"],
            "pattern": _hatch("/"),
        },
        "range": {
            "color": OKABE_ITO["orange"],
            "pattern": _hatch(".", 5),
        },
    }
    unit = _unit("thousand_persons", lang)
    # plotly draws the first category at the bottom: reverse so the list reads top-down
    records = facts.to_dict("records")[::-1]
    labels = {
        r["item"]: t(f"trends.emig.item.{r['item']}", lang, period=period_text(r["period"], lang))
        for r in records
    }
    traces = []
    for kind, style in kinds.items():
        rows = [r for r in records if r["kind"] == kind]
        if not rows:
            continue
        texts, hover = [], []
        for r in rows:
            if kind == "range":
                low = number_text(r["low"], lang, "", 0, scale)
                text = f"{low}–{number_text(r['value'], lang, r['qualifier'], 0, scale)}"
            else:
                decimals = 0 if float(r["value"] / scale).is_integer() else 1
                text = number_text(r["value"], lang, r["qualifier"], decimals, scale)
            texts.append(text)
            hover.append(
                _hover(
                    labels[r["item"]],
                    [f"{text} {unit}"],
                    r["source_id"],
                    r["quality"],
                    lang,
                    package,
                )
            )
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "y": [labels[r["item"]] for r in rows],
                "x": [
                    (r["value"] - r["low"]) / scale if kind == "range" else r["value"] / scale
                    for r in rows
                ],
                "base": [r["low"] / scale if kind == "range" else 0 for r in rows],
                "name": t(f"trends.emig.kind.{kind}", lang),
                "meta": kind,
                "text": texts,
                "textposition": "outside",
                "textfont": {"size": 9},
                "cliponaxis": False,
                "constraintext": "none",
                "marker": {"color": style["color"], "pattern": style["pattern"]},
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
            }
        )
    top = float(facts["value"].max()) / scale if not facts.empty else 1.0
    layout = _layout(
        lang,
        t("trends.emig.title", lang),
        height=CHART_HEIGHT + 20,
        top=44,
        bottom=56,
        left=8,
        barmode="overlay",
        bargap=0.3,
        legend={"orientation": "h", "x": 0, "y": -0.1, "yanchor": "top", "font": {"size": 9}},
        # the unit is in the title; an axis title here would collide with the legend
        xaxis=_value_axis("", range=[0, top * 1.22], tickformat=",d"),
        yaxis=_axis(
            categoryorder="array",
            categoryarray=[labels[r["item"]] for r in records],
            showline=False,
            ticks="",
            tickfont={"size": 9},
        ),
    )
    return go.Figure(data=traces, layout=layout)


# ---------------------------------------------------------------------------------------------
# 4. ethnic composition 2000 and 5. oralman origins: two panels of stated shares


def _share_panels(
    package: DataPackage,
    lang: str,
    panels: Sequence[tuple[pd.DataFrame, str, str, dict[str, Any]]],
    title: str,
    notes: Sequence[str],
) -> go.Figure:
    """Two side-by-side panels of horizontal bars of stated shares (percent).

    ``panels``: (rows, panel title, meta, bar style). Only the stated rows are drawn; what the
    source leaves unstated is said in ``notes``, never drawn as a category.
    """
    traces = []
    annotations = []
    domains = ([0.0, 0.42], [0.58, 1.0])
    layout_axes: dict[str, Any] = {}
    top = max(float(rows["share_pct"].max()) for rows, *_ in panels if not rows.empty)
    for i, (rows, panel_title, meta, style) in enumerate(panels):
        suffix = "" if i == 0 else str(i + 1)
        records = rows.to_dict("records")[::-1]  # largest at the top
        names = [_category(r, lang) for r in records]
        texts = [percent_text(r["share_pct"], lang) for r in records]
        hover = [
            _hover(
                name,
                [f"{text} · {panel_title}"],
                r["source_id"],
                r["quality"],
                lang,
                package,
            )
            for name, text, r in zip(names, texts, records, strict=True)
        ]
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "x": [float(r["share_pct"]) for r in records],
                "y": names,
                "name": panel_title,
                "meta": meta,
                "text": texts,
                "textposition": "outside",
                "textfont": {"size": 9},
                "cliponaxis": False,
                "constraintext": "none",
                "marker": style,
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
                "showlegend": False,
                "xaxis": f"x{suffix}",
                "yaxis": f"y{suffix}",
            }
        )
        layout_axes[f"xaxis{suffix}"] = _value_axis(
            "%",
            domain=domains[i],
            range=[0, top * 1.3],
            anchor=f"y{suffix}",
            dtick=20,
        )
        layout_axes[f"yaxis{suffix}"] = _axis(
            anchor=f"x{suffix}",
            domain=[0, 0.88],
            showline=False,
            ticks="",
            tickfont={"size": 9},
        )
        annotations.append(_panel_title(panel_title, domains[i][0], 0.9, 40))
    for j, note in enumerate(notes):
        annotations.append(_note(note, y=-0.2 - 0.1 * j))
    layout = _layout(
        lang,
        title,
        top=48,
        bottom=40 + 24 * len(notes),
        left=8,
        height=CHART_HEIGHT + 10 * len(notes),
        showlegend=False,
        annotations=annotations,
        **layout_axes,
    )
    return go.Figure(data=traces, layout=layout)


def ethnic_composition_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """Ethnic composition of emigrants and of immigrants in 2000: the stated shares.

    The emigrants' shares sum to 91 %: the rest is not stated, so it is not drawn; a note
    under the chart says so (computed from the data).
    """
    package = package if package is not None else load_package()
    emigrants = data.composition("emigrants_by_ethnicity", package=package)
    immigrants = data.composition("immigrants_by_ethnicity", package=package)
    year = str(emigrants["period"].iloc[0]) if not emigrants.empty else ""
    notes = []
    for rows, key in ((emigrants, "emigrants"), (immigrants, "immigrants")):
        stated = data.stated_share_sum(rows)
        group = t(f"trends.ethnic.{key}", lang)
        if stated < 100:
            notes.append(
                t(
                    "trends.share.rest_not_stated",
                    lang,
                    group=group,
                    stated=percent_text(stated, lang),
                    rest=percent_text(round(100 - stated, 1), lang),
                )
            )
    return _share_panels(
        package,
        lang,
        [
            (emigrants, t("trends.ethnic.emigrants", lang), "emigrants", {"color": NEGATIVE}),
            (
                immigrants,
                t("trends.ethnic.immigrants", lang),
                "immigrants",
                {"color": POSITIVE, "pattern": _hatch("/")},
            ),
        ],
        t("trends.ethnic.title", lang, year=year),
        [" ".join(notes)] if notes else [],
    )


def oralmans_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """Oralmans: the arrivals 1991-2000 (people and families) and the stated origin shares,
    1991-2000 (Programme) and since 1991 as of 1 October 2011 (ministry via news).

    Each period is its own panel with only the countries its source names; the share of all
    arrivals each source leaves unitemised is said in a note, not drawn.
    """
    package = package if package is not None else load_package()
    periods = data.composition_periods("oralman_origins", package)
    arrivals = data.oralman_arrivals(package).set_index("series")
    panels = []
    notes = []
    styles = (
        {"color": OKABE_ITO["blue"]},
        {"color": OKABE_ITO["orange"], "pattern": _hatch("/")},
    )
    for i, period in enumerate(periods[:2]):
        rows = data.composition("oralman_origins", period, package)
        reference = ""
        if m := re.fullmatch(r"\d{4} to (\d{1,2} \w{3} \d{4})", period):
            reference = dt.datetime.strptime(m.group(1), "%d %b %Y").date().isoformat()
        label = period_text(period, lang, reference)
        base = rows["base_value"].dropna()
        if period == "1991-2000" and "oralman_arrivals_people" in arrivals.index:
            people = arrivals.loc["oralman_arrivals_people"]
            families = arrivals.loc["oralman_arrivals_families"]
            title = t(
                "trends.oralmans.panel_families",
                lang,
                period=label,
                people=number_text(people["value"], lang, people["qualifier"]),
                families=number_text(families["value"], lang, families["qualifier"]),
            )
        elif not base.empty:
            title = t(
                "trends.oralmans.panel", lang, period=label, people=number_text(base.iloc[0], lang)
            )
        else:
            title = label
        panels.append((rows, title, f"origins-{i}", styles[i]))
        stated = data.stated_share_sum(rows)
        if stated < 100:
            notes.append(
                t("trends.oralmans.rest", lang, period=label, stated=percent_text(stated, lang))
            )
    return _share_panels(
        package, lang, panels, t("trends.oralmans.title", lang), ["; ".join(notes)]
    )


# ---------------------------------------------------------------------------------------------
# 6. working-age and education shares of emigrants


def emigrant_shares_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """Working-age and higher/specialised-education shares of emigrants, percent, by year.

    Markers only (circles and diamonds, labelled): the Programme gives scattered years. The
    'about 18-20 %' below working age has no year, so it is a note, not a point.
    """
    package = package if package is not None else load_package()
    shares = data.emigrant_shares(package)
    under = data.under_working_age_share(package)
    styles = {
        # working age (60-70 %) above the education share (30-50 %): labels face away
        "emigrants_working_age_share": ("circle", POSITIVE, "top center", "working_age"),
        "emigrants_higher_or_specialised_education_share": (
            "diamond",
            NEGATIVE,
            "bottom center",
            "education",
        ),
    }
    traces = []
    for series, (symbol, colour, position, key) in styles.items():
        rows = shares[shares["series"] == series]
        name = t(f"trends.shares.{key}", lang)
        texts = [
            percent_text(r["value"], lang, r["qualifier"], printed_decimals(r))
            for r in rows.to_dict("records")
        ]
        traces.append(
            _labelled_points(
                rows["year"].tolist(),
                rows["value"].tolist(),
                name=name,
                meta=key,
                texts=texts,
                hover=[
                    _hover(f"{y}", [f"{name}: {text}"], r["source_id"], r["quality"], lang, package)
                    for y, text, r in zip(rows["year"], texts, rows.to_dict("records"), strict=True)
                ],
                marker={"symbol": symbol, "size": 9, "color": colour},
                textposition=position,
                textfont={"size": 9, "color": colour},
            )
        )
    years = _year_range(shares["year"])
    notes = []
    if len(under) == 2:
        low, high = float(under["value"].min()), float(under["value"].max())
        qualifier = str(under["qualifier"].iloc[0])
        span = f"{number_text(low, lang)}–{percent_text(high, lang)}"
        if qualifier == "about":
            span = t("trends.qualifier.about", lang, value=span)
        notes.append(t("trends.shares.under_working_age", lang, range=span))
    layout = _layout(
        lang,
        t("trends.shares.title", lang, span=span_text(years[0], years[-1])),
        height=CHART_HEIGHT + 30,
        top=60,
        bottom=96,
        left=44,
        annotations=[_note(n, y=-0.42) for n in notes],
        # below the year labels: a legend on them would hide their top
        legend={"orientation": "h", "x": 0, "y": -0.17, "yanchor": "top", "font": {"size": 9}},
        xaxis=_axis(
            range=[years[0] - 0.6, years[-1] + 0.6],
            tickvals=years,
            ticktext=[str(y) for y in years],
        ),
        yaxis=_value_axis("%", range=[0, 90], dtick=20),
    )
    return go.Figure(data=traces, layout=layout)


# ---------------------------------------------------------------------------------------------
# 7. immigration quotas


def quotas_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """Immigration quotas in families: the Programme's list 1993-2000 (bars) and the decree
    quotas (diamonds, labelled); years not retrieved are marked as such, and the kandas
    quotas of the 2020s, set in persons, are a note (a different unit)."""
    package = package if package is not None else load_package()
    quotas = data.immigration_quotas(package)
    years = _year_range(quotas["year"])
    unit = _unit("families", lang)
    traces = []
    for kind in ("programme", "decree"):
        rows = quotas[quotas["kind"] == kind]
        name = t(f"trends.quotas.{kind}", lang)
        texts = [
            number_text(v, lang, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)
        ]
        hover = [
            _hover(
                str(r["year"]),
                [f"{name}: {text} {unit}"],
                r["source_id"],
                r["quality"],
                lang,
                package,
            )
            for text, r in zip(texts, rows.to_dict("records"), strict=True)
        ]
        if kind == "programme":
            traces.append(
                {
                    "type": "bar",
                    "x": rows["year"].tolist(),
                    "y": rows["value"].tolist(),
                    "name": name,
                    "meta": kind,
                    "marker": {
                        "color": OKABE_ITO["sky"],
                        "line": {"color": OKABE_ITO["blue"], "width": 1},
                    },
                    "width": 0.7,
                    "hovertext": hover,
                    "hovertemplate": "%{hovertext}<extra></extra>",
                }
            )
        else:
            traces.append(
                _labelled_points(
                    rows["year"].tolist(),
                    rows["value"].tolist(),
                    name=name,
                    meta=kind,
                    texts=texts,
                    hover=hover,
                    marker={
                        "symbol": "diamond",
                        "size": 10,
                        "color": NEGATIVE,
                        "line": {"color": "white", "width": 1},
                    },
                    cliponaxis=False,
                )
            )
    # years without any quota figure inside the range: say so on the axis
    known = set(quotas["year"].astype(int))
    missing = [y for y in years if y not in known]
    annotations = []
    for spell in _runs(missing):
        annotations.append(
            {
                "text": _wrap(t("trends.quotas.gap", lang, span=span_text(*spell)), 14),
                "x": (spell[0] + spell[1]) / 2,
                "y": 0,
                "xref": "x",
                "yref": "y",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 9, "color": MUTED},
                "name": "gap",
            }
        )
    notes = [t("trends.quotas.later_gap", lang, year=years[-1] + 1)]
    kandas = data.kandas_quotas(package)
    if not kandas.empty:
        items = "; ".join(
            f"{int(r['year'])}: {number_text(r['value'], lang)}" for r in kandas.to_dict("records")
        )
        notes.append(t("trends.quotas.kandas_note", lang, items=items))
    annotations.append(_note(" ".join(notes), y=-0.3))
    top = float(quotas["value"].max())
    layout = _layout(
        lang,
        t("trends.quotas.title", lang, span=span_text(years[0], years[-1])),
        top=44,
        bottom=78,
        left=56,
        annotations=annotations,
        legend={"orientation": "h", "x": 0, "y": -0.12, "yanchor": "top", "font": {"size": 9}},
        xaxis=_axis(range=[years[0] - 0.6, years[-1] + 0.6], dtick=2, tick0=years[0] + 1),
        yaxis=_value_axis(unit, range=[0, top * 1.2], tickformat=",d"),
    )
    return go.Figure(data=traces, layout=layout)


def _runs(years: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of years: [2001, 2002, 2003, 2008] -> [(2001, 2003), (2008, 2008)]."""
    runs: list[tuple[int, int]] = []
    for y in sorted(years):
        if runs and runs[-1][1] == y - 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs


# ---------------------------------------------------------------------------------------------
# 8. kandas: cumulative totals and status grants


def kandas_chart(package: DataPackage | None, lang: str) -> go.Figure:
    """Oralmans / kandas: people arrived since 1991 by 'as of' date (points, from several
    sources, not joined) and people granted kandas status per year (bars; a part of a year
    is hatched and labelled with its months)."""
    package = package if package is not None else load_package()
    cumulative = data.kandas_cumulative(package)
    grants = data.kandas_status_grants(package)
    people = _unit("persons", lang)
    traces = []
    for kind, symbol in (("programme", "square"), ("cumulative", "circle")):
        rows = cumulative[cumulative["kind"] == kind]
        if rows.empty:
            continue
        texts, hover, symbols, positions = [], [], [], []
        for r in rows.to_dict("records"):
            value = number_text(r["value"], lang, r["qualifier"])
            # the latest point's label goes left, or it would run into the next panel
            positions.append(
                "top left" if r["date"] == cumulative["date"].max() else "bottom right"
            )
            # the qualified figures must read as such on the chart, not only in hover
            texts.append(value if r["qualifier"] else "")
            symbols.append(f"{symbol}-open" if r["qualifier"] else symbol)
            when = period_text(r["period"], lang, r["reference_date"] or "")
            lines = [f"{value} {people}"]
            if pd.notna(r.get("families")):
                lines.append(
                    t(
                        "trends.kandas.families",
                        lang,
                        value=number_text(r["families"], lang, r["families_qualifier"]),
                    )
                )
            hover.append(_hover(when, lines, r["source_id"], r["quality"], lang, package))
        colour = OKABE_ITO["blue"] if kind == "cumulative" else OKABE_ITO["purple"]
        # Separate totals from separate sources: points, not a line.
        traces.append(
            _labelled_points(
                [d.strftime("%Y-%m-%d") for d in rows["date"]],
                rows["value"].tolist(),
                name=t(f"trends.kandas.{kind}", lang),
                meta=kind,
                texts=texts,
                hover=hover,
                marker={
                    "symbol": symbols,
                    "size": 8,
                    "color": colour,
                    "line": {"width": 2, "color": colour},
                },
                textposition=positions,
                cliponaxis=False,
                xaxis="x",
                yaxis="y",
            )
        )
    years = _year_range(grants["x"]) if not grants.empty else []
    for partial in (False, True):
        rows = grants[grants["partial"] == partial]
        if rows.empty:
            continue
        texts, hover = [], []
        for r in rows.to_dict("records"):
            value = number_text(r["value"], lang, r["qualifier"])
            when = period_text(r["period"], lang, r["reference_date"] or "")
            texts.append(value)
            lines = [f"{value} {people}"]
            if partial:
                lines.append(t("trends.kandas.partial", lang))
            hover.append(_hover(when, lines, r["source_id"], r["quality"], lang, package))
        traces.append(
            {
                "type": "bar",
                "x": rows["x"].tolist(),
                "y": rows["value"].tolist(),
                "name": t(
                    "trends.kandas.part_year" if partial else "trends.kandas.full_year", lang
                ),
                "meta": "grants-partial" if partial else "grants",
                "text": texts,
                "textposition": "outside",
                "textfont": {"size": 9},
                "cliponaxis": False,
                "constraintext": "none",
                "width": 0.7,
                "marker": {
                    "color": "white" if partial else OKABE_ITO["green"],
                    "line": {"color": OKABE_ITO["green"], "width": 1.5},
                    # a part of a year: hatched outline, not a full bar (pattern, not colour)
                    "pattern": {"shape": "/" if partial else "", "fgcolor": OKABE_ITO["green"]},
                },
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
                "xaxis": "x2",
                "yaxis": "y2",
            }
        )
    # Tick labels: a partial year names its months (abbreviated); a year without a figure
    # has no label and a dash at zero, so the gap reads as a gap.
    ticktext, gaps = [], []
    by_year = {int(r["x"]): r for r in grants.to_dict("records")}
    for y in years:
        row = by_year.get(y)
        if row is None:
            ticktext.append("")
            gaps.append(y)
        elif row["partial"]:
            label = period_text(row["period"], lang, row["reference_date"] or "", short=True)
            ticktext.append(label.replace(", ", "<br>", 1))
        else:
            ticktext.append(str(y))
    if gaps:
        traces.append(
            gap_marks(gaps, lang, "trends.kandas.gap_hover", "x2", "y2", position="top center")
        )
    top_cum = float(cumulative["value"].max()) if not cumulative.empty else 1.0
    top_grants = float(grants["value"].max()) if not grants.empty else 1.0
    first = cumulative["date"].min() if not cumulative.empty else pd.Timestamp("1991-01-01")
    last = cumulative["date"].max() if not cumulative.empty else pd.Timestamp("2025-12-31")
    layout = _layout(
        lang,
        t("trends.kandas.title", lang),
        height=CHART_HEIGHT + 50,
        top=56,
        bottom=84,
        left=64,
        legend={
            "orientation": "h",
            "x": 0,
            "y": -0.16,
            "yanchor": "top",
            "font": {"size": 9},
            "entrywidth": 0.5,
            "entrywidthmode": "fraction",
        },
        annotations=[
            _panel_title(t("trends.kandas.cumulative_panel", lang), 0.0, 0.9, 40),
            _panel_title(t("trends.kandas.grants_panel", lang), 0.64, 0.9, 28),
        ],
        xaxis=_axis(
            domain=[0, 0.52],
            type="date",
            tickformat="%Y",
            range=[
                (first - pd.DateOffset(years=1)).strftime("%Y-%m-%d"),
                (last + pd.DateOffset(years=2)).strftime("%Y-%m-%d"),
            ],
        ),
        yaxis=_value_axis("", range=[0, top_cum * 1.2], tickformat=",d", domain=[0, 0.86]),
        xaxis2=_axis(
            domain=[0.64, 1],
            anchor="y2",
            range=[years[0] - 0.6, years[-1] + 0.6] if years else None,
            tickvals=years,
            ticktext=ticktext,
            tickangle=0,
            tickfont={"size": 9},
        ),
        yaxis2=_value_axis(
            "", anchor="x2", range=[0, top_grants * 1.25], tickformat=",d", domain=[0, 0.86]
        ),
    )
    return go.Figure(data=traces, layout=layout)


CHART_FUNCTIONS: dict[str, Callable[[DataPackage | None, str], go.Figure]] = {
    "net_migration": net_migration_chart,
    "migration_loss": migration_loss_chart,
    "emigration": emigration_chart,
    "ethnic_composition": ethnic_composition_chart,
    "emigrant_shares": emigrant_shares_chart,
    "oralmans": oralmans_chart,
    "quotas": quotas_chart,
    "kandas": kandas_chart,
}
