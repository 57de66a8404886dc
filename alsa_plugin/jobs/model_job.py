"""One machine-learning model from files to files (SPEC §10; the ML paper §3–§4).

The model stands on the study the bivariate methods use (:func:`.study.load_study`):
the same grid, valid cells and training/test landslides for the same seed, TRAIN_RATIO,
SPLIT_BY or test inventory. Then: a training design and a test design over the valid
cells (:mod:`~..core.ml.designs`, ML paper §3), the model fitted on the training design
(seeded), P(landslide) of every valid cell in chunks (:func:`~..core.ml.predict.predict_map`),
and the evaluation: the full map's success and prediction rates through the bivariate
methods' own code, ROC AUC on both designs, the confusion matrix at 0.5 with TPR/FPR on
the test design (ML paper §4.2, formulas (15)–(16)) and permutation importance.

Writes, all or nothing (``<tag>`` = model, designs and seed, e.g. ``RF_Po2-Po1_S1``):

* ``Probability_<tag>.tif`` (unless another path is given) — P(landslide) per valid cell;
* ``Rates_<tag>.csv`` — the success and prediction rate curves (as the bivariate methods);
* ``ROC_<tag>.csv`` — the ROC curve of the training and of the test design;
* ``Confusion_<tag>.csv`` — confusion matrix at 0.5, TPR and FPR, per design;
* ``Importance_<tag>.csv`` — permutation importance of every factor on the test design;
* ``Landslides_<tag>.csv`` — every landslide cell (row, column, side, weight, landslide);
* ``Log_<tag>.json`` — every input, setting, design count, hyperparameter, version,
  timing and result: enough to run it again;
* on request (``output_zones``) the zones of the probability as written (float32) over the
  valid cells (:func:`~.zones_job.score_zones`: natural breaks, 5 zones by default) with
  their table ``<zones>.csv`` beside them, and (``output_report``) the HTML report with its
  figures (:func:`~..report.write_report`), staged with the rest.
"""

from __future__ import annotations

import hashlib
import json
import time
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import AlsaInputError
from ..core.i18n import tr, tr_noop
from ..core.progress import ProgressCallback, report, scaled
from ..gis.outputs import StagedFiles, check_folder, check_geotiff_output, write_csv, write_geotiff, write_json
from .inputs import StudyRequest
from .study import LoadedStudy, SplitSettings, log_header, rate_columns, settle_seed, study_of, versions
from .zones_job import score_zones

TAGS = {
    "LR": "LR",
    "DT": "DT",
    "KNN": "KNN",
    "ANN": "ANN",
    "MLP": "MLP",
    "RF": "RF",
    "BAGGING": "Bagging",
    "STACKING": "Stacking",
}
NAMES = {  # the algorithms' display names, for the log and the report's title
    "LR": tr_noop("Logistic regression"),
    "DT": tr_noop("Decision tree"),
    "KNN": tr_noop("K-nearest neighbours"),
    "ANN": tr_noop("Artificial neural network (one hidden layer)"),
    "MLP": tr_noop("Multilayer perceptron (two hidden layers)"),
    "RF": tr_noop("Random forest"),
    "BAGGING": tr_noop("Bagging"),
    "STACKING": tr_noop("Stacking"),
}
IMPORTANCE_PER_CLASS = 5_000  # permutation importance: at most this many landslide and non-landslide cells
IMPORTANCE_REPEATS = 5
THRESHOLD = 0.5  # the ML paper's threshold of the confusion matrix (§4.2 (1))


