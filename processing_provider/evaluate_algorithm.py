"""``alsa:evaluate``: any susceptibility raster against a landslide inventory (SPEC §7)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
)

from ..alsa_plugin.core.i18n import tr_noop
from ..alsa_plugin.jobs.evaluate_job import EvaluateRequest, run_evaluate
from . import compat
from .base_algorithm import PreparedAlgorithm
from .feedback import processing_errors, progress_callback
from .help import PARAMETER_HELP
from .report_parameters import REPORT_HELP, add_report_parameters, report_dpi, report_path
from .study_parameters import (
    add_landslide_parameters,
    crs_wkt,
    describe_parameters,
    landslide_sources,
    layer_files,
    mask_file,
    raster_path,
)

HELP_TEXT = tr_noop("""<p>Evaluates any susceptibility raster (an ALSA LSI, a machine-learning probability, a map \
from other software; higher values = more susceptible) against a landslide inventory, on the \
raster's own grid.</p>
<p><b>Success rate</b> (LANDSLIDES) and <b>prediction rate</b> (TEST_LANDSLIDES): the cells are ranked \
from the highest value to the lowest; the curve plots the cumulative share of cells against the \
cumulative share of landslide weight, and the rate is the area under it. Cells with equal values \
form one step, so ties are never broken by cell order. <b>ROC AUC</b>: the landslide cells \
(weighted) against the ranked cells holding no landslide, ties counting one half.</p>
<p>Nodata cells of the raster (and cells outside MASK) are not ranked; landslide cells on them drop \
out, and a warning says how many. The curves are written in long form to a CSV table (columns curve, \
cell_fraction, landslide_fraction).</p>""")

OWN_HELP = {
    "INPUT": tr_noop("The susceptibility raster (first band); higher values = more susceptible. Its grid is used."),
    "TEST_LANDSLIDES": tr_noop(
        "Optional test inventory (points, polygons or a 0/1 raster): gives the prediction rate."
    ),
    "MASK": tr_noop("Optional study-area polygons: cells whose centre lies outside are not ranked."),
    "OUTPUT_TABLE": tr_noop("CSV file for the success (and prediction) rate curves."),
} | REPORT_HELP
RATES = {
    "SUCCESS_RATE": "Success rate (AUC, LANDSLIDES)",
    "PREDICTION_RATE": "Prediction rate (AUC, TEST_LANDSLIDES)",
    "ROC_AUC": "ROC AUC (LANDSLIDES)",
    "ROC_AUC_TEST": "ROC AUC (TEST_LANDSLIDES)",
}


class EvaluateAlgorithm(PreparedAlgorithm):
    """Runs :func:`alsa_plugin.jobs.evaluate_job.run_evaluate`."""

    NAME, DISPLAY_NAME = "evaluate", tr_noop("Evaluate a susceptibility map")
    GROUP, GROUP_ID = tr_noop("Evaluation"), "evaluation"
    HELP = HELP_TEXT

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", self.tr("Susceptibility raster")))
        add_landslide_parameters(self)
        polygons = [compat.VECTOR_POLYGON]
        self.addParameter(
            QgsProcessingParameterFeatureSource("MASK", self.tr("Study-area mask"), polygons, optional=True)
        )
        csv = self.tr("CSV files (*.csv)")
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_TABLE", self.tr("Rate curves"), csv))
        add_report_parameters(self)
        describe_parameters(self, PARAMETER_HELP | OWN_HELP)
        for key, label in RATES.items():
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def prepare_inputs(self, parameters, context, feedback, workdir):
        """The raster's file and QGIS CRS; landslides and mask exported in that CRS (main thread)."""
        layer = self.parameterAsRasterLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException(self.tr("INPUT: choose a susceptibility raster layer."))
        path = raster_path(layer, "INPUT")
        layer_crs = {path: crs_wkt(layer, "INPUT")}
        notes: list[str] = []
        sources = landslide_sources(self, parameters, context, layer.crs(), workdir, layer_crs, notes)
        mask = mask_file(self, parameters, context, layer.crs(), workdir)
        origins = layer_files(self, parameters, context)
        return EvaluateRequest(path, *sources, mask=mask, origins=origins, layer_crs=layer_crs, notes=tuple(notes))

    def process(self, parameters, context, feedback):
        table = self.parameterAsFileOutput(parameters, "OUTPUT_TABLE", context)
        with processing_errors():
            outcome = run_evaluate(self.inputs, table, progress_callback(feedback))
        for note in outcome.notes:
            feedback.pushInfo(note)
        for warning in outcome.warnings:
            feedback.pushWarning(warning)
        values = [outcome.success, outcome.prediction, outcome.roc_auc, outcome.roc_auc_test]
        feedback.pushInfo(", ".join(f"{k} {v:.4f}" for k, v in zip(RATES, values) if v is not None))
        html = report_path(self, parameters, context)
        if html:
            with processing_errors():
                write_evaluation_report(
                    self.inputs, outcome, self.log_extra, html, report_dpi(self, parameters, context)
                )
        return dict(zip(RATES, values), OUTPUT_TABLE=table, OUTPUT_REPORT=html)


def write_evaluation_report(request, outcome, log_extra: dict, html: str, dpi: int) -> None:
    """The report of an evaluation: inputs, AUCs and the rate curves (after the rates table is written)."""
    from ..alsa_plugin.jobs.study import versions
    from ..alsa_plugin.report import write_report

    ev = outcome.evaluation
    log = {
        "software": versions(),
        "inputs": {"susceptibility": request.susceptibility, "landslides": vars(request.landslides)}
        | ({"test_landslides": vars(request.test_landslides)} if request.test_landslides else {})
        | ({"mask": request.mask} if request.mask else {}),
        "counts": {"ranked_cells": ev.n_ranked},
        "results": {
            "success_rate": outcome.success,
            "prediction_rate": outcome.prediction,
            "roc_auc_train": outcome.roc_auc,
            "roc_auc_test": outcome.roc_auc_test,
        },
        "notes": outcome.notes,
        "warnings": outcome.warnings,
        "files": [str(outcome.table)] if outcome.table else [],
        "_memory": {"curves": {"success": ev.success, "prediction": ev.prediction}},
    } | (log_extra or {})
    write_report(log, Path(html).parent, html, dpi=dpi)
