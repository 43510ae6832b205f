"""What every callback and route of one app shares: settings, the default view, the data
package of the current store generation, and the presentations kept on the server.

``create_app`` builds one :class:`AtlasContext` and hands it to each feature's
``register(app, context)``; nothing below the view layer reads it: views get the package
passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dashboard.datasets.catalogue import available_years
from dashboard.datasets.observed import observed_years
from dashboard.datasets.package import DataPackage
from dashboard.presentations.storage import PresentationStore
from dashboard.settings import Settings
from dashboard.state import ViewState


@dataclass(frozen=True)
class AtlasContext:
    """The app's shared, read-only wiring."""

    settings: Settings
    default: ViewState
    package: Callable[[], DataPackage]  # the store's current generation, pinned per request
    presentations: PresentationStore

    @property
    def districts(self) -> str | None:
        """The district layer the zones are drawn by, if the operator gave one."""
        return self.settings.districts

    def years(self) -> dict[str, list[int]]:
        """Indicator id -> years with data in the current package."""
        return available_years(self.package())

    def observed_years(self) -> list[int]:
        """Years with an observed flow table: there, a view naming no kind of flows shows
        observed flows."""
        return observed_years(self.package())
