"""``alsa:zones``: any susceptibility raster cut into zones, very low … very high (issue 10)."""

from __future__ import annotations

from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor

from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.core.zones import MAX_ZONES, METHODS, MIN_ZONES, parse_shares, translated_labels, zone_colours
from ..alsa_plugin.jobs.zones_job import ZoneSettings, run_zones
from . import compat
from .compat import INTEGER
from .evaluate_algorithm import EvaluateAlgorithm
from .feedback import processing_errors, progress_callback
from .help import PARAMETER_HELP
from .report_parameters import REPORT_HELP, add_report_parameters, report_dpi, report_path
from .study_parameters import add_landslide_parameters, describe_parameters, number_parameter

BREAK_LABELS = (
    tr_noop("Natural breaks (Jenks)"),
    tr_noop("Quantile"),
    tr_noop("Equal interval"),
    tr_noop("Cumulative landslide share (SHARES)"),
)

HELP_TEXT = tr_noop("""<p>Cuts any susceptibility raster (an ALSA LSI, a model's probability, a map from other \
software; higher values = more susceptible) into zones from <b>very low</b> to <b>very high</b>, on the raster's \
own grid, and tabulates the share of area and of landslides in each zone.</p>
<ul>\
<li><b>Natural breaks (Jenks)</b>, <b>quantile</b>, <b>equal interval</b>: N_ZONES zones over the ranked cells \
(as alsa:reclassify); zone k holds the values in (lower, upper], zone 1 also the minimum.</li>\
<li><b>Cumulative landslide share</b>: with SHARES = 50,75,90,95 the edges are the raster values at which the \
success-rate curve reaches 50, 75, 90 and 95 % of the training landslides (LANDSLIDES). Edge t for share s is \
the highest value such that the landslides on cells with a value ≥ t hold at least s of the landslide weight. \
The zones are: value ≥ t<sub>50</sub> (very high), t<sub>75</sub> ≤ value &lt; t<sub>50</sub>, …, value &lt; \
t<sub>95</sub> (very low); there is one zone more than there are shares, and N_ZONES is not used. \
Cells tied at an edge all go up, so a zone may hold more than its share.</li>\
</ul>
<p>The zone raster is Byte, zones 1 (lowest) … n (highest), nodata 0, with labels and colours. The table has \
one row per zone: zone, label, lower, upper, cells, area_share, train_landslide_share, test_landslide_share, \
density_ratio (landslide share / area share: the zone's frequency ratio), then the landslide weights and the \
test density ratio. Landslides count as in alsa:evaluate: a point counts as its weight; landslide cells on \
nodata or outside MASK drop out, and a warning says how many.</p>
<p>Optional: an HTML report with the zone table, a map of the zones, the shares per zone and the rate curves.</p>""")

OWN_HELP = {
    "INPUT": tr_noop("The susceptibility raster (first band); higher values = more susceptible. Its grid is used."),
    "TEST_LANDSLIDES": tr_noop("Optional test inventory (points, polygons or a 0/1 raster): its share per zone."),
    "MASK": tr_noop("Optional study-area polygons: cells whose centre lies outside get no zone."),
    "N_ZONES": tr_noop("Number of zones, {low}–{high} (5: very low, low, moderate, high, very high)."),
    "BREAKS": tr_noop("How the zone edges are placed: natural breaks, quantile, equal interval or cumulative share."),
    "SHARES": tr_noop(
        "Cumulative landslide share mode: increasing percentages of the training landslides, comma separated "
        "(e.g. 50,75,90,95 gives 5 zones)."
    ),
    "OUTPUT": tr_noop("The zone raster (GeoTIFF, Byte, zones 1…n, nodata 0)."),
    "OUTPUT_TABLE": tr_noop("CSV file with one row per zone."),
} | REPORT_HELP


class ZoneStyler(QgsProcessingLayerPostProcessorInterface):
    """Paletted style: each zone its colour and translated label."""

    def __init__(self, n_zones: int):
        super().__init__()
        self.n_zones = n_zones

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if isinstance(layer, QgsRasterLayer):
            style_zones(layer, self.n_zones)


