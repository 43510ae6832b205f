"""The Import panel in the browser: closed without a server token; with it, a dropped file
is checked (preview and findings), then imported, and the map shows the numbers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from dashboard.layout import ids
from dashboard.settings import Settings
from tests.browser.conftest import screenshot, watch
from tests.browser.test_explore_page import open_panel
from tests.browser.test_map_page import assert_clean, wait_for_regions
from tests.store.helpers import revised, wide_csv

TOKEN = "a-browser-test-admin-token"
NET = "bns-net-migration-all-flows"


@pytest.fixture(scope="module")
def admin_url(tmp_path_factory) -> Iterator[str]:
    """A second app, with web imports on (an admin token configured)."""
    from dashboard.app import create_app

    folder = tmp_path_factory.mktemp("admin-instance")
    app = create_app(Settings(instance_dir=folder, admin_token=TOKEN))
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def admin_page(page, admin_url: str):
    return watch(page, admin_url)


def test_without_a_server_token_the_panel_says_how_to_turn_imports_on(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=net_migration&year=2024&panel=import")
    panel = page.locator(f"#{ids.UPLOAD_PANEL}")
    expect(panel).to_contain_text("ATLAS_ADMIN_TOKEN")
    expect(panel.locator("input[type=file]")).to_have_count(0)
    assert_clean(page)


def test_a_dropped_file_is_checked_then_imported(admin_page, admin_url, tmp_path):
    page = admin_page
    page.goto(f"{admin_url}/?lang=en&indicator=net_migration&year=2024&layers=")
    wait_for_regions(page, 20)
    open_panel(page, "Import")
    page.locator(f"#{ids.UPLOAD_TOKEN}").fill(TOKEN)
    page.locator(f"#{ids.UPLOAD_INDICATOR}").select_option("net_migration")
    page.locator(f"#{ids.UPLOAD_SOURCE}").select_option(NET)
    page.locator(f"#{ids.UPLOAD_FLAGS} label", has_text="Replace existing").click()
    page.locator(f"#{ids.UPLOAD_FLAGS} label", has_text="I accept the warnings").click()
    table = tmp_path / "Сальдо миграции 2024.csv"
    table.write_bytes(revised(wide_csv("net_migration", 2024)))  # a revision: something new
    page.locator(f"#{ids.UPLOAD_FILE} input[type=file]").set_input_files(str(table))
    report = page.locator(f"#{ids.UPLOAD_REPORT}")
    expect(report).to_contain_text("The file is valid: 20 values", timeout=20_000)
    expect(report).to_contain_text("Астана")  # the preview shows the file as it is
    screenshot(page, "import-checked-en")
    page.locator(f"#{ids.UPLOAD_CONFIRM}").click()
    expect(report).to_contain_text("Imported as", timeout=20_000)
    expect(page.locator(f"#{ids.UPLOAD_CONFIRM}")).to_be_disabled()
    assert_clean(page)


def test_a_wrong_token_or_a_bad_file_is_refused_with_a_message(admin_page, admin_url, tmp_path):
    page = admin_page
    page.goto(f"{admin_url}/?lang=ru&indicator=net_migration&year=2024&panel=import")
    bad = tmp_path / "<img src=x onerror=window.__xss=1>.csv"
    bad.write_text("Неведомая область;12\nАстана;x\n", encoding="utf-8")
    page.locator(f"#{ids.UPLOAD_TOKEN}").fill("not-the-token-at-all")
    page.locator(f"#{ids.UPLOAD_FILE} input[type=file]").set_input_files(str(bad))
    report = page.locator(f"#{ids.UPLOAD_REPORT}")
    expect(report).to_contain_text("Токен администратора неверен", timeout=20_000)
    token = page.locator(f"#{ids.UPLOAD_TOKEN}")
    token.fill(TOKEN)
    token.press("Enter")  # the same file is checked again with the new token
    expect(report).to_contain_text("Отклонено", timeout=20_000)
    expect(report).to_contain_text("Неведомая область")
    expect(page.locator(f"#{ids.UPLOAD_CONFIRM}")).to_be_disabled()
    assert page.evaluate("() => window.__xss === undefined")
    screenshot(page, "import-refused-ru")
    # The refusals are HTTP answers (403, 422), which the console lists; nothing else.
    assert page.watch.external_requests == []
    assert all("403" in e or "422" in e for e in page.watch.console_errors)


def sexes_workbook(path):
    """Three sheets of the package's own figures (BNS), one revised in each of two sheets."""
    import openpyxl

    from tests.imports.builders import wide_rows

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, indicator in (
        ("Все население", "population"),
        ("Мужчины", "population_male"),
        ("Женщины", "population_female"),
    ):
        sheet = book.create_sheet(title)
        rows = wide_rows(indicator, [2023], total_label=None)
        rows[-3][1] = int(rows[-3][1]) + 1
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_a_workbooks_sheets_are_listed_and_each_goes_to_its_indicator(
    admin_page, admin_url, tmp_path
):
    page = admin_page
    page.goto(f"{admin_url}/?lang=ru&indicator=net_migration&year=2024&panel=import")
    page.locator(f"#{ids.UPLOAD_TOKEN}").fill(TOKEN)
    page.locator(f"#{ids.UPLOAD_SOURCE}").select_option("bns-population-1jan")
    page.locator(f"#{ids.UPLOAD_FLAGS} label", has_text="Принимаю").click()
    page.locator(f"#{ids.UPLOAD_FLAGS} label", has_text="Заменить").click()
    workbook = tmp_path / "Численность по полу.xlsx"
    sexes_workbook(workbook)
    page.locator(f"#{ids.UPLOAD_FILE} input[type=file]").set_input_files(str(workbook))
    sheets = page.locator(f"#{ids.UPLOAD_SHEETS}")
    expect(sheets).to_contain_text("Листы книги", timeout=20_000)
    for name in ("Все население", "Мужчины", "Женщины"):
        expect(sheets).to_contain_text(name)
    selects = sheets.locator("select")
    selects.nth(1).select_option("population_male")
    selects.nth(2).select_option("population_female")
    report = page.locator(f"#{ids.UPLOAD_REPORT}")
    expect(report).to_contain_text("значений — 40", timeout=20_000)
    expect(report).to_contain_text("[Женщины]")
    screenshot(page, "import-sheets-ru")
    assert page.watch.external_requests == []


