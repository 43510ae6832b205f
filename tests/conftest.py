"""Shared fixtures: the ../shared reference folder, which a user's own clone may lack."""

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
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


def missing_tool(reason: str) -> None:
    """Skip a test whose tool (Chromium, poppler) is absent; fail instead in CI."""
    if IN_CI:
        pytest.fail(reason + "; these tests must run in CI")
    pytest.skip(reason)


POPPLER = ("pdftotext", "pdffonts", "pdfinfo")


@dataclass
class PdfReader:
    """A PDF read back with poppler, as a reader's viewer would show it."""

    folder: Path

    def _run(self, tool: str, pdf: bytes, *args: str) -> str:
        path = self.folder / "read.pdf"
        path.write_bytes(pdf)
        command = [tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout

    def text(self, pdf: bytes) -> str:
        """The text, whitespace collapsed (a name wrapped in a cell reads as one)."""
        return re.sub(r"\s+", " ", self._run("pdftotext", pdf))

    def pages(self, pdf: bytes) -> int:
        return int(re.search(r"Pages:\s+(\d+)", self._run("pdfinfo", pdf)).group(1))

    def fonts(self, pdf: bytes) -> list[tuple[str, bool]]:
        """(font name, embedded) of every font the PDF uses."""
        rows = self._run("pdffonts", pdf).splitlines()[2:]
        # Columns: name type encoding emb sub uni object ID; the type may hold spaces.
        return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]


@pytest.fixture
def read_pdf(tmp_path: Path) -> PdfReader:
    """pdftotext, pdffonts and pdfinfo (Debian poppler-utils) on a PDF's bytes."""
    if not all(shutil.which(tool) for tool in POPPLER):
        missing_tool("poppler-utils is not installed (apt-get install poppler-utils)")
    return PdfReader(tmp_path)
