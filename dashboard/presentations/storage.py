"""Presentations kept on the server: one JSON file per presentation in the instance folder.

Writes go to a temporary file that replaces the old one (``os.replace``), so a reader or a
crash never sees half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dashboard.presentations.scenes import (
    Presentation,
    PresentationError,
    clean_name,
    from_file,
    to_file,
)
from dashboard.state import ViewState


class PresentationStore:
    """The presentations in ``folder`` (created on first write)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, name: str) -> Path:
        return self.folder / f"{clean_name(name)}.json"

    def names(self) -> list[str]:
        """The saved presentations, by name."""
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json") if not p.name.startswith("."))

    def exists(self, name: str) -> bool:
        """Whether a presentation of that name is saved."""
        return self._path(name).is_file()

    def load(
        self, name: str, available: dict[str, list[int]], default: ViewState | None = None
    ) -> Presentation:
        """The saved presentation ``name`` (checked like an uploaded file)."""
        path = self._path(name)
        if not path.is_file():
            raise PresentationError("present.error.missing", name=name)
        return from_file(path.read_bytes(), available, default)

    def save(self, presentation: Presentation) -> None:
        """Save (or replace) a presentation atomically."""
        path = self._path(presentation.name)
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(to_file(presentation))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def delete(self, name: str) -> None:
        """Remove a saved presentation (nothing happens if it is not there)."""
        self._path(name).unlink(missing_ok=True)

    def free_name(self, name: str) -> str:
        """``name``, or ``name (2)``, ``name (3)``… if that one is taken."""
        name = clean_name(name)
        number = 1
        candidate = name
        while self.exists(candidate):
            number += 1
            suffix = f" {number}"
            candidate = name[: 60 - len(suffix)] + suffix
        return candidate
