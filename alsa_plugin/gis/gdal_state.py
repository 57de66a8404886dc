"""GDAL's Python exception mode, switched on for the plugin's own calls only (issue 7).

``gdal.UseExceptions()`` at import time would change how GDAL behaves for every other
plugin and script in the user's QGIS (their ``gdal.Open`` would start raising instead of
returning None). So the plugin never sets the mode for good: every public function of
:mod:`..gis` and :mod:`..jobs` that calls GDAL runs inside :func:`gdal_exceptions` (or is
decorated with :func:`gdal_calls`), which turns exceptions on for GDAL, OGR and OSR and
puts the caller's mode back on the way out, whatever happens inside.

* GDAL ≥ 3.7 keeps a per-thread override next to the process-wide mode
  (``_GetExceptionsLocal``/``_SetExceptionsLocal``, what ``gdal.ExceptionMgr`` uses):
  only the calling thread's override is set and then restored, so other threads and the
  global mode never change.
* GDAL 3.6 has one process-wide flag per module and chains an error handler per
  ``UseExceptions()`` call (``DontUseExceptions()`` must undo them in reverse order). The
  first entry (any thread) saves the three flags and switches on the ones that were off;
  the last exit switches exactly those off again, in reverse order. A counter under a lock
  keeps overlapping runs (two Processing tasks) from restoring the mode under each other.
"""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from osgeo import gdal, ogr, osr

try:
    from osgeo import gdal_array
except ImportError:  # pragma: no cover - GDAL built without numpy support
    gdal_array = None

_MODULES = tuple(m for m in (gdal, ogr, osr, gdal_array) if m is not None)
THREAD_LOCAL = all(hasattr(m, "_SetExceptionsLocal") for m in (gdal, ogr, osr))

_lock = threading.Lock()
_depth = 0
_switched: list = []  # GDAL 3.6: the modules switched on by the outermost entry, in order

F = TypeVar("F", bound=Callable)


def modes() -> tuple[bool, bool, bool]:
    """(gdal, ogr, osr) ``GetUseExceptions()`` as seen by the calling thread."""
    return bool(gdal.GetUseExceptions()), bool(ogr.GetUseExceptions()), bool(osr.GetUseExceptions())


@contextmanager
def gdal_exceptions() -> Iterator[None]:
    """GDAL, OGR and OSR raise RuntimeError inside the block; the caller's mode is back after it."""
    if THREAD_LOCAL:
        local = [m for m in _MODULES if hasattr(m, "_SetExceptionsLocal")]
        saved = [m._GetExceptionsLocal() for m in local]
        for m in local:
            m._SetExceptionsLocal(1)
        try:
            yield
        finally:
            for m, value in zip(reversed(local), reversed(saved)):
                m._SetExceptionsLocal(value)
        return
    _enter_global()
    try:
        yield
    finally:
        _exit_global()


def _enter_global() -> None:
    global _depth, _switched
    with _lock:
        if _depth == 0:
            _switched = [m for m in (gdal, ogr, osr) if not m.GetUseExceptions()]
            for m in _switched:
                m.UseExceptions()
        _depth += 1


def _exit_global() -> None:
    global _depth, _switched
    with _lock:
        _depth -= 1
        if _depth == 0:
            for m in reversed(_switched):  # the error handlers were chained: undo them last in, first out
                m.DontUseExceptions()
            _switched = []


def gdal_calls(func: F) -> F:
    """Decorator: ``func`` runs inside :func:`gdal_exceptions`."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with gdal_exceptions():
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def gdal_message(exc: BaseException) -> str:
    """GDAL's error text on one line: GDAL ≥ 3.7 chains causes as "May be caused by: …" lines, often repeated."""
    parts: list[str] = []
    for line in str(exc).strip().splitlines():
        line = line.strip()
        if line.startswith("May be caused by:"):
            line = line[len("May be caused by:") :].strip()
        if line and line not in parts:
            parts.append(line)
    return "; ".join(parts)