@dataclass(frozen=True)
class ModelSettings:
    """The model and its designs (names as in the Processing algorithms).

    ``n_sample``: Po1's size (None: 500 000, or every available cell when fewer; a
    number: exactly that many, refused when more than the cells available).
    ``min_spacing``: Po2's thinning of the landslide cells, in cells (0 = none).
    ``params``: hyperparameters overriding :data:`~..core.ml.models.DEFAULTS`.
    """

    model: str
    train_design: str = "Po2"
    test_design: str = "Po1"
    n_sample: int | None = None
    min_spacing: float = 0.0
    params: dict[str, Any] = field(default_factory=dict)
    train_ratio: float = 0.7
    seed: int | None = None
    split_by: str = "cells"
    n_jobs: int | None = None

    def split(self) -> SplitSettings:
        return SplitSettings(self.train_ratio, self.seed, self.split_by)

    def check(self) -> None:
        """Fail fast, before any raster is read (scikit-learn first: without it nothing else matters)."""
        from ..core.ml import require_sklearn

        require_sklearn()
        from ..core.ml.designs import DESIGNS
        from ..core.ml.models import settings

        settings(self.model, self.params)
        for label, kind in (("TRAIN_DESIGN", self.train_design), ("TEST_DESIGN", self.test_design)):
            if kind not in DESIGNS:
                raise AlsaInputError(
                    tr("{label}: unknown sampling design {kind!r}; choose one of {choices}").format(
                        label=label, kind=kind, choices=", ".join(DESIGNS)
                    )
                )
        if self.n_sample is not None and int(self.n_sample) < 1:
            raise AlsaInputError(tr("N_SAMPLE must be at least 1, got {n}").format(n=self.n_sample))
        if float(self.min_spacing) < 0:
            raise AlsaInputError(tr("MIN_SPACING must be 0 or more, got {value}").format(value=self.min_spacing))
        self.split().check()

    def changed(self) -> dict[str, Any]:
        """The hyperparameters that differ from the model's defaults (needs scikit-learn)."""
        from ..core.ml.models import settings

        params, defaults = settings(self.model, self.params), settings(self.model, {})
        return {k: v for k, v in params.items() if k not in defaults or defaults[k] != v}

    @property
    def tag(self) -> str:
        return model_tag(self.model, self.train_design, self.test_design, self.seed, self.changed())


def search_params(model: str, search: str, knn_base: bool = True) -> dict:
    """The hyperparameters that carry a neighbour search (``"exact"`` or ``"approximate"``): KNN's own, or the KNN
    base's of stacking (when ``knn_base``: stacking has one); empty for the exact default, which stays out of the
    parameters and of the output names (:func:`model_tag`), and for every other model."""
    if search == "exact":
        return {}
    if model == "KNN":
        return {"neighbour_search": search}
    return {"base_params": {"KNN": {"neighbour_search": search}}} if model == "STACKING" and knn_base else {}


def model_tag(model: str, train_design: str, test_design: str, seed: int | None, changed: dict | None = None) -> str:
    """The settings part of every file name, e.g. ``RF_Po2-Po1_S1``; with hyperparameters other than the
    defaults, a short digest of them is added (``RF_Po2-Po1_S1_H3f9a0c``), so that two runs with other
    settings never share (and overwrite) one name. The log lists the values."""
    tag = f"{TAGS[model.upper()]}_{train_design}-{test_design}_S{seed}"
    if changed:
        text = json.dumps(changed, sort_keys=True, default=str)
        tag += "_H" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return tag


@dataclass
class ModelOutcome:
    """Rates, ROC AUCs, the seed used, every file written, the log and what it notes."""

    success: float
    prediction: float | None
    roc_auc_train: float
    roc_auc_test: float
    probability_path: Path
    log_path: Path
    seed: int
    files: list[Path]
    notes: list[str] = field(default_factory=list)
    log: dict = field(default_factory=dict)
    zones: object = None  # core.zones.Zones of OUTPUT_ZONES, or None
    zones_path: Path | None = None
    report_path: Path | None = None


