"""The comparison job (Table 4): every entry equals a direct core run on the same arrays."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import numpy as np
import pytest
import reference_bivariate as rb
from geodata import write_tif
from osgeo import gdal
from scipy.stats import rankdata, spearmanr

from alsa.alsa_plugin.core import METHODS, Cancelled, Factor, optimise, prepare, run
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.reclassify import reclassify
from alsa.alsa_plugin.core.spearman import centred_ranks, spearman_of_maps
from alsa.alsa_plugin.jobs.compare_job import (
    CompareSettings,
    class_codes,
    parse_classes,
    percent_difference,
    run_compare,
    usable_widths,
)
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest

SEED = 5
IDS = list(METHODS)


def read_table(path) -> dict[str, dict[str, float]]:
    """Row label → column → value (empty cell = NaN)."""
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for r in rows:
        out[r["method"]] = {k: (float(v) if v != "" else np.nan) for k, v in r.items() if k not in ("method", "name")}
    return out


def read_matrix(path) -> np.ndarray:
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["method"] + IDS and [r[0] for r in rows[1:]] == IDS
    return np.array([[float(v) for v in r[1:]] for r in rows[1:]])


def read_tif(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def request_for(files, continuous=None, classified=None, **kw):
    cont = files["continuous"] if continuous is None else continuous
    cls = files["classified"] if classified is None else classified
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(cont)]
    factors += [FactorSource("geology", p, classified=True) for p in cls]
    return StudyRequest(factors, LandslideSource(files["points"]), **kw)


def core_factors(files, continuous=None):
    """The same factors as arrays, as the core sees them (geology: class codes, 0 = nodata)."""
    stack = files["stack"]
    values = [f.values for f in stack.factors[:3]] if continuous is None else continuous
    factors = [Factor(f"c{i}", v) for i, v in enumerate(values)]
    return factors + [Factor("geology", stack.factors[3].values, classified=True, nodata=0)]


def core_study(files, factors, precision):
    return prepare(factors, files["stack"].landslides, precision=precision, train_ratio=0.7, seed=SEED)


def reference_inputs(factors, study):
    """For the independent reference: the valid cells (every continuous value finite, geology not 0,
    found here), each factor's values on them, and the study's training and test weights."""
    valid = np.logical_and.reduce([f.values != 0 if f.classified else np.isfinite(f.values) for f in factors])
    assert np.array_equal(valid, study.valid)
    train, test = np.zeros(study.n_a), np.zeros(study.n_a)
    train[study.train.idx] = study.train.weight
    test[study.test.idx] = study.test.weight
    return valid, [(f.values[valid], f.classified) for f in factors], train, test


def conventional(files, factors, n, how):
    """Continuous factors reclassified over the valid cells (NaN elsewhere); geology kept."""
    valid = core_study(files, factors, 3).valid
    out = []
    for f in factors:
        if f.classified:
            out.append(f)
        else:
            codes, _ = reclassify(np.where(valid, f.values, np.nan), n, how)
            out.append(Factor(f.name, codes, classified=True, nodata=0))
    return core_study(files, out, 3)


@pytest.mark.parametrize("how", ["equal_interval", "quantile", "natural_breaks"])
def test_every_entry_equals_a_direct_core_run(stack_files, how):
    out = stack_files["folder"] / f"cmp_{how}"
    settings = CompareSettings(precision=2, opt_precision=1, classes=(6, 3), classification=how, seed=SEED)
    outcome = run_compare(request_for(stack_files), settings, out)
    table = read_table(out / "Compare_prediction_rates.csv")
    assert list(table) == IDS + ["Average", "Percent difference"]

    factors = core_factors(stack_files)
    study = core_study(stack_files, factors, 2)
    for m in IDS:
        opt = optimise(study, m, 1)
        ref = run(study, m, opt.best_width)
        row = table[m]
        assert row["optimal_bin_width"] == opt.best_width
        assert row["prediction_optimal"] == opt.best_prediction == ref.evaluation.prediction.auc
        assert row["success_optimal"] == opt.best_success == ref.evaluation.success.auc
        lsi = read_tif(outcome.lsi_paths[m])
        assert outcome.lsi_paths[m].name == f"LSI_{m}_P2_W{opt.best_width:g}.tif"
        np.testing.assert_array_equal(lsi, study.to_grid(ref.lsi_output(study)).astype(np.float32))
    for n in (6, 3):
        conv = conventional(stack_files, factors, n, how)
        assert np.array_equal(conv.train.idx, study.train.idx) and np.array_equal(conv.test.idx, study.test.idx)
        for m in IDS:
            ev = run(conv, m, None).evaluation
            assert table[m][f"prediction_{n}_classes"] == ev.prediction.auc
            assert table[m][f"success_{n}_classes"] == ev.success.auc
    assert (out / "Compare_log.json").exists() and len(outcome.files) == 8 + 4  # 8 LSIs, 2 tables, curves, log
    assert (out / "Compare_rate_curves.csv").exists()


@pytest.fixture(scope="module")
def paper_like(tmp_path_factory):
    """One run with the paper's 10/5/3 classes (P 3, Q 1), its outcome and the core study."""
    from geodata import stack_files_in

    files = stack_files_in(tmp_path_factory.mktemp("paper"))
    out = files["folder"] / "out"
    outcome = run_compare(request_for(files), CompareSettings(opt_precision=1, seed=SEED), out)
    return files, out, outcome


