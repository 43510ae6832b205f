"""Interface text of the Import panel and the import routes (kk/ru/en).

Keys: ``panel.import`` (the tab) and ``upload.*``. The importer's own findings are in
``messages_imports`` (``import.*``), the store's verdicts in ``messages_store`` (``store.*``).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "panel.import": {"kk": "Импорт", "ru": "Импорт", "en": "Import"},
    "upload.heading": {
        "kk": "Жаңа статистиканы импорттау",
        "ru": "Импорт новой статистики",
        "en": "Import new statistics",
    },
    "upload.intro": {
        "kk": "ҰСБ кестесін (CSV, XLSX немесе ескі XLS, Taldau экспорты; ұзын немесе кең пішін, "
        "өңірлер кез келген тілде) жүктеңіз. Алдымен файл тексеріледі: кестенің басы мен барлық "
        "ескертулер көрсетіледі, ештеңе сақталмайды. Қате болмаса, «Импорттау» батырмасы файлды "
        "қосады; импортты командалық жолдан қайта жоюға болады.",
        "ru": "Загрузите таблицу БНС (CSV, XLSX или старый XLS, выгрузку Taldau; длинная или "
        "широкая форма, регионы на любом языке). Сначала файл проверяется: показываются начало "
        "таблицы и все замечания, ничего не сохраняется. Если ошибок нет, кнопка «Импортировать» "
        "добавляет файл; импорт можно удалить из командной строки.",
        "en": "Upload a BNS table (CSV, XLSX or the old XLS, a Taldau export; long or wide form, "
        "regions named in any language). The file is checked first: the start of the table and "
        "every finding are shown and nothing is stored. If there is no error, “Import” adds it; "
        "an import can be removed again from the command line.",
    },
    "upload.disabled": {
        "kk": "Веб арқылы импорт өшірулі. Оны сервер әкімшісі ATLAS_ADMIN_TOKEN ортаның "
        "айнымалысын (кемінде 16 таңба) орнатып қосады. Әзірге серверде: "
        "python -m dashboard import ФАЙЛ --indicator ID --source ДЕРЕККӨЗ",
        "ru": "Импорт через веб выключен. Администратор сервера включает его, задав переменную "
        "окружения ATLAS_ADMIN_TOKEN (не меньше 16 знаков). Пока что на сервере: "
        "python -m dashboard import ФАЙЛ --indicator ID --source ИСТОЧНИК",
        "en": "Imports over the web are off. The server's operator turns them on by setting "
        "the environment variable ATLAS_ADMIN_TOKEN (at least 16 characters). Meanwhile, on "
        "the server: python -m dashboard import FILE --indicator ID --source SOURCE",
    },
    "upload.token": {"kk": "Әкімші токені", "ru": "Токен администратора", "en": "Admin token"},
    "upload.indicator": {"kk": "Көрсеткіш", "ru": "Показатель", "en": "Indicator"},
    "upload.source": {"kk": "Дереккөз", "ru": "Источник", "en": "Source"},
    "upload.quality": {"kk": "Сенімділік", "ru": "Надёжность", "en": "Quality"},
    "upload.quality_auto": {
        "kk": "Дереккөз бойынша",
        "ru": "По источнику",
        "en": "From the source",
    },
    "upload.year": {
        "kk": "Жыл (кестеде жыл жоқ болса)",
        "ru": "Год (если в таблице его нет)",
        "en": "Year (if the table has none)",
    },
    "upload.accept_warnings": {
        "kk": "Ескертулерді қабылдаймын",
        "ru": "Принимаю предупреждения",
        "en": "I accept the warnings",
    },
    "upload.replace": {
        "kk": "Бар мәндерді ауыстыру (сол көрсеткіш пен жыл)",
        "ru": "Заменить имеющиеся значения (тот же показатель и год)",
        "en": "Replace existing values (same indicator and year)",
    },
    "upload.file": {
        "kk": "Файлды осында сүйреңіз немесе таңдаңыз (CSV, XLSX, XLS; 20 МБ дейін)",
        "ru": "Перетащите файл сюда или выберите (CSV, XLSX, XLS; до 20 МБ)",
        "en": "Drop the file here or choose it (CSV, XLSX, XLS; up to 20 MB)",
    },
    "upload.confirm": {"kk": "Импорттау", "ru": "Импортировать", "en": "Import"},
    "upload.valid": {
        "kk": "Файл дұрыс: {rows} мән. Қосу үшін «Импорттау» батырмасын басыңыз.",
        "ru": "Файл верен: значений — {rows}. Чтобы добавить их, нажмите «Импортировать».",
        "en": "The file is valid: {rows} values. Press “Import” to add them.",
    },
    "upload.imported": {
        "kk": "{id} ретінде импортталды: {rows} мән. Карта оларды енді көрсетеді.",
        "ru": "Импортировано как {id}: значений — {rows}. Карта уже показывает их.",
        "en": "Imported as {id}: {rows} values. The map shows them now.",
    },
    "upload.refused": {
        "kk": "Қабылданбады: ештеңе сақталмады.",
        "ru": "Отклонено: ничего не сохранено.",
        "en": "Refused: nothing was stored.",
    },
    "upload.forbidden": {
        "kk": "Әкімші токені қате немесе берілмеген.",
        "ru": "Токен администратора неверен или не указан.",
        "en": "The admin token is wrong or missing.",
    },
    "upload.busy": {
        "kk": "Басқа импорт жүріп жатыр; сәлден соң қайталаңыз. Ештеңе өзгермеді.",
        "ru": "Идёт другой импорт; повторите чуть позже. Ничего не изменено.",
        "en": "Another import is running; try again in a moment. Nothing changed.",
    },
    "upload.no_file": {
        "kk": "Сұраныста файл жоқ.",
        "ru": "В запросе нет файла.",
        "en": "The request holds no file.",
    },
    "upload.problems": {"kk": "Табылғандар", "ru": "Замечания", "en": "Findings"},
    "upload.store": {"kk": "Қойманың шешімі", "ru": "Решение хранилища", "en": "The store"},
    "upload.preview": {
        "kk": "Кестенің басы (файлдағыдай)",
        "ru": "Начало таблицы (как в файле)",
        "en": "Start of the table (as in the file)",
    },
    "upload.col.severity": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "upload.col.where": {"kk": "Қайда", "ru": "Где", "en": "Where"},
    "upload.col.message": {"kk": "Не табылды", "ru": "Что найдено", "en": "What was found"},
    "upload.col.suggestion": {"kk": "Не істеу керек", "ru": "Что сделать", "en": "What to do"},
    "upload.error": {"kk": "қате", "ru": "ошибка", "en": "error"},
    "upload.warning": {"kk": "ескерту", "ru": "предупреждение", "en": "warning"},
    "upload.indicator_row.id": {
        "kk": "Көрсеткіштің id-і (a-z, 0-9, _)",
        "ru": "Id показателя (a-z, 0-9, _)",
        "en": "Indicator id (a-z, 0-9, _)",
    },
    "upload.indicator_row.name_kk": {
        "kk": "Атауы, қазақша",
        "ru": "Название по-казахски",
        "en": "Name in Kazakh",
    },
    "upload.indicator_row.name_ru": {
        "kk": "Атауы, орысша",
        "ru": "Название по-русски",
        "en": "Name in Russian",
    },
    "upload.indicator_row.name_en": {
        "kk": "Атауы, ағылшынша",
        "ru": "Название по-английски",
        "en": "Name in English",
    },
    "upload.indicator_row.unit": {
        "kk": "Өлшем бірлігі (коды)",
        "ru": "Единица (код)",
        "en": "Unit (code)",
    },
    "upload.indicator_row.unit_kk": {
        "kk": "Бірлік, қазақша",
        "ru": "Единица по-казахски",
        "en": "Unit in Kazakh",
    },
    "upload.indicator_row.unit_ru": {
        "kk": "Бірлік, орысша",
        "ru": "Единица по-русски",
        "en": "Unit in Russian",
    },
    "upload.indicator_row.unit_en": {
        "kk": "Бірлік, ағылшынша",
        "ru": "Единица по-английски",
        "en": "Unit in English",
    },
    "upload.indicator_row.kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "upload.indicator_row.aggregation": {
        "kk": "Өңірлерді қосу",
        "ru": "Сложение регионов",
        "en": "Adding up regions",
    },
    "upload.indicator_row.scale": {
        "kk": "Түс шкаласы",
        "ru": "Цветовая шкала",
        "en": "Colour scale",
    },
    "upload.indicator_row.caveat_kk": {
        "kk": "Ескерту, қазақша",
        "ru": "Оговорка по-казахски",
        "en": "Caveat in Kazakh",
    },
    "upload.indicator_row.caveat_ru": {
        "kk": "Ескерту, орысша",
        "ru": "Оговорка по-русски",
        "en": "Caveat in Russian",
    },
    "upload.indicator_row.caveat_en": {
        "kk": "Ескерту, ағылшынша",
        "ru": "Оговорка по-английски",
        "en": "Caveat in English",
    },
    "upload.indicator_row.source_ids": {
        "kk": "Дереккөздердің id-лері",
        "ru": "Id источников",
        "en": "Source ids",
    },
    "upload.source_row.id": {
        "kk": "Дереккөздің id-і (a-z, 0-9, ., -)",
        "ru": "Id источника (a-z, 0-9, ., -)",
        "en": "Source id (a-z, 0-9, ., -)",
    },
    "upload.source_row.publisher": {"kk": "Жариялаушы", "ru": "Издатель", "en": "Publisher"},
    "upload.source_row.title": {"kk": "Атауы", "ru": "Название", "en": "Title"},
    "upload.source_row.document_or_table": {
        "kk": "Құжат немесе кесте",
        "ru": "Документ или таблица",
        "en": "Document or table",
    },
    "upload.source_row.reference_date": {
        "kk": "Қай күнгі / кезеңгі",
        "ru": "На дату / за период",
        "en": "Reference date or period",
    },
    "upload.source_row.url": {"kk": "Мекенжайы (URL)", "ru": "Адрес (URL)", "en": "Address (URL)"},
    "upload.source_row.licence": {"kk": "Лицензия", "ru": "Лицензия", "en": "Licence"},
    "upload.source_row.note": {"kk": "Ескертпе", "ru": "Примечание", "en": "Note"},
    "upload.source_row.citation_kk": {
        "kk": "Қысқа сілтеме, қазақша (≤ 90)",
        "ru": "Краткая ссылка по-казахски (≤ 90)",
        "en": "Short citation in Kazakh (≤ 90)",
    },
    "upload.source_row.citation_ru": {
        "kk": "Қысқа сілтеме, орысша (≤ 90)",
        "ru": "Краткая ссылка по-русски (≤ 90)",
        "en": "Short citation in Russian (≤ 90)",
    },
    "upload.source_row.citation_en": {
        "kk": "Қысқа сілтеме, ағылшынша (≤ 90)",
        "ru": "Краткая ссылка по-английски (≤ 90)",
        "en": "Short citation in English (≤ 90)",
    },
    "upload.new_indicator": {
        "kk": "Жаңа көрсеткіш",
        "ru": "Новый показатель",
        "en": "New indicator",
    },
    "upload.new_indicator_help": {
        "kk": "Атласта әлі жоқ көрсеткіштің анықтамалық жолы (data/indicators.csv сияқты); "
        "командалық жолдағы --indicator-row сияқты тексеріледі. Көрсеткіш таңдалмаса, осы "
        "жаңасы импортталады.",
        "ru": "Строка каталога для показателя, которого в атласе ещё нет (как в "
        "data/indicators.csv); проверяется так же, как --indicator-row в командной строке. "
        "Если показатель выше не выбран, импортируется этот новый.",
        "en": "The catalogue row of an indicator the atlas does not have yet (as in "
        "data/indicators.csv); checked as --indicator-row is on the command line. If no "
        "indicator is chosen above, the file is imported as this new one.",
    },
    "upload.new_source": {"kk": "Жаңа дереккөз", "ru": "Новый источник", "en": "New source"},
    "upload.new_source_help": {
        "kk": "Атласта әлі жоқ дереккөздің сілтемесі (data/sources.csv сияқты); --source-row "
        "сияқты тексеріледі. Дереккөз таңдалмаса, осы жаңасы қолданылады.",
        "ru": "Ссылка на источник, которого в атласе ещё нет (как в data/sources.csv); "
        "проверяется так же, как --source-row. Если источник выше не выбран, используется "
        "этот новый.",
        "en": "The citation of a source the atlas does not have yet (as in data/sources.csv); "
        "checked as --source-row is. If no source is chosen above, this new one is used.",
    },
    "upload.breakdown": {
        "kk": "Бөлініс (Taldau экспорты)",
        "ru": "Разрез (выгрузка Taldau)",
        "en": "Breakdown (Taldau export)",
    },
    "upload.breakdown.total": {"kk": "Барлығы", "ru": "Всего", "en": "Total"},
    "upload.breakdown.urban": {
        "kk": "Қалалық жер (өз көрсеткіші)",
        "ru": "Городская местность (свой показатель)",
        "en": "Urban (an indicator of its own)",
    },
    "upload.breakdown.rural": {
        "kk": "Ауылдық жер (өз көрсеткіші)",
        "ru": "Сельская местность (свой показатель)",
        "en": "Rural (an indicator of its own)",
    },
    "upload.sheets": {
        "kk": "Жұмыс кітабының парақтары",
        "ru": "Листы книги",
        "en": "Sheets of the workbook",
    },
    "upload.sheets_help": {
        "kk": "Әдепкіде бірінші парақ оқылады. Бірнеше парақты бір импортта алу үшін әрқайсысына "
        "өз көрсеткішін таңдаңыз.",
        "ru": "По умолчанию читается первый лист. Чтобы взять несколько листов одним "
        "импортом, выберите каждому свой показатель.",
        "en": "The first sheet is read by default. To take several sheets in one import, give "
        "each its own indicator.",
    },
    "upload.sheet": {"kk": "Парақ", "ru": "Лист", "en": "Sheet"},
    "upload.sheet_skip": {"kk": "— оқылмайды —", "ru": "— не читать —", "en": "— not read —"},
    "upload.too_large": {
        "kk": "Файл тым үлкен: шегі {limit} МБ. Ештеңе жіберілмеді және өзгермеді; файлды "
        "бөліңіз немесе кестені ғана сақтаңыз.",
        "ru": "Файл слишком велик: предел {limit} МБ. Ничего не отправлено и не изменено; "
        "разделите файл или сохраните только таблицу.",
        "en": "The file is too large: the limit is {limit} MB. Nothing was sent or changed; "
        "split the file, or save only the table.",
    },
    "upload.nothing_new": {
        "kk": "Жаңа ештеңе жоқ: файлдың барлық мәндері атласта бар ({slices}). Импорттайтын "
        "ештеңе жоқ.",
        "ru": "Ничего нового: все значения файла уже есть в атласе ({slices}). "
        "Импортировать нечего.",
        "en": "Nothing new: every value of the file is in the atlas already ({slices}). There "
        "is nothing to import.",
    },
    "upload.note": {"kk": "ескертпе", "ru": "примечание", "en": "note"},
    "upload.bad_row": {
        "kk": "Жаңа көрсеткіштің немесе дереккөздің жолы оқылмады (мәтін өрістерінің JSON "
        "нысаны күтіледі).",
        "ru": "Строка нового показателя или источника не прочитана (ожидается JSON-объект "
        "текстовых полей).",
        "en": "The new indicator's or source's row could not be read (a JSON object of text "
        "fields is expected).",
    },
}
