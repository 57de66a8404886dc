"""Writing results: GeoTIFF, CSV and JSON files, all or nothing (SPEC §9).

:class:`StagedFiles` hands out temporary names next to each final file; only when the
whole run has succeeded does :meth:`StagedFiles.commit` rename them into place, so a
failed or cancelled run leaves no partial output. Inputs are never overwritten.
"""

from __future__ import annotations

import csv
import errno
import json
import math
import os
import shutil
import signal
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from osgeo import gdal

from ..core.errors import AlsaInputError
from ..core.i18n import tr
from .gdal_state import gdal_calls, gdal_message
from .grid import Grid
from .leftovers import partial_name, remove_stale_partials


def check_folder(folder: Path, label: str = "OUTPUT_FOLDER") -> Path:
    """Fail early unless ``folder`` is, or can be made, a writable folder (it is created only when writing)."""
    folder = Path(folder).absolute()
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        why = (tr("{existing} is not a folder") if not existing.is_dir() else tr("{existing} is not writable")).format(
            existing=existing
        )
        raise AlsaInputError(
            tr("{label}: the folder {folder!r} cannot be written ({why})").format(
                label=label, folder=str(folder), why=why
            )
        )
    return folder


def check_geotiff_output(path: str | Path, label: str, protected: Iterable[str | Path] = ()) -> Path:
    """A raster output path must not be an input and must name a GeoTIFF (.tif/.tiff) in a writable folder.

    The plugin writes every raster as a GeoTIFF; a file named ``.asc``, ``.img`` … would
    hold a GeoTIFF under a name that promises another format (and a multi-file format
    could not be renamed into place all or nothing), so such a name is refused.
    """
    path = Path(path)
    refuse_input(path, {os.path.realpath(p) for p in protected if p}, f"{label}: ")
    if path.suffix.lower() not in (".tif", ".tiff"):
        kind = tr("a {suffix} name").format(suffix=path.suffix) if path.suffix else tr("a name without extension")
        raise AlsaInputError(
            tr(
                "{label}: {path!r} is {kind}, but the plugin writes GeoTIFF rasters; name it {name!r} "
                "(then convert it with Raster ▸ Conversion ▸ Translate if you need another format)"
            ).format(label=label, path=str(path), kind=kind, name=path.with_suffix(".tif").name)
        )
    check_folder(path.parent, label)
    return path


def refuse_input(path: Path, protected: set[str], what: str) -> None:
    """An output must never overwrite an input (``protected``: their real paths); ``what`` starts the message."""
    if os.path.realpath(path) in protected:
        raise AlsaInputError(
            tr("{what}{path!r} is one of the inputs; choose another output name or folder").format(
                what=what, path=str(path)
            )
        )


