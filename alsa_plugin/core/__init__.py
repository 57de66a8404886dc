"""The QGIS-free numeric core of ALSA for QGIS (imports neither qgis nor osgeo).

Typical use::

    study = prepare(factors, landslides, precision=3, train_ratio=0.7, seed=1)
    result = run(study, "CF", width=0.1)
    best = optimise(study, "CF", opt_precision=2)
"""

from ._accel import NUMBA
from .bivariate import BivariateResult, FactorTable, factor_tables, lsi, natural_threshold, run
from .errors import AlsaInputError, Cancelled
from .evaluation import ConfusionMatrix, Evaluation, RateCurve, confusion_matrix, evaluate
from .factors import EncodedFactor, Factor, effective_min_width
from .methods import METHODS, Method, get_method
from .optimise import Optimisation, candidate_widths, optimise
from .probabilities import Probabilities, probabilities
from .study import (
    SPLIT_BY,
    LandslideObjects,
    Landslides,
    SplitSummary,
    Study,
    StudyArea,
    encode,
    flat_cells,
    prepare,
    split_cells,
    study_area,
)

__all__ = [
    "NUMBA",
    "METHODS",
    "AlsaInputError",
    "BivariateResult",
    "Cancelled",
    "ConfusionMatrix",
    "EncodedFactor",
    "Evaluation",
    "Factor",
    "FactorTable",
    "LandslideObjects",
    "Landslides",
    "Method",
    "Optimisation",
    "Probabilities",
    "RateCurve",
    "SPLIT_BY",
    "SplitSummary",
    "Study",
    "StudyArea",
    "candidate_widths",
    "confusion_matrix",
    "effective_min_width",
    "encode",
    "evaluate",
    "factor_tables",
    "flat_cells",
    "get_method",
    "lsi",
    "natural_threshold",
    "optimise",
    "prepare",
    "probabilities",
    "run",
    "split_cells",
    "study_area",
]
