"""Interface text of the programme panel (kk/ru/en), merged into the catalog.

Besides the interface messages (``MESSAGES``), this module keeps ``ACTION_PLAN_RU``: the
Russian renderings of the action-plan cells. ``data/action_plan.csv`` has Kazakh (original)
and English columns only; until it gains ``*_ru`` columns, the panel takes the Russian text
from here (``dashboard.datasets.programme`` prefers the CSV columns when they exist).
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ panel
    "programme.title": {
        "kk": "Көші-қон саясатының 2001–2010 жылдарға арналған салалық бағдарламасы",
        "ru": "Отраслевая программа миграционной политики на 2001–2010 годы",
        "en": "Migration Policy Sectoral Programme 2001–2010",
    },
    "programme.status_line": {
        "kk": "ҚР Үкіметінің 2001 жылғы 29 қазандағы № 1371 қаулысымен бекітілген; "
        "2008 жылғы 1 желтоқсандағы № 1122 қаулысымен күші жойылған.",
        "ru": "Утверждена постановлением Правительства РК от 29 октября 2001 года № 1371; "
        "утратила силу постановлением от 1 декабря 2008 года № 1122.",
        "en": "Approved by Government Resolution No. 1371 of 29 October 2001; "
        "repealed by Resolution No. 1122 of 1 December 2008.",
    },
    "programme.cite_section": {
        "kk": "{citation}, {section}",
        "ru": "{citation}, {section}",
        "en": "{citation}, {section}",
    },
    "programme.section.number": {
        "kk": "{section}-бөлім",
        "ru": "раздел {section}",
        "en": "section {section}",
    },
    "programme.section.passport": {
        "kk": "Бағдарлама паспорты",
        "ru": "паспорт Программы",
        "en": "the Programme's passport",
    },
    "programme.translation_note": {
        "kk": "Бағдарлама мәтіні түпнұсқа тілінде, қазақша беріліп отыр.",
        "ru": "Тексты Программы на русском языке — перевод проекта с казахского оригинала, "
        "а не официальный русский текст Программы.",
        "en": "The Programme's texts in English are the project's translation of the Kazakh "
        "original, not an official translation.",
    },
    # ------------------------------------------------------------------ aims
    "programme.aims.heading": {
        "kk": "Бағдарламаның мақсаттары мен міндеттері",
        "ru": "Цели и задачи Программы",
        "en": "Aims and tasks of the Programme",
    },
    "programme.stage.whole": {
        "kk": "Бағдарлама тұтас алғанда, {period}",
        "ru": "Программа в целом, {period}",
        "en": "The Programme as a whole, {period}",
    },
    "programme.stage.1": {
        "kk": "1-кезең, {period}",
        "ru": "Этап 1, {period}",
        "en": "Stage 1, {period}",
    },
    "programme.stage.2": {
        "kk": "2-кезең, {period}",
        "ru": "Этап 2, {period}",
        "en": "Stage 2, {period}",
    },
    "programme.stage.results": {
        "kk": "Күтілетін нәтижелер",
        "ru": "Ожидаемые результаты",
        "en": "Expected results",
    },
    "programme.kind.aim": {"kk": "Мақсаты", "ru": "Цель", "en": "Aim"},
    "programme.kind.task": {
        "kk": "Негізгі міндеттері",
        "ru": "Основные задачи",
        "en": "Main tasks",
    },
    "programme.kind.result": {"kk": "Нәтиже", "ru": "Результат", "en": "Result"},
    "programme.period": {
        "kk": "{period} жж.",
        "ru": "{period} гг.",
        "en": "{period}",
    },
    # ------------------------------------------------------------------ regional statements
    "programme.regions.heading": {
        "kk": "Бағдарламада аталған өңірлер",
        "ru": "Регионы, названные в Программе",
        "en": "Regions named in the Programme",
    },
    "programme.regions.help": {
        "kk": "Тұжырымды таңдаңыз: ол айтылған өңірлер картада белгіленеді. "
        "Өңірлер 1997 жылғы шекаралармен (Бағдарлама кезіндегі 16 бірлік) берілген.",
        "ru": "Выберите утверждение, чтобы выделить его регионы на карте. "
        "Регионы даны в границах 1997 года (16 единиц на момент принятия Программы).",
        "en": "Choose a statement to highlight its regions on the map. "
        "Regions are given in their 1997 boundaries (the 16 units at the time of the Programme).",
    },
    "programme.regions.unmapped": {
        "kk": "Мәтінде нақты облыстар аталмаған, сондықтан картада ештеңе белгіленбейді.",
        "ru": "В тексте не названы конкретные области, поэтому на карте ничего не выделяется.",
        "en": "The text names no particular oblasts, so nothing is highlighted on the map.",
    },
    "programme.regions.quote": {
        "kk": "Бағдарлама, {section}: «{quote}»",
        "ru": "Программа, {section}, текст на казахском языке: «{quote}»",
        "en": "Programme, {section}, Kazakh text: “{quote}”",
    },
    "programme.role.receiving": {
        "kk": "Халықты қабылдайтын өңірлер",
        "ru": "Регионы, принимающие население",
        "en": "Regions receiving population",
    },
    "programme.role.ecological_crisis_outflow": {
        "kk": "Экологиялық дағдарыс аймақтары: халықтың көшіп кетуі жоғары",
        "ru": "Зоны экологического кризиса: высокий отток населения",
        "en": "Ecological crisis regions: high out-migration",
    },
    "programme.role.losing_living_standards": {
        "kk": "Тұрмыс деңгейіне байланысты халықтың көші-қон шығыны",
        "ru": "Миграционная убыль населения из-за уровня жизни",
        "en": "Migration loss of population due to living standards",
    },
    "programme.role.highest_emigration_loss_2000": {
        "kk": "2000 жылы көшіп кету шығынының ең жоғары пайызы",
        "ru": "Наибольший процент убыли от эмиграции в 2000 году",
        "en": "Highest percentage of emigration loss in 2000",
    },
    "programme.role.new_unfavourable_ecology_area": {
        "kk": "Экологиясы мүлде қолайсыз жаңа аудандар",
        "ru": "Новые районы с крайне неблагоприятной экологией",
        "en": "New areas of extremely unfavourable ecology",
    },
    "programme.role.most_affected_by_migration_loss": {
        "kk": "Көші-қон шығынына әсіресе ұшырап отырған солтүстік, батыс және шығыс аймақтар",
        "ru": "Северные, западные и восточные регионы, особенно подверженные миграционной убыли",
        "en": "Northern, western and eastern regions, most affected by migration loss",
    },
    "programme.role.resettlement_destination_stage2": {
        "kk": "2-кезең: халықтың бір бөлігін солтүстік және орталық облыстарға көшіру",
        "ru": "Этап 2: переселение части населения в северные и центральные области",
        "en": "Stage 2: resettling part of the population to the northern and central oblasts",
    },
    # ------------------------------------------------------------------ action plan
    "programme.plan.heading": {
        "kk": "Бағдарламаны іске асыру жөніндегі 2001–2005 жылдарға арналған іс-шаралар жоспары",
        "ru": "План мероприятий по реализации Программы на 2001–2005 годы",
        "en": "Action plan for implementing the Programme, 2001–2005",
    },
    "programme.plan.search": {
        "kk": "Жоспардан іздеу",
        "ru": "Поиск по плану",
        "en": "Search the plan",
    },
    "programme.plan.search_placeholder": {
        "kk": "мысалы: оралман, босқын, ІІМ",
        "ru": "например: оралман, справочник, юстиции",
        "en": "e.g. oralman, refugee, Justice",
    },
    "programme.plan.group": {"kk": "Бағыт", "ru": "Направление", "en": "Group"},
    "programme.plan.group_all": {
        "kk": "Барлық бағыттар",
        "ru": "Все направления",
        "en": "All groups",
    },
    "programme.plan.group_option": {
        "kk": "{group}. {label}",
        "ru": "{group}. {label}",
        "en": "{group}. {label}",
    },
    "programme.plan.body": {
        "kk": "Жауапты орган",
        "ru": "Ответственный орган",
        "en": "Responsible body",
    },
    "programme.plan.body_all": {
        "kk": "Барлық органдар",
        "ru": "Все органы",
        "en": "All bodies",
    },
    "programme.plan.body_option": {
        "kk": "{name} ({abbr})",
        "ru": "{name} ({abbr})",
        "en": "{name} ({abbr})",
    },
    "programme.plan.count": {
        "kk": "Көрсетілді: {shown} іс-шара ({total} ішінен)",
        "ru": "Показано мероприятий: {shown} из {total}",
        "en": "Showing {shown} of {total} measures",
    },
    "programme.plan.empty": {
        "kk": "Сүзгіге сай іс-шара жоқ.",
        "ru": "Нет мероприятий, отвечающих условиям поиска.",
        "en": "No measure matches the search.",
    },
    "programme.plan.source": {
        "kk": "Дереккөз: {citation}, 6-бөлім. Әр жол Бағдарламаның жоспарынан алынған.",
        "ru": "Источник: {citation}, раздел 6. Каждая строка взята из плана Программы.",
        "en": "Source: {citation}, section 6. Every row is taken from the Programme's plan.",
    },
    "programme.plan.deleted_note": {
        "kk": "{number}-тармақ алынып тасталған: ол жасырылмай, сызылған мәтінмен және "
        "«Алынып тасталды» белгісімен көрсетіледі.",
        "ru": "Пункт {number} исключён: он не скрыт, а показан зачёркнутым, "
        "с отметкой «Исключено».",
        "en": "Item {number} was deleted: it is not hidden but shown struck through "
        "and marked “Deleted”.",
    },
    "programme.plan.bodies_note": {
        "kk": "Бағдарламада органдар қысқартылған атаулармен берілген; толық атаулары — "
        "жобаның ашып жазуы, ресми тізіммен салыстырылмаған.",
        "ru": "В Программе органы названы сокращениями; полные названия — расшифровка "
        "проекта, не сверенная с официальным перечнем.",
        "en": "The Programme names the bodies by abbreviation; the full names are the "
        "project's expansions, not checked against an official list.",
    },
    "programme.col.number": {"kk": "№", "ru": "№", "en": "No."},
    "programme.col.group": {"kk": "Бағыт", "ru": "Направление", "en": "Group"},
    "programme.col.measure": {"kk": "Іс-шара", "ru": "Мероприятие", "en": "Measure"},
    "programme.col.form": {
        "kk": "Аяқтау нысаны",
        "ru": "Форма завершения",
        "en": "Form of completion",
    },
    "programme.col.responsible": {
        "kk": "Орындалуына жауаптылар",
        "ru": "Ответственные за исполнение",
        "en": "Responsible for execution",
    },
    "programme.col.deadline": {
        "kk": "Орындау мерзімі",
        "ru": "Срок исполнения",
        "en": "Deadline",
    },
    "programme.col.status": {"kk": "Күйі", "ru": "Статус", "en": "Status"},
    "programme.status.active": {"kk": "Жоспарда", "ru": "В плане", "en": "In the plan"},
    "programme.status.deleted": {
        "kk": "Алынып тасталды",
        "ru": "Исключено",
        "en": "Deleted",
    },
    "programme.by_agreement": {
        "kk": "(келісім бойынша)",
        "ru": "(по согласованию)",
        "en": "(by agreement)",
    },
    # Bodies the plan writes out in full rather than by abbreviation (kk = as printed).
    "programme.body.akims": {
        "kk": "облыстардың, Астана және Алматы қалаларының әкімдері",
        "ru": "акимы областей, городов Астаны и Алматы",
        "en": "akims of the oblasts and of the cities of Astana and Almaty",
    },
    "programme.body.family-women-commission": {
        "kk": "Отбасы және әйелдер істері жөніндегі ұлттық комиссия",
        "ru": "Национальная комиссия по делам семьи и женщин",
        "en": "National Commission for Family and Women's Affairs",
    },
}

# Russian renderings of the action-plan cells (project translations of the Kazakh original,
# not the official Russian text of the Programme). Keys: group id, form code, item number.
ACTION_PLAN_RU: dict[str, dict[str, str]] = {
    "group": {
        "1.1": "Иммиграция",
        "2.1": "Эмиграция",
        "3.1": "Внутренняя миграция",
        "4.1": "Формирование законодательной политики в сфере миграции",
        "5.1": "Меры по регулированию миграции населения",
    },
    "form": {
        "info": "Информация в Правительство Республики Казахстан",
        "report": "Отчёт в Правительство Республики Казахстан",
        "drafts": "Проекты нормативных правовых актов",
    },
    "measure": {
        "1.1.1": "Создать информационную базу данных по иммиграции",
        "1.1.2": "Подготовить справочник о стране для прибывающих в Республику Казахстан",
        "1.1.3": "Изучить возможность создания республиканского адаптационного центра "
        "по приёму оралманов",
        "1.1.4": "Разработать проект плана мероприятий по социальной поддержке "
        "и трудоустройству оралманов",
        "1.1.5": "Разработать механизм выделения средств на возвратной основе семьям "
        "репатриантов (оралманов) для приобретения жилья",
        "1.1.6": "Исключён постановлением Правительства Республики Казахстан "
        "от 17 апреля 2002 года № 444",
        "1.1.7": "Создать информационную базу данных по беженцам",
        "1.1.8": "Разработать систему контроля за скрытой (нелегальной) иммиграцией",
        "2.1.1": "Подготовить справочник о зарубежных странах для выезжающих "
        "из Республики Казахстан",
        "2.1.2": "Разработать механизм регулирования и контроля внешней трудовой миграции, "
        "при необходимости содействовать защите и возвращению казахстанских "
        "трудовых мигрантов",
        "2.1.3": "Внедрить мониторинг эмиграционных настроений в Республике Казахстан",
        "2.1.4": "Содействовать добровольному возвращению беженцев",
        "3.1.1": "Провести социальное исследование внутренней миграции",
        "4.1.1": "Совершенствовать систему пограничного и паспортного контроля "
        "в соответствии с международными стандартами",
        "4.1.2": "Разработать и совершенствовать законодательную базу в сфере "
        "предотвращения торговли людьми",
        "4.1.3": "Проводить работу по обучению оралманов правовым основам "
        "национального законодательства",
        "4.1.4": "Создать Республиканскую централизованную комиссию по определению "
        "статуса беженцев",
        "5.1.1": "Вести теле- и радиопередачи под рубриками «Наши соотечественники "
        "за рубежом», «Мы родились в Казахстане» и другими",
        "5.1.2": "Проводить международные научно-практические конференции, семинары, "
        "симпозиумы по вопросам миграции",
        "5.1.3": "Проводить стажировки сотрудников центральных исполнительных органов, "
        "занимающихся вопросами миграции, в международных и республиканских учебных "
        "центрах и повышать их квалификацию",
        "5.1.4": "Проводить мероприятия по обучению детей оралманов в школах, колледжах "
        "и высших учебных заведениях страны",
        "5.1.5": "Провести «День оралманов»",
    },
    "deadline": {
        "1.1.1": "октябрь 2004 г.",
        "1.1.2": "июль 2002–2003 гг.",
        "1.1.3": "декабрь 2005 г.",
        "1.1.4": "октябрь 2002 г.",
        "1.1.5": "декабрь 2005 г.",
        "1.1.7": "декабрь 2005 г.",
        "1.1.8": "декабрь 2003 г.",
        "2.1.1": "июль 2002–2003 гг.",
        "2.1.2": "декабрь 2003 г.",
        "2.1.3": "ежегодно в феврале, начиная с 2003 г.",
        "2.1.4": "ежегодно в октябре",
        "3.1.1": "июль 2003 г.",
        "4.1.1": "декабрь 2002 г.",
        "4.1.2": "декабрь 2002 г.",
        "4.1.3": "ежегодно в апреле",
        "4.1.4": "июль 2002 г.",
        "5.1.1": "ежегодно в январе",
        "5.1.2": "ежегодно в январе",
        "5.1.3": "ежегодно в декабре",
        "5.1.4": "ежегодно в октябре",
        "5.1.5": "январь 2003 г.",
    },
}
