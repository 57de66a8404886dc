"""The analysis grid: one extent, one cell size, one CRS for every input (SPEC §1).

The grid takes the CRS of the first factor and, unless told otherwise, its extent and
cell size. Its edges are snapped outwards onto the first factor's own cell lattice, so
that factor (and every raster on the same lattice) is copied cell for cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from osgeo import gdal, osr

from ..core.errors import AlsaInputError
from ..core.i18n import tr
from .gdal_state import gdal_calls, gdal_message

Bounds = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


@dataclass(frozen=True)
class Grid:
    """A north-up grid: top-left corner, square cell size, shape and CRS (WKT)."""

    crs_wkt: str
    xmin: float
    ymax: float
    cell: float
    cols: int
    rows: int

    @property
    def shape(self) -> tuple[int, int]:
        return self.rows, self.cols

    @property
    def bounds(self) -> Bounds:
        return self.xmin, self.ymax - self.rows * self.cell, self.xmin + self.cols * self.cell, self.ymax

    @property
    def geotransform(self) -> tuple[float, ...]:
        return self.xmin, self.cell, 0.0, self.ymax, 0.0, -self.cell

    def describe(self) -> dict:
        return {"bounds": list(self.bounds), "cell_size": self.cell, "rows": self.rows, "cols": self.cols}


@dataclass(frozen=True)
class RasterInfo:
    """What the grid needs to know about a raster file, read without its pixels."""

    path: str
    crs_wkt: str
    geotransform: tuple[float, ...]
    cols: int
    rows: int
    nodata: float | None
    data_type: int  # a gdal.GDT_* constant
    file_crs_wkt: str = ""  # the file's own CRS ("" = none) when ``crs_wkt`` came from elsewhere
    bands: int = 1  # only band 1 is read; more bands earn a note

    def band_note(self, label: str) -> str | None:
        """A log line when the raster has more than one band (band 1 is used)."""
        if self.bands <= 1:
            return None
        return tr(
            "{label}: the raster has {bands} bands; band 1 is used. To use another band, extract it first "
            "(Processing: GDAL ▸ Raster conversion ▸ Rearrange bands, or gdal_translate -b N)"
        ).format(label=label, bands=self.bands)

    def crs_note(self, label: str) -> str | None:
        """A log line when the CRS used is not the file's own (set or overridden in QGIS)."""
        if self.file_crs_wkt and same_crs(self.file_crs_wkt, self.crs_wkt):
            return None
        used = crs_name(self.crs_wkt)
        if not self.file_crs_wkt:
            return tr("{label}: the file has no CRS; the CRS set in QGIS is used ({crs})").format(label=label, crs=used)
        return tr("{label}: the CRS set in QGIS ({crs}) is used instead of the file's ({file_crs})").format(
            label=label, crs=used, file_crs=crs_name(self.file_crs_wkt)
        )

    @property
    def cell(self) -> float:
        return abs(self.geotransform[1])

    @property
    def bounds(self) -> Bounds:
        x0, dx, _, y0, _, dy = self.geotransform
        xs, ys = (x0, x0 + dx * self.cols), (y0, y0 + dy * self.rows)
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def is_integer(self) -> bool:
        return gdal.GetDataTypeName(self.data_type).lower().startswith(("byte", "int", "uint"))


@gdal_calls
def raster_info(path: str, label: str, crs_wkt: str | None = None) -> RasterInfo:
    """Open ``path`` (named ``label`` in messages) and read its georeferencing.

    ``crs_wkt`` is the raster's CRS as the caller knows it (QGIS: the layer's CRS, which
    the user may have set for a file without one, or overridden); it wins over the
    file's own, and ``file_crs_wkt`` keeps the file's for the log.
    """
    try:
        ds = gdal.Open(str(path))
    except RuntimeError as exc:
        raise AlsaInputError(
            tr(
                "{label}: GDAL cannot open {path!r} ({exc}); check that the file exists and is a "
                "complete raster (a damaged or half-copied file cannot be read: copy or export it again)"
            ).format(label=label, path=path, exc=gdal_message(exc))
        ) from None
    if ds.RasterCount < 1:
        raise AlsaInputError(
            tr("{label}: {path!r} holds no raster band; choose a raster layer").format(label=label, path=path)
        )
    gt = ds.GetGeoTransform(can_return_null=True)
    if gt is None or gt[2] != 0 or gt[4] != 0:
        raise AlsaInputError(
            tr("{label}: {path!r} has no north-up georeferencing; warp it to a north-up grid first").format(
                label=label, path=path
            )
        )
    file_wkt = ds.GetProjection()
    wkt = crs_wkt or file_wkt
    if not wkt:
        raise AlsaInputError(
            tr("{label}: {path!r} has no CRS; assign one (Raster ▸ Projections ▸ Assign Projection)").format(
                label=label, path=path
            )
        )
    band = ds.GetRasterBand(1)
    return RasterInfo(
        str(path),
        wkt,
        tuple(gt),
        ds.RasterXSize,
        ds.RasterYSize,
        band.GetNoDataValue(),
        band.DataType,
        file_wkt,
        ds.RasterCount,
    )


