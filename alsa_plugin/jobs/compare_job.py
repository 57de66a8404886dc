"""All eight bivariate methods, optimal and conventional, in one table (Li & Lan 2023 §5, Table 4).

The inputs are loaded onto one grid once (:func:`~.inputs.load`). Then, on the same
valid cells and the same training/test landslide split:

* **optimal** — continuous factors classification-free at precision P; for each
  method the bin width is optimised (candidate widths k·10^−Q, the core's
  :func:`~..core.optimise`) and the method is run at its best width (FR reuses the
  search of FC and WC that of WoE: they share their ranking key, so every width gives
  them identical rates — see :func:`_shared_searches`);
* **conventional, n classes** — for every n in ``classes`` (default 10, 5, 3) each
  continuous factor is reclassified into n classes (the core's breaks and class rule,
  :mod:`~..core.reclassify`: equal interval, quantile or natural breaks, with the breaks
  computed over the study's valid cells only; see :func:`conventional_factors`), then
  every factor is classified and each method runs once.

Classified inputs stay classified in every scenario. 8 methods × (1 + len(classes))
runs: 32 with the paper's 10/5/3.

Same split everywhere: the study area (valid cells, training/test landslides,
:func:`~.study.load_study`) is made once, and every scenario encodes its factors on
that same area (:func:`~..core.study.encode`; a reclassified factor has data on every
valid cell), so the split is identical by construction. When no seed is given a
random one is drawn, used for every scenario and recorded in the log.

Outputs (all or nothing, :class:`~..gis.outputs.StagedFiles`) in the output folder:

* ``Compare_prediction_rates.csv`` — Table 4. One row per method (FC, FR, IV, CF, CA,
  WOE, WC, SR), then ``Average`` and ``Percent difference``. Columns: ``method``,
  ``name``, ``optimal_bin_width``, then for the prediction rates and again for the
  success rates: ``<rate>_optimal``, ``<rate>_<n>_classes`` for each n, ``<rate>_average``
  and ``<rate>_percent_difference``. Empty cells stand for the paper's "N.A.".
* ``Compare_spearman.csv`` — 8 × 8 Spearman rank correlation between the LSI maps of the
  optimal methods (see :func:`spearman_matrix`), computed right after the optimal runs.
* ``LSI_<id>_P<P>_W<w>.tif`` — the LSI of each optimal method (for WoE the posterior
  log-odds, as in the single-method algorithm).
* ``Compare_rate_curves.csv`` — the success (and prediction) rate curve of every optimal
  method in long form: method, curve, cell_fraction, landslide_fraction;
* ``Compare_log.json`` — inputs, settings (the seed used), versions, timing, the class
  breaks, and every result: each run's success/prediction rate and ROC AUCs, each
  method's width–AUC curve, the Spearman matrix.

**Percent difference** exactly as the paper's Table 4 ("the relative difference of a
value compared with the maximum value", N.A. for the maximum itself): for values v
compared with their maximum M, ``100 · (M − v) / v``. Checked on the paper's numbers:
Average row 0.8625405 (optimal) vs 0.8538184 (10 classes) gives 1.02; average column
0.8551665 (CF) vs 0.8266975 (CA) gives 3.44. It is applied

* to the ``average`` column (the mean of a method's rates over all scenarios), each
  method against the best method average → the ``percent_difference`` column;
* to the ``Average`` row (the mean over the eight methods of each scenario), each
  scenario against the best scenario average → the ``Percent difference`` row.

The Average row's own average and percent difference, and the percent difference of
the maximum, are N.A. (empty), as in the paper. Without a test set (train ratio 1)
the prediction columns are empty and the optimisation uses the success rate.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from numbers import Integral
from pathlib import Path

import numpy as np

from ..core import METHODS, Optimisation, encode, memory, optimise, run
from ..core.errors import AlsaInputError
from ..core.factors import Factor, effective_min_width
from ..core.i18n import tr
from ..core.optimise import candidate_widths
from ..core.progress import ProgressCallback, report, scaled
from ..core.reclassify import METHODS as CLASSIFICATIONS
from ..core.reclassify import class_breaks
from ..core.spearman import RankStore, spearman_matrix
from ..core.study import Study
from ..gis.outputs import StagedFiles, check_folder, setting_tag, write_csv, write_geotiff, write_json
from .bivariate_job import BivariateSettings, write_report_staged
from .inputs import GridData, StudyRequest
from .reclassify_job import MAX_CLASSES
from .study import draw_seed, load_study, log_header, rate_columns, with_seed

TABLE_NAME = "Compare_prediction_rates.csv"
SPEARMAN_NAME = "Compare_spearman.csv"
LOG_NAME = "Compare_log.json"
CURVES_NAME = "Compare_rate_curves.csv"


def _whole_number(item) -> int | None:
    """``item`` as an int when it is a whole number ("10", 10, 10.0), else None."""
    if isinstance(item, bool):
        return None
    if isinstance(item, Integral):
        return int(item)
    try:
        value = float(item)
    except (TypeError, ValueError):
        return None
    return int(value) if value.is_integer() else None


def parse_classes(text: str | list | tuple) -> tuple[int, ...]:
    """``"10,5,3"`` → (10, 5, 3): whole numbers from 2 to :data:`MAX_CLASSES`, each once, order kept."""
    items = [s.strip() for s in text.split(",")] if isinstance(text, str) else list(text)
    items = [s for s in items if s != ""]
    if not items:
        raise AlsaInputError(tr('CLASSES: give the numbers of classes of the conventional scenarios, e.g. "10,5,3"'))
    out: list[int] = []
    for item in items:
        n = _whole_number(item)
        if n is None or not 2 <= n <= MAX_CLASSES:
            raise AlsaInputError(
                tr(
                    "CLASSES: {item!r} is not a whole number of classes from 2 to {MAX_CLASSES}; give a "
                    'comma-separated list such as "10,5,3"'
                ).format(item=item, MAX_CLASSES=MAX_CLASSES)
            )
        if n in out:
            raise AlsaInputError(
                tr("CLASSES: {n} classes is listed twice; give each number of classes once").format(n=n)
            )
        out.append(n)
    return tuple(out)


@dataclass(frozen=True)
class CompareSettings:
    """Settings of the comparison (names as in ``alsa:comparebivariate``)."""

    precision: int = 3
    opt_precision: int = 2
    classes: tuple[int, ...] = (10, 5, 3)
    classification: str = "equal_interval"
    train_ratio: float = 0.7
    seed: int | None = None
    split_by: str = "cells"

    def bivariate(self, seed: int | None = None) -> BivariateSettings:
        """The optimising single-method settings these share (validation, study preparation)."""
        return BivariateSettings(
            "FC",
            precision=self.precision,
            optimize=True,
            opt_precision=self.opt_precision,
            train_ratio=self.train_ratio,
            seed=self.seed if seed is None else seed,
            split_by=self.split_by,
        )

    def check(self) -> None:
        """Fail fast, before any raster is read."""
        self.bivariate().check()
        parse_classes(list(self.classes))
        if self.classification not in CLASSIFICATIONS:
            raise AlsaInputError(
                tr("CLASSIFICATION: unknown method {classification!r}; use one of {value}").format(
                    classification=self.classification, value=", ".join(CLASSIFICATIONS)
                )
            )


@dataclass
class CompareOutcome:
    """The table (as written), the Spearman matrix, the best method and every file."""

    table: dict[str, list]
    spearman: np.ndarray
    best_method: str
    seed: int
    table_path: Path
    spearman_path: Path
    log_path: Path
    lsi_paths: dict[str, Path]
    files: list[Path]
    rates: dict[str, dict[str, dict]]  # scenario → method → success, prediction (and bin_width when optimal)
    criterion: str  # "prediction", or "success" without a test set: what chose the best method
    notes: list[str] = field(default_factory=list)
    log: dict = field(default_factory=dict)


def scenario_names(classes: tuple[int, ...]) -> list[str]:
    """``optimal``, then ``<n>_classes`` for each n."""
    return ["optimal"] + [f"{n}_classes" for n in classes]


def percent_difference(values) -> np.ndarray:
    """Table 4's percent difference: 100·(max − v)/v; NaN (N.A.) for the maximum and for NaN values."""
    v = np.asarray(values, dtype=np.float64)
    out = np.full(v.shape, np.nan)
    if np.isnan(v).all():
        return out
    top = np.nanmax(v)
    use = ~np.isnan(v) & (v != top)
    out[use] = 100.0 * (top - v[use]) / v[use]
    return out


