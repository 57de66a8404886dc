"""The study inputs every bivariate algorithm shares: parameters in, a :class:`StudyRequest` out.

Parameter names are a stable scripting interface (issue 3). Vector layers (landslides,
test inventory, mask) are written, reprojected to the grid's CRS (the first factor's),
to a temporary GeoPackage that GDAL then rasterises.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest

LANDSLIDE_TYPES = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeRaster]


def number_parameter(key, label, kind, default, lo, hi, optional=False) -> QgsProcessingParameterNumber:
    """A number parameter; ``kind`` 0 = integer, 1 = double."""
    return QgsProcessingParameterNumber(key, label, kind, default, optional, lo, hi)


def add_study_parameters(alg, seed_label: str) -> None:
    """What every bivariate analysis asks first: landslides, split, factors, grid, precision."""
    add_landslide_parameters(alg)
    alg.addParameter(number_parameter("TRAIN_RATIO", "Training ratio", 1, 0.7, 0.01, 1.0))
    alg.addParameter(number_parameter("SEED", seed_label, 0, None, 0, 2**31 - 1, True))
    add_factor_parameters(alg)
    add_grid_parameters(alg)
    alg.addParameter(number_parameter("PRECISION", "Precision (decimals of normalised values)", 0, 3, 0, 6))


def describe_parameters(alg, texts: dict[str, str]) -> None:
    """Set each parameter's help from ``texts`` (translated).

    Like ALSA 3.0's dialog, every input stays in view; only ALL_TOUCHED sits under Advanced.
    """
    for p in alg.parameterDefinitions():
        if p.name() in texts:
            p.setHelp(alg.tr(texts[p.name()]))


def add_landslide_parameters(alg, test_inventory: bool = True) -> None:
    alg.addParameter(QgsProcessingParameterMapLayer("LANDSLIDES", "Landslides", types=LANDSLIDE_TYPES))
    alg.addParameter(
        QgsProcessingParameterField(
            "WEIGHT_FIELD",
            "Landslide weight field (points)",
            parentLayerParameterName="LANDSLIDES",
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
    )
    touched = QgsProcessingParameterBoolean("ALL_TOUCHED", "Polygons mark every cell they touch", False)
    touched.setFlags(touched.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(touched)
    if test_inventory:
        alg.addParameter(
            QgsProcessingParameterMapLayer(
                "TEST_LANDSLIDES", "Separate test landslides", types=LANDSLIDE_TYPES, optional=True
            )
        )


def add_factor_parameters(alg) -> None:
    for key, label in (("CONTINUOUS_FACTORS", "Continuous factors"), ("CLASSIFIED_FACTORS", "Classified factors")):
        alg.addParameter(QgsProcessingParameterMultipleLayers(key, label, QgsProcessing.TypeRaster, optional=True))


def add_grid_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterExtent("EXTENT", "Processing extent", optional=True))
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "MASK", "Study-area mask polygons", [QgsProcessing.TypeVectorPolygon], optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            "CELL_SIZE",
            "Cell size (default: the first factor's)",
            QgsProcessingParameterNumber.Double,
            optional=True,
            minValue=0.0,
        )
    )


def add_flat_parameter(alg) -> None:
    alg.addParameter(
        QgsProcessingParameterRasterLayer("FLAT_SLOPE", "Slope raster for the flat-area constraint", optional=True)
    )


def safe_name(name: str) -> str:
    """A layer name usable in file names."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "factor"


def raster_path(layer: QgsRasterLayer, label: str) -> str:
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            f"{label} {layer.name()!r} is not a file GDAL can read (provider {layer.providerType()}); "
            "save it as a GeoTIFF first"
        )
    return layer.source()


def factor_sources(alg, parameters, context) -> list[FactorSource]:
    """Continuous then classified factors; names from the layer names, made unique."""
    out, names = [], set()
    for key, classified in (("CONTINUOUS_FACTORS", False), ("CLASSIFIED_FACTORS", True)):
        for layer in alg.parameterAsLayerList(parameters, key, context) or []:
            label = "classified factor" if classified else "continuous factor"
            name, n = safe_name(layer.name()), 2
            while name in names:
                name, n = f"{safe_name(layer.name())}_{n}", n + 1
            names.add(name)
            out.append(FactorSource(name, raster_path(layer, label), classified))
    return out


def export_vector(layer: QgsVectorLayer, crs, context, path: Path, label: str, fields: list[str] = ()) -> str:
    """Write ``layer`` reprojected to ``crs`` as a GeoPackage for GDAL; returns the path."""
    if not layer.crs().isValid():
        raise QgsProcessingException(f"{label}: the layer {layer.name()!r} has no valid CRS; set its CRS first")
    transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
    if not transform.isValid():
        raise QgsProcessingException(
            f"{label}: its CRS {layer.crs().authid()} cannot be transformed to {crs.authid()}; reproject it first"
        )
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.ct = transform
    opts.attributes = [layer.fields().indexOf(f) for f in fields if f]
    opts.onlySelectedFeatures = False
    err, msg, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context.transformContext(), opts)
    if err != QgsVectorFileWriter.NoError:
        raise QgsProcessingException(f"{label}: could not transform the features to {crs.authid()} ({msg})")
    return str(path)


def mask_file(alg, parameters, context, crs, workdir: Path) -> str | None:
    """The MASK polygons (honouring "selected features only") as a GeoPackage in ``crs``, or None."""
    source = alg.parameterAsSource(parameters, "MASK", context)
    if source is None:
        return None
    layer = source.materialize(QgsFeatureRequest())
    if layer.featureCount() == 0:
        raise QgsProcessingException("MASK: the layer (or its selection) holds no polygon")
    return export_vector(layer, crs, context, workdir / "mask.gpkg", "MASK")


