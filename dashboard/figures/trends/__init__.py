"""Charts of the trends panel: the Programme's 1990-2000 figures and the series after 2000.

Plotly only, one module per chart: frames from :mod:`dashboard.datasets.trends` and a
:class:`~dashboard.figures.trends.common.ChartText` (the reader's language and the
citations of the chart's sources) in, ``go.Figure`` out. No chart reads the data package:
:func:`dashboard.datasets.trends.chart_inputs` selects the frames of chart ``<name>`` and
:mod:`dashboard.views.trends` passes them to ``<name>_chart``. Every chart draws only what
the source states: years the source skips are gaps (scattered years are markers, never a
line), a remainder the source does not state is not drawn as a category, and qualified
figures ("over", "about") say so in their label. What every chart shares (colours, hover,
shared traces) is in :mod:`~dashboard.figures.trends.common`; where each title, panel,
legend and note goes, computed in pixels so nothing collides in any language, in
:mod:`~dashboard.figures.trends.layout`.
"""

from dashboard.figures.trends.common import (
    OKABE_ITO,
    ChartText,
)
from dashboard.figures.trends.emigrant_shares import emigrant_shares_chart
from dashboard.figures.trends.emigration import emigration_chart
from dashboard.figures.trends.ethnic_composition import ethnic_composition_chart
from dashboard.figures.trends.kandas import kandas_chart
from dashboard.figures.trends.layout import (
    MIN_WIDTH,
)
from dashboard.figures.trends.migration_loss import migration_loss_chart
from dashboard.figures.trends.net_migration import net_migration_chart
from dashboard.figures.trends.oralmans import oralmans_chart
from dashboard.figures.trends.quotas import quotas_chart

__all__ = [
    "MIN_WIDTH",
    "OKABE_ITO",
    "ChartText",
    "emigrant_shares_chart",
    "emigration_chart",
    "ethnic_composition_chart",
    "kandas_chart",
    "migration_loss_chart",
    "net_migration_chart",
    "oralmans_chart",
    "quotas_chart",
]