def comparison_table(
    methods: list[str], classes: tuple[int, ...], rates: dict[str, dict[str, dict]], widths: dict[str, float]
) -> dict[str, list]:
    """The columns of ``Compare_prediction_rates.csv`` (see the module docstring); NaN = N.A.

    ``rates[scenario][method]`` holds ``success`` and ``prediction`` (None without a test set).
    """
    scenarios = scenario_names(classes)
    cols: dict[str, list] = {
        "method": list(methods) + ["Average", "Percent difference"],
        "name": [METHODS[m].name for m in methods] + ["average value", "percent difference"],
        "optimal_bin_width": [widths[m] for m in methods] + [np.nan, np.nan],
    }
    for rate in ("prediction", "success"):
        grid = np.array(
            [[np.nan if rates[s][m][rate] is None else rates[s][m][rate] for s in scenarios] for m in methods]
        )
        method_avg = grid.mean(axis=1)
        scenario_avg = grid.mean(axis=0)
        scenario_pd = percent_difference(scenario_avg)
        for k, s in enumerate(scenarios):
            cols[f"{rate}_{s}"] = list(grid[:, k]) + [scenario_avg[k], scenario_pd[k]]
        cols[f"{rate}_average"] = list(method_avg) + [np.nan, np.nan]
        cols[f"{rate}_percent_difference"] = list(percent_difference(method_avg)) + [np.nan, np.nan]
    return cols