EXPORTED = ("LANDSLIDES", "TEST_LANDSLIDES", "MASK")  # the layer parameters that may be vectors to export


def _layers(alg, parameters, context, keys=EXPORTED):
    """(key, layer) of each layer parameter that is set."""
    for key in keys:
        layer = alg.parameterAsLayer(parameters, key, context) if parameters.get(key) else None
        if layer is not None:
            yield key, layer


def layer_files(alg, parameters, context) -> tuple[str, ...]:
    """The files behind the landslide and mask layers (``path|layername=…`` → ``path``), to protect them."""
    return tuple(layer.source().split("|")[0] for _, layer in _layers(alg, parameters, context))


def reprojection_notes(alg, parameters, context, crs) -> tuple[str, ...]:
    """A log line for each vector layer exported into the grid's CRS from another."""
    return tuple(
        f"{key}: reprojected from {layer.crs().authid() or layer.crs().description()} to {crs.authid()}"
        for key, layer in _layers(alg, parameters, context)
        if layer.type() == QgsMapLayer.VectorLayer and layer.crs() != crs
    )


def landslide_source(alg, parameters, key, context, crs, workdir: Path, weight: str | None, touched: bool):
    """A :class:`LandslideSource` from a point/polygon layer or a 0/1 raster, or None when unset."""
    layer = alg.parameterAsLayer(parameters, key, context)
    if layer is None:
        return None
    if layer.type() == QgsMapLayer.RasterLayer:
        return LandslideSource(raster_path(layer, key), raster=True)
    if next(iter(layer.getFeatures(QgsFeatureRequest().setLimit(1))), None) is None:
        raise QgsProcessingException(f"{key}: the layer {layer.name()!r} has no feature")
    path = export_vector(layer, crs, context, workdir / f"{key.lower()}.gpkg", key, [weight] if weight else [])
    return LandslideSource(path, weight_field=weight or None, all_touched=touched)


def landslide_sources(alg, parameters, context, crs, workdir: Path) -> tuple[LandslideSource, LandslideSource | None]:
    """LANDSLIDES (required) and TEST_LANDSLIDES, with WEIGHT_FIELD and ALL_TOUCHED, exported in ``crs``."""
    weight = alg.parameterAsString(parameters, "WEIGHT_FIELD", context) or None
    touched = alg.parameterAsBoolean(parameters, "ALL_TOUCHED", context)
    landslides = landslide_source(alg, parameters, "LANDSLIDES", context, crs, workdir, weight, touched)
    if landslides is None:
        raise QgsProcessingException("LANDSLIDES: choose a landslide point, polygon or 0/1 raster layer.")
    test = landslide_source(alg, parameters, "TEST_LANDSLIDES", context, crs, workdir, None, touched)
    return landslides, test


def study_request(alg, parameters, context, workdir: Path) -> tuple[StudyRequest, object]:
    """The request for :func:`alsa_plugin.jobs.inputs.load` and the grid CRS."""
    factors = factor_sources(alg, parameters, context)
    if not factors:
        raise QgsProcessingException("No factor: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS.")
    first = alg.parameterAsLayerList(parameters, "CONTINUOUS_FACTORS", context) or alg.parameterAsLayerList(
        parameters, "CLASSIFIED_FACTORS", context
    )
    crs = first[0].crs()
    landslides, test = landslide_sources(alg, parameters, context, crs, workdir)
    extent = None
    if parameters.get("EXTENT") not in (None, ""):
        rect = alg.parameterAsExtent(parameters, "EXTENT", context, crs)
        if not rect.isNull() and not rect.isEmpty():
            extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    mask = mask_file(alg, parameters, context, crs, workdir)
    cell = alg.parameterAsDouble(parameters, "CELL_SIZE", context) if parameters.get("CELL_SIZE") else None
    flat = None
    if parameters.get("FLAT_SLOPE"):
        flat = raster_path(alg.parameterAsRasterLayer(parameters, "FLAT_SLOPE", context), "FLAT_SLOPE")
    origins = layer_files(alg, parameters, context)
    notes = reprojection_notes(alg, parameters, context, crs)
    return StudyRequest(factors, landslides, test, extent, mask, cell or None, flat, origins, notes), crs


def rerun_parameters(alg, parameters, context) -> dict:
    """The parameters as plain values, every layer by its source, so a log can repeat the run."""
    out = {}
    for d in alg.parameterDefinitions():
        key, kind = d.name(), d.type()
        if parameters.get(key) is None:
            if d.defaultValue() is not None and not d.isDestination():
                out[key] = d.defaultValue()
            continue
        if kind == "multilayer":
            value = [lyr.source() for lyr in alg.parameterAsLayerList(parameters, key, context)]
        elif kind in ("layer", "raster", "vector", "source"):
            layer = alg.parameterAsLayer(parameters, key, context)
            value = layer.source() if layer is not None else str(parameters[key])
        elif kind == "rasterDestination":
            value = alg.parameterAsOutputLayer(parameters, key, context)
        else:
            value = parameters[key]
            if not isinstance(value, (str, int, float, bool)):
                value = alg.parameterAsString(parameters, key, context)
        out[key] = value
    return out


def seed_value(alg, parameters, context) -> int | None:
    """SEED as an int, or None when it is empty."""
    return alg.parameterAsInt(parameters, "SEED", context) if parameters.get("SEED") is not None else None


@contextmanager
def exported_inputs(alg, parameters, context):
    """``(request, crs)`` of :func:`study_request`, its exported layers in a temporary folder removed afterwards."""
    workdir = Path(tempfile.mkdtemp(prefix="alsa-"))
    try:
        yield study_request(alg, parameters, context, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
