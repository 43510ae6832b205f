"""Problems found in an uploaded file: what, where, how bad, and what to do about it.

A :class:`Problem` keeps its message *key* and parameters, not a finished sentence, so the
same report can be shown in Kazakh, Russian or English (``problem.in_language("ru")``) and
stored as JSON (``problem.as_dict()``). Text that came from the file (region names, cell
values, formulas) is shown HTML-escaped and without control characters: a name such as
``<script>alert(1)</script>`` is reported as ``&lt;script&gt;alert(1)&lt;/script&gt;``, so a
report is safe to display anywhere, even where a careless caller renders it as HTML.

:class:`ProblemLog` collects problems while a file is checked and keeps a report readable
when a file is badly broken: at most ``per_code`` problems of one kind are listed, the rest
are counted in one "... N more like this" line.
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from openpyxl.utils import get_column_letter

from dashboard.i18n.catalog import normalise_language, t
from dashboard.i18n.formats import format_number
from dashboard.i18n.languages import LANGUAGES
from dashboard.imports.regions import names

if TYPE_CHECKING:
    from dashboard.datasets.package import DataPackage

# An error blocks the import; a warning must be accepted; a note only informs (rows set
# aside on purpose, a total within rounding).
Severity = Literal["error", "warning", "note"]
ParamValue = str | int | float
IndicatorNames = Mapping[str, Mapping[str, str]]

# Longest piece of file text quoted in a message; longer text is cut with an ellipsis.
MAX_QUOTED = 80


def shown(value: object) -> str:
    """File text as it may appear in a message: escaped, single-line, not too long.

    >>> shown("<b>Акмолинская</b>\\n")
    '&lt;b&gt;Акмолинская&lt;/b&gt;'
    """
    text = str(value)
    # Drop control and format characters (NUL, bidi overrides that reorder what one sees).
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUOTED:
        text = text[: MAX_QUOTED - 1] + "…"
    return html.escape(text, quote=False)


def indicator_names(package: DataPackage) -> IndicatorNames:
    """Indicator id -> language -> "name (id)", from the package's catalogue, for messages."""
    table = package.indicators
    return MappingProxyType(
        {
            row["id"]: MappingProxyType(
                {lang: f"{row[f'name_{lang}']} ({row['id']})" for lang in LANGUAGES}
            )
            for row in table.to_dict("records")
        }
    )


def _param(key: str, value: ParamValue, lang: str, indicators: IndicatorNames) -> ParamValue:
    """One parameter as the message shows it in ``lang``.

    Conventions keep a stored problem re-renderable in any language: a key ending in
    ``_ids`` holds region ids ("19,35,63", optionally "@2022" for the boundary version)
    and shows their names; ``_ind`` an indicator id and shows its name; ``_num`` a number,
    shown in the reader's convention (1 234,5 or 1,234.5). Any other text came from the
    file or the caller and is shown escaped.
    """
    if key.endswith("_ids") and isinstance(value, str):
        ids, _, version = value.partition("@")
        return names([i for i in ids.split(",") if i], lang, version or None)
    if key.endswith("_ind") and isinstance(value, str):
        # an indicator the package does not know is shown by its id
        return shown(indicators.get(value, {}).get(lang, value))
    if key.endswith("_num") and isinstance(value, (int, float)):
        return format_number(value, lang)
    return shown(value) if isinstance(value, str) else value


def _render(
    key: str, lang: str, params: Mapping[str, ParamValue], indicators: IndicatorNames
) -> str:
    return t(key, lang, **{k: _param(k, v, lang, indicators) for k, v in params.items()})


