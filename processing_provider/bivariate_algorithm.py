"""The base of the eight bivariate method algorithms (``alsa:certaintyfactor`` …).

Parameters mirror the ALSA 3.0 dialog (Li & Lan 2023 §4); the work is
:func:`alsa_plugin.jobs.bivariate_job.run_bivariate`, the same for the toolbox, the
modeler, ``qgis_process`` and the plugin's dialog.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
)

from ..alsa_plugin.core import get_method
from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from .base_algorithm import PreparedAlgorithm
from .compat import DOUBLE, INTEGER
from .decisiveness_algorithm import decisiveness_lines
from .feedback import processing_errors, progress_callback
from .help import PARAMETER_HELP, bivariate_help, capitalised
from .report_parameters import add_report_parameters, report_dpi, report_path
from .study_parameters import (
    add_flat_parameter,
    add_study_parameters,
    describe_parameters,
    number_parameter,
    seed_value,
    split_by_value,
    study_request,
)
from .styling import load_styled
from .zones_algorithm import load_zones, zone_lines


class BivariateAlgorithm(PreparedAlgorithm):
    """One conditional-probability method; subclasses set ``METHOD`` and ``NAME``."""

    METHOD = ""
    GROUP, GROUP_ID = tr_noop("Bivariate methods"), "bivariate"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return capitalised(tr(get_method(self.METHOD).name))

    def shortHelpString(self) -> str:  # noqa: N802
        return bivariate_help(self.METHOD)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_study_parameters(self, tr("Random seed (empty: a new split each run)"))
        self.addParameter(number_parameter("BIN_WIDTH", tr("Bin width"), DOUBLE, 0.1, 0.000001, 1.0))
        self.addParameter(QgsProcessingParameterBoolean("OPTIMIZE", tr("Optimise the bin width"), False))
        self.addParameter(number_parameter("OPT_PRECISION", tr("Optimisation precision"), INTEGER, 2, 1, 4))
        add_flat_parameter(self)
        lsi = QgsProcessingParameterRasterDestination("OUTPUT_LSI", tr("Landslide susceptibility index"), optional=True)
        lsi.setCreateByDefault(False)
        self.addParameter(lsi)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        zones = QgsProcessingParameterRasterDestination("OUTPUT_ZONES", tr("Susceptibility zones"), optional=True)
        zones.setCreateByDefault(False)
        self.addParameter(zones)
        add_report_parameters(self)
        self.addOutput(QgsProcessingOutputNumber("SUCCESS_RATE", tr("Success rate (AUC, training landslides)")))
        self.addOutput(QgsProcessingOutputNumber("PREDICTION_RATE", tr("Prediction rate (AUC, test landslides)")))
        self.addOutput(QgsProcessingOutputNumber("BIN_WIDTH_USED", tr("Bin width used")))
        self.addOutput(QgsProcessingOutputFile("DECISIVENESS", tr("Decisiveness of every factor (CSV)")))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Run log (JSON)")))
        describe_parameters(self, PARAMETER_HELP)

    def prepare_inputs(self, parameters, context, feedback, workdir):
        return study_request(self, parameters, context, workdir)

    def process(self, parameters, context, feedback):
        settings = BivariateSettings(
            self.METHOD,
            precision=self.parameterAsInt(parameters, "PRECISION", context),
            width=self.parameterAsDouble(parameters, "BIN_WIDTH", context),
            optimize=self.parameterAsBoolean(parameters, "OPTIMIZE", context),
            opt_precision=self.parameterAsInt(parameters, "OPT_PRECISION", context),
            train_ratio=self.parameterAsDouble(parameters, "TRAIN_RATIO", context),
            seed=seed_value(self, parameters, context),
            split_by=split_by_value(self, parameters, context),
        )
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        lsi_path = self.parameterAsOutputLayer(parameters, "OUTPUT_LSI", context) or None
        zones_path = self.parameterAsOutputLayer(parameters, "OUTPUT_ZONES", context) or None
        html = report_path(self, parameters, context)
        with processing_errors():
            outcome = run_bivariate(
                self.inputs,
                settings,
                folder,
                lsi_path,
                progress_callback(feedback),
                self.log_extra,
                output_zones=zones_path,
                output_report=html,
                dpi=report_dpi(self, parameters, context),
            )
        for note in outcome.notes:
            feedback.pushInfo(note)
        pred = outcome.prediction
        feedback.pushInfo(
            f"{self.displayName()}: success rate {outcome.success:.4f}"
            + (f", prediction rate {pred:.4f}" if pred is not None else " (no test set)")
            + (f", bin width {outcome.width:g}" if outcome.width is not None else "")
        )
        for line in decisiveness_lines(outcome.decisiveness):
            feedback.pushInfo(line)
        load_styled(context, str(outcome.lsi_path), f"LSI {self.METHOD}")
        if outcome.zones is not None:
            for line in zone_lines(outcome.zones):
                feedback.pushInfo(line)
            name = tr("Susceptibility zones {method}").format(method=self.METHOD)
            load_zones(context, str(outcome.zones_path), name, outcome.zones.n_zones)
        return {
            "OUTPUT_ZONES": str(outcome.zones_path) if outcome.zones_path else None,
            "OUTPUT_REPORT": html,
            "OUTPUT_LSI": str(outcome.lsi_path),
            "OUTPUT_FOLDER": str(folder),
            "SUCCESS_RATE": outcome.success,
            "PREDICTION_RATE": pred,
            "BIN_WIDTH_USED": outcome.width,
            "DECISIVENESS": str(outcome.decisiveness_path),
            "LOG": str(outcome.log_path),
        }