def style_zones(layer: QgsRasterLayer, n_zones: int) -> None:
    classes = [
        QgsPalettedRasterRenderer.Class(k, QColor(colour), label)
        for k, (colour, label) in enumerate(zip(zone_colours(n_zones), translated_labels(n_zones)), start=1)
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    layer.triggerRepaint()


_alive: list = []  # QGIS does not own Python post-processors


class ZonesAlgorithm(EvaluateAlgorithm):
    """Runs :func:`alsa_plugin.jobs.zones_job.run_zones` (inputs prepared as for alsa:evaluate)."""

    NAME, DISPLAY_NAME = "zones", tr_noop("Susceptibility zones")
    HELP = HELP_TEXT

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", self.tr("Susceptibility raster")))
        add_landslide_parameters(self)
        polygons = [compat.VECTOR_POLYGON]
        self.addParameter(
            QgsProcessingParameterFeatureSource("MASK", self.tr("Study-area mask"), polygons, optional=True)
        )
        self.addParameter(number_parameter("N_ZONES", self.tr("Number of zones"), INTEGER, 5, MIN_ZONES, MAX_ZONES))
        labels = [self.tr(b) for b in BREAK_LABELS]
        self.addParameter(QgsProcessingParameterEnum("BREAKS", self.tr("Zone edges"), labels, defaultValue=0))
        self.addParameter(
            QgsProcessingParameterString("SHARES", self.tr("Landslide shares (%)"), "50,75,90,95", optional=True)
        )
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", self.tr("Susceptibility zones")))
        csv = self.tr("CSV files (*.csv)")
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_TABLE", self.tr("Zone table"), csv))
        add_report_parameters(self)
        describe_parameters(self, PARAMETER_HELP | OWN_HELP, low=MIN_ZONES, high=MAX_ZONES)
        self.addOutput(QgsProcessingOutputNumber("N_ZONES_WRITTEN", self.tr("Number of zones written")))

    def process(self, parameters, context, feedback):
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        table = self.parameterAsFileOutput(parameters, "OUTPUT_TABLE", context)
        html = report_path(self, parameters, context)
        method = METHODS[self.parameterAsEnum(parameters, "BREAKS", context)]
        with processing_errors():
            shares = parse_shares(self.parameterAsString(parameters, "SHARES", context) or "50,75,90,95")
            settings = ZoneSettings(self.parameterAsInt(parameters, "N_ZONES", context), method, shares)
            outcome = run_zones(
                self.inputs,
                settings,
                output,
                table,
                html,
                progress_callback(feedback),
                log_extra=self.log_extra,
                dpi=report_dpi(self, parameters, context),
            )
        for note in outcome.notes:
            feedback.pushInfo(note)
        for warning in outcome.warnings:
            feedback.pushWarning(warning)
        z = outcome.zones
        for line in zone_lines(z):
            feedback.pushInfo(line)
        load_zones(context, output, self.tr("Susceptibility zones"), z.n_zones)
        return {"OUTPUT": output, "OUTPUT_TABLE": table, "OUTPUT_REPORT": html, "N_ZONES_WRITTEN": z.n_zones}


def zone_lines(z) -> list[str]:
    """One line per zone for the feedback: its edges and its shares of area and landslides."""
    return [
        tr("zone {k} ({label}): {lower:g} – {upper:g}, {area:.1%} of the area, {share:.1%} of the landslides").format(
            k=k + 1,
            label=z.table["label"][k],
            lower=z.table["lower"][k],
            upper=z.table["upper"][k],
            area=z.table["area_share"][k],
            share=z.table["train_landslide_share"][k],
        )
        for k in range(z.n_zones)
    ]


def load_zones(context: QgsProcessingContext, path: str, name: str, n_zones: int) -> None:
    """Ask Processing to add the zones to the project when done, with the paletted style."""
    if context.project() is None:
        return
    if not context.willLoadLayerOnCompletion(path):
        context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails(name, context.project(), name))
    styler = ZoneStyler(n_zones)
    _alive.append(styler)
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(styler)
