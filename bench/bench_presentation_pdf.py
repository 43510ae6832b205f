"""Benchmark: the PDF of a 60-scene presentation, cold and warm, against the one-shot baseline.

Prints, in one process with one warm Chromium:
- the baseline: ``exports.brief.presentation_pdf``, every scene rendered in one call (what
  ``GET /presentations/<name>.pdf`` did before: PNG maps at 2x, nothing cached);
- cold: ``presentations.pdf.advance`` from an empty cache, step after step as the progress
  page polls, with the number of steps and the longest one (each must stay far under
  gunicorn's 60 s timeout);
- warm: the same PDF asked again (a cached file), and the PDF after every title changed
  (new words, the maps reused);
and each file's size. No assertion: timings depend on the machine (2 shared cores here).

Run: .venv/bin/python bench/bench_presentation_pdf.py [--scenes 60] [--lang ru]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.package import load_package
from dashboard.exports.brief import presentation_pdf
from dashboard.exports.images import shutdown_renderer
from dashboard.presentations.pdf import RENDER_BUDGET, PdfCache, PdfScene, advance, scene_image
from dashboard.state import ViewState

LAYERS = (("zones", "roles"), ("zones", "roles", "flows"), ())


def presentation(count: int, lang: str) -> list[PdfScene]:
    """``count`` different views: indicators, their last years, with and without flows."""
    years = available_years(load_package())
    views = [
        ViewState(lang=lang, indicator=indicator, year=year, layers=layers)
        for layers in LAYERS
        for indicator, known in years.items()
        for year in known[-4:]
    ]
    return [PdfScene(state, f"Сцена {n + 1}", "Заметка докладчика.") for n, state in
            enumerate(views[:count])]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenes", type=int, default=60)
    parser.add_argument("--lang", default="ru")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    package = load_package()
    scenes = presentation(args.scenes, args.lang)
    scene_image(scenes[0].state, package)  # Chromium started: every run below is warm

    start = time.perf_counter()
    baseline = presentation_pdf([(s.state, s.title, s.note) for s in scenes], args.lang, package)
    baseline_s = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        cache = PdfCache(Path(folder))

        def ask(pdf_scenes):
            return advance(pdf_scenes, args.lang, package, cache=cache, version="bench")

        steps, started = [], time.perf_counter()
        while True:
            began = time.perf_counter()
            progress = ask(scenes)
            steps.append((time.perf_counter() - began, progress.ready))
            if progress.pdf is not None:
                break
        cold_s = time.perf_counter() - started
        cold = progress.pdf
        began = time.perf_counter()
        assert ask(scenes).cached
        warm_s = time.perf_counter() - began
        retitled = [replace(s, title=s.title + " (2)") for s in scenes]
        began = time.perf_counter()
        retitled_steps = 1
        while (again := ask(retitled)).pdf is None:
            retitled_steps += 1
        retitled_s = time.perf_counter() - began
    shutdown_renderer()

    print(f"{len(scenes)} scenes in {args.lang}; render budget per request {RENDER_BUDGET:.0f} s")
    mb = 1e6
    size = len(baseline) / mb
    print(f"baseline, one call (PNG 2x, uncached) {baseline_s:7.1f} s   {size:6.1f} MB")
    print(
        f"cold, step by step                    {cold_s:7.1f} s   {len(cold) / mb:6.1f} MB"
        f"   {len(steps)} requests, longest {max(t for t, _ in steps):.1f} s"
    )
    print("  steps (s, scenes ready): " + ", ".join(f"{t:.1f}/{r}" for t, r in steps))
    print(f"warm, the same PDF again (cached)     {warm_s * 1000:7.1f} ms")
    print(
        f"warm maps, every title changed        {retitled_s:7.1f} s   {len(again.pdf) / mb:6.1f} MB"
        f"   {retitled_steps} request(s)"
    )
    ratios = f"cold / baseline {cold_s / baseline_s:.2f}x"
    print(f"{ratios}   warm / baseline {warm_s / baseline_s:.5f}x")


if __name__ == "__main__":
    main()
