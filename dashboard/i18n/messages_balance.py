"""Messages of the demographic balance method (regional net migration before 2023): the
method, the years it cannot give and the region-years it flags."""

MESSAGES: dict[str, dict[str, str]] = {
    "balance.method": {
        "kk": "Баланс әдісімен есептелген: {next} жылғы 1 қаңтардағы халық саны минус {year} "
        "жылғы 1 қаңтардағы халық саны минус {year} жылғы табиғи өсім (ҰСБ деректері)",
        "ru": "Рассчитано балансовым методом: население на 1 января {next} г. минус население "
        "на 1 января {year} г. минус естественный прирост {year} г. (данные БНС)",
        "en": "Derived by the demographic balance: population on 1 January {next} minus "
        "population on 1 January {year} minus natural increase in {year} (BNS figures)",
    },
    "balance.method_short": {
        "kk": "баланс әдісімен есептелген",
        "ru": "рассчитано балансовым методом",
        "en": "derived by the balance method",
    },
    "balance.method_any": {
        "kk": "Баланс әдісімен есептелген: келесі жылғы 1 қаңтардағы халық саны минус 1 "
        "қаңтардағы халық саны минус жылдағы табиғи өсім (ҰСБ деректері)",
        "ru": "Рассчитано балансовым методом: население на 1 января следующего года минус "
        "население на 1 января минус естественный прирост за год (данные БНС)",
        "en": "Derived by the demographic balance: population on 1 January of the next year "
        "minus population on 1 January minus natural increase in the year (BNS figures)",
    },
    "balance.caption": {
        "kk": "{indicator}: ҰСБ өңірлік мәндерді тек 2023 жылдан бастап жариялайды. {method}.",
        "ru": "{indicator}: региональные значения БНС публикует только с 2023 г. {method}.",
        "en": "{indicator}: BNS publishes regional values only from 2023. {method}.",
    },
    "balance.sums": {
        "kk": "Өңірлердің қосындысы ({total}) ел бойынша ресми сальдоға тең.",
        "ru": "Сумма по регионам ({total}) равна официальному сальдо по стране.",
        "en": "The regions sum to the official national figure ({total}).",
    },
    "balance.sum_differs": {
        "kk": "Өңірлердің қосындысы {total}, ел бойынша ресми сальдо {national}.",
        "ru": "Сумма по регионам {total}, официальное сальдо по стране {national}.",
        "en": "The regions sum to {total}; the official national figure is {national}.",
    },
    "balance.gap.census_2009": {
        "kk": "Өңірлік мән жоқ: 2009 жылғы 1 қаңтардағы халық саны 2009 жылғы санақ бойынша "
        "қайта есептелген, сондықтан баланс көші-қонды көрсетпейді",
        "ru": "Нет регионального значения: численность на 1 января 2009 г. пересчитана по "
        "итогам переписи 2009 г., поэтому баланс не отражает миграцию",
        "en": "No regional value: population on 1 January 2009 was recalculated after the 2009 "
        "census, so the balance is not migration",
    },
    "balance.gap.census_2021": {
        "kk": "Өңірлік мән жоқ: 2022 жылғы 1 қаңтардағы халық саны 2021 жылғы санақ бойынша "
        "қайта есептеліп, 2022 жылғы жаңа облыстар бойынша берілген, сондықтан баланс "
        "көші-қонды көрсетпейді",
        "ru": "Нет регионального значения: численность на 1 января 2022 г. пересчитана по "
        "итогам переписи 2021 г. и дана по новым областям 2022 г., поэтому баланс не "
        "отражает миграцию",
        "en": "No regional value: population on 1 January 2022 was recalculated after the 2021 "
        "census and is given for the new oblasts of 2022, so the balance is not migration",
    },
    "balance.flag.almaty_2014": {
        "kk": "Ерекше жыл: 2014 жылы Алматы облысының аумағының бір бөлігі Алматы қаласына "
        "берілген сияқты (1 қаңтардағы халық саны қарама-қарсы бағытта өзгерді); бұл "
        "айырма көші-қон емес",
        "ru": "Необычный год: в 2014 г. часть территории Алматинской области, по-видимому, "
        "передана г. Алматы (численность на 1 января изменилась в противоположных "
        "направлениях); эта разница — не миграция",
        "en": "Unusual year: in 2014 part of Almaty region's territory appears to have passed "
        "to Almaty city (their 1 January populations moved in opposite directions); that "
        "difference is not migration",
    },
    "balance.flag.south_split": {
        "kk": "Бөліну жылы: жыл соңындағы халық саны 2017 жылғы 1 қаңтардағы Түркістан облысы "
        "мен Шымкенттің қосындысы",
        "ru": "Год разделения: численность на конец года — сумма Туркестанской области и "
        "Шымкента на 1 января 2017 г.",
        "en": "Year of the split: the end population is Turkistan region plus Shymkent on "
        "1 January 2017",
    },
    "balance.flag.south_split_2017": {
        "kk": "Бөлінгеннен кейінгі бірінші жыл: 2017 жылғы 1 қаңтардағы халық саны ҰСБ-ның "
        "ретроспективті бөлуінен алынған",
        "ru": "Первый год после разделения: численность на 1 января 2017 г. взята из "
        "ретроспективного разделения БНС",
        "en": "First year after the split: population on 1 January 2017 is BNS's retrospective "
        "split",
    },
    "balance.flag.check": {
        "kk": "Ерекше мән: шекараның өзгеруі мүмкін, бірақ тексерілмеген",
        "ru": "Необычное значение: возможно изменение границ, не проверено",
        "en": "Unusual value: a boundary change is possible but was not verified",
    },
    "export.method": {
        "kk": "Әдісі және ескертпелер",
        "ru": "Метод и примечания",
        "en": "Method and notes",
    },
    "data.col.note": {"kk": "Ескерту", "ru": "Примечание", "en": "Note"},
}