def _csv_cells(cols: dict[str, list], na: object = "") -> dict[str, np.ndarray]:
    """NaN → ``na`` (the paper's N.A.: an empty CSV cell, null in JSON), numbers at full precision."""
    return {
        k: np.array([na if isinstance(x, float) and np.isnan(x) else x for x in v], dtype=object)
        for k, v in cols.items()
    }


def class_codes(values: np.ndarray, breaks: np.ndarray, n_classes: int, chunk: int = 1 << 20) -> np.ndarray:
    """Class codes 1…n of finite ``values`` by the core's rule, in chunks, as uint8 (uint16 above 255).

    Class k holds breaks[k−1] < v ≤ breaks[k], the minimum in class 1, exactly as
    :func:`~..core.reclassify.reclassify` assigns them, but without its full-size int64
    temporaries: only one chunk at a time is searched.
    """
    out = np.empty(values.shape, dtype=np.uint8 if n_classes <= 255 else np.uint16)
    inner = breaks[1:-1]
    for start in range(0, values.size, chunk):
        out[start : start + chunk] = np.searchsorted(inner, values[start : start + chunk], side="left") + 1
    return out


def conventional_factors(data: GridData, study: Study, n_classes: int, method: str) -> tuple[list[Factor], dict]:
    """Every continuous factor reclassified into ``n_classes`` over the study's valid cells.

    Classified factors are kept as they are. The breaks come from the core
    (:func:`~..core.reclassify.class_breaks`) over the valid cells' values only, taken
    compactly; the codes are scattered into a uint8/uint16 grid whose other cells get
    class 0, the nodata of the reclassified factor, so the valid cells do not change.
    Returns the factors and the breaks (in the factor's units) of each reclassified one.
    """
    factors, breaks = [], {}
    for f in data.factors:
        if f.classified:
            factors.append(f)
            continue
        values = f.values[study.valid].astype(np.float64, copy=False)  # finite: a valid cell has data
        b = class_breaks(values, n_classes, method)
        codes = class_codes(values, b, n_classes)
        del values
        grid = np.zeros(study.valid.shape, dtype=codes.dtype)
        grid[study.valid] = codes
        del codes
        factors.append(Factor(f.name, grid, classified=True, nodata=0))
        breaks[f.name] = b
    return factors, breaks


def curve_columns(curves: list[tuple[str, dict]]) -> dict[str, np.ndarray]:
    """``Compare_rate_curves.csv``: each method's :func:`~.study.rate_columns` with a ``method`` column."""
    return {
        "method": np.concatenate([np.full(c["curve"].size, m, dtype=object) for m, c in curves]),
        "curve": np.concatenate([c["curve"].astype(object) for _, c in curves]),
        "cell_fraction": np.concatenate([c["cell_fraction"] for _, c in curves]),
        "landslide_fraction": np.concatenate([c["landslide_fraction"] for _, c in curves]),
    }


