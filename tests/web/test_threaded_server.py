"""The development server (``python -m dashboard``) is threaded: many readers exporting at
once get their own files, never a 500 from an object shared between threads.

A red-team pass once got 5 errors in 162 concurrent exports (plotly trace objects cached
and shared between requests). Here 160 exports of different views (languages, years,
layers, flow kinds, a comparison) run 32 at a time against the real app on Werkzeug's
threaded server, and each answer is compared with the same export asked alone.
"""

from __future__ import annotations

import io
import itertools
import random
import threading
import urllib.error
import urllib.request
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard.settings import Settings

AT_ONCE = 32
QUERIES = [
    f"lang={lang}&indicator={indicator}&year={year}{extra}"
    for lang, (indicator, year), extra in itertools.product(
        ("kk", "ru", "en"),
        (("population", 2023), ("net_migration", 2023), ("population", 2005)),
        ("", "&layers=zones,roles", "&layers=zones,roles,flows", "&layers=flows&flows=model"),
    )
] + [
    "lang=en&indicator=population&year=2023&compare=2005&layers=zones,roles",
    "lang=kk&indicator=net_migration&year=2023&layers=flows&flows=schematic",
]
FORMATS = ("csv", "xlsx", "geojson")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on the development server's threaded Werkzeug server, on a free port."""
    from werkzeug.serving import make_server

    from dashboard.app import create_app

    app = create_app(Settings(instance_dir=tmp_path_factory.mktemp("threads")))
    httpd = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=30)


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=300) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def content(extension: str, body: bytes) -> object:
    """What an export says: the bytes, or for a workbook its cells (a workbook's zip also
    holds the time it was written)."""
    if extension != "xlsx":
        return body
    from openpyxl import load_workbook

    zipfile.ZipFile(io.BytesIO(body)).testzip()
    book = load_workbook(io.BytesIO(body), read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def test_160_concurrent_exports_all_succeed_and_match_the_export_alone(server):
    urls = [f"{server}/export.{ext}?{q}" for q in QUERIES for ext in FORMATS]
    requests = [random.Random(14).choice(urls) for _ in range(160)]
    alone = {}
    for url in set(requests):
        status, body = fetch(url)
        assert status == 200, (url, body[:200])
        alone[url] = content(url.split("?")[0].rsplit(".", 1)[1], body)
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        together = list(pool.map(fetch, requests))
    failed = [
        (url, status) for url, (status, _) in zip(requests, together, strict=True) if status != 200
    ]
    assert failed == [], f"{len(failed)} of {len(requests)} failed, e.g. {failed[:3]}"
    differing = [
        url
        for url, (_, body) in zip(requests, together, strict=True)
        if content(url.split("?")[0].rsplit(".", 1)[1], body) != alone[url]
    ]
    assert differing == [], (
        f"{len(differing)} answers differ from the export alone: {differing[:3]}"
    )
