"""Bring a study's files onto one grid: factors, landslides, mask, flat-area slope (SPEC §1, §6)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

import numpy as np
from osgeo import ogr

from ..core.errors import AlsaInputError
from ..core.factors import Factor
from ..core.i18n import tr, tr_noop
from ..core.progress import ProgressCallback, report
from ..core.study import LandslideObjects
from ..gis.gdal_state import gdal_calls
from ..gis.grid import Bounds, Grid, make_grid, raster_info
from ..gis.rasters import factor_label, raster_objects, read_factor, read_flat_slope, read_landslide_raster
from ..gis.vectors import landslide_objects, rasterize_landslides, rasterize_mask


@dataclass(frozen=True)
class FactorSource:
    """A factor raster file; ``name`` appears in file names and tables."""

    name: str
    path: str
    classified: bool = False


@dataclass(frozen=True)
class LandslideSource:
    """A landslide vector file (in the grid's CRS) or a 0/1 raster."""

    path: str
    raster: bool = False
    weight_field: str | None = None
    all_touched: bool = False


@dataclass(frozen=True)
class StudyRequest:
    """Every input of a study. ``extent`` and ``mask`` are in the grid's CRS.

    ``crs_wkt`` is the grid's CRS and ``layer_crs`` each raster's CRS (path → WKT) as
    QGIS knows the layers — the one source of truth when a file has no CRS or the user
    overrode it; None/absent: the file's own CRS (the first factor's for the grid).
    """

    factors: list[FactorSource]
    landslides: LandslideSource
    test_landslides: LandslideSource | None = None
    extent: Bounds | None = None
    mask: str | None = None
    cell_size: float | None = None
    flat_slope: str | None = None
    origins: tuple[str, ...] = ()  # the user's files behind exported layers (never overwritten either)
    notes: tuple[str, ...] = ()  # what was done to the layers before (e.g. vectors reprojected on export)
    crs_wkt: str | None = None
    layer_crs: dict[str, str] = field(default_factory=dict)

    def input_paths(self) -> list[str]:
        paths = [f.path for f in self.factors] + [self.landslides.path, self.mask, self.flat_slope]
        paths += [self.test_landslides.path if self.test_landslides else None, *self.origins]
        return [p for p in paths if p]


@dataclass
class GridData:
    """The study's inputs as arrays on one grid.

    ``objects`` / ``test_objects``: which landslide each landslide cell belongs to
    (:func:`objects_grid`), for splitting whole landslides and one cell per landslide.
    """

    grid: Grid
    factors: list[Factor]
    landslides: np.ndarray
    test_landslides: np.ndarray | None
    mask: np.ndarray | None
    flat: np.ndarray | None
    notes: list[str] = field(default_factory=list)
    objects: LandslideObjects | None = None
    test_objects: LandslideObjects | None = None


def check_sources(factors: list[FactorSource]) -> None:
    """At least one factor; unique names; no raster both classified and continuous."""
    if not factors:
        raise AlsaInputError(tr("no factor given: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS"))
    seen: dict[str, FactorSource] = {}
    for f in factors:
        key = os.path.realpath(f.path)
        if key in seen:
            other = seen[key]
            if other.classified != f.classified:
                raise AlsaInputError(
                    tr(
                        "the raster {path!r} is given both as a classified and as a continuous factor; use it in "
                        "one list only"
                    ).format(path=f.path)
                )
            raise AlsaInputError(tr("the raster {path!r} is given twice as a factor; give it once").format(path=f.path))
        seen[key] = f
    names = [f.name for f in factors]
    if len(set(names)) != len(names):
        raise AlsaInputError(tr("factor names must be unique, got {names}").format(names=names))


@gdal_calls
def landslide_grid(
    src: LandslideSource, grid: Grid, label: str, crs_wkt: str | None = None
) -> tuple[np.ndarray, str | None]:
    """Landslide weight per cell on ``grid``, and a note when a raster had to be reprojected or resampled.

    ``crs_wkt``: a landslide raster's CRS as QGIS knows it (None: the file's).
    """
    if src.raster:
        return read_landslide_raster(src.path, grid, label, crs_wkt)
    weights = rasterize_landslides(
        src.path, grid, weight_field=src.weight_field, all_touched=src.all_touched, label=label
    )
    return weights, None


@gdal_calls
def objects_grid(
    src: LandslideSource, grid: Grid, weights: np.ndarray, label: str
) -> tuple[LandslideObjects, str | None]:
    """The landslides of an inventory on ``grid``: features of a vector layer, connected patches of a raster.

    ``weights``: the inventory as :func:`landslide_grid` read it (a raster's patches are
    found on it, not read again).
    """
    if src.raster:
        return raster_objects(weights, label)
    return landslide_objects(src.path, grid, all_touched=src.all_touched, label=label)


@gdal_calls
def _mask_bounds(path: str) -> Bounds:
    ds = ogr.Open(path)
    xmin, xmax, ymin, ymax = ds.GetLayer(0).GetExtent()
    return xmin, ymin, xmax, ymax


@gdal_calls
def load(request: StudyRequest, progress: ProgressCallback = None, workload: str = "bivariate") -> GridData:
    """Read every input once onto the grid of the first factor (its CRS; EXTENT/MASK, CELL_SIZE).

    Before any pixel is read, the memory the whole run will need (``workload``:
    ``"bivariate"`` or ``"compare"``, see :func:`study_memory`) is checked against the
    memory available. After reading, continuous factors are checked for nodata markers
    analysed as data (:func:`check_sentinels`), classified factors get a note on an
    undeclared class 0, and a FLAT_SLOPE that would null every cell is refused.
    """
    check_sources(request.factors)
    crs_of = request.layer_crs.get
    first = request.factors[0]
    reference = raster_info(first.path, f"factor {first.name!r}", request.crs_wkt or crs_of(first.path))
    bounds = request.extent
    if bounds is None and request.mask:
        bounds = _mask_bounds(request.mask)
    grid = make_grid(reference, bounds, request.cell_size)
    notes = [f"grid: {grid.rows} rows × {grid.cols} columns of {grid.cell:g} in the CRS of {first.name}"]
    notes.append(check_memory(grid, study_memory(grid, request, workload), len(request.factors)))
    notes += request.notes
    factors = []
    n = len(request.factors)
    for i, src in enumerate(request.factors):
        report(progress, i / (n + 3), tr("reading factor {name}").format(name=src.name))
        factor, note = read_factor(src.path, src.name, src.classified, grid, crs_of(src.path))
        factors.append(factor)
        notes += [note] if note else []
    report(progress, n / (n + 3), tr("rasterising landslides"))
    landslides, note = landslide_grid(request.landslides, grid, "LANDSLIDES", crs_of(request.landslides.path))
    objects, object_note = objects_grid(request.landslides, grid, landslides, "LANDSLIDES")
    notes += [n for n in (note, object_note) if n]
    test = test_objects = None
    if request.test_landslides is not None:
        src = request.test_landslides
        test, note = landslide_grid(src, grid, "TEST_LANDSLIDES", crs_of(src.path))
        test_objects, object_note = objects_grid(src, grid, test, "TEST_LANDSLIDES")
        notes += [n for n in (note, object_note) if n]
    report(progress, (n + 1) / (n + 3), tr("mask and flat areas"))
    mask = rasterize_mask(request.mask, grid) if request.mask else None
    flat = None
    if request.flat_slope:
        flat, note = read_flat_slope(request.flat_slope, grid, crs_of(request.flat_slope))
        notes += [note] if note else []
    report(progress, (n + 2) / (n + 3), tr("checking the values"))
    notes += check_values(request, factors, mask, flat)
    report(progress, 1.0, tr("inputs on the grid"))
    return GridData(grid, factors, landslides, test, mask, flat, notes, objects, test_objects)


# --- what the values say -------------------------------------------------------------------------------

# Values that software writes for "no data": all nines (−999, −9999, …), the 16-bit integer limits and
# 255, and anything from ±1e30 on (the float32 limits ±3.4e38, ±1e38, …).
_SENTINELS = {-32768.0, -32767.0, 32767.0, 65535.0, 255.0, 2147483647.0, -2147483648.0, 4294967295.0}
OUTLIER_RATIO = 100.0  # any value this many times the rest's spread away from it is a marker, whatever it is


def sentinel_like(value: float) -> bool:
    """True for values software writes as 'no data' (−9999, 65535, −3.4e38 …)."""
    a = abs(value)
    if a >= 1e30 or value in _SENTINELS:
        return True
    return a >= 999 and a == int(a) and set(str(int(a))) == {"9"}


def exact(value: float) -> str:
    """``value`` as text that reads back to the same number (for a command line)."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


def _masked_range(values: np.ndarray, inside: np.ndarray) -> tuple[float, float]:
    """(min, max) of ``values`` where ``inside`` (some cell is), in numpy without a copy.

    Not the core's numba kernel: these checks see float64 and other types the kernels
    are not warmed up for, and must not make a run compile anything.
    """
    if values.dtype.kind == "f":
        lo, hi = np.inf, -np.inf
    else:
        info = np.iinfo(values.dtype)
        lo, hi = info.max, info.min
    return float(np.min(values, where=inside, initial=lo)), float(np.max(values, where=inside, initial=hi))


def _valid_cells(factors: list[Factor], mask: np.ndarray | None) -> np.ndarray:
    valid = np.ones(factors[0].values.shape, dtype=bool) if mask is None else mask.copy()
    for f in factors:
        valid &= f.has_data()
    return valid


def check_values(
    request: StudyRequest, factors: list[Factor], mask: np.ndarray | None, flat: np.ndarray | None
) -> list[str]:
    """Refuse what would give a silently wrong study; notes on what the user should know.

    Over the cells that will be valid (inside the mask, every factor with data): a
    continuous factor must not hold a nodata marker as data (:func:`check_sentinels`);
    a classified factor whose lowest class is 0 without a declared nodata gets a note
    (is 0 a class, or the outside?); FLAT_SLOPE must leave some cell with an LSI.
    """
    valid = _valid_cells(factors, mask)
    if not valid.any():
        return []  # the core says that no cell is valid
    notes: list[str] = []
    crs_of = request.layer_crs.get
    for src, factor in zip(request.factors, factors):
        label = factor_label(src.name, src.classified)
        nodata = raster_info(src.path, label, crs_of(src.path)).nodata
        if src.classified:
            notes += class_zero_note(factor, valid, label, src.path, nodata)
        else:
            check_sentinels(factor.values, valid, label, src.path, nodata)
    if flat is not None and not (valid & ~flat).any():
        raise AlsaInputError(
            tr(
                "FLAT_SLOPE: the slope raster is 0 in every valid cell, so the flat-area constraint "
                "would give every cell a null LSI and nothing could be ranked; check that FLAT_SLOPE is "
                "a slope raster (0 only on flat ground), or leave it empty"
            )
        )
    return notes


SQUEEZED = tr_noop(
    "it would squeeze every real value into a sliver of the normalised range and make the result meaningless"
)


def check_sentinels(
    values: np.ndarray, valid: np.ndarray, label: str, path: str, nodata: float | None, harm: str = SQUEEZED
) -> None:
    """Refuse a continuous raster whose lowest or highest value is a nodata marker analysed as data.

    A value is taken for a marker when it lies far outside all the other values: farther
    than their whole spread for the usual markers (:func:`sentinel_like`: −9999, 65535,
    −3.4e38 …), more than :data:`OUTLIER_RATIO` spreads away for any other value. Min–max
    normalisation over such a value would squeeze every real value into a sliver of 0–1
    (measured: AUC 0.50 instead of 0.72), so the run stops and says how to declare it;
    ``harm`` says what the marker would do elsewhere (evaluation, reclassification).
    """
    values, inside = values.ravel(), valid.ravel()
    if not inside.any():
        return
    lo, hi = _masked_range(values, inside)
    for value in (lo, hi):
        rest = inside & (values != value)
        if not rest.any():
            return  # a single value: the core refuses the factor
        lo2, hi2 = _masked_range(values, rest)
        spread = hi2 - lo2
        gap = lo2 - value if value == lo else value - hi2
        marker = sentinel_like(value) and gap > spread and (spread > 0 or abs(value) >= 999)
        if not (marker or (spread > 0 and gap > OUTLIER_RATIO * spread)):
            continue
        count = int(np.count_nonzero(inside & (values == value)))
        declared = (
            tr("the raster declares no nodata value")
            if nodata is None
            else tr("the raster's declared nodata value is {nodata}").format(nodata=exact(nodata))
        )
        v = exact(value)
        raise AlsaInputError(
            tr(
                "{label}: {count} cells hold {v}, far outside all the other values ({lo2:g} to {hi2:g}), "
                "and {declared}: {v} looks like a nodata marker. Analysed as data {harm}. Declare it as "
                'the raster\'s nodata value and run again: gdal_edit.py -a_nodata {v} "{path}", or in '
                "QGIS Raster ▸ Conversion ▸ Translate with 'Assign a specified nodata value to output "
                "bands' = {v} and use the new file (Layer Properties ▸ Transparency only changes how the "
                "layer is drawn, not the file)"
            ).format(label=label, count=count, v=v, lo2=lo2, hi2=hi2, declared=declared, harm=tr(harm), path=path)
        )


def class_zero_note(factor: Factor, valid: np.ndarray, label: str, path: str, nodata: float | None) -> list[str]:
    """A note when 0 is the lowest class of a classified factor that does not declare 0 as nodata."""
    if nodata is not None and nodata == 0:
        return []
    values, inside = factor.values.ravel(), valid.ravel()
    lo, _ = _masked_range(values, inside)
    if lo != 0:
        return []
    zero = int(np.count_nonzero(inside & (values == 0)))
    total = int(np.count_nonzero(inside))
    declared = (
        tr("the raster declares no nodata value")
        if nodata is None
        else tr("the raster declares nodata {nodata}, not 0").format(nodata=exact(nodata))
    )
    return [
        tr(
            "{label}: {zero} of {total} valid cells ({percent:.1f}%) hold class 0 and {declared}, so 0 is analysed "
            "as a class. If 0 marks the outside of the data, declare it nodata and run again "
            '(gdal_edit.py -a_nodata 0 "{path}", or Raster ▸ Conversion ▸ Translate with \'Assign a specified '
            "nodata value to output bands' = 0)"
        ).format(label=label, zero=zero, total=total, percent=100 * zero / total, declared=declared, path=path)
    ]


# --- memory ----------------------------------------------------------------------------------------------

# Peak memory of a run, measured (resident set, GDAL's block cache included) on 4·10⁶ and 9·10⁶ cells:
# a fixed part (numba, GDAL) and bytes per grid cell: the landslide grid, valid-cell mask, LSI and key
# arrays, rate curves and the output buffers (40), each factor's array and codes (7), a test inventory (4),
# mask and flat grids (1 each); the comparison adds the eight methods' ranks for Spearman (36).
BASE_BYTES = 170 << 20
PER_CELL = {"bivariate": 40, "compare": 76, "evaluate": 24, "reclassify": 48, "model": 48}
PER_FACTOR, PER_TEST, PER_MASK, PER_FLAT = 7, 4, 1, 1


def study_memory(grid: Grid, request: StudyRequest, workload: str = "bivariate") -> int:
    """Bytes a bivariate (or comparison) run on ``grid`` needs at its peak, estimated before reading."""
    per_cell = PER_CELL[workload] + PER_FACTOR * len(request.factors)
    per_cell += PER_TEST * (request.test_landslides is not None)
    per_cell += PER_MASK * bool(request.mask) + PER_FLAT * bool(request.flat_slope)
    return BASE_BYTES + per_cell * grid.rows * grid.cols


def available_memory() -> int | None:
    """Bytes of memory available to this process now, or None where it cannot be told.

    Linux: ``MemAvailable`` of /proc/meminfo, capped by the cgroup (container) limit;
    Windows: the available physical memory (GlobalMemoryStatusEx).
    """
    try:
        with open("/proc/meminfo") as fh:
            free = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("MemAvailable:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return _windows_available()
    limit = _cgroup_room()
    return free if limit is None else min(free, limit)


def _cgroup_room() -> int | None:
    """Room left under a cgroup v2 memory limit (containers), None without one."""
    try:
        with open("/proc/self/cgroup") as fh:
            path = next(line.split("::", 1)[1].strip() for line in fh if line.startswith("0::"))
        base = f"/sys/fs/cgroup{path}".rstrip("/")
        with open(f"{base}/memory.max") as fh:
            limit = fh.read().strip()
        if limit == "max":
            return None
        with open(f"{base}/memory.current") as fh:
            return max(0, int(limit) - int(fh.read()))
    except (OSError, StopIteration, ValueError):
        return None


def _windows_available() -> int | None:
    if os.name != "nt":
        return None
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong)] + [
            (n, ctypes.c_ulonglong)
            for n in ("total", "avail", "total_page", "avail_page", "total_virtual", "avail_virtual", "ext")
        ]

    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return None
    return int(status.avail)


def gigabytes(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"


def check_memory(grid: Grid, need: int, n_factors: int) -> str:
    """Refuse a study grid that will not fit into the memory available; else a line for the log."""
    available = available_memory()
    cells = grid.rows * grid.cols
    if available is None:
        return tr("memory: about {need} needed (the memory available is not known here)").format(need=gigabytes(need))
    if need <= available:
        return tr("memory: about {need} needed, {available} available").format(
            need=gigabytes(need), available=gigabytes(available)
        )
    per_cell = (need - BASE_BYTES) / cells
    room = int((0.8 * available - BASE_BYTES) / per_cell)
    hint = ""
    if room > 0:
        cell = float(f"{grid.cell * math.sqrt(cells / room) * 1.05:.2g}")
        hint = tr(" (a CELL_SIZE of about {cell:g} or more would fit)").format(cell=cell)
    one = tr(
        "CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with 1 factor needs "
        "about {need} of memory, but only {available} is available; nothing was read. Choose a larger "
        "CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors"
    )
    many = tr(
        "CELL_SIZE: the grid of {rows} × {cols} = {cells:,} cells (cell size {cell:g}) with {n_factors} factors "
        "needs about {need} of memory, but only {available} is available; nothing was read. Choose a larger "
        "CELL_SIZE{hint}, a smaller EXTENT or MASK, or fewer factors"
    )
    raise AlsaInputError(
        (one if n_factors == 1 else many).format(
            rows=grid.rows,
            cols=grid.cols,
            cells=cells,
            cell=grid.cell,
            n_factors=n_factors,
            need=gigabytes(need),
            available=gigabytes(available),
            hint=hint,
        )
    )


def check_raster_memory(cells: int, workload: str, label: str) -> None:
    """Refuse a raster analysed on its own grid (evaluate, reclassify) that will not fit into memory."""
    need = BASE_BYTES + PER_CELL[workload] * cells
    available = available_memory()
    if available is not None and need > available:
        raise AlsaInputError(
            tr(
                "{label}: the raster has {cells:,} cells and needs about {need} of memory, but only "
                "{available} is available; resample it to a larger cell size first (Raster ▸ Projections "
                "▸ Warp) or clip it to the study area (Raster ▸ Extraction ▸ Clip Raster by Extent)"
            ).format(label=label, cells=cells, need=gigabytes(need), available=gigabytes(available))
        )
