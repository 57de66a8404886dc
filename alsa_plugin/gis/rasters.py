"""Reading rasters onto the analysis grid with GDAL's warp (SPEC §1).

Resampling (documented for users in the README):

* a raster already on the grid's lattice (same CRS and cell size) is copied cell for cell;
* classified factors, the flat-area slope and landslide rasters otherwise use nearest
  neighbour (class codes and zeros must survive), landslide rasters ``max`` when the
  grid is coarser (a cell holding any landslide counts);
* continuous factors otherwise use bilinear interpolation, or the cell ``average``
  when the grid cell is more than 1.5× the raster's (down-sampling).

Each factor is read once into a compact array: float32 (NaN = nodata) for continuous
factors, int32 with a sentinel nodata for classified integer rasters.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import numpy as np
from osgeo import gdal, gdal_array

from ..core import memory
from ..core.errors import AlsaInputError
from ..core.factors import Factor
from ..core.i18n import tr
from ..core.study import LandslideObjects
from .gdal_state import gdal_calls, gdal_message
from .grid import Grid, RasterInfo, crs_name, is_aligned, overlaps, raster_info, same_crs, transform_bounds

INT_NODATA = -2147483648


def _check_overlap(info: RasterInfo, grid: Grid, label: str) -> None:
    b = transform_bounds(info.bounds, info.crs_wkt, grid.crs_wkt, label)
    if not overlaps(b, grid.bounds):
        raise AlsaInputError(
            tr(
                "{label}: its extent {extent} does not overlap the processing extent {grid_extent} (CRS "
                "{crs}); check the layer, the EXTENT/MASK and their CRS"
            ).format(
                label=label,
                extent=tuple(round(v, 3) for v in b),
                grid_extent=tuple(round(v, 3) for v in grid.bounds),
                crs=crs_name(grid.crs_wkt),
            )
        )


@gdal_calls
def _read_window(info: RasterInfo, grid: Grid, output_type: int, nodata: float) -> np.ndarray:
    """A raster on the grid's lattice read straight from its window (no warp), padded with ``nodata``."""
    out = memory.empty(grid.shape, gdal_array.GDALTypeCodeToNumericTypeCode(output_type))
    col0 = int(round((grid.xmin - info.geotransform[0]) / grid.cell))
    row0 = int(round((info.geotransform[3] - grid.ymax) / grid.cell))
    r0, r1 = max(row0, 0), min(row0 + grid.rows, info.rows)
    c0, c1 = max(col0, 0), min(col0 + grid.cols, info.cols)
    if (r1 - r0, c1 - c0) != grid.shape:  # the raster does not cover the whole grid
        out.fill(nodata)
    if r0 >= r1 or c0 >= c1:
        return out
    src = gdal.Open(info.path)
    band = src.GetRasterBand(1)
    view = out[r0 - row0 : r1 - row0, c0 - col0 : c1 - col0]
    source_type = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(info.data_type))
    exact = source_type == out.dtype or (source_type.kind in "iu" and np.can_cast(source_type, out.dtype))
    if view.flags.c_contiguous and exact:
        block = band.ReadAsArray(c0, r0, c1 - c0, r1 - r0, buf_obj=view)  # straight into the grid: no copy
    else:
        block = band.ReadAsArray(c0, r0, c1 - c0, r1 - r0)
    missing = np.zeros(block.shape, dtype=bool)
    if info.nodata is not None:
        missing |= np.isnan(block) if np.isnan(info.nodata) else block == info.nodata
    if block.dtype.kind == "f":
        missing |= np.isnan(block)
    if band.GetMaskFlags() not in (gdal.GMF_ALL_VALID, gdal.GMF_NODATA):  # an explicit mask band or alpha
        missing |= band.GetMaskBand().ReadAsArray(c0, r0, c1 - c0, r1 - r0) == 0
    if block is not view:
        view[...] = block
    view[missing] = nodata
    return out


