"""Optional numba acceleration.

``NUMBA`` is True when numba imports and the environment variable
``ALSA_DISABLE_NUMBA`` is not set to a true value. The kernels in ``kernels_numba``
and ``kernels_numpy`` give identical results; ``kernels`` picks one.
"""

from __future__ import annotations

import os

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
