"""HTML reports of a run: its settings, rate curves, factor plots, zones, decisiveness, comparisons (issue 10).

QGIS-free: matplotlib (optional) draws the figures, GDAL only reads a zone raster.
:func:`write_report` is the one entry point every algorithm calls.
"""

from .build import check_report_output, write_report

__all__ = ["check_report_output", "write_report"]
