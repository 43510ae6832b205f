"""Import of new statistics (BNS tables as CSV, XLSX or XLS; Taldau exports): reading and
validation.

Pure: no Dash, no storage, nothing written to disk. The one entry point is
:func:`check_file`; the CLI, the web panel and the store call it and decide what to do with
its :class:`ImportCheck` (the store persists ``check.table`` only if
``check.importable(accept_warnings=...)``).

Modules, in the order a file goes through them:

- :mod:`~dashboard.imports.reading`: bytes -> grid of cells (limits, type sniffing,
  encodings, delimiters), :func:`safe_name`; :mod:`~dashboard.imports.grid` (the grid and
  its limits); :mod:`~dashboard.imports.workbooks` (one sheet of an XLSX or XLS, after the
  checks of its format: zip bombs, macros by content type and magic bytes) and
  :mod:`~dashboard.imports.cfb` (the .xls container and records, checked before the parser);
- :mod:`~dashboard.imports.shapes`: grid -> where the table is (long, wide, OD matrix), as a
  :mod:`~dashboard.imports.table`; :mod:`~dashboard.imports.taldau` (Taldau exports),
  :mod:`~dashboard.imports.headers` (quarters beside the year, tables stacked on a sheet),
  :mod:`~dashboard.imports.sheets` (several sheets, each to its indicator, in one check);
- :mod:`~dashboard.imports.numbers`: "1 234,5", "–", years in headers, digits not 0-9;
- :mod:`~dashboard.imports.regions`: names -> region ids, totals, boundary versions;
  :mod:`~dashboard.imports.labels`: region, total or district (set aside), look-alike
  letters and invisible characters;
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
