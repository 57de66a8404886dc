"""``alsa:reclassify`` and ``alsa:evaluate`` through processing.run, on generated and real data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from geodata import write_points, write_tif
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException

from alsa.alsa_plugin.core import Landslides, evaluate
from alsa.alsa_plugin.core.reclassify import reclassify
from alsa.processing_provider.evaluate_algorithm import EvaluateAlgorithm
from alsa.processing_provider.reclassify_algorithm import ReclassifyAlgorithm

HUNGARY = Path(__file__).resolve().parents[3] / "shared" / "data" / "hungary"
ALGORITHMS = (ReclassifyAlgorithm, EvaluateAlgorithm)


@pytest.fixture
def run(alsa_provider):
    """processing.run with the ``alsa`` provider registered."""
    import processing

    return processing.run


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray()
    return values, band.GetNoDataValue(), band.DataType


@pytest.fixture
def slope(tmp_path):
    values = np.random.default_rng(1).gamma(2.0, 8.0, size=(30, 40)).astype(np.float32)
    values[0, :5] = -9999.0
    return write_tif(tmp_path / "slope.tif", values, nodata=-9999.0), np.where(values == -9999.0, np.nan, values)


def test_reclassify_generated_equals_the_core(run, slope, tmp_path):
    path, values = slope
    res = run(
        "alsa:reclassify", {"INPUT": path, "N_CLASSES": 7, "CLASSIFICATION": 1, "OUTPUT": str(tmp_path / "q.tif")}
    )
    classes, breaks = reclassify(values, 7, "quantile")
    got, nodata, dtype = read(res["OUTPUT"])
    np.testing.assert_array_equal(got, classes)
    assert nodata == 0 and dtype == gdal.GDT_Byte and (got[0, :5] == 0).all()
    np.testing.assert_array_equal([float(b) for b in res["BREAKS"].split(",")], breaks)


def test_reclassify_hungary_slope_into_5_classes(run, tmp_path):
    res = run(
        "alsa:reclassify", {"INPUT": str(HUNGARY / "slope.tif"), "N_CLASSES": 5, "OUTPUT": str(tmp_path / "s5.tif")}
    )
    got, nodata, _ = read(res["OUTPUT"])
    slope, slope_nodata, _ = read(HUNGARY / "slope.tif")
    assert got.shape == (475, 1064) and nodata == 0
    np.testing.assert_array_equal(got == 0, slope == slope_nodata)
    assert set(np.unique(got)) == {0, 1, 2, 3, 4, 5}
    breaks = [float(b) for b in res["BREAKS"].split(",")]
    assert len(breaks) == 6 and breaks[0] == pytest.approx(slope[slope != slope_nodata].min())


def test_evaluate_generated_equals_the_core(run, stack_files, tmp_path):
    stack = stack_files["stack"]
    lsi = stack_files["continuous"][0]
    test = np.zeros(stack.landslides.shape, dtype=np.uint8)
    test[::7, ::5] = 1
    params = {
        "INPUT": lsi,
        "LANDSLIDES": stack_files["points"],
        "TEST_LANDSLIDES": write_tif(tmp_path / "test.tif", test),
        "OUTPUT_TABLE": str(tmp_path / "rates.csv"),
    }
    res = run("alsa:evaluate", params)
    scores = stack.factors[0].values.astype(np.float32).astype(np.float64).ravel()
    train, test_idx = np.flatnonzero(stack.landslides.ravel()), np.flatnonzero(test.ravel())
    ref = evaluate(scores, Landslides(train, np.ones(train.size)), Landslides(test_idx, np.ones(test_idx.size)))
    assert res["SUCCESS_RATE"] == ref.success.auc and res["PREDICTION_RATE"] == ref.prediction.auc
    assert res["ROC_AUC"] == ref.roc_auc_train and res["ROC_AUC_TEST"] == ref.roc_auc_test
    table = np.genfromtxt(res["OUTPUT_TABLE"], delimiter=",", names=True, dtype=None, encoding="utf-8")
    np.testing.assert_array_equal(table["landslide_fraction"][table["curve"] == "success"], ref.success.y)


def test_evaluate_hungary_polygons_and_mask_raster_agree(run, tmp_path):
    common = {"INPUT": str(HUNGARY / "slope.tif")}
    by_polygons = run(
        "alsa:evaluate", common | {"LANDSLIDES": str(HUNGARY / "scarps.gpkg"), "OUTPUT_TABLE": str(tmp_path / "a.csv")}
    )
    by_raster = run(
        "alsa:evaluate",
        common | {"LANDSLIDES": str(HUNGARY / "scarps_mask.tif"), "OUTPUT_TABLE": str(tmp_path / "b.csv")},
    )
    assert by_polygons["SUCCESS_RATE"] == by_raster["SUCCESS_RATE"] > 0.6
    assert by_polygons["ROC_AUC"] == by_raster["ROC_AUC"] and by_polygons["PREDICTION_RATE"] is None


def test_bad_input_is_a_processing_exception(run, slope, tmp_path):
    flat = write_tif(tmp_path / "flat.tif", np.full((4, 4), 2.0, dtype=np.float32))
    with pytest.raises(QgsProcessingException, match="INPUT: the raster holds a single value"):
        run("alsa:reclassify", {"INPUT": flat, "N_CLASSES": 3, "OUTPUT": str(tmp_path / "c.tif")})
    path, _ = slope
    with pytest.raises(QgsProcessingException, match="is one of the inputs"):
        run("alsa:reclassify", {"INPUT": path, "N_CLASSES": 3, "OUTPUT": path})
    with pytest.raises(QgsProcessingException, match="GeoTIFF"):
        run("alsa:reclassify", {"INPUT": path, "N_CLASSES": 3, "OUTPUT": str(tmp_path / "c.asc")})
    far = write_points(tmp_path / "far.gpkg", [(0, 0)], origin=(100000.0, 3000000.0))
    with pytest.raises(QgsProcessingException, match="no feature lies inside the processing extent"):
        run("alsa:evaluate", {"INPUT": path, "LANDSLIDES": far, "OUTPUT_TABLE": str(tmp_path / "e.csv")})
    near = write_points(tmp_path / "near.gpkg", [(5, 5)])
    with pytest.raises(QgsProcessingException, match="is one of the inputs"):
        run("alsa:evaluate", {"INPUT": path, "LANDSLIDES": near, "OUTPUT_TABLE": path})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["far.gpkg", "flat.tif", "near.gpkg", "slope.tif"]


@pytest.mark.parametrize("cls", ALGORITHMS)
def test_help_for_the_algorithm_and_every_parameter(run, cls):
    alg = QgsApplication.processingRegistry().algorithmById(f"alsa:{cls().name()}")
    assert alg.group() == {"reclassify": "Data", "evaluate": "Evaluation"}[alg.name()]
    assert len(alg.shortHelpString()) > 200
    assert all(p.help() for p in alg.parameterDefinitions())
    if alg.name() == "evaluate":
        assert "a warning says how many" in alg.shortHelpString() and "the log" not in alg.shortHelpString()
        assert alg.parameterDefinition("MASK").help().startswith("Optional study-area polygons")
        assert alg.parameterDefinition("LANDSLIDES").help().startswith("Landslide inventory")
