"""The eight machine-learning model algorithms: ``alsa:logisticregression`` … ``alsa:stacking``.

One base, :class:`ModelAlgorithm`: the bivariate algorithms' study parameters where they
mean the same (landslides, split, factors, grid), the sampling designs of the ML paper
(§3), the model's main hyperparameters under Advanced, and the work in
:func:`alsa_plugin.jobs.model_job.run_model`. Nothing here imports scikit-learn: the
algorithms stay listed without it and stop with a message that says how to install it.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
)

from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.jobs.model_job import NAMES, TAGS, ModelSettings, design_line, run_model, search_params
from .base_algorithm import PreparedAlgorithm
from .compat import ADVANCED, DOUBLE, INTEGER
from .feedback import processing_errors, progress_callback
from .help import MODEL_ZONES_HELP, PARAMETER_HELP
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
from .zones_algorithm import load_zones, zone_lines

DESIGNS = ("Px1", "Po1", "Po2", "Po3")  # core.ml.designs.DESIGNS, without importing it
DESIGN_LABELS = [
    tr_noop("Px1: every valid cell"),
    tr_noop("Po1: a random sample of N_SAMPLE cells"),
    tr_noop("Po2: the landslide cells and as many random non-landslide cells"),
    tr_noop("Po3: one cell per landslide and as many random non-landslide cells"),
]
MAX_INT = 2**31 - 1

MODEL_HELP = tr_noop("""<p>{name}: a machine-learning model of landslide susceptibility (the ML paper on \
Hokkaido, {section}), fitted with scikit-learn on the same grid, valid cells and training/test landslides \
as the bivariate methods: the same SEED, TRAIN_RATIO and SPLIT_BY give the same test landslides.</p>
<p>{about}</p>
<p>Continuous factors are min–max normalised and classified factors one-hot encoded inside the model, \
fitted on the training design only (ML paper formula (9)). The model is trained on TRAIN_DESIGN (training \
landslides only) and tested on TEST_DESIGN (test landslides; its other cells exclude every cell the model \
was trained on); the paper trains on Po2 and tests on Po1 (§5.2, Table 3). Then the landslide probability \
of every valid cell is predicted, in chunks.</p>
<p>Written to the output folder (names encode model, designs and seed, e.g. RF_Po2-Po1_S1): the \
probability raster, the success and prediction rate curves of the full map (as the bivariate methods), \
the ROC curve of both designs, the confusion matrix at 0.5 with TPR and FPR (ML paper formulas (15)–(16)), \
the permutation importance of every factor on the test design, the landslide cells of each side, and a \
JSON log with every input, setting, design count, hyperparameter and result. Nothing is written if the \
run fails or is cancelled.</p>
<p>Needs scikit-learn in the Python that QGIS runs.</p>""")

MODEL_OUTPUTS_HELP = tr_noop("""<p>On request, with the other outputs or not at all: OUTPUT_ZONES, the probability cut \
into five natural-breaks susceptibility zones with a table of their area and landslide shares, and \
OUTPUT_REPORT, an HTML report with the settings, the rate curves, the ROC curves of both designs, the \
confusion matrix, the permutation importances and the zones, its figures at 150 dpi (300 with HIGH_DPI).</p>""")

MODEL_PARAMETER_HELP = {
    "TRAIN_DESIGN": tr_noop(
        "The cells the model is trained on, from the training landslides (ML paper §3): Px1 every valid cell, "
        "Po1 a random sample, Po2 the landslide cells plus as many random other cells (the paper's choice), "
        "Po3 one cell per landslide (polygon centroid or point) plus as many other cells."
    ),
    "TEST_DESIGN": tr_noop(
        "The cells the model is tested on (ROC, confusion matrix, importance), from the test landslides; its "
        "other cells exclude the training design's. Po1 is the paper's choice. Needs test landslides: "
        "TRAIN_RATIO below 1 or TEST_LANDSLIDES."
    ),
    "N_SAMPLE": tr_noop(
        "Cells of a Po1 design, a whole number 1–2147483647; empty: 500000, or every available cell when fewer. "
        "A number larger than the available cells is refused."
    ),
    "MIN_SPACING": tr_noop(
        "Po2 only: keep landslide cells at least this many cells apart (the paper's points 'with limited "
        "distance'), 0–10000; 0 or 1 keeps every landslide cell."
    ),
    "C": tr_noop("Inverse regularisation strength C of the logistic regression, 0.000001–1000000 (default 1)."),
    "MIN_SAMPLES_LEAF": tr_noop("Fewest training cells in a leaf of a tree, 1–100000."),
    "MAX_DEPTH": tr_noop("Deepest level of the tree, 1–1000; empty: no limit."),
    "N_NEIGHBORS": tr_noop(
        "k, the neighbours that vote (Minkowski distance, p = 2), 1–100000; the paper's best is 100. "
        "Must not exceed the training design's cells."
    ),
    "NEIGHBOUR_SEARCH": tr_noop(
        "How the k nearest training cells are found. Exact: scikit-learn's search, which compares every cell "
        "with every training cell (about 1 ms per cell with the paper's Po2 design, hours for a map of 20 million "
        "cells). Approximate: the training cells are grouped into lists by k-means (seeded by SEED) and each "
        "cell is compared only with the cells of the 16 lists nearest to it; on a paper-scale synthetic map it "
        "found 99 % of the exact neighbours, its probabilities correlated 0.999 with the exact ones, and it was "
        "more than ten times faster. Euclidean distance only; needs numba. The same SEED gives the same probabilities."
    ),
    "HIDDEN_UNITS": tr_noop("Units of the hidden layer, 1–10000."),
    "HIDDEN_UNITS_1": tr_noop("Units of the first hidden layer, 1–10000."),
    "HIDDEN_UNITS_2": tr_noop("Units of the second hidden layer, 1–10000."),
    "MAX_ITER": tr_noop("Most training epochs of the network, 1–100000."),
    "N_ESTIMATORS": tr_noop("Trees of the ensemble, 1–10000."),
    "BASE_MODELS": tr_noop(
        "The models whose out-of-fold probabilities the meta model combines, each with its default settings; "
        "by default all seven, as the paper. At least one."
    ),
    "STACKING_SEARCH": tr_noop(
        "How the KNN base model finds its k nearest training cells: exact (scikit-learn; hours on a map of 20 "
        "million cells) or approximate (much faster, needs numba); see alsa:knn. Ignored without a KNN base."
    ),
    "FOLDS": tr_noop(
        "Folds whose out-of-fold probabilities train the logistic-regression meta model, 2–20 (the meta model "
        "never sees a base model's prediction on its own training cells)."
    ),
    "OUTPUT_PROBABILITY": tr_noop(
        "Where to write the landslide probability of every valid cell (0–1); empty: "
        "Probability_<model>_<train>-<test>_S<seed>.tif in the output folder."
    ),
    "OUTPUT_FOLDER": tr_noop("Folder for every other output (rates, ROC, confusion matrix, importance, log)."),
}

# (parameter, label, kind, default, min, max, optional, scikit-learn name) per hyperparameter
C_PARAM = ("C", tr_noop("Regularisation C"), DOUBLE, 1.0, 0.000001, 1000000.0, False, "C")
LEAF = ("MIN_SAMPLES_LEAF", tr_noop("Minimum cells per leaf"), INTEGER, 20, 1, 100000, False, "min_samples_leaf")
DEPTH = ("MAX_DEPTH", tr_noop("Maximum tree depth"), INTEGER, None, 1, 1000, True, "max_depth")
K = ("N_NEIGHBORS", tr_noop("Neighbours k"), INTEGER, 100, 1, 100000, False, "n_neighbors")
# KNN's NEIGHBOUR_SEARCH (advanced enum): core.ml.models.NEIGHBOUR_SEARCHES, without importing it, and its labels
SEARCH = ("exact", "approximate")
SEARCH_LABELS = [
    tr_noop("Exact (scikit-learn; hours on a paper-scale map)"),
    tr_noop("Approximate (inverted file; much faster, needs numba)"),
]
EPOCHS = ("MAX_ITER", tr_noop("Maximum epochs"), INTEGER, 200, 1, 100000, False, "max_iter")
UNITS = ("HIDDEN_UNITS", tr_noop("Hidden units"), INTEGER, 100, 1, 10000, False, None)
UNITS_1 = ("HIDDEN_UNITS_1", tr_noop("Hidden units, first layer"), INTEGER, 100, 1, 10000, False, None)
UNITS_2 = ("HIDDEN_UNITS_2", tr_noop("Hidden units, second layer"), INTEGER, 50, 1, 10000, False, None)
# stacking's BASE_MODELS: core.ml.models.DEFAULTS["STACKING"]["base_models"], without importing it
BASES = ("LR", "DT", "KNN", "ANN", "MLP", "RF", "BAGGING")
FOLDS = ("FOLDS", tr_noop("Folds of the meta model"), INTEGER, 5, 2, 20, False, "cv")


def trees(default: int):
    return ("N_ESTIMATORS", tr_noop("Number of trees"), INTEGER, default, 1, 10000, False, "n_estimators")


def leaf(default: int):
    return LEAF[:3] + (default,) + LEAF[4:]


def add_design_parameters(alg) -> None:
    """TRAIN_DESIGN (Po2), TEST_DESIGN (Po1), N_SAMPLE and MIN_SPACING: the sampling designs (ML paper §3)."""
    labels = [tr(x) for x in DESIGN_LABELS]
    alg.addParameter(QgsProcessingParameterEnum("TRAIN_DESIGN", tr("Training design"), labels, False, 2))
    alg.addParameter(QgsProcessingParameterEnum("TEST_DESIGN", tr("Test design"), labels, False, 1))
    alg.addParameter(
        number_parameter("N_SAMPLE", tr("Cells of a Po1 design"), INTEGER, None, 1, MAX_INT, optional=True)
    )
    alg.addParameter(
        number_parameter("MIN_SPACING", tr("Po2: minimum spacing of landslide cells (cells)"), DOUBLE, 0.0, 0, 10000)
    )


def design_values(alg, parameters, context) -> dict:
    """The designs' settings (ModelSettings' names) from the parameters of :func:`add_design_parameters`."""
    n_sample = alg.parameterAsInt(parameters, "N_SAMPLE", context) if parameters.get("N_SAMPLE") else None
    return {
        "train_design": DESIGNS[alg.parameterAsEnum(parameters, "TRAIN_DESIGN", context)],
        "test_design": DESIGNS[alg.parameterAsEnum(parameters, "TEST_DESIGN", context)],
        "n_sample": n_sample,
        "min_spacing": alg.parameterAsDouble(parameters, "MIN_SPACING", context),
    }


def add_search_parameter(alg, help_key: str) -> None:
    """NEIGHBOUR_SEARCH (advanced): KNN's exact or approximate neighbour search."""
    labels = [tr(x) for x in SEARCH_LABELS]
    param = QgsProcessingParameterEnum("NEIGHBOUR_SEARCH", tr("Neighbour search"), labels, False, 0)
    param.setFlags(param.flags() | ADVANCED)
    param.setHelp(tr(MODEL_PARAMETER_HELP[help_key]))
    alg.addParameter(param)


