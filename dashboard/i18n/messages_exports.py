"""Interface text of the image and PDF exports (kk/ru/en), merged into the catalog.

Keys: ``brief.*`` (the one-page PDF brief and the presentation PDF),
``export.renderer_missing`` (why an image or PDF could not be made), ``export.filter.*``
(the view's filters in every file's title and notes) and the flow table's code columns
``data.col.*_kato`` / ``*_iso3``. The labels shared with the other exports (title, sources,
date, disclaimer) are the core ``export.*`` keys.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "brief.key_figures": {
        "kk": "Негізгі мәліметтер",
        "ru": "Основные сведения",
        "en": "Key figures",
    },
    "brief.regions_with_data": {
        "kk": "Деректері бар өңірлер",
        "ru": "Регионов с данными",
        "en": "Regions with data",
    },
    "brief.highest": {"kk": "Ең жоғары мән", "ru": "Наибольшее значение", "en": "Highest"},
    "brief.lowest": {"kk": "Ең төмен мән", "ru": "Наименьшее значение", "en": "Lowest"},
    "brief.sum": {
        "kk": "Картадағы өңірлердің қосындысы",
        "ru": "Сумма по регионам на карте",
        "en": "Sum of the regions on the map",
    },
    "brief.flows_drawn": {
        "kk": "Картадағы ағындар",
        "ru": "Потоков на карте",
        "en": "Flows on the map",
    },
    "brief.largest_flow": {
        "kk": "Картадағы ең ірі ағын",
        "ru": "Крупнейший поток на карте",
        "en": "Largest flow on the map",
    },
    "brief.top": {
        "kk": "Ең жоғары мәні бар 5 өңір",
        "ru": "5 регионов с наибольшим значением",
        "en": "The 5 highest regions",
    },
    "brief.bottom": {
        "kk": "Ең төмен мәні бар 5 өңір",
        "ru": "5 регионов с наименьшим значением",
        "en": "The 5 lowest regions",
    },
    "brief.all_regions": {
        "kk": "Деректері бар өңірлер, мәні бойынша",
        "ru": "Регионы с данными, по значению",
        "en": "Regions with data, by value",
    },
    "brief.change": {"kk": "Өзгеріс", "ru": "Изменение", "en": "Change"},
    "brief.page": {"kk": "{page}-бет", "ru": "стр. {page}", "en": "page {page}"},
    "export.renderer_missing": {
        "kk": "Сурет пен PDF жасау мүмкін емес: серверде Chromium орнатылмаған. "
        "CSV, XLSX және GeoJSON жүктеп алуға болады.",
        "ru": "Изображение и PDF сейчас создать нельзя: на сервере не установлен Chromium. "
        "CSV, XLSX и GeoJSON доступны.",
        "en": "Images and PDFs cannot be made: Chromium is not installed on the server. "
        "CSV, XLSX and GeoJSON are available.",
    },
    # The view's filters, in every file (title, About sheet, notes, the PDF brief).
    "export.filters": {"kk": "Сүзгілер", "ru": "Фильтры", "en": "Filters"},
    "export.title_filtered": {
        "kk": "{title} — {filters}",
        "ru": "{title} — {filters}",
        "en": "{title} — {filters}",
    },
    "export.filter.region": {
        "kk": "Таңдалған өңір",
        "ru": "Выбранный регион",
        "en": "Chosen region",
    },
    "export.filter.chosen": {
        "kk": "таңдалған өңір: {region}",
        "ru": "выбранный регион: {region}",
        "en": "chosen region: {region}",
    },
    "export.filter.within": {
        "kk": "{region} ({version} жылғы шекаралар бойынша «{unit}» құрамында)",
        "ru": "{region} (в границах {version} г. — часть единицы «{unit}»)",
        "en": "{region} (on the boundaries of {version}: part of {unit})",
    },
    "export.filter.direction.both": {
        "kk": "{region}: кіретін және шығатын ағындар",
        "ru": "{region}: входящие и исходящие потоки",
        "en": "{region}: flows in and out",
    },
    "export.filter.direction.in": {
        "kk": "{region}: кіретін ағындар",
        "ru": "{region}: входящие потоки",
        "en": "{region}: incoming flows",
    },
    "export.filter.direction.out": {
        "kk": "{region}: шығатын ағындар",
        "ru": "{region}: исходящие потоки",
        "en": "{region}: outgoing flows",
    },
    "export.filter.mode.gross": {"kk": "жалпы ағындар", "ru": "валовые потоки", "en": "gross"},
    "export.filter.mode.net": {
        "kk": "таза ағындар (сальдо)",
        "ru": "нетто-потоки (сальдо)",
        "en": "net",
    },
    "export.filter.top": {"kk": "ең ірі {n}", "ru": "{n} крупнейших", "en": "top {n}"},
    "export.filter.min": {
        "kk": "кемінде {n} адам",
        "ru": "не менее {n} чел.",
        "en": "at least {n} persons",
    },
    # No-break spaces: "β = 1.0" never breaks over two lines.
    "export.filter.decay": {
        "kk": "қашықтық бойынша кему β\u00a0=\u00a0{decay}",
        "ru": "затухание с расстоянием β\u00a0=\u00a0{decay}",
        "en": "distance decay β\u00a0=\u00a0{decay}",
    },
    "export.filter.classes": {
        "kk": "Түс сыныптары",
        "ru": "Цветовые классы",
        "en": "Colour classes",
    },
    "export.filter.classes.year": {
        "kk": "тек осы жылдың мәндері бойынша",
        "ru": "только по значениям этого года",
        "en": "from this year's values only",
    },
    "export.filter.classes.all": {
        "kk": "көрсеткіштің барлық жылдары бойынша (жылдар арасында бірдей)",
        "ru": "по всем годам показателя (одинаковы для всех лет)",
        "en": "from every year of the indicator (the same in every year)",
    },
    "export.filter.classes.change": {
        "kk": "екі жыл арасындағы өзгеріс бойынша",
        "ru": "по изменению между двумя годами",
        "en": "from the change between the two years",
    },
    "brief.region_value": {
        "kk": "{region}: {value}, {count} бірліктің ішінде {rank}-орын",
        "ru": "{region}: {value}, {rank}-е место из {count}",
        "en": "{region}: {value}, rank {rank} of {count}",
    },
    # The flow table's code columns: KATO for a region, ISO 3166-1 alpha-3 for a country.
    "data.col.origin_kato": {"kk": "Қайдан, KATO", "ru": "Откуда, KATO", "en": "From, KATO"},
    "data.col.destination_kato": {"kk": "Қайда, KATO", "ru": "Куда, KATO", "en": "To, KATO"},
    "data.col.origin_iso3": {
        "kk": "Қайдан, елдің ISO коды",
        "ru": "Откуда, код страны ISO",
        "en": "From, ISO country code",
    },
    "data.col.destination_iso3": {
        "kk": "Қайда, елдің ISO коды",
        "ru": "Куда, код страны ISO",
        "en": "To, ISO country code",
    },
}
