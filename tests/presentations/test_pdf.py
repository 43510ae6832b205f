"""The PDF of a presentation, bounded: each step renders within its time budget, a second
request is a cache hit, maps are rendered once, one renderer per host, the folder bounded.

A fake renderer and a fake clock stand in for Chromium and time (no timed assertion); one
test renders two real scenes and reads the PDF back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dashboard.datasets.package import load_package
from dashboard.exports.images import chromium_path, shutdown_renderer
from dashboard.presentations.pdf import (
    IMAGE,
    PDF,
    PdfCache,
    PdfScene,
    advance,
    pdf_document,
    pdf_key,
    scene_image,
)
from dashboard.state import ViewState
from tests.conftest import missing_tool

PACKAGE = load_package()
TODAY = date(2026, 12, 1)
SECONDS_A_MAP = 1.0


def scenes(count: int, lang: str = "ru") -> list[PdfScene]:
    years = list(range(2000, 2026))
    return [
        PdfScene(ViewState(lang=lang, indicator="population", year=years[i % len(years)],
                           top_n=1 + i // len(years)), f"Сцена {i + 1}", "")
        for i in range(count)
    ]  # fmt: skip


class Machine:
    """A clock that only moves when the fake renderer works, and what it did."""

    def __init__(self) -> None:
        self.now = 0.0
        self.rendered: list[ViewState] = []
        self.assembled = 0

    def clock(self) -> float:
        return self.now

    def render(self, state, package, districts) -> bytes:
        self.now += SECONDS_A_MAP
        self.rendered.append(state)
        return f"map {state.year} {state.top_n} {state.lang}".encode()

    def assemble(self, pdf_scenes, images, lang, package, districts, today) -> bytes:
        self.now += 0.1 * len(pdf_scenes)
        self.assembled += 1
        return b"%PDF " + b"|".join(images) + "|".join(s.title for s in pdf_scenes).encode()


@pytest.fixture
def machine() -> Machine:
    return Machine()


def step(machine: Machine, cache: PdfCache, pdf_scenes, budget: float = 10.0, lang="ru"):
    return advance(
        pdf_scenes,
        lang,
        PACKAGE,
        cache=cache,
        version="v1",
        today=TODAY,
        budget=budget,
        clock=machine.clock,
        render=machine.render,
        assemble=machine.assemble,
    )


def test_a_long_presentation_is_made_in_steps_each_within_its_budget(machine, tmp_path):
    cache = PdfCache(tmp_path)
    sixty = scenes(60)
    seen, steps = [], 0
    while True:
        before = machine.now
        progress = step(machine, cache, sixty)
        steps += 1
        seen.append(progress.ready)
        assert machine.now - before <= 10.0 + SECONDS_A_MAP  # never past budget + one map
        if progress.pdf is not None:
            break
        assert progress.total == 60 and not progress.waiting
    assert seen == sorted(seen) and seen[-1] == 60  # every step gets further
    assert steps >= 6  # 60 maps of 1 s in steps of 10 s
    assert len(machine.rendered) == 60 and machine.assembled == 1  # each map once


def test_a_second_request_is_a_cache_hit(machine, tmp_path):
    cache = PdfCache(tmp_path)
    few = scenes(3)
    first = step(machine, cache, few)
    assert first.pdf is not None and not first.cached
    rendered = len(machine.rendered)
    second = step(machine, cache, few)
    assert second.cached and second.pdf == first.pdf
    assert len(machine.rendered) == rendered and machine.assembled == 1


def test_maps_are_reused_when_only_words_change_and_not_across_languages(machine, tmp_path):
    cache = PdfCache(tmp_path)
    few = scenes(3)
    step(machine, cache, few)
    retitled = [PdfScene(s.state, s.title + "!", "a note") for s in reversed(few)]
    again = step(machine, cache, retitled)
    assert again.pdf is not None and not again.cached  # another PDF…
    assert len(machine.rendered) == 3 and machine.assembled == 2  # …from the same maps
    assert step(machine, cache, scenes(3, lang="kk")).pdf is not None
    assert len(machine.rendered) == 6  # Kazakh legends are other maps
    keys = {pdf_key(few, "ru", "v1", TODAY), pdf_key(retitled, "ru", "v1", TODAY)}
    keys |= {pdf_key(few, "ru", "v2", TODAY), pdf_key(few, "ru", "v1", date(2026, 12, 2))}
    assert len(keys) == 4  # words, data version and the printed date all count


def test_a_scene_twice_is_rendered_once(machine, tmp_path):
    one = scenes(1)
    assert step(machine, PdfCache(tmp_path), one * 5).pdf is not None
    assert len(machine.rendered) == 1


def test_while_another_request_renders_a_request_answers_at_once(machine, tmp_path):
    cache = PdfCache(tmp_path)
    step(machine, cache, scenes(2))  # two maps already there
    with PdfCache(tmp_path).render_slot() as held:  # another worker holds the renderer
        assert held
        progress = step(machine, cache, scenes(10))
    assert progress.waiting and progress.pdf is None
    assert (progress.ready, progress.total) == (2, 10)
    assert len(machine.rendered) == 2  # nothing rendered while waiting
    assert step(machine, cache, scenes(2)).cached  # a cached PDF needs no renderer


def test_the_document_gets_a_request_of_its_own_when_it_would_not_fit(machine, tmp_path):
    cache = PdfCache(tmp_path)
    progress = step(machine, cache, scenes(9), budget=9.5)
    assert progress.ready == 9 and progress.pdf is None and machine.assembled == 0
    assert step(machine, cache, scenes(9), budget=9.5).pdf is not None


def test_the_cache_folder_is_bounded_least_recently_used_first(tmp_path):
    cache = PdfCache(tmp_path, max_bytes=1000)
    for number in range(8):
        cache.put(f"{number:064x}", IMAGE, b"x" * 200)
    cache.get(f"{0:064x}", IMAGE)  # used again: kept
    cache.prune()
    kept = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert sum((tmp_path / name).stat().st_size for name in kept) <= 750
    assert f"{0:064x}{IMAGE}" in kept and f"{1:064x}{IMAGE}" not in kept
    with pytest.raises(ValueError):
        cache.get("../../etc/passwd", PDF)


@pytest.fixture(scope="module")
def renderer() -> Iterator[str]:
    path = chromium_path()
    if path is None:
        missing_tool("chromium is not installed (apt-get install chromium)")
    yield path
    shutdown_renderer()


def test_real_scenes_print_one_page_each_with_their_maps(renderer, read_pdf):
    pdf_scenes = [
        PdfScene(ViewState(lang="kk", indicator="population", year=2005), "<b>Халық</b>", "n"),
        PdfScene(ViewState(lang="kk", indicator="net_migration", year=2023), "", ""),
    ]
    images = [scene_image(s.state, PACKAGE) for s in pdf_scenes]
    assert all(image.startswith(b"\xff\xd8") for image in images)  # JPEG
    pdf = pdf_document(pdf_scenes, images, "kk", PACKAGE, today=TODAY)
    assert read_pdf.pages(pdf) == 2
    words = read_pdf.text(pdf)
    assert "<b>Халық</b>" in words  # printed as typed
    assert "Барлық ағындар бойынша көші-қон сальдосы, 2023" in words
    assert "Жүктелген күні: 2026-12-01" in words
