"""The sample data files (GDAL only): grid, CRS, nodata, landslide polygons, no overwrite, no partial files."""

import numpy as np
import pytest

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.synthetic import make_stack
from alsa.alsa_plugin.gis import sample_data

gdal = pytest.importorskip("osgeo.gdal")
ogr = pytest.importorskip("osgeo.ogr")
gdal.UseExceptions()


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    return folder, sample_data.write_sample_data(folder)


@pytest.fixture(scope="module")
def stack():
    return make_stack((400, 500), n_continuous=4, n_classified=1, seed=42)


def _read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    return band.ReadAsArray(), band.GetNoDataValue(), band.DataType, ds


def test_files_and_nothing_else(written):
    folder, paths = written
    assert set(paths) == {"slope", "factor01", "factor02", "factor03", "classes00", "dem", "landslides"}
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths.values())


def test_rasters_hold_the_stack_on_a_10m_utm_grid(written, stack):
    _, paths = written
    for factor in stack.factors:
        values, nodata, dtype, ds = _read(paths[factor.name])
        assert values.shape == (400, 500)
        assert ds.GetGeoTransform() == (500000.0, 10.0, 0.0, 4200000.0, 0.0, -10.0)
        assert ds.GetSpatialRef().GetAuthorityCode(None) == "32617"
        if factor.classified:
            assert (dtype, nodata) == (gdal.GDT_Byte, 0)
            assert values.min() >= 1
            np.testing.assert_array_equal(values, factor.values)
        else:
            assert (dtype, nodata) == (gdal.GDT_Float32, -9999.0)
            np.testing.assert_array_equal(values, factor.values.astype(np.float32))


def test_dem_slope_follows_the_slope_factor(written, stack):
    """Horn's slope (what native:slope computes) of the DEM is close to slope.tif inside the border."""
    _, paths = written
    dem, nodata, dtype, _ = _read(paths["dem"])
    assert dtype == gdal.GDT_Float32 and np.isfinite(dem).all() and dem.min() == sample_data.DEM_BASE
    z = dem.astype(np.float64)
    dzdx = (z[:-2, 2:] + 2 * z[1:-1, 2:] + z[2:, 2:] - z[:-2, :-2] - 2 * z[1:-1, :-2] - z[2:, :-2]) / 80.0
    dzdy = (z[2:, :-2] + 2 * z[2:, 1:-1] + z[2:, 2:] - z[:-2, :-2] - 2 * z[:-2, 1:-1] - z[:-2, 2:]) / 80.0
    horn = np.degrees(np.arctan(np.hypot(dzdx, dzdy)))
    slope = stack.factors[0].values[1:-1, 1:-1]
    assert np.corrcoef(horn.ravel(), slope.ravel())[0, 1] > 0.95
    assert np.abs(horn - slope).mean() < 1.5  # degrees


def test_landslide_polygons_rasterise_to_the_grid(written, stack):
    _, paths = written
    ds = ogr.Open(str(paths["landslides"]))
    layer = ds.GetLayerByName("landslides")
    assert layer.GetGeomType() == ogr.wkbPolygon
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "32617"
    defn = layer.GetLayerDefn()
    assert defn.GetFieldDefn(defn.GetFieldIndex("id")).GetType() == ogr.OFTInteger
    ids = sorted(f.GetField("id") for f in layer)
    assert ids == list(range(1, len(ids) + 1))
    _, _, _, like = _read(paths["slope"])
    mem = gdal.GetDriverByName("MEM").Create("", 500, 400, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(like.GetGeoTransform())
    mem.SetProjection(like.GetProjection())
    gdal.Rasterize(mem, str(paths["landslides"]), burnValues=[1])
    burnt = mem.GetRasterBand(1).ReadAsArray()
    assert burnt.sum() == stack.landslides.sum() > 0
    np.testing.assert_array_equal(burnt, stack.landslides)


def test_never_overwrites(tmp_path):
    (tmp_path / "dem.tif").write_bytes(b"mine")
    with pytest.raises(AlsaInputError, match="dem.tif"):
        sample_data.write_sample_data(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["dem.tif"]
    assert (tmp_path / "dem.tif").read_bytes() == b"mine"


def test_a_failure_leaves_no_file(tmp_path, monkeypatch):
    calls = []

    def failing(path, *args):
        calls.append(path)
        if len(calls) % 6 == 3:
            raise RuntimeError("disk full")
        return real(path, *args)

    real = sample_data._write_raster
    monkeypatch.setattr(sample_data, "_write_raster", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        sample_data.write_sample_data(tmp_path / "new")
    assert not (tmp_path / "new").exists()
    (tmp_path / "old").mkdir()
    with pytest.raises(RuntimeError, match="disk full"):
        sample_data.write_sample_data(tmp_path / "old")
    assert list((tmp_path / "old").iterdir()) == []
