"""Benchmark at the scale of the reference paper's Px1 case (`make bench`).

Prints: one full run (prepare + one method at one width), the decisiveness of every
factor as a share of that run, an exhaustive 100-width optimisation, peak memory above
the input arrays, the run from files to files, ``alsa:factoranalysis``'s job from the
same files, and the speed ratio against a plain, straightforward numpy implementation
on a smaller case with identical AUC.
Targets on a 2-core machine: run ≤ 5 s, decisiveness ≤ 10 % of a run, optimisation
≤ 60 s, memory ≤ 2 GB, factor analysis ≤ 60 s.

Then the machine-learning models (``--models`` runs only them, ``--no-models`` skips
them): each of the eight trained on Po2 of the same stack (the core's designs, fit_model
and predict_map, as ``alsa:<model>`` runs them), with its fit time, the full-map
prediction time, the peak memory above the stack (the process's resident set, VmHWM of
/proc/self/status, reset before each model) and the ROC AUC on a Po1 test design. KNN's
exact search is timed on a sample of cells and extrapolated (hours at this scale); its
approximate search predicts the full map and is compared with the exact one on that
sample. Stacking runs twice: on three fast bases (LR, DT, RF), then on the paper's seven
(its KNN base with the approximate search; 99 minutes on 2 cores; --no-seven skips it).
Targets: each model ≤ 10 minutes, ≤ 4 GB above the stack.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
_pkgroot = Path(tempfile.mkdtemp(prefix="alsa-bench-"))
os.symlink(ROOT, _pkgroot / "alsa")
sys.path.insert(0, str(_pkgroot))

from alsa.alsa_plugin.core import NUMBA, optimise, prepare, run  # noqa: E402
from alsa.alsa_plugin.core.decisiveness import decisiveness  # noqa: E402
from alsa.alsa_plugin.core.synthetic import make_stack  # noqa: E402

OUT = ROOT / "bench_output"


def _status(key: str) -> int:
    """A field of /proc/self/status in bytes (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def naive_auc(factors, landslides, precision, width, seed):
    """Straightforward reference: masks per bin (cells × bins), a full sort for the AUC.

    Frequency ratio, the same split and bins as the core; returns the success rate.
    """
    valid = np.ones(landslides.shape, bool)
    for f in factors:
        valid &= np.isfinite(f.values)
    ls = landslides[valid].astype(float)
    cells = np.flatnonzero(ls > 0)
    rng = np.random.default_rng(seed)
    train = np.zeros(ls.size)
    train[cells[rng.permutation(cells.size)[: int(round(0.7 * cells.size))]]] = 1.0
    n_a, n_l = ls.size, train.sum()
    lsi = np.zeros(n_a)
    half = int(np.floor(width * 10**precision / 2 + 1e-9))
    for f in factors:
        v = f.values[valid].astype(np.float64)
        if f.classified:
            k = v.astype(np.int64)
            bins = [(k == c) for c in np.unique(k)]
            keys = np.unique(k)
        else:
            k = np.floor((v - v.min()) / (v.max() - v.min()) * 10**precision + 0.5).astype(np.int64)
            keys = np.unique(k)
            bins = [(np.abs(k - c) <= half) for c in keys]
        fr = np.empty(keys.size)
        for j, inside in enumerate(bins):
            n_lf = train[inside].sum()
            fr[j] = (n_lf / inside.sum() if n_lf > 0 else 1 / n_a) / (n_l / n_a)
        lsi += fr[np.searchsorted(keys, k)]
    order = np.argsort(-lsi, kind="stable")
    s, w = lsi[order], train[order]
    _, first = np.unique(-s, return_index=True)
    x = np.r_[first, s.size] / s.size
    y = np.r_[0, np.cumsum(w)[np.r_[first[1:], s.size] - 1]] / n_l
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1])) / 2)


