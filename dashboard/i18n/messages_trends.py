"""Interface text of the trends panel (kk/ru/en), merged into the catalog.

National series: the Programme's 1990-2000 figures and the official series after 2000.
Terms as in the Programme's Kazakh text and BNS usage: "көші-қон сальдосы" / "сальдо
миграции", "көшіп кетушілер" (emigrants), "көшіп келушілер" (immigrants), "көшіп келу
квотасы" / "иммиграционная квота", "оралмандар" / "оралманы", "қандастар" / "кандасы",
"қалалық / ауылдық жерлер" / "городская / сельская местность".

Kazakh case endings are never glued to a placeholder that may hold a number: the words
around the placeholder carry them ("{year} жылы", "{date} ж. жағдай бойынша"), except in
``trends.qualifier.over``, whose value arrives with its ablative ending computed by
:func:`dashboard.i18n.words.kk_ablative`.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ panel
    "trends.heading": {
        "kk": "Үрдістер: ел бойынша деректер қатарлары",
        "ru": "Тренды: данные по стране",
        "en": "Trends: national series",
    },
    "trends.intro": {
        "kk": "Бағдарламада келтірілген 1990–2000 жылдардағы сандар және 2000 жылдан "
        "кейінгі ресми деректер, Бағдарлама мақсаттарымен салыстырыла. Әр сан өз "
        "дереккөзін атайды; дереккөз бермеген жылдар бос қалдырылған.",
        "ru": "Цифры Программы за 1990–2000 годы и официальные ряды после 2000 года в "
        "сравнении с целями Программы. У каждого числа указан источник; годы, которых "
        "нет в источнике, оставлены пустыми.",
        "en": "The Programme's figures for 1990–2000 and the official series after 2000, "
        "against the Programme's targets. Every number names its source; years a source "
        "does not give are left empty.",
    },
    "trends.sources": {
        "kk": "Дереккөздер: {sources}",
        "ru": "Источники: {sources}",
        "en": "Sources: {sources}",
    },
    # ------------------------------------------------------------------ numbers and periods
    "trends.qualifier.over": {
        "kk": "{value} астам",
        "ru": "более {value}",
        "en": "over {value}",
    },
    "trends.qualifier.about": {
        "kk": "шамамен {value}",
        "ru": "около {value}",
        "en": "about {value}",
    },
    "trends.period.since_as_of": {
        "kk": "{start} жылдан бері, {date} ж. жағдай бойынша",
        "ru": "с {start} г., на {date}",
        "en": "since {start}, as of {date}",
    },
    "trends.period.recent_years": {
        "kk": "«соңғы жылдарда» (кезеңі көрсетілмеген)",
        "ru": "«в последние годы» (период не указан)",
        "en": "“in recent years” (period not stated)",
    },
    "trends.period.not_stated": {
        "kk": "кезеңі көрсетілмеген",
        "ru": "период не указан",
        "en": "period not stated",
    },
    "trends.unit.persons": {"kk": "адам", "ru": "чел.", "en": "persons"},
    "trends.unit.thousand_persons": {"kk": "мың адам", "ru": "тыс. чел.", "en": "thousand persons"},
    "trends.unit.families": {"kk": "отбасы", "ru": "семей", "en": "families"},
    "trends.unit.per_1000": {
        "kk": "1 000 тұрғынға шаққанда",
        "ru": "на 1 000 жителей",
        "en": "per 1,000 population",
    },
    # ------------------------------------------------------------------ net migration
    "trends.net.title": {
        "kk": "Көші-қон сальдосы, {span}, адам: Бағдарлама мақсатымен салыстыру",
        "ru": "Сальдо миграции, {span}, чел.: сравнение с целью Программы",
        "en": "Net migration, {span}, persons, against the Programme's target",
    },
    "trends.net.total": {
        "kk": "Барлығы (халықаралық көші-қон)",
        "ru": "Всего (международная миграция)",
        "en": "Total (international migration)",
    },
    "trends.net.urban": {
        "kk": "Қалалық жерлер (ішкі көші-қонмен)",
        "ru": "Городская местность (с внутренней миграцией)",
        "en": "Urban areas (incl. internal moves)",
    },
    "trends.net.rural": {
        "kk": "Ауылдық жерлер (ішкі көші-қонмен)",
        "ru": "Сельская местность (с внутренней миграцией)",
        "en": "Rural areas (incl. internal moves)",
    },
    "trends.net.sign.positive": {"kk": "оң", "ru": "положительное", "en": "positive"},
    "trends.net.sign.negative": {"kk": "теріс", "ru": "отрицательное", "en": "negative"},
    "trends.net.sign.zero": {"kk": "нөлдік", "ru": "нулевое", "en": "zero"},
    "trends.net.programme": {
        "kk": "Бағдарлама, {span}",
        "ru": "Программа, {span}",
        "en": "Programme, {span}",
    },
    "trends.net.programme_hover": {
        "kk": "Көші-қон саясатының {span} жылдарға арналған салалық бағдарламасы; "
        "кезеңдері: {stages}; {repealed} ж. күшін жойған",
        "ru": "Отраслевая программа миграционной политики на {span} годы; этапы: "
        "{stages}; утратила силу {repealed}",
        "en": "Migration Policy Sectoral Programme {span}; stages {stages}; repealed {repealed}",
    },
    "trends.net.stage2": {"kk": "2-кезең", "ru": "2-й этап", "en": "stage 2"},
    "trends.net.target": {
        "kk": "Мақсат: {year} жылға қарай теріс сальдо оң сальдоға айналады",
        "ru": "Цель: к {year} г. отрицательное сальдо становится положительным",
        "en": "Target: the negative balance turns positive by {year}",
    },
    "trends.net.target_met": {
        "kk": "{year}: {value}, орындалды",
        "ru": "{year}: {value}, достигнута",
        "en": "{year}: {value}, met",
    },
    "trends.net.target_missed": {
        "kk": "{year}: {value}, орындалмады",
        "ru": "{year}: {value}, не достигнута",
        "en": "{year}: {value}, not met",
    },
    "trends.net.spell": {
        "kk": "Сальдо {sign}: {span} ({years} жыл)",
        "ru": "Сальдо {sign}: {span} (лет: {years})",
        "en": "Balance {sign}: {span} ({years} years)",
    },
    # ------------------------------------------------------------------ migration loss
    "trends.loss.title": {
        "kk": "Көші-қон шығыны, {span} (Бағдарлама деректері)",
        "ru": "Миграционная убыль, {span} (данные Программы)",
        "en": "Migration loss, {span} (the Programme's figures)",
    },
    "trends.loss.per_1000": {
        "kk": "Көшіп кету салдарынан кеміген халық, 1 000 тұрғынға шаққанда",
        "ru": "Убыль населения из-за выезда, на 1 000 жителей",
        "en": "Population lost through emigration, per 1,000",
    },
    "trends.loss.ratio": {
        "kk": "Шығын табиғи өсімнен неше есе асты",
        "ru": "Во сколько раз убыль превысила естественный прирост",
        "en": "Loss as a multiple of the natural increase",
    },
    "trends.loss.parity": {
        "kk": "үзік сызық: табиғи өсімге тең",
        "ru": "пунктир: равна естественному приросту",
        "en": "dashed line: equal to it",
    },
    "trends.loss.gap": {"kk": "дерек жоқ", "ru": "нет данных", "en": "no figure"},
    "trends.loss.gap_hover": {
        "kk": "{year}: Бағдарламада көрсетілмеген",
        "ru": "{year}: в Программе не приводится",
        "en": "{year}: not given in the Programme",
    },
    "trends.loss.ratio_hover": {
        "kk": "Көші-қон шығыны табиғи өсімнен {value} есе асты",
        "ru": "Миграционная убыль превысила естественный прирост в {value} раза",
        "en": "The migration loss was {value} times the natural increase",
    },
    # ------------------------------------------------------------------ emigration
    "trends.emig.title": {
        "kk": "Эмиграция: Бағдарламадағы сандар, мың адам",
        "ru": "Эмиграция: цифры Программы, тыс. человек",
        "en": "Emigration: the Programme's figures, thousand persons",
    },
    "trends.emig.item.net_migration_loss": {
        "kk": "Көші-қон шығыны, {period}, барлығы",
        "ru": "Миграционная убыль за {period}, всего",
        "en": "Migration loss, {period}, total",
    },
    "trends.emig.item.emigrants": {
        "kk": "Көшіп кетушілер, {period} (ең көп)",
        "ru": "Выбывшие, {period} (пик)",
        "en": "Emigrants, {period} (the peak)",
    },
    "trends.emig.item.emigrants_recent_years": {
        "kk": "Жылына көшіп кетушілер, «соңғы жылдарда»",
        "ru": "Выбывшие за год, «в последние годы»",
        "en": "Emigrants a year, “in recent years”",
    },
    "trends.emig.item.emigrants_kazakhs": {
        "kk": "Көшіп кеткен қазақтар, {period}",
        "ru": "Выехавшие казахи, {period}",
        "en": "Kazakh emigrants, {period}",
    },
    "trends.emig.item.emigrants_abroad_germans": {
        "kk": "Шет елдерге кеткен немістер, {period}",
        "ru": "Немцы, выехавшие за рубеж, {period}",
        "en": "Germans who left for abroad, {period}",
    },
    "trends.emig.item.emigrants_abroad_tatars": {
        "kk": "Шет елдерге кеткен татарлар, {period}",
        "ru": "Татары, выехавшие за рубеж, {period}",
        "en": "Tatars who left for abroad, {period}",
    },
    "trends.emig.item.emigrants_abroad_belarusians": {
        "kk": "Шет елдерге кеткен белорустар, {period}",
        "ru": "Белорусы, выехавшие за рубеж, {period}",
        "en": "Belarusians who left for abroad, {period}",
    },
    "trends.emig.kind.year": {
        "kk": "Бір жылдағы",
        "ru": "За один год",
        "en": "One year",
    },
    "trends.emig.kind.total": {
        "kk": "Бірнеше жылдағы жиынтық",
        "ru": "Итог за несколько лет",
        "en": "Total over several years",
    },
    "trends.emig.kind.range": {
        "kk": "Жылына, аралық (кезеңі көрсетілмеген)",
        "ru": "В год, диапазон (период не указан)",
        "en": "A year, range (period not stated)",
    },
    # ------------------------------------------------------------------ composition
    "trends.share.rest_not_stated": {
        "kk": "{group}: көрсетілген үлестердің қосындысы {stated}, қалған {rest} "
        "Бағдарламада көрсетілмеген.",
        "ru": "{group}: указанные доли в сумме {stated}, остальные {rest} в Программе не указаны.",
        "en": "{group}: the stated shares sum to {stated}; the other {rest} is not "
        "stated in the Programme.",
    },
    "trends.ethnic.title": {
        "kk": "Көшіп кетушілер мен көшіп келушілердің ұлттық құрамы, {year}, %",
        "ru": "Национальный состав выбывших и прибывших, {year}, %",
        "en": "Ethnic composition of emigrants and immigrants, {year}, %",
    },
    "trends.ethnic.emigrants": {"kk": "Көшіп кетушілер", "ru": "Выбывшие", "en": "Emigrants"},
    "trends.ethnic.immigrants": {
        "kk": "Көшіп келушілер",
        "ru": "Прибывшие",
        "en": "Immigrants",
    },
    # The immigrants' sentence in the Programme names no year: 2000 comes from the one before.
    "trends.ethnic.title_inferred": {
        "kk": "Көшіп кетушілер ({year}) мен көшіп келушілердің ({year}, жылы мәтіннен "
        "анықталған) ұлттық құрамы, %",
        "ru": "Национальный состав выбывших ({year}) и прибывших ({year}, год выведен из "
        "текста), %",
        "en": "Ethnic composition of emigrants ({year}) and immigrants ({year}, year inferred), %",
    },
    "trends.period_inferred.heading": {
        "kk": "{group} (жылы мәтіннен анықталған)",
        "ru": "{group} (год выведен из текста)",
        "en": "{group} (year inferred)",
    },
    "trends.ethnic.period_inferred": {
        "kk": "{group}: Бағдарламаның бұл сөйлемінде жыл аталмаған; {year} жыл алдыңғы "
        "сөйлемнен (сол жылы көшіп кетушілер туралы) алынған.",
        "ru": "{group}: в этом предложении Программы год не назван; {year} г. выведен из "
        "предыдущего предложения (о выбывших в том же году).",
        "en": "{group}: the Programme's sentence names no year; {year} is inferred from the "
        "sentence before it (on those who left that year).",
    },
    "trends.oralmans.title": {
        "kk": "Оралмандар: келгендер саны және шыққан елдері, %",
        "ru": "Оралманы: число прибывших и страны выхода, %",
        "en": "Oralmans: arrivals and countries of origin, %",
    },
    "trends.oralmans.panel_families": {
        "kk": "{period}: {people} адам ({families} отбасы)",
        "ru": "{period}: {people} чел. ({families} семей)",
        "en": "{period}: {people} people ({families} families)",
    },
    "trends.oralmans.panel": {
        "kk": "{period}: {people} адам",
        "ru": "{period}: {people} чел.",
        "en": "{period}: {people} people",
    },
    "trends.oralmans.rest": {
        "kk": "{period}: көрсетілген елдер {stated}, қалғаны бөлек көрсетілмеген",
        "ru": "{period}: названные страны {stated}, остальное не расписано",
        "en": "{period}: the countries named make up {stated}; the rest is not itemised",
    },
    # ------------------------------------------------------------------ emigrant shares
    "trends.shares.title": {
        "kk": "Көшіп кетушілердің құрамы, {span}: еңбекке жарамды жастағылар мен "
        "білімділердің үлесі, %",
        "ru": "Состав выбывших, {span}: доли трудоспособного возраста и с образованием, %",
        "en": "Emigrants, {span}: working-age and educated shares, %",
    },
    "trends.shares.working_age": {
        "kk": "Еңбекке жарамды жастағылар",
        "ru": "В трудоспособном возрасте",
        "en": "Of working age",
    },
    "trends.shares.education": {
        "kk": "Жоғары, аяқталмаған жоғары немесе арнаулы орта білімділер",
        "ru": "С высшим, неоконченным высшим или средним специальным образованием",
        "en": "With higher, incomplete higher or specialised secondary education",
    },
    "trends.shares.under_working_age": {
        "kk": "Еңбекке жарамды жасқа толмағандар: {range} (кезеңі көрсетілмеген, "
        "сондықтан нүкте ретінде салынбаған)",
        "ru": "Моложе трудоспособного возраста: {range} (период не указан, поэтому "
        "точкой не показано)",
        "en": "Below working age: {range} (no period stated, so not drawn as a point)",
    },
    # ------------------------------------------------------------------ quotas
    "trends.quotas.title": {
        "kk": "Көшіп келу квотасы, {span}, отбасы",
        "ru": "Иммиграционная квота, {span}, семей",
        "en": "Immigration quota, {span}, families",
    },
    "trends.quotas.programme": {
        "kk": "Бағдарламада келтірілген",
        "ru": "Приведена в Программе",
        "en": "As listed in the Programme",
    },
    "trends.quotas.decree": {
        "kk": "Президент Жарлығымен белгіленген",
        "ru": "Установлена указом Президента",
        "en": "Set by presidential decree",
    },
    "trends.quotas.gap": {
        "kk": "{span}: дерек табылмады",
        "ru": "{span}: данные не найдены",
        "en": "{span}: not retrieved",
    },
    "trends.quotas.later_gap": {
        "kk": "{year} жылдан бастапқы квоталар табылмады.",
        "ru": "Квоты с {year} г. не найдены.",
        "en": "Quotas from {year} on were not retrieved.",
    },
    "trends.quotas.kandas_note": {
        "kk": "Қандастар квотасы адам санымен белгіленеді, сондықтан бұл шкалада "
        "көрсетілмеген: {items} адам.",
        "ru": "Квоты для кандасов устанавливаются в людях и на этой шкале не показаны: "
        "{items} чел.",
        "en": "Kandas quotas are set in persons, so they are not on this scale: {items} persons.",
    },
    # ------------------------------------------------------------------ kandas
    "trends.kandas.title": {
        "kk": "Оралмандар (қандастар): 1991 жылдан бері келгендер және мәртебе алғандар",
        "ru": "Оралманы (кандасы): прибывшие с 1991 года и получившие статус",
        "en": "Oralmans (kandas): arrivals since 1991 and status grants",
    },
    "trends.kandas.cumulative_panel": {
        "kk": "1991 жылдан бері келгендер, адам (жиынтық)",
        "ru": "Прибыло с 1991 г., чел. (нарастающим итогом)",
        "en": "Arrived since 1991, persons (cumulative)",
    },
    "trends.kandas.grants_panel": {
        "kk": "Қандас мәртебесін алғандар, адам",
        "ru": "Получили статус кандаса, чел.",
        "en": "Granted kandas status, persons",
    },
    "trends.kandas.programme": {
        "kk": "Бағдарлама: 1991–2000 жылдары келгендер",
        "ru": "Программа: прибывшие в 1991–2000 гг.",
        "en": "Programme: arrivals 1991–2000",
    },
    "trends.kandas.cumulative": {
        "kk": "Министрлік деректері (БАҚ арқылы)",
        "ru": "Данные министерства (по СМИ)",
        "en": "Ministry figures (via news)",
    },
    "trends.kandas.families": {
        "kk": "{value} отбасы",
        "ru": "{value} семей",
        "en": "{value} families",
    },
    "trends.kandas.partial": {
        "kk": "Толық күнтізбелік жыл емес",
        "ru": "Не полный календарный год",
        "en": "Not a full calendar year",
    },
    "trends.kandas.gap_hover": {
        "kk": "{year}: бір жылдық дерек табылмады",
        "ru": "{year}: годовые данные не найдены",
        "en": "{year}: no figure for the year was found",
    },
    "trends.kandas.full_year": {
        "kk": "Күнтізбелік жыл",
        "ru": "Календарный год",
        "en": "Calendar year",
    },
    "trends.kandas.part_year": {
        "kk": "Жылдың бір бөлігі",
        "ru": "Часть года",
        "en": "Part of a year",
    },
    # ------------------------------------------------------------------ readings (one line)
    "trends.reading.net_first": {
        "kk": "Көші-қон сальдосы алғаш рет {year} жылы оң болды",
        "ru": "Сальдо миграции впервые стало положительным в {year} г.",
        "en": "Net migration first turned positive in {year}",
    },
    "trends.reading.net_never": {
        "kk": "Көші-қон сальдосы бірде-бір жылы оң болған жоқ",
        "ru": "Сальдо миграции ни разу не было положительным",
        "en": "Net migration was never positive",
    },
    "trends.reading.net_target_met": {
        "kk": "Бағдарламаның мақсатты {year} жылы: {value}, мақсат орындалды",
        "ru": "в целевом {year} г. Программы: {value}, цель достигнута",
        "en": "in {year}, the Programme's target year, it was {value}: target met",
    },
    "trends.reading.net_target_missed": {
        "kk": "Бағдарламаның мақсатты {year} жылы: {value}, мақсат орындалмады",
        "ru": "в целевом {year} г. Программы: {value}, цель не достигнута",
        "en": "in {year}, the Programme's target year, it was {value}: target not met",
    },
    "trends.reading.net_positive_until": {
        "kk": "{year} жылға дейін оң болып қалды",
        "ru": "оставалось положительным до {year} г.",
        "en": "it stayed positive until {year}",
    },
    "trends.reading.net_negative_until": {
        "kk": "{year} жылға дейін теріс болып қалды",
        "ru": "оставалось отрицательным до {year} г.",
        "en": "it stayed negative until {year}",
    },
    "trends.reading.net_negative_again": {
        "kk": "{span} жылдары қайтадан теріс",
        "ru": "в {span} гг. снова отрицательное",
        "en": "negative again in {span}",
    },
    "trends.reading.net_positive_again": {
        "kk": "{span} жылдары қайтадан оң",
        "ru": "в {span} гг. снова положительное",
        "en": "positive again in {span}",
    },
    "trends.reading.net_positive_since": {
        "kk": "{year} жылдан бері оң",
        "ru": "положительное с {year} г.",
        "en": "positive since {year}",
    },
    "trends.reading.net_negative_since": {
        "kk": "{year} жылдан бері теріс",
        "ru": "отрицательное с {year} г.",
        "en": "negative since {year}",
    },
    "trends.reading.loss": {
        "kk": "Ең жоғары көрсетілген шығын: {year} жылы 1 000 тұрғынға {value}; "
        "шығын табиғи өсімнен асты: {ratios}",
        "ru": "Наибольшая указанная убыль: {value} на 1 000 жителей в {year} г.; "
        "убыль превысила естественный прирост: {ratios}",
        "en": "Highest stated loss: {value} per 1,000 in {year}; the loss exceeded the "
        "natural increase: {ratios}",
    },
    "trends.reading.ratio_item": {
        "kk": "{year} жылы {value} есе",
        "ru": "в {year} г. в {value} раза",
        "en": "{value} times in {year}",
    },
    "trends.reading.emigration": {
        "kk": "{period} жылдардағы көші-қон шығыны: {loss} адам; көшіп кету {year} "
        "жылы ең көп болды: {peak} адам",
        "ru": "Миграционная убыль за {period} гг.: {loss} чел.; пик выезда — {year} г.: "
        "{peak} чел.",
        "en": "Migration loss in {period}: {loss} persons; emigration peaked in {year} at "
        "{peak} persons",
    },
    "trends.reading.ethnic": {
        "kk": "{year} жылы кетушілер арасында ең көбі — {emi_group} ({emi_share}), "
        "келушілер арасында — {imm_group} ({imm_share})",
        "ru": "В {year} г. среди выбывших больше всего — {emi_group} ({emi_share}), "
        "среди прибывших — {imm_group} ({imm_share})",
        "en": "In {year} the largest group among emigrants: {emi_group} ({emi_share}); "
        "among immigrants: {imm_group} ({imm_share})",
    },
    "trends.reading.ethnic_inferred": {
        "kk": "{year} жылы кетушілер арасында ең көбі — {emi_group} ({emi_share}), "
        "келушілер арасында (жылы мәтіннен анықталған) — {imm_group} ({imm_share})",
        "ru": "В {year} г. среди выбывших больше всего — {emi_group} ({emi_share}), "
        "среди прибывших (год выведен из текста) — {imm_group} ({imm_share})",
        "en": "In {year} the largest group among emigrants: {emi_group} ({emi_share}); "
        "among immigrants (year inferred): {imm_group} ({imm_share})",
    },
    "trends.reading.shares": {
        "kk": "Еңбекке жарамды жастағылардың үлесі {first_year} жылы {first}, "
        "{last_year} жылы {last}; білімділердің үлесі {low}–{high} аралығында",
        "ru": "Доля трудоспособного возраста: {first} в {first_year} г., {last} в "
        "{last_year} г.; доля с образованием — от {low} до {high}",
        "en": "Working-age share: {first} in {first_year}, {last} in {last_year}; "
        "educated share between {low} and {high}",
    },
    "trends.reading.oralmans": {
        "kk": "{period} жылдары {people} адам келді, ең көбі — {top} ({share}); "
        "{period2}: ең көбі — {top2} ({share2})",
        "ru": "За {period} гг. прибыло {people} чел., больше всего — {top} ({share}); "
        "{period2}: больше всего — {top2} ({share2})",
        "en": "{people} people arrived in {period}, most from {top} ({share}); "
        "{period2}: most from {top2} ({share2})",
    },
    "trends.reading.quotas": {
        "kk": "Бағдарламадағы квота {first_year} жылы {first} отбасы болса, {last_year} "
        "жылы {last} отбасыға дейін азайды; Жарлықтар {max_span} жылдары жылына "
        "{max} отбасыға дейін белгіледі",
        "ru": "Квота по Программе сократилась с {first} семей в {first_year} г. до "
        "{last} в {last_year} г.; указы установили до {max} семей в год в {max_span} гг.",
        "en": "The Programme's quota fell from {first} families in {first_year} to {last} "
        "in {last_year}; decrees set up to {max} families a year in {max_span}",
    },
    "trends.reading.kandas": {
        "kk": "1991 жылдан бері келгендер: {value} адам ({date} ж. жағдай бойынша); "
        "{period} жылдары — {first} адам",
        "ru": "С 1991 г. прибыло {value} чел. (на {date}); за {period} гг. — {first} чел.",
        "en": "Arrived since 1991: {value} persons (as of {date}); in {period}: {first} persons",
    },
}
