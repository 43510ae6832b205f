"""Import of new statistics (BNS-style CSV and XLSX tables): reading and validation.

Pure: no Dash, no storage, nothing written to disk. The one entry point is
:func:`check_file`; the CLI, the web panel and the store call it and decide what to do with
its :class:`ImportCheck` (the store persists ``check.table`` only if
``check.importable(accept_warnings=...)``).

Modules, in the order a file goes through them:

- :mod:`~dashboard.imports.reading`: bytes -> grid of cells (limits, type sniffing,
  encodings, delimiters, XLSX safety), :func:`safe_name`;
- :mod:`~dashboard.imports.shapes`: grid -> where the table is (long, wide, OD matrix);
- :mod:`~dashboard.imports.numbers`: "1 234,5", "–", years in headers;
- :mod:`~dashboard.imports.regions`: names -> region ids, totals, boundary versions;
- :mod:`~dashboard.imports.metadata`: indicator, unit, source, quality;
- :mod:`~dashboard.imports.validation`: :func:`check_file`, the cell and label checks, the
  normalised table; the checks of the values together in
  :mod:`~dashboard.imports.values` (duplicates, signs, ranges),
  :mod:`~dashboard.imports.versions` (the boundary version of each year) and
  :mod:`~dashboard.imports.reconcile` (totals, the atlas's values);
- :mod:`~dashboard.imports.results`: :class:`ImportOptions` in, :class:`ImportCheck` out;
- :mod:`~dashboard.imports.problems`: :class:`Problem` and its messages in kk/ru/en.
"""

from dashboard.imports.problems import Problem
from dashboard.imports.reading import Limits, safe_name
from dashboard.imports.results import (
    OD_COLUMNS,
    REGIONAL_COLUMNS,
    TOTALS_COLUMNS,
    ImportCheck,
    ImportMetadata,
    ImportOptions,
)
from dashboard.imports.validation import check_file

__all__ = [
    "OD_COLUMNS",
    "REGIONAL_COLUMNS",
    "TOTALS_COLUMNS",
    "ImportCheck",
    "ImportMetadata",
    "ImportOptions",
    "Limits",
    "Problem",
    "check_file",
    "safe_name",
]