def write_stack(stack, folder: Path):
    """The stack as uncompressed GeoTIFFs (what a user's factor rasters would be) and a 0/1 landslide raster."""
    from osgeo import gdal, osr

    gdal.UseExceptions()
    folder.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)

    def tif(name, array, dtype):
        ds = gdal.GetDriverByName("GTiff").Create(str(folder / name), array.shape[1], array.shape[0], 1, dtype)
        ds.SetGeoTransform((500000.0, 30.0, 0, 4300000.0, 0, -30.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(array)
        return str(folder / name)

    from alsa.alsa_plugin.jobs.inputs import FactorSource

    factors = [
        FactorSource(
            f.name, tif(f"{f.name}.tif", f.values, gdal.GDT_Byte if f.classified else gdal.GDT_Float32), f.classified
        )
        for f in stack.factors
    ]
    return factors, tif("landslides.tif", stack.landslides, gdal.GDT_Byte)


def files_run(stack, core_seconds: float) -> None:
    """The same run from GeoTIFFs to every output file (what the Processing algorithms do)."""
    import shutil

    from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
    from alsa.alsa_plugin.jobs.inputs import LandslideSource, StudyRequest

    shutil.rmtree(OUT, ignore_errors=True)
    t = time.perf_counter()
    factors, landslides = write_stack(stack, OUT / "inputs")
    print(f"wrote the stack as {len(factors)} GeoTIFFs in {time.perf_counter() - t:.1f} s")
    base = _status("VmRSS")
    _reset_peak()
    request = StudyRequest(factors, LandslideSource(landslides, raster=True))
    t = time.perf_counter()
    outcome = run_bivariate(request, BivariateSettings("CF", seed=1), OUT / "outputs")
    dt = time.perf_counter() - t
    tm = outcome.log["timing_seconds"]
    written = tm["total"] - tm["load"] - tm["prepare"] - tm["run"] - tm["decisiveness"]
    print(
        f"from files to files (CF, P=3, w=0.1, {len(outcome.files)} files): {dt:.1f} s  [read {tm['load']:.1f} s "
        f"+ prepare {tm['prepare']:.1f} s + run {tm['run']:.1f} s + decisiveness {tm['decisiveness']:.2f} s "
        f"+ write {written:.1f} s] = {dt / core_seconds:.1f}x the in-memory run; success {outcome.success:.4f}; "
        f"peak memory {(_status('VmHWM') - base) / 2**30:.2f} GiB above the stack"
    )
    factor_analysis(request)
    shutil.rmtree(OUT, ignore_errors=True)


def factor_analysis(request) -> None:
    """``alsa:factoranalysis``'s job on the same files: distributions, VIF/correlations, Cramér's V, CI."""
    from alsa.alsa_plugin.jobs.factor_analysis_job import FactorAnalysisSettings, run_factor_analysis

    base = _status("VmRSS")
    _reset_peak()
    t = time.perf_counter()
    outcome = run_factor_analysis(request, FactorAnalysisSettings(seed=1), OUT / "factors")
    dt = time.perf_counter() - t
    tm = outcome.log["timing_seconds"]
    parts = " + ".join(f"{k} {v:.1f} s" for k, v in tm.items() if k != "total")
    print(
        f"factor analysis job from files ({len(outcome.files)} files; VIF on {outcome.collinearity.cells}): "
        f"{dt:.1f} s  [{parts}]; peak memory {(_status('VmHWM') - base) / 2**30:.2f} GiB   target <= 60 s"
    )


MODEL_ORDER = ("LR", "DT", "ANN", "MLP", "RF", "BAGGING", "KNN", "STACKING")  # the slowest last
FAST_BASES = ("LR", "DT", "RF")  # stacking's BASE_MODELS for large maps (alsa:stacking's help)
KNN_SAMPLE = 20_000  # cells on which the exact KNN is timed and the approximate one compared with it
GIB = 2**30


def _load() -> str:
    return "load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3])


def model_bench(stack, keys, seed: int = 1, seven: bool = True) -> None:
    """Every model in ``keys`` on Po2 of ``stack``: fit, full-map prediction, peak memory, ROC AUC on Po1
    (stacking on the paper's seven bases too unless ``seven`` is False)."""
    from sklearn.exceptions import ConvergenceWarning

    from alsa.alsa_plugin.core.ml import designs as dz
    from alsa.alsa_plugin.core.ml import metrics
    from alsa.alsa_plugin.core.ml.models import fit_model
    from alsa.alsa_plugin.core.ml.predict import ArraySource, chunk_rows, predict_map
    from alsa.alsa_plugin.core.study import study_area

    t = time.perf_counter()
    area = study_area(stack.factors, stack.landslides, train_ratio=0.7, seed=seed)
    names = [f.name for f in stack.factors]
    classified = [f.classified for f in stack.factors]
    every = bool(area.valid.all())  # the synthetic stack: no nodata, the factor grids are the rows' columns
    arrays = [f.values.ravel() if every else area.compact(f.values) for f in stack.factors]
    source = ArraySource(arrays, names, classified)
    train = dz.make_training_design("Po2", area.n_a, area.train, area.test, seed=seed)
    test = dz.make_test_design("Po1", area.n_a, area.train, area.test, train, seed=seed)
    x, y = source.take(train.cells), train.labels
    sample = np.sort(np.random.default_rng(seed).choice(area.n_a, min(KNN_SAMPLE, area.n_a), replace=False))
    x_sample = source.take(sample)
    print(
        f"\nmodels: {area.n_a / 1e6:.1f} M valid cells, {len(names)} factors; training design Po2 {len(train)} cells "
        f"({train.n_positive} landslide), test design Po1 {len(test)} cells; {time.perf_counter() - t:.1f} s; "
        f"{_load()}"
    )
    t = time.perf_counter()
    warm = np.floor(np.random.default_rng(0).random((400, len(names))) * 4)
    search = {"neighbour_search": "approximate", "n_neighbors": 10}
    tiny = fit_model("KNN", warm, np.arange(400) % 2, classified, search)
    tiny.predict_proba(warm)
    print(f"warm-up of the approximate KNN's numba kernel (compile or cache load): {time.perf_counter() - t:.1f} s")
    print("peak memory: the resident set's high-water mark (VmHWM) above the resident set before the fit")
    runs = [(key, None, "") for key in MODEL_ORDER if key in keys and key not in ("KNN", "STACKING")]
    if "KNN" in keys:
        runs.append(("KNN", None, ""))
    if "STACKING" in keys:  # three fast bases first (minutes), then the paper's seven (hours with an exact KNN)
        runs.append(("STACKING", {"base_models": FAST_BASES}, " (bases " + "+".join(FAST_BASES) + ")"))
        if seven:
            approx = {"base_params": {"KNN": {"neighbour_search": "approximate"}}}
            runs.append(("STACKING", approx, " (the seven bases; the KNN base: approximate search)"))
    fast = None
    for key, params, note in runs:
        if key == "KNN":
            knn_bench(source, x, y, classified, names, x_sample, test, seed)
            continue
        base = _status("VmRSS")
        _reset_peak()
        t = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:  # one line per model, not one per network fit
            warnings.simplefilter("always", ConvergenceWarning)
            model = fit_model(key, x, y, classified, params, seed=seed, names=names)
        fit = time.perf_counter() - t
        limit = sum(issubclass(w.category, ConvergenceWarning) for w in caught)
        for w in caught:  # any other warning is shown as it would have been
            if not issubclass(w.category, ConvergenceWarning):
                warnings.showwarning(w.message, w.category, w.filename, w.lineno)
        if limit:
            print(f"{key}: the iteration limit was reached in {limit} fit(s) (scikit-learn's ConvergenceWarning)")
        t = time.perf_counter()
        prob = predict_map(model, source)
        pred = time.perf_counter() - t
        peak = (_status("VmHWM") - base) / GIB
        auc = metrics.roc(test.labels, prob[test.cells]).auc
        print(
            f"{key:9s} fit {fit:7.1f} s  predict {pred:7.1f} s ({pred / area.n_a * 1e6:.2f} us/cell, chunks of "
            f"{chunk_rows(model, len(names))})  total {(fit + pred) / 60:5.1f} min  peak {peak:.2f} GiB  "
            f"ROC AUC (Po1) {auc:.4f}{note}   {_verdict(fit + pred, peak)}; {_load()}",
            flush=True,
        )
        if key == "STACKING" and params and "base_models" in params:
            fast = prob, auc  # the documented choice, compared below with the paper's seven bases
        elif key == "STACKING" and fast is not None:
            _agreement(*fast, prob, auc, test)
        del model, prob


def _agreement(fast, fast_auc, seven, seven_auc, test) -> None:
    """How far stacking on the fast bases ranks the map as stacking on the paper's seven bases."""
    from alsa.alsa_plugin.core.spearman import spearman_of_maps

    top = max(1, fast.size // 10)  # the most susceptible tenth of the map: what a zone map shows first
    a, b = np.argpartition(-fast, top)[:top], np.argpartition(-seven, top)[:top]
    rank = spearman_of_maps([fast[test.cells], seven[test.cells]])[0, 1]
    diff = np.abs(fast - seven)
    print(
        f"stacking on {'+'.join(FAST_BASES)} vs the seven bases, every cell: probability correlation "
        f"{np.corrcoef(fast, seven)[0, 1]:.5f}, mean |difference| {diff.mean():.4f}, largest {diff.max():.3f}; "
        f"most susceptible 10 % of cells shared {np.intersect1d(a, b).size / top * 100:.1f} %; rank correlation on "
        f"Po1 {rank:.5f}; ROC AUC (Po1) {fast_auc:.4f} vs {seven_auc:.4f}",
        flush=True,
    )


def _verdict(seconds: float, peak_gib: float) -> str:
    ok = seconds <= 600 and peak_gib <= 4
    return "target met" if ok else "TARGET MISSED (<= 10 min, <= 4 GiB)"


def knn_bench(source, x, y, classified, names, x_sample, test, seed) -> None:
    """Exact KNN: its cost per cell on a sample, extrapolated; approximate: the full map, agreement with exact."""
    from alsa.alsa_plugin.core.ml import metrics
    from alsa.alsa_plugin.core.ml.models import fit_model
    from alsa.alsa_plugin.core.ml.predict import predict_map

    n = source.n_cells
    base = _status("VmRSS")
    _reset_peak()
    t = time.perf_counter()
    exact = fit_model("KNN", x, y, classified, seed=seed, names=names)
    fit = time.perf_counter() - t
    prepared = exact.named_steps["prepare"].transform(x_sample)
    t = time.perf_counter()
    truth = exact.named_steps["model"].kneighbors(prepared, return_distance=False)
    per_cell = (time.perf_counter() - t) / len(x_sample)
    p_exact = y[truth].mean(axis=1)  # uniform votes of the exact neighbours: predict_proba's value
    peak = (_status("VmHWM") - base) / GIB
    print(
        f"KNN exact fit {fit:.1f} s; {per_cell * 1e3:.3f} ms per cell on {len(x_sample)} cells "
        f"(scikit-learn brute force, every core) -> full map ~{per_cell * n / 3600:.1f} h (extrapolated, not run); "
        f"peak {peak:.2f} GiB on the sample   {_verdict(fit + per_cell * n, 0)}; {_load()}",
        flush=True,
    )
    del exact
    base = _status("VmRSS")
    _reset_peak()
    t = time.perf_counter()
    approx = fit_model("KNN", x, y, classified, {"neighbour_search": "approximate"}, seed=seed, names=names)
    fit = time.perf_counter() - t
    t = time.perf_counter()
    prob = predict_map(approx, source)
    pred = time.perf_counter() - t
    peak = (_status("VmHWM") - base) / GIB
    auc = metrics.roc(test.labels, prob[test.cells]).auc
    est = approx.named_steps["model"]
    found = est.kneighbors(approx.named_steps["prepare"].transform(x_sample))
    recall = np.mean([np.intersect1d(a, b).size for a, b in zip(found, truth)]) / truth.shape[1]
    p_approx = approx.predict_proba(x_sample)[:, 1]
    diff = np.abs(p_approx - p_exact)
    print(
        f"KNN approximate ({est.n_lists_} lists, {est.n_probe} probed) fit {fit:.1f} s  predict {pred:.1f} s "
        f"({pred / n * 1e6:.2f} us/cell = {per_cell / (pred / n):.0f}x faster than exact)  total "
        f"{(fit + pred) / 60:.1f} min  peak {peak:.2f} GiB  ROC AUC (Po1) {auc:.4f}   {_verdict(fit + pred, peak)}; "
        f"{_load()}",
        flush=True,
    )
    print(
        f"KNN approximate vs exact on the {len(x_sample)} sampled cells: neighbour recall {recall:.4f}, "
        f"probability correlation {np.corrcoef(p_approx, p_exact)[0, 1]:.5f}, mean |difference| {diff.mean():.4f}, "
        f"largest {diff.max():.3f}, identical on {np.mean(diff == 0) * 100:.1f} % of cells",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=4710)
    ap.add_argument("--cols", type=int, default=4432)
    ap.add_argument("--no-files", action="store_true", help="skip the run from GeoTIFF files to files")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--models", action="store_true", help="only the machine-learning models")
    which.add_argument("--no-models", action="store_true", help="skip the machine-learning models")
    ap.add_argument("--model", action="append", choices=MODEL_ORDER, help="only this model (repeatable)")
    ap.add_argument(
        "--no-seven", action="store_true", help="stacking on LR+DT+RF only, not on the paper's seven bases (hours)"
    )
    args = ap.parse_args()
    print(f"numba: {'on' if NUMBA else 'off'}   cores: {os.cpu_count()}   {_load()}")
    keys = args.model or list(MODEL_ORDER)
    if args.models:
        stack = make_stack((args.rows, args.cols), n_continuous=18, n_classified=3, landslide_fraction=0.01, seed=2023)
        model_bench(stack, keys, seven=not args.no_seven)
        return

    t = time.perf_counter()
    tiny = make_stack((60, 70), 3, 1, seed=1)
    st = prepare(tiny.factors, tiny.landslides, precision=3, seed=1)
    for m in ("CF", "FR"):
        run(st, m, 0.1)
    print(f"warm-up (numba compile or cache load): {time.perf_counter() - t:.1f} s")

    t = time.perf_counter()
    stack = make_stack((args.rows, args.cols), n_continuous=18, n_classified=3, landslide_fraction=0.01, seed=2023)
    inputs = sum(f.values.nbytes for f in stack.factors) + stack.landslides.nbytes
    print(
        f"stack: {args.rows} x {args.cols} = {args.rows * args.cols / 1e6:.1f} M cells, "
        f"{len(stack.factors)} factors (3 classified), {stack.landslides.mean() * 100:.2f} % landslide cells, "
        f"inputs {inputs / 2**30:.2f} GiB (built in {time.perf_counter() - t:.1f} s)"
    )
    base = _status("VmRSS")
    _reset_peak()

    t0 = time.perf_counter()
    study = prepare(stack.factors, stack.landslides, precision=3, train_ratio=0.7, seed=1)
    t1 = time.perf_counter()
    result = run(study, "CF", 0.1)
    t2 = time.perf_counter()
    print(
        f"one full run (CF, P=3, w=0.1): {t2 - t0:.2f} s  [prepare {t1 - t0:.2f} s + run {t2 - t1:.2f} s]  "
        f"success {result.evaluation.success.auc:.4f}, prediction {result.evaluation.prediction.auc:.4f}"
        "   target <= 5 s"
    )
    del result
    t = time.perf_counter()
    dcs = decisiveness(study, 0.1)
    dt = time.perf_counter() - t
    top = max(dcs, key=lambda d: d.dc)
    print(
        f"decisiveness of all {len(dcs)} factors (w=0.1): {dt:.3f} s = {100 * dt / (t2 - t0):.1f} % of one full run "
        f"(highest: {top.name} {top.dc:.3f})   target <= 10 %"
    )
    t = time.perf_counter()
    opt = optimise(study, "CF", opt_precision=2)
    dt = time.perf_counter() - t
    print(
        f"exhaustive optimisation, {opt.widths.size} widths (Q=2): {dt:.1f} s "
        f"({dt / opt.widths.size:.2f} s per width)  best w={opt.best_width:g}, "
        f"prediction {opt.best_prediction:.4f}   target <= 60 s"
    )
    t = time.perf_counter()
    quick = optimise(study, "CF", opt_precision=2, strategy="coarse-to-fine")
    print(
        f"coarse-to-fine optimisation: {time.perf_counter() - t:.1f} s, {quick.evaluations} evaluations, "
        f"best w={quick.best_width:g} (exhaustive: {opt.best_width:g})"
    )
    peak = _status("VmHWM") - base
    print(f"peak memory above the inputs: {peak / 2**30:.2f} GiB   target <= 2 GiB")
    del study
    if not args.no_files:
        files_run(stack, t2 - t0)
    if not args.no_models:
        model_bench(stack, keys, seven=not args.no_seven)
    del stack

    small = make_stack((600, 600), n_continuous=5, n_classified=1, seed=5)
    t = time.perf_counter()
    ref = naive_auc(small.factors, small.landslides, 2, 0.1, seed=3)
    t_ref = time.perf_counter() - t
    t = time.perf_counter()
    st = prepare(small.factors, small.landslides, precision=2, train_ratio=0.7, seed=3)
    ours = run(st, "FR", 0.1).evaluation.success.auc
    t_ours = time.perf_counter() - t
    same = "identical" if abs(ours - ref) < 1e-12 else f"DIFFERENT ({ours!r} vs {ref!r})"
    print(
        f"vs plain numpy (600 x 600, 6 factors, FR, P=2, w=0.1): {t_ref:.2f} s vs {t_ours:.3f} s "
        f"= {t_ref / t_ours:.0f}x faster; success rate {ours:.6f}, {same}"
    )


if __name__ == "__main__":
    main()
