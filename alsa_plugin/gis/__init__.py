"""The GDAL data layer: the analysis grid, reading factors and landslides onto it, writing outputs.

Imports GDAL but not qgis, so it runs (and is tested) without QGIS.
"""
