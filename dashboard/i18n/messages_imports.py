"""Messages of the importer's validation report (kk/ru/en), merged into the catalog.

Keys: ``import.read.*`` (the file cannot be read), ``import.shape.*`` (no table found),
``import.region.*``, ``import.year.*``, ``import.value.*``, ``import.total.*``,
``import.od.*`` (origin-destination tables), ``import.meta.*`` (indicator, unit, source,
quality), ``import.hint.*`` (what to do), ``import.where.*`` (row and column).

Placeholders ending in ``_ids`` are lists of region names and those ending in ``_num``
numbers, both rendered in the reader's language by ``dashboard.imports.problems``; other
placeholders holding file text arrive HTML-escaped. Quotation marks follow each language:
«…» in Kazakh and Russian, “…” in English.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ where
    "import.where.row": {"kk": "{row}-жол", "ru": "строка {row}", "en": "row {row}"},
    "import.where.column": {
        "kk": "{column} бағаны",
        "ru": "столбец {column}",
        "en": "column {column}",
    },
    "import.more": {
        "kk": "… және осындай тағы {count} мәселе.",
        "ru": "… и ещё {count} таких же проблем.",
        "en": "… and {count} more problems of this kind.",
    },
    "import.internal": {
        "kk": "Файлды тексеру кезінде ішкі қате болды; файл қабылданбады. Әкімшіге хабарлаңыз.",
        "ru": "При проверке файла произошла внутренняя ошибка; файл не принят. Сообщите "
        "администратору.",
        "en": "An internal error occurred while checking the file; it was not accepted. "
        "Please tell the administrator.",
    },
    # ------------------------------------------------------------------ reading
    "import.read.no_file": {
        "kk": "Файлды ашу мүмкін болмады.",
        "ru": "Файл не удалось открыть.",
        "en": "The file could not be opened.",
    },
    "import.read.too_large": {
        "kk": "Файлдың көлемі {size} МБ, ал шегі {limit} МБ: файл оқылмады.",
        "ru": "Размер файла {size} МБ при пределе {limit} МБ: файл не читался.",
        "en": "The file is {size} MB and the limit is {limit} MB: it was not read.",
    },
    "import.read.empty": {
        "kk": "Файл бос.",
        "ru": "Файл пуст.",
        "en": "The file is empty.",
    },
    "import.read.not_table": {
        "kk": "Бұл кесте емес, {kind} файлы (атауына емес, мазмұнына қарап анықталды).",
        "ru": "Это не таблица, а файл {kind} (определено по содержимому, а не по имени).",
        "en": "This is not a table but a {kind} file (judged by its content, not its name).",
    },
    "import.read.xls_damaged": {
        "kk": "Ескі Excel файлы (.xls) бұзылған, толық емес немесе оның құрылымы рұқсат "
        "етілгеннен тыс (мысалы, жарияланған өлшемдері файлдан үлкен); ол оқылмады.",
        "ru": "Файл старого формата Excel (.xls) повреждён, неполон или его структура выходит "
        "за допустимое (например, объявленные размеры больше самого файла); он не читался.",
        "en": "The old-format Excel file (.xls) is damaged, incomplete or built beyond what "
        "the format allows (for example, sizes larger than the file itself); it was not read.",
    },
    "import.read.ods": {
        "kk": "Бұл OpenDocument кестесі (.ods); ол қабылданбайды.",
        "ru": "Это таблица OpenDocument (.ods); она не принимается.",
        "en": "This is an OpenDocument spreadsheet (.ods), which is not accepted.",
    },
    "import.read.encoding": {
        "kk": "Мәтіннің кодтауы танылмады.",
        "ru": "Кодировка текста не распознана.",
        "en": "The text encoding was not recognised.",
    },
    "import.read.mixed_encoding": {
        "kk": "Файлда әртүрлі кодтау араласқан: {utf8_row}-жол UTF-8-де, ал {other_row}-жол "
        "басқа кодтауда (Windows-1251 болуы мүмкін). Мәтін бұзылмас үшін файл оқылмады.",
        "ru": "В файле смешаны кодировки: строка {utf8_row} в UTF-8, строка {other_row} — в "
        "другой (вероятно, Windows-1251). Чтобы не исказить текст, файл не читался.",
        "en": "The file mixes text encodings: line {utf8_row} is UTF-8, line {other_row} is "
        "not (probably Windows-1251). It was not read, so as not to garble the text.",
    },
    "import.read.mojibake": {
        "kk": "Мәтін екі рет қайта кодталған (Windows-1251 мәтіні UTF-8 ретінде оқылып, қайта "
        "сақталған): кирилл әріптері «РђРєРјРѕР»Р°» сияқты бұзылған.",
        "ru": "Текст перекодирован дважды (текст в Windows-1251 прочитан как UTF-8 и сохранён "
        "снова): кириллица искажена, вида «РђРєРјРѕР»Р°».",
        "en": "The text was converted twice (Windows-1251 text read as UTF-8 and saved "
        "again): the Cyrillic letters are garbled, like “РђРєРјРѕР»Р°”.",
    },
    "import.read.binary": {
        "kk": "Бұл мәтіндік кесте емес: файлда екілік деректер бар.",
        "ru": "Это не текстовая таблица: в файле двоичные данные.",
        "en": "This is not a text table: the file holds binary data.",
    },
    "import.read.csv_malformed": {
        "kk": "CSV файлы осы жерде бұзылған (тырнақша жабылмаған немесе өріс тым ұзын).",
        "ru": "CSV-файл здесь повреждён (не закрыта кавычка или слишком длинное поле).",
        "en": "The CSV file is malformed here (an unclosed quote or a field too long).",
    },
    "import.read.cell_too_long": {
        "kk": "Ұяшықта {limit} таңбадан артық мәтін бар; бұл кесте ұяшығы емес (мүмкін, "
        "тырнақша жабылмаған).",
        "ru": "В ячейке больше {limit} знаков; это не ячейка таблицы (возможно, не закрыта "
        "кавычка).",
        "en": "A cell holds more than {limit} characters; that is no table cell (an unclosed "
        "quote?).",
    },
    "import.read.odd_delimiter": {
        "kk": "Бағандар «{delimiter}» белгісімен бөлінген сияқты; үтір, нүктелі үтір немесе "
        "табуляция күтіледі.",
        "ru": "Столбцы, похоже, разделены знаком «{delimiter}»; ожидается запятая, точка с "
        "запятой или табуляция.",
        "en": "The columns seem to be separated by “{delimiter}”; a comma, semicolon or tab "
        "is expected.",
    },
    "import.read.one_column": {
        "kk": "Файлда бір ғана баған бар: бағандарды үтір, нүктелі үтір не табуляция бөлмейді.",
        "ru": "В файле только один столбец: столбцы не разделены запятой, точкой с запятой "
        "или табуляцией.",
        "en": "The file has a single column: no comma, semicolon or tab separates columns.",
    },
    "import.read.too_many_rows": {
        "kk": "Файлда {limit} жолдан артық бар; оқу тоқтатылды.",
        "ru": "В файле больше {limit} строк; чтение остановлено.",
        "en": "The file has more than {limit} rows; reading stopped.",
    },
    "import.read.too_many_columns": {
        "kk": "Бұл жолда {limit} бағаннан артық бар; оқу тоқтатылды.",
        "ru": "В этой строке больше {limit} столбцов; чтение остановлено.",
        "en": "This row has more than {limit} columns; reading stopped.",
    },
    "import.read.too_many_cells": {
        "kk": "Файлда {limit} ұяшықтан артық бар немесе жолдары Excel шегінен асады; оқу "
        "тоқтатылды.",
        "ru": "В файле больше {limit} ячеек или строки за пределом Excel; чтение остановлено.",
        "en": "The file has more than {limit} cells, or rows beyond Excel's limit; reading "
        "stopped.",
    },
    "import.read.xlsx_damaged": {
        "kk": "XLSX файлы бұзылған немесе толық емес (мысалы, жүктеу үзілген).",
        "ru": "Файл XLSX повреждён или неполон (например, загрузка оборвалась).",
        "en": "The XLSX file is damaged or incomplete (for example, a cut-off upload).",
    },
    "import.read.xlsx_bomb": {
        "kk": "Ашқанда жұмыс кітабы {size} МБ алар еді: бұл шектен асады (сығылған «бомба» "
        "немесе тым үлкен кітап). Файл ашылмады.",
        "ru": "В распакованном виде книга заняла бы {size} МБ: это сверх предела (сжатая "
        "«бомба» или слишком большая книга). Файл не открывался.",
        "en": "Unpacked, the workbook would take {size} MB, beyond the limit (a compressed "
        "bomb or an oversized workbook). It was not opened.",
    },
    "import.read.xlsx_ratio": {
        "kk": "Жұмыс кітабының бір бөлігі {ratio} есе сығылған; нағыз кестелер әлдеқайда аз "
        "сығылады. Ықтимал zip-бомба ретінде қабылданбады.",
        "ru": "Часть книги сжата в {ratio} раз; настоящие листы сжимаются гораздо меньше. "
        "Отклонено как возможная zip-бомба.",
        "en": "Part of the workbook is compressed {ratio} times; real sheets compress far "
        "less. Refused as a possible zip bomb.",
    },
    "import.read.xlsx_encrypted": {
        "kk": "Жұмыс кітабы құпиясөзбен қорғалған.",
        "ru": "Книга защищена паролем.",
        "en": "The workbook is password-protected.",
    },
    "import.read.xlsx_macros": {
        "kk": "Жұмыс кітабында макростар (VBA, Excel 4 макро парақтары) немесе ендірілген "
        "бағдарлама бөліктері бар (мазмұнына қарап анықталды, атауына емес); мұндай файлдар "
        "қабылданбайды.",
        "ru": "В книге есть макросы (VBA, листы макросов Excel 4) или встроенные программные "
        "части (определено по содержимому, а не по имени); такие файлы не принимаются.",
        "en": "The workbook contains macros (VBA, Excel 4 macro sheets) or embedded program "
        "parts (judged by content, not by name); such files are not accepted.",
    },
    "import.read.no_sheet": {
        "kk": "Жұмыс кітабында «{sheet}» парағы жоқ.",
        "ru": "В книге нет листа «{sheet}».",
        "en": "The workbook has no sheet “{sheet}”.",
    },
    "import.read.other_sheets": {
        "kk": "Жұмыс кітабында {count} парақ бар; тек біріншісі, «{sheet}», оқылды.",
        "ru": "В книге {count} листов; прочитан только первый, «{sheet}».",
        "en": "The workbook has {count} sheets; only the first, “{sheet}”, was read.",
    },
    "import.read.extension_mismatch": {
        "kk": "Файл атауы .{ext} деп аяқталады, бірақ мазмұны {kind}; ол {kind} ретінде оқылды.",
        "ru": "Имя файла оканчивается на .{ext}, но содержимое — {kind}; он прочитан как {kind}.",
        "en": "The name ends in .{ext} but the content is {kind}; it was read as {kind}.",
    },
    # ------------------------------------------------------------------ verdicts
    "import.verdict.nothing_new": {
        "kk": "Жаңа ештеңе жоқ: файлдың барлық мәндері атласта сол дереккөзден дәл осылай бар "
        "({slices}). Ештеңе сақталмады және өзгермеді.",
        "ru": "Ничего нового: все значения файла уже есть в атласе ровно такими же из того же "
        "источника ({slices}). Ничего не сохранено и не изменено.",
        "en": "Nothing new: every value of the file is in the atlas already, the same and from "
        "the same source ({slices}). Nothing was stored or changed.",
    },
    "import.verdict.unchanged": {
        "kk": "Атласта дәл осылай бар бөліктер қалдырылды (жаңа ештеңе жоқ): {slices}.",
        "ru": "Части, которые уже есть в атласе точно такими же, пропущены (ничего нового): "
        "{slices}.",
        "en": "Parts the atlas already holds exactly as they are were left out (nothing new): "
        "{slices}.",
    },
    # ------------------------------------------------------------------ found in real files
    "import.total.rounding": {
        "kk": "{year}: өңірлердің қосындысы {sum_num}, жиынтық жолда {total_num} (айырма "
        "{difference_num}): бұл жарияланған цифрлардың дөңгелектеу шегінде (±{tolerance_num}), "
        "қате емес.",
        "ru": "{year}: сумма по регионам {sum_num}, в итоговой строке {total_num} (разница "
        "{difference_num}): это в пределах округления опубликованных цифр (±{tolerance_num}), "
        "не ошибка.",
        "en": "{year}: the regions sum to {sum_num} and the total row says {total_num} "
        "(difference {difference_num}): within the rounding of the published digits "
        "(±{tolerance_num}), not an error.",
    },
    "import.total.only_total": {
        "kk": "Мына жылдар үшін файлда тек республика бойынша жиын бар, өңірлер жоқ: {years}. "
        "Бұл жылдардан өңірлік мәндер импортталмайды.",
        "ru": "За эти годы в файле только итог по республике, без регионов: {years}. "
        "Региональных значений за них не импортируется.",
        "en": "For these years the file gives only the republic total, no regions: {years}. "
        "No regional values are imported for them.",
    },
    "import.region.districts_aside": {
        "kk": "Аудандар мен облыстық маңызы бар қалалардың {count} жолы ({names} атау) шетке "
        "қойылды: атлас өңірлерді (облыстар мен республикалық маңызы бар қалаларды) көрсетеді, "
        "ал аудан ешқашан аттас облысқа теліп жіберілмейді. Аудандар анықтамалығы (geokz) "
        "бойынша {matched} атау бір ҚАТО кодына сәйкес келеді; {shared} атауды бірнеше "
        "облыстың аудандары алып жүр ({shared_names}); {unmatched} атау анықтамалықта жоқ "
        "({unmatched_names}).",
        "ru": "Отложены строки районов и городов областного значения: {count} (названий: "
        "{names}). Атлас показывает регионы (области и города республиканского значения), и "
        "район никогда не принимается за одноимённую область. По справочнику районов (geokz): "
        "соответствуют одному коду КАТО — {matched}; названия районов нескольких областей — "
        "{shared} ({shared_names}); нет в справочнике — {unmatched} ({unmatched_names}).",
        "en": "{count} rows of districts and cities of oblast significance ({names} names) "
        "were set aside: the atlas maps regions (oblasts and cities of republican "
        "significance), and a district is never taken for the oblast of the same name. By the "
        "district gazetteer (geokz), {matched} names match one KATO code; {shared} names are "
        "borne by districts of several oblasts ({shared_names}); {unmatched} are not in the "
        "gazetteer ({unmatched_names}).",
    },
    "import.region.successors_aside": {
        "kk": "{years}: кестеде Оңтүстік Қазақстан облысы да, оның мұрагерлері (Түркістан "
        "облысы мен Шымкент қаласы) да бар. Бұл жылдар 1997 жылғы шекаралармен берілген, "
        "онда бірлік — Оңтүстік Қазақстан облысы, сондықтан мұрагерлердің {count} мәні шетке "
        "қойылды.",
        "ru": "{years}: в таблице есть и Южно-Казахстанская область, и её преемники "
        "(Туркестанская область и город Шымкент). Эти годы даны в границах 1997 года, где "
        "единица — Южно-Казахстанская область, поэтому значения преемников отложены ({count}).",
        "en": "{years}: the table gives South Kazakhstan oblast and also its successors "
        "(Turkistan oblast and Shymkent city). Those years are on the 1997 boundaries, whose "
        "unit is South Kazakhstan oblast, so the successors' {count} values were set aside.",
    },
    "import.region.former_name": {
        "kk": "«{name}» {year} жылғы кестеде: Оңтүстік Қазақстан облысы 2018 жылдың маусымында "
        "Түркістан облысы мен Шымкент қаласына бөлінді, сондықтан {year} жылы ол жоқ. Мән "
        "Түркістан облысыныкі ретінде оқылды; бұл дұрыс па, тексеріңіз.",
        "ru": "«{name}» в таблице за {year} год: Южно-Казахстанская область в июне 2018 года "
        "разделена на Туркестанскую область и город Шымкент, в {year} году её нет. Значение "
        "прочитано как значение Туркестанской области; проверьте, верно ли это.",
        "en": "“{name}” in a table of {year}: South Kazakhstan oblast was split into Turkistan "
        "oblast and Shymkent city in June 2018, so it does not exist in {year}. The value was "
        "read as Turkistan oblast's; check that this is right.",
    },
    "import.region.invisible": {
        "kk": "«{name}» атауында көрінбейтін басқару таңбалары бар ({chars}): олар мәтіннің "
        "көрінісін өзгертіп, бір атауды басқа атау етіп көрсете алады. Атау қабылданбады.",
        "ru": "В названии «{name}» есть невидимые управляющие символы ({chars}): они могут "
        "изменить вид текста, и одно название покажется другим. Название не принято.",
        "en": "The name “{name}” holds invisible control characters ({chars}), which can "
        "make one name look like another. It was not accepted.",
    },
    "import.region.mixed_script": {
        "kk": "«{name}» атауындағы «{word}» сөзінде латын және кирилл әріптері араласқан "
        "(сырттай ұқсас әріптер). Атау сол күйінде оқылды; дұрыс өңір екенін тексеріңіз.",
        "ru": "В названии «{name}» слово «{word}» смешивает латинские и кириллические буквы "
        "(похожие на вид). Название прочитано как есть; проверьте, тот ли это регион.",
        "en": "In the name “{name}”, the word “{word}” mixes Latin and Cyrillic letters "
        "(look-alikes). It was read as it stands; check that it is the region meant.",
    },
    "import.value.foreign_digits": {
        "kk": "«{value}» 0–9 емес цифрлармен жазылған (мысалы, араб-үнді немесе толық енді "
        "цифрлар); мұндай мән оқылмайды.",
        "ru": "«{value}» записано не цифрами 0–9 (например, арабско-индийскими или "
        "полноширинными); такое значение не читается.",
        "en": "“{value}” is written with digits other than 0–9 (Arabic-Indic or full-width, "
        "for instance); such a value is not read.",
    },
    "import.shape.part_columns": {
        "kk": "Жыл бөліктерінің {count} бағаны ({examples} …) шетке қойылды; әр жылдың "
        "жылдық бағаны оқылды.",
        "ru": "Отложены столбцы частей года ({count}: {examples} …); прочитан годовой столбец "
        "каждого года.",
        "en": "{count} columns of parts of a year ({examples} …) were set aside; the annual "
        "column of each year was read.",
    },
    "import.shape.sections": {
        "kk": "Парақта тақырыптар астында {count} кесте бар ({names}); «{chosen}» оқылды. "
        "Басқасын таңдау үшін: ПАРАҚ:ТАҚЫРЫП=КӨРСЕТКІШ (мысалы, --sheet "
        '"Мужчины:Городское население=population_urban_male").',
        "ru": "На листе несколько таблиц под заголовками ({count}: {names}); прочитана "
        "«{chosen}». "
        "Чтобы выбрать другую: ЛИСТ:ЗАГОЛОВОК=ПОКАЗАТЕЛЬ (например, --sheet "
        '"Мужчины:Городское население=population_urban_male").',
        "en": "The sheet stacks {count} tables under headings ({names}); “{chosen}” was read. "
        "To choose another: SHEET:HEADING=INDICATOR (e.g. --sheet "
        '"Мужчины:Городское население=population_urban_male").',
    },
    "import.shape.no_section": {
        "kk": "Парақта «{section}» кестесі жоқ. Оның кестелері: {names}.",
        "ru": "На листе нет таблицы «{section}». Его таблицы: {names}.",
        "en": "The sheet has no table “{section}”. Its tables: {names}.",
    },
    "import.sheets.twice": {
        "kk": "Бір импортта бірнеше рет аталған {field}: {values}.",
        "ru": "В одном импорте несколько раз назван {field}: {values}.",
        "en": "Named more than once in one import ({field}): {values}.",
    },
    "import.sheets.too_many": {
        "kk": "Бір импортта {limit} парақтан артық болмайды.",
        "ru": "В одном импорте не больше {limit} листов.",
        "en": "One import takes at most {limit} sheets.",
    },
    "import.sheets.od": {
        "kk": "Бірнеше парақты бірге импорттау тек өңірлік көрсеткіштерге арналған; көші-қон "
        "ағындарының кестелерін бөлек импорттаңыз.",
        "ru": "Несколько листов вместе импортируются только для региональных показателей; "
        "таблицы потоков импортируйте по отдельности.",
        "en": "Several sheets are imported together only for regional indicators; import "
        "flow tables one at a time.",
    },
    "import.taldau.several_indicators": {
        "kk": "Taldau экспортында {count} көрсеткіш бар ({names}); бір импортта бір көрсеткіш "
        "болуы керек.",
        "ru": "В выгрузке Taldau несколько показателей ({count}: {names}); один импорт — один "
        "показатель.",
        "en": "The Taldau export holds {count} indicators ({names}); one import takes one "
        "indicator.",
    },
    "import.taldau.no_breakdown": {
        "kk": "Экспортта «{breakdown}» бөлінісінің жолдары жоқ. Файлдағы бөліністер: {values}.",
        "ru": "В выгрузке нет строк разреза «{breakdown}». Разрезы в файле: {values}.",
        "en": "The export has no rows of the breakdown “{breakdown}”. Breakdowns in the file: "
        "{values}.",
    },
    "import.taldau.breakdown_not_taldau": {
        "kk": "«{breakdown}» бөлінісі сұралды, бірақ файл Taldau экспорты емес (NAM, DAT, "
        "КАТО, VAL бағандары жоқ).",
        "ru": "Запрошен разрез «{breakdown}», но файл не выгрузка Taldau (нет столбцов NAM, "
        "DAT, КАТО, VAL).",
        "en": "The breakdown “{breakdown}” was asked for, but the file is not a Taldau export "
        "(no columns NAM, DAT, КАТО, VAL).",
    },
    "import.taldau.breakdowns_aside": {
        "kk": "Басқа бөліністердің {count} жолы шетке қойылды ({values}); әр бөліністе "
        "«Барлығы» жолдары алынды.",
        "ru": "Отложены строки других разрезов ({count}; {values}); взяты строки «Всего» по "
        "всем разрезам.",
        "en": "{count} rows of other breakdowns were set aside ({values}); the rows that are "
        "“Всего” (total) in every breakdown were taken.",
    },
    "import.taldau.breakdown_taken": {
        "kk": "Басқа бөліністердің {count} жолы шетке қойылды ({values}); «{breakdown}» "
        "жолдары алынды.",
        "ru": "Отложены строки других разрезов ({count}; {values}); взяты строки «{breakdown}».",
        "en": "{count} rows of other breakdowns were set aside ({values}); the rows of "
        "“{breakdown}” were taken.",
    },
    "import.taldau.breakdown_same_indicator": {
        "kk": "«{breakdown}» бөлінісінің жолдары «{indicator_ind}» көрсеткішінің өзі ретінде "
        "импортталар еді, бірақ экспорт бұл көрсеткіштің жиынын береді: бөлініс өз "
        "көрсеткіші болуы керек.",
        "ru": "Строки разреза «{breakdown}» были бы импортированы как сам показатель "
        "«{indicator_ind}», а выгрузка даёт его итог: разрез должен быть отдельным показателем.",
        "en": "The rows of the breakdown “{breakdown}” would be imported as “{indicator_ind}” "
        "itself, whose total the export gives: a breakdown must be an indicator of its own.",
    },
    "import.taldau.bad_period": {
        "kk": "PERIOD бағанында «{value}» тұр; ЖЖЖЖАА түріндегі код күтіледі (мысалы, 202412).",
        "ru": "В столбце PERIOD стоит «{value}»; ожидается код ГГГГММ (например, 202412).",
        "en": "The PERIOD column holds “{value}”; a code YYYYMM is expected (e.g. 202412).",
    },
    "import.taldau.period_mismatch": {
        "kk": "PERIOD «{value}» мен DAT «{date}» әртүрлі жылды атайды.",
        "ru": "PERIOD «{value}» и DAT «{date}» называют разные годы.",
        "en": "PERIOD “{value}” and DAT “{date}” name different years.",
    },
    "import.taldau.part_year": {
        "kk": "PERIOD «{value}» толық жыл емес (жылдық код 12-мен аяқталады): мәндердің жылдық "
        "екенін тексеріңіз.",
        "ru": "PERIOD «{value}» — не целый год (годовой код оканчивается на 12): проверьте, что "
        "значения годовые.",
        "en": "PERIOD “{value}” is not a whole year (an annual code ends in 12): check that the "
        "values are annual.",
    },
    # ------------------------------------------------------------------ shape
    "import.shape.no_table": {
        "kk": "Файлдан өңірлер кестесі табылмады: бірде-бір бағанда өңір атаулары жоқ.",
        "ru": "Таблица по регионам не найдена: ни в одном столбце нет названий регионов.",
        "en": "No table of regions was found: no column holds region names.",
    },
    "import.shape.too_many_values": {
        "kk": "Кестеде {limit} мәннен артық бар; бір импорт мұнша мәнді қабылдамайды.",
        "ru": "В таблице больше {limit} значений; один импорт столько не принимает.",
        "en": "The table holds more than {limit} values, more than one import takes.",
    },
    "import.shape.many_value_columns": {
        "kk": "Бірнеше мән бағаны бар ({headers}), бірақ олардың ешқайсысы жыл емес: қай "
        "бағанды импорттау керегі белгісіз.",
        "ru": "Несколько столбцов значений ({headers}), и ни один не год: неясно, какой "
        "импортировать.",
        "en": "There are several value columns ({headers}) and none is a year: which one to "
        "import is unclear.",
    },
    "import.shape.no_year": {
        "kk": "Кесте мәндердің қай жылға жататынын көрсетпейді.",
        "ru": "В таблице не указано, к какому году относятся значения.",
        "en": "The table does not say which year its values are for.",
    },
    "import.shape.column_ignored": {
        "kk": "«{header}» бағаны жыл емес; ол алынып тасталды.",
        "ru": "Столбец «{header}» — не год; он пропущен.",
        "en": "Column “{header}” is not a year; it was left out.",
    },
    "import.shape.no_label": {
        "kk": "Мән бар, бірақ өңір атауы жоқ.",
        "ru": "Есть значение, но нет названия региона.",
        "en": "A value without a region name.",
    },
    # ------------------------------------------------------------------ regions
    "import.region.unknown": {
        "kk": "«{name}» — атласқа белгілі Қазақстан өңірі емес.",
        "ru": "«{name}» — не известный атласу регион Казахстана.",
        "en": "“{name}” is not a region of Kazakhstan the atlas knows.",
    },
    "import.region.too_many_unknown": {
        "kk": "{count} белгісіз атаудан кейін тексеру тоқтатылды: бұл өңірлер кестесі емес сияқты.",
        "ru": "После {count} неизвестных названий проверка остановлена: похоже, это не "
        "таблица по регионам.",
        "en": "Checking stopped after {count} unknown names: this does not look like a table "
        "of regions.",
    },
    "import.region.not_in_version": {
        "kk": "{year} жылға {version} шекаралар нұсқасы көрсетілген, бірақ онда мына бірліктер "
        "жоқ: {outside_ids}.",
        "ru": "Для {year} г. указана версия границ {version}, но в ней нет единиц: {outside_ids}.",
        "en": "Boundary version {version} was stated for {year}, but it has no unit {outside_ids}.",
    },
    "import.region.version_older": {
        "kk": "{year} жылғы мәндер {count} өңірді қамтиды — бұл {version} шекаралар нұсқасының "
        "бірліктері. Алайда {year} жылы {valid} нұсқасы қолданылады ({valid_count} бірлік). "
        "Не жыл қате, не кесте ескі шекаралар бойынша жасалған.",
        "ru": "Значения за {year} г. охватывают {count} регионов — это единицы версии границ "
        "{version}. Но для {year} г. действует версия {valid} ({valid_count} единиц). Либо "
        "неверен год, либо таблица составлена в старых границах.",
        "en": "The values for {year} cover {count} regions: the units of boundary version "
        "{version}. But {year} uses version {valid} ({valid_count} units). Either the year is "
        "wrong or the table is on the old boundaries.",
    },
    "import.region.version_newer": {
        "kk": "{year} жылғы өңірлер — {version} нұсқасының {count} бірлігі, ол {year} жылы "
        "қолданылған нұсқадан ({valid}) жаңарақ. Мұндай жағдай СҰБ жылды жаңа шекаралар "
        "бойынша қайта есептегенде болады; тексеріңіз.",
        "ru": "Регионы за {year} г. — {count} единиц версии {version}, более новой, чем "
        "действовавшая в {year} г. ({valid}). Так бывает, когда БНС пересчитало год в новых "
        "границах; проверьте.",
        "en": "The regions for {year} are the {count} units of version {version}, newer than "
        "the version of {year} ({valid}). This happens when BNS recalculated a year on new "
        "boundaries; check it.",
    },
    "import.region.missing": {
        "kk": "{year}: {version} нұсқасының {units} бірлігінің {count} бірлігінде мән жоқ: "
        "{missing_ids}. Картада олар «деректер жоқ» болып көрсетіледі.",
        "ru": "{year}: у {count} из {units} единиц версии {version} нет значения: "
        "{missing_ids}. На карте они будут «нет данных».",
        "en": "{year}: {count} of the {units} units of version {version} have no value: "
        "{missing_ids}. The map will show them as “no data”.",
    },
    # ------------------------------------------------------------------ years
    "import.year.bad": {
        "kk": "«{value}» — жыл емес.",
        "ru": "«{value}» — не год.",
        "en": "“{value}” is not a year.",
    },
    "import.year.out_of_range": {
        "kk": "{year} жылы атлас қабылдайтын жылдардан ({first}–{last}) тыс.",
        "ru": "Год {year} вне принимаемых атласом лет ({first}–{last}).",
        "en": "Year {year} is outside the years the atlas accepts ({first}–{last}).",
    },
    # ------------------------------------------------------------------ values
    "import.value.not_number": {
        "kk": "«{value}» — сан емес.",
        "ru": "«{value}» — не число.",
        "en": "“{value}” is not a number.",
    },
    "import.value.formula": {
        "kk": "Ұяшықта мән емес, формула бар ({formula}); импорт кезінде формулалар ешқашан "
        "есептелмейді.",
        "ru": "В ячейке формула ({formula}), а не значение; при импорте формулы никогда не "
        "вычисляются.",
        "en": "The cell holds a formula ({formula}), not a value; formulas are never "
        "computed on import.",
    },
    "import.value.formula_outside": {
        "kk": "Кестеден тыс формула ({formula}) ескерілмеді.",
        "ru": "Формула вне таблицы ({formula}) пропущена.",
        "en": "A formula outside the table ({formula}) was ignored.",
    },
    "import.value.negative": {
        "kk": "Теріс мән {value_num}: «{indicator_ind}» теріс бола алмайды.",
        "ru": "Отрицательное значение {value_num}: «{indicator_ind}» не может быть меньше нуля.",
        "en": "Negative value {value_num}: “{indicator_ind}” cannot be negative.",
    },
    "import.value.od_negative": {
        "kk": "Теріс мән {value_num}: көшіп-қонушылар саны теріс бола алмайды.",
        "ru": "Отрицательное значение {value_num}: число мигрантов не может быть меньше нуля.",
        "en": "Negative value {value_num}: a number of movers cannot be negative.",
    },
    "import.value.percent_range": {
        "kk": "Пайыз 0 мен 100 аралығында болуы керек; мұнда {value_num}.",
        "ru": "Процент должен быть от 0 до 100; здесь {value_num}.",
        "en": "A percentage must lie between 0 and 100; here it is {value_num}.",
    },
    "import.value.percent_sign": {
        "kk": "«{value}» — пайыз, бірақ көрсеткіш пайызбен өлшенбейді.",
        "ru": "«{value}» — процент, но показатель измеряется не в процентах.",
        "en": "“{value}” is a percentage, but the indicator is not in percent.",
    },
    "import.value.fraction": {
        "kk": "{value_num} — бүтін сан емес, ал көрсеткіш адамдар не отбасылар санын береді.",
        "ru": "{value_num} — не целое число, а показатель считает людей или семьи.",
        "en": "{value_num} is not a whole number, but the indicator counts persons or families.",
    },
    "import.value.duplicate_same": {
        "kk": "Осы өңір мен жыл {first_row}-жолда дәл осы мәнмен бұрын болған; бір рет алынады.",
        "ru": "Этот регион и год уже были в строке {first_row} с тем же значением; взяты один раз.",
        "en": "This region and year already came in row {first_row} with the same value; "
        "kept once.",
    },
    "import.value.duplicate_conflict": {
        "kk": "Өңір мен жыл {first_row}-жолды басқа мәнмен қайталайды (онда {first_num}, мұнда "
        "{value_num}).",
        "ru": "Регион и год повторяют строку {first_row} с другим значением (там {first_num}, "
        "здесь {value_num}).",
        "en": "Region and year repeat row {first_row} with a different value ({first_num} "
        "there, {value_num} here).",
    },
    "import.total.mismatch": {
        "kk": "{year}: өңірлердің қосындысы {sum_num}, ал жиынтық жолда {total_num} (айырма "
        "{difference_num}).",
        "ru": "{year}: сумма по регионам {sum_num}, а в итоговой строке {total_num} (разница "
        "{difference_num}).",
        "en": "{year}: the regions sum to {sum_num}, but the total row says {total_num} "
        "(difference {difference_num}).",
    },
    "import.table.no_values": {
        "kk": "Кестеде импорттайтын мән жоқ (барлық ұяшықтар бос немесе «деректер жоқ» деп "
        "белгіленген).",
        "ru": "В таблице нет значений для импорта (все ячейки пусты или помечены как «нет "
        "данных»).",
        "en": "The table holds no value to import (every cell is empty or marked as no data).",
    },
    # ------------------------------------------------------------------ OD
    "import.od.mismatch": {
        "kk": "Шыққан және келген өңірлер сәйкес емес: тек шыққан өңірлерде — {origins_ids}; "
        "тек келген өңірлерде — {destinations_ids}.",
        "ru": "Регионы выбытия и прибытия не совпадают: только среди выбытия — {origins_ids}; "
        "только среди прибытия — {destinations_ids}.",
        "en": "Origins and destinations differ: only among origins: {origins_ids}; only among "
        "destinations: {destinations_ids}.",
    },
    "import.od.diagonal": {
        "kk": "Диагональдағы {count} мән (өңір ішіндегі көші-қон) алынып тасталды: атлас тек "
        "өңірлер арасындағы ағындарды көрсетеді.",
        "ru": "{count} значений на диагонали (миграция внутри региона) пропущены: атлас "
        "показывает только потоки между регионами.",
        "en": "{count} values on the diagonal (moves within a region) were left out: the "
        "atlas shows flows between regions only.",
    },
    # ------------------------------------------------------------------ metadata
    "import.meta.no_source": {
        "kk": "Дереккөз көрсетілмеген: атластағы әрбір мәннің дереккөзі болуы керек.",
        "ru": "Не указан источник: у каждого значения в атласе должен быть источник.",
        "en": "No source given: every value in the atlas must name its source.",
    },
    "import.meta.unknown_source": {
        "kk": "«{source}» дереккөзі атластың дереккөздер тізімінде жоқ.",
        "ru": "Источника «{source}» нет в списке источников атласа.",
        "en": "Source “{source}” is not in the atlas's list of sources.",
    },
    "import.meta.no_indicator": {
        "kk": "Көрсеткіш берілмеген, ал кесте атауы оны атамайды.",
        "ru": "Показатель не задан, и заголовок таблицы его не называет.",
        "en": "No indicator given, and the table's title does not name one.",
    },
    "import.meta.unknown_indicator": {
        "kk": "«{indicator}» көрсеткіші белгісіз.",
        "ru": "Неизвестный показатель «{indicator}».",
        "en": "Unknown indicator “{indicator}”.",
    },
    "import.meta.derived_indicator": {
        "kk": "«{indicator_ind}» көрсеткішін атлас басқа көрсеткіштерден есептейді; оны "
        "импорттауға болмайды.",
        "ru": "Показатель «{indicator_ind}» атлас вычисляет из других; его нельзя импортировать.",
        "en": "The atlas computes “{indicator_ind}” from other indicators; it cannot be imported.",
    },
    "import.meta.indicator_inferred": {
        "kk": "Көрсеткіш кесте атауынан алынды: «{indicator_ind}». Тексеріңіз.",
        "ru": "Показатель определён по заголовку: «{indicator_ind}». Проверьте.",
        "en": "The indicator was taken from the title: “{indicator_ind}”. Check it.",
    },
    "import.meta.title_differs": {
        "kk": "«{indicator_ind}» көрсеткіші таңдалған, бірақ кесте атауы «{title_ind}» "
        "көрсеткішін атайтын сияқты.",
        "ru": "Выбран показатель «{indicator_ind}», но заголовок, похоже, называет «{title_ind}».",
        "en": "The indicator chosen is “{indicator_ind}”, but the title seems to name "
        "“{title_ind}”.",
    },
    "import.meta.unit_mismatch": {
        "kk": "«{unit}» өлшем бірлігі көрсеткіштің бірлігіне ({expected}) сәйкес емес.",
        "ru": "Единица «{unit}» не совпадает с единицей показателя ({expected}).",
        "en": "Unit “{unit}” does not match the indicator's unit ({expected}).",
    },
    "import.meta.thousands": {
        "kk": "Кесте атауында немесе тақырыбында «мың» сөзі бар, ал көрсеткіш {unit} "
        "бірлігімен өлшенеді: мәндер мыңмен берілмегенін тексеріңіз.",
        "ru": "В заголовке или шапке упомянуты тысячи, а показатель считается в {unit}: "
        "проверьте, что значения не в тысячах.",
        "en": "The title or header mentions thousands, but the indicator is counted in "
        "{unit}: check that the values are not in thousands.",
    },
    "import.meta.bad_quality": {
        "kk": "«{quality}» сенімділік белгісі белгісіз; мыналардың бірі керек: {flags}.",
        "ru": "Неизвестная отметка надёжности «{quality}»; нужна одна из: {flags}.",
        "en": "Unknown quality flag “{quality}”; use one of: {flags}.",
    },
    "import.meta.quality_default": {
        "kk": "Сенімділік белгісі берілмеген, ал дереккөздің әзірге белгісі жоқ: мәндер "
        "«тексерілмеген» деп белгіленеді.",
        "ru": "Отметка надёжности не задана, а у источника её пока нет: значения помечаются "
        "как «не проверено».",
        "en": "No quality flag given and the source has none yet: the values are flagged "
        "“unverified”.",
    },
    "import.meta.conflict": {
        "kk": "Файлда {field} = «{file_value}», ал импорт параметрлерінде «{option}».",
        "ru": "В файле {field} = «{file_value}», а в параметрах импорта — «{option}».",
        "en": "The file says {field} = “{file_value}”, the import options “{option}”.",
    },
    "import.meta.several_values": {
        "kk": "{field} бағанында бірнеше мән бар ({values}); бір импорт біреуін ғана алады.",
        "ru": "В столбце {field} несколько значений ({values}); один импорт берёт одно.",
        "en": "Column {field} holds several values ({values}); one import takes one.",
    },
    "import.meta.od_indicator": {
        "kk": "Бағыттар кестесінде көрсеткіш болмайды (ол адамдарды санайды), бірақ "
        "«{indicator}» берілген.",
        "ru": "У таблицы по направлениям нет показателя (она считает людей), а задан "
        "«{indicator}».",
        "en": "An origin-destination table has no indicator (it counts persons), yet "
        "“{indicator}” was given.",
    },
    "import.meta.bad_version": {
        "kk": "«{version}» шекаралар нұсқасы белгісіз; мыналардың бірі керек: {versions}.",
        "ru": "Неизвестная версия границ «{version}»; нужна одна из: {versions}.",
        "en": "Unknown boundary version “{version}”; use one of: {versions}.",
    },
    "import.meta.title_year": {
        "kk": "{year} жылы берілген, бірақ кесте атауында {title_year} жылы аталған.",
        "ru": "Задан {year} год, но в заголовке назван {title_year}.",
        "en": "Year {year} was given, but the title names {title_year}.",
    },
    "import.compare.differs": {
        "kk": "{count} мән атластағы мәндерден өзгеше, мысалы: {examples}. Импорт оларды "
        "ауыстырады.",
        "ru": "{count} значений отличаются от имеющихся в атласе, например: {examples}. "
        "Импорт их заменит.",
        "en": "{count} values differ from those the atlas holds, e.g. {examples}. The import "
        "replaces them.",
    },
    # ------------------------------------------------------------------ hints
    "import.hint.split_file": {
        "kk": "Файлды бөліңіз немесе әкімшіден шекті арттыруды сұраңыз.",
        "ru": "Разделите файл или попросите администратора поднять предел.",
        "en": "Split the file, or ask the administrator to raise the limit.",
    },
    "import.hint.table_types": {
        "kk": "CSV (UTF-8 немесе Windows-1251; үтір, нүктелі үтір не табуляция) немесе XLSX "
        "не XLS жұмыс кітабын жүктеңіз.",
        "ru": "Загрузите CSV (UTF-8 или Windows-1251; запятая, точка с запятой или табуляция) "
        "или книгу XLSX либо XLS.",
        "en": "Upload a CSV file (UTF-8 or Windows-1251; comma, semicolon or tab) or an XLSX "
        "or XLS workbook.",
    },
    "import.hint.save_xlsx": {
        "kk": "Файлды Excel немесе LibreOffice бағдарламасында ашып, .xlsx жұмыс кітабы "
        "ретінде сақтаңыз.",
        "ru": "Откройте файл в Excel или LibreOffice и сохраните как книгу .xlsx.",
        "en": "Open the file in Excel or LibreOffice and save it as an .xlsx workbook.",
    },
    "import.hint.encoding": {
        "kk": "Файлды «CSV UTF-8» ретінде қайта сақтаңыз (Excel: Басқаша сақтау → CSV UTF-8).",
        "ru": "Сохраните файл заново как «CSV UTF-8» (Excel: Сохранить как → CSV UTF-8).",
        "en": "Save the file again as “CSV UTF-8” (Excel: Save As → CSV UTF-8).",
    },
    "import.hint.delimiter": {
        "kk": "Бағандарды үтірмен, нүктелі үтірмен немесе табуляциямен бөліңіз; бөлгіші бар "
        "мәтінді қос тырнақшаға алыңыз.",
        "ru": "Разделяйте столбцы запятой, точкой с запятой или табуляцией; текст с "
        "разделителем берите в двойные кавычки.",
        "en": "Separate columns with a comma, semicolon or tab; put text that contains the "
        "separator in double quotes.",
    },
    "import.hint.sheets": {
        "kk": "Парақтардың бірін таңдаңыз: {sheets}.",
        "ru": "Выберите один из листов: {sheets}.",
        "en": "Choose one of the sheets: {sheets}.",
    },
    "import.hint.shapes": {
        "kk": "Күтілетіні: алғашқы бағандарда өңірлер, баған тақырыптарында жылдар (СҰБ "
        "кестелеріндегідей) немесе өңір, жыл, мән бағандары.",
        "ru": "Ожидается: регионы в первых столбцах и годы в заголовках столбцов (как в "
        "таблицах БНС) или столбцы регион, год, значение.",
        "en": "Expected: regions in the first columns and years as column headers (as in BNS "
        "tables), or columns region, year, value.",
    },
    "import.hint.od_shapes": {
        "kk": "Күтілетіні: жолдарында шыққан, бағандарында келген өңірлер тұрған матрица "
        "немесе origin, destination, year, persons бағандары.",
        "ru": "Ожидается: матрица с регионами выбытия в строках и прибытия в столбцах или "
        "столбцы origin, destination, year, persons.",
        "en": "Expected: a matrix with origins as rows and destinations as columns, or "
        "columns origin, destination, year, persons.",
    },
    "import.hint.year": {
        "kk": "Жылды импорт параметрлерінде немесе кесте атауында көрсетіңіз (мысалы, «2023 "
        "жылғы 1 қаңтарға»).",
        "ru": "Укажите год в параметрах импорта или в заголовке (например, «на 1 января 2023 г.»).",
        "en": "State the year in the import options or in the title (e.g. “on 1 January 2023”).",
    },
    "import.hint.did_you_mean": {
        "kk": "Мүмкін, мынаны меңзедіңіз: {names_ids}?",
        "ru": "Возможно, имелось в виду: {names_ids}?",
        "en": "Did you mean: {names_ids}?",
    },
    "import.hint.regions": {
        "kk": "Өңір атауын қазақша, орысша немесе ағылшынша жазыңыз (мысалы, «Ақмола облысы», "
        "«Акмолинская область», «Akmola Region») немесе оның ҚАТО кодын беріңіз.",
        "ru": "Напишите название региона по-казахски, по-русски или по-английски (например, "
        "«Ақмола облысы», «Акмолинская область», «Akmola Region») или его код КАТО.",
        "en": "Write the region's name in Kazakh, Russian or English (e.g. “Ақмола облысы”, "
        "“Акмолинская область”, “Akmola Region”) or give its KATO code.",
    },
    "import.hint.formula": {
        "kk": "Формулаларды мәндерімен ауыстырыңыз (Excel: Көшіру, содан кейін Арнайы кірістіру "
        "→ Мәндер).",
        "ru": "Замените формулы их значениями (Excel: Копировать, затем Специальная вставка → "
        "Значения).",
        "en": "Replace formulas with their values (Excel: Copy, then Paste Special → Values).",
    },
    "import.hint.numbers": {
        "kk": "Сандарды 1 234,5 немесе 1234.5 түрінде жазыңыз; деректер жоқ ұяшықты бос "
        "қалдырыңыз немесе «-» қойыңыз.",
        "ru": "Пишите числа как 1 234,5 или 1234.5; ячейки без данных оставьте пустыми или "
        "поставьте «-».",
        "en": "Write numbers as 1 234,5 or 1234.5; leave cells without data empty or put “-”.",
    },
    "import.hint.version": {
        "kk": "Жылды түзетіңіз, ал егер тек кейбір өңірлер жоқ болса, импорт параметрлерінде "
        "{valid} шекаралар нұсқасын көрсетіңіз.",
        "ru": "Исправьте год, а если просто недостаёт некоторых регионов, укажите в "
        "параметрах импорта версию границ {valid}.",
        "en": "Correct the year; if some regions are simply missing, state boundary version "
        "{valid} in the import options.",
    },
    "import.hint.total": {
        "kk": "Өңірлердің мәндерін тексеріңіз. Егер дереккөз шынымен осы жиынды берсе, жиынтық "
        "жолды өшіріп, өңірлерді импорттаңыз.",
        "ru": "Проверьте значения регионов. Если источник действительно даёт такой итог, "
        "удалите итоговую строку и импортируйте регионы.",
        "en": "Check the regions' values. If the source really states this total, delete the "
        "total row and import the regions.",
    },
    "import.hint.od_matrix": {
        "kk": "Әр өңір бір рет жол ретінде және бір рет баған ретінде берілуі керек.",
        "ru": "Каждый регион должен встречаться один раз как строка и один раз как столбец.",
        "en": "Each region should appear once as a row and once as a column.",
    },
    "import.hint.source": {
        "kk": "Атластың тізімінен дереккөз таңдаңыз («Дереккөздер» панелі) немесе алдымен "
        "әкімшіден оны қосуды сұраңыз.",
        "ru": "Выберите источник из списка атласа (панель «Источники») или сначала попросите "
        "администратора его добавить.",
        "en": "Choose a source from the atlas's list (the Sources panel), or have the "
        "administrator add it first.",
    },
    "import.hint.close_sources": {
        "kk": "Ұқсас дереккөздер: {ids}.",
        "ru": "Похожие источники: {ids}.",
        "en": "Close matches: {ids}.",
    },
    "import.hint.indicators": {
        "kk": "Мыналардың бірін таңдаңыз: {ids}.",
        "ru": "Выберите один из: {ids}.",
        "en": "Choose one of: {ids}.",
    },
    "import.hint.thousands": {
        "kk": "Егер мәндер мыңмен берілсе, алдымен оларды 1 000-ға көбейтіңіз.",
        "ru": "Если значения в тысячах, сначала умножьте их на 1 000.",
        "en": "If the values are in thousands, multiply them by 1,000 first.",
    },
    "import.hint.replace": {
        "kk": "Ескертулерді жаңа сандар ескілерін ауыстыруы тиіс болса ғана қабылдаңыз.",
        "ru": "Принимайте предупреждения, только если новые числа должны заменить старые.",
        "en": "Accept the warnings only if the new figures are meant to replace the old ones.",
    },
    "import.hint.value_column": {
        "kk": "Мән бағанын «Мән» немесе «Значение» деп атаңыз, не көрсеткіштің өз атауымен.",
        "ru": "Назовите столбец значений «Значение» или «Мән», либо названием самого показателя.",
        "en": "Name the value column “Value” (Значение, Мән) or after the indicator itself.",
    },
    "import.hint.new_indicator": {
        "kk": "Жаңа көрсеткішті таңдаңыз немесе қосыңыз (Импорт қойындысындағы «Жаңа "
        "көрсеткіш» формасы немесе --indicator-row).",
        "ru": "Выберите или добавьте новый показатель (форма «Новый показатель» на вкладке "
        "«Импорт» или --indicator-row).",
        "en": "Choose or add a new indicator (the “New indicator” form of the Import tab, or "
        "--indicator-row).",
    },
    "import.hint.sections": {
        "kk": "Кестені тақырыбымен немесе нөмірімен таңдаңыз (1 — біріншісі).",
        "ru": "Выберите таблицу по заголовку или номеру (1 — первая).",
        "en": "Choose the table by its heading or number (1 = the first).",
    },
    "import.hint.taldau_split": {
        "kk": "Taldau-дан әр көрсеткішті жеке файлға түсіріңіз.",
        "ru": "Выгрузите из Taldau каждый показатель отдельным файлом.",
        "en": "Export each indicator from Taldau as a file of its own.",
    },
    "import.hint.taldau_breakdown": {
        "kk": "Қала немесе ауыл жолдарын өз көрсеткіші ретінде импорттау үшін бөліністі "
        "таңдаңыз (пәрмен жолында --breakdown urban немесе rural).",
        "ru": "Чтобы импортировать городские или сельские строки как отдельный показатель, "
        "выберите разрез (в командной строке --breakdown urban или rural).",
        "en": "To import the urban or rural rows as an indicator of their own, choose the "
        "breakdown (--breakdown urban or rural on the command line).",
    },
}
