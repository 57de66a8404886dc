"""OUTPUT_REPORT and HIGH_DPI: the optional HTML report every analysis algorithm offers (issue 10).

One definition for all of them (methods, comparisons, factor analysis, evaluation, zones):
an optional HTML file destination, which QGIS declares as a ``QgsProcessingOutputHtml``
so that the Results Viewer lists and opens it, and an advanced switch for 300-dpi figures.
"""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingParameterBoolean, QgsProcessingParameterFileDestination

from ..alsa_plugin.core.i18n import tr
from . import compat
from .help import PARAMETER_HELP

REPORT_HELP = {k: PARAMETER_HELP[k] for k in ("OUTPUT_REPORT", "HIGH_DPI")}


def add_report_parameters(alg) -> None:
    """OUTPUT_REPORT (an HTML file, opened from the Results Viewer) and HIGH_DPI (advanced)."""
    html = QgsProcessingParameterFileDestination(
        "OUTPUT_REPORT", tr("Report"), tr("HTML files (*.html)"), optional=True, createByDefault=False
    )
    alg.addParameter(html)
    dpi = QgsProcessingParameterBoolean("HIGH_DPI", tr("Report figures at 300 dpi"), False)
    dpi.setFlags(dpi.flags() | compat.ADVANCED)
    alg.addParameter(dpi)


def report_path(alg, parameters, context) -> str | None:
    """The report's file, or None when OUTPUT_REPORT is skipped; it must end in .html."""
    if not parameters.get("OUTPUT_REPORT"):
        return None
    path = alg.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
    if path and not path.lower().endswith((".html", ".htm")):
        raise QgsProcessingException(tr("OUTPUT_REPORT: the report is an HTML file; use a .html file name."))
    return path or None


def report_dpi(alg, parameters, context) -> int:
    """150 dpi, or 300 with HIGH_DPI."""
    return 300 if alg.parameterAsBool(parameters, "HIGH_DPI", context) else 150
