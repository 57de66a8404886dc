"""Writing results: GeoTIFF, CSV and JSON files, all or nothing (SPEC §9).

:class:`StagedFiles` hands out temporary names next to each final file; only when the
whole run has succeeded does :meth:`StagedFiles.commit` rename them into place, so a
failed or cancelled run leaves no partial output. Inputs are never overwritten.
"""

from __future__ import annotations

import csv
import json
import math
import os
import uuid
from pathlib import Path
from typing import Iterable

import numpy as np
from osgeo import gdal

from ..core.errors import AlsaInputError
from .gdal_state import gdal_calls
from .grid import Grid


def check_folder(folder: Path, label: str = "OUTPUT_FOLDER") -> Path:
    """Fail early unless ``folder`` is, or can be made, a writable folder (it is created only when writing)."""
    folder = Path(folder).absolute()
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        why = "is not a folder" if not existing.is_dir() else "is not writable"
        raise AlsaInputError(f"{label}: the folder {str(folder)!r} cannot be written ({existing} {why})")
    return folder


class StagedFiles:
    """Final path → temporary path; rename all on :meth:`commit`, delete all on failure."""

    def __init__(self, protected: Iterable[str | Path] = ()):
        self.protected = {os.path.realpath(p) for p in protected if p}
        self.staged: dict[Path, Path] = {}
        self.created: list[Path] = []  # folders made for the outputs, removed again on failure
        self._token = uuid.uuid4().hex[:8]

    def stage(self, final: str | Path) -> Path:
        final = Path(final)
        if os.path.realpath(final) in self.protected:
            raise AlsaInputError(f"output {str(final)!r} is one of the inputs; choose another output name or folder")
        missing = [p for p in [final.parent, *final.parent.parents] if not p.exists()]
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AlsaInputError(f"the folder {str(final.parent)!r} cannot be created ({exc.strerror})") from None
        self.created += missing
        tmp = final.with_name(f".partial-{self._token}-{final.name}")
        self.staged[final] = tmp
        return tmp

    def commit(self) -> list[Path]:
        for final, tmp in self.staged.items():
            for extra in _sidecars(final):
                extra.unlink(missing_ok=True)  # a stale .aux.xml would restyle the new raster
            os.replace(tmp, final)
        done, self.staged, self.created = list(self.staged), {}, []
        return done

    def discard(self) -> None:
        for tmp in self.staged.values():
            for p in (tmp, *_sidecars(tmp)):
                p.unlink(missing_ok=True)
        for folder in self.created:  # deepest first
            try:
                folder.rmdir()
            except OSError:
                pass
        self.staged, self.created = {}, []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + ".aux.xml")]


@gdal_calls
def write_geotiff(path: Path, grid: Grid, values: np.ndarray, description: str = "") -> None:
    """A float32 GeoTIFF on ``grid``; NaN is the nodata value."""
    drv = gdal.GetDriverByName("GTiff")
    # fast DEFLATE on both cores: favourability rasters (few distinct values) still shrink ~20x
    options = ["COMPRESS=DEFLATE", "ZLEVEL=1", "TILED=YES", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER"]
    ds = drv.Create(str(path), grid.cols, grid.rows, 1, gdal.GDT_Float32, options)
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(float("nan"))
    if description:
        band.SetDescription(description)
    band.WriteArray(np.asarray(values, dtype=np.float32))
    band.FlushCache()
    ds = None


def write_csv(path: Path, columns: dict[str, np.ndarray]) -> None:
    """One column per entry, rows in order; floats at full precision."""
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        w.writerows(zip(*(np.asarray(c).tolist() for c in columns.values())))


def write_json(path: Path, obj: dict) -> None:
    """Strict JSON (RFC 8259): NaN and ±inf become null, numpy values plain numbers."""
    with open(path, "w") as fh:
        json.dump(strict_json(obj), fh, indent=2, allow_nan=False)
        fh.write("\n")


def strict_json(o):
    """``o`` with containers, numpy values and paths made JSON-ready and non-finite floats as None."""
    if isinstance(o, dict):
        return {str(k): strict_json(v) for k, v in o.items()}
    if isinstance(o, (list, tuple, set)):
        return [strict_json(v) for v in o]
    if isinstance(o, np.ndarray):
        return strict_json(o.tolist())
    if isinstance(o, np.generic):
        o = o.item()
    if isinstance(o, float):
        return o if math.isfinite(o) else None
    if isinstance(o, Path):
        return str(o)
    if o is None or isinstance(o, (str, int, bool)):
        return o
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def setting_tag(method: str, precision: int | None, width: float | None) -> str:
    """The settings part of every file name, e.g. ``CF_P3_W0.12`` (``CF`` when all classified)."""
    if width is None:
        return method
    return f"{method}_P{precision}_W{width:g}"
