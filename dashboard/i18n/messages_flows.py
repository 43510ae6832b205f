"""Interface text of the flow layers (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {
    "flows.kind.model": {
        "kk": "Өңіраралық ағындар: модельдік бағалау, бақыланбаған",
        "ru": "Межрегиональные потоки: модельная оценка, не наблюдение",
        "en": "Interregional flows: model estimate, not observed",
    },
    "flows.kind.schematic": {
        "kk": "Бағдарламада көрсетілген бағыттар, өлшенбеген",
        "ru": "Направления, указанные в Программе, не измерены",
        "en": "Directions stated in the Programme, not measured",
    },
    "flows.kind.international": {
        "kk": "Халықаралық көші-қон (жарияланған деректер)",
        "ru": "Международная миграция (опубликованные данные)",
        "en": "International migration (published figures)",
    },
    "flows.kind.observed": {
        "kk": "Өңіраралық ағындар: бақыланған (бағыттар бойынша кесте)",
        "ru": "Межрегиональные потоки: наблюдаемые (таблица по направлениям)",
        "en": "Interregional flows: observed (origin-destination table)",
    },
    "flows.short.model": {"kk": "модель", "ru": "модель", "en": "model"},
    "flows.short.schematic": {
        "kk": "Бағдарлама бағыттары, 2001",
        "ru": "направления Программы, 2001",
        "en": "Programme directions, 2001",
    },
    "flows.short.origins": {
        "kk": "оралмандардың шыққан елдері, {period}",
        "ru": "страны выхода оралманов, {period}",
        "en": "oralmans' countries of origin, {period}",
    },
    "flows.short.emigration": {
        "kk": "эмигранттардың баратын елдері, {period}",
        "ru": "страны выезда эмигрантов, {period}",
        "en": "emigrants' destinations, {period}",
    },
    "flows.short.observed": {"kk": "бақыланған", "ru": "наблюдаемые", "en": "observed"},
    # The legend title of each layer names the period its arrows describe.
    "flows.legend.model": {
        "kk": "Өңіраралық ағындар, {year}: модельдік бағалау, бақыланбаған",
        "ru": "Межрегиональные потоки, {year}: модельная оценка, не наблюдение",
        "en": "Interregional flows, {year}: model estimate, not observed",
    },
    "flows.legend.observed": {
        "kk": "Өңіраралық ағындар, {year}: бақыланған (бағыттар бойынша кесте)",
        "ru": "Межрегиональные потоки, {year}: наблюдаемые (таблица по направлениям)",
        "en": "Interregional flows, {year}: observed (origin-destination table)",
    },
    "flows.legend.schematic": {
        "kk": "2001 жылғы Бағдарлама көрсеткен бағыттар (1.1-бөлім)",
        "ru": "Направления, указанные Программой 2001 г. (раздел 1.1)",
        "en": "Directions stated by the Programme of 2001 (section 1.1)",
    },
    "flows.legend.origins": {
        "kk": "Оралмандардың шыққан елдері, {period}: келгендердің үлесі",
        "ru": "Страны выхода оралманов, {period}: доля прибывших",
        "en": "Oralmans' countries of origin, {period}: share of arrivals",
    },
    "flows.legend.emigration": {
        "kk": "Эмигранттардың баратын елдері, {period}",
        "ru": "Страны выезда эмигрантов, {period}",
        "en": "Emigrants' destinations, {period}",
    },
    "flows.period.1991-2000": {"kk": "1991–2000", "ru": "1991–2000", "en": "1991–2000"},
    "flows.period.2011": {
        "kk": "1991 – 2011 ж. 1 қазан",
        "ru": "1991 – 1 октября 2011",
        "en": "1991 – 1 Oct 2011",
    },
    # Beside the map, short: why a layer has no arrows (the caption under it says more).
    "flows.legend_none.model": {
        "kk": "{year} жылға модельдік ағындар жоқ: модельдің кіріс деректері тек {years} "
        "жылдарға бар",
        "ru": "Нет модельных потоков за {year}: исходные данные модели есть только за {years}",
        "en": "No model flows for {year}: the model's inputs exist for {years} only",
    },
    "flows.legend_none.observed.not_in_table": {
        "kk": "{year} жылға бақыланған ағындар жоқ: кесте тек {years} жылдарды қамтиды",
        "ru": "Нет наблюдаемых потоков за {year}: таблица есть только за {years}",
        "en": "No observed flows for {year}: the table covers {years} only",
    },
    "flows.legend_none.observed.corrupt": {
        "kk": "{year} жылға бақыланған ағындар жоқ: кестенің осы жылғы көшірмесі бүлінген "
        "(кесте бар жылдар: {years})",
        "ru": "Нет наблюдаемых потоков за {year}: копия таблицы за этот год повреждена "
        "(таблица есть за {years})",
        "en": "No observed flows for {year}: that year's copy of the table is corrupt "
        "(tables: {years})",
    },
    "flows.legend_none.observed.partial": {
        "kk": "{year} жылға бақыланған ағындар жоқ: көшірме жылдың бір бөлігін ғана қамтуы "
        "мүмкін (кесте бар жылдар: {years})",
        "ru": "Нет наблюдаемых потоков за {year}: копия, возможно, охватывает лишь часть "
        "года (таблица есть за {years})",
        "en": "No observed flows for {year}: the copy may cover only part of the year "
        "(tables: {years})",
    },
    "flows.legend_none.observed.no_table": {
        "kk": "{year} жылға бақыланған ағындар жоқ: деректер пакетінде кесте жоқ ({years})",
        "ru": "Нет наблюдаемых потоков за {year}: в пакете данных нет таблицы ({years})",
        "en": "No observed flows for {year}: the data package holds no table ({years})",
    },
    # The far end of an arrow abroad: the partner's capital, or the map's edge towards it.
    "flows.partner.city": {"kk": "{city}", "ru": "{city}", "en": "{city}"},
    "flows.partner.towards": {
        "kk": "(бағыты: {city})",
        "ru": "(направление: {city})",
        "en": "(towards {city})",
    },
    "flows.caption.partner_ends": {
        "kk": "Шетелдегі көрсеткілер серіктес елдің астанасында (Natural Earth, елді "
        "мекендер) немесе оған қарай бағытта картаның шетінде аяқталады; дереккөздер "
        "адамдардың елдің нақты қай жерінен келгенін не қайда кеткенін айтпайды.",
        "ru": "Стрелки за рубежом заканчиваются в столице страны-партнёра (Natural Earth, "
        "населённые пункты) или у края карты на пути к ней; источники не говорят, откуда "
        "именно в стране люди прибыли или куда выехали.",
        "en": "Arrows abroad end at the partner country's capital (Natural Earth populated "
        "places) or at the map's edge on the way to it; the sources do not say where in the "
        "country people came from or went to.",
    },
    "control.flow_kind_unavailable": {
        "kk": "{kind} ({year} жылға деректер жоқ)",
        "ru": "{kind} (нет данных за {year})",
        "en": "{kind} (no data for {year})",
    },
    "flows.title_suffix": {
        "kk": "{title} · {kind}",
        "ru": "{title} · {kind}",
        "en": "{title} · {kind}",
    },
    "flows.class_persons": {
        "kk": "{low} – {high} адам",
        "ru": "{low} – {high} чел.",
        "en": "{low} – {high} persons",
    },
    "flows.class_share": {
        "kk": "{low} – {high} %",
        "ru": "{low} – {high} %",
        "en": "{low} – {high} %",
    },
    "flows.schematic_legend": {
        "kk": "тек бағыт, көлемі жоқ",
        "ru": "только направление, без объёма",
        "en": "direction only, no volume",
    },
    "flows.hover.persons": {
        "kk": "{persons} адам",
        "ru": "{persons} чел.",
        "en": "{persons} persons",
    },
    "flows.hover.model": {
        "kk": "Модельдік бағалау, бақыланбаған: {year} жылғы өңіраралық келу мен кету "
        "сандарына негізделген гравитациялық модель (β = {decay})",
        "ru": "Модельная оценка, не наблюдение: гравитационная модель по числу прибывших "
        "и выбывших между регионами за {year} год (β = {decay})",
        "en": "Model estimate, not observed: gravity model on the interregional arrivals "
        "and departures of {year} (β = {decay})",
    },
    "flows.hover.schematic": {
        "kk": "Бағдарламада көрсетілген бағыт (1.1-бөлім), көлемі өлшенбеген",
        "ru": "Направление, указанное в Программе (раздел 1.1), объём не измерен",
        "en": "Direction stated in the Programme (section 1.1), volume not measured",
    },
    "flows.hover.share": {
        "kk": "{period} жылдардағы оралмандардың {share} %",
        "ru": "{share} % оралманов за {period}",
        "en": "{share} % of oralmans, {period}",
    },
    # A count computed from a published share is derived, never published: it says how.
    "flows.hover.count_derived": {
        "kk": "≈ {persons} адам = {share} % × {base} (көрсетілген жиынтық), есептелген сан",
        "ru": "≈ {persons} чел. = {share} % × {base} (названный итог), расчётное число",
        "en": "≈ {persons} persons = {share} % × {base} (the stated total), a computed count",
    },
    "flows.share_not_stated": {
        "kk": "Дереккөзде үлестердің адам санынан ба, әлде отбасы санынан ба алынғаны айтылмаған.",
        "ru": "В источнике не сказано, от числа людей или от числа семей взяты доли.",
        "en": "The source does not say whether its shares are of people or of families.",
    },
    "flows.quality.share_count": {
        "kk": "үлес: {share}; сан: {count}",
        "ru": "доля: {share}; число: {count}",
        "en": "share: {share}; count: {count}",
    },
    "flows.method.share_of_total": {
        "kk": "{share} % × {base} (көрсетілген жиынтық), бүтін адамға дейін дөңгелектелген.",
        "ru": "{share} % × {base} (названный итог), округлено до целого человека.",
        "en": "{share} % × {base} (the stated total), rounded to whole persons.",
    },
    "flows.caption.derived_counts": {
        "kk": "Қалқымалы жазба мен кестедегі сандар (≈) жарияланбаған, есептелген: үлес × "
        "көрсетілген жиынтық ({base} адам).",
        "ru": "Числа (≈) во всплывающей подсказке и в таблице не опубликованы, а рассчитаны: "
        "доля × названный итог ({base} чел.).",
        "en": "The counts (≈) in the hover and the table are not published but computed: "
        "share × the stated total ({base} persons).",
    },
    "flows.caption.model": {
        "kk": "Модельдік бағалау, бақыланбаған. Екі жақты шектелген гравитациялық модель "
        "(итерациялық пропорционалды теңестіру): {year} жылғы өңірлер бойынша нақты келу "
        "және кету сандары (дереккөз: {source}; {quality}), қашықтық бойынша кему β = "
        "{decay}. Модельдегі орташа жол ұзақтығы: {trip} км.",
        "ru": "Модельная оценка, не наблюдение. Двусторонне ограниченная гравитационная "
        "модель (итеративная пропорциональная подгонка) на реальных числах прибывших и "
        "выбывших по регионам за {year} год (источник: {source}; {quality}), затухание с "
        "расстоянием β = {decay}. Средняя длина переезда в модели: {trip} км.",
        "en": "Model estimate, not observed. Doubly-constrained gravity model (iterative "
        "proportional fitting) on the real arrivals and departures by region in {year} "
        "(source: {source}; {quality}), distance decay β = {decay}. Mean modelled trip: "
        "{trip} km.",
    },
    "flows.caption.schematic": {
        "kk": "Бағдарламада көрсетілген бағыттар, өлшенбеген: экологиялық дағдарыс "
        "өңірлерінен және тұрмыс деңгейі бойынша халқы азаятын өңірлерден қабылдаушы "
        "өңірлерге (1.1-бөлім). Сызық қалыңдығы көлемді білдірмейді.",
        "ru": "Направления, указанные в Программе, не измерены: из регионов экологического "
        "кризиса и регионов, теряющих население из-за уровня жизни, в регионы приёма "
        "(раздел 1.1). Толщина линий не означает объём.",
        "en": "Directions stated in the Programme, not measured: out of the "
        "ecological-crisis regions and the regions losing people through living standards, "
        "toward the receiving regions (section 1.1). Line width carries no volume.",
    },
    "flows.caption.international": {
        "kk": "Оралмандардың шыққан елдері, {period}: жарияланған үлестер (дереккөз: "
        "{source}). Тізімде жоқ елдердің үлесі мәтінде көрсетілмеген.",
        "ru": "Страны выхода оралманов, {period}: опубликованные доли (источник: {source}). "
        "Доли остальных стран в тексте не указаны.",
        "en": "Oralman countries of origin, {period}: published shares (source: {source}). "
        "The shares of other countries are not stated.",
    },
    "flows.caption.emigration": {
        "kk": "Эмигранттардың баратын елдері: тек дереккөз атаған елдер үшін жарияланған "
        "сандар (дереккөз: {source}). Қалған елдер бойынша бөлініс жоқ.",
        "ru": "Страны выезда эмигрантов: опубликованные числа только по названным в "
        "источнике странам (источник: {source}). Остальные страны не расписаны.",
        "en": "Emigrants' destinations: published counts, only for the countries the source "
        "names (source: {source}). The other destinations are not itemised.",
    },
    "flows.hover.emigrants": {
        "kk": "{period} жылдары {persons} адам көшіп кетті; барлық {total} эмигранттың {share} %",
        "ru": "{persons} чел. выехали за {period}; {share} % из {total} эмигрантов",
        "en": "{persons} emigrants, {period}; {share} % of all {total} emigrants",
    },
    "flows.caption.observed": {
        "kk": "Бақыланған ағындар, {year}: «өңірден өңірге» кестесі (дереккөз: {source}; "
        "{quality}), {version} жылғы шекаралардың {units} бірлігі бойынша: олардың арасында "
        "{persons} адам көшті.",
        "ru": "Наблюдаемые потоки, {year}: таблица «из региона в регион» (источник: {source}; "
        "{quality}) на {units} единицах границ {version} г.: между ними переехали {persons} "
        "чел.",
        "en": "Observed flows, {year}: region-to-region table (source: {source}; {quality}), "
        "on the {units} units of the boundaries of {version}: {persons} persons moved between "
        "them.",
    },
    "flows.caption.observed_dropped": {
        "kk": "Кестеде {stored} көшу бар; оның {dropped} көшуі {version} жылғы шекаралардың бір "
        "бірлігінің бөліктері арасында болды ({parts}), яғни сол бірліктің ішінде, сондықтан "
        "есепке алынбады.",
        "ru": "В таблице {stored} переездов; {dropped} из них — между частями одной единицы "
        "границ {version} г. ({parts}), то есть внутри неё, и потому не учтены.",
        "en": "The table counts {stored} moves; {dropped} of them were between parts of one "
        "unit of {version} ({parts}), that is within that unit, and are left out.",
    },
    "flows.caption.observed_fit": {
        "kk": "Осы кестенің өз кету және келу сандарындағы гравитациялық модель оны β = {decay} "
        "кезінде r = {r}; SRMSE = {srmse} дәлдікпен қайталайды; ең жақсы сәйкестік β = {best} "
        "кезінде (r = {best_r}; SRMSE = {best_srmse}).",
        "ru": "Гравитационная модель на числах выбывших и прибывших этой же таблицы "
        "воспроизводит её с r = {r}; SRMSE = {srmse} при β = {decay}; лучшее согласие при "
        "β = {best} (r = {best_r}; SRMSE = {best_srmse}).",
        "en": "The gravity model on this table's own departures and arrivals reproduces it "
        "with r = {r}, SRMSE = {srmse} at β = {decay}; the best fit is β = {best} "
        "(r = {best_r}, SRMSE = {best_srmse}).",
    },
    "flows.caption.model_fit": {
        "kk": "Дәл осы модель {year} жылғы бақыланған кестенің ({quality}) өз қорытындыларында "
        "оны β = {decay} кезінде r = {r}; SRMSE = {srmse} дәлдікпен қайталайды; ең жақсы "
        "сәйкестік β = {best} кезінде (r = {best_r}; SRMSE = {best_srmse}).",
        "ru": "Та же модель на итогах наблюдаемой таблицы за {year} ({quality}) воспроизводит "
        "её с r = {r}; SRMSE = {srmse} при β = {decay}; лучшее согласие при β = {best} "
        "(r = {best_r}; SRMSE = {best_srmse}).",
        "en": "The same model on the totals of the observed table of {year} ({quality}) "
        "reproduces it with r = {r}, SRMSE = {srmse} at β = {decay}; the best fit is "
        "β = {best} (r = {best_r}, SRMSE = {best_srmse}).",
    },
    "flows.caption.bns_table": {
        "kk": "ҰСБ «өңірден өңірге» көші-қонды жариялайды (демографиялық жылнама; Талдау, "
        "«бағыттар бойынша көші-қон»); атлас оның {years} жылдарға көшірмесін ({quality}) "
        "«бақыланған» ағындар ретінде көрсетеді.",
        "ru": "БНС публикует миграцию «из региона в регион» (демографический ежегодник; "
        "Талдау, «миграция населения по направлениям»); атлас показывает её копию за {years} "
        "({quality}) как «наблюдаемые» потоки.",
        "en": "The BNS publishes region-to-region migration (demographic yearbook; Taldau "
        "“migration by direction”); the atlas shows a copy of it for {years} ({quality}) as "
        "“observed” flows.",
    },
    "flows.caption.bns_table_none": {
        "kk": "ҰСБ «өңірден өңірге» көші-қонды жариялайды (демографиялық жылнама; Талдау, "
        "«бағыттар бойынша көші-қон»); деректер пакетінде оның көшірмесі жоқ.",
        "ru": "БНС публикует миграцию «из региона в регион» (демографический ежегодник; "
        "Талдау, «миграция населения по направлениям»); в пакете данных её копии нет.",
        "en": "The BNS publishes region-to-region migration (demographic yearbook; Taldau "
        "“migration by direction”); the data package holds no copy of it.",
    },
    "flows.none.model": {
        "kk": "Модельге өңіраралық келу және кету сандары қажет; олар тек {years} "
        "жылдарға бар. Сол жылдардың бірін таңдаңыз.",
        "ru": "Модели нужны числа прибывших и выбывших между регионами; они есть только "
        "за {years}. Выберите один из этих годов.",
        "en": "The model needs interregional arrivals and departures, available for "
        "{years} only. Choose one of those years.",
    },
    "flows.none.observed.corrupt": {
        "kk": "{year} жылға бақыланған ағындар жоқ: «өңірден өңірге» кестесінің осы жылғы "
        "көшірмесі бүлінген (көп жұп айнадай: A→B = B→A), сондықтан ол пайдаланылмайды. "
        "Бақыланған жылдар: {years}.",
        "ru": "Нет наблюдаемых потоков за {year} год: копия таблицы «из региона в регион» за "
        "этот год повреждена (многие пары зеркальны: A→B = B→A), поэтому она не используется. "
        "Годы с наблюдениями: {years}.",
        "en": "No observed flows for {year}: the copy of the region-to-region table is corrupt "
        "for that year (many pairs are mirror images, A→B = B→A), so it is left out. Observed "
        "years: {years}.",
    },
    "flows.none.observed.partial": {
        "kk": "{year} жылға бақыланған ағындар жоқ: кестенің осы жылғы көшірмесі жылдың бір "
        "бөлігін ғана қамтуы мүмкін, сондықтан ол пайдаланылмайды. Бақыланған жылдар: {years}.",
        "ru": "Нет наблюдаемых потоков за {year} год: копия таблицы за этот год, возможно, "
        "охватывает лишь часть года, поэтому она не используется. Годы с наблюдениями: "
        "{years}.",
        "en": "No observed flows for {year}: the copy of the table for that year may cover "
        "only part of the year, so it is left out. Observed years: {years}.",
    },
    "flows.none.observed.not_in_table": {
        "kk": "{year} жылға бақыланған ағындар жоқ: атластағы «өңірден өңірге» кесте тек "
        "{years} жылдарды қамтиды.",
        "ru": "Нет наблюдаемых потоков за {year} год: таблица «из региона в регион» в атласе "
        "есть только за {years}.",
        "en": "No observed flows for {year}: the region-to-region table in the atlas covers "
        "{years} only.",
    },
    "flows.none.observed.no_table": {
        "kk": "{year} жылға бақыланған ағындар жоқ: деректер пакетінде «өңірден өңірге» кесте "
        "жоқ. ҰСБ оны жариялайды («бағыттар бойынша көші-қон»); талдаушы оны импорттай алады.",
        "ru": "Нет наблюдаемых потоков за {year} год: в пакете данных нет таблицы «из региона в "
        "регион». БНС её публикует («миграция населения по направлениям»); аналитик может её "
        "импортировать.",
        "en": "No observed flows for {year}: the data package holds no region-to-region table. "
        "The BNS publishes one (“migration by direction”); an analyst can import it.",
    },
    "flows.none.filtered": {
        "kk": "Сүзгіге сәйкес ағын жоқ.",
        "ru": "Нет потоков, отвечающих фильтру.",
        "en": "No flows match the filter.",
    },
    "country.KAZ": {"kk": "Қазақстан", "ru": "Казахстан", "en": "Kazakhstan"},
}