def run_model(
    request: StudyRequest,
    settings: ModelSettings,
    output_folder: Path,
    output_probability: Path | None = None,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    output_zones: Path | None = None,
    zone_settings=None,
    output_report: Path | None = None,
    dpi: int = 150,
    loaded: LoadedStudy | None = None,
) -> ModelOutcome:
    """Load, sample, fit, predict every valid cell, evaluate and write; nothing is written unless all succeeds.

    ``output_zones``: also the zones of the probability (``zone_settings``, a :class:`~.zones_job.ZoneSettings`;
    default natural breaks, 5 zones) and their CSV table beside them; ``output_report``: the HTML report;
    ``loaded``: the study a comparison has already read (:class:`~.study.LoadedStudy`), else read here.
    """
    t0 = time.perf_counter()
    timing: dict[str, float] = {}

    def lap(name: str) -> None:
        timing[name] = time.perf_counter() - t0 - sum(timing.values())

    settings = replace(settings, model=settings.model.upper())
    settings.check()
    from sklearn.exceptions import ConvergenceWarning

    from ..core.ml import designs as dz
    from ..core.ml import metrics
    from ..core.ml.models import fit_model
    from ..core.ml.models import settings as model_settings
    from ..core.ml.predict import ArraySource, predict_map

    settings, log_extra, seed_drawn = settle_seed(settings, log_extra)
    seed = settings.seed
    folder = check_folder(Path(output_folder))
    if output_probability:
        check_geotiff_output(output_probability, "OUTPUT_PROBABILITY", request.input_paths())
    if output_zones:
        output_zones = check_geotiff_output(output_zones, "OUTPUT_ZONES", request.input_paths())
    if output_report:
        from ..report import check_report_output

        check_report_output(output_report)
    data, area = study_of(request, settings.split(), scaled(progress, 0.0, 0.2), "model", loaded)
    names = [f.name for f in data.factors]
    classified = [f.classified for f in data.factors]
    source = ArraySource([area.compact(f.values) for f in data.factors], names, classified)
    lap("load")

    report(progress, 0.2, tr("sampling the designs"))
    common = {"seed": seed, "n": settings.n_sample, "min_spacing": settings.min_spacing, "valid": area.valid}
    train_d = dz.make_training_design(
        settings.train_design,
        area.n_a,
        area.train,
        area.test,
        representatives=area.train.representatives,
        **common,
    )
    test_d = dz.make_test_design(
        settings.test_design,
        area.n_a,
        area.train,
        area.test,
        train_d,
        representatives=None if area.test is None else area.test.representatives,
        **common,
    )
    lap("designs")

    report(progress, 0.25, tr("fitting the model on {rows} cells").format(rows=len(train_d)))
    params = model_settings(settings.model, settings.params)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        model = fit_model(
            settings.model,
            source.take(train_d.cells),
            train_d.labels,
            classified,
            settings.params,
            seed=seed,
            n_jobs=settings.n_jobs,
            names=names,
        )
    fit_notes = fit_warnings(caught)
    lap("fit")
    report(progress, 0.45, tr("model fitted"))
    prob = predict_map(model, source, progress=scaled(progress, 0.45, 0.85))
    lap("predict")

    report(progress, 0.85, tr("evaluating"))
    ev = metrics.rate_curves(prob, area.train, area.test)
    p_train, p_test = prob[train_d.cells], prob[test_d.cells]
    roc_train, roc_test = metrics.roc(train_d.labels, p_train), metrics.roc(test_d.labels, p_test)
    cm_train = metrics.confusion(train_d.labels, p_train, THRESHOLD)
    cm_test = metrics.confusion(test_d.labels, p_test, THRESHOLD)
    lap("evaluate")
    report(progress, 0.9, tr("permutation importance"))
    rows = importance_rows(test_d.labels, seed)
    imp = metrics.importance(
        model,
        source.take(test_d.cells[rows]),
        test_d.labels[rows],
        names,
        seed=seed,
        n_repeats=IMPORTANCE_REPEATS,
        n_jobs=settings.n_jobs,
    )
    lap("importance")

    tag = settings.tag
    prob_path = Path(output_probability) if output_probability else folder / f"Probability_{tag}.tif"
    designs = {"training": design_entry(train_d, area.train), "test": design_entry(test_d, area.test)}
    notes = data.notes + area.notes + list(train_d.notes) + list(test_d.notes) + fit_notes
    with StagedFiles(request.input_paths()) as staged:
        report(progress, 0.95, tr("writing the outputs"))
        grid = area.to_grid(prob)
        text = tr("P(landslide) {model}").format(model=TAGS[settings.model])
        write_geotiff(staged.stage(prob_path, "OUTPUT_PROBABILITY"), data.grid, grid, text)
        zones = zones_part = None
        if output_zones:
            report(progress, 0.96, tr("zones"))
            zones, zones_part = score_zones(staged, data.grid, area, grid, output_zones, zone_settings)
        del grid
        write_csv(staged.stage(folder / f"Rates_{tag}.csv"), rate_columns(ev))
        write_csv(staged.stage(folder / f"ROC_{tag}.csv"), roc_columns({"training": roc_train, "test": roc_test}))
        write_csv(
            staged.stage(folder / f"Confusion_{tag}.csv"), confusion_columns({"training": cm_train, "test": cm_test})
        )
        write_csv(staged.stage(folder / f"Importance_{tag}.csv"), importance_columns(imp))
        write_csv(staged.stage(folder / f"Landslides_{tag}.csv"), landslide_columns(area))
        timing["total"] = time.perf_counter() - t0
        results = {
            "success_rate": ev.success.auc,
            "prediction_rate": ev.prediction.auc if ev.prediction is not None else None,
            "roc_auc_train": roc_train.auc,
            "roc_auc_test": roc_test.auc,
            "map_roc_auc_train": ev.roc_auc_train,
            "map_roc_auc_test": ev.roc_auc_test,
            "confusion_matrix": {"training": confusion_entry(cm_train), "test": confusion_entry(cm_test)},
            "importance": {
                "cells": int(rows.size),
                "landslide_cells": int(np.count_nonzero(test_d.labels[rows])),
                "repeats": IMPORTANCE_REPEATS,
                "scoring": "roc_auc",
                "baseline_auc": imp.baseline,
                "factors": [
                    {"factor": n, "mean": float(m), "std": float(s)} for n, m, s in zip(imp.names, imp.mean, imp.std)
                ],
            },
        }
        import sklearn

        log = log_header(request, data, area) | {
            "model": {
                "key": settings.model,
                "tag": TAGS[settings.model],
                "name": NAMES[settings.model],
                "hyperparameters": params,
                "changed_hyperparameters": settings.changed(),
                "file_tag": tag,
            },
            "settings": {
                "train_design": settings.train_design,
                "test_design": settings.test_design,
                "n_sample": settings.n_sample,
                "min_spacing": settings.min_spacing,
                "train_ratio": settings.train_ratio,
                "split_by": settings.split_by,
                "seed": seed,
                "seed_drawn": seed_drawn,
                "threshold": THRESHOLD,
            },
            "designs": designs,
            "results": results,
            "notes": notes,
            "timing_seconds": {k: round(v, 3) for k, v in timing.items()},
        }
        log["software"] = versions() | {"scikit-learn": sklearn.__version__}
        if log_extra:
            log.update(log_extra)
        if zones_part is not None:
            log["zones"] = zones_part
        log_path = folder / f"Log_{tag}.json"
        html = Path(output_report) if output_report else None
        log["files"] = [str(p) for p in staged.staged] + [str(log_path)] + ([str(html)] if html else [])
        write_json(staged.stage(log_path), log)
        if html is not None:
            from ..report import write_report

            report(progress, 0.97, tr("writing the report"))
            memory_part = {"curves": {"success": ev.success, "prediction": ev.prediction}}
            if zones is not None:
                memory_part["zone_map"] = zones.codes.reshape(data.grid.shape)
            write_report(log | {"_memory": memory_part}, folder, html, dpi=dpi, staged=staged)
        files = staged.commit()
    report(progress, 1.0, tr("done"))
    return ModelOutcome(
        ev.success.auc,
        results["prediction_rate"],
        roc_train.auc,
        roc_test.auc,
        prob_path,
        log_path,
        seed,
        files,
        notes,
        log,
        zones,
        Path(output_zones) if output_zones else None,
        html,
    )