class StagedFiles:
    """Final path → temporary path; rename all on :meth:`commit`, delete all on failure.

    Temporary names carry this process's id (:mod:`.leftovers`): the first file staged
    into a folder removes the partial files that killed runs left there. A write that
    fails for want of room or permission (OSError, or GDAL's write errors) leaves the
    block as an :class:`AlsaInputError` naming the folder and what to do.
    """

    def __init__(self, protected: Iterable[str | Path] = ()):
        self.protected = {os.path.realpath(p) for p in protected if p}
        self.staged: dict[Path, Path] = {}
        self.created: list[Path] = []  # folders made for the outputs, removed again on failure
        self.swept: list[Path] = []  # stale partial files of earlier, killed runs, removed
        self._token = uuid.uuid4().hex[:8]
        self._folders: set[Path] = set()

    def stage(self, final: str | Path, label: str | None = None) -> Path:
        """The temporary path to write ``final`` to; ``label`` (the parameter) names it in messages."""
        final = Path(final)
        what = f"{label}: " if label else tr("output ")
        refuse_input(final, self.protected, what)
        if final.is_dir():
            raise AlsaInputError(
                tr("{what}{final!r} is a folder; give a file name, e.g. {value!r}").format(
                    what=what, final=str(final), value=str(final / _example_name(final))
                )
            )
        if final.exists() and not os.access(final, os.W_OK):
            raise AlsaInputError(
                tr("{what}{final!r} exists and is read-only; choose another file name, or make it writable").format(
                    what=what, final=str(final)
                )
            )
        missing = [p for p in [final.parent, *final.parent.parents] if not p.exists()]
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AlsaInputError(
                tr("{what}the folder {parent!r} cannot be created ({strerror}); choose another folder").format(
                    what=what, parent=str(final.parent), strerror=exc.strerror
                )
            ) from None
        self.created += missing
        if not os.access(final.parent, os.W_OK | os.X_OK):
            raise AlsaInputError(
                tr("{what}the folder {parent!r} is not writable; choose a folder you can write to").format(
                    what=what, parent=str(final.parent)
                )
            )
        if final.parent not in self._folders:
            self._folders.add(final.parent)
            self.swept += remove_stale_partials(final.parent)
        tmp = final.with_name(partial_name(self._token, final.name))
        self.staged[final] = tmp
        return tmp

    def commit(self) -> list[Path]:
        with _signals_held():  # a termination signal waits until every file is in place: all, not some
            for final, tmp in self.staged.items():
                for extra in _sidecars(final):
                    extra.unlink(missing_ok=True)  # a stale .aux.xml would restyle the new raster
                os.replace(tmp, final)
        done, self.staged, self.created = list(self.staged), {}, []
        return done

    def discard(self) -> None:
        for tmp in self.staged.values():
            for p in (tmp, *_sidecars(tmp)):
                try:
                    p.unlink(missing_ok=True)
                except OSError:  # a read-only file system: nothing was written there either
                    pass
        for folder in self.created:  # deepest first
            try:
                folder.rmdir()
            except OSError:
                pass
        self.staged, self.created = {}, []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            return
        message = write_failure(exc, sorted({p.parent for p in self.staged}))  # the room left, before discarding
        self.discard()
        if message:
            raise AlsaInputError(message) from None


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGTERM, SIGINT and SIGHUP back from this thread while the block runs (POSIX)."""
    names = ("SIGTERM", "SIGINT", "SIGHUP")
    sigs = {getattr(signal, n) for n in names if hasattr(signal, n)}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _example_name(folder: Path) -> str:
    return "rates.csv" if folder.suffix.lower() == ".csv" else "output.tif"


# what GDAL says when a file cannot be written (libtiff, the GTiff driver, VSI)
_WRITE_ERRORS = ("write error", "no space left", "_tiffwriteproc", "disk full", "io error writing", "cannot write")
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def write_failure(exc: BaseException, folders: list[Path]) -> str | None:
    """The message for an output that could not be written, or None when ``exc`` is something else.

    OSError (CSV, JSON, renames) and GDAL's RuntimeError on writing a raster; a full disk
    (or quota, or a file-size limit) is named as such, with the room left.
    """
    if isinstance(exc, AlsaInputError) or not isinstance(exc, (OSError, RuntimeError)):
        return None
    text = gdal_message(exc)
    if isinstance(exc, RuntimeError) and not any(w in text.lower() for w in _WRITE_ERRORS):
        return None
    where = ", ".join(repr(str(f)) for f in folders) or tr("the output folder")
    try:
        room = min(shutil.disk_usage(f).free for f in folders) if folders else None
    except OSError:
        room = None
    full = (isinstance(exc, OSError) and exc.errno in _FULL) or "no space" in text.lower()
    if full or (room is not None and room < 64 << 20):
        free = tr(" ({mb:.0f} MB free)").format(mb=room / 2**20) if room is not None else ""
        return tr(
            "the disk holding {where} is full{free}: the outputs could not be written ({error}). Nothing was "
            "written; free some space, or choose an output folder on another disk, and run again"
        ).format(where=where, free=free, error=text)
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr(
            "the outputs in {where} could not be written ({error}); the folder or file is read-only: choose "
            "another output folder or file name. Nothing was written"
        ).format(where=where, error=text)
    return tr(
        "the outputs in {where} could not be written ({error}). Nothing was written; check the folder and disk"
    ).format(where=where, error=text)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + ".aux.xml")]


@gdal_calls
def write_geotiff(path: Path, grid: Grid, values: np.ndarray, description: str = "") -> None:
    """A float32 GeoTIFF on ``grid``; NaN is the nodata value."""
    drv = gdal.GetDriverByName("GTiff")
    # fast DEFLATE on both cores: favourability rasters (few distinct values) still shrink ~20x
    options = ["COMPRESS=DEFLATE", "ZLEVEL=1", "TILED=YES", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER"]
    ds = drv.Create(str(path), grid.cols, grid.rows, 1, gdal.GDT_Float32, options)
    failure = None
    try:
        ds.SetGeoTransform(grid.geotransform)
        ds.SetProjection(grid.crs_wkt)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(float("nan"))
        if description:
            band.SetDescription(description)
        band.WriteArray(np.asarray(values, dtype=np.float32))
        band = None
        ds.FlushCache()
    except RuntimeError as exc:
        failure = gdal_message(exc)
    band = None
    errors: list[str] = []
    with closing_errors(errors):  # out of the except block: its traceback no longer holds the dataset open
        ds = None  # closing writes the rest of the file and the TIFF directory
    if failure is not None:  # the complaints on closing add nothing to the first error
        raise RuntimeError(failure)
    check_complete(path, errors)


def check_complete(path: Path, errors: list[str]) -> None:
    """Raise GDAL's write error when closing the dataset written to ``path`` failed or left it unreadable."""
    if errors:
        raise RuntimeError(f"Write error: {errors[-1]} ({path})")
    try:
        complete = gdal.Open(str(path)) is not None
    except RuntimeError:
        complete = False
    if not complete:
        raise RuntimeError(f"Write error: {str(path)!r} could not be completed")


@contextmanager
def closing_errors(errors: list[str]) -> Iterator[None]:
    """Collect the errors of closing a GDAL dataset into ``errors`` instead of printing them.

    GDAL's bindings raise them from the dataset's destructor, where Python can only hand
    them to ``sys.unraisablehook`` ("Exception ignored in ..."); while the block runs the
    hook keeps those of ``delete_Dataset`` and passes on anything else.
    """
    hook = sys.unraisablehook

    def keep(unraisable) -> None:
        if getattr(unraisable.object, "__name__", "") == "delete_Dataset" and unraisable.exc_value is not None:
            errors.append(str(unraisable.exc_value))
        else:
            hook(unraisable)

    sys.unraisablehook = keep
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
        sys.unraisablehook = hook


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