def test_fc_and_fr_are_equal_in_every_scenario(paper_like):
    """Paper §2.3: FC and FR give identical rates, in every scenario of Table 4.

    The entries are checked against the independent reference (``reference_bivariate``),
    FC and FR each from its own formula, not against each other: the job shares one width
    search between FC and FR, and the core ranks both by Σ p(L|F), so the two rows agree by
    construction.
    """
    files, out, _ = paper_like
    table = read_table(out / "Compare_prediction_rates.csv")
    factors = core_factors(files)
    study = core_study(files, factors, 3)
    valid, raw, train, test = reference_inputs(factors, study)
    # optimal: the reference's rates at every candidate width (Q = 1), in floats
    widths = [k / 10 for k in range(1, 11)]
    rates = {}
    for w in widths:
        ref = rb.Reference(raw, 3, w, train, test, exact=False)
        for m in ("FC", "FR"):
            rates[m, w] = (ref.rate(m, "success"), ref.rate(m, "prediction"))
        assert rates["FC", w] == pytest.approx(rates["FR", w], abs=1e-12), w  # the identity, width by width
    for m in ("FC", "FR"):
        best = table[m]["optimal_bin_width"]
        pred = {w: rates[m, w][1] for w in widths}
        assert pred[best] >= max(pred.values()) - 1e-12, m  # the best width ...
        assert all(pred[w] < pred[best] - 1e-12 for w in widths if w < best), m  # ... the smallest of them
        assert table[m]["success_optimal"] == pytest.approx(rates[m, best][0], abs=1e-12)
        assert table[m]["prediction_optimal"] == pytest.approx(pred[best], abs=1e-12)
    # conventional: the continuous factors in n equal-interval classes, exact rates
    for n in (10, 5, 3):
        codes = [
            f.values if f.classified else reclassify(np.where(valid, f.values, np.nan), n, "equal_interval")[0]
            for f in factors
        ]
        ref = rb.Reference([(c[valid], True) for c in codes], 3, None, train, test)
        for which in ("success", "prediction"):
            assert ref.rate("FC", which) == ref.rate("FR", which)  # exact fractions
            for m in ("FC", "FR"):
                lo, _, hi = (float(x) for x in ref.rate_bounds(m, which))  # ties split by rounding: see test_identities
                assert lo - 1e-12 <= table[m][f"{which}_{n}_classes"] <= hi + 1e-12, (m, which, n)


