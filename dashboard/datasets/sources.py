"""Citing sources: the short citation of every source, in the reader's language.

Every number on screen names its source; this is the one place that turns source ids
(``data/sources.csv``) into the words a reader sees.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from dashboard.datasets.package import DataPackage
from dashboard.i18n.languages import LANGUAGES

_SEPARATORS = re.compile(r"[+\s]+")  # derived values join ids with '+', lists use spaces


@functools.cache
def _citations(package: DataPackage) -> Mapping[str, Mapping[str, str]]:
    table = package.sources.set_index("id")
    return MappingProxyType(
        {
            lang: MappingProxyType(table[f"citation_{lang}"].astype(str).to_dict())
            for lang in LANGUAGES
        }
    )


def citations(lang: str, package: DataPackage) -> Mapping[str, str]:
    """Source id -> short citation in ``lang`` (``citation_<lang>`` of sources.csv)."""
    return _citations(package)[lang]


def cite(source_ids: object, lang: str, package: DataPackage) -> str:
    """The citations of one or several source ids ('a+b' or 'a b'), joined by '; '.

    >>> from dashboard.datasets.package import load_package
    >>> cite("programme-2001", "en", load_package())
    'Migration Policy Programme 2001–2010 (Gov. Res. No. 1371)'
    """
    texts = citations(lang, package)
    ids = dict.fromkeys(i for i in _SEPARATORS.split(str(source_ids or "")) if i)
    return "; ".join(texts.get(i, i) for i in ids)
