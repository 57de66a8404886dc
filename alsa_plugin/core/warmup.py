"""Compile the numba kernels ahead of the first run, so that a run need not wait for them.

numba compiles a kernel on its first call for each signature (the argument types):
about 1.5 s per signature on a 2-core machine, 15 s for a typical run's ten, or it
loads it in a few milliseconds from its on-disk cache (``cache=True``). The cache lives
in ``__pycache__`` next to ``kernels_numba.py`` (in the user-wide cache when that folder
is read-only, or under ``NUMBA_CACHE_DIR``); it is keyed by the source file's path,
modification time and size and by the CPU, so every new install or upgrade of the
plugin compiles once. Parallel kernels are cached like the others.

:func:`warm_up` compiles, or loads, every signature a run uses: factor values as the
GIS layer reads them (float32, or int32 for classified integer rasters) and as the
comparison reclassifies them (uint8), codes of either dtype ``factors.code_dtype``
picks, float64 scores. It calls ``dispatcher.compile`` and never runs a kernel, so it
cannot launch parallel work next to a run in another thread (numba's ``workqueue``
threading layer aborts the process on that). It is idempotent and thread-safe;
:data:`READY` tells at no cost whether it has completed. The plugin runs it in a
background task when QGIS loads it.

:func:`ensure_ready` is what a run calls first: when the kernels are not ready it says
so in the progress text and waits while a warm-up is under way. Otherwise (e.g. in
``qgis_process``, which starts no warm-up) the run compiles the kernels it needs on
first call, as numba always does. Without numba every kernel is numpy's and
:data:`READY` is set from the start.
"""

from __future__ import annotations

import threading

import numpy as np

from . import _accel
from ._accel import NUMBA
from .i18n import tr, tr_noop
from .progress import ProgressCallback, report

READY = threading.Event()
"""Set once every kernel signature a run uses is compiled or loaded (or numba is not used)."""

MESSAGE = tr_noop(
    "Preparing the fast numba kernels (compiled once after installing or upgrading the plugin, "
    "15-30 s; loaded in about a second after that) …"
)

CODE_TYPES = (np.uint16, np.uint32)  # factors.code_dtype
VALUE_TYPES = {  # factor values → the code dtypes they meet
    np.float32: CODE_TYPES,  # continuous factors and non-integer classified rasters (gis.rasters)
    np.int32: CODE_TYPES,  # classified integer rasters (gis.rasters)
    np.uint8: (np.uint16,),  # the comparison's reclassified factors: all classified, small ranges
}

_LOCK = threading.Lock()

if not NUMBA:
    READY.set()


def _signatures() -> list:
    """(dispatcher, argument types) of every kernel call a run makes, as the wrappers in
    ``kernels_numba`` make them (chunk counts and sizes are Python ints, bounds floats)."""
    import numba

    from . import kernels_numba as k

    def sig(*args):  # the argument types numba's dispatcher derives from a call with ``args``
        return tuple(numba.typeof(a) for a in args)

    valid, starts, scores = np.ones(1, bool), np.zeros(2, np.int64), np.zeros(1)
    n, x = 1, 0.0
    calls = [(k._chunk_starts, sig(valid, n))]
    for vt, code_types in VALUE_TYPES.items():
        values = np.zeros(1, vt)
        calls.append((k._masked_range, sig(values, valid, n)))
        for ct in code_types:
            calls.append((k._class_offsets, sig(values, valid, x, np.zeros(1, ct), starts, n)))
            if vt == np.float32:  # continuous factors are always read as float32
                calls.append((k._scaled_positions, sig(values, valid, x, x, np.zeros(1, ct), starts, n)))
    for ct in CODE_TYPES:
        codes = np.zeros((1, 1), ct)  # factors × cells; one factor's codes are a row
        calls += [
            (k._count_codes, sig(codes[0], n, n)),
            (k.remap, sig(codes[0], codes[0])),
            (k.lsi_sum, sig(codes, starts, scores, scores)),
        ]
    calls += [
        (k._bucket_starts, sig(scores, n, x)),
        (k._rank_counts, sig(scores, scores, np.zeros(1, np.int32), n, x, n)),
    ]
    return calls


def warm_up(progress: ProgressCallback = None) -> None:
    """Compile (or load from numba's cache) every kernel signature a run uses; then set :data:`READY`.

    Returns at once when ready. While another thread warms up, waits for it (and
    returns when it has finished, or takes over the rest when it was cancelled).
    ``progress`` follows the core's convention: answering False raises
    :class:`~.errors.Cancelled` between two kernels (one kernel's compilation cannot
    be interrupted).
    """
    if READY.is_set():
        return
    if not _accel.recheck():  # numba is off, or unsafe in this process: the numpy kernels need no warm-up
        READY.set()
        return
    while not _LOCK.acquire(timeout=0.25):  # another thread is warming up
        report(progress, 0.0, tr("waiting for the numba kernels"))
    try:
        todo = [] if READY.is_set() else _signatures()
        for i, (kernel, sig) in enumerate(todo):
            report(
                progress,
                i / len(todo),
                tr("numba kernel {kernel} ({i}/{n})").format(kernel=kernel.__name__, i=i + 1, n=len(todo)),
            )
            kernel.compile(sig)
        READY.set()
    finally:
        _LOCK.release()


def ensure_ready(progress: ProgressCallback = None, fraction: float = 0.0) -> None:
    """What a run calls before its first kernel: when not :data:`READY`, say :data:`MESSAGE`
    at ``fraction`` and wait while a warm-up is under way (cancellable through ``progress``).

    It also looks at the process again (:func:`._accel.recheck`): when numba has become
    unsafe here, it says so and the run uses the numpy kernels."""
    if not _accel.recheck():
        if NUMBA:
            report(progress, fraction, _accel.NUMBA_ERROR)
        return
    if READY.is_set():
        return
    report(progress, fraction, tr(MESSAGE))
    while not _LOCK.acquire(timeout=0.25):  # the plugin's background warm-up is compiling
        report(progress, fraction, tr(MESSAGE))
    _LOCK.release()
