"""The Programme 2001-2010 as tables for the reader: action plan, aims, regional statements.

Pure pandas (no Dash). Every frame is in one language (kk, ru or en) and every row carries the
Programme's source id and section, so the panel can cite it.

* :func:`action_plan` - the 22 items of the action plan (section 6), item 1.1.6 included and
  marked deleted; the responsible bodies, printed as abbreviations, expanded to full names.
* :func:`filter_action_plan` - the search box and the group and body filters.
* :func:`aims` - the aims, tasks and expected results per stage (``programme_aims.csv``).
* :func:`region_items` - the Programme's statements about regions (``programme_roles.csv``),
  one row per statement with the region ids to highlight; statements that name no unit
  ("the northern and central oblasts") have no ids: nothing is guessed.
* :func:`programme_acts` - the numbers and dates of the acts that approved and repealed it.

Every function takes the data package explicitly (``load_package()`` in tests, the context's
package in the app).
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import cite
from dashboard.datasets.zones import programme_roles
from dashboard.geo.boundaries import BOUNDARY_VERSIONS
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.languages import LANGUAGES

SOURCE_ID = "programme-2001"
ROLES_VERSION = "1997"  # the Programme's map: programme_roles.csv ids are 1997 units

# "(by agreement)" as printed after a body in the plan.
BY_AGREEMENT_KK = "(келісім бойынша)"
# Bodies the plan writes out in full (not abbreviated): printed text -> key. The first one
# contains a comma, so these are replaced before the list is split at commas.
WRITTEN_OUT_BODIES = {
    "облыстардың, Астана және Алматы қалаларының әкімдері": "akims",
    "Отбасы және әйелдер істері жөніндегі ұлттық комиссия": "family-women-commission",
}
# Names joined with "; ": several full names contain commas themselves
# ("Ministry of Culture, Information and Public Accord").
NAME_SEPARATOR = "; "

PLAN_COLUMNS = (
    "number",
    "group",
    "group_label",
    "measure",
    "form",
    "form_label",
    "responsible",
    "responsible_printed",
    "body_keys",
    "deadline",
    "status",
    "status_label",
    "section",
    "source_id",
    "source",
    "quality",
)
# Columns the search box looks in: what the reader sees, plus the printed abbreviations so
# that "КДА" finds the rows of the Agency for Migration and Demography in every language.
SEARCH_COLUMNS = (
    "number",
    "group_label",
    "measure",
    "form_label",
    "responsible",
    "responsible_printed",
    "deadline",
    "status_label",
)

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown language {lang!r}; valid languages: {', '.join(LANGUAGES)}")
    return lang


def _localised(frame: pd.DataFrame, field: str, lang: str) -> pd.Series:
    """Column ``<field>_<lang>`` of the action plan (kk: the original; ru, en: renderings)."""
    return frame[f"{field}_{lang}"].astype(str)


# ---------------------------------------------------------------------------------------------
# responsible bodies


def parse_responsible(printed: str) -> list[tuple[str, bool]]:
    """The bodies of one printed cell as (key, by agreement) pairs, in the printed order.

    The key is the abbreviation (``bodies.csv``) or a key of WRITTEN_OUT_BODIES.

    >>> parse_responsible("ҰҚК (келісім бойынша), КДА")
    [('ҰҚК', True), ('КДА', False)]
    >>> parse_responsible("КДА, облыстардың, Астана және Алматы қалаларының әкімдері")
    [('КДА', False), ('akims', False)]
    """
    text = str(printed or "")
    for phrase, key in WRITTEN_OUT_BODIES.items():
        text = text.replace(phrase, key)
    bodies = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        agreement = part.endswith(BY_AGREEMENT_KK)
        key = part.removesuffix(BY_AGREEMENT_KK).strip()
        bodies.append((key, agreement))
    return bodies


def body_name(key: str, lang: str, package: DataPackage) -> str:
    """Full name of a responsible body in ``lang`` (``bodies.csv`` or the catalog).

    Raises KeyError for a body the plan does not know, so a new abbreviation in the data
    fails loudly instead of showing as an unexplained code.
    """
    _check_lang(lang)
    if key in WRITTEN_OUT_BODIES.values():
        return t(f"programme.body.{key}", lang)
    names = _body_names(package)
    if key not in names:
        raise KeyError(f"responsible body {key!r} is not in bodies.csv")
    return names[key][lang]


@functools.cache
def _body_names(package: DataPackage) -> dict[str, dict[str, str]]:
    # Cached per package (identity-hashed): the plan asks for ~80 names per language.
    return {
        str(row["abbr"]): {lang: str(row[f"name_{lang}"]) for lang in LANGUAGES}
        for row in package["bodies"].to_dict("records")
    }


def expand_responsible(printed: str, lang: str, package: DataPackage) -> str:
    """A printed cell of responsible bodies with full names in ``lang``, joined by '; '.

    Keeps the "(by agreement)" marks, in the reader's language.
    """
    names = []
    for key, agreement in parse_responsible(printed):
        name = body_name(key, lang, package)
        names.append(f"{name} {t('programme.by_agreement', lang)}" if agreement else name)
    return NAME_SEPARATOR.join(names)


def body_options(lang: str, package: DataPackage) -> list[dict[str, str]]:
    """Options of the body filter: every body the plan names, label in ``lang``.

    Value = the body key (abbreviation as printed); label = full name with the abbreviation.
    Order: first appearance in the plan, which puts the most frequent bodies near the top.
    """
    keys: dict[str, None] = {}
    for printed in package["action_plan"]["responsible"]:
        for key, _ in parse_responsible(printed):
            keys.setdefault(key)
    options = []
    for key in keys:
        name = body_name(key, lang, package)
        if key in WRITTEN_OUT_BODIES.values():
            label = name
        else:
            label = t("programme.plan.body_option", lang, name=name, abbr=key)
        options.append({"label": label, "value": key})
    return options


# ---------------------------------------------------------------------------------------------
# action plan


def action_plan(lang: str, package: DataPackage) -> pd.DataFrame:
    """The action plan (section 6) in ``lang``: one row per item, all 22 of them.

    Columns (PLAN_COLUMNS): number, group (id "1.1"), group_label, measure, form (code),
    form_label, responsible (full names in ``lang``, '; '-separated, "(by agreement)" kept),
    responsible_printed (the abbreviations as printed), body_keys (space-separated body keys,
    for the body filter), deadline, status (active / deleted), status_label, section,
    source_id, source (citation in ``lang``), quality. The deleted item 1.1.6 stays in the
    table with status "deleted" and the deletion note as its measure.
    """
    _check_lang(lang)
    plan = package["action_plan"]
    frame = pd.DataFrame(
        {
            "number": plan["number"].astype(str),
            "group": plan["group"].astype(str),
            "group_label": _localised(plan, "group", lang),
            "measure": _localised(plan, "measure", lang),
            "form": plan["form"].astype(str),
            "form_label": _localised(plan, "form", lang),
            "responsible": [expand_responsible(p, lang, package) for p in plan["responsible"]],
            "responsible_printed": plan["responsible"].astype(str),
            "body_keys": [
                " ".join(key for key, _ in parse_responsible(p)) for p in plan["responsible"]
            ],
            "deadline": _localised(plan, "deadline", lang),
            "status": plan["status"].astype(str),
            "section": plan["section"].astype(str),
            "source_id": plan["source_id"].astype(str),
            "quality": plan["quality"].astype(str),
        }
    )
    # A deleted item has no form: its label must be empty, not a stray rendering.
    frame.loc[frame["form"] == "", "form_label"] = ""
    frame["status_label"] = frame["status"].map(lambda s: t(f"programme.status.{s}", lang))
    frame["source"] = frame["source_id"].map(lambda s: cite(s, lang, package))
    return frame.loc[:, list(PLAN_COLUMNS)].reset_index(drop=True)


def group_options(lang: str, package: DataPackage) -> list[dict[str, str]]:
    """Options of the group filter, in plan order: label "1.1. Immigration", value "1.1"."""
    plan = action_plan(lang, package)
    groups = plan.drop_duplicates("group")
    return [
        {
            "label": t("programme.plan.group_option", lang, group=g, label=label),
            "value": g,
        }
        for g, label in zip(groups["group"], groups["group_label"], strict=True)
    ]


def _fold(text: str) -> str:
    """Case- and spelling-insensitive form for searching.

    casefold() handles Cyrillic and Kazakh letters; "ё" is folded to "е" as Russian readers
    type either; Latin i/I/Y typed inside a Cyrillic word (as in the adilet texts) become the
    Kazakh і/Ү.
    """

    def kazakh_letters(match: re.Match[str]) -> str:
        word = match.group(0)
        if _CYRILLIC.search(word):
            word = word.replace("i", "і").replace("I", "І").replace("Y", "Ү")
        return word

    text = re.sub(r"\w+", kazakh_letters, str(text))
    return text.casefold().replace("ё", "е")


def filter_action_plan(
    df: pd.DataFrame,
    text: str = "",
    group: str | None = None,
    body: str | None = None,
) -> pd.DataFrame:
    """Rows of ``df`` (from :func:`action_plan`) that match the search and the filters.

    ``text``: every whitespace-separated word must occur, case-insensitively, in one of the
    SEARCH_COLUMNS (so "оралман" finds "Оралмандарды", "ОРАЛМАН" and "oralmans").
    ``group``: a group id ("1.1"); ``body``: a body key ("КДА", "akims"). Empty or None
    means no filter. The row order is kept.
    """
    keep = pd.Series(True, index=df.index)
    words = _fold(text or "").split()
    if words:
        haystack = df.loc[:, [c for c in SEARCH_COLUMNS if c in df]].astype(str)
        folded = haystack.apply(lambda row: _fold(" \u241f ".join(row)), axis=1)
        for word in words:
            keep &= folded.str.contains(word, regex=False)
    if group:
        keep &= df["group"] == str(group)
    if body:
        keep &= df["body_keys"].str.split().map(lambda keys: str(body) in keys)
    return df.loc[keep]


# ---------------------------------------------------------------------------------------------
# aims


AIM_COLUMNS = (
    "id",
    "stage",
    "period",
    "kind",
    "text",
    "section",
    "source_id",
    "source",
    "quality",
)


def aims(lang: str, package: DataPackage) -> pd.DataFrame:
    """The Programme's aims, tasks and expected results in ``lang``, in the table's order.

    Columns (AIM_COLUMNS): id, stage (passport / overall / 1 / 2 / results), period, kind
    (aim / task / result), text (``text_<lang>``), section (passport / 2 / 5), source_id,
    source (citation in ``lang``), quality. The kk text is the Programme's own; ru and en are
    the project's renderings.
    """
    _check_lang(lang)
    table = package["programme_aims"]
    frame = table.loc[:, ["id", "stage", "period", "kind", "section", "source_id", "quality"]]
    frame = frame.assign(
        text=table[f"text_{lang}"].astype(str),
        source=table["source_id"].map(lambda s: cite(s, lang, package)),
    )
    return frame.loc[:, list(AIM_COLUMNS)].reset_index(drop=True)


def section_label(section: str, lang: str) -> str:
    """ "section 2" / "the Programme's passport" in ``lang``."""
    if section == "passport":
        return t("programme.section.passport", lang)
    return t("programme.section.number", lang, section=section)


def programme_acts(package: DataPackage) -> dict[str, str]:
    """The acts that approved and repealed the Programme, from its row of ``sources.csv``.

    Keys: approved_number, approved_on, repealed_number, repealed_on (dates ISO 8601).
    """
    row = package.sources.set_index("id").loc[SOURCE_ID]
    return {
        "approved_number": str(row["act_number"]),
        "approved_on": str(row["act_date"]),
        "repealed_number": str(row["repeal_act_number"]),
        "repealed_on": str(row["repeal_date"]),
    }


# ---------------------------------------------------------------------------------------------
# regional statements


REGION_ITEM_COLUMNS = (
    "id",
    "role",
    "label",
    "section",
    "quote_kk",
    "region_ids",
    "region_names",
    "boundary_version",
    "current_ids",
    "source_id",
    "source",
    "quality",
)


def region_items(lang: str, package: DataPackage) -> pd.DataFrame:
    """The Programme's statements about regions, one row per statement, in ``lang``.

    Built from ``programme_roles.csv`` (one row per region and role there): rows of the same
    role, section and quote are one statement. Columns (REGION_ITEM_COLUMNS): id (the role,
    unique per statement), role, label (in ``lang``), section, quote_kk (the Programme's
    Kazakh phrase), region_ids (space-separated 1997 ids in the quote's order; empty when the
    text names no unit, as for "the northern and central oblasts"), region_names (names in
    ``lang``, "; "-separated), boundary_version ("1997"), current_ids (the same territory as
    units of the newest boundary version, honouring the roles table's ``later_units``: the
    Sozak test site is in Turkistan oblast, not in Shymkent: the units the roles layer
    marks, :func:`dashboard.datasets.zones.programme_roles`), source_id, source, quality.
    """
    _check_lang(lang)
    roles = package["programme_roles"]
    today = _units_today(package)
    rows = []
    for (role, section, quote), part in roles.groupby(
        ["role", "section", "quote_kk"], sort=False, dropna=False
    ):
        ids = [str(i) for i in part["region_id"] if str(i).strip()]
        versions = set(part["boundary_version"].astype(str))
        version = versions.pop() if len(versions) == 1 else ROLES_VERSION
        rows.append(
            {
                "id": str(role),
                "role": str(role),
                "label": t(f"programme.role.{role}", lang),
                "section": str(section),
                "quote_kk": str(quote),
                "region_ids": " ".join(dict.fromkeys(ids)),
                "region_names": NAME_SEPARATOR.join(
                    region_name(i, lang, version) for i in dict.fromkeys(ids)
                ),
                "boundary_version": version,
                "current_ids": " ".join(today.get((str(role), str(section), str(quote)), ())),
                "source_id": " ".join(dict.fromkeys(part["source_id"].astype(str))),
                "quality": str(part["quality"].iloc[0]),
            }
        )
    frame = pd.DataFrame(rows, columns=[c for c in REGION_ITEM_COLUMNS if c != "source"])
    if frame["id"].duplicated().any():
        # The id must be unique: it is the index of the item's pattern-matching component id.
        dupes = sorted(set(frame.loc[frame["id"].duplicated(), "id"]))
        raise ValueError(f"programme_roles.csv: role(s) {dupes} have more than one statement")
    frame["source"] = frame["source_id"].map(lambda s: cite(s, lang, package))
    return frame.loc[:, list(REGION_ITEM_COLUMNS)].reset_index(drop=True)


def _units_today(package: DataPackage) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Units of the newest boundary version each statement (role, section, quote) names:
    the units the roles layer marks on today's map, so a highlighted statement and the role
    marks never disagree (East Kazakhstan of 1997 is today's East Kazakhstan and Abai)."""
    roles = programme_roles(BOUNDARY_VERSIONS[-1], package)
    units: dict[tuple[str, str, str], list[str]] = {}
    for role, section, quote, unit in zip(
        roles["role"], roles["section"], roles["quote_kk"], roles["region_id"], strict=True
    ):
        units.setdefault((str(role), str(section), str(quote)), []).append(str(unit))
    return {key: tuple(dict.fromkeys(ids)) for key, ids in units.items()}
