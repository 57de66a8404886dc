"""``alsa:decisiveness``: the absolute importance of every factor (SPEC §11; ALSA 4.0/5.0).

The work is :func:`alsa_plugin.jobs.decisiveness_job.run_decisiveness`; the study
parameters are those of the bivariate method algorithms.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
)

from ..alsa_plugin.core.decisiveness import CompensatedDecisiveness
from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.jobs.decisiveness_job import CRITERIA, DecisivenessSettings, run_decisiveness
from .base_algorithm import PreparedAlgorithm
from .compat import DOUBLE, INTEGER
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

CRITERION_LABELS = [
    tr_noop("Susceptibility optimisation (DC at the optimal CF bin width)"),
    tr_noop("Given bin width (DC at BIN_WIDTH)"),
    tr_noop("Classification compensation (every factor at TARGET_CLASSES classes)"),
]

DECISIVENESS_HELP = tr_noop("""<p>Decisiveness (DC) of every factor: its absolute importance in ALSA 4.0/5.0 \
(Li &amp; Lan 2024, <i>Int. J. Digital Earth</i> 17). DC of a factor is the mean over the valid cells of \
|CF| of the certainty factor (eq. 23) of the cell's class or bin in that factor alone; it lies in 0–1, \
higher is more decisive. It is a weighted sum over the CF table (cells of each class or value × |CF|), so \
no pass over the cells is needed.</p>
<p>DC grows as bins narrow or classes multiply, so factors are compared under a criterion: \
<b>susceptibility optimisation</b> (ALSA 5.0's default) optimises the CF bin width over k·10<sup>−Q</sup> \
(prediction rate; success rate without a test set) and takes DC at the optimal width; <b>given bin width</b> \
takes DC at BIN_WIDTH; <b>classification compensation</b> brings every factor to m = TARGET_CLASSES classes: \
continuous factors at bin width 1/m, classified factors with more classes merged at random into m groups, \
their DC the mean over every possible merge, or over N_MERGES random merges (SEED) when there are too many, \
with its spread.</p>
<p>Written to the output folder: <code>Decisiveness_&lt;tag&gt;.csv</code> (factor, kind, classes or bins, \
bin width, DC; tag as in a bivariate run, e.g. CF_P3_W0.12, or compensated_m&lt;m&gt;), with SWEEP \
<code>Decisiveness_sweep_P&lt;P&gt;_Q&lt;Q&gt;.csv</code> (DC of every factor at each width k·10<sup>−Q</sup>, \
one column per factor), when optimising the bin-width/AUC table, and \
<code>Decisiveness_log_&lt;tag&gt;.json</code> with every input, setting and result. Nothing is written if \
the run fails or is cancelled.</p>""")

DECISIVENESS_PARAMETER_HELP = {
    "CRITERION": tr_noop(
        "How factors are made comparable: the optimal CF bin width, the given BIN_WIDTH, or classification "
        "compensation to TARGET_CLASSES classes."
    ),
    "BIN_WIDTH": tr_noop(
        "Bin width in normalised units, 0.000001–1, used by the given-bin-width criterion; widths below "
        "2·10^−PRECISION change nothing."
    ),
    "OPT_PRECISION": tr_noop("Q, 1–4: the widths k·10^−Q, k = 1…10^Q, of the optimisation and of the sweep."),
    "TARGET_CLASSES": tr_noop(
        "Classification compensation: the class count m, 0–1000; 0 = the smallest class count among the "
        "classified factors."
    ),
    "N_MERGES": tr_noop(
        "Classification compensation: random merges of a classified factor's classes, 1–1000000, used when "
        "there are more than 100000 possible merges (SEED makes them repeatable)."
    ),
    "SWEEP": tr_noop("Also write the DC of every factor at every bin width k·10^−Q."),
    "OUTPUT_FOLDER": tr_noop("Folder for the decisiveness tables and the log."),
}


def decisiveness_lines(dcs) -> list[str]:
    """Every factor's DC, highest first, in plain words (for the feedback)."""
    lines = [tr("Decisiveness (DC, 0–1, higher = more decisive), highest first:")]
    for rank, d in enumerate(sorted(dcs, key=lambda d: -d.dc), 1):
        if isinstance(d, CompensatedDecisiveness) and d.n_merges > 1:
            text = tr(
                "{rank}. {name}: DC {dc:.4f} ± {std:.4f} (range {lo:.4f}–{hi:.4f}; {k} classes merged into "
                "{m}, mean of {n} merges, {merging})"
            )
            lines.append(
                text.format(
                    rank=rank,
                    name=d.name,
                    dc=d.dc,
                    std=d.std,
                    lo=d.min,
                    hi=d.max,
                    k=d.n_classes,
                    m=d.target,
                    n=d.n_merges,
                    merging=tr("every merge") if d.merging == "enumerated" else tr("Monte Carlo"),
                )
            )
        elif d.width is None:
            lines.append(
                tr("{rank}. {name}: DC {dc:.4f} (classified, {k} classes)").format(
                    rank=rank, name=d.name, dc=d.dc, k=d.n_classes
                )
            )
        else:
            lines.append(
                tr("{rank}. {name}: DC {dc:.4f} (continuous, {k} distinct values, bin width {w:g})").format(
                    rank=rank, name=d.name, dc=d.dc, k=d.n_classes, w=d.width
                )
            )
    return lines


class DecisivenessAlgorithm(PreparedAlgorithm):
    """``alsa:decisiveness`` — DC of every factor under one criterion, optionally over the bin widths."""

    NAME, DISPLAY_NAME, HELP = "decisiveness", tr_noop("Decisiveness of factors"), DECISIVENESS_HELP
    GROUP, GROUP_ID = tr_noop("Factor analysis"), "factors"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_study_parameters(self, tr("Random seed (empty: drawn and logged)"))
        self.addParameter(
            QgsProcessingParameterEnum("CRITERION", tr("Criterion"), [tr(x) for x in CRITERION_LABELS], False, 0)
        )
        self.addParameter(number_parameter("BIN_WIDTH", tr("Bin width"), DOUBLE, 0.1, 0.000001, 1.0))
        self.addParameter(number_parameter("OPT_PRECISION", tr("Optimisation precision"), INTEGER, 2, 1, 4))
        self.addParameter(number_parameter("TARGET_CLASSES", tr("Target class count m"), INTEGER, 0, 0, 1000))
        self.addParameter(number_parameter("N_MERGES", tr("Random merges"), INTEGER, 1000, 1, 1000000))
        self.addParameter(QgsProcessingParameterBoolean("SWEEP", tr("DC over every bin width"), False))
        add_flat_parameter(self)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        add_report_parameters(self)
        self.addOutput(QgsProcessingOutputFile("TABLE", tr("Decisiveness of every factor (CSV)")))
        self.addOutput(QgsProcessingOutputFile("SWEEP_TABLE", tr("Decisiveness over the bin widths (CSV)")))
        self.addOutput(QgsProcessingOutputNumber("BIN_WIDTH_USED", tr("Bin width used")))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Run log (JSON)")))
        describe_parameters(self, PARAMETER_HELP | DECISIVENESS_PARAMETER_HELP)

    def settings(self, parameters, context) -> DecisivenessSettings:
        with processing_errors():
            settings = DecisivenessSettings(
                criterion=CRITERIA[self.parameterAsEnum(parameters, "CRITERION", context)],
                precision=self.parameterAsInt(parameters, "PRECISION", context),
                width=self.parameterAsDouble(parameters, "BIN_WIDTH", context),
                opt_precision=self.parameterAsInt(parameters, "OPT_PRECISION", context),
                target_classes=self.parameterAsInt(parameters, "TARGET_CLASSES", context),
                n_merges=self.parameterAsInt(parameters, "N_MERGES", context),
                sweep=self.parameterAsBoolean(parameters, "SWEEP", context),
                train_ratio=self.parameterAsDouble(parameters, "TRAIN_RATIO", context),
                seed=seed_value(self, parameters, context),
                split_by=split_by_value(self, parameters, context),
            )
            settings.check()
        return settings

    def prepare_inputs(self, parameters, context, feedback, workdir):
        self.settings(parameters, context)  # bad settings fail before any layer is exported
        return study_request(self, parameters, context, workdir)

    def process(self, parameters, context, feedback):
        settings = self.settings(parameters, context)
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        html = report_path(self, parameters, context)
        with processing_errors():
            outcome = run_decisiveness(
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
        for line in decisiveness_lines(outcome.dcs):
            feedback.pushInfo(line)
        return {
            "OUTPUT_FOLDER": str(folder),
            "OUTPUT_REPORT": html,
            "TABLE": str(outcome.table_path),
            "SWEEP_TABLE": str(outcome.sweep_path) if outcome.sweep_path else None,
            "BIN_WIDTH_USED": outcome.width,
            "LOG": str(outcome.log_path),
        }
