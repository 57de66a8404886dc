"""Machine-learning models and bivariate methods on one split, in one table (SPEC §7, §10).

The ML paper's Table 3 (models) next to the ALSA paper's Table 4 (methods): every item
of the comparison — any of the eight models of :mod:`.model_job` and any of the eight
methods of :mod:`.bivariate_job` — runs through its own job, unchanged
(:func:`~.model_job.run_model`, :func:`~.bivariate_job.run_bivariate`), on the same
request. The seed is settled once (:func:`~.study.draw_seed`) and the inputs are read
once (:func:`~.study.load_study` from the request, seed, TRAIN_RATIO and SPLIT_BY); every
item runs on that study (:class:`~.study.LoadedStudy`), so every item stands on the same
grid, valid cells and training/test landslides; the job checks that every item's log
reports the same split and counts.

What makes the items comparable is the full map's success and prediction rates (the
area under the curves of SPEC §7, one implementation,
:func:`~..core.evaluation.evaluate`): a model's probability map and a method's LSI are
ranked over the same valid cells against the same landslides. The ROC AUC of the map
(landslide vs other valid cells) is given for both kinds; the ROC AUC on the training and
test *designs* (ML paper §3) for the models only.

Writes, all or nothing, into the output folder:

* every item's own outputs under its own tag (``Probability_RF_Po2-Po1_S1.tif``,
  ``LSI_CF_P3_W0.1.tif``, their rates, tables and ``Log_<tag>.json``…);
* ``Compare_models.csv`` (or OUTPUT_TABLE) — one row per item, best first
  (:data:`COLUMNS`): sorted by prediction rate (success rate without a test set);
* ``Compare_models_log.json`` — versions, inputs, grid, counts and split, the settings
  with the seed used, every item's log path, files, results and timing, and under
  ``model_comparison`` the table's rows and its path.

All or nothing: the items run one after another into a private working folder inside the
output folder (named for this process, :mod:`~..gis.leftovers`, so a killed run's folder is
swept by a later one); only when every item has succeeded are their files moved into place
with the table and the log (:class:`~..gis.outputs.StagedFiles`). A failing or cancelled
item leaves nothing of the comparison and no earlier output is overwritten.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from ..core import METHODS
from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..core.progress import ProgressCallback, report, scaled
from ..gis.leftovers import owner, remove_stale_workdirs
from ..gis.outputs import StagedFiles, check_folder, refuse_input, write_csv, write_json
from .bivariate_job import BivariateSettings, run_bivariate
from .inputs import StudyRequest
from .model_job import NAMES, ModelSettings, run_model, search_params
from .model_job import TAGS as MODEL_TAGS
from .study import LoadedStudy, SplitSettings, draw_seed, load_study, versions, with_seed

TABLE_NAME = "Compare_models.csv"
LOG_NAME = "Compare_models_log.json"

MODEL_KEYS = tuple(MODEL_TAGS)  # LR, DT, KNN, ANN, MLP, RF, BAGGING, STACKING
METHOD_KEYS = tuple(METHODS)  # FC, FR, IV, CF, CA, WOE, WC, SR

# the English names (as the model algorithms display them); the table keeps them, the feedback translates them
MODEL_NAMES = NAMES

# each item's own algorithm: its log names it, with parameters that run the item again on its own
ALGORITHMS = {
    "LR": "logisticregression",
    "DT": "decisiontree",
    "KNN": "knn",
    "ANN": "ann",
    "MLP": "mlp",
    "RF": "randomforest",
    "BAGGING": "bagging",
    "STACKING": "stacking",
    "FC": "frequencycontrast",
    "FR": "frequencyratio",
    "IV": "informationvalue",
    "CF": "certaintyfactor",
    "CA": "cosineamplitude",
    "WOE": "weightofevidence",
    "WC": "weightcontrast",
    "SR": "sufficiencyratio",
}
MODEL_ONLY = ("TRAIN_DESIGN", "TEST_DESIGN", "N_SAMPLE", "MIN_SPACING")
SEARCH_ONLY = ("NEIGHBOUR_SEARCH",)  # a parameter of alsa:knn and alsa:stacking only
METHOD_ONLY = ("PRECISION", "BIN_WIDTH", "OPTIMIZE", "OPT_PRECISION")
COMPARISON_ONLY = ("MODELS", "METHODS", "OUTPUT_TABLE")

COLUMNS = (
    "rank",
    "kind",  # model or method
    "item",  # LR … STACKING, FC … SR
    "name",
    "tag",  # the item's file tag
    "success_rate",
    "prediction_rate",
    "roc_auc_train_design",  # models: ROC AUC on the training design
    "roc_auc_test_design",  # models: ROC AUC on the test design
    "map_roc_auc_train",  # both: ROC AUC of the full map, training landslide cells vs the other valid cells
    "map_roc_auc_test",  # both: the same for the test landslide cells
    "bin_width",  # methods: the width used (the optimal one when optimising); empty when every factor is classified
    "fit_seconds",  # models: fitting the model
    "seconds",  # the item's whole run (reading the inputs, predicting or optimising, evaluating, writing)
    "raster",  # the probability (models) or LSI (methods) raster's file name
    "log",  # the item's log file name
)


def _normalised(keys) -> tuple[str, ...]:
    return tuple(str(k).strip().upper() for k in keys)


def _check_keys(label: str, keys: tuple[str, ...], known: tuple[str, ...], names) -> None:
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise AlsaInputError(
            tr("{label}: unknown {unknown}; choose from {choices}").format(
                label=label,
                unknown=", ".join(repr(k) for k in unknown),
                choices=", ".join(f"{k} ({names(k)})" for k in known),
            )
        )
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise AlsaInputError(
            tr("{label}: {keys} chosen more than once; choose each once").format(label=label, keys=", ".join(twice))
        )


@dataclass(frozen=True)
class CompareModelsSettings:
    """The items and the settings they share (names as in ``alsa:comparemodels``).

    ``models``: keys of :data:`MODEL_KEYS`, each with its default hyperparameters
    (:data:`~..core.ml.models.DEFAULTS`) but ``neighbour_search``: KNN's, and that of
    stacking's KNN base ("exact" or "approximate"); ``methods``: ids of :data:`METHOD_KEYS`. The
    designs are the models' (:class:`~.model_job.ModelSettings`), precision, bin width and
    optimisation the methods' (:class:`~.bivariate_job.BivariateSettings`); the split
    (TRAIN_RATIO, SEED, SPLIT_BY) is everybody's.
    """

    models: tuple[str, ...] = ("LR", "DT", "RF")
    methods: tuple[str, ...] = ("CF", "FR")
    train_design: str = "Po2"
    test_design: str = "Po1"
    n_sample: int | None = None
    min_spacing: float = 0.0
    precision: int = 3
    width: float = 0.1
    optimize: bool = False
    opt_precision: int = 2
    train_ratio: float = 0.7
    seed: int | None = None
    split_by: str = "cells"
    n_jobs: int | None = None
    neighbour_search: str = "exact"

    def split(self) -> SplitSettings:
        return SplitSettings(self.train_ratio, self.seed, self.split_by)

    def model(self, key: str) -> ModelSettings:
        return ModelSettings(
            key,
            params=search_params(key, self.neighbour_search),  # stacking's default bases include KNN
            train_design=self.train_design,
            test_design=self.test_design,
            n_sample=self.n_sample,
            min_spacing=self.min_spacing,
            train_ratio=self.train_ratio,
            seed=self.seed,
            split_by=self.split_by,
            n_jobs=self.n_jobs,
        )

    def method(self, key: str) -> BivariateSettings:
        return BivariateSettings(
            key,
            precision=self.precision,
            width=self.width,
            optimize=self.optimize,
            opt_precision=self.opt_precision,
            train_ratio=self.train_ratio,
            seed=self.seed,
            split_by=self.split_by,
        )

    def items(self) -> list[tuple[str, str]]:
        """(kind, key) of every item in the order run: the models, then the methods."""
        return [("model", k) for k in _normalised(self.models)] + [("method", k) for k in _normalised(self.methods)]

    def check(self) -> None:
        """Fail fast, before any raster is read: the selection, then each item's own settings."""
        models, methods = _normalised(self.models), _normalised(self.methods)
        if not models and not methods:
            raise AlsaInputError(
                tr(
                    "MODELS and METHODS are both empty: choose at least one model (MODELS) or bivariate method "
                    "(METHODS) to compare"
                )
            )
        _check_keys("MODELS", models, MODEL_KEYS, lambda k: tr(MODEL_NAMES[k]))
        _check_keys("METHODS", methods, METHOD_KEYS, lambda k: tr(METHODS[k].name))
        self.split().check()
        for key in models:
            self.model(key).check()  # scikit-learn first: without it no model runs
        for key in methods:
            self.method(key).check()