def search_value(alg, parameters, context) -> str:
    """NEIGHBOUR_SEARCH as the models name it: "exact" or "approximate" (:data:`SEARCH`)."""
    return SEARCH[alg.parameterAsEnum(parameters, "NEIGHBOUR_SEARCH", context)]


class ModelAlgorithm(PreparedAlgorithm):
    """One model of the ML paper; subclasses set ``MODEL`` (core.ml key), ``NAME``, texts and ``HYPER``."""

    MODEL = ""
    GROUP, GROUP_ID = tr_noop("Machine learning"), "ml"
    SECTION = tr_noop("§4.1")
    ABOUT = ""
    HYPER: tuple = ()

    def shortHelpString(self) -> str:  # noqa: N802
        text = tr(MODEL_HELP).format(name=self.displayName(), section=tr(self.SECTION), about=tr(self.ABOUT))
        return text + "\n" + tr(MODEL_OUTPUTS_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_landslide_parameters(self)
        add_split_parameters(self, tr("Random seed (empty: a new split and model each run)"))
        add_factor_parameters(self)
        add_grid_parameters(self)
        add_design_parameters(self)
        for key, label, kind, default, lo, hi, optional, _ in self.HYPER:
            param = number_parameter(key, tr(label), kind, default, lo, hi, optional)
            param.setFlags(param.flags() | ADVANCED)
            self.addParameter(param)
        prob = QgsProcessingParameterRasterDestination("OUTPUT_PROBABILITY", tr("Landslide probability"), optional=True)
        prob.setCreateByDefault(False)
        self.addParameter(prob)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        zones = QgsProcessingParameterRasterDestination("OUTPUT_ZONES", tr("Susceptibility zones"), optional=True)
        zones.setCreateByDefault(False)
        self.addParameter(zones)
        add_report_parameters(self)
        self.addOutput(QgsProcessingOutputNumber("SUCCESS_RATE", tr("Success rate (AUC, training landslides)")))
        self.addOutput(QgsProcessingOutputNumber("PREDICTION_RATE", tr("Prediction rate (AUC, test landslides)")))
        self.addOutput(QgsProcessingOutputNumber("ROC_AUC_TRAIN", tr("ROC AUC on the training design")))
        self.addOutput(QgsProcessingOutputNumber("ROC_AUC_TEST", tr("ROC AUC on the test design")))
        self.addOutput(QgsProcessingOutputFile("LOG", tr("Run log (JSON)")))
        describe_parameters(self, PARAMETER_HELP | MODEL_PARAMETER_HELP | {"OUTPUT_ZONES": MODEL_ZONES_HELP})

    def prepare_inputs(self, parameters, context, feedback, workdir):
        from ..alsa_plugin.core.ml import require_sklearn

        require_sklearn()  # before any layer is exported
        return study_request(self, parameters, context, workdir)

    def hyperparameters(self, parameters, context) -> dict:
        """The model's parameters for core.ml (scikit-learn names) from the advanced parameters."""
        out = {}
        for key, _, kind, _, _, _, optional, name in self.HYPER:
            if optional and parameters.get(key) is None:
                continue
            read = self.parameterAsInt if kind == INTEGER else self.parameterAsDouble
            out[name or key] = read(parameters, key, context)
        return self.model_params(out)

    def model_params(self, values: dict) -> dict:
        """Subclasses turn values without a scikit-learn name (hidden units) into the model's parameters."""
        return values

    def settings(self, parameters, context) -> ModelSettings:
        """The run's settings from the parameters (also what the dialog checks before Run)."""
        return ModelSettings(
            self.MODEL,
            **design_values(self, parameters, context),
            params=self.hyperparameters(parameters, context),
            train_ratio=self.parameterAsDouble(parameters, "TRAIN_RATIO", context),
            seed=seed_value(self, parameters, context),
            split_by=split_by_value(self, parameters, context),
        )

    def process(self, parameters, context, feedback):
        settings = self.settings(parameters, context)
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        prob_path = self.parameterAsOutputLayer(parameters, "OUTPUT_PROBABILITY", context) or None
        zones_path = self.parameterAsOutputLayer(parameters, "OUTPUT_ZONES", context) or None
        html = report_path(self, parameters, context)
        with processing_errors():
            outcome = run_model(
                self.inputs,
                settings,
                folder,
                prob_path,
                progress_callback(feedback),
                self.log_extra,
                output_zones=zones_path,
                output_report=html,
                dpi=report_dpi(self, parameters, context),
            )
        for note in outcome.notes:
            feedback.pushInfo(note)
        designs = outcome.log["designs"]
        for label, key in ((tr("training"), "training"), (tr("test"), "test")):
            feedback.pushInfo(design_line(label, designs[key]))
        feedback.pushInfo(
            tr(
                "{name}: success rate {success:.4f}, prediction rate {prediction:.4f}, ROC AUC {train:.4f} "
                "(training design), {test:.4f} (test design)"
            ).format(
                name=self.displayName(),
                success=outcome.success,
                prediction=outcome.prediction if outcome.prediction is not None else float("nan"),
                train=outcome.roc_auc_train,
                test=outcome.roc_auc_test,
            )
        )
        load_styled(context, str(outcome.probability_path), tr("P(landslide) {model}").format(model=self.MODEL))
        if outcome.zones is not None:
            for line in zone_lines(outcome.zones):
                feedback.pushInfo(line)
            name = tr("Susceptibility zones {method}").format(method=self.MODEL)
            load_zones(context, str(outcome.zones_path), name, outcome.zones.n_zones)
        return {
            "OUTPUT_ZONES": str(outcome.zones_path) if outcome.zones_path else None,
            "OUTPUT_REPORT": html,
            "OUTPUT_PROBABILITY": str(outcome.probability_path),
            "OUTPUT_FOLDER": str(folder),
            "SUCCESS_RATE": outcome.success,
            "PREDICTION_RATE": outcome.prediction,
            "ROC_AUC_TRAIN": outcome.roc_auc_train,
            "ROC_AUC_TEST": outcome.roc_auc_test,
            "LOG": str(outcome.log_path),
        }


class LogisticRegressionModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "LR", "logisticregression", NAMES["LR"]
    SECTION = tr_noop("§4.1 (1)")
    ABOUT = tr_noop("P(landslide) = 1 / (1 + e^−(θ·x)), θ by maximum likelihood (ML paper formulas (1)–(4)).")
    HYPER = (C_PARAM,)


class DecisionTreeModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "DT", "decisiontree", NAMES["DT"]
    SECTION = tr_noop("§4.1 (2)")
    ABOUT = tr_noop(
        "A CART tree split by the Gini impurity (ML paper formula (7)); a leaf's share of landslide cells is "
        "its probability."
    )
    HYPER = (LEAF, DEPTH)


class KnnModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "KNN", "knn", NAMES["KNN"]
    SECTION = tr_noop("§4.1 (3)")
    ABOUT = tr_noop(
        "The share of landslide cells among the k nearest training cells, by the Minkowski distance with p = 2 "
        "(ML paper formula (8)); k = 100, the paper's best (§5.2). NEIGHBOUR_SEARCH (advanced) chooses the "
        "exact search or a much faster approximate one for large maps."
    )
    HYPER = (K,)

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        add_search_parameter(self, "NEIGHBOUR_SEARCH")

    def hyperparameters(self, parameters, context) -> dict:
        out = super().hyperparameters(parameters, context)
        return out | search_params("KNN", search_value(self, parameters, context))


class AnnModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "ANN", "ann", NAMES["ANN"]
    SECTION = tr_noop("§4.1 (4)")
    ABOUT = tr_noop("A neural network with one hidden layer of ReLU units, trained by Adam.")
    HYPER = (UNITS, EPOCHS)

    def model_params(self, values: dict) -> dict:
        return {"max_iter": values["max_iter"], "hidden_layer_sizes": (values.pop("HIDDEN_UNITS"),)}


class MlpModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "MLP", "mlp", NAMES["MLP"]
    SECTION = tr_noop("§4.1 (4)")
    ABOUT = tr_noop("A neural network with two hidden layers of ReLU units, trained by Adam.")
    HYPER = (UNITS_1, UNITS_2, EPOCHS)

    def model_params(self, values: dict) -> dict:
        return {
            "max_iter": values["max_iter"],
            "hidden_layer_sizes": (values["HIDDEN_UNITS_1"], values["HIDDEN_UNITS_2"]),
        }


class RandomForestModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "RF", "randomforest", NAMES["RF"]
    SECTION = tr_noop("§4.1 (2)")
    ABOUT = tr_noop(
        "Bootstrapped CART trees, each split choosing among √(factors) random columns; the trees' probabilities "
        "are averaged."
    )
    HYPER = (trees(100), leaf(5))


class BaggingModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "BAGGING", "bagging", NAMES["BAGGING"]
    SECTION = tr_noop("§4.1 (5)")
    ABOUT = tr_noop("CART trees fitted on bootstrap samples of the training design; their probabilities are averaged.")
    HYPER = (trees(50), leaf(20))


class StackingModel(ModelAlgorithm):
    MODEL, NAME, DISPLAY_NAME = "STACKING", "stacking", NAMES["STACKING"]
    SECTION = tr_noop("§4.1 (5)")
    ABOUT = tr_noop(
        "The base models (BASE_MODELS: by default the seven other models, as the paper), each with its default "
        "settings; their out-of-fold probabilities train a logistic-regression meta model (ML paper formulas "
        "(13)–(14)), then the bases are refitted on the whole training design. The slowest model: every base is "
        "fitted FOLDS + 1 times, and every base predicts every cell. On a paper-scale map of 20 million cells and two "
        "cores, LR, DT and RF as the bases took 9 to 11 minutes and the seven bases 99 minutes (a KNN base needs the "
        "approximate search there, NEIGHBOUR_SEARCH); the two maps' probabilities correlated 0.98, 89 % of the "
        "most susceptible tenth of the cells were the same, and their ROC AUCs were 0.9920 and 0.9922."
    )
    HYPER = (FOLDS,)

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        labels = [f"{tr(NAMES[key])} ({TAGS[key]})" for key in BASES]
        param = QgsProcessingParameterEnum(
            "BASE_MODELS", tr("Base models"), labels, allowMultiple=True, defaultValue=list(range(len(BASES)))
        )
        param.setFlags(param.flags() | ADVANCED)
        param.setHelp(tr(MODEL_PARAMETER_HELP["BASE_MODELS"]))
        self.addParameter(param)
        add_search_parameter(self, "STACKING_SEARCH")

    def hyperparameters(self, parameters, context) -> dict:
        out = super().hyperparameters(parameters, context)
        chosen = self.parameterAsEnums(parameters, "BASE_MODELS", context)
        bases = tuple(BASES[i] for i in sorted(set(chosen)))
        if bases != BASES:  # the default stays out of the parameters (and of the output names)
            out["base_models"] = bases
        return out | search_params("STACKING", search_value(self, parameters, context), "KNN" in bases)


MODEL_ALGORITHMS = [
    LogisticRegressionModel,
    DecisionTreeModel,
    KnnModel,
    AnnModel,
    MlpModel,
    RandomForestModel,
    BaggingModel,
    StackingModel,
]
