"""Interface text of the Programme scorecard (kk/ru/en): the panel, its table and verdicts,
its method note, the verdict lines in the roles' hover, and its file twin.

Verdict keys are ``scorecard.verdict.<code>`` with the codes of
:func:`dashboard.datasets.scorecard.verdict`; role categories ``scorecard.category.<key>``.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The tab: short, as eight tabs share one row at 1366 px (the panel's title says it all).
    "panel.scorecard": {"kk": "Қорытынды", "ru": "Итоги", "en": "Scorecard"},
    "scorecard.title": {
        "kk": "Бағдарлама не айтты және не болды: өңірлердің көші-қон сальдосы, 2001–2010",
        "ru": "Что говорила Программа и что произошло: сальдо миграции по регионам, 2001–2010",
        "en": "What the Programme said and what happened: net migration by region, 2001–2010",
    },
    "scorecard.intro": {
        "kk": "Бағдарлама картасындағы әр өңір (1997 жылғы 16 бірлік): оның Бағдарлама "
        "мәтініндегі рөлі, бірінші (2001–2005) және екінші (2006–2010) кезеңдердегі көші-қон "
        "сальдосының қосындысы, соның 1000 адамға шаққандағы мәні және осы сандардан "
        "есептелген қорытынды.",
        "ru": "Каждый регион на карте Программы (16 единиц 1997 г.): его роль в тексте "
        "Программы, измеренное сальдо миграции, просуммированное за I этап (2001–2005) и "
        "II этап (2006–2010), то же на 1000 человек населения и вывод, вычисленный по этим "
        "числам.",
        "en": "Each region of the Programme's map (the 16 units of 1997): its role in the "
        "Programme's text, its measured net migration summed over stage 1 (2001–2005) and "
        "stage 2 (2006–2010), the same per 1,000 population, and a verdict computed from "
        "these numbers.",
    },
    "scorecard.national.heading": {
        "kk": "Ел бойынша мақсат",
        "ru": "Цель для страны в целом",
        "en": "The national aim",
    },
    "scorecard.regions.heading": {"kk": "Өңірлер", "ru": "Регионы", "en": "Regions"},
    "scorecard.method.heading": {
        "kk": "Әдісі мен ескертпелер",
        "ru": "Метод и оговорки",
        "en": "Method and caveats",
    },
    # ----------------------------------------------------------------- the national aim
    "scorecard.national.stage1.label": {
        "kk": "1-кезеңнің мақсаты (2001–2005): көші-қонның теріс сальдосын төмендету",
        "ru": "Цель I этапа (2001–2005): снижение отрицательного сальдо миграции",
        "en": "Stage 1 aim (2001–2005): lower the negative migration balance",
    },
    "scorecard.national.result.label": {
        "kk": "Күтілетін нәтиже: көші-қонның теріс сальдосы оң сальдоға өзгереді (2010 жылға "
        "қарай)",
        "ru": "Ожидаемый результат: отрицательное сальдо миграции сменяется положительным "
        "(к 2010 г.)",
        "en": "Expected result: the negative migration balance turns positive (by 2010)",
    },
    "scorecard.national.stage1.lowered_turned": {
        "kk": "Орындалды: елдің көші-қон сальдосы 2001 жылғы {first} адамнан 2005 жылы {last} "
        "адамға дейін өсті және {year} жылы оң болды.",
        "ru": "Выполнено: сальдо миграции страны выросло с {first} человек в 2001 г. до {last} "
        "в 2005 г. и стало положительным в {year} г.",
        "en": "Achieved: the country's net migration rose from {first} persons in 2001 to "
        "{last} in 2005 and turned positive in {year}.",
    },
    "scorecard.national.stage1.lowered": {
        "kk": "Орындалды: елдің көші-қон сальдосы 2001 жылғы {first} адамнан 2005 жылы {last} "
        "адамға дейін өсті, бірақ теріс болып қалды.",
        "ru": "Выполнено: сальдо миграции страны выросло с {first} человек в 2001 г. до {last} "
        "в 2005 г., оставаясь отрицательным.",
        "en": "Achieved: the country's net migration rose from {first} persons in 2001 to "
        "{last} in 2005; it stayed negative.",
    },
    "scorecard.national.stage1.not_lowered": {
        "kk": "Орындалмады: елдің көші-қон сальдосы 2001 жылғы {first} адамнан 2005 жылы "
        "{last} адамға дейін төмендеді.",
        "ru": "Не выполнено: сальдо миграции страны снизилось с {first} человек в 2001 г. до "
        "{last} в 2005 г.",
        "en": "Not achieved: the country's net migration fell from {first} persons in 2001 to "
        "{last} in 2005.",
    },
    "scorecard.national.stage1.no_data": {
        "kk": "Бағаланбайды: 2001 немесе 2005 жылға ел бойынша ресми сан жоқ.",
        "ru": "Оценить нельзя: нет официального значения по стране за 2001 или 2005 г.",
        "en": "Cannot be scored: no official national figure for 2001 or 2005.",
    },
    "scorecard.national.result.positive": {
        "kk": "Орындалды: 2010 жылы {value} адам; {since} жылдан бастап әр жыл сайын оң.",
        "ru": "Выполнено: {value} человек в 2010 г.; положительное в каждом году начиная с "
        "{since} г.",
        "en": "Achieved: {value} persons in 2010; positive in every year since {since}.",
    },
    "scorecard.national.result.not_positive": {
        "kk": "Орындалмады: 2010 жылы {value} адам.",
        "ru": "Не выполнено: {value} человек в 2010 г.",
        "en": "Not achieved: {value} persons in 2010.",
    },
    "scorecard.national.result.no_data": {
        "kk": "Бағаланбайды: 2010 жылға ел бойынша ресми сан жоқ.",
        "ru": "Оценить нельзя: нет официального значения по стране за 2010 г.",
        "en": "Cannot be scored: no official national figure for 2010.",
    },
    "scorecard.national.quote": {
        "kk": "{section}: «{text}»",
        "ru": "{section}: «{text}»",
        "en": "{section}: “{text}”",
    },
    "scorecard.national.source": {
        "kk": "Ел бойынша ресми қатар: {source} ({quality})",
        "ru": "Официальный ряд по стране: {source} ({quality})",
        "en": "Official national series: {source} ({quality})",
    },
    # ---------------------------------------------------------------------- the table
    "scorecard.col.role": {
        "kk": "Бағдарламадағы рөлі",
        "ru": "Роль в Программе",
        "en": "Role in the Programme",
    },
    "scorecard.col.net": {
        "kk": "Сальдо {period}, адам",
        "ru": "Сальдо {period}, чел.",
        "en": "Net migration {period}, persons",
    },
    "scorecard.col.per_1000": {
        "kk": "{period}, 1000 адамға",
        "ru": "{period}, на 1000 чел.",
        "en": "{period}, per 1,000",
    },
    "scorecard.col.years": {
        "kk": "{period}: есепке алынған жылдар",
        "ru": "{period}: учтённые годы",
        "en": "{period}: years counted",
    },
    "scorecard.col.verdict": {
        "kk": "Қорытынды, {period}",
        "ru": "Вывод, {period}",
        "en": "Verdict, {period}",
    },
    "scorecard.col.national": {
        "kk": "Ел бойынша көші-қон сальдосы, адам",
        "ru": "Сальдо миграции по стране, чел.",
        "en": "National net migration, persons",
    },
    "scorecard.category.receiving": {"kk": "қабылдаушы", "ru": "принимающий", "en": "receiving"},
    "scorecard.category.losing": {
        "kk": "халқы кететін",
        "ru": "теряющий население",
        "en": "losing people",
    },
    "scorecard.category.ecological_crisis": {
        "kk": "экологиялық дағдарыс аймағы",
        "ru": "зона экологического кризиса",
        "en": "ecological crisis",
    },
    "scorecard.category.unfavourable_ecology": {
        "kk": "экологиясы қолайсыз",
        "ru": "неблагоприятная экология",
        "en": "unfavourable ecology",
    },
    "scorecard.category.none": {
        "kk": "мәтінде рөлі жоқ",
        "ru": "роли в тексте нет",
        "en": "no role in the text",
    },
    "scorecard.years.all": {
        "kk": "барлық {total} жыл",
        "ru": "все {total} лет",
        "en": "all {total} years",
    },
    "scorecard.years.partial": {
        "kk": "{total} жылдың {counted} жылы; {gaps}",
        "ru": "{counted} из {total} лет; {gaps}",
        "en": "{counted} of {total} years; {gaps}",
    },
    "scorecard.gap.census_2009": {
        "kk": "{year}: дерек жоқ — халық саны 2009 жылғы санақ бойынша қайта есептелген",
        "ru": "{year}: нет данных — численность пересчитана по переписи 2009 г.",
        "en": "{year}: no data, population recalculated after the 2009 census",
    },
    "scorecard.gap.census_2021": {
        "kk": "{year}: дерек жоқ — халық саны 2021 жылғы санақ бойынша қайта есептелген",
        "ru": "{year}: нет данных — численность пересчитана по переписи 2021 г.",
        "en": "{year}: no data, population recalculated after the 2021 census",
    },
    "scorecard.gap.other": {
        "kk": "{year}: дерек жоқ",
        "ru": "{year}: нет данных",
        "en": "{year}: no data",
    },
    # ------------------------------------------------------------------------ verdicts
    "scorecard.verdict.gained_as_described": {
        "kk": "сальдо оң — Бағдарлама сипаттағандай",
        "ru": "миграционный прирост, как и описывала Программа",
        "en": "gained, as the Programme described",
    },
    "scorecard.verdict.lost_as_described": {
        "kk": "сальдо теріс болып қала берді — Бағдарлама сипаттағандай",
        "ru": "миграционная убыль продолжилась, как и описывала Программа",
        "en": "kept losing, as the Programme described",
    },
    "scorecard.verdict.lost_although_receiving": {
        "kk": "сальдо теріс, бірақ Бағдарлама оны қабылдаушы өңір деп атаған",
        "ru": "миграционная убыль, хотя Программа назвала его принимающим регионом",
        "en": "lost, although the Programme called it receiving",
    },
    "scorecard.verdict.gained_although_losing": {
        "kk": "сальдо оң, бірақ Бағдарлама оны халқы кететін өңір деп сипаттаған",
        "ru": "миграционный прирост, хотя Программа описывала его как теряющий население",
        "en": "gained, although the Programme described it as losing people",
    },
    "scorecard.verdict.gained_no_direction": {
        "kk": "сальдо оң; мәтін көші-қон бағытын емес, қолайсыз экологияны атайды",
        "ru": "миграционный прирост; текст называет неблагоприятную экологию, а не "
        "направление миграции",
        "en": "gained; the text names its unfavourable ecology, not a direction of migration",
    },
    "scorecard.verdict.lost_no_direction": {
        "kk": "сальдо теріс; мәтін көші-қон бағытын емес, қолайсыз экологияны атайды",
        "ru": "миграционная убыль; текст называет неблагоприятную экологию, а не "
        "направление миграции",
        "en": "lost; the text names its unfavourable ecology, not a direction of migration",
    },
    "scorecard.verdict.gained_no_role": {
        "kk": "сальдо оң; мәтінде рөлі жоқ",
        "ru": "миграционный прирост; роли в тексте нет",
        "en": "gained; no role in the text",
    },
    "scorecard.verdict.lost_no_role": {
        "kk": "сальдо теріс; мәтінде рөлі жоқ",
        "ru": "миграционная убыль; роли в тексте нет",
        "en": "lost; no role in the text",
    },
    "scorecard.verdict.gained_mixed": {
        "kk": "сальдо оң; мәтін оны әрі қабылдаушы, әрі халқы кететін өңір деп атайды",
        "ru": "миграционный прирост; текст называет его и принимающим, и теряющим население",
        "en": "gained; the text calls it both receiving and losing",
    },
    "scorecard.verdict.lost_mixed": {
        "kk": "сальдо теріс; мәтін оны әрі қабылдаушы, әрі халқы кететін өңір деп атайды",
        "ru": "миграционная убыль; текст называет его и принимающим, и теряющим население",
        "en": "lost; the text calls it both receiving and losing",
    },
    "scorecard.verdict.no_change": {
        "kk": "сальдо нөлге тең",
        "ru": "сальдо равно нулю",
        "en": "no net change",
    },
    "scorecard.verdict.no_data": {
        "kk": "дерек жоқ",
        "ru": "нет данных",
        "en": "no data",
    },
    # ----------------------------------------------------------------------- the method
    "scorecard.method.balance": {
        "kk": "{method}. ҰСБ өңірлік көші-қон сальдосын тек 2023 жылдан бастап жариялайды; "
        "2001–2010 жылдардың мәндері есептелген, сенімділігі: «{quality}».",
        "ru": "{method}. Региональное сальдо миграции БНС публикует только с 2023 г.; значения "
        "2001–2010 гг. рассчитаны, надёжность: «{quality}».",
        "en": "{method}. BNS publishes regional net migration only from 2023; the values of "
        "2001–2010 are computed, quality: “{quality}”.",
    },
    "scorecard.method.missing": {
        "kk": "{stage}-кезеңнің ({period}) қосындылары {total} жылдың {counted} жылын "
        "қамтиды, {years} жылсыз.",
        "ru": "Суммы {stage}-го этапа ({period}) охватывают {counted} из {total} лет, без "
        "{years} г.",
        "en": "Stage {stage} ({period}) sums cover {counted} of {total} years, without {years}.",
    },
    "scorecard.method.rate": {
        "kk": "1000 адамға: кезең қосындысы кезеңнің бірінші жылының 1 қаңтарындағы халық "
        "санына (ҰСБ) бөлініп, 1000-ға көбейтілген.",
        "ru": "На 1000 человек: сумма за этап, делённая на численность населения на 1 января "
        "первого года этапа (БНС) и умноженная на 1000.",
        "en": "Per 1,000: the stage sum divided by the population on 1 January of the stage's "
        "first year (BNS), times 1,000.",
    },
    "scorecard.method.verdict": {
        "kk": "Қорытынды: кезең қосындысының таңбасы (оң немесе теріс) Бағдарламаның өңір "
        "туралы айтқанымен салыстырылады: қабылдаушы өңірлерде халық көбейеді; халқы "
        "кететін және экологиялық дағдарыс өңірлерінде азаяды; экологиясы қолайсыз жаңа "
        "аудандар үшін мәтін көші-қон бағытын атамайды.",
        "ru": "Вывод: знак суммы за этап (прирост или убыль) сопоставлен с тем, что Программа "
        "говорит о регионе: принимающие регионы прирастают; теряющие население и зоны "
        "экологического кризиса теряют; для новых районов с неблагоприятной экологией "
        "направление миграции в тексте не указано.",
        "en": "Verdict: the sign of the stage sum (gain or loss) set against what the "
        "Programme says about the region: receiving regions gain; regions losing people and "
        "ecological crisis regions lose; for the new areas of unfavourable ecology the text "
        "states no direction of migration.",
    },
    "scorecard.method.roles": {
        "kk": "Рөлдер: Бағдарлама 1.1 және 1.2-бөлімдерде атаған өңірлер, оның өз картасында "
        "(1997 жылғы 16 бірлік); ешбір өңірді атамайтын тұжырымдар («солтүстік, батыс және "
        "шығыс аймақтар», 2-кезеңдегі қоныс аудару) ешбір өңірге берілмейді.",
        "ru": "Роли: регионы, которые Программа называет в разделах 1.1 и 1.2, на её "
        "собственной карте (16 единиц 1997 г.); утверждения, не называющие регионов "
        "(«северные, западные и восточные регионы», переселение на II этапе), не отнесены "
        "ни к одному региону.",
        "en": "Roles: the regions the Programme names in sections 1.1 and 1.2, on its own map "
        "(the 16 units of 1997); statements that name no region (“the northern, western and "
        "eastern regions”, the stage-2 resettlement) are given to none.",
    },
    "scorecard.method.stages": {
        "kk": "Кезеңдер: 2001–2005 (2-бөлім) және 2006–2010 (3.2-бөлім; паспортта 2-кезең "
        "2005–2010 деп берілген, сонда 2005 жыл екі рет саналар еді). 2-кезең жоспарланған "
        "жылдары бойынша өлшенеді.",
        "ru": "Этапы: 2001–2005 (раздел 2) и 2006–2010 (раздел 3.2; в паспорте II этап — "
        "2005–2010, тогда 2005 г. был бы учтён дважды). II этап измерен за его плановые годы.",
        "en": "Stages: 2001–2005 (section 2) and 2006–2010 (section 3.2; the passport dates "
        "stage 2 2005–2010, which would count 2005 twice). Stage 2 is measured over its "
        "planned years.",
    },
    "scorecard.method.national": {
        "kk": "Ел бойынша мақсат ресми ұлттық қатармен бағаланады ({source}); ел бойынша "
        "барлық ағындар сальдосы сыртқы көші-қон сальдосына тең.",
        "ru": "Цель для страны оценена по официальному ряду ({source}); для страны в целом "
        "сальдо по всем потокам равно сальдо внешней миграции.",
        "en": "The national aim is scored against the official national series ({source}); "
        "for the country as a whole, net migration by all flows is international migration.",
    },
    "scorecard.method.flag": {
        "kk": "{region}, {year}: {text}",
        "ru": "{region}, {year}: {text}",
        "en": "{region}, {year}: {text}",
    },
    # -------------------------------------------------------------- the roles' hover
    "scorecard.hover.heading": {
        "kk": "Бағдарлама қорытындысы — өлшенген көші-қон сальдосы (баланс әдісі, ҰСБ деректері):",
        "ru": "Итоги Программы — измеренное сальдо миграции (балансовый метод, данные БНС):",
        "en": "Scorecard: measured net migration (demographic balance, BNS figures):",
    },
    "scorecard.hover.heading_via": {
        "kk": "Бағдарлама қорытындысы — өлшенген көші-қон сальдосы, {name} (1997 жылғы шекаралар; "
        "баланс әдісі, ҰСБ деректері):",
        "ru": "Итоги Программы — измеренное сальдо миграции, {name} (границы 1997 г.; "
        "балансовый метод, данные БНС):",
        "en": "Scorecard: measured net migration of {name} (1997 boundaries; demographic "
        "balance, BNS figures):",
    },
    "scorecard.hover.stage": {
        "kk": "{period}: {net} адам ({rate} 1000 адамға; {years}) — {verdict}",
        "ru": "{period}: {net} чел. ({rate} на 1000; {years}) — {verdict}",
        "en": "{period}: {net} persons ({rate} per 1,000; {years}): {verdict}",
    },
}
