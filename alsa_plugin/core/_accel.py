"""Optional numba acceleration.

``NUMBA`` is True when numba imports and the environment variable
``ALSA_DISABLE_NUMBA`` is not set to a true value. The kernels in ``kernels_numba``
and ``kernels_numpy`` give identical results; ``kernels`` picks one at every call,
through :func:`numba_usable`.

numba compiles through llvmlite, and pip's llvmlite wheels carry their own LLVM. When
the process has already loaded a *different* LLVM — the QGIS desktop loads Mesa's
``libLLVM`` for OpenGL — compiling can crash the whole process: QGIS 3.40 on Debian 13
(Mesa's LLVM 19, a pip llvmlite with LLVM 15) died on SIGSEGV while the kernels
compiled; with Debian's own ``python3-numba`` (linked to that same LLVM 19) or on
Debian 12 (LLVM 15 on both sides) it never did. :func:`numba_usable` therefore checks,
before numba compiles anything, that every ``libLLVM`` mapped into the process has
llvmlite's major version; otherwise the numpy kernels are used for the rest of the
session and :data:`NUMBA_ERROR` says why. A plugin is a guest in QGIS: slower is
acceptable, a crash is not.
"""

from __future__ import annotations

import os
import re
import threading

from .i18n import tr

_DISABLED = os.environ.get("ALSA_DISABLE_NUMBA", "").strip().lower() in ("1", "true", "yes")

try:  # pragma: no cover - depends on the installation
    if _DISABLED:
        raise ImportError("disabled by ALSA_DISABLE_NUMBA")
    import numba  # noqa: F401

    NUMBA = True
    NUMBA_ERROR = ""
except ImportError as exc:  # numba missing: the numpy kernels are used
    NUMBA = False
    NUMBA_ERROR = str(exc)

_LLVM_LIB = re.compile(r"libLLVM(?:-(\d+)(?:\.\d+)*\.so|\.so\.(\d+))")
_lock = threading.Lock()
_conflict: str | None = None  # once seen, numba stays off for the process
_checked = False


def llvm_conflict(maps: str, llvmlite_major: int) -> str | None:
    """Why numba must not compile in a process whose memory map is ``maps``, or None.

    ``maps`` is the text of ``/proc/self/maps``; a mapped ``libLLVM-N.so…`` or
    ``libLLVM.so.N…`` with N ≠ ``llvmlite_major`` is a conflict.
    """
    majors = set()
    for line in maps.splitlines():
        m = _LLVM_LIB.search(line.rsplit("/", 1)[-1])
        if m:
            majors.add(int(m.group(1) or m.group(2)))
    others = sorted(majors - {llvmlite_major})
    if not others:
        return None
    return tr(
        "numba's LLVM {numba_llvm} differs from the LLVM {loaded} already loaded in this "
        "process (QGIS's OpenGL driver, Mesa): compiling could crash QGIS, so the numpy kernels are used (slower, "
        "same results). Install your distribution's numba (e.g. apt install python3-numba) instead of pip's to get "
        "the fast kernels."
    ).format(numba_llvm=llvmlite_major, loaded=", ".join(map(str, others)))


def _process_maps() -> str:
    try:
        with open("/proc/self/maps") as fh:
            return fh.read()
    except OSError:  # not Linux: no known conflict to look for
        return ""


def numba_usable() -> bool:
    """True when numba is on and was found safe in this process (checked once, then by :func:`recheck`)."""
    if not NUMBA or _conflict is not None:
        return False
    return _checked or recheck()


def recheck() -> bool:
    """Look at the process again (each run starts with this: QGIS may have loaded another LLVM since)."""
    global NUMBA_ERROR, _conflict, _checked
    if not NUMBA or _conflict is not None:
        return False
    from llvmlite import binding

    reason = llvm_conflict(_process_maps(), binding.llvm_version_info[0])
    with _lock:
        _checked = True
        if reason is not None:
            _conflict = NUMBA_ERROR = reason
    return reason is None


def status() -> str:
    """For run logs: "used", or "not used: <why>"."""
    return "used" if numba_usable() else f"not used: {NUMBA_ERROR or 'unavailable'}"
