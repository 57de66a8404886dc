"""The two real cases of ../shared/data, read with GDAL here, through the core end to end.

GDAL is used by the test only (the core imports neither qgis nor osgeo).
"""

from pathlib import Path

import numpy as np
import pytest
import reference_bivariate

from alsa.alsa_plugin.core import METHODS, Factor, flat_cells, optimise, prepare, run

gdal = pytest.importorskip("osgeo.gdal")
SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"  # ../shared/data next to the repo

gdal.UseExceptions()


def _read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float32)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        arr[arr == nodata] = np.nan
    return arr, ds


def _rasterize(vector, like):
    """Rasterise a vector layer onto the grid of ``like``: features per cell (added up)."""
    mem = gdal.GetDriverByName("MEM").Create("", like.RasterXSize, like.RasterYSize, 1, gdal.GDT_Float32)
    mem.SetGeoTransform(like.GetGeoTransform())
    mem.SetProjection(like.GetProjection())
    gdal.Rasterize(mem, str(vector), burnValues=[1.0], add=True)
    return mem.GetRasterBand(1).ReadAsArray()


@pytest.fixture(scope="module")
def ecuador():
    d = SHARED_DATA / "ecuador"
    if not d.exists():
        pytest.skip("shared data not present")
    factors = []
    for name in ("slope", "cplan", "cprof", "elev", "log10_carea"):
        arr, ds = _read(d / f"{name}.tif")
        factors.append(Factor(name, arr))
    points = _rasterize(d / "landslides.gpkg", ds)
    mask = _rasterize(d / "study_mask.gpkg", ds) > 0
    return factors, points, mask


@pytest.fixture(scope="module")
def hungary():
    d = SHARED_DATA / "hungary"
    if not d.exists():
        pytest.skip("shared data not present")
    geology, _ = _read(d / "geology_14cls.tif")
    slope, _ = _read(d / "slope.tif")
    elev, _ = _read(d / "elevation.tif")
    scarps, _ = _read(d / "scarps_mask.tif")
    factors = [Factor("geology", geology, classified=True), Factor("slope", slope), Factor("elevation", elev)]
    return factors, np.nan_to_num(scarps)


def test_ecuador_points_mask_and_continuous_factors(ecuador):
    factors, points, mask = ecuador
    assert points.sum() == 175  # every initiation point lands in a cell (some share one)
    study = prepare(factors, points, mask=mask, precision=3, train_ratio=0.7, seed=1, flat=flat_cells(factors[0]))
    assert study.n_a < mask.sum() + 1
    assert study.train.total + study.test.total == pytest.approx(points[study.valid].sum())
    for m in METHODS:
        ev = run(study, m, 0.1).evaluation
        assert ev.success.auc > 0.7, m
        assert ev.prediction.auc > 0.6, m
    opt = optimise(study, "CF", opt_precision=2)
    assert 0.01 <= opt.best_width <= 1.0
    np.testing.assert_allclose(opt.widths, np.arange(1, 101) / 100)  # P 3: no width is below 0.002
    best = np.flatnonzero(opt.prediction == opt.prediction.max())
    assert opt.best_width == opt.widths[best[0]]  # the smallest of the best widths
    # the rates of the search, recomputed by the independent reference (SPEC §1-§4, §7) from
    # the rasters: the best width, its neighbours, 0.1 and 1.0, none of which may beat it
    valid = mask & np.logical_and.reduce([np.isfinite(f.values) for f in factors])
    assert np.array_equal(valid, study.valid)
    train, test = np.zeros(study.n_a), np.zeros(study.n_a)
    train[study.train.idx] = study.train.weight
    test[study.test.idx] = study.test.weight
    raw = [(f.values[valid], False) for f in factors]
    flat = (factors[0].values == 0)[valid]
    step = np.flatnonzero(opt.widths == opt.best_width)[0]
    for w in sorted({*opt.widths[max(step - 1, 0) : step + 2], 0.1, 1.0}):
        ref = reference_bivariate.Reference(raw, 3, w, train, test, null=flat, exact=False)
        success, prediction = ref.rate("CF", "success"), ref.rate("CF", "prediction")
        k = np.flatnonzero(opt.widths == w)[0]
        assert opt.success[k] == pytest.approx(success, abs=1e-9), w
        assert opt.prediction[k] == pytest.approx(prediction, abs=1e-9), w
        if w == opt.best_width:
            assert opt.best_prediction == pytest.approx(prediction, abs=1e-9)
        else:
            assert prediction <= opt.best_prediction + 1e-9, w


def test_hungary_polygons_with_a_classified_factor(hungary):
    factors, scarps = hungary
    study = prepare(factors, scarps, precision=3, train_ratio=0.7, seed=2)
    assert study.factors[0].n_codes == 14
    assert len(study.train) + len(study.test) == int((scarps > 0)[study.valid].sum())
    for m in METHODS:
        ev = run(study, m, 0.1).evaluation
        assert ev.success.auc > 0.7, m
        assert ev.prediction.auc > 0.65, m
        assert ev.roc_auc_test > 0.65, m


def test_hungary_geology_alone_is_a_conventional_analysis(hungary):
    factors, scarps = hungary
    study = prepare(factors[:1], scarps, seed=2)
    assert not study.continuous
    r = run(study, "FR", None)
    assert r.width is None
    assert r.tables[0].probabilities.n_f.sum() == study.n_a
