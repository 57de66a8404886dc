"""Print pip constraints that hold the system Python's own numpy, scipy (and numba) where they are.

``make setup`` runs this with ``/usr/bin/python3``: GDAL's Python bindings (and QGIS)
are built against Debian's numpy, so pip must never replace it — numpy 1.24 on Debian 12,
numpy 2.2 on Debian 13. Where Debian's numba is installed (Debian 13), it and its
llvmlite are held too: they use the system's LLVM, the one the QGIS desktop's OpenGL
loads, where pip's wheels bring another. Reading the installed versions keeps this
true on any release.
"""

from __future__ import annotations

import importlib.metadata
import sys

for package in ("numpy", "scipy"):
    try:
        print(f"{package}=={importlib.metadata.version(package)}")
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"{package} is not installed for {sys.executable}: install python3-{package} first (make setup)")
for package in ("numba", "llvmlite"):  # only where the system has them
    try:
        print(f"{package}=={importlib.metadata.version(package)}")
    except importlib.metadata.PackageNotFoundError:
        pass