@pytest.mark.parametrize(
    ("lang", "summary", "label"),
    [
        ("kk", "Жаңа көрсеткіш", "Атауы, қазақша"),
        ("ru", "Новый показатель", "Название по-казахски"),
        ("en", "New indicator", "Name in Kazakh"),
    ],
)
def test_the_new_indicator_form_is_in_each_language(admin_page, admin_url, lang, summary, label):
    page = admin_page
    page.goto(f"{admin_url}/?lang={lang}&indicator=net_migration&year=2024&panel=import")
    panel = page.locator(f"#{ids.UPLOAD_PANEL}")
    panel.locator("summary", has_text=summary).click()
    expect(panel).to_contain_text(label)
    field = page.locator(f"input[id*='{ids.UPLOAD_NEW_INDICATOR}'][id*='name_kk']")
    expect(field).to_be_visible()
    screenshot(page, f"import-new-indicator-{lang}")


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "The file is too large: the limit is 20 MB"), ("kk", "Файл тым үлкен: шегі 20 МБ")],
)
def test_a_file_over_the_limit_gets_a_message_not_silence(
    admin_page, admin_url, tmp_path, lang, message
):
    page = admin_page
    page.goto(f"{admin_url}/?lang={lang}&indicator=net_migration&year=2024&panel=import")
    page.locator(f"#{ids.UPLOAD_TOKEN}").fill(TOKEN)
    big = tmp_path / "big.csv"
    big.write_bytes(b"region,year,value\n" + b"x" * (21 * 1024 * 1024))
    page.locator(f"#{ids.UPLOAD_FILE} input[type=file]").set_input_files(str(big))
    expect(page.locator(f"#{ids.UPLOAD_REPORT}")).to_contain_text(message, timeout=30_000)
    expect(page.locator(f"#{ids.UPLOAD_CONFIRM}")).to_be_disabled()
    assert page.watch.external_requests == []
