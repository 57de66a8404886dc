"""What the ALSA dialog holds, without widgets: its settings, its enable rules and the algorithm's parameters.

The dialog copies widget values into a :class:`DialogState` and back; everything that
decides something (which inputs are enabled, which algorithm runs, with which
parameters) lives here, so it is tested without a window. :meth:`DialogState.parameters`
is exactly what a Processing toolbox or script user would pass to the algorithm.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from qgis.core import QgsProcessingFeatureSourceDefinition

from ...processing_provider.method_algorithms import METHOD_ALGORITHMS
from ...processing_provider.model_algorithms import BASES, DESIGNS, MODEL_ALGORITHMS, SEARCH
from ..jobs.compare_models_job import METHOD_KEYS, MODEL_KEYS
from ..jobs.model_job import TAGS, model_tag, search_params

COMPARE = "COMPARE"  # the "compare all" choice: alsa:comparebivariate
COMPARE_MODELS = "COMPARE_MODELS"  # models and methods on one split: alsa:comparemodels
METHOD_IDS = [alg.METHOD for alg in METHOD_ALGORITHMS]  # ALSA 3.0's order: FC FR IV CF CA WOE WC SR
MODEL_IDS = [alg.MODEL for alg in MODEL_ALGORITHMS]  # the ML paper's: LR DT KNN ANN MLP RF BAGGING STACKING
ALGORITHM_IDS = (
    {alg.METHOD: f"alsa:{alg.NAME}" for alg in METHOD_ALGORITHMS}
    | {COMPARE: "alsa:comparebivariate", COMPARE_MODELS: "alsa:comparemodels"}
    | {alg.MODEL: f"alsa:{alg.NAME}" for alg in MODEL_ALGORITHMS}
)
TRAIN_DESIGN, TEST_DESIGN = DESIGNS.index("Po2"), DESIGNS.index("Po1")  # the algorithms' defaults (the paper's)
COMPARE_CLASSES, COMPARE_CLASSIFICATION = "10,5,3", 0  # alsa:comparebivariate's defaults (the paper's scenarios)


@dataclass
class FactorEntry:
    """One row of the factor table: a project layer id or a file path, its name, and whether it is classified."""

    source: str
    name: str
    classified: bool = False
    values: str = ""  # "decimal" (a floating-point raster), "byte" (8-bit whole numbers) or "" (set by the dialog)

    @property
    def suspicious(self) -> bool:
        """Ticked as classified but holding decimals, or 8-bit class-like codes left continuous (a hint only)."""
        return (self.classified and self.values == "decimal") or (not self.classified and self.values == "byte")


@dataclass
class DialogState:
    """The dialog's settings; layers are project layer ids or file paths (what Processing accepts)."""

    landslides: str = ""
    landslide_kind: str = ""  # "point", "polygon", "raster" or "" (set by the dialog from the layer)
    weight_field: str = ""
    train_ratio: float = 0.7
    pseudo_random: bool = True  # ALSA 3.0's "pseudo random": the same split in every run (the seed)
    seed: int = 1
    split_by: int = 0  # SPLIT_BY: 0 landslide cells (ALSA's), 1 whole landslides
    test_landslides: str = ""
    factors: list[FactorEntry] = field(default_factory=list)
    extent_layer: str = ""
    mask_layer: str = ""
    selected_only: bool = False
    cell_size: float = 0.0  # 0: the first factor's
    precision: int = 3
    bin_width: float = 0.1
    method: str = "CF"
    optimize: bool = False
    opt_precision: int = 2
    output_folder: str = ""
    add_favourability: bool = False
    report: bool = False  # OUTPUT_REPORT: an HTML report in the output folder
    # the machine-learning models' own options (their algorithms' TRAIN_DESIGN, TEST_DESIGN, N_SAMPLE, MIN_SPACING)
    train_design: int = TRAIN_DESIGN  # an index of DESIGNS: Px1 Po1 Po2 Po3
    test_design: int = TEST_DESIGN
    n_sample: int = 0  # cells of a Po1 design; 0: the algorithm's default (500 000, or every cell when fewer)
    min_spacing: float = 0.0  # Po2: minimum spacing of landslide cells, in cells
    compared: str = "LR,DT,RF,FR,CF"  # the models and methods alsa:comparemodels compares (its defaults, its order)
    stacking_bases: str = ",".join(BASES)  # alsa:stacking's BASE_MODELS (default: the paper's seven)
    neighbour_search: int = 0  # an index of SEARCH: exact, approximate (KNN's, stacking's KNN base's)

    # --- the enable rules of ALSA 3.0 (Li & Lan 2023, §4 (1)-(6)) ------------------------------------------

    @property
    def any_continuous(self) -> bool:
        """At least one factor is continuous (with no factor, none is)."""
        return any(not f.classified for f in self.factors)

    @property
    def compare(self) -> bool:
        return self.method == COMPARE

    @property
    def model(self) -> bool:
        """A machine-learning model: no bins, no optimisation, no favourability; designs instead."""
        return self.method in MODEL_IDS

    @property
    def compare_models(self) -> bool:
        """Models and methods compared on one split: the designs and the bins both apply."""
        return self.method == COMPARE_MODELS

    @property
    def with_models(self) -> bool:
        """The run fits machine-learning models: their options are shown."""
        return self.model or self.compare_models

    @property
    def compared_keys(self) -> list[str]:
        """The models and methods ticked for the comparison, in the algorithm's order."""
        chosen = {k.strip().upper() for k in self.compared.split(",")}
        return [k for k in MODEL_KEYS + METHOD_KEYS if k in chosen]

    @property
    def base_keys(self) -> list[str]:
        """Stacking's ticked base models, in the algorithm's order."""
        chosen = {k.strip().upper() for k in self.stacking_bases.split(",")}
        return [k for k in BASES if k in chosen]

    @property
    def stacking_bases_enabled(self) -> bool:
        return self.method == "STACKING"

    @property
    def neighbour_search_enabled(self) -> bool:
        """The neighbour search applies to a KNN model, to stacking with a KNN base and to a comparison of either."""
        if self.compare_models:
            return bool({"KNN", "STACKING"} & set(self.compared_keys))
        return self.method == "KNN" or (self.method == "STACKING" and "KNN" in self.base_keys)

    def changed_hyperparameters(self) -> dict:
        """A model's hyperparameters that differ from its defaults, as alsa:knn and alsa:stacking pass them on
        (their output names carry a digest of them, :func:`~..jobs.model_job.model_tag`)."""
        bases = tuple(self.base_keys)
        out = {"base_models": bases} if self.method == "STACKING" and bases != BASES else {}
        return out | search_params(self.method, SEARCH[self.neighbour_search], "KNN" in bases)

    @property
    def binned(self) -> bool:
        """A bivariate run with a continuous factor: precision and bins apply."""
        return self.any_continuous and not self.model

    @property
    def weight_enabled(self) -> bool:
        """Weights only for point landslides."""
        return self.landslide_kind == "point"

    @property
    def precision_enabled(self) -> bool:
        """Precision when at least one factor is continuous (bivariate methods only)."""
        return self.binned

    @property
    def optimize_enabled(self) -> bool:
        """Optimisation on/off when at least one factor is continuous; "compare all" always optimises."""
        return self.binned and not self.compare

    @property
    def optimizing(self) -> bool:
        """Whether the run optimises the bin width."""
        return self.binned and (self.optimize or self.compare)

    @property
    def opt_precision_enabled(self) -> bool:
        return self.optimizing

    @property
    def bin_width_enabled(self) -> bool:
        """Bin width when a factor is continuous and no optimal width is searched."""
        return self.binned and not self.optimizing

    @property
    def seed_enabled(self) -> bool:
        return self.pseudo_random

    @property
    def split_by_enabled(self) -> bool:
        """How to split applies when LANDSLIDES is split: no separate test inventory and a training ratio below 1."""
        return not self.test_landslides and self.train_ratio < 1

    @property
    def favourability_enabled(self) -> bool:
        """The comparisons and the models write no favourability rasters."""
        return not (self.compare or self.model or self.compare_models)

    @property
    def n_sample_enabled(self) -> bool:
        """N_SAMPLE sizes a Po1 design."""
        return self.with_models and DESIGNS.index("Po1") in (self.train_design, self.test_design)

    @property
    def min_spacing_enabled(self) -> bool:
        """MIN_SPACING thins a Po2 training design."""
        return self.with_models and self.train_design == DESIGNS.index("Po2")

    @property
    def report_name(self) -> str:
        """The report's file name: ``Report_<tag>.html`` with the tag of the run's other files where it is known
        before the run (``CF_P3_W0.1``; ``CF`` when every factor is classified), else ``<method>_P<P>_Q<Q>`` for an
        optimised run (its width is found by the run) and ``compare`` for the comparison."""
        if self.compare:
            tag = "compare"
        elif self.compare_models:
            tag = "compare_models"
        elif self.model:  # as the model's other files (RF_Po2-Po1_S1); the seed only when it is known
            train, test = DESIGNS[self.train_design], DESIGNS[self.test_design]
            changed = self.changed_hyperparameters()
            tag = (
                model_tag(self.method, train, test, self.seed, changed)
                if self.pseudo_random
                else f"{TAGS[self.method]}_{train}-{test}"
            )
        elif self.optimizing:
            tag = f"{self.method}_P{self.precision}_Q{self.opt_precision}"
        elif self.any_continuous:
            tag = f"{self.method}_P{self.precision}_W{self.bin_width:g}"
        else:
            tag = self.method
        return f"Report_{tag}.html"

    # --- the run ------------------------------------------------------------------------------------------

    @property
    def algorithm_id(self) -> str:
        return ALGORITHM_IDS[self.method]

    def parameters(self) -> dict:
        """The algorithm's parameters for this state: what a toolbox user would pass (defaults included)."""
        params: dict = {
            "LANDSLIDES": self.landslides or None,
            "ALL_TOUCHED": False,
            "TRAIN_RATIO": float(self.train_ratio),
            "SPLIT_BY": int(self.split_by) if self.split_by_enabled else 0,
            "CONTINUOUS_FACTORS": [f.source for f in self.factors if not f.classified],
            "CLASSIFIED_FACTORS": [f.source for f in self.factors if f.classified],
            "OUTPUT_FOLDER": self.output_folder,
        }
        if self.weight_enabled and self.weight_field:
            params["WEIGHT_FIELD"] = self.weight_field
        if self.pseudo_random:
            params["SEED"] = int(self.seed)
        if self.test_landslides:
            params["TEST_LANDSLIDES"] = self.test_landslides
        if self.extent_layer:
            params["EXTENT"] = self.extent_layer  # Processing takes a layer for its extent
        if self.mask_layer:
            params["MASK"] = (
                QgsProcessingFeatureSourceDefinition(self.mask_layer, True) if self.selected_only else self.mask_layer
            )
        if self.cell_size > 0:
            params["CELL_SIZE"] = float(self.cell_size)
        if self.compare_models:
            keys = self.compared_keys
            params["MODELS"] = [MODEL_KEYS.index(k) for k in keys if k in MODEL_KEYS]
            params["METHODS"] = [METHOD_KEYS.index(k) for k in keys if k in METHOD_KEYS]
        if self.with_models:
            params["TRAIN_DESIGN"] = int(self.train_design)
            params["TEST_DESIGN"] = int(self.test_design)
            if self.n_sample_enabled and self.n_sample > 0:
                params["N_SAMPLE"] = int(self.n_sample)
            params["MIN_SPACING"] = float(self.min_spacing) if self.min_spacing_enabled else 0.0
        if self.stacking_bases_enabled:
            params["BASE_MODELS"] = [BASES.index(k) for k in self.base_keys]
        if self.neighbour_search_enabled:
            params["NEIGHBOUR_SEARCH"] = int(self.neighbour_search)
        if not self.model:  # the bivariate methods' (also those compared with models)
            params["PRECISION"] = int(self.precision)
            params["OPT_PRECISION"] = int(self.opt_precision)
        if self.compare:
            params["CLASSES"] = COMPARE_CLASSES
            params["CLASSIFICATION"] = COMPARE_CLASSIFICATION
        elif not self.model:
            params["BIN_WIDTH"] = float(self.bin_width)
            params["OPTIMIZE"] = self.optimizing
        if self.report and self.output_folder:
            params["OUTPUT_REPORT"] = str(Path(self.output_folder) / self.report_name)
        return params

    # --- remembered settings ------------------------------------------------------------------------------

    REMEMBERED = (
        "train_ratio",
        "pseudo_random",
        "seed",
        "split_by",
        "cell_size",
        "precision",
        "bin_width",
        "method",
        "optimize",
        "opt_precision",
        "output_folder",
        "add_favourability",
        "report",
        "train_design",
        "test_design",
        "n_sample",
        "min_spacing",
        "compared",
        "stacking_bases",
        "neighbour_search",
    )

    def remembered(self) -> dict:
        """The settings kept between openings (layers belong to a project and are not kept)."""
        values = asdict(self)
        return {k: values[k] for k in self.REMEMBERED}

    @classmethod
    def from_remembered(cls, values: dict) -> DialogState:
        """Defaults overridden by ``values`` (read back from QgsSettings: strings are converted, junk ignored)."""
        state = cls()
        types = {f.name: type(getattr(state, f.name)) for f in fields(cls) if f.name in cls.REMEMBERED}
        for key, value in values.items():
            kind = types.get(key)
            if kind is None or value is None:
                continue
            try:
                if kind is bool:
                    value = value if isinstance(value, bool) else str(value).lower() in ("true", "1")
                else:
                    value = kind(value)
            except (TypeError, ValueError):
                continue
            if key == "method" and value not in ALGORITHM_IDS:
                continue
            if key in ("train_design", "test_design") and not 0 <= value < len(DESIGNS):
                continue
            if key == "neighbour_search" and not 0 <= value < len(SEARCH):
                continue
            setattr(state, key, value)
        return state
