"""Interface text of the image and PDF exports (kk/ru/en), merged into the catalog.

Keys: ``brief.*`` (the one-page PDF brief and the presentation PDF) and
``export.renderer_missing`` (why an image or PDF could not be made). The labels shared
with the other exports (title, sources, date, disclaimer) are the core ``export.*`` keys.
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
}
