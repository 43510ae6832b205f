"""README is the contract with a newcomer: its commands, parameters and settings stay true."""

from __future__ import annotations

import re

from dashboard import PROJECT_ROOT
from dashboard.state import FIELDS

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = re.findall(r"```sh\n(.+?)\n```", README, flags=re.S)


def test_readme_opens_with_exactly_two_setup_commands():
    assert len(COMMANDS) == 2
    run, test = COMMANDS
    assert "pip install -r requirements.txt" in run and run.endswith("python -m dashboard")
    # the exports (PNG, SVG, PDF) need Chromium and the map font from the first command on
    assert "apt-get install -y chromium fonts-open-sans" in run
    assert "chromium chromium-driver fonts-open-sans" in test and "python -m pytest" in test


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert COMMANDS[1] in ci.splitlines()


def test_every_link_parameter_is_documented():
    for parameter in (field.param for field in FIELDS):
        assert f"| `{parameter}` |" in README, parameter


def test_every_fixed_value_of_a_parameter_is_documented():
    # Fields whose allowed values are a fixed list name each value in their README row.
    for field in FIELDS:
        row = next(line for line in README.splitlines() if line.startswith(f"| `{field.param}` |"))
        for value in getattr(field.allowed, "values", ()):
            assert f"`{value}`" in row, (field.param, value)


def test_every_setting_is_documented():
    source = (PROJECT_ROOT / "dashboard" / "settings.py").read_text(encoding="utf-8")
    for variable in set(re.findall(r'env\.get\("([A-Z_]+)"', source)):
        assert f"| `{variable}` |" in README, variable


def test_the_development_section_names_every_layer_of_the_package():
    from tests.test_architecture import LAYERS

    section = README.split("## Development", 1)[1]
    for layer in LAYERS:
        if layer.startswith("__"):
            continue
        is_package = (PROJECT_ROOT / "dashboard" / layer).is_dir()
        assert f"| `{layer}{'/' if is_package else '.py'}` |" in section, layer
