"""The store's verdicts on an import, in Kazakh, Russian and English.

The importer (``dashboard.imports``) reports what it finds in a file; these are the checks
that need the store: the import against the committed data package and the imports
already accepted (conflicts, sources, the indicator catalogue), and the generic schema
rules applied once more to the normalised rows before anything is written. Kept here, not
in the interface catalogue, because the command line prints them without loading the app.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dashboard.i18n.languages import LANGUAGES

MESSAGES: dict[str, dict[str, str]] = {
    # --- where ----------------------------------------------------------------------------
    "where.row": {"kk": "{row}-жол", "ru": "строка {row}", "en": "row {row}"},
    "where.column": {
        "kk": "«{column}» бағаны",
        "ru": "столбец «{column}»",
        "en": "column '{column}'",
    },
    # --- the table as a whole -------------------------------------------------------------
    "store.unknown_table": {
        "kk": "«{table}» кестесін импорттауға болмайды; күтілгені: {expected}",
        "ru": "таблицу «{table}» импортировать нельзя; ожидается: {expected}",
        "en": "table '{table}' cannot be imported; expected one of {expected}",
    },
    "store.no_rows": {
        "kk": "импортталатын жол жоқ",
        "ru": "нет строк для импорта",
        "en": "there are no rows to import",
    },
    "store.columns": {
        "kk": "бағандар сәйкес емес: жоқ — {missing}; артық — {extra}",
        "ru": "столбцы не совпадают: нет — {missing}; лишние — {extra}",
        "en": "the columns do not match: missing {missing}; unexpected {extra}",
    },
    # --- a cell ---------------------------------------------------------------------------
    "store.required": {
        "kk": "мән жоқ; бұл баған міндетті",
        "ru": "нет значения; столбец обязателен",
        "en": "value missing; this column is required",
    },
    "store.type": {
        "kk": "{value!r} дұрыс емес; күтілгені — {expected}",
        "ru": "{value!r} неверно; ожидается {expected}",
        "en": "{value!r} is not valid; expected {expected}",
    },
    "type.integer": {"kk": "бүтін сан", "ru": "целое число", "en": "a whole number"},
    "type.number": {"kk": "сан", "ru": "число", "en": "a number"},
    "type.boolean": {"kk": "true немесе false", "ru": "true или false", "en": "true or false"},
    "store.minimum": {
        "kk": "{value} тым аз; ең азы {limit}",
        "ru": "{value} меньше допустимого минимума {limit}",
        "en": "{value} is below the minimum {limit}",
    },
    "store.maximum": {
        "kk": "{value} тым көп; ең көбі {limit}",
        "ru": "{value} больше допустимого максимума {limit}",
        "en": "{value} is above the maximum {limit}",
    },
    "store.enum": {
        "kk": "{value!r} рұқсат етілмеген; күтілгені: {allowed}",
        "ru": "{value!r} недопустимо; ожидается одно из: {allowed}",
        "en": "{value!r} is not allowed; expected one of {allowed}",
    },
    "store.pattern": {
        "kk": "{value!r} пішімі дұрыс емес ({pattern})",
        "ru": "{value!r} имеет неверный вид ({pattern})",
        "en": "{value!r} has the wrong form ({pattern})",
    },
    "store.max_length": {
        "kk": "мәтін тым ұзын: {length} таңба, ең көбі {limit}",
        "ru": "слишком длинный текст: {length} символов, не больше {limit}",
        "en": "the text is too long: {length} characters, at most {limit}",
    },
    "store.duplicate_key": {
        "kk": "{key} кілті бірнеше рет кездеседі; әр кілт бір рет болуы керек",
        "ru": "ключ {key} встречается несколько раз; каждый ключ должен быть один раз",
        "en": "the key {key} appears more than once; each key must appear once",
    },
    # --- references -----------------------------------------------------------------------
    "store.no_source": {
        "kk": "дереккөз көрсетілмеген: әр мәннің sources.csv-тегі дереккөзі болуы керек "
        "(--source), әйтпесе импорт қабылданбайды",
        "ru": "не указан источник: у каждого значения должен быть источник из sources.csv "
        "(--source), иначе импорт не принимается",
        "en": "no source: every value needs a source from sources.csv (--source); an "
        "import without a source is refused",
    },
    "store.unknown_source": {
        "kk": "{value!r} sources.csv-те жоқ және жаңа дереккөз жолы берілмеген",
        "ru": "{value!r} нет в sources.csv, и строка нового источника не передана",
        "en": "{value!r} is not in sources.csv and no row for a new source was given",
    },
    "store.unknown_indicator": {
        "kk": "{value!r} көрсеткіштер каталогында жоқ; жаңа көрсеткішке каталог жолы "
        "(indicators.csv бағандары) керек",
        "ru": "{value!r} нет в каталоге показателей; для нового показателя нужна строка "
        "каталога (столбцы indicators.csv)",
        "en": "{value!r} is not in the indicator catalogue; a new indicator needs a catalogue "
        "row (the columns of indicators.csv)",
    },
    "store.derived_indicator": {
        "kk": "{value!r} атласта есептеледі (туынды көрсеткіш); оның орнына бастапқы "
        "көрсеткіштерді импорттаңыз",
        "ru": "{value!r} вычисляется атласом (производный показатель); импортируйте "
        "вместо него исходные показатели",
        "en": "{value!r} is computed by the atlas (a derived indicator); import its inputs instead",
    },
    "store.unit_mismatch": {
        "kk": "{value!r} өлшем бірлігі {indicator} көрсеткішінің бірлігіне ({expected}) "
        "сәйкес емес",
        "ru": "единица {value!r} не совпадает с единицей показателя {indicator} ({expected})",
        "en": "the unit {value!r} is not the unit of {indicator} ({expected})",
    },
    "store.catalogue_differs": {
        "kk": "{indicator} каталогта бар, бірлігі {expected}; берілген каталог жолындағы "
        "{value!r} бірлігі қабылданбайды",
        "ru": "{indicator} уже есть в каталоге с единицей {expected}; единица {value!r} из "
        "переданной строки каталога не принимается",
        "en": "{indicator} is already in the catalogue with the unit {expected}; the unit "
        "{value!r} of the given catalogue row is refused",
    },
    "store.region": {
        "kk": "{value!r} {version} шекара нұсқасының өңірі емес",
        "ru": "{value!r} не регион версии границ {version}",
        "en": "{value!r} is not a region of boundary version {version}",
    },
    "store.same_region": {
        "kk": "шығу және бару өңірі бірдей ({value})",
        "ru": "регион выбытия совпадает с регионом прибытия ({value})",
        "en": "origin and destination are the same region ({value})",
    },
    "store.quality": {
        "kk": "{value!r} сапа белгісі емес; күтілгені: {allowed}",
        "ru": "{value!r} не флаг качества; ожидается одно из: {allowed}",
        "en": "{value!r} is not a quality flag; expected one of {allowed}",
    },
    # --- against what is already there ----------------------------------------------------
    "store.conflict_committed": {
        "kk": "{slice}: деректер пакетінде {count} мән бар (дереккөзі: {sources}); "
        "импорттың {differ} мәні олардан өзгеше. Пакеттегі ресми мәндер үнсіз "
        "ауыстырылмайды: импорттың мәндерін көрсету үшін --replace қосыңыз (data/ "
        "файлдары өзгермейді; импортты жойсаңыз, пакеттегі мәндер қайтады)",
        "ru": "{slice}: в пакете данных уже есть {count} значений (источник: {sources}); "
        "из импортируемых отличаются {differ}. Официальные значения пакета молча не "
        "заменяются: чтобы показывать значения импорта, добавьте --replace (файлы data/ "
        "не меняются; после удаления импорта значения пакета вернутся)",
        "en": "{slice}: the data package already holds {count} values (source: {sources}); "
        "{differ} of the imported values differ. Committed values are never overwritten "
        "silently: add --replace to show the imported values instead (the files in data/ "
        "stay as they are; removing the import brings the committed values back)",
    },
    "store.conflict_import": {
        "kk": "{slice}: бұл мәндерді {other} импорты әкелген ({count} мән; {differ} өзгеше). "
        "Ауыстыру үшін --replace қосыңыз немесе алдымен {other} импортын жойыңыз",
        "ru": "{slice}: эти значения уже внесены импортом {other} ({count} значений; "
        "отличаются {differ}). Чтобы заменить, добавьте --replace или сначала удалите "
        "импорт {other}",
        "en": "{slice}: import {other} already holds these values ({count} values; {differ} "
        "differ). Add --replace to replace them, or remove import {other} first",
    },
    "store.replaces": {
        "kk": "{slice}: {count} мәннің орнына ({origin}) осы импорттың мәндері көрсетіледі",
        "ru": "{slice}: вместо {count} значений ({origin}) будут показаны значения этого импорта",
        "en": "{slice}: the {count} values of {origin} are shown replaced by this import's",
    },
    "store.origin_committed": {
        "kk": "деректер пакеті",
        "ru": "пакет данных",
        "en": "the data package",
    },
    "store.origin_import": {"kk": "{id} импорты", "ru": "импорт {id}", "en": "import {id}"},
    "store.new_indicator": {
        "kk": "жаңа көрсеткіш каталогқа қосылады: {value}",
        "ru": "в каталог добавляется новый показатель: {value}",
        "en": "a new indicator joins the catalogue: {value}",
    },
    "store.new_source": {
        "kk": "жаңа дереккөз қосылады: {value}",
        "ru": "добавляется новый источник: {value}",
        "en": "a new source is added: {value}",
    },
    "store.source_kept": {
        "kk": "{value} дереккөзі бұрыннан бар; берілген жол ескерілмейді",
        "ru": "источник {value} уже есть; переданная строка не используется",
        "en": "the source {value} exists already; the given row is not used",
    },
    "store.needed_by": {
        "kk": "бұл импортсыз {other} импорты қолданылмай қалады ({reason}); алдымен "
        "{other} импортын жойыңыз",
        "ru": "без этого импорта перестанет применяться импорт {other} ({reason}); "
        "сначала удалите импорт {other}",
        "en": "without this import, import {other} would no longer apply ({reason}); "
        "remove import {other} first",
    },
    "store.unreadable": {
        "kk": "{id} импортының файлдары оқылмайды ({error})",
        "ru": "файлы импорта {id} не читаются ({error})",
        "en": "the files of import {id} cannot be read ({error})",
    },
    "store.not_found": {
        "kk": "{id} импорты табылмады",
        "ru": "импорт {id} не найден",
        "en": "there is no import {id}",
    },
    # --- verdicts -------------------------------------------------------------------------
    "report.summary": {
        "kk": "{file}: {rows} жол ({kind}, {form}); көрсеткіш {indicator}, бірлік {unit}, "
        "дереккөз {source}, сапа {quality}; жылдар: {years}",
        "ru": "{file}: строк {rows} ({kind}, {form}); показатель {indicator}, единица "
        "{unit}, источник {source}, качество {quality}; годы: {years}",
        "en": "{file}: {rows} rows ({kind}, {form}); indicator {indicator}, unit {unit}, "
        "source {source}, quality {quality}; years: {years}",
    },
    "verdict.warnings": {
        "kk": "Ескертулерді тексеріп, келіссеңіз, --accept-warnings қосып қайталаңыз.",
        "ru": "Проверьте предупреждения и, если согласны, повторите с --accept-warnings.",
        "en": "Check the warnings and, if they are acceptable, run again with --accept-warnings.",
    },
    "verdict.imported": {
        "kk": "Импортталды: {id} ({rows} жол). Карта жаңа деректерді көрсетеді.",
        "ru": "Импортировано: {id} ({rows} строк). Карта показывает новые данные.",
        "en": "Imported: {id} ({rows} rows). The map shows the new data.",
    },
    "verdict.valid": {
        "kk": "Тексеру сәтті: {rows} жолды импорттауға болады (ештеңе сақталмады).",
        "ru": "Проверка пройдена: {rows} строк можно импортировать (ничего не сохранено).",
        "en": "Check passed: {rows} rows can be imported (nothing was stored).",
    },
    "verdict.refused": {
        "kk": "Импорт қабылданбады: {count} мәселе. Сақталған деректер өзгерген жоқ.",
        "ru": "Импорт отклонён: проблем — {count}. Сохранённые данные не изменились.",
        "en": "Import refused: {count} problem(s). The stored data is unchanged.",
    },
    "verdict.removed": {
        "kk": "{id} импорты жойылды.",
        "ru": "Импорт {id} удалён.",
        "en": "Import {id} removed.",
    },
    "status.applied": {"kk": "картада", "ru": "на карте", "en": "on the map"},
    "status.skipped": {
        "kk": "қолданылмады: {reason}",
        "ru": "не применён: {reason}",
        "en": "not applied: {reason}",
    },
    "status.pending": {
        "kk": "дерекқор жаңартылуын күтуде",
        "ru": "ожидает пересборки хранилища",
        "en": "waiting for the store to be rebuilt",
    },
}


def text(key: str, lang: str, **values: Any) -> str:
    """Message ``key`` in ``lang`` (English if the language is unknown), filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry["en"]).format(**values)