def test_percent_difference_row_and_column_by_hand(paper_like):
    _, out, _ = paper_like
    t = read_table(out / "Compare_prediction_rates.csv")
    for rate in ("prediction", "success"):
        scen = [f"{rate}_optimal"] + [f"{rate}_{n}_classes" for n in (10, 5, 3)]
        avg_row = [sum(t[m][c] for m in IDS) / 8 for c in scen]
        np.testing.assert_allclose([t["Average"][c] for c in scen], avg_row, rtol=1e-14)
        top = max(avg_row)
        for c, v in zip(scen, avg_row):
            expected = np.nan if v == top else 100 * (top - v) / v
            np.testing.assert_allclose(t["Percent difference"][c], expected, rtol=1e-12)
        method_avg = {m: sum(t[m][c] for c in scen) / 4 for m in IDS}
        best = max(method_avg.values())
        for m in IDS:
            np.testing.assert_allclose(t[m][f"{rate}_average"], method_avg[m], rtol=1e-14)
            expected = np.nan if method_avg[m] == best else 100 * (best - method_avg[m]) / method_avg[m]
            np.testing.assert_allclose(t[m][f"{rate}_percent_difference"], expected, rtol=1e-12)
        assert np.isnan(t["Average"][f"{rate}_average"]) and np.isnan(t["Average"][f"{rate}_percent_difference"])


def test_percent_difference_reproduces_the_papers_table_4():
    avg_row = [0.8625405, 0.8538184, 0.8484122, 0.8285315]
    np.testing.assert_array_equal(np.round(percent_difference(avg_row), 2), [np.nan, 1.02, 1.67, 4.10])
    avg_col = [0.8507972, 0.8507972, 0.8550229, 0.8551665, 0.8266975, 0.8467432, 0.8506378, 0.8507428]
    expected = [0.51, 0.51, 0.02, np.nan, 3.44, 0.99, 0.53, 0.52]
    np.testing.assert_array_equal(np.round(percent_difference(avg_col), 2), expected)


def test_spearman_matrix(paper_like):
    """Every entry is scipy's Spearman ρ between the LSI maps of the reference (each method at its
    optimal width), and the LSI rasters read back from disk are those maps."""
    files, out, outcome = paper_like
    rho = read_matrix(out / "Compare_spearman.csv")
    widths = read_table(out / "Compare_prediction_rates.csv")
    factors = core_factors(files)
    study = core_study(files, factors, 3)
    valid, raw, train, test = reference_inputs(factors, study)
    refs, lsi = {}, {}
    for m in IDS:
        w = widths[m]["optimal_bin_width"]
        if w not in refs:
            refs[w] = rb.Reference(raw, 3, w, train, test, exact=False)
        lsi[m] = refs[w].lsi(m)
        on_disk = read_tif(outcome.lsi_paths[m])
        np.testing.assert_allclose(on_disk[valid], lsi[m], rtol=2**-23, atol=1e-30, err_msg=m)  # float32
        assert np.isnan(on_disk[~valid]).all()
    for i, a in enumerate(IDS):
        for j, b in enumerate(IDS):
            expected = 1.0 if a == b else spearmanr(lsi[a], lsi[b]).correlation
            assert rho[i, j] == pytest.approx(expected, abs=1e-12), (a, b)
    # the paper's identities hold exactly; other methods differ
    assert rho[IDS.index("FC"), IDS.index("FR")] == 1.0 and rho[IDS.index("WOE"), IDS.index("WC")] == 1.0
    assert 0.3 < rho[IDS.index("IV"), IDS.index("CA")] < 0.9999


def test_spearman_ties_and_null_cells_against_scipy():
    rng = np.random.default_rng(3)
    a = rng.integers(0, 7, 5000).astype(float)  # heavy ties
    b = a + rng.normal(0, 2, a.size)
    c = np.round(b)
    for m in (a, b, c):
        m[:40] = np.nan
    rho = spearman_of_maps([a, b, c, -a])
    keep = slice(40, None)
    for i, j, (x, y) in [(0, 1, (a, b)), (0, 2, (a, c)), (1, 2, (b, c))]:
        np.testing.assert_allclose(rho[i, j], spearmanr(x[keep], y[keep]).correlation, rtol=1e-12)
    assert rho[0, 3] == -1.0 and spearman_of_maps([b, b])[0, 1] == 1.0  # exact sums: exactly ±1


