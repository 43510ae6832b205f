"""Interface text of presentation mode: scenes, playing them, and presentation files.

Keys: ``panel.present`` (the tab), ``present.*`` (panel, player and messages) and
``present.error.*`` (why a presentation or its file was refused).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "panel.present": {"kk": "Презентация", "ru": "Презентация", "en": "Presentation"},
    "present.add": {
        "kk": "Көріністі презентацияға қосу",
        "ru": "Добавить вид в презентацию",
        "en": "Add this view to the presentation",
    },
    "present.added": {
        "kk": "«{name}» презентациясына {number}-сахна қосылды.",
        "ru": "Сцена {number} добавлена в презентацию «{name}».",
        "en": "Scene {number} added to “{name}”.",
    },
    "present.default_name": {"kk": "Брифинг", "ru": "Брифинг", "en": "Briefing"},
    "present.heading": {
        "kk": "Презентация: сақталған көріністер",
        "ru": "Презентация: сохранённые виды",
        "en": "Presentation: saved views",
    },
    "present.intro": {
        "kk": "Картаны баптап, «Көріністі презентацияға қосу» батырмасын басыңыз. Әр сахна "
        "картаның сол күйін, тақырыбы мен ескертпесін сақтайды. «Көрсету» толық экранда "
        "ашады: → немесе бос орын — келесі, ← — алдыңғы, Esc — шығу. Презентациялар "
        "серверде сақталады.",
        "ru": "Настройте карту и нажмите «Добавить вид в презентацию». Каждая сцена хранит "
        "это состояние карты, заголовок и заметку. «Показать» открывает её на весь экран: "
        "→ или пробел — дальше, ← — назад, Esc — выход. Презентации хранятся на сервере.",
        "en": "Set up the map, then press “Add this view to the presentation”. Each scene keeps "
        "that view of the map, a title and a note. “Play” shows them full screen: → or Space "
        "for the next, ← for the previous, Esc to leave. Presentations are kept on the server.",
    },
    "present.name": {"kk": "Презентация атауы", "ru": "Название презентации", "en": "Name"},
    "present.saved": {
        "kk": "Сақталған презентациялар",
        "ru": "Сохранённые презентации",
        "en": "Saved presentations",
    },
    "present.new": {"kk": "Жаңа", "ru": "Новая", "en": "New"},
    "present.rename": {"kk": "Атын өзгерту", "ru": "Переименовать", "en": "Rename"},
    "present.renamed": {
        "kk": "Презентация «{name}» деп аталды.",
        "ru": "Презентация переименована в «{name}».",
        "en": "The presentation is now called “{name}”.",
    },
    "present.created": {
        "kk": "«{name}» жаңа презентациясы жасалды.",
        "ru": "Создана новая презентация «{name}».",
        "en": "New presentation “{name}” created.",
    },
    "present.empty": {
        "kk": "Сахна әлі жоқ: картаны баптап, «Көріністі презентацияға қосу» батырмасын басыңыз.",
        "ru": "Сцен пока нет: настройте карту и нажмите «Добавить вид в презентацию».",
        "en": "No scenes yet: set up the map and press “Add this view to the presentation”.",
    },
    "present.scene": {"kk": "{number}-сахна", "ru": "Сцена {number}", "en": "Scene {number}"},
    "present.scene_title": {"kk": "Тақырып", "ru": "Заголовок", "en": "Title"},
    "present.scene_note": {"kk": "Ескертпе", "ru": "Заметка", "en": "Note"},
    "present.up": {"kk": "Жоғары жылжыту", "ru": "Переместить выше", "en": "Move up"},
    "present.down": {"kk": "Төмен жылжыту", "ru": "Переместить ниже", "en": "Move down"},
    "present.remove": {"kk": "Сахнаны жою", "ru": "Удалить сцену", "en": "Delete scene"},
    "present.open": {"kk": "Картада ашу", "ru": "Открыть на карте", "en": "Open on the map"},
    "present.play": {"kk": "Көрсету", "ru": "Показать", "en": "Play"},
    "present.download_json": {
        "kk": "Файл (JSON)",
        "ru": "Файл (JSON)",
        "en": "File (JSON)",
    },
    "present.download_pdf": {
        "kk": "PDF (әр бетте бір сахна)",
        "ru": "PDF (сцена на страницу)",
        "en": "PDF (one scene a page)",
    },
    "present.pdf.heading": {
        "kk": "PDF дайындалуда: «{name}»",
        "ru": "PDF готовится: «{name}»",
        "en": "Preparing the PDF of “{name}”",
    },
    "present.pdf.progress": {
        "kk": "{total} сахнаның {ready} картасы дайын.",
        "ru": "Готово карт: {ready} из {total}.",
        "en": "{ready} of {total} scene maps ready.",
    },
    "present.pdf.waiting": {
        "kk": "Серверде басқа PDF дайындалып жатыр: бұл оның артынан басталады.",
        "ru": "На сервере готовится другой PDF: этот начнётся следом.",
        "en": "Another PDF is being prepared on this server: this one follows.",
    },
    "present.pdf.explain": {
        "kk": "Бұл бет өзі жаңарады; PDF дайын болғанда жүктеледі. Бетті жауып, кейін "
        "қайта ашуға болады: дайын болған бөлігі сақталады.",
        "ru": "Страница обновляется сама; когда PDF будет готов, он скачается. Её можно "
        "закрыть и открыть позже: готовое сохраняется.",
        "en": "This page checks again by itself; the PDF downloads when it is ready. You may "
        "close it and come back later: what is done is kept.",
    },
    "present.pdf.ready": {
        "kk": "«{name}» PDF файлы дайын және жүктеліп жатыр.",
        "ru": "PDF «{name}» готов и скачивается.",
        "en": "The PDF of “{name}” is ready and downloads now.",
    },
    "present.pdf.download": {
        "kk": "Қайта жүктеу",
        "ru": "Скачать ещё раз",
        "en": "Download it again",
    },
    "present.upload": {
        "kk": "Презентация файлын жүктеу (JSON): осында сүйреңіз немесе таңдаңыз",
        "ru": "Загрузить файл презентации (JSON): перетащите сюда или выберите",
        "en": "Load a presentation file (JSON): drop it here or choose it",
    },
    "present.uploaded": {
        "kk": "«{name}» жүктелді: {count} сахна.",
        "ru": "Загружена «{name}»: сцен — {count}.",
        "en": "Loaded “{name}”: {count} scene(s).",
    },
    "present.copy": {
        "kk": "Көшірмесін жасау",
        "ru": "Сделать копию",
        "en": "Make a copy",
    },
    "present.copied": {
        "kk": "Көшірме «{name}» деп сақталды: оны осы браузерде өзгертуге болады.",
        "ru": "Копия сохранена как «{name}»: её можно менять в этом браузере.",
        "en": "Copied as “{name}”: this browser may change the copy.",
    },
    "present.access.own": {
        "kk": "Бұл презентацияны осы браузер жасаған: оны тек осы браузер (немесе әкімші) "
        "өзгерте не жоя алады. Сілтемесі мен файлдары басқаларға тек оқу үшін.",
        "ru": "Эту презентацию создал этот браузер: менять и удалять её может только он "
        "(или администратор). По ссылке и в файлах другие видят её только для чтения.",
        "en": "This browser made this presentation: only this browser (or the administrator) "
        "may change or delete it. Others see its link and files read-only.",
    },
    "present.access.read_only": {
        "kk": "Бұл презентацияны басқа браузер жасаған: мұнда оны тек оқуға болады. "
        "Өзгерту үшін «Көшірмесін жасау» батырмасын басыңыз.",
        "ru": "Эту презентацию создал другой браузер: здесь она только для чтения. "
        "Чтобы менять её, нажмите «Сделать копию».",
        "en": "Another browser made this presentation: it is read-only here. "
        "To change it, press “Make a copy”.",
    },
    "present.access.admin": {
        "kk": "Әкімші кілтімен кез келген презентацияны өзгертуге және жоюға болады.",
        "ru": "С ключом администратора можно менять и удалять любую презентацию.",
        "en": "With the administrator token, any presentation may be changed or deleted.",
    },
    "present.delete": {
        "kk": "Презентацияны жою",
        "ru": "Удалить презентацию",
        "en": "Delete presentation",
    },
    "present.deleted": {
        "kk": "«{name}» презентациясы жойылды.",
        "ru": "Презентация «{name}» удалена.",
        "en": "Presentation “{name}” deleted.",
    },
    "present.previous": {"kk": "Алдыңғы", "ru": "Назад", "en": "Previous"},
    "present.next": {"kk": "Келесі", "ru": "Дальше", "en": "Next"},
    "present.exit": {"kk": "Шығу (Esc)", "ru": "Выход (Esc)", "en": "Exit (Esc)"},
    "present.counter": {
        "kk": "{number} / {total}",
        "ru": "{number} / {total}",
        "en": "{number} / {total}",
    },
    "present.error.not_text": {
        "kk": "Тақырып пен ескертпе мәтін болуы керек.",
        "ru": "Заголовок и заметка должны быть текстом.",
        "en": "Titles and notes must be text.",
    },
    "present.error.name": {
        "kk": "Атау 1–60 таңбадан тұруы керек: әріптер, сандар, бос орын, сызықша; "
        "«/», «\\» немесе «..» болмауы тиіс.",
        "ru": "Название — от 1 до 60 знаков: буквы, цифры, пробел, дефис; без «/», «\\» и «..».",
        "en": "A name has 1–60 characters: letters, digits, spaces, dashes; no “/”, “\\” or “..”.",
    },
    "present.error.busy": {
        "kk": "Презентация қазір басқа өзгерісті сақтап жатыр; қайталап көріңіз.",
        "ru": "Презентация сейчас сохраняет другое изменение; попробуйте ещё раз.",
        "en": "The presentation is saving another change; please try again.",
    },
    "present.error.too_many": {
        "kk": "Бір презентацияда {limit} сахнадан көп болмайды.",
        "ru": "В презентации может быть не больше {limit} сцен.",
        "en": "A presentation holds at most {limit} scenes.",
    },
    "present.error.no_scene": {
        "kk": "{number}-сахна жоқ (презентация басқа терезеде өзгерген болуы мүмкін).",
        "ru": "Сцены {number} нет (возможно, презентацию изменили в другом окне).",
        "en": "There is no scene {number} (the presentation may have changed in another window).",
    },
    "present.error.scene": {
        "kk": "Файлдағы {number}-сахна дұрыс емес: сілтеме, тақырып және ескертпе мәтін "
        "болуы керек.",
        "ru": "Сцена {number} в файле неверна: ссылка, заголовок и заметка должны быть текстом.",
        "en": "Scene {number} in the file is not valid: its url, title and note must be text.",
    },
    "present.error.scene_link": {
        "kk": "Файлдағы {number}-сахнаның сілтемесі бұл атластың көрінісі емес.",
        "ru": "Ссылка сцены {number} в файле не является видом этого атласа.",
        "en": "The link of scene {number} in the file is not a view of this atlas.",
    },
    "present.error.too_big": {
        "kk": "Файл тым үлкен: ең көбі {limit} КБ.",
        "ru": "Файл слишком велик: не больше {limit} КБ.",
        "en": "The file is too large: at most {limit} KB.",
    },
    "present.error.not_json": {
        "kk": "Бұл JSON файлы емес (немесе UTF-8 емес).",
        "ru": "Это не файл JSON (или не в UTF-8).",
        "en": "This is not a JSON file (or not UTF-8).",
    },
    "present.error.not_presentation": {
        "kk": "Бұл файл атлас презентациясы емес.",
        "ru": "Этот файл не является презентацией атласа.",
        "en": "This file is not an atlas presentation.",
    },
    "present.error.version": {
        "kk": "Презентация файлының нұсқасы ({version}) белгісіз.",
        "ru": "Неизвестная версия файла презентации ({version}).",
        "en": "Unknown presentation file version ({version}).",
    },
    "present.error.missing": {
        "kk": "«{name}» презентациясы табылмады.",
        "ru": "Презентация «{name}» не найдена.",
        "en": "There is no presentation called “{name}”.",
    },
    "present.error.read_only": {
        "kk": "«{name}» презентациясын басқа браузер жасаған: оны мұнда өзгертуге не жоюға "
        "болмайды. Өз көшірмеңізді жасау үшін «Көшірмесін жасау» батырмасын басыңыз.",
        "ru": "Презентацию «{name}» создал другой браузер: здесь её нельзя менять или удалять. "
        "Нажмите «Сделать копию», чтобы получить свою.",
        "en": "“{name}” was made in another browser: it cannot be changed or deleted here. "
        "Press “Make a copy” to have one of your own.",
    },
    "present.error.too_many_presentations": {
        "kk": "Серверде ең көбі {limit} презентация сақталады: керегі жоғын жойыңыз немесе "
        "әкімшіге жүгініңіз.",
        "ru": "На сервере хранится не больше {limit} презентаций: удалите ненужную или "
        "обратитесь к администратору.",
        "en": "The server keeps at most {limit} presentations: delete one you no longer need, "
        "or ask the administrator.",
    },
    "present.error.file_too_big": {
        "kk": "«{file}» файлы тым үлкен ({size} КБ): презентация файлы ең көбі {limit} КБ. "
        "Ештеңе жіберілген жоқ.",
        "ru": "Файл «{file}» слишком велик ({size} КБ): файл презентации — не больше "
        "{limit} КБ. Ничего не отправлено.",
        "en": "“{file}” is too large ({size} KB): a presentation file holds at most {limit} KB. "
        "Nothing was sent.",
    },
    "present.error.server_too_big": {
        "kk": "Сервер файлды тым үлкен деп қабылдамады (HTTP 413). Ештеңе өзгерген жоқ.",
        "ru": "Сервер не принял файл: слишком велик (HTTP 413). Ничего не изменилось.",
        "en": "The server refused the file as too large (HTTP 413). Nothing changed.",
    },
    "present.error.upload": {
        "kk": "Файлды оқу мүмкін болмады.",
        "ru": "Не удалось прочитать файл.",
        "en": "The file could not be read.",
    },
}
