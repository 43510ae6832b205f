"""Interface text of the profile feature (kk/ru/en), merged into the catalog.

Region names are inserted in the nominative as the gazetteer gives them, so Kazakh and
Russian sentences put a name after a colon or in apposition instead of declining it.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # panel
    "profile.heading": {
        "kk": "Өңір профилі",
        "ru": "Профиль региона",
        "en": "Region profile",
    },
    "profile.empty": {
        "kk": "Өңірдің профилін көру үшін оны картадан басыңыз немесе тізімнен таңдаңыз.",
        "ru": "Щёлкните регион на карте или выберите его из списка, чтобы увидеть его профиль.",
        "en": "Click a region on the map or choose it from the list to see its profile.",
    },
    "profile.close": {
        "kk": "Профильді жабу",
        "ru": "Закрыть профиль",
        "en": "Close the profile",
    },
    # boundary history
    "profile.parent_note": {
        "kk": "{year} жылғы маусымға дейін аумақ мына өңірдің құрамында болды: {parent}. "
        "{year} жылға дейінгі мәндер сол өңірдің тұтас аумағына қатысты (пунктир сызық).",
        "ru": "До июня {year} г. территория входила в состав региона: {parent}. "
        "Значения до {year} г. относятся ко всему этому региону (пунктирная линия).",
        "en": "Part of {parent} until June {year}: values before {year} are {parent}'s "
        "(the larger unit), drawn with a dotted line.",
    },
    "profile.larger_note": {
        "kk": "{year} жылғы маусымға дейін өңір құрамында мына аумақ та болды: {others}. "
        "{year} жылға дейінгі мәндер бұрынғы, кеңірек шекараға қатысты.",
        "ru": "До июня {year} г. в состав региона входила также территория: {others}. "
        "Значения до {year} г. относятся к прежним, более широким границам.",
        "en": "Until June {year} the region also included {others}: values before {year} "
        "are for the larger territory.",
    },
    "profile.former_name": {
        "kk": "Бұрынғы атауы: {name} ({year} жылға дейін)",
        "ru": "Прежнее название: {name} (до {year} г.)",
        "en": "Former name: {name} (until {year})",
    },
    # sparkline hover
    "profile.parent_unit": {
        "kk": "{name} (аумақ құрамында болған өңір)",
        "ru": "{name} (регион, в состав которого входила территория)",
        "en": "{name} (parent unit)",
    },
    "profile.includes": {
        "kk": "{name}: {version} жылғы шекарада, мына аумақпен бірге: {others}",
        "ru": "{name}: в границах {version} г., вместе с территорией: {others}",
        "en": "{name} incl. {others} ({version} boundaries)",
    },
    "profile.model": {
        "kk": "модельдік бағалау, бақыланған дерек емес",
        "ru": "модельная оценка, а не наблюдаемые данные",
        "en": "model estimate, not observed",
    },
    # values and ranks
    "profile.rank": {
        "kk": "{count} өңірдің ішінде {rank}-орын",
        "ru": "{rank}-е место из {count}",
        "en": "rank {rank} of {count}",
    },
    "profile.rank_partial": {
        "kk": "деректері бар {count} өңірдің ішінде {rank}-орын (барлығы {total})",
        "ru": "{rank}-е место из {count} регионов с данными (всего {total})",
        "en": "rank {rank} of {count} regions with data ({total} in all)",
    },
    "profile.other_year": {
        "kk": "{selected} жылға мән жоқ; {year} жылғы мән көрсетілген",
        "ru": "за {selected} г. значения нет; показано значение за {year} г.",
        "en": "no value for {selected}; showing {year}",
    },
    "profile.parent_value": {
        "kk": "аумақ құрамында болған өңірдің мәні: {name}",
        "ru": "значение региона, в состав которого входила территория: {name}",
        "en": "value of {name} (parent unit)",
    },
    "profile.larger_value": {
        "kk": "{version} жылғы кеңірек шекарадағы мән",
        "ru": "значение в прежних, более широких границах {version} г.",
        "en": "value for the larger territory of {version}",
    },
    "profile.other_sources": {
        "kk": "Басқа жылдар: {sources}",
        "ru": "Другие годы: {sources}",
        "en": "Other years: {sources}",
    },
    "profile.no_data": {
        "kk": "Бұл өңір бойынша деректер жоқ: {names}",
        "ru": "Нет данных по этому региону: {names}",
        "en": "No data for this region: {names}",
    },
    # indicator groups
    "profile.group.migration": {"kk": "Көші-қон", "ru": "Миграция", "en": "Migration"},
    "profile.group.population": {"kk": "Халық", "ru": "Население", "en": "Population"},
    "profile.group.labour": {
        "kk": "Еңбек және табыс",
        "ru": "Труд и доходы",
        "en": "Labour and income",
    },
    "profile.group.ecology": {"kk": "Экология", "ru": "Экология", "en": "Ecology"},
    "profile.group.quotas": {
        "kk": "Квоталар және қандастар",
        "ru": "Квоты и кандасы",
        "en": "Quotas and repatriates",
    },
    "profile.group.other": {"kk": "Басқалары", "ru": "Прочее", "en": "Other"},
    # Programme roles
    "profile.roles": {
        "kk": "2001–2010 жылдарға арналған Бағдарламадағы рөлі",
        "ru": "Роль в Программе 2001–2010 гг.",
        "en": "Role in the Programme 2001–2010",
    },
    "profile.roles_none": {
        "kk": "Бағдарламада бұл өңірдің рөлі аталмайды.",
        "ru": "Программа не называет роли этого региона.",
        "en": "The Programme names no role for this region.",
    },
    "profile.section": {
        "kk": "{section}-бөлім",
        "ru": "раздел {section}",
        "en": "section {section}",
    },
    "profile.quote": {
        "kk": "Бағдарлама мәтіні: «{quote}»",
        "ru": "Текст Программы (на казахском языке): «{quote}»",
        "en": "Programme text (Kazakh): “{quote}”",
    },
    "profile.role_via": {
        "kk": "{version} жылғы шекарадағы мына өңір үшін айтылған: {name}",
        "ru": "сказано о регионе в границах {version} г.: {name}",
        "en": "said of {name} in its {version} boundaries",
    },
    # disaster zones
    "profile.zones": {
        "kk": "Апат аймақтары мен полигондар",
        "ru": "Зоны бедствия и полигоны",
        "en": "Disaster zones and test sites",
    },
    "profile.zones_none": {
        "kk": "Бағдарламада аталған аймақтардың ешқайсысы бұл өңірде жоқ.",
        "ru": "Ни одна из зон, названных в Программе, не находится в этом регионе.",
        "en": "None of the zones named in the Programme lies in this region.",
    },
    "profile.zone_via_1997": {
        "kk": "1997 жылғы шекарадағы мына өңірге жатқызылған: {name}; "
        "қазіргі шекара бойынша мына өңірлерде: {today}",
        "ru": "отнесена к региону в границах 1997 г.: {name}; "
        "в нынешних границах находится в регионах: {today}",
        "en": "listed for {name} in its 1997 boundaries; by today's boundaries in {today}",
    },
    "profile.law": {
        "kk": "Құқықтық негізі (ағылшынша): {law}",
        "ru": "Правовая основа (на английском языке): {law}",
        "en": "Legal basis: {law}",
    },
    "profile.no_law": {
        "kk": "Арнайы заң табылмады",
        "ru": "Специальный закон не найден",
        "en": "No specific law found",
    },
    # flows
    "profile.flows": {
        "kk": "Көші-қон ағындары: негізгі бағыттар",
        "ru": "Миграционные потоки: основные направления",
        "en": "Migration flows: main partners",
    },
    "profile.flows_none": {
        "kk": "{year} жылы бұл өңір бойынша ағындар туралы деректер жоқ.",
        "ru": "Данных о потоках для этого региона за {year} г. нет.",
        "en": "No flow data for this region in {year}.",
    },
    "profile.flows_in": {
        "kk": "Келгендер (қайдан)",
        "ru": "Прибытие (откуда)",
        "en": "Arrivals from",
    },
    "profile.flows_out": {
        "kk": "Кеткендер (қайда)",
        "ru": "Выбытие (куда)",
        "en": "Departures to",
    },
    "profile.flows_parent": {
        "kk": "Аумақ құрамында болған өңірдің ағындары: {name}",
        "ru": "Потоки региона, в состав которого входила территория: {name}",
        "en": "Flows of {name}, which then included this region",
    },
    "profile.direction_only": {
        "kk": "тек бағыты, көлемі жоқ",
        "ru": "только направление, без объёма",
        "en": "direction only, no volume",
    },
    "profile.persons": {
        "kk": "{value} адам",
        "ru": "{value} чел.",
        "en": "{value} people",
    },
    "profile.kind.observed": {
        "kk": "Бақыланған ағындар",
        "ru": "Наблюдаемые потоки",
        "en": "Observed flows",
    },
    "profile.kind.model": {
        "kk": "Гравитациялық модель",
        "ru": "Гравитационная модель",
        "en": "Gravity model",
    },
    "profile.kind.schematic": {
        "kk": "Бағдарламада аталған бағыттар",
        "ru": "Направления, названные в Программе",
        "en": "Directions named in the Programme",
    },
    "profile.kind.international": {
        "kk": "Халықаралық көші-қон",
        "ru": "Международная миграция",
        "en": "International migration",
    },
    # where the profile starts: the indicator on the map
    "profile.on_map": {
        "kk": "Картада",
        "ru": "На карте",
        "en": "On the map",
    },
    "profile.count": {
        "kk": "({count})",
        "ru": "({count})",
        "en": "({count})",
    },
    # census revisions on the sparklines
    "profile.revision.label": {
        "kk": "{census} ж. санақ",
        "ru": "перепись {census}",
        "en": "{census} census",
    },
    "profile.revision.between": {
        "kk": "Санақ бойынша қайта есептеу: {year} жылғы 1 қаңтардан бастап халық саны "
        "{census} жылғы санақ қорытындысы бойынша қайта есептелген. Сызық мұнда үзіледі: "
        "секіріс нақты өзгеріс емес, қайта есептеу.",
        "ru": "Пересчёт по итогам переписи: численность населения с 1 января {year} г. "
        "пересчитана по итогам переписи {census} г. Линия здесь прерывается: скачок — это "
        "пересчёт, а не реальное изменение.",
        "en": "Census revision: population from 1 January {year} was recalculated after the "
        "{census} census. The line breaks here: the step is a revision, not a real change.",
    },
    "profile.revision.straddles": {
        "kk": "Санақ бойынша қайта есептеу: {value_year} жылғы мән {census} жылғы санақ "
        "бойынша қайта есептеуге ({year} жылғы 1 қаңтар) дейінгі және кейінгі халық санын "
        "салыстырады. Ол көрші жылдармен сызықпен қосылмай, жеке көрсетілген.",
        "ru": "Пересчёт по итогам переписи: значение {value_year} г. сопоставляет численность "
        "до и после пересчёта по итогам переписи {census} г. (1 января {year} г.). Оно "
        "показано отдельно, без линии к соседним годам.",
        "en": "Census revision: the {value_year} value compares population before and after "
        "its recalculation after the {census} census (1 January {year}). It stands alone, "
        "not joined to the years around it.",
    },
    "profile.revision.gap": {
        "kk": "Санақ бойынша қайта есептеу. {reason}.",
        "ru": "Пересчёт по итогам переписи. {reason}.",
        "en": "Census revision. {reason}.",
    },
    # the chosen region on the map
    "profile.chosen_on_map": {
        "kk": "Таңдалған өңір: {name}",
        "ru": "Выбранный регион: {name}",
        "en": "Chosen region: {name}",
    },
}