def test_centred_ranks_are_twice_scipys_average_ranks_centred():
    rng = np.random.default_rng(7)
    for values in (rng.integers(0, 5, 1000).astype(float), rng.normal(size=777), np.array([2.0]), np.ones(6)):
        got = centred_ranks(values)
        assert got.dtype == np.int32
        np.testing.assert_array_equal(got, 2 * rankdata(values, method="average") - (values.size + 1))


def test_spearman_of_a_constant_map_is_nan_and_the_run_needs_no_scipy():
    rho = spearman_of_maps([np.ones(50), np.arange(50.0)])
    assert np.isnan(rho[0, 1]) and np.isnan(rho[1, 0]) and np.array_equal(np.diag(rho), [1.0, 1.0])
    code = (
        "import sys; import numpy as np; from alsa.alsa_plugin.jobs import compare_job as c; "
        "from alsa.alsa_plugin.core import spearman as s; "
        "s.spearman_of_maps([np.arange(9.0), np.arange(9.0) % 4]); c.class_codes(np.arange(9.0), np.arange(4.0), 3); "
        "sys.exit(1 if 'scipy' in sys.modules else 0)"
    )
    env = {"PYTHONPATH": ":".join(p for p in sys.path if p), "ALSA_DISABLE_NUMBA": "1"}  # numba imports scipy
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode == 0, "compare_job imports scipy: " + r.stdout + r.stderr


@pytest.mark.parametrize("how", ["equal_interval", "quantile", "natural_breaks"])
@pytest.mark.parametrize("n", [4, 300])
def test_class_codes_in_chunks_equal_the_cores_reclassify(how, n):
    rng = np.random.default_rng(11)
    values = np.round(rng.gamma(2.0, 3.0, 5000), 1)  # ties, and values on the breaks
    codes, breaks = reclassify(values, n, how)
    got = class_codes(values, breaks, n, chunk=333)
    assert got.dtype == codes.dtype == (np.uint8 if n <= 255 else np.uint16)
    np.testing.assert_array_equal(got, codes)


def test_progress_weights_count_the_widths_the_optimisation_evaluates():
    assert usable_widths(0, 2) == 100  # P = 0: no rounding, no minimum width
    assert usable_widths(3, 2) == 100 and usable_widths(1, 1) == 9  # P = 1: 0.1 < 2·10^−1 is skipped


def test_log_records_every_result_and_the_seed(paper_like):
    _, out, outcome = paper_like
    log = json.loads((out / "Compare_log.json").read_text())
    assert log["settings"]["seed_used"] == SEED == outcome.seed
    assert set(log["results"]["rates"]) == {"optimal", "10_classes", "5_classes", "3_classes"}
    for scenario in log["results"]["rates"].values():
        assert set(scenario) == set(IDS)
    assert len(log["results"]["optimisation"]["CF"]["bin_width"]) == 10
    assert set(log["class_breaks"]["5_classes"]) == {"c0", "c1", "c2"}
    assert len(log["class_breaks"]["5_classes"]["c0"]) == 6
    assert log["best_method"] == outcome.best_method
    best = max(IDS, key=lambda m: (log["results"]["rates"]["optimal"][m]["prediction"], -IDS.index(m)))
    assert outcome.best_method == best
    assert sorted(log["files"]) == sorted(str(p) for p in outcome.files)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in outcome.files)
    assert {"load", "optimal", "10_classes", "total"} <= set(log["timing_seconds"])


def test_without_seed_a_seed_is_drawn_recorded_and_reproduces(stack_files):
    req = request_for(stack_files)
    settings = CompareSettings(precision=2, opt_precision=1, classes=(3,))
    first = run_compare(req, settings, stack_files["folder"] / "a")
    assert isinstance(first.seed, int)
    assert json.loads(first.log_path.read_text())["settings"]["seed_used"] == first.seed
    settings = CompareSettings(precision=2, opt_precision=1, classes=(3,), seed=first.seed)
    again = run_compare(req, settings, stack_files["folder"] / "b")
    assert first.table_path.read_text() == again.table_path.read_text()


