"""Reclassify job: the file written equals the core's classes on the same array, on the input's grid."""

from __future__ import annotations

import numpy as np
import pytest
from geodata import write_tif
from osgeo import gdal

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.reclassify import METHODS, reclassify
from alsa.alsa_plugin.jobs.reclassify_job import run_reclassify

gdal.UseExceptions()


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    return band.ReadAsArray(), band.GetNoDataValue(), band.DataType, ds.GetGeoTransform(), ds.GetProjection()


@pytest.fixture
def slope(tmp_path):
    rng = np.random.default_rng(3)
    values = rng.gamma(2.0, 8.0, size=(40, 50)).astype(np.float32)
    values[:3, :7] = -9999.0  # nodata corner
    values[20, 20] = np.nan  # NaN counts as nodata too
    return write_tif(tmp_path / "slope.tif", values, nodata=-9999.0), values


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("n_classes", [5, 10, 300])
def test_output_equals_the_core_on_the_same_array(tmp_path, slope, method, n_classes):
    path, values = slope
    out = tmp_path / "classes.tif"
    outcome = run_reclassify(path, out, n_classes, method)
    expected_values = np.where(values == -9999.0, np.nan, values).astype(np.float64)
    classes, breaks = reclassify(expected_values, n_classes, method)
    got, nodata, dtype, gt, wkt = read(out)
    np.testing.assert_array_equal(got, classes)
    np.testing.assert_array_equal(outcome.breaks, breaks)
    assert nodata == 0 and (got[:3, :7] == 0).all() and got[20, 20] == 0
    assert got[np.isfinite(expected_values)].min() == 1 and got.max() <= n_classes
    assert dtype == (gdal.GDT_Byte if n_classes <= 255 else gdal.GDT_UInt16)
    src = gdal.Open(path)
    assert gt == src.GetGeoTransform() and wkt == src.GetProjection()
    assert outcome.counts.sum() == np.isfinite(expected_values).sum() and outcome.nodata_cells == 22
    np.testing.assert_array_equal(outcome.counts, np.bincount(classes.ravel(), minlength=n_classes + 1)[1:])
    assert len(outcome.class_rows()) == n_classes
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".partial")] == []


def test_equal_interval_by_hand(tmp_path):
    values = np.array([[0, 1, 2], [3, 4, 10], [5, 6, 255]], dtype=np.uint8)  # 255 = nodata
    path = write_tif(tmp_path / "int.tif", values, nodata=255)
    outcome = run_reclassify(path, tmp_path / "out.tif", 2, "equal_interval")
    np.testing.assert_array_equal(outcome.breaks, [0, 5, 10])
    got = read(tmp_path / "out.tif")[0]
    np.testing.assert_array_equal(got, [[1, 1, 1], [1, 1, 2], [1, 2, 0]])  # class 1 holds 0..5, 2 holds (5, 10]
    np.testing.assert_array_equal(outcome.counts, [6, 2])


def test_output_may_not_be_the_input(slope):
    path, _ = slope
    before = read(path)[0]
    with pytest.raises(AlsaInputError, match="is one of the inputs"):
        run_reclassify(path, path, 5, "quantile")
    np.testing.assert_array_equal(read(path)[0], before)


def test_constant_or_empty_raster_and_bad_class_count_write_nothing(tmp_path):
    flat = np.full((5, 5), 3.0, dtype=np.float32)
    flat[0, 0] = np.inf  # non-finite counts as nodata
    path = write_tif(tmp_path / "flat.tif", flat)
    with pytest.raises(AlsaInputError, match=r"INPUT: the raster holds a single value \(3 in every cell.*Reclassify"):
        run_reclassify(path, tmp_path / "out.tif", 5, "natural_breaks")
    empty = write_tif(tmp_path / "empty.tif", np.full((3, 3), -1.0, dtype=np.float32), nodata=-1.0)
    with pytest.raises(AlsaInputError, match="INPUT: the raster has only nodata cells: Reclassify"):
        run_reclassify(empty, tmp_path / "out.tif", 5, "quantile")
    for bad in (1, 1001, 2.5, True):
        with pytest.raises(AlsaInputError, match="N_CLASSES: Reclassify splits .* from 2 to 1000"):
            run_reclassify(path, tmp_path / "out.tif", bad, "quantile")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.tif", "flat.tif"]
