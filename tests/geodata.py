"""Small GeoTIFF / GeoPackage study areas written with GDAL, for unit and QGIS tests."""

import numpy as np

EPSG = 32617
ORIGIN = (500000.0, 4100000.0)  # top-left corner
CELL = 10.0


def write_tif(path, array, nodata=None, epsg=EPSG, origin=ORIGIN, cell=CELL):
    """A one-band GeoTIFF of ``array`` (dtype kept) north-up at ``origin`` with square ``cell``."""
    from osgeo import gdal, osr

    gdal.UseExceptions()
    codes = {"uint8": gdal.GDT_Byte, "int16": gdal.GDT_Int16, "int32": gdal.GDT_Int32, "float32": gdal.GDT_Float32}
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, codes[array.dtype.name])
    ds.SetGeoTransform((origin[0], cell, 0, origin[1], 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None
    return str(path)


def write_points(path, rows_cols, weights=None, epsg=EPSG, origin=ORIGIN, cell=CELL):
    """A point GeoPackage with one point at the centre of each (row, col); optional field ``w``."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("landslides", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    for k, (r, c) in enumerate(rows_cols):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(
            ogr.CreateGeometryFromWkt(f"POINT ({origin[0] + (c + 0.5) * cell} {origin[1] - (r + 0.5) * cell})")
        )
        f.SetField("w", float(weights[k]) if weights is not None else 1.0)
        layer.CreateFeature(f)
    ds = None
    return str(path)


def stack_files_in(tmp_path):
    """The synthetic stack (120 × 150 cells, 3 continuous + 1 classified) as files.

    Returns a dict: ``continuous`` and ``classified`` paths, ``points`` (a GeoPackage
    with one point per landslide cell), ``landslide_raster`` (0/1 GeoTIFF), ``stack``
    (the arrays) and ``folder``.
    """
    from alsa.alsa_plugin.core.synthetic import make_stack

    stack = make_stack((120, 150), n_continuous=3, n_classified=1, landslide_fraction=0.03, seed=7)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    cont = [write_tif(inputs / f"{f.name}.tif", f.values.astype(np.float32)) for f in stack.factors[:3]]
    cls = [write_tif(inputs / f"{stack.factors[3].name}.tif", stack.factors[3].values, nodata=0)]
    rc = np.argwhere(stack.landslides > 0)
    return {
        "continuous": cont,
        "classified": cls,
        "points": write_points(inputs / "landslides.gpkg", rc),
        "landslide_raster": write_tif(inputs / "landslides.tif", stack.landslides),
        "stack": stack,
        "folder": tmp_path,
    }