@dataclass
class CompareModelsOutcome:
    """The table's rows (best first), the best item, the seed used, the items' outcomes and every file."""

    rows: list[dict]
    best: dict
    criterion: str  # "prediction", or "success" without a test set: what sorts the table
    seed: int
    table_path: Path
    log_path: Path
    files: list[Path]
    outcomes: dict[str, object]  # item key → its ModelOutcome / BivariateOutcome (paths as written)
    notes: list[str] = field(default_factory=list)
    log: dict = field(default_factory=dict)


def item_name(kind: str, key: str) -> str:
    """The item's English name (translate it with ``tr`` for display)."""
    return MODEL_NAMES[key] if kind == "model" else METHODS[key].name


def item_log_extra(kind: str, key: str, log_extra: dict | None, seed: int, folder: Path) -> dict:
    """What an item's log adds: its own algorithm and the parameters that run it alone, and the comparison."""
    out = {"comparison": {"algorithm": "alsa:comparemodels", "log": str(folder / LOG_NAME)}}
    if log_extra:
        out |= {k: v for k, v in log_extra.items() if k not in ("algorithm", "parameters")}
        if "parameters" in log_extra:
            drop = COMPARISON_ONLY + (METHOD_ONLY if kind == "model" else MODEL_ONLY)
            drop += () if key in ("KNN", "STACKING") else SEARCH_ONLY
            params = {k: v for k, v in log_extra["parameters"].items() if k not in drop}
            out["parameters"] = params | {"SEED": seed, "OUTPUT_FOLDER": str(folder)}
    out["algorithm"] = f"alsa:{ALGORITHMS[key]}"
    return out


