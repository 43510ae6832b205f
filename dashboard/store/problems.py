"""The store's findings on an import: refusals and notices, told in any language.

The importer (``dashboard.imports``) reports what it finds in a file; these are the
checks that need the store: the import against the committed data package and the
imports already accepted (conflicts, sources, the indicator catalogue), and the generic
schema rules applied once more to the normalised rows before anything is written. A
finding keeps its message key (``store.*`` in ``dashboard.i18n.messages_store``) and
values, so it is put in words in the reader's language when shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dashboard.i18n.catalog import t
from dashboard.i18n.languages import LANGUAGES


@dataclass(frozen=True)
class Phrase:
    """A message used as a value inside another one, put in words in the outer's language."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


@dataclass(frozen=True)
class Problem:
    """One finding of the store's checks: a refusal (``error``) or a notice.

    ``row`` is the line in the imported table as a user counts it (header = line 1), or
    ``None`` for the import as a whole; ``table`` names which part of the import it is in
    (``normalised.csv``, ``indicator row``, ``source row``).
    """

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    table: str = ""
    error: bool = True

    def message(self, lang: str) -> str:
        """The problem as one line in ``lang``: where, then what."""
        where = [self.table] if self.table else []
        if self.row is not None:
            where.append(t("store.where.row", lang, row=self.row))
        if self.column:
            where.append(t("store.where.column", lang, column=self.column))
        # phrases and nested problems (the reason an import would stop applying) are put
        # in words in the same language
        values = {
            k: v.message(lang) if isinstance(v, Phrase | Problem) else v
            for k, v in self.values.items()
        }
        body = t(self.code, lang, **values)
        return (", ".join(where) + ": " + body) if where else body

    def to_json(self) -> dict[str, Any]:
        """JSON form for report.json: the code and values, plus the text in each language."""
        return {
            "code": self.code,
            "error": self.error,
            "table": self.table,
            "row": self.row,
            "column": self.column,
            "values": {k: _jsonable(v) for k, v in self.values.items()},
            "text": {lang: self.message(lang) for lang in LANGUAGES},
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Phrase | Problem):
        return value.message("en")
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)