@gdal_calls
def warp(info: RasterInfo, grid: Grid, resampling: str, output_type: int, nodata: float) -> np.ndarray:
    """``info``'s first band on ``grid`` (``nodata`` where there is no data).

    A raster on the grid's lattice is read straight from its window (the same values
    GDAL's nearest-neighbour warp gives, faster); any other is warped.
    """
    if resampling == "near" and is_aligned(info, grid):
        return _read_window(info, grid, output_type, nodata)
    src = gdal.Open(info.path)
    ds = gdal.Warp(
        "",
        src,
        format="MEM",
        outputBounds=grid.bounds,
        width=grid.cols,
        height=grid.rows,
        srcSRS=info.crs_wkt,  # the CRS the caller knows (QGIS's), not necessarily the file's
        dstSRS=grid.crs_wkt,
        resampleAlg=resampling,
        outputType=output_type,
        dstNodata=nodata,
        multithread=True,
    )
    band = ds.GetRasterBand(1)
    return band.ReadAsArray()


def _how(info: RasterInfo, grid: Grid, coarse: str, fine: str) -> str:
    if is_aligned(info, grid):
        return "near"
    return coarse if grid.cell > 1.5 * info.cell else fine


def _note(label: str, info: RasterInfo, grid: Grid, how: str) -> str | None:
    """What the log should say about reading this raster: its bands, its CRS if not the file's, any resampling."""
    notes = [info.band_note(label), info.crs_note(label)]
    if not is_aligned(info, grid):
        if not same_crs(info.crs_wkt, grid.crs_wkt):
            notes.append(
                tr("{label}: reprojected from {crs} to {grid_crs} ({how})").format(
                    label=label, crs=crs_name(info.crs_wkt), grid_crs=crs_name(grid.crs_wkt), how=how
                )
            )
        else:
            notes.append(
                tr("{label}: resampled from cell size {cell:g} to {grid_cell:g} ({how})").format(
                    label=label, cell=info.cell, grid_cell=grid.cell, how=how
                )
            )
    return "; ".join(n for n in notes if n) or None


@contextmanager
def reading(label: str, path: str) -> Iterator[None]:
    """GDAL errors while reading pixels (a truncated or damaged file) as an AlsaInputError naming the layer."""
    try:
        yield
    except RuntimeError as exc:
        raise AlsaInputError(
            tr(
                "{label}: the pixels of {path!r} cannot be read ({exc}); the file is damaged or "
                "incomplete (an interrupted copy or download?): copy or export it again"
            ).format(label=label, path=str(path), exc=gdal_message(exc))
        ) from None


@gdal_calls
def read_factor(
    path: str, name: str, classified: bool, grid: Grid, crs_wkt: str | None = None
) -> tuple[Factor, str | None]:
    """A factor raster on ``grid`` and a note when it had to be reprojected or resampled.

    ``crs_wkt``: the raster's CRS as QGIS knows it (None: the file's own).
    """
    label = factor_label(name, classified)
    info = raster_info(path, label, crs_wkt)
    _check_overlap(info, grid, label)
    with reading(label, path):
        if classified:
            how = _how(info, grid, "near", "near")
            if info.is_integer:
                values = warp(info, grid, how, gdal.GDT_Int32, INT_NODATA)
                factor = Factor(name, values, classified=True, nodata=INT_NODATA)
            else:
                factor = Factor(name, warp(info, grid, how, gdal.GDT_Float32, np.nan), classified=True)
        else:
            how = _how(info, grid, "average", "bilinear")
            factor = Factor(name, warp(info, grid, how, gdal.GDT_Float32, np.nan))
    return factor, _note(label, info, grid, how)


def factor_label(name: str, classified: bool) -> str:
    """How messages name a factor: ``continuous factor 'slope'``."""
    return (tr("classified factor {name!r}") if classified else tr("continuous factor {name!r}")).format(name=name)


