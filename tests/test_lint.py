"""The code keeps the project's lint and format rules (ruff, configured in pyproject.toml)."""

import subprocess
import sys

import pytest

from dashboard import PROJECT_ROOT


@pytest.mark.parametrize("args", [("check", "."), ("format", "--check", ".")])
def test_ruff(args):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