def _shared_searches(methods: list[str]) -> dict[str, str]:
    """Method → an earlier method with the same ranking key, whose width search it reuses.

    A method ranks cells by the sum of its per-class key values (``Method.key_values``);
    two methods with the same key function (FR and FC: Σ p(L|F); WC and WoE: Σ WC) get
    identical keys, hence identical rates at every width: one search serves both.
    """
    first: dict[object, str] = {}
    shares = {}
    for m in methods:
        fn = METHODS[m].key or METHODS[m].favourability
        if fn in first:
            shares[m] = first[fn]
        else:
            first[fn] = m
    return shares


def _rates(result) -> dict:
    ev = result.evaluation
    return {
        "success": ev.success.auc,
        "prediction": ev.prediction.auc if ev.prediction is not None else None,
        "roc_auc_train": ev.roc_auc_train,
        "roc_auc_test": ev.roc_auc_test,
        "cells_ranked": ev.n_ranked,
    }


def usable_widths(precision: int, opt_precision: int) -> int:
    """How many candidate widths an optimisation evaluates: those not below the effective minimum."""
    return int((candidate_widths(opt_precision) >= effective_min_width(precision) - 1e-12).sum())


class _Schedule:
    """Progress over the runs, weighted by their cost (an optimisation: one unit per width)."""

    def __init__(self, progress: ProgressCallback, start: float, stop: float, weights: list[float]):
        self.progress, self.start, self.span = progress, start, stop - start
        total = float(sum(weights))
        self.edges = np.concatenate(([0.0], np.cumsum(weights))) / total

    def step(self, k: int) -> ProgressCallback:
        lo, hi = self.edges[k], self.edges[k + 1]
        return scaled(self.progress, self.start + self.span * lo, self.start + self.span * hi)

    def at(self, k: int, message: str) -> None:
        """Report the start of run ``k`` (``k`` = number of runs: the end)."""
        report(self.progress, self.start + self.span * self.edges[k], message)


