"""Print pip constraints that hold numpy and scipy at the system Python's own versions.

``make setup`` runs this with ``/usr/bin/python3``: GDAL's Python bindings (and QGIS)
are built against Debian's numpy, so pip must never replace it — numpy 1.24 on Debian 12,
numpy 2.2 on Debian 13. Reading the installed versions keeps this true on any release.
"""

from __future__ import annotations

import importlib.metadata
import sys

for package in ("numpy", "scipy"):
    try:
        print(f"{package}=={importlib.metadata.version(package)}")
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"{package} is not installed for {sys.executable}: install python3-{package} first (make setup)")
