"""The GDAL data layer: grid snapping, warping, rasterising and all-or-nothing outputs."""

from __future__ import annotations

import numpy as np
import pytest
from geodata import CELL, ORIGIN, write_points, write_tif
from osgeo import gdal, ogr, osr

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.gis.grid import make_grid, raster_info
from alsa.alsa_plugin.gis.outputs import StagedFiles, check_folder, write_geotiff
from alsa.alsa_plugin.gis.rasters import read_factor, read_landslide_raster
from alsa.alsa_plugin.gis.vectors import rasterize_landslides, rasterize_mask


@pytest.fixture
def ramp(tmp_path):
    values = np.arange(8 * 10, dtype=np.float32).reshape(8, 10)
    return write_tif(tmp_path / "ramp.tif", values, nodata=-9999), values


def test_grid_defaults_to_the_reference_and_snaps_outwards(ramp):
    info = raster_info(ramp[0], "ramp")
    grid = make_grid(info)
    assert grid.shape == (8, 10) and grid.geotransform == info.geotransform
    # a box from inside cell (1, 2) to inside cell (3, 5): whole cells 1..3 x 2..5
    x0, y1 = ORIGIN
    box = (x0 + 2.5 * CELL, y1 - 3.5 * CELL, x0 + 5.2 * CELL, y1 - 1.1 * CELL)
    sub = make_grid(info, box)
    assert (sub.xmin, sub.ymax, sub.rows, sub.cols) == (x0 + 2 * CELL, y1 - CELL, 3, 4)


def test_aligned_factor_is_copied_cell_for_cell_and_nodata_is_invalid(tmp_path, ramp):
    path, values = ramp
    values = values.copy()
    values[0, 0] = -9999
    path = write_tif(tmp_path / "with_nodata.tif", values, nodata=-9999)
    grid = make_grid(raster_info(path, "f"))
    factor, note = read_factor(path, "f", False, grid)
    assert note is None
    assert np.isnan(factor.values[0, 0]) and not factor.has_data()[0, 0]
    np.testing.assert_array_equal(factor.values[1:], values[1:])


def test_coarser_grid_averages_continuous_and_keeps_nearest_classes(tmp_path, ramp):
    path, values = ramp
    grid = make_grid(raster_info(path, "f"), cell=2 * CELL)
    factor, note = read_factor(path, "f", False, grid)
    assert factor.values.shape == (4, 5)
    blocks = values.reshape(4, 2, 5, 2).mean(axis=(1, 3))
    np.testing.assert_allclose(factor.values, blocks, rtol=1e-6)
    assert "cell size 10 to 20 (average)" in note
    classes = write_tif(tmp_path / "cls.tif", (np.arange(80).reshape(8, 10) % 7 + 1).astype(np.uint8), nodata=0)
    cls, _ = read_factor(classes, "c", True, grid)
    assert set(np.unique(cls.values)) <= set(range(1, 8))  # nearest: only existing class codes


def test_factor_in_another_crs_is_reprojected_and_logged(tmp_path, ramp):
    path, values = ramp
    grid = make_grid(raster_info(path, "f"))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    other = str(tmp_path / "wgs84.tif")
    gdal.Warp(other, path, dstSRS=srs.ExportToWkt(), resampleAlg="near")
    factor, note = read_factor(other, "g", False, grid)
    assert "reprojected from" in note and "EPSG:4326" in note and "EPSG:32617" in note
    inner = factor.values[2:-2, 2:-2]
    assert np.nanmax(np.abs(inner - values[2:-2, 2:-2])) <= 11  # within about one cell of the ramp


def test_factor_outside_the_extent_is_named(tmp_path, ramp):
    grid = make_grid(raster_info(ramp[0], "f"))
    far = write_tif(tmp_path / "far.tif", np.ones((4, 4), np.float32), origin=(700000.0, 4100000.0))
    with pytest.raises(AlsaInputError, match="continuous factor 'far'.*does not overlap the processing extent"):
        read_factor(far, "far", False, grid)


def test_points_add_their_weights_per_cell(tmp_path, ramp):
    grid = make_grid(raster_info(ramp[0], "f"))
    pts = write_points(tmp_path / "p.gpkg", [(1, 1), (1, 1), (4, 7)], weights=[2.0, 3.0, 0.5])
    np.testing.assert_array_equal(
        rasterize_landslides(pts, grid, weight_field="w")[[1, 4], [1, 7]], np.array([5.0, 0.5], np.float32)
    )
    counted = rasterize_landslides(pts, grid)
    assert counted.sum() == 3 and counted[1, 1] == 2
    with pytest.raises(AlsaInputError, match="no field 'nope'"):
        rasterize_landslides(pts, grid, weight_field="nope")


