"""The kernels in use: numba's when available, not disabled and safe in this process; else numpy's.

The choice is made at each call (:func:`active`), not at import: numba may have to be
set aside later in a session, when the QGIS desktop has loaded another LLVM (see
:func:`._accel.numba_usable`). Kernels run a few times per analysis, never per cell, so
the indirection costs nothing measurable.
"""

from __future__ import annotations

from types import ModuleType

from . import kernels_numpy
from ._accel import NUMBA, numba_usable

if NUMBA:
    from . import kernels_numba


def active() -> ModuleType:
    """``kernels_numba`` or ``kernels_numpy``: the module whose kernels run now."""
    return kernels_numba if numba_usable() else kernels_numpy


def count_codes(*args):
    return active().count_codes(*args)


def lsi_sum(*args):
    return active().lsi_sum(*args)


def masked_positions(*args):
    return active().masked_positions(*args)


def masked_range(*args):
    return active().masked_range(*args)


def rank_counts(*args):
    return active().rank_counts(*args)


def remap(*args):
    return active().remap(*args)


__all__ = ["NUMBA", "active", "count_codes", "lsi_sum", "masked_positions", "masked_range", "rank_counts", "remap"]
