"""One source of truth for coordinates (the CRS a layer has in QGIS), and layers read on the main thread only."""

from __future__ import annotations

import json
import threading

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

EPSG = "EPSG:32617"


def processing():
    import processing as qgis_processing

    return qgis_processing


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def copy_raster(src: str, dst, epsg: int | None):
    """``src`` copied with its pixels and geotransform, its CRS replaced by ``epsg`` (None: no CRS at all)."""
    gdal.UseExceptions()
    ds = gdal.Open(src)
    out = gdal.GetDriverByName("GTiff").Create(
        str(dst), ds.RasterXSize, ds.RasterYSize, 1, ds.GetRasterBand(1).DataType
    )
    out.SetGeoTransform(ds.GetGeoTransform())
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        out.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if band.GetNoDataValue() is not None:
        out.GetRasterBand(1).SetNoDataValue(band.GetNoDataValue())
    out.GetRasterBand(1).WriteArray(band.ReadAsArray())
    out = None
    return str(dst)


def shapefile_without_prj(src_gpkg: str, dst):
    """The landslide points as a shapefile with no .prj: QGIS cannot know its CRS until the user sets it."""
    ogr.UseExceptions()
    src = ogr.Open(src_gpkg)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(dst))
    layer = ds.CreateLayer("landslides", None, ogr.wkbPoint)
    for f in src.GetLayer(0):
        g = ogr.Feature(layer.GetLayerDefn())
        g.SetGeometry(f.GetGeometryRef().Clone())
        layer.CreateFeature(g)
    ds = None
    assert not (dst.with_suffix(".prj")).exists()
    return str(dst)


def layer_with_crs(layer, name):
    assert layer.isValid(), name
    layer.setCrs(QgsCoordinateReferenceSystem(EPSG))
    return layer


def test_a_crs_set_in_qgis_is_the_one_used_for_rasters_and_vectors(stack_files, alsa_provider, qgis_new_project):
    """Factors without a CRS, a factor whose file says EPSG:4326 (wrong), and points in a shapefile without
    .prj, all given EPSG:32617 in QGIS: the run equals the run on the correctly tagged files."""
    folder = stack_files["folder"]
    cont, cls = stack_files["continuous"], stack_files["classified"]
    reference = processing().run(
        "alsa:certaintyfactor",
        {
            "LANDSLIDES": stack_files["points"],
            "CONTINUOUS_FACTORS": cont,
            "CLASSIFIED_FACTORS": cls,
            "FLAT_SLOPE": cont[0],
            "SEED": 5,
            "OUTPUT_FOLDER": str(folder / "reference"),
        },
    )
    (folder / "bare").mkdir()
    bare = [copy_raster(p, folder / "bare" / f"c{i}.tif", None) for i, p in enumerate(cont[:2])]
    wrong = copy_raster(cont[2], folder / "bare" / "c2.tif", 4326)
    geology = copy_raster(cls[0], folder / "bare" / "geology.tif", None)
    points = shapefile_without_prj(stack_files["points"], folder / "bare" / "landslides.shp")
    factors = [layer_with_crs(QgsRasterLayer(p, f"c{i}"), p) for i, p in enumerate([*bare, wrong])]
    geology_layer = layer_with_crs(QgsRasterLayer(geology, "geology"), geology)
    points_layer = layer_with_crs(QgsVectorLayer(points, "landslides", "ogr"), points)
    QgsProject.instance().addMapLayers([*factors, geology_layer, points_layer])
    result = processing().run(
        "alsa:certaintyfactor",
        {
            "LANDSLIDES": points_layer,
            "CONTINUOUS_FACTORS": factors,
            "CLASSIFIED_FACTORS": [geology_layer],
            "FLAT_SLOPE": factors[0],
            "SEED": 5,
            "OUTPUT_FOLDER": str(folder / "set_in_qgis"),
        },
    )
    for key in ("SUCCESS_RATE", "PREDICTION_RATE", "BIN_WIDTH_USED"):
        assert result[key] == reference[key], key
    np.testing.assert_array_equal(read(result["OUTPUT_LSI"]), read(reference["OUTPUT_LSI"]))
    written = gdal.Open(result["OUTPUT_LSI"])
    srs = osr.SpatialReference(wkt=written.GetProjection())
    assert srs.GetAuthorityCode(None) == "32617"
    notes = "\n".join(json.loads(open(result["LOG"]).read())["notes"])
    assert "'c0': the file has no CRS; the CRS set in QGIS is used" in notes
    assert "'c2': the CRS set in QGIS (WGS 84 / UTM zone 17N (EPSG:32617)) is used instead of the file's" in notes


def test_layers_are_read_on_the_main_thread_and_the_work_runs_on_a_worker(
    stack_files, alsa_provider, qgis_new_project, qtbot, monkeypatch
):
    """As the toolbox runs it: QgsProcessingAlgRunnerTask prepares on the main thread and runs on a worker."""
    from alsa.processing_provider import bivariate_algorithm

    threads = {}

    def record(name, fn):
        def wrapper(*args, **kwargs):
            threads[name] = threading.current_thread() is threading.main_thread()
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(bivariate_algorithm, "study_request", record("layers", bivariate_algorithm.study_request))
    monkeypatch.setattr(bivariate_algorithm, "run_bivariate", record("job", bivariate_algorithm.run_bivariate))
    points = QgsVectorLayer(stack_files["points"], "landslides", "ogr")
    factors = [QgsRasterLayer(p, f"c{i}") for i, p in enumerate(stack_files["continuous"])]
    QgsProject.instance().addMapLayers([points, *factors])
    alg = QgsApplication.processingRegistry().createAlgorithmById("alsa:frequencyratio")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    params = {
        "LANDSLIDES": points,
        "CONTINUOUS_FACTORS": factors,
        "SEED": 2,
        "OUTPUT_FOLDER": str(stack_files["folder"]),
    }
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    outcome = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: "ok" in outcome, timeout=120_000)
    assert outcome["ok"], outcome
    assert 0.5 < outcome["results"]["SUCCESS_RATE"] <= 1
    assert threads == {"layers": True, "job": False}
