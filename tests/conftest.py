"""Shared fixtures: the ../shared reference folder, which a user's own clone may lack."""

import os
from pathlib import Path

import pytest

from dashboard import PROJECT_ROOT

SHARED_DIR = PROJECT_ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"


def require_shared(relative: str = "") -> Path:
    """Return a path inside ../shared, skipping the test when it is absent (failing in CI)."""
    path = SHARED_DIR / relative
    if not path.exists():
        reason = f"{path} is absent: reference tests need ../shared beside the repository"
        if IN_CI:
            pytest.fail(reason + " (CI=true, so this is an error, not a skip)")
        pytest.skip(reason)
    return path


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder (skip outside CI when absent, fail in CI)."""
    return require_shared()
