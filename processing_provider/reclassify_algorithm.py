"""``alsa:reclassify``: a continuous raster into n classes (equal interval, quantile, natural breaks)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.core.reclassify import LABELS, METHODS
from ..alsa_plugin.jobs.reclassify_job import MAX_CLASSES, run_reclassify
from .base_algorithm import PreparedAlgorithm
from .feedback import processing_errors, progress_callback
from .study_parameters import raster_path

METHOD_LABELS = (tr_noop("Equal interval"), tr_noop("Quantile"), tr_noop("Natural breaks (Jenks)"))

HELP_TEXT = tr_noop("""<p>Reclassifies a continuous raster (slope, elevation, …) into n classes, so that the \
conventional 10/5/3-class scenarios of ALSA 3.0 can be run with the classes as a classified factor.</p>
<ul>\
<li><b>Equal interval</b>: n classes of equal width from the minimum to the maximum.</li>\
<li><b>Quantile</b>: about the same number of cells in every class; heavily tied values can give \
equal breaks and so empty classes.</li>\
<li><b>Natural breaks (Jenks)</b>: Fisher's optimal partition (least within-class sum of squares); \
exact over the distinct values when there are at most 2000, else over 2000 equal-width bins.</li>\
</ul>
<p>Class k holds the values in (break<sub>k−1</sub>, break<sub>k</sub>]; class 1 also holds the \
minimum. The output has the input's grid (no resampling), class codes 1…n and nodata 0, as Byte \
(n ≤ 255) or UInt16. Only the first band is read; its nodata cells stay nodata. The breaks are \
reported in the log and in the BREAKS output.</p>""")


class ReclassifyAlgorithm(PreparedAlgorithm):
    """Runs :func:`alsa_plugin.jobs.reclassify_job.run_reclassify`."""

    NAME, DISPLAY_NAME = "reclassify", tr_noop("Reclassify a continuous raster")
    GROUP, GROUP_ID = tr_noop("Data"), "data"
    HELP = HELP_TEXT
    INPUT, N_CLASSES, CLASSIFICATION, OUTPUT, BREAKS = "INPUT", "N_CLASSES", "CLASSIFICATION", "OUTPUT", "BREAKS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Continuous raster")),
            tr_noop("The raster to classify."),
        )
        n = QgsProcessingParameterNumber(self.N_CLASSES, self.tr("Number of classes"), defaultValue=10, minValue=2)
        n.setMaximum(MAX_CLASSES)
        self.add(
            n,
            tr("A whole number, 2–{max}; the paper's conventional scenarios use 10, 5 and 3.").format(max=MAX_CLASSES),
        )
        labels = [self.tr(m) for m in METHOD_LABELS]
        self.add(
            QgsProcessingParameterEnum(self.CLASSIFICATION, self.tr("Classification"), labels, defaultValue=0),
            tr_noop("How the breaks are placed: equal interval, quantile or natural breaks (Jenks)."),
        )
        self.add(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Classes")),
            tr_noop("The class raster (GeoTIFF); it may not be the input raster."),
        )
        self.addOutput(QgsProcessingOutputString(self.BREAKS, self.tr("Class breaks (comma separated, min to max)")))

    def prepare_inputs(self, parameters, context, feedback, workdir):
        """The file behind INPUT (main thread)."""
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("INPUT: choose a raster layer."))
        return raster_path(layer, "INPUT")

    def process(self, parameters, context, feedback):
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if Path(output).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr("OUTPUT: the classes are written as a GeoTIFF; use a .tif file name."))
        n_classes = self.parameterAsInt(parameters, self.N_CLASSES, context)
        method = METHODS[self.parameterAsEnum(parameters, self.CLASSIFICATION, context)]
        with processing_errors():
            outcome = run_reclassify(self.inputs, output, n_classes, method, progress_callback(feedback))
        for note in outcome.notes:
            feedback.pushInfo(note)
        breaks = ", ".join(repr(float(b)) for b in outcome.breaks)
        feedback.pushInfo(self.tr("Breaks ({method}): {breaks}").format(method=tr(LABELS[method]), breaks=breaks))
        for row in outcome.class_rows():
            feedback.pushInfo(row)
        if (outcome.counts == 0).any():
            feedback.pushWarning(self.tr("Some classes are empty (tied values); consider fewer classes."))
        return {self.OUTPUT: output, self.BREAKS: breaks}
