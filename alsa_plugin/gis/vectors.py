"""Landslide and mask layers rasterised onto the analysis grid with GDAL (SPEC §1).

The vector file must already be in the grid's CRS (the Processing side exports each
QGIS layer, reprojected, to a temporary GeoPackage). Points add up per cell: a point
counts as 1, or as its ``weight_field`` value. Polygons and lines burn 1 into the
cells whose centre they contain (``all_touched``: every cell they touch).

:func:`landslide_objects` tells the landslides apart (to split whole landslides and to
pick one cell per landslide): each feature's sequential id burnt into an Int32 grid
with the same options, once in each feature order, so that features sharing a cell
(overlapping polygons, points in one cell) are found and counted as one landslide.
"""

from __future__ import annotations

import numpy as np
from osgeo import gdal, ogr

from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..core.study import LandslideObjects, nearest_to_centroid
from .gdal_state import gdal_calls, gdal_message
from .grid import Grid


def _empty_grid(grid: Grid, data_type: int) -> gdal.Dataset:
    ds = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, data_type)
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(grid.crs_wkt)
    return ds


def _open_layer(path: str, label: str) -> tuple[gdal.Dataset, ogr.Layer]:
    try:
        src = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise AlsaInputError(
            tr("{label}: OGR cannot open {path!r} ({exc})").format(label=label, path=path, exc=gdal_message(exc))
        ) from None
    layer = src.GetLayer(0)
    if layer.GetFeatureCount() == 0:
        raise AlsaInputError(tr("{label}: the layer has no feature").format(label=label))
    return src, layer


def _is_points(layer: ogr.Layer) -> bool:
    flat = ogr.GT_Flatten(layer.GetGeomType())
    if flat == ogr.wkbUnknown:
        feat = layer.GetNextFeature()
        layer.ResetReading()
        geom = feat.GetGeometryRef() if feat else None
        flat = ogr.GT_Flatten(geom.GetGeometryType()) if geom else ogr.wkbUnknown
    return flat in (ogr.wkbPoint, ogr.wkbMultiPoint)


@gdal_calls
def rasterize_landslides(
    path: str, grid: Grid, *, weight_field: str | None = None, all_touched: bool = False, label: str = "landslides"
) -> np.ndarray:
    """Landslide weight per cell (float32; 0 = none)."""
    src, layer = _open_layer(path, label)
    points = _is_points(layer)
    if weight_field:
        if not points:
            raise AlsaInputError(
                tr("{label}: WEIGHT_FIELD applies to point layers only; clear it for polygons").format(label=label)
            )
        if layer.GetLayerDefn().GetFieldIndex(weight_field) < 0:
            raise AlsaInputError(
                tr("{label}: there is no field {weight_field!r} to read landslide weights from").format(
                    label=label, weight_field=weight_field
                )
            )
    ds = _empty_grid(grid, gdal.GDT_Float32)
    if points:
        opts = {"attribute": weight_field} if weight_field else {"burnValues": [1]}
        gdal.Rasterize(ds, src, add=True, **opts)
    else:
        gdal.Rasterize(ds, src, burnValues=[1], allTouched=all_touched)
    out = ds.GetRasterBand(1).ReadAsArray()
    if not out.any():
        raise AlsaInputError(
            tr(
                "{label}: no feature lies inside the processing extent (or, for polygons, covers a cell "
                "centre); check the layer's extent and CRS, or try all-touched"
            ).format(label=label)
        )
    return out


@gdal_calls
def rasterize_mask(path: str, grid: Grid, label: str = "MASK") -> np.ndarray:
    """True in the cells whose centre lies inside the mask polygons."""
    src, _ = _open_layer(path, label)
    ds = _empty_grid(grid, gdal.GDT_Byte)
    gdal.Rasterize(ds, src, burnValues=[1])
    out = ds.GetRasterBand(1).ReadAsArray().astype(bool)
    if not out.any():
        raise AlsaInputError(
            tr("{label}: the mask polygons cover no cell centre of the grid; check its CRS and extent").format(
                label=label
            )
        )
    return out


@gdal_calls
def landslide_objects(
    path: str, grid: Grid, *, all_touched: bool = False, label: str = "landslides"
) -> tuple[LandslideObjects, str | None]:
    """Which landslide (feature) each landslide cell belongs to, and a note when features had to be merged.

    Every feature with a geometry gets an id 1 … n (in the layer's order), burnt into an
    Int32 grid as :func:`rasterize_landslides` burns the landslides (polygons honour
    ``all_touched``): once in that order and once in reverse. A cell holding two
    different ids in the two passes is shared by two features (overlapping polygons,
    points in one cell): those features are one landslide (connected components of
    such pairs). A feature that covers no cell (a polygon over no cell centre) is no
    landslide. The anchor of a landslide (:class:`~..core.study.LandslideObjects`) is
    the centroid (OGR ``Centroid()``) of its first feature for polygons, and the centre
    of its cell for points.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    src, layer = _open_layer(path, label)
    points = _is_points(layer)
    mem = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
    out = mem.CreateLayer("objects", layer.GetSpatialRef(), ogr.wkbUnknown)
    out.CreateField(ogr.FieldDefn("alsa_id", ogr.OFTInteger))
    centroids = [(np.nan, np.nan)]  # index = feature id
    layer.ResetReading()
    for feature in layer:
        geom = feature.GetGeometryRef()
        if geom is None or geom.IsEmpty():
            continue
        f = ogr.Feature(out.GetLayerDefn())
        f.SetField(0, len(centroids))
        f.SetGeometry(geom)
        out.CreateFeature(f)
        c = geom.Centroid()
        centroids.append((c.GetX(), c.GetY()))
    n = len(centroids) - 1
    touched = all_touched and not points
    passes = []
    for sql in ("SELECT * FROM objects ORDER BY alsa_id", "SELECT * FROM objects ORDER BY alsa_id DESC"):
        ds = _empty_grid(grid, gdal.GDT_Int32)
        gdal.Rasterize(ds, mem, attribute="alsa_id", allTouched=touched, SQLStatement=sql)
        passes.append(ds.GetRasterBand(1).ReadAsArray().ravel())
        del ds
    forward, backward = passes
    cells = np.flatnonzero(forward)
    ids, other = forward[cells].astype(np.int64), backward[cells].astype(np.int64)
    del passes, forward, backward
    pairs = coo_matrix((np.ones(cells.size), (ids, other)), shape=(n + 1, n + 1))
    _, component = connected_components(pairs, directed=False)
    # landslides numbered 1 … K in the order of their first feature
    first_id = np.full(n + 1, n + 1, dtype=np.int64)
    np.minimum.at(first_id, component[ids], ids)
    present = np.unique(component[ids])
    order = np.argsort(first_id[present], kind="stable")
    number = np.zeros(component.max() + 1, dtype=np.int64)
    number[present[order]] = np.arange(1, present.size + 1)
    labels = number[component[ids]]
    k = int(present.size)
    if points:
        anchors = nearest_to_centroid(cells, labels, k, grid.cols)
    else:
        xy = np.asarray(centroids, dtype=np.float64)[first_id[present[order]]]
        anchors = np.column_stack([(grid.ymax - xy[:, 1]) / grid.cell, (xy[:, 0] - grid.xmin) / grid.cell])
    kind = "points" if points else "polygons"
    note = None
    if k != n:
        note = tr(
            "{label}: {features} features make {objects} landslides on the grid (overlapping polygons, or points in "
            "one cell, count as one landslide; a polygon that covers no cell is none)"
        ).format(label=label, features=n, objects=k)
    return LandslideObjects(cells, labels, anchors, n, kind), note
