"""Numbers, dates and periods as words in the reader's language (kk, ru, en).

What the charts, readings and captions say about a figure besides the figure itself: the
source's qualifier ("over", "about", with the Kazakh ablative computed from the sound of the
number), a sign, a percent, a span of years, a date of full or reduced precision, a period
as the data name it ("1991 to 1 Oct 2011"), a quality flag, and a message whose key is built
from data (a code the catalogue may not know yet). Pure: Babel and the catalogue only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from babel.dates import format_date, get_month_names

from dashboard.i18n.catalog import MESSAGES, t
from dashboard.i18n.formats import LOCALES, format_number

__all__ = [
    "date_text",
    "kk_ablative",
    "message_or",
    "number_text",
    "percent_text",
    "period_text",
    "printed_decimals",
    "quality_text",
    "signed_number",
    "span_text",
]

_SPAN = re.compile(r"^(\d{4})-(\d{4})$")
_KK_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_KK_BACK = set("аоұы")
_KK_FRONT = set("әөүіе")
_KK_VOICELESS = set("пфкқтсшщхцч")


def message_or(key: str, lang: str, fallback: str, **values: object) -> str:
    """Message ``key`` if the catalogue has it, else ``fallback`` (a code from new data).

    >>> message_or("quality.official", "en", "official")
    'official'
    >>> message_or("quality.no_such_flag", "en", "no_such_flag")
    'no_such_flag'
    """
    return t(key, lang, **values) if key in MESSAGES else fallback


def quality_text(flag: str, lang: str) -> str:
    """A quality flag of the data ('official', 'estimate', ...) in ``lang``; unknown flags
    as given."""
    return message_or(f"quality.{flag}", lang, flag)


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

    >>> kk_ablative("25")
    '25-тен'
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
    """Decimals of the figure as printed in the source ('33,0%' -> 1), else None.

    The table stores 33.0 as a number; the reader should see 33,0 as the source printed it.

    >>> printed_decimals({"value_as_printed": "33,0%"})
    1
    """
    printed = str(row.get("value_as_printed") or "")
    match = re.match(r"^\s*\d[\d ]*[,.](\d+)", printed)
    return len(match.group(1)) if match else None


def signed_number(value: float, lang: str) -> str:
    """A balance with its sign, in the reader's format: '+15 516', '−6 722', '0'.

    >>> signed_number(15516, "en")
    '+15,516'
    """
    text = format_number(abs(float(value)), lang)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def percent_text(value: float, lang: str, qualifier: str = "", decimals: int | None = None) -> str:
    """A share in percent: '58 %' (kk, ru) or '58%' (en), with the qualifier in words.

    >>> percent_text(63.2, "en")
    '63.2%'
    """
    number = number_text(value, lang, qualifier, decimals)
    return f"{number}%" if lang == "en" else f"{number}\u00a0%"


def span_text(start: int, end: int) -> str:
    """'2012–2022', or '2012' for a one-year span.

    >>> span_text(2012, 2022), span_text(2012, 2012)
    ('2012–2022', '2012')
    """
    return str(start) if start == end else f"{start}–{end}"


def date_text(reference: str, lang: str) -> str:
    """An ISO date of full or reduced precision ('2011-10-01', '2014-05') for ``lang``.

    Numeric in kk and ru (01.10.2011, 05.2014: Kazakh then needs no case ending after
    'ж.'), words in en (1 Oct 2011, May 2014).

    >>> date_text("2011-10-01", "ru"), date_text("2014-05", "en")
    ('01.10.2011', 'May 2014')
    """
    parts = [int(p) for p in str(reference).split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        if lang == "en":
            return format_date(dt.date(parts[0], parts[1], 1), "MMM y", locale=LOCALES[lang])
        return f"{parts[1]:02d}.{parts[0]}"
    day = dt.date(*parts)
    if lang == "en":
        return format_date(day, "d MMM y", locale=LOCALES[lang])
    return day.strftime("%d.%m.%Y")


def _months(first: int, last: int, lang: str, short: bool = False) -> str:
    """'қаңтар–сәуір', 'январь–апрель', 'Jan–Apr' (abbreviated when ``short``)."""
    width = "abbreviated" if short or lang == "en" else "wide"
    names = get_month_names(width, context="stand-alone", locale=LOCALES.get(lang, "en_GB"))
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

    >>> period_text("1991-2000", "en")
    '1991–2000'
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
    # 'recent years' -> trends.period.recent_years
    return message_or(f"trends.period.{slug}", lang, period)
