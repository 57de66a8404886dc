"""Landslide and mask layers rasterised onto the analysis grid with GDAL (SPEC §1).

The vector file must already be in the grid's CRS (the Processing side exports each
QGIS layer, reprojected, to a temporary GeoPackage). Points add up per cell: a point
counts as 1, or as its ``weight_field`` value. Polygons and lines burn 1 into the
cells whose centre they contain (``all_touched``: every cell they touch).
"""

from __future__ import annotations

import numpy as np
from osgeo import gdal, ogr

from ..core.errors import AlsaInputError
from ..core.i18n import tr
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
