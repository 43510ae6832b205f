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
from dashboard.i18n.catalog import t
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


@functools.cache
def _unverified(package: DataPackage) -> frozenset[str]:
    qualities: dict[str, set[str]] = {}
    for table in package.tables.values():
        if "source_id" not in table or "quality" not in table:
            continue
        for ids, quality in zip(table["source_id"], table["quality"], strict=True):
            for source_id in _SEPARATORS.split(str(ids or "")):
                if source_id:
                    qualities.setdefault(source_id, set()).add(str(quality))
    return frozenset(s for s, q in qualities.items() if q == {"unverified"})


def unverified_sources(package: DataPackage) -> frozenset[str]:
    """Ids of the sources whose every figure in the package is flagged ``unverified``.

    Such a source names no publisher a reader could check (a repository without a source or
    a licence): wherever it is cited as a source of what is shown, it is said to be
    unverified, not only "source unknown".

    >>> from dashboard.datasets.package import load_package
    >>> "kanatislambekov-interregional" in unverified_sources(load_package())
    True
    """
    return _unverified(package)


def cite_flagged(source_ids: object, lang: str, package: DataPackage) -> str:
    """:func:`cite`, each unverified source followed by the word "unverified" in ``lang``.

    >>> from dashboard.datasets.package import load_package
    >>> cite_flagged("kanatislambekov-interregional", "en", load_package())
    'Public repository kanatislambekov/internal-migration-flow-kz (source unknown) — unverified'
    """
    unverified = unverified_sources(package)
    ids = dict.fromkeys(i for i in _SEPARATORS.split(str(source_ids or "")) if i)
    return "; ".join(
        t("sources.unverified", lang, source=cite(i, lang, package))
        if i in unverified
        else cite(i, lang, package)
        for i in ids
    )