@gdal_calls
def same_crs(a_wkt: str, b_wkt: str) -> bool:
    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromWkt(a_wkt)
    b.ImportFromWkt(b_wkt)
    return bool(a.IsSame(b))


@gdal_calls
def crs_name(wkt: str) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    code = srs.GetAuthorityCode(None)
    return f"{srs.GetName()} ({srs.GetAuthorityName(None)}:{code})" if code else srs.GetName()


@gdal_calls
def transform_bounds(bounds: Bounds, src_wkt: str, dst_wkt: str, label: str) -> Bounds:
    """``bounds`` from one CRS into another; AlsaInputError when no transformation exists."""
    if same_crs(src_wkt, dst_wkt):
        return bounds
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    for srs, wkt in ((src, src_wkt), (dst, dst_wkt)):
        srs.ImportFromWkt(wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        out = osr.CoordinateTransformation(src, dst).TransformBounds(*bounds, 21)
    except RuntimeError as exc:
        raise AlsaInputError(
            tr(
                "{label}: its CRS {src_wkt} cannot be transformed to the analysis CRS {dst_wkt} ({exc}); "
                "reproject it first"
            ).format(label=label, src_wkt=crs_name(src_wkt), dst_wkt=crs_name(dst_wkt), exc=gdal_message(exc))
        ) from None
    if not all(math.isfinite(v) for v in out):
        raise AlsaInputError(
            tr("{label}: its extent cannot be transformed from {src_wkt} to {dst_wkt}; reproject it").format(
                label=label, src_wkt=crs_name(src_wkt), dst_wkt=crs_name(dst_wkt)
            )
        )
    return tuple(out)


def overlaps(a: Bounds, b: Bounds) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def make_grid(reference: RasterInfo, bounds: Bounds | None = None, cell: float | None = None) -> Grid:
    """The analysis grid in the reference raster's CRS.

    ``bounds`` (in that CRS) default to the reference's extent, ``cell`` to its cell
    width. Edges are snapped outwards onto the lattice through the reference's origin.
    """
    cell = reference.cell if cell is None else float(cell)
    if not (cell > 0 and math.isfinite(cell)):
        raise AlsaInputError(tr("cell size must be a positive number of CRS units, got {cell!r}").format(cell=cell))
    bounds = reference.bounds if bounds is None else bounds
    ox, oy = reference.geotransform[0], reference.geotransform[3]
    eps = 1e-6
    x0 = ox + math.floor((bounds[0] - ox) / cell + eps) * cell
    x1 = ox + math.ceil((bounds[2] - ox) / cell - eps) * cell
    y0 = oy + math.floor((bounds[1] - oy) / cell + eps) * cell
    y1 = oy + math.ceil((bounds[3] - oy) / cell - eps) * cell
    cols, rows = int(round((x1 - x0) / cell)), int(round((y1 - y0) / cell))
    if cols < 1 or rows < 1:
        raise AlsaInputError(
            tr("the processing extent {bounds} holds no cell of size {cell:g}").format(bounds=bounds, cell=cell)
        )
    if cols * rows > 2**31 - 1:
        raise AlsaInputError(
            tr("the grid would hold {cols} × {rows} cells; choose a larger cell size or a smaller extent").format(
                cols=cols, rows=rows
            )
        )
    return Grid(reference.crs_wkt, x0, y1, cell, cols, rows)


def is_aligned(info: RasterInfo, grid: Grid) -> bool:
    """True when ``info`` lies on the grid's lattice (same CRS and cell): a plain copy."""
    x0, dx, _, y0, _, dy = info.geotransform
    if not (math.isclose(dx, grid.cell, rel_tol=1e-9) and math.isclose(-dy, grid.cell, rel_tol=1e-9)):
        return False
    fx, fy = (x0 - grid.xmin) / grid.cell, (y0 - grid.ymax) / grid.cell
    return abs(fx - round(fx)) < 1e-6 and abs(fy - round(fy)) < 1e-6 and same_crs(info.crs_wkt, grid.crs_wkt)