@gdal_calls
def read_flat_slope(path: str, grid: Grid, crs_wkt: str | None = None) -> tuple[np.ndarray, str | None]:
    """Flat cells (slope = 0) of the FLAT_SLOPE raster on ``grid`` (nearest neighbour)."""
    label = "FLAT_SLOPE"
    info = raster_info(path, label, crs_wkt)
    _check_overlap(info, grid, label)
    with reading(label, path):
        slope = warp(info, grid, "near", gdal.GDT_Float32, np.nan)
    return slope == 0, _note(label, info, grid, "near")


@gdal_calls
def read_landslide_raster(
    path: str, grid: Grid, label: str = "landslides", crs_wkt: str | None = None
) -> tuple[np.ndarray, str | None]:
    """Landslide weight per cell from a raster (0 or nodata = none; usually a 0/1 raster).

    Landslide rasters hold 0/1 (or whole counts) per cell: negative or fractional values
    (a susceptibility or probability map given by mistake) are refused, and a raster
    without any landslide cell inside the grid says whether it holds none at all.
    """
    info = raster_info(path, label, crs_wkt)
    _check_overlap(info, grid, label)
    how = _how(info, grid, "max", "near")
    with reading(label, path):
        values = warp(info, grid, how, gdal.GDT_Float32, np.nan)
    values[~np.isfinite(values)] = 0
    if (values < 0).any():
        raise AlsaInputError(
            tr(
                "{label}: the raster holds negative values (e.g. {lowest:g}); a landslide raster "
                "holds 1 in landslide cells and 0 elsewhere (or whole landslide counts)"
            ).format(label=label, lowest=values.min())
        )
    fractional = values != np.floor(values)
    if fractional.any():
        n = int(np.count_nonzero(fractional))
        example = float(values[fractional].flat[0])
        raise AlsaInputError(
            tr(
                "{label}: {n} cells hold values that are not whole numbers (e.g. {example:g}, largest "
                "{highest:g}); a landslide raster holds 1 in landslide cells and 0 elsewhere (or "
                "whole landslide counts). A susceptibility or probability map is not a landslide "
                "inventory; if this raster does mark landslides, make it 0/1 first (Raster Calculator: "
                '"layer@1" > 0)'
            ).format(label=label, n=n, example=example, highest=values.max())
        )
    if not values.any():
        raise AlsaInputError(f"{label}: {_no_landslide_reason(info, path)}")
    return values, _note(label, info, grid, how)


def _no_landslide_reason(info: RasterInfo, path: str) -> str:
    """Why a landslide raster gives no landslide cell on the grid: none at all, or none inside the extent."""
    try:
        ds = gdal.Open(info.path)  # held while its band is used
        top = ds.GetRasterBand(1).ComputeRasterMinMax(False)[1]
    except (RuntimeError, TypeError):  # every cell nodata, or unreadable
        top = 0
    if not top > 0:
        return tr(
            "the raster {path!r} holds no landslide cell at all (every cell is 0 or nodata); check that it "
            "is the landslide raster and that landslide cells hold 1"
        ).format(path=str(path))
    return tr(
        "the raster's landslide cells all lie outside the processing extent (the first factor's extent, or "
        "EXTENT/MASK); check the layer, its CRS and the extent"
    )


def raster_objects(values: np.ndarray, label: str = "landslides") -> tuple[LandslideObjects, str | None]:
    """The landslides of a landslide raster on the grid: its connected patches of landslide cells.

    Patches are found with ``scipy.ndimage.label`` in 8-connectivity (cells touching at a
    corner belong to one landslide); each is represented by its cell nearest its centroid.
    """
    from scipy import ndimage

    patches, n = ndimage.label(values > 0, structure=np.ones((3, 3), dtype=bool))
    objects = LandslideObjects.from_label_grid(patches, "raster")
    del patches
    note = tr("{label}: {objects} landslides (connected patches of landslide cells, 8-connectivity)").format(
        label=label, objects=n
    )
    return objects, note