def test_nodata_and_no_test_set(stack_files):
    """Breaks over the valid cells only; same split despite nodata; train ratio 1: success rates only."""
    d = stack_files["folder"]
    values = [f.values.copy() for f in stack_files["stack"].factors[:3]]
    values[1][:30, :40] = np.nan
    values[2][100:, 100:] = np.nan
    paths = [write_tif(d / f"n{i}.tif", v.astype(np.float32), nodata=float("nan")) for i, v in enumerate(values)]
    settings = CompareSettings(precision=2, opt_precision=1, classes=(4,), classification="quantile", seed=SEED)
    outcome = run_compare(request_for(stack_files, continuous=paths), settings, d / "nodata")
    factors = core_factors(stack_files, values)
    conv = conventional(stack_files, factors, 4, "quantile")
    t = read_table(outcome.table_path)
    for m in IDS:
        assert t[m]["prediction_4_classes"] == run(conv, m, None).evaluation.prediction.auc

    settings = CompareSettings(precision=2, opt_precision=1, classes=(4,), train_ratio=1.0, seed=SEED)
    outcome = run_compare(request_for(stack_files), settings, d / "no_test")
    t = read_table(outcome.table_path)
    assert all(np.isnan(t[m]["prediction_optimal"]) for m in IDS)
    study = prepare(core_factors(stack_files), stack_files["stack"].landslides, precision=2, train_ratio=1.0)
    assert t["IV"]["success_optimal"] == optimise(study, "IV", 1).best_success
    assert outcome.log["criterion"] == "success"


def test_progress_runs_to_one_and_cancel_leaves_nothing(stack_files):
    seen = []
    settings = CompareSettings(precision=2, opt_precision=1, classes=(5, 3), seed=SEED)
    run_compare(request_for(stack_files), settings, stack_files["folder"] / "p", lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions[-1] == 1.0 and all(b >= a - 1e-12 for a, b in zip(fractions, fractions[1:]))
    assert any("5 classes" in m for _, m in seen) and any("optimal width" in m for _, m in seen)

    out = stack_files["folder"] / "cancelled"
    with pytest.raises(Cancelled):
        run_compare(request_for(stack_files), settings, out, lambda f, m: "3 classes" not in m)
    assert not out.exists()  # not even the output folder


@pytest.mark.parametrize(
    "text, match",
    [
        ("10,x,3", "'x' is not a whole number of classes"),
        ("10,1", "'1' is not a whole number of classes from 2"),
        ("2.5", "'2.5' is not a whole number"),
        (" , ", "give the numbers of classes"),
        ("5, 5", "5 classes is listed twice"),
        ("nan", "'nan' is not a whole number"),
        ([4, 2.5], "2.5 is not a whole number"),
        ([True, 3], "True is not a whole number"),
    ],
)
def test_bad_classes(text, match):
    with pytest.raises(AlsaInputError, match=match):
        parse_classes(text)


def test_classes_parse():
    assert parse_classes("10,5,3") == (10, 5, 3) and parse_classes(" 4 , ") == (4,)
    assert parse_classes("12.0, 7") == (12, 7) and parse_classes([10, 5, 3]) == (10, 5, 3)


def test_bad_input_writes_nothing(stack_files, tmp_path):
    out = tmp_path / "bad"
    with pytest.raises(AlsaInputError, match="no continuous factor.*meaningless"):
        run_compare(request_for(stack_files, continuous=[]), CompareSettings(seed=SEED), out)
    with pytest.raises(AlsaInputError, match="CLASSIFICATION: unknown method 'jenks'"):
        run_compare(request_for(stack_files), CompareSettings(classification="jenks"), out)
    with pytest.raises(AlsaInputError, match="optimisation precision"):
        run_compare(request_for(stack_files), CompareSettings(opt_precision=6), out)
    assert not out.exists()
