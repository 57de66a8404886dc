"""The dialog's checks before Run: the algorithm's own, each message placed next to its field.

Nothing is checked twice: the settings go through the jobs' ``check()`` (what
``processAlgorithm`` calls first), the parameters through the algorithm's
``checkParameterValues``, the layers through :func:`study_parameters.study_request`
(what ``prepareAlgorithm`` runs: CRS, empty or wrong layers, weight fields, no factor …)
and the folder through :func:`gis.outputs.check_folder`. Only what the dialog adds is
checked here: a folder must be chosen and no other run of the dialog may be writing into it.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
)

from ...processing_provider.feedback import processing_errors
from ...processing_provider.study_parameters import seed_value, study_request
from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..gis.outputs import check_folder
from ..jobs.bivariate_job import BivariateSettings
from .dialog_state import DialogState

FIELDS = ("landslides", "factors", "extent", "parameters", "method", "optimisation", "output", "run")

# which field a message of the algorithm belongs to: the first needle found in it (case-insensitive)
ROUTES = (
    ("output_folder", "output"),
    ("opt_precision", "optimisation"),
    ("optimisation", "optimisation"),
    ("train_design", "method"),
    ("test_design", "method"),
    ("n_sample", "method"),
    ("min_spacing", "method"),
    ("scikit-learn", "method"),
    ("base_models", "method"),
    ("neighbour_search", "method"),
    ("weight_field", "landslides"),
    ("test_landslides", "landslides"),
    ("landslides", "landslides"),
    ("train_ratio", "landslides"),
    ("seed", "landslides"),
    ("mask", "extent"),
    ("extent", "extent"),
    ("cell_size", "parameters"),
    ("precision", "parameters"),
    ("bin width", "parameters"),
    ("bin_width", "parameters"),
    ("factor", "factors"),
    ("flat_slope", "factors"),
)

# parameters whose messages belong to a field, found only when a message starts with them
LEADS = {"models": "method", "methods": "method"}

# the parameters whose layers study_request reads; its verdict is kept while they stay the same
LAYER_KEYS = (
    "LANDSLIDES",
    "WEIGHT_FIELD",
    "TEST_LANDSLIDES",
    "CONTINUOUS_FACTORS",
    "CLASSIFIED_FACTORS",
    "EXTENT",
    "MASK",
    "CELL_SIZE",
)

_busy_folders: set[str] = set()  # output folders of the dialog's runs under way


def folder_key(folder: str) -> str:
    return os.path.normcase(os.path.realpath(folder))


def claim_folder(folder: str) -> bool:
    """Mark ``folder`` as written by a run; False when another run already writes there."""
    key = folder_key(folder)
    if key in _busy_folders:
        return False
    _busy_folders.add(key)
    return True


def release_folder(folder: str) -> None:
    _busy_folders.discard(folder_key(folder))


def _plain(value):
    """A parameter value comparable between calls (a feature source definition by layer and selection)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return (value.source.staticValue(), value.selectedFeaturesOnly)
    return value


def route(message: str) -> str:
    """The field a message is shown next to: the parameter it starts with (the same in every language), else a
    word it mentions."""
    lead = re.match(r"([A-Z][A-Z_]+)\b", message)
    if lead:
        key = lead.group(1).lower()
        found = LEADS.get(key) or next((where for needle, where in ROUTES if needle == key), None)
        if found:
            return found
        if key.endswith("_factors"):
            return "factors"
    low = message.lower()
    return next((where for needle, where in ROUTES if needle in low), "run")


class Validator:
    """Checks a state; the layer check (which exports vector layers) reruns only when the layers change."""

    def __init__(self, project):
        self.project = project
        self._layer_key = None
        self._layer_problem: str | None = None

    def context(self) -> QgsProcessingContext:
        context = QgsProcessingContext()
        context.setProject(self.project)
        return context

    def problems(self, state: DialogState) -> dict[str, str]:
        """Field → message for everything that would stop the run; empty when Run may start."""
        alg = QgsApplication.processingRegistry().createAlgorithmById(state.algorithm_id)
        if alg is None:
            return {"run": tr("The ALSA Processing provider is not loaded; enable the plugin again.")}
        params, context = state.parameters(), self.context()
        found: dict[str, str] = {}

        def note(message: str) -> None:
            found.setdefault(route(message), message)

        folder = state.output_folder.strip()
        if not folder:
            found["output"] = tr("Choose a folder for the output files.")
        else:
            try:
                check_folder(Path(folder))
            except AlsaInputError as exc:
                note(str(exc))
            if folder_key(folder) in _busy_folders:
                found.setdefault("output", tr("Another run is writing into this folder; wait or choose another."))
        try:
            self.check_settings(alg, state, params, context)
        except QgsProcessingException as exc:
            note(str(exc))
        layer_problem = self.layer_problem(alg, params, context)
        if layer_problem:
            note(layer_problem)
        ok, message = alg.checkParameterValues(params, context)
        if not ok:
            note(message)
        return found

    @staticmethod
    def check_settings(alg, state: DialogState, params, context) -> None:
        """The job's settings check, as the algorithm makes it before reading any layer."""
        if state.compare:
            alg.settings(params, context).check()
            return
        if state.model or state.compare_models:  # scikit-learn present, selection, designs, N_SAMPLE, split …
            with processing_errors():
                alg.settings(params, context).check()
            return
        with processing_errors():
            BivariateSettings(
                alg.METHOD,
                precision=params["PRECISION"],
                width=params["BIN_WIDTH"],
                optimize=params["OPTIMIZE"],
                opt_precision=params["OPT_PRECISION"],
                train_ratio=params["TRAIN_RATIO"],
                seed=seed_value(alg, params, context),
            ).check()

    def layer_problem(self, alg, params, context) -> str | None:
        """What ``prepareAlgorithm`` would refuse about the layers (None: nothing)."""
        key = repr([_plain(params.get(k)) for k in LAYER_KEYS])
        if key != self._layer_key:
            self._layer_key, self._layer_problem = key, None
            with tempfile.TemporaryDirectory(prefix="alsa-check-") as tmp:
                try:
                    with processing_errors():
                        study_request(alg, params, context, Path(tmp))
                except QgsProcessingException as exc:
                    self._layer_problem = str(exc)
        return self._layer_problem

    def forget(self) -> None:
        """Check the layers again next time (a layer may have changed in the project)."""
        self._layer_key = None
