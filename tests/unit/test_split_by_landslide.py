"""SPLIT_BY: whole landslides to one side; the landslide objects and representative cells the data layer gives.

Every check reads the landslides back independently of the plugin: each polygon
rasterised on its own by GDAL (its footprint), each point's cell from its coordinates,
the patches of a 0/1 raster by ``scipy.ndimage.label`` — then asks on which side of
the split each one's cells fell.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from geodata import CELL, EPSG, ORIGIN, write_points, write_tif
from osgeo import gdal, ogr, osr
from scipy import ndimage

from alsa.alsa_plugin.core import prepare
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.study import SplitSettings, load_study

ROWS, COLS = 60, 80
X0, Y0 = ORIGIN


def cell_wkt(r0, c0, r1, c1):
    """A rectangle over rows r0…r1 and columns c0…c1 (cell units, fractions allowed)."""
    xa, xb, ya, yb = X0 + c0 * CELL, X0 + c1 * CELL, Y0 - r1 * CELL, Y0 - r0 * CELL
    return f"POLYGON (({xa} {ya},{xb} {ya},{xb} {yb},{xa} {yb},{xa} {ya}))"


def u_shape(r, c):
    """A concave U (9 × 9 cells, 3 thick): its centroid lies in the opening, outside the polygon."""
    pts = [(0, 0), (0, 9), (9, 9), (9, 6), (3, 6), (3, 3), (9, 3), (9, 0), (0, 0)]
    xy = ",".join(f"{X0 + (c + cc) * CELL} {Y0 - (r + rr) * CELL}" for rr, cc in pts)
    return f"POLYGON (({xy}))"


def write_polygons(path, wkts):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("scarps", srs, ogr.wkbPolygon)
    for w in wkts:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(w))
        layer.CreateFeature(f)
    ds = None
    return str(path)


def footprint(wkt, all_touched=False):
    """Flat indices of the cells GDAL burns for one polygon on the test grid."""
    ds = gdal.GetDriverByName("MEM").Create("", COLS, ROWS, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    src = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = src.CreateLayer("p", srs, ogr.wkbPolygon)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    gdal.RasterizeLayer(ds, [1], layer, burn_values=[1], options=["ALL_TOUCHED=TRUE"] if all_touched else [])
    return np.flatnonzero(ds.GetRasterBand(1).ReadAsArray())


def centroid_cell(wkt):
    c = ogr.CreateGeometryFromWkt(wkt).Centroid()
    return int(math.floor((Y0 - c.GetY()) / CELL)) * COLS + int(math.floor((c.GetX() - X0) / CELL))


POLYGONS = [cell_wkt(r, c, r + h, c + w) for r, c, h, w in [(2, 2, 4, 6), (2, 12, 7, 3), (10, 2, 3, 3), (12, 10, 5, 8)]]
POLYGONS += [
    cell_wkt(20 + 6 * (k // 6), 2 + 12 * (k % 6), 24 + 6 * (k // 6), 4 + 12 * (k % 6) + k % 4) for k in range(24)
]
POLYGONS += [u_shape(48, 4)]  # concave: centroid outside
POLYGONS += [cell_wkt(48, 30, 54, 38), cell_wkt(51, 35, 57, 44)]  # two overlapping: one landslide
POLYGONS += [cell_wkt(48.1, 60.1, 48.4, 60.4)]  # covers no cell centre: no landslide
N_POLYGONS = len(POLYGONS)


@pytest.fixture(scope="module")
def study_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("split")
    rng = np.random.default_rng(4)
    slope = rng.random((ROWS, COLS)).astype(np.float32)
    slope[2:4, 14] = -9999  # the second polygon's centroid cell stays valid; this nodata is elsewhere in it
    centre = centroid_cell(POLYGONS[3])
    slope.flat[centre] = -9999  # the fourth polygon's centroid cell is invalid: its nearest valid cell stands in
    elev = (np.add.outer(np.arange(ROWS), np.arange(COLS)) + rng.random((ROWS, COLS))).astype(np.float32)
    return {
        "folder": folder,
        "factors": [
            FactorSource("slope", write_tif(folder / "slope.tif", slope, nodata=-9999)),
            FactorSource("elev", write_tif(folder / "elev.tif", elev)),
        ],
        "polygons": write_polygons(folder / "scarps.gpkg", POLYGONS),
        "slope": slope,
    }


def sides(area):
    """Flat grid index → side ('train'/'test') of every landslide cell of the area."""
    flat = np.flatnonzero(area.valid.ravel())
    out = {int(i): "train" for i in flat[area.train.idx]}
    out.update({int(i): "test" for i in flat[area.test.idx]} if area.test is not None else {})
    return out


def grid_cells(area, positions):
    return np.flatnonzero(area.valid.ravel())[positions]


@pytest.mark.parametrize("all_touched", [False, True])
def test_whole_polygons_never_lie_on_both_sides(study_files, all_touched):
    req = StudyRequest(study_files["factors"], LandslideSource(study_files["polygons"], all_touched=all_touched))
    for seed in (1, 2, 3):
        data, area = load_study(req, SplitSettings(0.7, seed, "landslides"))
        side = sides(area)
        seen = set()
        for wkt in POLYGONS:
            on = {side[c] for c in footprint(wkt, all_touched) if c in side}
            assert len(on) <= 1, (wkt, on)
            seen |= on
        assert seen == {"train", "test"}
        # the two overlapping polygons are one landslide: on one side together
        pair = {side[c] for w in POLYGONS[-3:-1] for c in footprint(w, all_touched) if c in side}
        assert len(pair) == 1
        # the objects cover exactly the rasterised landslide cells
        np.testing.assert_array_equal(data.objects.cells, np.flatnonzero(data.landslides))
    # the same data split by cells does put polygons on both sides (so the check above can fail)
    _, area = load_study(req, SplitSettings(0.7, 1, "cells"))
    side = sides(area)
    assert any(len({side[c] for c in footprint(w, all_touched) if c in side}) == 2 for w in POLYGONS)


def test_split_counts_in_the_log_equal_the_counts_of_the_footprints(study_files, tmp_path):
    req = StudyRequest(study_files["factors"], LandslideSource(study_files["polygons"]))
    for split_by in ("landslides", "cells"):
        out = tmp_path / split_by
        result = run_bivariate(req, BivariateSettings("CF", seed=11, split_by=split_by), out)
        log = json.loads(result.log_path.read_text())
        _, area = load_study(req, SplitSettings(0.7, 11, split_by))
        side = sides(area)
        # landslides counted from the polygons themselves: the overlapping pair is one, the empty polygon none
        groups = [set(footprint(w)) for w in POLYGONS[:-3]] + [
            set(footprint(POLYGONS[-3])) | set(footprint(POLYGONS[-2]))
        ]
        on = [{side[c] for c in g if c in side} for g in groups]
        on = [s for s in on if s]
        expected = {
            "split_by": split_by,
            "train_cells": sum(v == "train" for v in side.values()),
            "test_cells": sum(v == "test" for v in side.values()),
            "train_landslides": sum("train" in s for s in on),
            "test_landslides": sum("test" in s for s in on),
            "both_sides": sum(len(s) == 2 for s in on),
        }
        assert {k: log["split"][k] for k in expected} == expected
        assert log["settings"]["split_by"] == split_by
        assert expected["train_landslides"] + expected["test_landslides"] - expected["both_sides"] == N_POLYGONS - 2
        line = [n for n in result.notes if n.startswith("split by")]
        assert len(line) == 1 and f"training {expected['train_landslides']} landslides" in line[0]
        assert f"({expected['test_cells']} cells)" in line[0]
        assert any(f"{N_POLYGONS} features make {N_POLYGONS - 2} landslides" in n for n in result.notes)
        if split_by == "landslides":
            assert expected["both_sides"] == 0 and "no landslide on both sides" in line[0]
        else:
            assert expected["both_sides"] > 0


def test_the_same_seed_gives_the_same_split(study_files):
    req = StudyRequest(study_files["factors"], LandslideSource(study_files["polygons"]))
    a = load_study(req, SplitSettings(0.7, 5, "landslides"))[1]
    b = load_study(req, SplitSettings(0.7, 5, "landslides"))[1]
    c = load_study(req, SplitSettings(0.7, 6, "landslides"))[1]
    np.testing.assert_array_equal(a.train.idx, b.train.idx)
    np.testing.assert_array_equal(a.test.idx, b.test.idx)
    np.testing.assert_array_equal(a.train.representatives, b.train.representatives)
    assert not np.array_equal(a.train.idx, c.train.idx)


def test_split_by_cells_is_todays_split_exactly(study_files, tmp_path):
    """Cells (the default) draws exactly the cells prepare() drew before objects existed, and gives the same rates."""
    req = StudyRequest(study_files["factors"], LandslideSource(study_files["polygons"]))
    data, area = load_study(req, SplitSettings(0.7, 9, "cells"))
    old = prepare(data.factors, data.landslides, mask=data.mask, train_ratio=0.7, seed=9)  # no objects: the old path
    np.testing.assert_array_equal(area.train.idx, old.train.idx)
    np.testing.assert_array_equal(area.test.idx, old.test.idx)
    np.testing.assert_array_equal(area.train.weight, old.train.weight)
    default = run_bivariate(req, BivariateSettings("WOE", seed=9), tmp_path / "a")
    cells = run_bivariate(req, BivariateSettings("WOE", seed=9, split_by="cells"), tmp_path / "b")
    assert (default.success, default.prediction) == (cells.success, cells.prediction)


def test_polygon_representative_is_its_centroid_cell(study_files):
    req = StudyRequest(study_files["factors"], LandslideSource(study_files["polygons"]))
    data, area = load_study(req, SplitSettings(0.7, 3, "landslides"))
    reps = {}
    for side in (area.train, area.test):
        for label, pos in zip(np.unique(side.objects), grid_cells(area, side.representatives)):
            reps[int(label)] = int(pos)
    assert len(reps) == N_POLYGONS - 2  # every landslide has one, on its side
    valid = area.valid.ravel()
    invalid_centre = centroid_cell(POLYGONS[3])
    assert not valid[invalid_centre]
    for label, wkt in enumerate(POLYGONS[:-3], start=1):  # landslides are numbered in feature order
        if label == 4:
            # centroid cell invalid: the polygon's valid cell nearest the centroid
            own = np.array([c for c in footprint(wkt) if valid[c]])
            c = ogr.CreateGeometryFromWkt(wkt).Centroid()
            r, col = np.divmod(own, COLS)
            d2 = (r + 0.5 - (Y0 - c.GetY()) / CELL) ** 2 + (col + 0.5 - (c.GetX() - X0) / CELL) ** 2
            assert reps[label] == own[np.argmin(d2)]
        else:
            assert reps[label] == centroid_cell(wkt), wkt
    u = N_POLYGONS - 3
    assert reps[u] == centroid_cell(POLYGONS[u - 1]) and reps[u] not in set(footprint(POLYGONS[u - 1]))
    assert reps[u + 1] == centroid_cell(POLYGONS[-3])  # the overlapping pair: its first polygon's centroid


def test_points_one_landslide_per_point_cell_weights_kept(study_files, tmp_path):
    rng = np.random.default_rng(8)
    rc = [(int(r), int(c)) for r, c in zip(rng.integers(0, ROWS, 60), rng.integers(0, COLS, 60))]
    rc += [rc[0], rc[1], rc[1]]  # points sharing a cell are one landslide
    weights = rng.integers(1, 4, len(rc)).astype(float)
    path = write_points(tmp_path / "pts.gpkg", rc, weights)
    req = StudyRequest(study_files["factors"], LandslideSource(path, weight_field="w"))
    data, area = load_study(req, SplitSettings(0.6, 2, "landslides"))
    side = sides(area)
    cells = {r * COLS + c for r, c in rc}
    valid_cells = {c for c in cells if area.valid.ravel()[c]}
    assert set(side) == valid_cells
    assert area.split.train_landslides + area.split.test_landslides == len(valid_cells)
    assert area.split.train_landslides == sum(v == "train" for v in side.values())
    assert area.split.train_landslides == round(0.6 * len(valid_cells))
    expected_weight = sum(w for (r, c), w in zip(rc, weights) if area.valid.ravel()[r * COLS + c])
    assert area.train.total + area.test.total == pytest.approx(expected_weight)
    assert data.objects.features == len(rc) and data.objects.n_objects == len(cells)
    for s in (area.train, area.test):  # a point's representative is its cell
        assert set(grid_cells(area, s.representatives)) == {
            c for c, v in side.items() if v == ("train" if s is area.train else "test")
        }


def test_raster_patches_in_8_connectivity_stay_whole(study_files, tmp_path):
    ls = np.zeros((ROWS, COLS), np.uint8)
    ls[5:9, 5:9] = 1
    ls[9, 9] = ls[10, 10] = 1  # touches the first patch only at corners: the same landslide
    ls[20:22, 30:40] = 1
    ls[40, 5:60] = 1
    for k in range(12):
        ls[50 + (k % 3) * 3, 5 + k * 5 : 7 + k * 5] = 1
    path = write_tif(tmp_path / "ls.tif", ls)
    req = StudyRequest(study_files["factors"], LandslideSource(path, raster=True))
    patches, n = ndimage.label(ls, structure=np.ones((3, 3)))
    assert patches[9, 9] == patches[5, 5] == patches[10, 10]
    data, area = load_study(req, SplitSettings(0.5, 4, "landslides"))
    side = sides(area)
    on = [{side[c] for c in np.flatnonzero(patches == k) if c in side} for k in range(1, n + 1)]
    assert all(len(s) == 1 for s in on)
    assert area.split.train_landslides == sum(s == {"train"} for s in on) == round(0.5 * n)
    assert any(f"{n} landslides (connected patches" in note for note in data.notes)
    # a patch's representative is its cell nearest the patch's centroid
    for s in (area.train, area.test):
        for pos in grid_cells(area, s.representatives):
            k = patches.ravel()[pos]
            own = np.flatnonzero(patches == k)
            r, c = np.divmod(own, COLS)
            d2 = (r - r.mean()) ** 2 + (c - c.mean()) ** 2
            assert d2[own == pos][0] == d2.min()


def test_test_inventory_split_by_does_not_apply(study_files, tmp_path):
    test = write_points(tmp_path / "test.gpkg", [(30, 30), (31, 31), (45, 70)])
    req = StudyRequest(
        study_files["factors"], LandslideSource(study_files["polygons"]), test_landslides=LandslideSource(test)
    )
    _, area = load_study(req, SplitSettings(0.7, 1, "landslides"))
    assert area.split.split_by == "inventory" and area.split.test_landslides == 3
    assert any(n.startswith("separate test inventory (SPLIT_BY does not apply)") for n in area.notes)


def test_bad_split_by_fails_before_reading(study_files, tmp_path):
    req = StudyRequest(study_files["factors"], LandslideSource(study_files["polygons"]))
    with pytest.raises(AlsaInputError, match="SPLIT_BY must be one of cells, landslides"):
        run_bivariate(req, BivariateSettings("CF", split_by="polygons"), tmp_path / "x")
    assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())