def _polygon_file(path, wkt):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("p", srs, ogr.wkbPolygon)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    ds = None
    return str(path)


def test_polygons_mark_cell_centres_or_every_touched_cell(tmp_path, ramp):
    grid = make_grid(raster_info(ramp[0], "f"))
    x0, y1 = ORIGIN
    # x from 1.6 to 3.4 cells, y from 2.6 to 4.4 cells below the top: only the centre of (row 3, col 2) is
    # inside, while rows 2..4 × cols 1..3 are touched
    xa, xb, ya, yb = x0 + 1.6 * CELL, x0 + 3.4 * CELL, y1 - 4.4 * CELL, y1 - 2.6 * CELL
    poly = _polygon_file(tmp_path / "poly.gpkg", f"POLYGON (({xa} {ya},{xb} {ya},{xb} {yb},{xa} {yb},{xa} {ya}))")
    centre = rasterize_landslides(poly, grid)
    assert centre.sum() == 1 and centre[3, 2] == 1
    touched = rasterize_landslides(poly, grid, all_touched=True)
    assert touched.sum() == 3 * 3 and touched[2:5, 1:4].all()  # rows 2..4, cols 1..3
    assert rasterize_mask(poly, grid).sum() == 1


def test_landslide_raster_on_a_coarser_grid_keeps_any_landslide(tmp_path, ramp):
    grid = make_grid(raster_info(ramp[0], "f"), cell=2 * CELL)
    ls = np.zeros((8, 10), np.uint8)
    ls[3, 5] = 1
    values, note = read_landslide_raster(write_tif(tmp_path / "ls.tif", ls), grid)
    assert values.sum() == 1 and values[1, 2] == 1 and "(max)" in note


def test_staged_files_vanish_on_failure_and_appear_on_commit(tmp_path, ramp):
    grid = make_grid(raster_info(ramp[0], "f"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        with StagedFiles() as staged:
            write_geotiff(staged.stage(out / "a.tif"), grid, np.zeros(grid.shape))
            raise RuntimeError("boom")
    assert list(out.iterdir()) == []
    with StagedFiles() as staged:
        write_geotiff(staged.stage(out / "a.tif"), grid, np.ones(grid.shape))
        staged.commit()
    assert [p.name for p in out.iterdir()] == ["a.tif"]
    ds = gdal.Open(str(out / "a.tif"))
    assert ds.GetRasterBand(1).ReadAsArray().sum() == 80


def test_inputs_are_never_overwritten_and_folders_must_be_writable(tmp_path, ramp):
    with pytest.raises(AlsaInputError, match="is one of the inputs"):
        StagedFiles([ramp[0]]).stage(ramp[0])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(AlsaInputError, match="OUTPUT_FOLDER: the folder .* cannot be written"):
        check_folder(blocker / "sub")


@pytest.mark.parametrize("dtype,nodata", [(np.float32, -9999.0), (np.uint8, 0), (np.int16, None)])
def test_aligned_window_read_equals_gdal_warp(tmp_path, dtype, nodata):
    from alsa.alsa_plugin.gis.rasters import INT_NODATA, _read_window

    values = (np.arange(8 * 10).reshape(8, 10) % 9).astype(dtype)
    path = write_tif(tmp_path / "r.tif", values, nodata=nodata)
    info = raster_info(path, "r")
    x0, y1 = ORIGIN
    out_type, fill = (gdal.GDT_Float32, np.nan) if dtype == np.float32 else (gdal.GDT_Int32, INT_NODATA)
    for box in [
        (x0 - 3 * CELL, y1 - 5 * CELL, x0 + 4 * CELL, y1 + 2 * CELL),  # over the top-left corner
        (x0 + CELL, y1 - 12 * CELL, x0 + 14 * CELL, y1),  # past the right and bottom edges
        (x0, y1 - 8 * CELL, x0 + 10 * CELL, y1),  # the whole raster: read straight into the grid
        (x0, y1 - 6 * CELL, x0 + 10 * CELL, y1 - 2 * CELL),  # whole rows only
    ]:
        grid = make_grid(info, box)
        ds = gdal.Warp(
            "",
            path,
            format="MEM",
            outputBounds=grid.bounds,
            width=grid.cols,
            height=grid.rows,
            resampleAlg="near",
            outputType=out_type,
            dstNodata=fill,
        )
        np.testing.assert_array_equal(_read_window(info, grid, out_type, fill), ds.GetRasterBand(1).ReadAsArray())