@dataclass(frozen=True)
class Phrase:
    """A message used as a value inside another one, put in words in the outer's language."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return text(self.key, lang, **self.values)


@dataclass(frozen=True)
class Problem:
    """One finding of the store's checks: a refusal (``error``) or a notice.

    ``row`` is the line in the imported table as a user counts it (header = line 1), or
    ``None`` for the import as a whole; ``table`` names which part of the import it is in
    (``normalised.csv``, ``indicator row``, ``source row``).
    """

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    table: str = ""
    error: bool = True

    def message(self, lang: str) -> str:
        """The problem as one line in ``lang``: where, then what."""
        where = [self.table] if self.table else []
        if self.row is not None:
            where.append(text("where.row", lang, row=self.row))
        if self.column:
            where.append(text("where.column", lang, column=self.column))
        # phrases and nested problems (the reason an import would stop applying) are put
        # in words in the same language
        values = {
            k: v.message(lang) if isinstance(v, Phrase | Problem) else v
            for k, v in self.values.items()
        }
        body = text(self.code, lang, **values)
        return (", ".join(where) + ": " + body) if where else body

    def to_json(self) -> dict[str, Any]:
        """JSON form for report.json: the code and values, plus the text in each language."""
        return {
            "code": self.code,
            "error": self.error,
            "table": self.table,
            "row": self.row,
            "column": self.column,
            "values": {k: _jsonable(v) for k, v in self.values.items()},
            "text": {lang: self.message(lang) for lang in LANGUAGES},
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Phrase | Problem):
        return value.message("en")
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)
