"""The store's verdicts on an import (kk/ru/en), merged into the catalog.

Keys: ``store.*``. The checks that need the store: the import against the committed data
package and the imports already accepted (conflicts, sources, the indicator catalogue),
and the generic schema rules applied once more to the normalised rows before anything is
written (``store.where.*``, ``store.expected.*``); the verdicts and statuses the command
line and the Import panel print (``store.verdict.*``, ``store.status.*``,
``store.report.summary``) and the columns of ``python -m dashboard imports``
(``store.list.*``). Plain data: the command line reads it without loading the interface.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- where ----------------------------------------------------------------------------
    "store.where.row": {"kk": "{row}-жол", "ru": "строка {row}", "en": "row {row}"},
    "store.where.column": {
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
    "store.expected.integer": {"kk": "бүтін сан", "ru": "целое число", "en": "a whole number"},
    "store.expected.number": {"kk": "сан", "ru": "число", "en": "a number"},
    "store.expected.boolean": {
        "kk": "true немесе false",
        "ru": "true или false",
        "en": "true or false",
    },
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
    "store.report.summary": {
        "kk": "{file}: {rows} жол ({kind}, {form}); көрсеткіш {indicator}, бірлік {unit}, "
        "дереккөз {source}, сапа {quality}; жылдар: {years}",
        "ru": "{file}: строк {rows} ({kind}, {form}); показатель {indicator}, единица "
        "{unit}, источник {source}, качество {quality}; годы: {years}",
        "en": "{file}: {rows} rows ({kind}, {form}); indicator {indicator}, unit {unit}, "
        "source {source}, quality {quality}; years: {years}",
    },
    "store.verdict.warnings": {
        "kk": "Ескертулерді тексеріп, келіссеңіз, --accept-warnings қосып қайталаңыз.",
        "ru": "Проверьте предупреждения и, если согласны, повторите с --accept-warnings.",
        "en": "Check the warnings and, if they are acceptable, run again with --accept-warnings.",
    },
    "store.verdict.imported": {
        "kk": "Импортталды: {id} ({rows} жол). Карта жаңа деректерді көрсетеді.",
        "ru": "Импортировано: {id} ({rows} строк). Карта показывает новые данные.",
        "en": "Imported: {id} ({rows} rows). The map shows the new data.",
    },
    "store.verdict.valid": {
        "kk": "Тексеру сәтті: {rows} жолды импорттауға болады (ештеңе сақталмады).",
        "ru": "Проверка пройдена: {rows} строк можно импортировать (ничего не сохранено).",
        "en": "Check passed: {rows} rows can be imported (nothing was stored).",
    },
    "store.verdict.refused": {
        "kk": "Импорт қабылданбады: {count} мәселе. Сақталған деректер өзгерген жоқ.",
        "ru": "Импорт отклонён: проблем — {count}. Сохранённые данные не изменились.",
        "en": "Import refused: {count} problem(s). The stored data is unchanged.",
    },
    "store.verdict.removed": {
        "kk": "{id} импорты жойылды.",
        "ru": "Импорт {id} удалён.",
        "en": "Import {id} removed.",
    },
    "store.status.applied": {"kk": "картада", "ru": "на карте", "en": "on the map"},
    "store.status.skipped": {
        "kk": "қолданылмады: {reason}",
        "ru": "не применён: {reason}",
        "en": "not applied: {reason}",
    },
    "store.status.pending": {
        "kk": "дерекқор жаңартылуын күтуде",
        "ru": "ожидает пересборки хранилища",
        "en": "waiting for the store to be rebuilt",
    },
    # --- the list of imports (python -m dashboard imports) ------------------------------
    "store.list.none": {"kk": "Импорт жоқ.", "ru": "Импортов нет.", "en": "No imports."},
    "store.list.id": {"kk": "ID", "ru": "ID", "en": "ID"},
    "store.list.when": {"kk": "Уақыты (UTC)", "ru": "Время (UTC)", "en": "When (UTC)"},
    "store.list.who": {"kk": "Кім", "ru": "Кто", "en": "Who"},
    "store.list.table": {"kk": "Кесте", "ru": "Таблица", "en": "Table"},
    "store.list.rows": {"kk": "Жол", "ru": "Строк", "en": "Rows"},
    "store.list.what": {"kk": "Не", "ru": "Что", "en": "What"},
    "store.list.file": {"kk": "Файл", "ru": "Файл", "en": "File"},
    "store.list.status": {"kk": "Күйі", "ru": "Состояние", "en": "Status"},
}