def _moved(value, old: str, new: str):
    """``value`` (a log) with every path string under ``old`` moved under ``new``."""
    if isinstance(value, dict):
        return {k: _moved(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_moved(v, old, new) for v in value]
    if isinstance(value, str) and (value == old or value.startswith(old + os.sep)):
        return new + value[len(old) :]
    return value


def _row(kind: str, key: str, outcome, seconds: float, folder: Path) -> dict:
    log = outcome.log
    results = log["results"]
    raster = outcome.probability_path if kind == "model" else outcome.lsi_path
    tag = Path(outcome.log_path).stem[len("Log_") :]
    return {
        "kind": kind,
        "item": key,
        "name": item_name(kind, key),
        "tag": tag,
        "success_rate": outcome.success,
        "prediction_rate": outcome.prediction,
        "roc_auc_train_design": results["roc_auc_train"] if kind == "model" else None,
        "roc_auc_test_design": results["roc_auc_test"] if kind == "model" else None,
        "map_roc_auc_train": results["map_roc_auc_train" if kind == "model" else "roc_auc_train"],
        "map_roc_auc_test": results["map_roc_auc_test" if kind == "model" else "roc_auc_test"],
        "bin_width": outcome.width if kind == "method" else None,
        "fit_seconds": log["timing_seconds"].get("fit") if kind == "model" else None,
        "seconds": round(seconds, 3),
        "raster": str(folder / Path(raster).name),
        "log": str(folder / Path(outcome.log_path).name),
    }


def sort_rows(rows: list[dict]) -> tuple[list[dict], str]:
    """Best first by prediction rate (success rate when no item has one); ties keep the order run; ranked."""
    criterion = "prediction" if any(r["prediction_rate"] is not None for r in rows) else "success"
    key = f"{criterion}_rate"
    ordered = sorted(rows, key=lambda r: -r[key] if r[key] is not None else float("inf"))
    return [{"rank": i + 1} | r for i, r in enumerate(ordered)], criterion


def table_columns(rows: list[dict]) -> dict:
    """The CSV columns (:data:`COLUMNS`); the raster and log by file name; None is written empty."""
    import numpy as np

    def cell(row, key):
        value = row[key]
        if key in ("raster", "log"):
            return Path(value).name
        return "" if value is None else value

    return {key: np.array([cell(r, key) for r in rows], dtype=object) for key in COLUMNS}


def check_table_output(path: Path, request: StudyRequest) -> Path:
    """OUTPUT_TABLE must be a .csv in a writable folder and no input."""
    path = Path(path)
    refuse_input(path, {os.path.realpath(p) for p in request.input_paths()}, "OUTPUT_TABLE: ")
    if path.suffix.lower() != ".csv":
        raise AlsaInputError(
            tr("OUTPUT_TABLE: {path!r} is not a .csv name; the table is written as CSV, e.g. {name!r}").format(
                path=str(path), name=path.with_suffix(".csv").name
            )
        )
    check_folder(path.parent, "OUTPUT_TABLE")
    return path


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder``; the folders made (deepest first), to remove again when the run fails."""
    missing = [p for p in [folder, *folder.parents] if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AlsaInputError(
            tr("OUTPUT_FOLDER: the folder {folder!r} cannot be created ({strerror}); choose another folder").format(
                folder=str(folder), strerror=exc.strerror
            )
        ) from None
    return missing


def _remove_made(made: list[Path]) -> None:
    for p in made:  # deepest first; only while empty
        try:
            p.rmdir()
        except OSError:
            break


def run_compare_models(
    request: StudyRequest,
    settings: CompareModelsSettings,
    output_folder: Path,
    output_table: Path | None = None,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    output_report: Path | None = None,
    dpi: int = 150,
) -> CompareModelsOutcome:
    """Run every item on one seed, then write the table and the log (and on request the HTML report with the
    table and every item's curves); nothing is left unless all succeed."""
    t0 = time.perf_counter()
    settings = replace(settings, models=_normalised(settings.models), methods=_normalised(settings.methods))
    settings.check()
    seed, drawn = draw_seed(settings.seed)
    settings = replace(settings, seed=seed)
    if drawn:
        log_extra = with_seed(log_extra, seed)
    folder = check_folder(Path(output_folder))
    table_path = check_table_output(Path(output_table), request) if output_table else folder / TABLE_NAME
    log_path = folder / LOG_NAME
    html = None
    if output_report:
        from ..report import check_report_output

        html = check_report_output(output_report)  # before the work: a blocked report fails now, not after it
    items = settings.items()
    weights = [3.0 if kind == "model" else (2.0 if settings.optimize else 1.0) for kind, _ in items]
    edges = [0.05 + 0.92 * sum(weights[:i]) / sum(weights) for i in range(len(items) + 1)]  # reading: 0-5 %

    made = _make_folder(folder)
    remove_stale_workdirs(folder)  # working folders that killed comparisons left here
    work = Path(tempfile.mkdtemp(prefix=f"alsa-{owner()}-", dir=folder))
    try:
        start = time.perf_counter()
        workload = "model" if settings.models else "bivariate"
        split = settings.split()
        loaded = LoadedStudy(split, *load_study(request, split, scaled(progress, 0.0, 0.05), workload))  # read once
        load_seconds = time.perf_counter() - start
        outcomes: dict[str, object] = {}
        rows: list[dict] = []
        for i, (kind, key) in enumerate(items):
            name = tr(item_name(kind, key))
            text = tr("model {i} of {n}: {name}") if kind == "model" else tr("method {i} of {n}: {name}")
            report(progress, edges[i], text.format(i=i + 1, n=len(items), name=name))
            sub = scaled(progress, edges[i], edges[i + 1])
            extra = item_log_extra(kind, key, log_extra, seed, folder)
            start = time.perf_counter()
            if kind == "model":
                outcome = run_model(request, settings.model(key), work, progress=sub, log_extra=extra, loaded=loaded)
            else:
                outcome = run_bivariate(
                    request, settings.method(key), work, progress=sub, log_extra=extra, loaded=loaded
                )
            outcomes[key] = outcome
            rows.append(_row(kind, key, outcome, time.perf_counter() - start, folder))
        report(progress, 0.97, tr("writing the comparison"))
        first = outcomes[items[0][1]].log
        for _, key in items[1:]:
            other = outcomes[key].log
            if other["split"] != first["split"] or other["counts"] != first["counts"]:  # never, by construction
                raise RuntimeError(f"{key} ran on another split than {items[0][1]}: {other['split']}")
        rows, criterion = sort_rows(rows)
        notes = list(dict.fromkeys(n for o in outcomes.values() for n in o.notes))
        with StagedFiles(request.input_paths()) as staged:
            moved: dict[str, list[str]] = {}
            for key, outcome in outcomes.items():
                moved[key] = []
                for path in outcome.files:
                    final = folder / Path(path).name
                    tmp = staged.stage(final)
                    if Path(path) == Path(outcome.log_path):
                        item_log = json.loads(Path(path).read_text())
                        write_json(tmp, _moved(item_log, str(work), str(folder)))
                    else:
                        os.replace(path, tmp)
                    moved[key].append(str(final))
            write_csv(staged.stage(table_path, "OUTPUT_TABLE"), table_columns(rows))
            timing = {"load": round(load_seconds, 3), "items": {r["item"]: r["seconds"] for r in rows}}
            timing["total"] = time.perf_counter() - t0
            log = _log(request, settings, drawn, first, rows, criterion, table_path, outcomes, moved, work, folder)
            log |= {"notes": notes, "timing_seconds": timing | {"total": round(timing["total"], 3)}}
            if log_extra:
                log.update(log_extra)
            log["files"] = [str(p) for p in staged.staged] + [str(log_path)] + ([str(html)] if html else [])
            write_json(staged.stage(log_path), log)
            if html is not None:
                from ..report import write_report

                report(progress, 0.98, tr("writing the report"))
                # the comparison's own files only: no single item's sections (its rates, ROC …) in this report
                view = log | {"files": [str(table_path), str(log_path)]}
                write_report(view, folder, html, dpi=dpi, staged=staged)
            files = staged.commit()
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        _remove_made(made)
        raise
    shutil.rmtree(work, ignore_errors=True)
    report(progress, 1.0, tr("done"))
    for o in outcomes.values():  # the items' paths as they are now
        for attr in ("probability_path", "lsi_path", "log_path", "decisiveness_path"):
            if getattr(o, attr, None) is not None:
                setattr(o, attr, folder / Path(getattr(o, attr)).name)
        o.files = [folder / Path(p).name for p in o.files]
        o.log = _moved(o.log, str(work), str(folder))
    return CompareModelsOutcome(rows, rows[0], criterion, seed, table_path, log_path, files, outcomes, notes, log)


def _log(request, settings, drawn, first, rows, criterion, table_path, outcomes, moved, work, folder) -> dict:
    software = versions()
    if settings.models:
        import sklearn

        software["scikit-learn"] = sklearn.__version__
    items = []
    for r in sorted(rows, key=lambda r: [k for _, k in settings.items()].index(r["item"])):
        o = outcomes[r["item"]]
        item_log = o.log
        items.append(
            {
                "kind": r["kind"],
                "item": r["item"],
                "tag": r["tag"],
                "log": r["log"],
                "files": moved[r["item"]],
                "results": _moved(item_log["results"], str(work), str(folder)),
                "settings": item_log["settings"],
                "timing_seconds": item_log["timing_seconds"],
            }
        )
    return {
        "software": software,
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "inputs": asdict(request),
        "grid": first["grid"],
        "counts": first["counts"],
        "split": first["split"],
        "settings": {
            "models": list(settings.models),
            "methods": list(settings.methods),
            "train_design": settings.train_design,
            "test_design": settings.test_design,
            "n_sample": settings.n_sample,
            "min_spacing": settings.min_spacing,
            "precision": settings.precision,
            "bin_width": settings.width,
            "optimize": settings.optimize,
            "opt_precision": settings.opt_precision,
            "train_ratio": settings.train_ratio,
            "split_by": settings.split_by,
            "seed": settings.seed,
            "seed_drawn": drawn,
        },
        "model_comparison": {
            "table_file": str(table_path),
            "criterion": criterion,
            "best": rows[0]["item"],
            "columns": list(COLUMNS),
            "rows": rows,
        },
        "items": items,
    }


__all__ = [
    "COLUMNS",
    "CompareModelsOutcome",
    "CompareModelsSettings",
    "LOG_NAME",
    "METHOD_KEYS",
    "MODEL_KEYS",
    "TABLE_NAME",
    "run_compare_models",
]
