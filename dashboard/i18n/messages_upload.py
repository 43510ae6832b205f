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
        "kk": "ҰСБ кестесін (CSV немесе XLSX; ұзын немесе кең пішін, өңірлер кез келген "
        "тілде) жүктеңіз. Алдымен файл тексеріледі: кестенің басы мен барлық ескертулер "
        "көрсетіледі, ештеңе сақталмайды. Қате болмаса, «Импорттау» батырмасы файлды қосады; "
        "импортты командалық жолдан қайта жоюға болады.",
        "ru": "Загрузите таблицу БНС (CSV или XLSX; длинная или широкая форма, регионы на любом "
        "языке). Сначала файл проверяется: показываются начало таблицы и все замечания, ничего "
        "не сохраняется. Если ошибок нет, кнопка «Импортировать» добавляет файл; импорт можно "
        "удалить из командной строки.",
        "en": "Upload a BNS table (CSV or XLSX; long or wide form, regions named in any "
        "language). The file is checked first: the start of the table and every finding are "
        "shown and nothing is stored. If there is no error, “Import” adds it; an import can be "
        "removed again from the command line.",
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
    "upload.new_rows": {
        "kk": "Жаңа көрсеткіш немесе жаңа дереккөз тек командалық жолдан қосылады "
        "(--indicator-row, --source-row).",
        "ru": "Новый показатель или новый источник добавляются только из командной строки "
        "(--indicator-row, --source-row).",
        "en": "A new indicator or a new source is added from the command line only "
        "(--indicator-row, --source-row).",
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
        "kk": "Файлды осында сүйреңіз немесе таңдаңыз (CSV, XLSX; 20 МБ дейін)",
        "ru": "Перетащите файл сюда или выберите (CSV, XLSX; до 20 МБ)",
        "en": "Drop the file here or choose it (CSV, XLSX; up to 20 MB)",
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
}
