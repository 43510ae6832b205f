"""Interface text of the programme panel (kk/ru/en), merged into the catalog.

Facts stay in the data: the action plan's texts in every language are columns of
``data/action_plan.csv``, the numbers and dates of the Programme's acts are columns of its
row in ``data/sources.csv``; the messages here take them as placeholders.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ panel
    "programme.title": {
        "kk": "Көші-қон саясатының 2001–2010 жылдарға арналған салалық бағдарламасы",
        "ru": "Отраслевая программа миграционной политики на 2001–2010 годы",
        "en": "Migration Policy Sectoral Programme 2001–2010",
    },
    "programme.status_line": {
        "kk": "ҚР Үкіметінің {approved_on} № {approved_number} қаулысымен бекітілген; "
        "{repealed_on} № {repealed_number} қаулысымен күші жойылған.",
        "ru": "Утверждена постановлением Правительства РК от {approved_on} № {approved_number}; "
        "утратила силу постановлением от {repealed_on} № {repealed_number}.",
        "en": "Approved by Government Resolution No. {approved_number} of {approved_on}; "
        "repealed by Resolution No. {repealed_number} of {repealed_on}.",
    },
    # The date of a legal act as the acts print it: kk "2001 жылғы 29 қазандағы",
    # ru "29 октября 2001 года", en "29 October 2001".
    "programme.act_date": {
        "kk": "{year} жылғы {day} {month}",
        "ru": "{day} {month} {year} года",
        "en": "{day} {month} {year}",
    },
    "programme.act_month.1": {"kk": "қаңтардағы", "ru": "января", "en": "January"},
    "programme.act_month.2": {"kk": "ақпандағы", "ru": "февраля", "en": "February"},
    "programme.act_month.3": {"kk": "наурыздағы", "ru": "марта", "en": "March"},
    "programme.act_month.4": {"kk": "сәуірдегі", "ru": "апреля", "en": "April"},
    "programme.act_month.5": {"kk": "мамырдағы", "ru": "мая", "en": "May"},
    "programme.act_month.6": {"kk": "маусымдағы", "ru": "июня", "en": "June"},
    "programme.act_month.7": {"kk": "шілдедегі", "ru": "июля", "en": "July"},
    "programme.act_month.8": {"kk": "тамыздағы", "ru": "августа", "en": "August"},
    "programme.act_month.9": {"kk": "қыркүйектегі", "ru": "сентября", "en": "September"},
    "programme.act_month.10": {"kk": "қазандағы", "ru": "октября", "en": "October"},
    "programme.act_month.11": {"kk": "қарашадағы", "ru": "ноября", "en": "November"},
    "programme.act_month.12": {"kk": "желтоқсандағы", "ru": "декабря", "en": "December"},
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
