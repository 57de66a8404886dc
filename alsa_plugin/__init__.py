"""ALSA for QGIS. ``core`` is the QGIS-free numeric engine; ``gis`` and ``jobs`` read and
write files with GDAL; ``plugin`` wires it into QGIS."""

import configparser
from pathlib import Path


def _version() -> str:
    meta = configparser.ConfigParser()
    meta.read(Path(__file__).resolve().parents[1] / "metadata.txt")
    return meta.get("general", "version", fallback="unknown")


__version__ = _version()
