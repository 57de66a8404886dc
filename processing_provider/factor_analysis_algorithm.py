"""``alsa:factoranalysis``: distributions, collinearity, association and the WoE independence check (SPEC §12).

The work is :func:`alsa_plugin.jobs.factor_analysis_job.run_factor_analysis`; the study
parameters are those of the bivariate method algorithms.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingOutputFile, QgsProcessingParameterFolderDestination

from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.jobs.factor_analysis_job import FactorAnalysisSettings, run_factor_analysis
from .base_algorithm import PreparedAlgorithm
from .compat import INTEGER
from .feedback import processing_errors, progress_callback
from .help import PARAMETER_HELP
from .report_parameters import add_report_parameters, report_dpi, report_path
from .study_parameters import (
    add_study_parameters,
    describe_parameters,
    number_parameter,
    seed_value,
    split_by_value,
    study_request,
)

FACTOR_ANALYSIS_HELP = tr_noop("""<p>What to check before trusting a susceptibility model: how landslides are \
distributed over each factor, and which factors say the same thing.</p>
<ul><li>Distributions: for every factor, the training landslide, test landslide and non-landslide cells \
over its classes, or over N_CLASSES equal-interval value bins in the factor's own units, with \
p(L|F).</li><li>Continuous factors: the variance inflation factor VIF = 1/(1 − R²) and tolerance 1/VIF, \
and the Pearson and Spearman correlation matrices, on the rasters' own values over all valid cells, or \
over a random sample of SAMPLE_CELLS cells (SEED) when there are more.</li><li>Every pair of factors: \
Cramér's V from their contingency table over all valid cells (continuous factors in N_CLASSES \
equal-interval classes).</li><li>Weights of evidence's conditional independence: the predicted number of \
landslide cells T against the observed N(L) (N(L)/T below 0.85 signals dependence) and the \
Agterberg–Cheng statistic with its one-sided p-value, with continuous factors in N_CLASSES classes.</li></ul>
<p>Verdicts over the usual thresholds (VIF above 5 or 10, |r| above 0.7, Cramér's V above 0.3 or 0.5) are \
listed in plain words in the log panel and the summary. Written to the output folder: \
<code>Factors_distribution_&lt;factor&gt;.csv</code> per factor, <code>Factors_vif.csv</code>, \
<code>Factors_pearson.csv</code>, <code>Factors_spearman.csv</code>, <code>Factors_cramers_v.csv</code> \
and <code>Factors_summary.json</code> (every input and setting, which cells were used, every figure and \
verdict). Nothing is written if the run fails or is cancelled.</p>""")

FACTOR_ANALYSIS_PARAMETER_HELP = {
    "N_CLASSES": tr_noop(
        "Equal-interval classes of each continuous factor's value range, 2–1000, for the distributions, "
        "Cramér's V and the conditional-independence check."
    ),
    "SAMPLE_CELLS": tr_noop(
        "VIF and correlations use every valid cell up to this many, 1000–100000000; with more valid cells, a random "
        "sample of this size (SEED)."
    ),
    "SEED": tr_noop(
        "Fixed seed for the training/test split and the sample, a whole number 0–2147483647. "
        "Empty: drawn and written to the summary."
    ),
    "OUTPUT_FOLDER": tr_noop("Folder for the distribution, VIF, correlation and Cramér's V tables and the summary."),
}


class FactorAnalysisAlgorithm(PreparedAlgorithm):
    """``alsa:factoranalysis`` — the screening of SPEC §12 on the study inputs."""

    NAME, DISPLAY_NAME, HELP = "factoranalysis", tr_noop("Factor distributions and screening"), FACTOR_ANALYSIS_HELP
    GROUP, GROUP_ID = tr_noop("Factor analysis"), "factors"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_study_parameters(self, tr("Random seed (empty: drawn and logged)"))
        self.addParameter(number_parameter("N_CLASSES", tr("Classes of continuous factors"), INTEGER, 10, 2, 1000))
        cells = number_parameter("SAMPLE_CELLS", tr("Cells for VIF and correlations"), INTEGER, 1000000, 1000, 10**8)
        self.addParameter(cells)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        add_report_parameters(self)
        self.addOutput(QgsProcessingOutputFile("VIF", tr("VIF and tolerance of the continuous factors (CSV)")))
        self.addOutput(QgsProcessingOutputFile("PEARSON", tr("Pearson correlation matrix (CSV)")))
        self.addOutput(QgsProcessingOutputFile("SPEARMAN", tr("Spearman correlation matrix (CSV)")))
        self.addOutput(QgsProcessingOutputFile("CRAMERS_V", tr("Cramér's V matrix (CSV)")))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Summary and run log (JSON)")))
        describe_parameters(self, PARAMETER_HELP | FACTOR_ANALYSIS_PARAMETER_HELP)

    def settings(self, parameters, context) -> FactorAnalysisSettings:
        with processing_errors():
            settings = FactorAnalysisSettings(
                n_classes=self.parameterAsInt(parameters, "N_CLASSES", context),
                sample_cells=self.parameterAsInt(parameters, "SAMPLE_CELLS", context),
                precision=self.parameterAsInt(parameters, "PRECISION", context),
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
            outcome = run_factor_analysis(
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
        if outcome.collinearity is not None:
            feedback.pushInfo(tr("VIF and correlations on {cells}").format(cells=outcome.collinearity.cells))
        if outcome.verdicts:
            feedback.pushInfo(tr("Verdicts:"))
        else:
            feedback.pushInfo(tr("No collinearity, association or dependence above the usual thresholds."))
        for v in outcome.verdicts:
            feedback.pushInfo(f"- {v.text}")
        paths = outcome.paths
        return {
            "OUTPUT_FOLDER": str(folder),
            "OUTPUT_REPORT": html,
            "VIF": str(paths["vif"]) if "vif" in paths else None,
            "PEARSON": str(paths["pearson"]) if "pearson" in paths else None,
            "SPEARMAN": str(paths["spearman"]) if "spearman" in paths else None,
            "CRAMERS_V": str(paths["cramers_v"]) if "cramers_v" in paths else None,
            "LOG": str(outcome.summary_path),
        }
