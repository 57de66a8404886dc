"""Whole analyses from files to files: load inputs onto one grid (GDAL), run the core, write outputs.

No qgis import: the Processing algorithms (and through them the dialog and qgis_process)
turn their parameters into these plain requests and call the same functions.
"""