@dataclass(frozen=True)
class Problem:
    """One problem of an import.

    ``row`` is the row as a spreadsheet shows it (1 = first row of the sheet or of the CSV
    file) and ``column`` its letter ("A", "B" ...); both are ``None`` for a problem of the
    whole file. ``code`` is the message key in :mod:`dashboard.i18n.messages_imports`
    (``import.*``); ``hint`` the key of the suggestion, if any. ``indicators`` names the
    package's indicators in each language (:func:`indicator_names`), for ``*_ind`` values.
    """

    severity: Severity
    code: str
    file: str
    row: int | None = None
    column: str | None = None
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    hint: str | None = None
    hint_params: Mapping[str, ParamValue] = field(default_factory=dict)
    lang: str = "en"
    indicators: IndicatorNames = field(default_factory=dict, repr=False, compare=False)

    @property
    def message(self) -> str:
        """What is wrong, in ``lang``; file text in it is escaped (see :func:`shown`)."""
        return _render(self.code, self.lang, self.params, self.indicators)

    @property
    def suggestion(self) -> str:
        """What to do about it, in ``lang`` ("" when there is nothing to suggest)."""
        if not self.hint:
            return ""
        return _render(self.hint, self.lang, self.hint_params, self.indicators)

    @property
    def where(self) -> str:
        """ "file, row 5, column B" in ``lang``."""
        parts = [self.file]
        if self.row is not None:
            parts.append(t("import.where.row", self.lang, row=self.row))
        if self.column is not None:
            parts.append(t("import.where.column", self.lang, column=self.column))
        return ", ".join(parts)

    def in_language(self, lang: str) -> Problem:
        """The same problem, told in another interface language."""
        return replace(self, lang=normalise_language(lang))

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready record (the store keeps reports in this form)."""
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "where": self.where,
            "message": self.message,
            "suggestion": self.suggestion,
            "params": dict(self.params),
            "hint": self.hint,
            "hint_params": dict(self.hint_params),
            "lang": self.lang,
        }

    def __str__(self) -> str:
        text = f"{self.severity}: {self.where}: {self.message}"
        return f"{text} {self.suggestion}" if self.hint else text


class FileRefused(Exception):
    """The file cannot be read at all (wrong type, too large, damaged ...).

    Raised inside the importer only; :func:`dashboard.imports.check_file` turns it into an
    error :class:`Problem`, so callers of the entry point never see it.
    """

    def __init__(
        self,
        code: str,
        *,
        hint: str | None = None,
        hint_params: Mapping[str, ParamValue] | None = None,
        row: int | None = None,
        col: int | None = None,
        **params: ParamValue,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
        self.hint = hint
        self.hint_params = dict(hint_params or {})
        self.row = row
        self.col = col


def column_letter(col: int | None) -> str | None:
    """Spreadsheet letter of a 0-based column index (0 -> "A")."""
    return None if col is None else get_column_letter(col + 1)


class ProblemLog:
    """Collects the problems of one file; positions are given 0-based and shown 1-based.

    ``indicators``: the names of the package's indicators (:func:`indicator_names`), so a
    problem about an indicator names it in the reader's language.
    """

    def __init__(
        self,
        file: str,
        lang: str = "en",
        per_code: int = 20,
        indicators: IndicatorNames | None = None,
    ) -> None:
        self.file = file
        self.lang = normalise_language(lang)
        self.per_code = per_code
        self.indicators = indicators if indicators is not None else MappingProxyType({})
        self._problems: list[Problem] = []
        self._counts: Counter[str] = Counter()
        self._severity: dict[str, Severity] = {}

    def add(
        self,
        severity: Severity,
        code: str,
        *,
        row: int | None = None,
        col: int | None = None,
        hint: str | None = None,
        hint_params: Mapping[str, ParamValue] | None = None,
        **params: ParamValue,
    ) -> None:
        """Record a problem at 0-based ``row``/``col`` (or for the whole file)."""
        self._counts[code] += 1
        self._severity.setdefault(code, severity)
        if self._counts[code] > self.per_code:
            return
        self._problems.append(
            Problem(
                severity=severity,
                code=code,
                file=self.file,
                row=None if row is None else row + 1,
                column=column_letter(col),
                params=MappingProxyType(dict(params)),
                hint=hint,
                hint_params=MappingProxyType(dict(hint_params or {})),
                lang=self.lang,
                indicators=self.indicators,
            )
        )

    def error(self, code: str, **kwargs: object) -> None:
        """Record a blocking problem."""
        self.add("error", code, **kwargs)  # type: ignore[arg-type]

    def warning(self, code: str, **kwargs: object) -> None:
        """Record a problem the caller must accept explicitly before importing."""
        self.add("warning", code, **kwargs)  # type: ignore[arg-type]

    def note(self, code: str, **kwargs: object) -> None:
        """Record what the reader should know and need not accept (rows set aside ...)."""
        self.add("note", code, **kwargs)  # type: ignore[arg-type]

    def refused(self, refusal: FileRefused) -> None:
        """Record a :class:`FileRefused` as an error."""
        self.error(
            refusal.code,
            row=refusal.row,
            col=refusal.col,
            hint=refusal.hint,
            hint_params=refusal.hint_params,
            **refusal.params,
        )

    @property
    def has_errors(self) -> bool:
        return any(self._severity[code] == "error" for code in self._counts)

    def problems(self) -> tuple[Problem, ...]:
        """Errors first, then warnings, then notes, each in the order found; overflow
        counted per kind.

        The "N more like this" line of a kind follows the last listed problem of that kind.
        """
        out: list[Problem] = []
        last = {p.code: i for i, p in enumerate(self._problems)}
        for i, problem in enumerate(self._problems):
            out.append(problem)
            hidden = self._counts[problem.code] - self.per_code
            if last[problem.code] == i and hidden > 0:
                out.append(
                    replace(
                        problem,
                        code="import.more",
                        row=None,
                        column=None,
                        params=MappingProxyType({"count": hidden}),
                        hint=None,
                        hint_params=MappingProxyType({}),
                    )
                )
        order = {"error": 0, "warning": 1, "note": 2}
        return tuple(sorted(out, key=lambda p: order[p.severity]))
