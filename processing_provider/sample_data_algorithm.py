"""``alsa:sampledata``: write the built-in synthetic sample data set to a folder."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFolderDestination,
)

from ..alsa_plugin.core.i18n import tr_noop
from ..alsa_plugin.gis.sample_data import write_sample_data
from .base_algorithm import AlsaAlgorithm
from .feedback import processing_errors

CONTINUOUS = ("slope", "factor01", "factor02", "factor03")
CLASSIFIED = ("classes00",)

HELP_TEXT = tr_noop("""<p>Writes the built-in synthetic study area (400 × 500 cells of 10 m, EPSG:32617) to a folder, \
so every ALSA tool can be tried at once:</p>
<ul>\
<li><b>slope.tif</b> (degrees, 0 on flat cells), <b>factor01–03.tif</b>: continuous factors (Float32);</li>\
<li><b>classes00.tif</b>: a classified factor (Byte, classes from 1, nodata 0);</li>\
<li><b>dem.tif</b>: an elevation model whose slope (e.g. from <i>Slope</i>) is close to slope.tif;</li>\
<li><b>landslides.gpkg</b>: the landslide inventory, about 1 % of the cells, as polygons.</li>\
</ul>
<p>The data are deterministic: every run writes the same files. Existing files are never \
overwritten: choose an empty or new folder.</p>
<p>Try it: <i>Certainty factor</i> with LANDSLIDES = landslides, CONTINUOUS_FACTORS = slope and \
factor01–03, CLASSIFIED_FACTORS = classes00, OPTIMIZE on and FLAT_SLOPE = slope.</p>""")


class SampleDataAlgorithm(AlsaAlgorithm):
    """Writes :mod:`alsa_plugin.gis.sample_data` and loads it into the project."""

    NAME, DISPLAY_NAME, HELP = "sampledata", tr_noop("Write sample data"), HELP_TEXT
    GROUP, GROUP_ID = tr_noop("Data"), "data"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Folder for the sample data")),
            tr_noop("A new or empty folder; files already there are never overwritten."),
        )
        self.addOutput(QgsProcessingOutputVectorLayer("LANDSLIDES", self.tr("Landslide polygons")))
        self.addOutput(QgsProcessingOutputRasterLayer("DEM", self.tr("Elevation model")))
        self.addOutput(QgsProcessingOutputRasterLayer("SLOPE", self.tr("Slope factor")))
        self.addOutput(QgsProcessingOutputMultipleLayers("FACTORS", self.tr("All factors")))
        self.addOutput(QgsProcessingOutputMultipleLayers("CONTINUOUS_FACTORS", self.tr("Continuous factors")))
        self.addOutput(QgsProcessingOutputMultipleLayers("CLASSIFIED_FACTORS", self.tr("Classified factors")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        with processing_errors():  # AlsaInputError → QgsProcessingException
            paths = {k: str(p) for k, p in write_sample_data(folder).items()}
        feedback.pushInfo(self.tr("Sample data written to {folder}").format(folder=folder))
        if context.project() is not None:
            for key, path in paths.items():
                details = QgsProcessingContext.LayerDetails(key, context.project(), key)
                context.addLayerToLoadOnCompletion(path, details)
        return {
            self.OUTPUT_FOLDER: folder,
            "LANDSLIDES": paths["landslides"],
            "DEM": paths["dem"],
            "SLOPE": paths["slope"],
            "FACTORS": [paths[k] for k in CONTINUOUS + CLASSIFIED],
            "CONTINUOUS_FACTORS": [paths[k] for k in CONTINUOUS],
            "CLASSIFIED_FACTORS": [paths[k] for k in CLASSIFIED],
        }
