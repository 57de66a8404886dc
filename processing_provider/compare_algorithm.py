"""``alsa:comparebivariate``: the eight methods, optimal and conventional, in one table (paper Table 4).

The work is :func:`alsa_plugin.jobs.compare_job.run_compare`. The algorithm shares the
study parameters, the group and the run log (:meth:`~.base_algorithm.AlsaAlgorithm._log_extra`)
of the single-method algorithms.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.core.reclassify import METHODS as CLASSIFICATIONS
from ..alsa_plugin.jobs.compare_job import CompareSettings, parse_classes, run_compare
from ..alsa_plugin.jobs.reclassify_job import MAX_CLASSES
from .base_algorithm import PreparedAlgorithm
from .compat import INTEGER
from .feedback import processing_errors, progress_callback
from .help import PARAMETER_HELP
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

CLASSIFICATION_LABELS = [tr_noop("Equal interval"), tr_noop("Quantile"), tr_noop("Natural breaks (Jenks)")]

COMPARE_HELP = tr_noop("""<p>Runs all eight conditional-probability methods of ALSA 3.0 (frequency contrast, frequency \
ratio, information value, certainty factor, cosine amplitude, weight of evidence, weight contrast, \
sufficiency ratio) in several scenarios and sets their prediction rates side by side, like Table 4 of \
Li &amp; Lan 2023 (<i>Remote Sensing</i> 15, 1418).</p>
<p><b>Optimal</b>: continuous factors classification-free at PRECISION; each method's bin width is \
optimised over k·10<sup>−Q</sup> (OPT_PRECISION Q). <b>Conventional</b>: for every number n in CLASSES \
each continuous factor is reclassified into n classes (CLASSIFICATION, breaks over the study area's \
valid cells) and every factor is analysed as classified. Classified factors stay classified in every \
scenario. Every scenario uses the same cells and the same training/test split (SEED; when empty a seed \
is drawn and written to the log).</p>
<p>Written to the output folder: <code>Compare_prediction_rates.csv</code> (a row per method, then \
"Average" and "Percent difference"; columns: the optimal width, the prediction and the success rate of \
every scenario, each rate's average over the scenarios and its percent difference; percent difference \
= 100·(maximum − value)/value as in the paper, empty = N.A.), <code>Compare_spearman.csv</code> (the \
Spearman rank correlation between the LSI maps of the eight optimal methods), the LSI of each optimal \
method (<code>LSI_&lt;method&gt;_P&lt;P&gt;_W&lt;w&gt;.tif</code>) and <code>Compare_log.json</code> with \
every input, setting and result. Nothing is written if the run fails or is cancelled. The LSI of the \
best method is added to the project: the method with the highest optimal prediction rate or, when \
there is no test set (TRAIN_RATIO 1 and no TEST_LANDSLIDES), the highest optimal success rate.</p>""")

COMPARE_PARAMETER_HELP = {
    "PRECISION": tr_noop("Decimals kept of the normalised continuous values in the optimal scenario, 0–6."),
    "OPT_PRECISION": tr_noop("Q, 1–4: the optimal scenario tries every bin width k·10^−Q, k = 1…10^Q, per method."),
    "CLASSES": tr_noop(
        "Numbers of classes of the conventional scenarios, comma-separated whole numbers from 2 to "
        '{max_classes} (the paper\'s 10, 5 and 3: "10,5,3").'
    ),
    "CLASSIFICATION": tr_noop(
        "How continuous factors are split into classes in the conventional scenarios: equal "
        "interval, quantile or natural breaks (Jenks), over the valid cells of the study area."
    ),
    "OUTPUT_FOLDER": tr_noop(
        "Folder for the comparison table, the Spearman matrix, the optimal LSI rasters and the log."
    ),
}


class CompareBivariateAlgorithm(PreparedAlgorithm):
    """``alsa:comparebivariate`` — all eight methods, optimal and conventional (in the group of the methods)."""

    NAME, DISPLAY_NAME, HELP = "comparebivariate", tr_noop("Compare bivariate methods"), COMPARE_HELP
    GROUP, GROUP_ID = tr_noop("Bivariate methods"), "bivariate"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_study_parameters(self, tr("Random seed (empty: drawn and logged)"))
        self.addParameter(number_parameter("OPT_PRECISION", tr("Optimisation precision"), INTEGER, 2, 1, 4))
        self.addParameter(QgsProcessingParameterString("CLASSES", tr("Numbers of classes (conventional)"), "10,5,3"))
        self.addParameter(
            QgsProcessingParameterEnum(
                "CLASSIFICATION", tr("Classification method"), [tr(x) for x in CLASSIFICATION_LABELS], False, 0
            )
        )
        add_flat_parameter(self)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        add_report_parameters(self)
        self.addOutput(QgsProcessingOutputFile("TABLE", tr("Prediction rates of every method and scenario (CSV)")))
        self.addOutput(QgsProcessingOutputFile("SPEARMAN", tr("Spearman rank correlation of the optimal LSIs (CSV)")))
        best = tr("Method with the highest optimal prediction rate (success rate without a test set)")
        self.addOutput(QgsProcessingOutputString("BEST_METHOD", best))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Run log (JSON)")))
        describe_parameters(self, PARAMETER_HELP | COMPARE_PARAMETER_HELP, max_classes=MAX_CLASSES)

    def prepare_inputs(self, parameters, context, feedback, workdir):
        self.settings(parameters, context).check()  # bad settings fail before any layer is exported
        return study_request(self, parameters, context, workdir)

    def settings(self, parameters, context) -> CompareSettings:
        with processing_errors():
            return CompareSettings(
                precision=self.parameterAsInt(parameters, "PRECISION", context),
                opt_precision=self.parameterAsInt(parameters, "OPT_PRECISION", context),
                classes=parse_classes(self.parameterAsString(parameters, "CLASSES", context)),
                classification=CLASSIFICATIONS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)],
                train_ratio=self.parameterAsDouble(parameters, "TRAIN_RATIO", context),
                seed=seed_value(self, parameters, context),
                split_by=split_by_value(self, parameters, context),
            )

    def process(self, parameters, context, feedback):
        settings = self.settings(parameters, context)
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        html = report_path(self, parameters, context)
        with processing_errors():
            outcome = run_compare(
                self.inputs,
                settings,
                folder,
                progress_callback(feedback),
                self.log_extra,
                output_report=html,
                dpi=report_dpi(self, parameters, context),
            )
        for note in outcome.notes:
            feedback.pushInfo(note)
        rates = outcome.rates
        for m, r in rates["optimal"].items():
            conv = ", ".join(
                f"{s.replace('_', ' ')} {rates[s][m]['prediction']:.4f}"
                for s in rates
                if s != "optimal" and rates[s][m]["prediction"] is not None
            )
            pred = r["prediction"]
            line = (
                tr("{method}: optimal (width {width:g}) prediction rate {rate:.4f}")
                if pred is not None
                else tr("{method}: optimal (width {width:g}) success rate {rate:.4f}")
            ).format(method=m, width=r["bin_width"], rate=pred if pred is not None else r["success"])
            feedback.pushInfo(f"{line}; {conv}" if conv else line)
        best = (
            tr("Best method: {best_method} (optimal prediction rate; seed {seed})")
            if outcome.criterion == "prediction"
            else tr("Best method: {best_method} (optimal success rate; seed {seed})")
        )
        feedback.pushInfo(best.format(best_method=outcome.best_method, seed=outcome.seed))
        load_styled(
            context,
            str(outcome.lsi_paths[outcome.best_method]),
            tr("LSI {method} (optimal)").format(method=outcome.best_method),
        )
        return {
            "OUTPUT_FOLDER": str(folder),
            "OUTPUT_REPORT": html,
            "TABLE": str(outcome.table_path),
            "SPEARMAN": str(outcome.spearman_path),
            "BEST_METHOD": outcome.best_method,
            "LOG": str(outcome.log_path),
        }
