"""``alsa:comparemodels``: machine-learning models and bivariate methods on one split, in one table.

The work is :func:`alsa_plugin.jobs.compare_models_job.run_compare_models`: every chosen
model (:func:`~alsa_plugin.jobs.model_job.run_model`) and method
(:func:`~alsa_plugin.jobs.bivariate_job.run_bivariate`) on the same grid and the same
training/test landslides (one seed), then the table of their success and prediction rates.
Nothing here imports scikit-learn: without it a selection of methods alone still runs.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
)

from ..alsa_plugin.core import METHODS
from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.jobs.compare_models_job import (
    METHOD_KEYS,
    MODEL_KEYS,
    MODEL_NAMES,
    CompareModelsSettings,
    run_compare_models,
)
from .base_algorithm import PreparedAlgorithm
from .compat import DOUBLE, INTEGER
from .feedback import processing_errors, progress_callback
from .help import PARAMETER_HELP, capitalised
from .model_algorithms import (
    MODEL_PARAMETER_HELP,
    add_design_parameters,
    add_search_parameter,
    design_values,
    search_value,
)
from .report_parameters import add_report_parameters, report_dpi, report_path
from .study_parameters import (
    add_factor_parameters,
    add_grid_parameters,
    add_landslide_parameters,
    add_split_parameters,
    describe_parameters,
    number_parameter,
    seed_value,
    split_by_value,
    study_request,
)
from .styling import load_styled

DEFAULT_MODELS = ("LR", "DT", "RF")
DEFAULT_METHODS = ("CF", "FR")

COMPARE_MODELS_HELP = tr_noop("""<p>Machine-learning models and bivariate methods side by side on one \
split: the ML paper's Table 3 (models, Hokkaido) next to Table 4 of Li &amp; Lan 2023 (methods). Every \
chosen model and method runs as its own algorithm would (alsa:randomforest, alsa:certaintyfactor …), \
with the same SEED for all, so all of them use the same grid, valid cells and training/test landslides; \
when SEED is empty one seed is drawn and written to the log.</p>
<p>They are compared on what they share: the success and prediction rates of the full map (the \
probability of a model, the LSI of a method, ranked over the same valid cells against the same \
landslides) and the ROC AUC of the map. The models' ROC AUC on their training and test designs \
(TRAIN_DESIGN, TEST_DESIGN) and the methods' bin width are given as well. Models use their default \
hyperparameters, but for the neighbour search of KNN and of stacking's KNN base (NEIGHBOUR_SEARCH, \
advanced: the approximate search for large maps); the methods share PRECISION, BIN_WIDTH, OPTIMIZE and \
OPT_PRECISION.</p>
<p>Written to the output folder: every item's own outputs under its own name (e.g. \
Probability_RF_Po2-Po1_S1.tif, LSI_CF_P3_W0.1.tif, their rates, tables and logs), the table \
<code>Compare_models.csv</code> (or OUTPUT_TABLE: one row per item, best first by prediction rate, \
by success rate without a test set) and <code>Compare_models_log.json</code> (the seed, the \
settings, every item's log and results). Nothing is written if any item fails or the run is \
cancelled. The raster of the best item is added to the project.</p>""")

COMPARE_MODELS_PARAMETER_HELP = {
    "MODELS": tr_noop(
        "The machine-learning models to compare (each with its default hyperparameters; scikit-learn needed), "
        "by index: 0 LR, 1 DT, 2 KNN, 3 ANN, 4 MLP, 5 RF, 6 Bagging, 7 Stacking. May be empty when METHODS is not."
    ),
    "METHODS": tr_noop(
        "The bivariate methods to compare, by index: 0 FC, 1 FR, 2 IV, 3 CF, 4 CA, 5 WOE, 6 WC, 7 SR. "
        "May be empty when MODELS is not."
    ),
    "NEIGHBOUR_SEARCH": tr_noop(
        "How KNN, and the KNN base of stacking, find their k nearest training cells: exact (scikit-learn; hours "
        "on a map of 20 million cells) or approximate (much faster, needs numba); see alsa:knn. Ignored unless "
        "KNN or stacking is compared."
    ),
    "OUTPUT_TABLE": tr_noop(
        "Where to write the comparison table (CSV); empty: Compare_models.csv in the output folder."
    ),
    "OUTPUT_FOLDER": tr_noop(
        "Folder for every item's outputs (probability and LSI rasters, rates, tables, logs), the table and the "
        "comparison's log."
    ),
}


def model_labels() -> list[str]:
    return [tr("{name} ({key})").format(name=tr(MODEL_NAMES[k]), key=k) for k in MODEL_KEYS]


def method_labels() -> list[str]:
    return [tr("{name} ({key})").format(name=capitalised(tr(METHODS[k].name)), key=k) for k in METHOD_KEYS]


def chosen(alg, parameters, key, keys, context) -> tuple[str, ...]:
    """The keys of a multiple choice, in the order given, each once."""
    indices = alg.parameterAsEnums(parameters, key, context) or []
    return tuple(dict.fromkeys(keys[i] for i in indices))


class CompareModelsAlgorithm(PreparedAlgorithm):
    """``alsa:comparemodels`` — any models and bivariate methods on one split (in the group of the models)."""

    NAME, DISPLAY_NAME, HELP = "comparemodels", tr_noop("Compare models and methods"), COMPARE_MODELS_HELP
    GROUP, GROUP_ID = tr_noop("Machine learning"), "ml"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_landslide_parameters(self)
        add_split_parameters(self, tr("Random seed (empty: drawn and logged)"))
        add_factor_parameters(self)
        add_grid_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                "MODELS",
                tr("Models"),
                model_labels(),
                True,
                [MODEL_KEYS.index(k) for k in DEFAULT_MODELS],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "METHODS",
                tr("Bivariate methods"),
                method_labels(),
                True,
                [METHOD_KEYS.index(k) for k in DEFAULT_METHODS],
                optional=True,
            )
        )
        add_design_parameters(self)
        add_search_parameter(self, "NEIGHBOUR_SEARCH")  # its help: COMPARE_MODELS_PARAMETER_HELP, below
        self.addParameter(
            number_parameter("PRECISION", tr("Precision (decimals of normalised values)"), INTEGER, 3, 0, 6)
        )
        self.addParameter(number_parameter("BIN_WIDTH", tr("Bin width"), DOUBLE, 0.1, 0.000001, 1.0))
        self.addParameter(QgsProcessingParameterBoolean("OPTIMIZE", tr("Optimise the bin width"), False))
        self.addParameter(number_parameter("OPT_PRECISION", tr("Optimisation precision"), INTEGER, 2, 1, 4))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        table = QgsProcessingParameterFileDestination(
            "OUTPUT_TABLE", tr("Comparison table"), tr("CSV files (*.csv)"), optional=True
        )
        table.setCreateByDefault(False)
        self.addParameter(table)
        add_report_parameters(self)
        best = tr("Item with the highest prediction rate (success rate without a test set)")
        self.addOutput(QgsProcessingOutputString("BEST_ITEM", best))
        self.addOutput(QgsProcessingOutputRasterLayer("BEST_RASTER", tr("Probability or LSI raster of the best item")))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Run log (JSON)")))
        describe_parameters(self, PARAMETER_HELP | MODEL_PARAMETER_HELP | COMPARE_MODELS_PARAMETER_HELP)

    def settings(self, parameters, context) -> CompareModelsSettings:
        return CompareModelsSettings(
            models=chosen(self, parameters, "MODELS", MODEL_KEYS, context),
            methods=chosen(self, parameters, "METHODS", METHOD_KEYS, context),
            **design_values(self, parameters, context),
            precision=self.parameterAsInt(parameters, "PRECISION", context),
            width=self.parameterAsDouble(parameters, "BIN_WIDTH", context),
            optimize=self.parameterAsBoolean(parameters, "OPTIMIZE", context),
            opt_precision=self.parameterAsInt(parameters, "OPT_PRECISION", context),
            train_ratio=self.parameterAsDouble(parameters, "TRAIN_RATIO", context),
            seed=seed_value(self, parameters, context),
            split_by=split_by_value(self, parameters, context),
            neighbour_search=search_value(self, parameters, context),
        )

    def prepare_inputs(self, parameters, context, feedback, workdir):
        with processing_errors():
            self.settings(parameters, context).check()  # bad selections fail before any layer is exported
        return study_request(self, parameters, context, workdir)

    def process(self, parameters, context, feedback):
        settings = self.settings(parameters, context)
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        table = self.parameterAsFileOutput(parameters, "OUTPUT_TABLE", context) or None
        html = report_path(self, parameters, context)
        with processing_errors():
            outcome = run_compare_models(
                self.inputs,
                settings,
                folder,
                table,
                progress_callback(feedback),
                self.log_extra,
                output_report=html,
                dpi=report_dpi(self, parameters, context),
            )
        for note in outcome.notes:
            feedback.pushInfo(note)
        for line in table_lines(outcome.rows):
            feedback.pushInfo(line)
        best = outcome.best
        text = (
            tr("Best: {name} (prediction rate {rate:.4f}; seed {seed})")
            if outcome.criterion == "prediction"
            else tr("Best: {name} (success rate {rate:.4f}; seed {seed})")
        )
        rate = best["prediction_rate"] if outcome.criterion == "prediction" else best["success_rate"]
        feedback.pushInfo(text.format(name=display_name(best), rate=rate, seed=outcome.seed))
        layer = (tr("P(landslide) {model}") if best["kind"] == "model" else tr("LSI {method}")).format(
            model=best["item"], method=best["item"]
        )
        load_styled(context, best["raster"], layer)
        return {
            "OUTPUT_FOLDER": str(folder),
            "OUTPUT_TABLE": str(outcome.table_path),
            "OUTPUT_REPORT": html,
            "BEST_ITEM": best["item"],
            "BEST_RASTER": best["raster"],
            "LOG": str(outcome.log_path),
        }


def display_name(row: dict) -> str:
    """An item as the feedback shows it: its translated name and key."""
    name = tr(row["name"]) if row["kind"] == "model" else capitalised(tr(row["name"]))
    return tr("{name} ({key})").format(name=name, key=row["item"])


def _number(value, digits: int = 4) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table_lines(rows: list[dict]) -> list[str]:
    """The comparison table as feedback lines, best first."""
    lines = [tr("Comparison on one split (best first):")]
    for r in rows:
        text = (
            tr(
                "{rank}. model {name}: prediction rate {prediction}, success rate {success}, ROC AUC of the map "
                "{map_roc} (test landslides), ROC AUC {train} (training design), {test} (test design); "
                "fitted in {fit:.1f} s, {seconds:.1f} s in all"
            )
            if r["kind"] == "model"
            else tr(
                "{rank}. method {name}: prediction rate {prediction}, success rate {success}, ROC AUC of the map "
                "{map_roc} (test landslides), bin width {width}; {seconds:.1f} s in all"
            )
        )
        lines.append(
            text.format(
                rank=r["rank"],
                name=display_name(r),
                prediction=_number(r["prediction_rate"]),
                success=_number(r["success_rate"]),
                map_roc=_number(r["map_roc_auc_test"]),
                train=_number(r["roc_auc_train_design"]),
                test=_number(r["roc_auc_test_design"]),
                fit=r["fit_seconds"] or 0.0,
                width="–" if r["bin_width"] is None else f"{r['bin_width']:g}",
                seconds=r["seconds"],
            )
        )
    return lines
