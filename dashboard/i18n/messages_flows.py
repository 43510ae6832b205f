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
    "flows.short.schematic": {"kk": "Бағдарлама", "ru": "Программа", "en": "Programme"},
    "flows.short.international": {
        "kk": "халықаралық",
        "ru": "международные",
        "en": "international",
    },
    "flows.short.observed": {"kk": "бақыланған", "ru": "наблюдаемые", "en": "observed"},
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
        "kk": "Бағдарламаның 1.1-бөлімі бойынша бағыт",
        "ru": "Направление по разделу 1.1 Программы",
        "en": "Direction per Programme section 1.1",
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
        "{decay}. Модельдегі орташа жол ұзақтығы: {trip} км. Өңірден өңірге нақты кесте "
        "жарияланбаған.",
        "ru": "Модельная оценка, не наблюдение. Двусторонне ограниченная гравитационная "
        "модель (итеративная пропорциональная подгонка) на реальных числах прибывших и "
        "выбывших по регионам за {year} год (источник: {source}; {quality}), затухание с "
        "расстоянием β = {decay}. Средняя длина переезда в модели: {trip} км. Таблица "
        "«из региона в регион» не публикуется.",
        "en": "Model estimate, not observed. Doubly-constrained gravity model (iterative "
        "proportional fitting) on the real arrivals and departures by region in {year} "
        "(source: {source}; {quality}), distance decay β = {decay}. Mean modelled trip: "
        "{trip} km. No region-to-region table is published.",
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
        "kk": "Бақыланған ағындар: бағыттар бойынша кесте (дереккөз: {source}).",
        "ru": "Наблюдаемые потоки: таблица по направлениям (источник: {source}).",
        "en": "Observed flows: origin-destination table (source: {source}).",
    },
    "flows.none.model": {
        "kk": "Модельге өңіраралық келу және кету сандары қажет; олар тек {years} "
        "жылдарға бар. Сол жылдардың бірін таңдаңыз.",
        "ru": "Модели нужны числа прибывших и выбывших между регионами; они есть только "
        "за {years}. Выберите один из этих годов.",
        "en": "The model needs interregional arrivals and departures, available for "
        "{years} only. Choose one of those years.",
    },
    "flows.none.observed": {
        "kk": "Деректер пакетінде өңірден өңірге бақыланған кесте жоқ (ҰСБ-ның «бағыттар "
        "бойынша көші-қон» кестесі ашық жарияланбаған).",
        "ru": "В пакете данных нет наблюдаемой таблицы «из региона в регион» (таблица БНС "
        "«миграция по направлениям» публично не опубликована).",
        "en": "The data package has no observed region-to-region table (the BNS "
        "'migration by direction' table is not public).",
    },
    "flows.none.filtered": {
        "kk": "Сүзгіге сәйкес ағын жоқ.",
        "ru": "Нет потоков, отвечающих фильтру.",
        "en": "No flows match the filter.",
    },
    "country.KAZ": {"kk": "Қазақстан", "ru": "Казахстан", "en": "Kazakhstan"},
}