def fit_warnings(caught) -> list[str]:
    """One note per kind of warning the fit raised (e.g. a neural network that has not converged)."""
    seen: dict[str, str] = {}
    for w in caught:
        seen.setdefault(type(w.message).__name__, str(w.message))
    return [
        tr("the model's fit warned ({kind}): {message}").format(kind=kind, message=message)
        for kind, message in seen.items()
    ]


def importance_rows(labels: np.ndarray, seed: int, per_class: int = IMPORTANCE_PER_CLASS) -> np.ndarray:
    """Rows of a design for permutation importance: every cell of a class, or a seeded sample of ``per_class``.

    Importance scores ROC AUC, which does not depend on the share of landslide cells, so
    each class may be sampled on its own; a large Po1 or Px1 would otherwise cost hours.
    """
    rng = np.random.default_rng([seed, 2])
    out = []
    for value in (0, 1):
        rows = np.flatnonzero(labels == value)
        if rows.size > per_class:
            rows = np.sort(rng.choice(rows, size=per_class, replace=False))
        out.append(rows)
    return np.sort(np.concatenate(out))


def design_entry(design, side) -> dict:
    """A design's counts for the log: cells, landslide cells, non-landslide cells, landslides."""
    positives = design.cells[design.labels.astype(bool)]
    landslides = None
    if side is not None and side.objects is not None:
        landslides = int(np.unique(side.objects[np.isin(side.idx, positives)]).size)
    return {
        "kind": design.kind,
        "cells": len(design),
        "landslide_cells": design.n_positive,
        "non_landslide_cells": design.n_negative,
        "landslides": landslides,
        "notes": list(design.notes),
    }