def run_compare(
    request: StudyRequest,
    settings: CompareSettings,
    output_folder: Path,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    output_report: Path | None = None,
    dpi: int = 150,
) -> CompareOutcome:
    """Load once, run the 8 methods in every scenario, write everything (or nothing); optionally the report."""
    t0 = time.perf_counter()
    timing: dict[str, float] = {}

    def lap(name: str) -> None:
        timing[name] = time.perf_counter() - t0 - sum(timing.values())

    settings.check()
    classes = parse_classes(list(settings.classes))
    if not any(not f.classified for f in request.factors):
        raise AlsaInputError(
            tr(
                "CONTINUOUS_FACTORS: no continuous factor, so comparing optimal (classification-free) "
                "with conventional (n classes) scenarios is meaningless: with classified factors only, "
                "every scenario is the same. Add at least one continuous factor, or run a single "
                "bivariate method instead."
            )
        )
    seed, _ = draw_seed(settings.seed)
    log_extra = with_seed(log_extra, seed)
    bivariate = settings.bivariate(seed)
    folder = check_folder(Path(output_folder))
    methods = list(METHODS)

    data, area = load_study(request, bivariate.split(), scaled(progress, 0.0, 0.05), workload="compare")
    lap("load")
    study = encode(area, data.factors, bivariate.precision, scaled(progress, 0.05, 0.08))
    lap("prepare")
    n_widths = usable_widths(study.precision, settings.opt_precision)
    shares = _shared_searches(methods)
    weights = [1.0 if m in shares else n_widths + 1.0 for m in methods] + [1.5] * (len(methods) * len(classes))
    schedule = _Schedule(progress, 0.08, 0.95, weights)

    rates: dict[str, dict[str, dict]] = {s: {} for s in scenario_names(classes)}
    widths: dict[str, float] = {}
    curves: dict[str, dict] = {}
    lsi_paths: dict[str, Path] = {}
    breaks: dict[str, dict] = {}
    notes = list(data.notes) + list(study.notes)
    ranks = RankStore(len(methods))
    searches: dict[str, Optimisation] = {}
    rate_curves: list[tuple[str, dict]] = []
    with StagedFiles(request.input_paths()) as staged:
        grid_lsi = memory.empty(study.shape, np.float32)  # one grid for every LSI written
        for k, m in enumerate(methods):
            step = schedule.step(k)
            if m in shares:  # the same ranking key: every width gives the same rates
                opt = searches[shares[m]]
            else:
                opt = searches[m] = optimise(study, m, settings.opt_precision, progress=scaled(step, 0.0, 0.97))
            result = run(study, m, opt.best_width, progress=scaled(step, 0.97, 1.0))
            widths[m] = result.width
            rates["optimal"][m] = _rates(result) | {"bin_width": result.width}
            rate_curves.append((m, rate_columns(result.evaluation)))
            curves[m] = {
                "criterion": opt.criterion,
                "evaluations": 0 if m in shares else opt.evaluations,
                "search_shared_with": shares.get(m),
                "best_width": opt.best_width,
                "bin_width": opt.widths,
                "success_rate": opt.success,
                "prediction_rate": opt.prediction,
            }
            path = folder / f"LSI_{setting_tag(m, study.precision, result.width)}.tif"
            study.to_grid(result.lsi_output(study), out=grid_lsi)
            write_geotiff(
                staged.stage(path), data.grid, grid_lsi, tr("LSI {method} (optimal)").format(method=tr(METHODS[m].name))
            )
            lsi_paths[m] = path
            ranks.add(k, result.key)
            del result
            schedule.at(
                k + 1, tr("{method}: optimal width {width:g}").format(method=tr(METHODS[m].name), width=widths[m])
            )
        lap("optimal")

        del grid_lsi
        schedule.at(len(methods), tr("Spearman rank correlation of the optimal LSI maps"))
        rho = spearman_matrix(ranks.ranks)  # now, so that the ranks are not held through the other scenarios
        spearman_cells = int(ranks.ranks.shape[1])
        del ranks
        lap("spearman")

        for c, n in enumerate(classes):
            name = f"{n}_classes"
            base = len(methods) * (1 + c)
            schedule.at(base, tr("reclassifying into {n} classes").format(n=n))
            factors, b = conventional_factors(data, study, n, settings.classification)
            breaks[name] = b
            conv = encode(area, factors, bivariate.precision)  # the same cells and split as the optimal scenario
            del factors
            for k, m in enumerate(methods):
                rates[name][m] = _rates(run(conv, m, None, progress=schedule.step(base + k)))
                schedule.at(base + k + 1, tr("{method}: {n} classes").format(method=tr(METHODS[m].name), n=n))
            del conv
            lap(name)

        table = comparison_table(methods, classes, rates, widths)
        criterion = "prediction" if study.test is not None else "success"
        best = methods[int(np.argmax([rates["optimal"][m][criterion] for m in methods]))]
        table_path, spearman_path, log_path = folder / TABLE_NAME, folder / SPEARMAN_NAME, folder / LOG_NAME
        report(progress, 0.97, tr("writing the tables"))
        write_csv(staged.stage(table_path), _csv_cells(table))
        write_csv(staged.stage(spearman_path), {"method": methods} | {m: rho[:, j] for j, m in enumerate(methods)})
        write_csv(staged.stage(folder / CURVES_NAME), curve_columns(rate_curves))
        del rate_curves
        lap("write")
        timing["total"] = time.perf_counter() - t0
        log = log_header(request, data, area)
        log["counts"]["spearman_cells"] = spearman_cells
        log |= {
            "settings": asdict(settings) | {"classes": list(classes), "seed_used": seed},
            "split": log["split"] | {"scenarios": "one study area for every scenario: identical split"},
            "criterion": criterion,
            "best_method": best,
            "results": {"rates": rates, "optimisation": curves, "table": _csv_cells(table, None)},
            "class_breaks": breaks,
            "spearman": {"methods": methods, "matrix": rho},
            "notes": notes,
            "timing_seconds": {k: round(v, 3) for k, v in timing.items()},
        }
        if log_extra:
            log.update(log_extra)
        html = Path(output_report) if output_report else None
        log["files"] = [str(p) for p in staged.staged] + [str(log_path)] + ([str(html)] if html else [])
        write_json(staged.stage(log_path), log)
        if html is not None:
            report(progress, 0.98, tr("writing the report"))
            write_report_staged(log, folder, html, dpi, staged)
        files = staged.commit()
    report(progress, 1.0, tr("done"))
    return CompareOutcome(
        table, rho, best, seed, table_path, spearman_path, log_path, lsi_paths, files, rates, criterion, notes, log
    )
