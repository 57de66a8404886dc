"""The study every analysis shares: the inputs on the grid, the valid cells, the landslide split, the log header.

Bivariate methods, their comparison, decisiveness, factor screening and the
machine-learning models all stand on the same pieces, read once::

    seed, drawn = draw_seed(settings.seed)
    data, area = load_study(request, SplitSettings(train_ratio, seed, split_by), progress)
    study = encode(area, data.factors, precision)          # bivariate methods only
    values = [area.compact(f.values) for f in data.factors]  # models: raw values over the valid cells
    log = log_header(request, data, area) | {...}

``area`` (:class:`~..core.study.StudyArea`) holds the valid cells (``valid``, ``n_a``,
``shape``), the training and test landslides (``train``/``test``: valid-cell positions,
weights, the landslide of each cell and one representative cell per landslide, for
the Po3 design), the flat-area cells and what the split put on each side (``split``).
The same request, seed and SPLIT_BY give the same area, so a bivariate method and a
model run with the same seed see the same test landslides.
"""

from __future__ import annotations

import platform
import secrets
import time
from dataclasses import asdict, dataclass, replace

import numpy as np
from osgeo import gdal

from .. import __version__
from ..core._accel import status as numba_status
from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..core.progress import ProgressCallback
from ..core.study import SPLIT_BY, StudyArea, check_split_by, study_area
from .inputs import GridData, StudyRequest, load


@dataclass(frozen=True)
class SplitSettings:
    """How the landslides are split (names as in the Processing algorithms: TRAIN_RATIO, SEED, SPLIT_BY).

    ``split_by``: ``"cells"`` (ALSA's default) or ``"landslides"`` (whole landslides:
    none on both sides). With a separate test inventory neither ratio nor SPLIT_BY applies.
    """

    train_ratio: float = 0.7
    seed: int | None = None
    split_by: str = "cells"

    def check(self) -> None:
        """Fail fast, before any raster is read."""
        if not (0.0 < float(self.train_ratio) <= 1.0):
            raise AlsaInputError(
                tr("TRAIN_RATIO must be in (0, 1] (1 = no test set), got {train_ratio!r}").format(
                    train_ratio=self.train_ratio
                )
            )
        check_split_by(self.split_by)


def draw_seed(seed: int | None) -> tuple[int, bool]:
    """``seed``, or a new one drawn when it is None (used and logged, so every run can be repeated); drawn?"""
    return (secrets.randbelow(2**31), True) if seed is None else (seed, False)


def settle_seed(settings, log_extra: dict | None):
    """``settings`` with a seed (drawn when None), the log additions naming a drawn one, and whether it was drawn."""
    seed, drawn = draw_seed(settings.seed)
    if drawn:
        settings = replace(settings, seed=seed)
        log_extra = with_seed(log_extra, seed)
    return settings, log_extra, drawn


def rate_columns(ev) -> dict[str, np.ndarray]:
    """The success and prediction curves in long form: curve, cell fraction, landslide fraction."""
    curves = [("success", ev.success)] + ([("prediction", ev.prediction)] if ev.prediction is not None else [])
    return {
        "curve": np.concatenate([[name] * c.x.size for name, c in curves]),
        "cell_fraction": np.concatenate([c.x for _, c in curves]),
        "landslide_fraction": np.concatenate([c.y for _, c in curves]),
    }


def with_seed(log_extra: dict | None, seed: int) -> dict | None:
    """The caller's log additions with the drawn seed in the rerun parameters (so the log repeats the run)."""
    if not log_extra or "parameters" not in log_extra:
        return log_extra
    return log_extra | {"parameters": log_extra["parameters"] | {"SEED": seed}}


def area_of(data: GridData, split: SplitSettings) -> StudyArea:
    """The study area of the gridded inputs: valid cells, landslides split by ``split``, flat-area cells."""
    return study_area(
        data.factors,
        data.landslides,
        mask=data.mask,
        train_ratio=split.train_ratio,
        seed=split.seed,
        split_by=split.split_by,
        objects=data.objects,
        test_landslides=data.test_landslides,
        test_objects=data.test_objects,
        flat=data.flat,
    )


def load_study(
    request: StudyRequest, split: SplitSettings, progress: ProgressCallback = None, workload: str = "bivariate"
) -> tuple[GridData, StudyArea]:
    """Read every input onto the grid (:func:`~.inputs.load`) and make the study area from it."""
    data = load(request, progress, workload)
    return data, area_of(data, split)


@dataclass(frozen=True)
class LoadedStudy:
    """A study already read, for jobs that run several analyses on it (a comparison reads its inputs once)."""

    split: SplitSettings
    data: GridData
    area: StudyArea


def study_of(
    request: StudyRequest,
    split: SplitSettings,
    progress: ProgressCallback = None,
    workload: str = "bivariate",
    loaded: LoadedStudy | None = None,
) -> tuple[GridData, StudyArea]:
    """:func:`load_study`, or the ``loaded`` one when given: the same inputs, grid and area, with notes of its own
    (a job adds to them; the next job on the same study must not see them)."""
    if loaded is None:
        return load_study(request, split, progress, workload)
    if loaded.split != split:  # a programming error: the area's split is the one the job asks for
        raise RuntimeError(f"the study was read with {loaded.split}, not {split}")
    return replace(loaded.data, notes=list(loaded.data.notes)), loaded.area


def versions() -> dict[str, str]:
    import numpy

    return {
        "alsa": __version__,
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "gdal": gdal.__version__,
        "numba": numba_status(),
    }


def log_header(request: StudyRequest, data: GridData, area: StudyArea) -> dict:
    """What every run log starts with: versions, date, inputs, grid, the study's counts and the split."""
    test = area.test
    return {
        "software": versions(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "inputs": asdict(request),
        "grid": data.grid.describe() | {"crs_wkt": data.grid.crs_wkt},
        "counts": {
            "valid_cells": area.n_a,
            "training_landslide_weight": area.train.total,
            "training_landslide_cells": len(area.train),
            "test_landslide_weight": test.total if test is not None else 0.0,
            "test_landslide_cells": len(test) if test is not None else 0,
        },
        "split": area.split.as_dict(),
    }


__all__ = [
    "SPLIT_BY",
    "LoadedStudy",
    "SplitSettings",
    "area_of",
    "draw_seed",
    "load_study",
    "log_header",
    "study_of",
    "versions",
    "with_seed",
]