def design_line(label: str, entry: dict) -> str:
    """One line of feedback about a design's counts."""
    if entry["landslides"] is None:
        text = tr("{label} design {kind}: {cells} cells, {landslide_cells} landslide cells")
    else:
        text = tr("{label} design {kind}: {cells} cells, {landslide_cells} landslide cells of {landslides} landslides")
    return text.format(label=label, **entry)


def roc_columns(curves: dict) -> dict[str, np.ndarray]:
    """ROC curves in long form: design, threshold, FPR, TPR."""
    return {
        "design": np.concatenate([[name] * c.fpr.size for name, c in curves.items()]),
        "threshold": np.concatenate([c.thresholds for c in curves.values()]),
        "fpr": np.concatenate([c.fpr for c in curves.values()]),
        "tpr": np.concatenate([c.tpr for c in curves.values()]),
    }


def confusion_entry(cm) -> dict:
    return {"threshold": cm.threshold, "tp": cm.tp, "fn": cm.fn, "fp": cm.fp, "tn": cm.tn, "tpr": cm.tpr, "fpr": cm.fpr}


def confusion_columns(cms: dict) -> dict[str, np.ndarray]:
    """One row per design: threshold, TP, FN, FP, TN, TPR, FPR."""
    rows = [{"design": name} | confusion_entry(cm) for name, cm in cms.items()]
    return {key: np.array([r[key] for r in rows], dtype=object) for key in rows[0]}


def importance_columns(imp) -> dict[str, np.ndarray]:
    """Factor, mean and standard deviation of the ROC AUC lost when it is shuffled."""
    return {
        "factor": np.array(imp.names, dtype=object),
        "importance_mean": np.asarray(imp.mean),
        "importance_std": np.asarray(imp.std),
    }


def landslide_columns(area) -> dict[str, np.ndarray]:
    """Every landslide cell of the study: grid row and column, side, weight, landslide label (0 = unknown)."""
    flat = np.flatnonzero(area.valid.ravel())
    parts = [("training", area.train)] + ([("test", area.test)] if area.test is not None else [])
    cells = np.concatenate([flat[s.idx] for _, s in parts])
    rows, cols = np.divmod(cells, area.valid.shape[1])
    labels = [s.objects if s.objects is not None else np.zeros(len(s), dtype=np.int64) for _, s in parts]
    return {
        "row": rows,
        "col": cols,
        "side": np.concatenate([[name] * len(s) for name, s in parts]).astype(object),
        "weight": np.concatenate([s.weight for _, s in parts]),
        "landslide": np.concatenate(labels),
    }
