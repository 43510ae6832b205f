"""The shape of the package, checked: layers import downwards only, figures are pure,
callbacks are thin, modules stay small. README ("Development") names the same layers.

A failure names the module and the import (or the line count) that breaks the rule.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

from dashboard import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "dashboard"

#: Layers from the bottom up: a module may import its own layer's package and those below.
#: One name per layer, so two packages can never import each other.
LAYERS = (
    "__init__",  # paths of the repository
    "i18n",  # languages, the message catalogue, number and date words
    "settings",
    "geo",  # boundary versions, gazetteer, district layer
    "datasets",  # the data package and the data API (pure pandas)
    "imports",  # reading and checking files
    "store",  # the DuckDB store of the package and accepted imports
    "state",  # the view state and its URL form
    "figures",  # pure plotly: frames and words in, figures out
    "views",  # one builder per panel: (state, package) -> what the panel shows
    "exports",  # renderers of views: CSV, XLSX, GeoJSON, PNG, SVG, PDF
    "presentations",  # scenes and their storage
    "layout",  # Dash components
    "context",  # what callbacks and routes of one app share
    "callbacks",  # thin: controls -> state -> view -> layout
    "web",  # HTTP routes, security, cache, health, gunicorn
    "app",  # create_app
    "cli",  # the command line
    "__main__",
)
RANK = {name: rank for rank, name in enumerate(LAYERS)}
MAX_LINES = 600
#: Modules that import Dash or Flask here are not pure.
WEB_FRAMEWORKS = ("dash", "flask", "dash_bootstrap_components", "werkzeug")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@cache
def _imports(path: Path) -> tuple[tuple[str, int], ...]:
    """Every module ``path`` imports (top level or inside functions), with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
            # "from dashboard.x import y" may import the module dashboard.x.y
            found += [(f"{node.module}.{alias.name}", node.lineno) for alias in node.names]
    return tuple(found)


def _is_module(target: str) -> bool:
    path = PACKAGE.parent / target.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _internal(path: Path) -> list[tuple[str, int]]:
    """The atlas's own modules that ``path`` imports."""
    return [
        (target, line)
        for target, line in _imports(path)
        if target.startswith("dashboard.") and _is_module(target)
    ]


def layer_violations() -> list[str]:
    """Imports from a higher layer than the importing module's."""
    problems = []
    for path in _modules():
        module = _name(path)
        for target, line in _internal(path):
            if RANK[_layer(target)] > RANK[_layer(module)]:
                problems.append(f"{module}:{line} imports {target} (a higher layer)")
    return problems


def module_cycles() -> list[str]:
    """Cycles of imports between modules (inside a package too), one line each."""
    graph = {
        _name(path): {target for target, _ in _internal(path)} - {_name(path)}
        for path in _modules()
    }
    # A module imports its package's __init__ implicitly; only explicit edges count.
    cycles, done, stack = set(), set(), []

    def visit(module: str) -> None:
        if module in stack:
            cycle = stack[stack.index(module) :]
            start = cycle.index(min(cycle))
            cycles.add(" -> ".join([*cycle[start:], *cycle[:start], min(cycle)]))
            return
        if module in done or module not in graph:
            return
        stack.append(module)
        for target in sorted(graph[module]):
            visit(target)
        stack.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
    return sorted(cycles)


def impure_figures() -> list[str]:
    """figures modules that load data or import a web framework."""
    problems = []
    for path in _modules():
        module = _name(path)
        if _layer(module) != "figures":
            continue
        for target, line in _imports(path):
            if target.split(".")[0] in WEB_FRAMEWORKS:
                problems.append(f"{module}:{line} imports {target}")
            if target.startswith(("dashboard.datasets.package.load_package", "dashboard.store")):
                problems.append(f"{module}:{line} loads data ({target})")
    return problems


def fat_callbacks() -> list[str]:
    """callbacks modules that build HTML or tables, or read the data package themselves."""
    problems = []
    for path in _modules():
        module = _name(path)
        if _layer(module) != "callbacks":
            continue
        for target, line in _imports(path):
            if target in {
                "dash.html",
                "dash.dash_table",
                "dash_table",
                "dash_bootstrap_components",
            }:
                problems.append(f"{module}:{line} builds components ({target})")
            if target.startswith(("dashboard.datasets", "dashboard.store", "dashboard.geo")):
                problems.append(f"{module}:{line} reads data ({target})")
    return problems


def global_package() -> list[str]:
    """Modules that fetch "the" package instead of being handed one (below the views)."""
    problems = []
    for path in _modules():
        module = _name(path)
        if module in {"dashboard.datasets.package"} or _layer(module) == "store":
            continue
        for target, line in _imports(path):
            if target.endswith((".load_package", ".use_package_provider")):
                problems.append(f"{module}:{line} imports {target.rsplit('.', 1)[1]}")
    return problems


def long_modules() -> list[str]:
    """Modules over MAX_LINES lines (message catalogues excepted: they are tables)."""
    return [
        f"{_name(path)}: {count} lines"
        for path in _modules()
        if not path.name.startswith("messages")
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]


CHECKS = {
    "layers": layer_violations,
    "cycles": module_cycles,
    "figures": impure_figures,
    "callbacks": fat_callbacks,
    "global package": global_package,
    "size": long_modules,
}


@pytest.mark.parametrize("check", list(CHECKS))
def test_the_package_keeps_its_shape(check):
    problems = CHECKS[check]()
    assert not problems, f"{check}:\n" + "\n".join(problems)


def test_every_layer_is_a_package_or_module_of_the_atlas():
    present = {_layer(_name(path)) for path in _modules()}
    assert present <= set(LAYERS), sorted(present - set(LAYERS))


if __name__ == "__main__":  # a report while reshaping: python -m tests.test_architecture
    for name, check in CHECKS.items():
        problems = check()
        print(f"## {name}: {len(problems)}")
        print("\n".join(problems))
