"""Which unit of each boundary version holds a region, and what today's units made it up.

A region of today may not exist in an older boundary version (Abai before 2022: its parent
East Kazakhstan holds it), or may have been larger then (East Kazakhstan with Abai). The
profile, its flow partners and its roles ask these questions hundreds of times per click;
the gazetteer is immutable, so the answers are cached.
"""

from __future__ import annotations

import functools

from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.geo.gazetteer import children_in, parent_in

NEWEST = BOUNDARY_VERSIONS[-1]


@functools.cache
def units(version: str) -> frozenset[str]:
    """The unit ids of boundary ``version``."""
    return frozenset(region_ids(version))


@functools.cache
def unit_in(region_id: str, version: str) -> str:
    """The unit of ``version`` holding ``region_id``: itself if it exists there, else parent.

    >>> unit_in("10", "2018"), unit_in("10", "2022")
    ('63', '10')
    """
    return region_id if region_id in units(version) else parent_in(region_id, version)


@functools.cache
def today_parts(unit: str, version: str) -> tuple[str, ...]:
    """Today's units that made up ``unit`` of ``version``.

    >>> today_parts("63", "2018")
    ('10', '63')
    """
    return tuple(children_in(unit, version, NEWEST))


@functools.cache
def first_year(version: str) -> int:
    """First statistical year the boundary ``version`` applies to (2018 for "2018")."""
    return next(y for y in range(1900, 2200) if version_for_year(y) == version)


def newest_version(region_id: str) -> str:
    """The newest boundary version in which ``region_id`` is a unit."""
    return next(v for v in reversed(BOUNDARY_VERSIONS) if region_id in units(v))


def exists(region_id: str) -> bool:
    """Whether ``region_id`` is a unit of some boundary version."""
    return any(region_id in units(v) for v in BOUNDARY_VERSIONS)
