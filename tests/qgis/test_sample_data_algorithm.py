"""``alsa:sampledata`` through processing.run: files on disk, read back; no overwrite."""

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from alsa.alsa_plugin.core.synthetic import make_stack

gdal.UseExceptions()


def processing():
    import processing as qgis_processing

    return qgis_processing


def test_writes_the_sample(alsa_provider, tmp_path):
    folder = tmp_path / "sample"
    res = processing().run("alsa:sampledata", {"OUTPUT_FOLDER": str(folder)})
    assert res["OUTPUT_FOLDER"] == str(folder)
    names = ["slope", "factor01", "factor02", "factor03", "classes00"]
    assert res["FACTORS"] == [str(folder / f"{n}.tif") for n in names]
    assert res["CONTINUOUS_FACTORS"] == res["FACTORS"][:4] and res["CLASSIFIED_FACTORS"] == res["FACTORS"][4:]
    assert res["SLOPE"] == res["FACTORS"][0] and res["DEM"] == str(folder / "dem.tif")
    stack = make_stack((400, 500), n_continuous=4, n_classified=1, seed=42)
    for path in res["FACTORS"] + [res["DEM"]]:
        layer = QgsRasterLayer(path, "f")
        assert layer.isValid() and layer.crs().authid() == "EPSG:32617"
        assert (layer.width(), layer.height()) == (500, 400) and layer.rasterUnitsPerPixelX() == 10.0
        ds = gdal.Open(path)
        band = ds.GetRasterBand(1)
        assert band.GetNoDataValue() == (0 if path.endswith("classes00.tif") else -9999.0)
    classes = gdal.Open(res["CLASSIFIED_FACTORS"][0])
    np.testing.assert_array_equal(classes.GetRasterBand(1).ReadAsArray(), stack.factors[4].values)

    landslides = QgsVectorLayer(res["LANDSLIDES"], "landslides", "ogr")
    assert landslides.isValid() and landslides.crs().authid() == "EPSG:32617"
    assert landslides.fields().field("id").isNumeric() and landslides.featureCount() > 10
    like = gdal.Open(res["SLOPE"])
    mem = gdal.GetDriverByName("MEM").Create("", 500, 400, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(like.GetGeoTransform())
    mem.SetProjection(like.GetProjection())
    src = ogr.Open(res["LANDSLIDES"])
    gdal.RasterizeLayer(mem, [1], src.GetLayer(0), burn_values=[1])
    assert mem.GetRasterBand(1).ReadAsArray().sum() == stack.landslides.sum()


def test_dem_gives_the_slope_with_native_slope(alsa_provider, tmp_path):
    res = processing().run("alsa:sampledata", {"OUTPUT_FOLDER": str(tmp_path)})
    slope = processing().run("native:slope", {"INPUT": res["DEM"], "OUTPUT": str(tmp_path / "s.tif")})["OUTPUT"]
    ds_qgis, ds_factor = gdal.Open(slope), gdal.Open(res["SLOPE"])
    got = ds_qgis.GetRasterBand(1).ReadAsArray()[1:-1, 1:-1]
    want = ds_factor.GetRasterBand(1).ReadAsArray()[1:-1, 1:-1]
    assert np.corrcoef(got.ravel(), want.ravel())[0, 1] > 0.95


def test_refuses_to_overwrite(alsa_provider, tmp_path):
    processing().run("alsa:sampledata", {"OUTPUT_FOLDER": str(tmp_path)})
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    with pytest.raises(QgsProcessingException, match="already exist"):
        processing().run("alsa:sampledata", {"OUTPUT_FOLDER": str(tmp_path)})
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


def test_toolbox_run_adds_the_layers_to_the_project(alsa_provider, toolbox_iface, tmp_path):
    from qgis.core import QgsProject

    processing().runAndLoadResults("alsa:sampledata", {"OUTPUT_FOLDER": str(tmp_path)})
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert names == sorted(["slope", "factor01", "factor02", "factor03", "classes00", "dem", "landslides"])
