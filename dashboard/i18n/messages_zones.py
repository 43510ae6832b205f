"""Interface text of the zones feature (kk/ru/en), merged into the catalog.

Disaster zones (Programme §1.2, the 1992 laws), the Programme's regional roles (§1.1) and
the Aral Sea chart. Terms follow the official ones: "экологиялық апат аймағы" / "зона
экологического бедствия"; the zone classes as the laws name them ("зона экологической
катастрофы", "зона предкризисного состояния", "зона минимального радиационного риска").
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- zones layer
    "zones.legend": {
        "kk": "Экологиялық апат аймақтары (Бағдарлама, {section}-бөлім)",
        "ru": "Зоны экологического бедствия (Программа, разд.\u00a0{section})",
        "en": "Ecological disaster zones (Programme §{section})",
    },
    "zones.marker_located": {
        "kk": "Аймақтың дереккөзде көрсетілген нүктесі",
        "ru": "Точка зоны, указанная в источнике",
        "en": "Zone site at a sourced point",
    },
    "zones.marker_placed": {
        "kk": "Аймақ белгісі шекарасының ішінде (орны көрсетілмеген)",
        "ru": "Значок зоны внутри её контура (место не указано)",
        "en": "Zone marker inside its outline (no sourced point)",
    },
    "zones.markers": {
        "kk": "Экологиялық апат аймақтарының белгілері",
        "ru": "Значки зон экологического бедствия",
        "en": "Ecological disaster zone markers",
    },
    "zones.kind.nuclear_test_site": {
        "kk": "Ядролық сынақ полигоны",
        "ru": "Ядерный испытательный полигон",
        "en": "Nuclear test site",
    },
    "zones.kind.ecological_disaster_area": {
        "kk": "Экологиялық апат аймағы",
        "ru": "Зона экологического бедствия",
        "en": "Ecological disaster area",
    },
    "zones.kind.military_test_range": {
        "kk": "Әскери сынақ полигоны",
        "ru": "Военный испытательный полигон",
        "en": "Military test range",
    },
    "zones.kind.test_site_unidentified": {
        "kk": "Полигон: Бағдарламада аталған, нысаны анықталмаған",
        "ru": "Полигон: назван в Программе, объект не установлен",
        "en": "Test site named in the Programme; the site is not identified",
    },
    "zones.hover.programme": {
        "kk": "Бағдарлама, {section}-бөлім: «{quote}»",
        "ru": "Программа, разд.\u00a0{section}: «{quote}»",
        "en": "Programme §{section}: “{quote}”",
    },
    "zones.hover.law": {
        "kk": "Құқықтық негізі: {laws}",
        "ru": "Правовая основа: {laws}",
        "en": "Legal basis: {laws}",
    },
    "zones.hover.no_law": {
        "kk": "Құқықтық негізі: аймақты белгілейтін акт табылмады",
        "ru": "Правовая основа: акт, устанавливающий зону, не найден",
        "en": "Legal basis: no act defining a zone was found",
    },
    "zones.hover.facts": {
        "kk": "Белгілі деректер: {facts}",
        "ru": "Что известно: {facts}",
        "en": "What is known: {facts}",
    },
    "zones.hover.facts_source": {
        "kk": "Деректердің көзі: {sources} ({quality})",
        "ru": "Источник сведений: {sources} ({quality})",
        "en": "Source of these facts: {sources} ({quality})",
    },
    "zones.hover.drawn_oblast": {
        "kk": "Контур: аймақ орналасқан облыстар ({regions}), аймақтың өз шекарасы емес",
        "ru": "Контур: области, в которых лежит зона ({regions}), а не граница самой зоны",
        "en": "Outline: the oblasts containing the zone ({regions}), not the zone's own boundary",
    },
    "zones.hover.drawn_district": {
        "kk": "Контур: 1992 жылғы заңда аталған аудандар (аудандар қабаты: {layer})",
        "ru": "Контур: районы, перечисленные в законе 1992 г. (слой районов: {layer})",
        "en": "Outline: districts listed by the 1992 law (district layer: {layer})",
    },
    "zones.hover.class": {
        "kk": "{zone_class} ({article}-бап): {districts}",
        "ru": "{zone_class} (ст. {article}): {districts}",
        "en": "{zone_class} (Art. {article}): {districts}",
    },
    "zones.hover.list_incomplete": {
        "kk": "1992 жылғы заңның аудандары, тізім толық емес",
        "ru": "районы закона 1992 г., список неполный",
        "en": "districts of the 1992 law, list incomplete",
    },
    "zones.hover.partial": {
        "kk": "ауданның бір бөлігі",
        "ru": "часть района",
        "en": "part of the district",
    },
    "zones.hover.district_gap": {
        "kk": "Заңның тек табылған тізімдері сызылды; оның басқа аймақтарының тізімдері "
        "табылмады (дерек жоқ)",
        "ru": "Нарисованы только найденные списки закона; списки его других зон не найдены "
        "(нет данных)",
        "en": "Only the lists retrieved from the law are drawn; the lists of its other zones "
        "were not retrieved (gap)",
    },
    "zones.hover.not_drawn": {
        "kk": "Заңда аталған, бірақ аудандар қабатында бірлігі жоқ (сызылмаған) аудандар: {count}",
        "ru": "Районов закона без единицы в слое районов (не нарисованы): {count}",
        "en": "Districts of the law with no unit in the district layer (not drawn): {count}",
    },
    "zones.hover.codes_source": {
        "kk": "Аудандардың ӘАОЖ (КАТО) кодтары: {source}",
        "ru": "Коды КАТО районов: {source}",
        "en": "District KATO codes: {source}",
    },
    "zones.hover.point_sourced": {
        "kk": "Белгі: анықтамалық нүкте, {lat}° с. е., {lon}° ш. б. ({source})",
        "ru": "Значок: опорная точка, {lat}° с. ш., {lon}° в. д. ({source})",
        "en": "Marker: reference point {lat}° N, {lon}° E ({source})",
    },
    "zones.hover.point_oblast": {
        "kk": "Белгі контурдың ішіне қойылған: аймақ облыстар бойынша көрсетілген, нақты "
        "орны белгіленбеген",
        "ru": "Значок поставлен внутри контура: зона показана по областям, её точное место "
        "не указано",
        "en": "Marker placed inside the outline: the zone is drawn by oblast, not located "
        "precisely",
    },
    "zones.hover.point_district": {
        "kk": "Белгі контурдың ішіне қойылған: аймақ аудандар бойынша көрсетілген, нақты "
        "орны белгіленбеген",
        "ru": "Значок поставлен внутри контура: зона показана по районам, её точное место "
        "не указано",
        "en": "Marker placed inside the outline: the zone is drawn by district, not located "
        "precisely",
    },
    # Zone classes of the 1992 laws (zone_districts.zone_class).
    "zones.class.ecological_catastrophe": {
        "kk": "Экологиялық катастрофа аймағы",
        "ru": "Зона экологической катастрофы",
        "en": "Zone of ecological catastrophe",
    },
    "zones.class.ecological_crisis": {
        "kk": "Экологиялық дағдарыс аймағы",
        "ru": "Зона экологического кризиса",
        "en": "Zone of ecological crisis",
    },
    "zones.class.pre_crisis": {
        "kk": "Дағдарыс алдындағы жағдай аймағы",
        "ru": "Зона предкризисного состояния",
        "en": "Zone of pre-crisis state",
    },
    "zones.class.extraordinary_radiation_risk": {
        "kk": "Төтенше радиациялық тәуекел аймағы",
        "ru": "Зона чрезвычайного радиационного риска",
        "en": "Zone of extraordinary radiation risk",
    },
    "zones.class.maximal_radiation_risk": {
        "kk": "Ең жоғары радиациялық тәуекел аймағы",
        "ru": "Зона максимального радиационного риска",
        "en": "Zone of maximal radiation risk",
    },
    "zones.class.increased_radiation_risk": {
        "kk": "Жоғары радиациялық тәуекел аймағы",
        "ru": "Зона повышенного радиационного риска",
        "en": "Zone of increased radiation risk",
    },
    "zones.class.minimal_radiation_risk": {
        "kk": "Ең төменгі радиациялық тәуекел аймағы",
        "ru": "Зона минимального радиационного риска",
        "en": "Zone of minimal radiation risk",
    },
    "zones.source": {
        "kk": "Дереккөз: {sources} ({quality})",
        "ru": "Источник: {sources} ({quality})",
        "en": "Source: {sources} ({quality})",
    },
    # ---------------------------------------------------------------- Aral Sea chart
    "zones.aral.title": {
        "kk": "Арал теңізі су айдынының ауданы, мың км²",
        "ru": "Площадь водной поверхности Аральского моря, тыс. км²",
        "en": "Aral Sea water area, thousand km²",
    },
    "zones.aral.caveat": {
        "kk": "Екінші реттік дереккөз (ЮНЕСКО, үшінші тараптың көшірмесі); 2018 жылдан "
        "кейінгі мәндер алынбады",
        "ru": "Вторичный источник (ЮНЕСКО в передаче третьей стороны); значения после "
        "2018 г. отклонены",
        "en": "Secondary source (UNESCO via a third-party transcription); values after 2018 "
        "rejected",
    },
    "zones.aral.total": {"kk": "Бүкіл теңіз", "ru": "Всё море", "en": "Whole sea"},
    "zones.aral.large": {
        "kk": "Үлкен (Оңтүстік) Арал",
        "ru": "Большой (Южный) Арал",
        "en": "Large (South) Aral",
    },
    "zones.aral.small": {
        "kk": "Кіші (Солтүстік) Арал",
        "ru": "Малый (Северный) Арал",
        "en": "Small (North) Aral",
    },
    "zones.aral.large_parts": {
        "kk": "батыс бөлігі {west} + шығыс бөлігі {east}",
        "ru": "западная часть {west} + восточная часть {east}",
        "en": "western basin {west} + eastern basin {east}",
    },
    "zones.aral.unit": {"kk": "мың км²", "ru": "тыс. км²", "en": "thousand km²"},
    # ---------------------------------------------------------------- Programme roles
    "roles.legend": {
        "kk": "{label} (Бағдарлама, {section}-бөлім)",
        "ru": "{label} (Программа, разд.\u00a0{section})",
        "en": "{label} (Programme §{section})",
    },
    "roles.legend_title": {
        "kk": "Бағдарламадағы өңірлердің рөлі ({section}-бөлім)",
        "ru": "Роли регионов в Программе (разд.\u00a0{section})",
        "en": "Regions' roles in the Programme (§{section})",
    },
    "role.receiving": {
        "kk": "Көші-қонды қабылдайтын өңір",
        "ru": "Регион приёма мигрантов",
        "en": "Receiving region",
    },
    "role.ecological_crisis_outflow": {
        "kk": "Экологиялық дағдарыс аймағынан көшіп кету",
        "ru": "Отток из зоны экологического кризиса",
        "en": "Out-migration from an ecological crisis area",
    },
    "role.losing_living_standards": {
        "kk": "Тұрмыс деңгейіне байланысты көші-қон шығыны",
        "ru": "Миграционные потери из-за уровня жизни",
        "en": "Migration loss due to living standards",
    },
    "role.highest_emigration_loss_2000": {
        "kk": "2000 жылы көшіп кету шығыны ең жоғары",
        "ru": "Наибольшие потери от эмиграции в 2000 г.",
        "en": "Highest emigration loss in 2000",
    },
    "role.new_unfavourable_ecology_area": {
        "kk": "Экологиясы қолайсыз жаңа аудан",
        "ru": "Новый район с неблагоприятной экологией",
        "en": "New area with unfavourable ecology",
    },
    "role.most_affected_by_migration_loss": {
        "kk": "Көші-қон шығынына көбірек ұшыраған",
        "ru": "Наиболее затронут миграционными потерями",
        "en": "Most affected by migration loss",
    },
    "role.resettlement_destination_stage2": {
        "kk": "Қоныс аудару бағыты (2-кезең)",
        "ru": "Направление переселения (2-й этап)",
        "en": "Resettlement destination (stage 2)",
    },
    "roles.hover.via": {
        "kk": "Бағдарлама «{name}» туралы айтады (1997 жылғы шекаралар); бұл бірлік соның "
        "бөлігі болған",
        "ru": "Программа говорит о регионе «{name}» (границы 1997 г.); эта единица была его частью",
        "en": "The Programme names {name} (1997 boundaries); this unit was part of it",
    },
    "roles.hover.note": {
        "kk": "Ескертпе (ағылшынша): {note}",
        "ru": "Примечание (на английском): {note}",
        "en": "Note: {note}",
    },
}
