"""ALSA for QGIS. ``core`` is the QGIS-free numeric engine; ``plugin`` wires it into QGIS."""
