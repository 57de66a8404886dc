"""The study inputs every bivariate algorithm shares: parameters in, a :class:`StudyRequest` out.

Parameter names are a stable scripting interface (issue 3). Everything here reads QGIS
layers, so it runs in ``prepareAlgorithm`` on the thread QGIS expects (see
:class:`~.base_algorithm.PreparedAlgorithm`), never in ``processAlgorithm``.

One source of truth for coordinates: the CRS each layer has *in QGIS* (set by the
file, or by the user for a file without one, or overridden). The grid takes the first
factor's QGIS CRS; every raster is read with its own QGIS CRS (``layer_crs``), and
vector layers (landslides, test inventory, mask) are written, reprojected from their
QGIS CRS to the grid's, to temporary GeoPackages that GDAL then rasterises.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..alsa_plugin.core.i18n import tr, tr_noop
from ..alsa_plugin.core.study import SPLIT_BY
from ..alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from . import compat
from .compat import DOUBLE, INTEGER
from .help import PARAMETER_HELP

LANDSLIDE_TYPES = [compat.VECTOR_POINT, compat.VECTOR_POLYGON, compat.RASTER]


def number_parameter(key, label, kind, default, lo, hi, optional=False) -> QgsProcessingParameterNumber:
    """A number parameter; ``kind`` is :data:`compat.INTEGER` or :data:`compat.DOUBLE` (QGIS 3.40 refuses an int)."""
    return QgsProcessingParameterNumber(key, label, kind, default, optional, lo, hi)


SPLIT_BY_LABELS = [  # in the order of core.study.SPLIT_BY
    tr_noop("Landslide cells (ALSA's default)"),
    tr_noop("Whole landslides (no landslide on both sides)"),
]


def add_study_parameters(alg, seed_label: str) -> None:
    """What every bivariate analysis asks first: landslides, split, factors, grid, precision."""
    add_landslide_parameters(alg)
    add_split_parameters(alg, seed_label)
    add_factor_parameters(alg)
    add_grid_parameters(alg)
    alg.addParameter(number_parameter("PRECISION", tr("Precision (decimals of normalised values)"), INTEGER, 3, 0, 6))


def add_split_parameters(alg, seed_label: str) -> None:
    """TRAIN_RATIO, SEED and SPLIT_BY: how the landslides are split into training and test.

    Every algorithm that splits landslides (the bivariate methods, their comparison, the
    factor algorithms and the machine-learning models) adds these, with the same names,
    so one seed gives one split everywhere (read back with :func:`split_by_value`).
    """
    alg.addParameter(number_parameter("TRAIN_RATIO", tr("Training ratio"), DOUBLE, 0.7, 0.01, 1.0))
    alg.addParameter(number_parameter("SEED", seed_label, INTEGER, None, 0, 2**31 - 1, True))
    alg.addParameter(
        QgsProcessingParameterEnum(
            "SPLIT_BY", tr("Split the landslides by"), [tr(x) for x in SPLIT_BY_LABELS], False, 0
        )
    )


def split_by_value(alg, parameters, context) -> str:
    """SPLIT_BY as the core names it: ``"cells"`` or ``"landslides"``."""
    return SPLIT_BY[alg.parameterAsEnum(parameters, "SPLIT_BY", context)]


def describe_parameters(alg, texts: dict[str, str], **values) -> None:
    """Set each parameter's help from ``texts`` (translated, then filled with ``values`` when given).

    Like ALSA 3.0's dialog, every input stays in view; only ALL_TOUCHED sits under Advanced.
    """
    for p in alg.parameterDefinitions():
        if p.name() in texts:
            text = tr(texts[p.name()])
            p.setHelp(text.format(**values) if values else text)


def add_landslide_parameters(alg, test_inventory: bool = True) -> None:
    alg.addParameter(QgsProcessingParameterMapLayer("LANDSLIDES", tr("Landslides"), types=LANDSLIDE_TYPES))
    alg.addParameter(
        QgsProcessingParameterField(
            "WEIGHT_FIELD",
            tr("Landslide weight field (points)"),
            parentLayerParameterName="LANDSLIDES",
            type=compat.FIELD_NUMERIC,
            optional=True,
        )
    )
    touched = QgsProcessingParameterBoolean("ALL_TOUCHED", tr("Polygons mark every cell they touch"), False)
    touched.setFlags(touched.flags() | compat.ADVANCED)
    alg.addParameter(touched)
    if test_inventory:
        alg.addParameter(
            QgsProcessingParameterMapLayer(
                "TEST_LANDSLIDES", tr("Separate test landslides"), types=LANDSLIDE_TYPES, optional=True
            )
        )


def add_factor_parameters(alg) -> None:
    for key, label in (
        ("CONTINUOUS_FACTORS", tr("Continuous factors")),
        ("CLASSIFIED_FACTORS", tr("Classified factors")),
    ):
        alg.addParameter(QgsProcessingParameterMultipleLayers(key, label, compat.RASTER, optional=True))
    names = QgsProcessingParameterString("FACTOR_NAMES", tr("Factor names (comma-separated)"), optional=True)
    names.setHelp(tr(PARAMETER_HELP["FACTOR_NAMES"]))
    alg.addParameter(names)


def add_grid_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Processing extent"), optional=True))
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "MASK", tr("Study-area mask polygons"), [compat.VECTOR_POLYGON], optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            "CELL_SIZE",
            tr("Cell size (default: the first factor's)"),
            DOUBLE,
            optional=True,
            minValue=0.0,
        )
    )


def add_flat_parameter(alg) -> None:
    alg.addParameter(
        QgsProcessingParameterRasterLayer("FLAT_SLOPE", tr("Slope raster for the flat-area constraint"), optional=True)
    )


def safe_name(name: str) -> str:
    """A layer name usable in file names."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "factor"


def raster_path(layer: QgsRasterLayer, label: str) -> str:
    """The file behind a raster layer; a clear error for layers GDAL cannot read."""
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            tr(
                "{label} {layer_name!r} is not a file GDAL can read (provider {layer_providerType}); "
                "save it as a GeoTIFF first"
            ).format(label=label, layer_name=layer.name(), layer_providerType=layer.providerType())
        )
    return layer.source()


def crs_wkt(layer: QgsMapLayer, label: str) -> str:
    """The layer's CRS as QGIS has it (the file's, or the one the user set), as WKT for GDAL."""
    if not layer.crs().isValid():
        raise QgsProcessingException(
            tr(
                "{label}: the layer {layer_name!r} has no CRS; set it in QGIS (Layer Properties ▸ "
                "Source) or assign one to the file (Raster ▸ Projections ▸ Assign Projection)"
            ).format(label=label, layer_name=layer.name())
        )
    return layer.crs().toWkt(compat.WKT_GDAL)


def factor_layers(alg, parameters, context) -> list[tuple[QgsRasterLayer, bool, str]]:
    """(layer, classified, parameter) of every factor: continuous first, then classified."""
    out = []
    for key, classified in (("CONTINUOUS_FACTORS", False), ("CLASSIFIED_FACTORS", True)):
        out += [(layer, classified, key) for layer in alg.parameterAsLayerList(parameters, key, context) or []]
    return out


TEMPORARY_NAME = re.compile(r"(^OUTPUT(_[A-Z0-9]+)*$)|(_OUTPUT(_\d+)?$)")


def in_temp_folder(path: str) -> bool:
    """Whether ``path`` lies in a Processing temporary folder (``processing_…`` in the system's temporary folder,
    QgsProcessingUtils.tempFolder(): where QGIS puts the outputs of steps that are not kept)."""
    if not path:
        return False
    try:
        p = Path(path).resolve()
        temp = Path(QgsProcessingUtils.tempFolder()).resolve()
    except (OSError, ValueError):
        return False
    if p.is_relative_to(temp):
        return True
    return p.is_relative_to(temp.parent) and p.relative_to(temp.parent).parts[0].startswith("processing")


def looks_temporary(name: str, source: str = "") -> bool:
    """A layer name that says nothing: an output parameter's name (OUTPUT, OUTPUT_LSI, …, ``…_OUTPUT_2``) or a
    file in QGIS's temporary folder."""
    return bool(TEMPORARY_NAME.search(name)) or in_temp_folder(source)


def readable_name(layer, notes: list[str] | None = None) -> str:
    """The layer's name; for a temporary output the stem of its file when that file is kept, else the name (noted)."""
    name = layer.name()
    source = layer.source().split("|")[0]
    if not looks_temporary(name, source):
        return name
    stem = Path(source).stem
    if source and not in_temp_folder(source) and stem and not TEMPORARY_NAME.search(stem):
        return stem
    if notes is not None:
        notes.append(
            tr(
                "factor {name!r} is named after a temporary output ({source}); set FACTOR_NAMES to give the "
                "factors readable names"
            ).format(name=name, source=source)
        )
    return name


def given_names(text: str | None, count: int) -> list[str] | None:
    """FACTOR_NAMES as a list of ``count`` distinct names usable in file names, or None when empty."""
    if not text or not text.strip():
        return None
    names = [n.strip() for n in text.split(",")]
    if len(names) != count:
        raise QgsProcessingException(
            tr(
                "FACTOR_NAMES: {n} names for {count} factors; give one name per factor, comma-separated, the "
                "continuous factors first, then the classified factors"
            ).format(n=len(names), count=count)
        )
    if any(not n for n in names):
        raise QgsProcessingException(tr("FACTOR_NAMES: a name is empty; give one name per factor, comma-separated"))
    safe = [safe_name(n) for n in names]
    twice = sorted({n for n in safe if safe.count(n) > 1})
    if twice:
        raise QgsProcessingException(
            tr("FACTOR_NAMES: {names} given more than once (as file names); give every factor its own name").format(
                names=", ".join(twice)
            )
        )
    return safe


def factor_sources(
    layers, layer_crs: dict[str, str], names: list[str] | None = None, notes: list[str] | None = None
) -> list[FactorSource]:
    """A :class:`FactorSource` per factor layer; records its CRS.

    Names: ``names`` (FACTOR_NAMES) when given, else the layer names (:func:`readable_name`), made unique.
    """
    out, used = [], set()
    for i, (layer, classified, key) in enumerate(layers):
        label = (tr("{key}: classified factor") if classified else tr("{key}: continuous factor")).format(key=key)
        path = raster_path(layer, label)
        layer_crs[path] = crs_wkt(layer, f"{key} ({layer.name()!r})")
        base = names[i] if names else safe_name(readable_name(layer, notes))
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        out.append(FactorSource(name, path, classified))
    return out


def export_vector(layer: QgsVectorLayer, crs, context, path: Path, label: str, fields: list[str] = ()) -> str:
    """Write ``layer`` reprojected from its QGIS CRS to ``crs`` as a GeoPackage for GDAL; returns the path."""
    if not layer.crs().isValid():
        raise QgsProcessingException(
            tr("{label}: the layer {layer_name!r} has no valid CRS; set its CRS first").format(
                label=label, layer_name=layer.name()
            )
        )
    transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
    if not transform.isValid():
        raise QgsProcessingException(
            tr("{label}: its CRS {authid} cannot be transformed to {crs_authid}; reproject it first").format(
                label=label, authid=layer.crs().authid(), crs_authid=crs.authid()
            )
        )
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.ct = transform
    opts.attributes = [layer.fields().indexOf(f) for f in fields if f]
    opts.onlySelectedFeatures = False
    err, msg, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context.transformContext(), opts)
    if err != compat.WRITER_NO_ERROR:
        raise QgsProcessingException(
            tr("{label}: could not transform the features to {crs_authid} ({msg})").format(
                label=label, crs_authid=crs.authid(), msg=msg
            )
        )
    return str(path)


GEOMETRY_NAMES = {
    "point": tr_noop("point"),
    "line": tr_noop("line"),
    "polygon": tr_noop("polygon"),
    "none": tr_noop("geometry-less"),
}


def geometry_kind(layer: QgsVectorLayer) -> str:
    """'point', 'line', 'polygon' or 'none' for a vector layer."""
    kind = QgsWkbTypes.geometryType(layer.wkbType())
    return {compat.POINT_GEOMETRY: "point", compat.LINE_GEOMETRY: "line", compat.POLYGON_GEOMETRY: "polygon"}.get(
        kind, "none"
    )


def mask_file(alg, parameters, context, crs, workdir: Path) -> str | None:
    """The MASK polygons (honouring "selected features only") as a GeoPackage in ``crs``, or None."""
    source = alg.parameterAsSource(parameters, "MASK", context)
    if source is None:
        return None
    layer = source.materialize(QgsFeatureRequest())
    kind = geometry_kind(layer)
    if kind != "polygon":
        raise QgsProcessingException(
            tr(
                "MASK: the layer holds {kind} features; the study-area mask must be polygons (or leave MASK empty)"
            ).format(kind=tr(GEOMETRY_NAMES[kind]))
        )
    if layer.featureCount() == 0:
        raise QgsProcessingException(tr("MASK: the layer (or its selection) holds no polygon"))
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
        tr("{key}: reprojected from {crs} to {grid_crs}").format(
            key=key, crs=layer.crs().authid() or layer.crs().description(), grid_crs=crs.authid()
        )
        for key, layer in _layers(alg, parameters, context)
        if layer.type() == compat.VECTOR_LAYER and layer.crs() != crs
    )


def check_weights(layer: QgsVectorLayer, weight: str, key: str) -> list[str]:
    """WEIGHT_FIELD must name a numeric field of the point layer with some positive weight; notes on NULLs."""
    fields = layer.fields()
    numeric = [f.name() for f in fields if f.isNumeric()]
    index = fields.indexOf(weight)
    if index < 0:
        text = (
            tr(
                "WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; its numeric fields are {numeric} "
                "(or leave WEIGHT_FIELD empty: every point counts as one landslide cell)"
            )
            if numeric
            else tr(
                "WEIGHT_FIELD: the layer {layer!r} has no field {field!r}; it has no numeric field "
                "(or leave WEIGHT_FIELD empty: every point counts as one landslide cell)"
            )
        )
        raise QgsProcessingException(text.format(layer=layer.name(), field=weight, numeric=", ".join(numeric)))
    if not fields.at(index).isNumeric():
        raise QgsProcessingException(
            f"WEIGHT_FIELD: the field {weight!r} of {layer.name()!r} holds {fields.at(index).typeName()} values, "
            "not numbers; choose a numeric field"
            + (f" ({', '.join(numeric)})" if numeric else "")
            + " or convert it (Field calculator: to_real)"
        )
    request = QgsFeatureRequest().setFlags(compat.NO_GEOMETRY).setSubsetOfAttributes([index])
    values = [f.attribute(index) for f in layer.getFeatures(request)]
    missing = sum(1 for v in values if v is None or v == NULL)
    numbers = [float(v) for v in values if not (v is None or v == NULL)]
    if any(v < 0 for v in numbers):
        raise QgsProcessingException(
            tr(
                "WEIGHT_FIELD: {value} points of {layer_name!r} have a negative weight in {weight!r}; "
                "weights count landslide cells and must be 0 or more"
            ).format(value=sum(v < 0 for v in numbers), layer_name=layer.name(), weight=weight)
        )
    if not any(v > 0 for v in numbers):
        raise QgsProcessingException(
            tr(
                "WEIGHT_FIELD: every weight in {weight!r} of {layer_name!r} is 0 or NULL, so no "
                "landslide is left; choose another field or leave WEIGHT_FIELD empty"
            ).format(weight=weight, layer_name=layer.name())
        )
    notes = []
    if missing:
        notes.append(
            tr("{key}: {missing} of {values} points have a NULL {weight!r} and are left out (weight 0)").format(
                key=key, missing=missing, values=len(values), weight=weight
            )
        )
    zero = sum(1 for v in numbers if v == 0)
    if zero:
        notes.append(
            tr("{key}: {zero} of {values} points have weight 0 in {weight!r} and count for nothing").format(
                key=key, zero=zero, values=len(values), weight=weight
            )
        )
    return notes


def landslide_source(alg, parameters, key, context, crs, workdir: Path, weight, touched, layer_crs, notes):
    """A :class:`LandslideSource` from a point/polygon layer or a 0/1 raster, or None when unset."""
    layer = alg.parameterAsLayer(parameters, key, context)
    if layer is None:
        return None
    if layer.type() == compat.RASTER_LAYER:
        path = raster_path(layer, key)
        layer_crs[path] = crs_wkt(layer, key)
        if weight:
            raise QgsProcessingException(
                tr("WEIGHT_FIELD applies to point layers; {key} {layer_name!r} is a raster: clear WEIGHT_FIELD").format(
                    key=key, layer_name=layer.name()
                )
            )
        return LandslideSource(path, raster=True)
    if layer.type() != compat.VECTOR_LAYER:
        raise QgsProcessingException(
            tr("{key}: {layer_name!r} is neither a vector nor a raster layer").format(key=key, layer_name=layer.name())
        )
    kind = geometry_kind(layer)
    if kind not in ("point", "polygon"):
        raise QgsProcessingException(
            tr(
                "{key}: the layer {layer_name!r} holds {kind} features; landslides are points, polygons "
                "or a 0/1 raster (buffer lines into polygons first)"
            ).format(key=key, layer_name=layer.name(), kind=tr(GEOMETRY_NAMES[kind]))
        )
    if next(iter(layer.getFeatures(QgsFeatureRequest().setLimit(1))), None) is None:
        raise QgsProcessingException(
            tr("{key}: the layer {layer_name!r} has no feature").format(key=key, layer_name=layer.name())
        )
    if weight:
        if kind != "point":
            raise QgsProcessingException(
                tr(
                    "WEIGHT_FIELD applies to point layers; {key} {layer_name!r} holds polygons: clear WEIGHT_FIELD"
                ).format(key=key, layer_name=layer.name())
            )
        notes += check_weights(layer, weight, key)
    path = export_vector(layer, crs, context, workdir / f"{key.lower()}.gpkg", key, [weight] if weight else [])
    return LandslideSource(path, weight_field=weight or None, all_touched=touched)


def landslide_sources(alg, parameters, context, crs, workdir: Path, layer_crs: dict, notes: list):
    """LANDSLIDES (required) and TEST_LANDSLIDES, with WEIGHT_FIELD and ALL_TOUCHED, exported in ``crs``."""
    weight = alg.parameterAsString(parameters, "WEIGHT_FIELD", context) or None
    touched = alg.parameterAsBoolean(parameters, "ALL_TOUCHED", context)
    args = (context, crs, workdir)
    landslides = landslide_source(alg, parameters, "LANDSLIDES", *args, weight, touched, layer_crs, notes)
    if landslides is None:
        raise QgsProcessingException(tr("LANDSLIDES: choose a landslide point, polygon or 0/1 raster layer."))
    test = landslide_source(alg, parameters, "TEST_LANDSLIDES", *args, None, touched, layer_crs, notes)
    if test is not None:
        a, b = (alg.parameterAsLayer(parameters, k, context) for k in ("LANDSLIDES", "TEST_LANDSLIDES"))
        if a.id() == b.id() or a.source() == b.source():
            notes.append(
                tr(
                    "TEST_LANDSLIDES is the same layer as LANDSLIDES: every landslide trains and tests, so "
                    "the prediction rate only repeats the fit (the success rate); give newer or separate "
                    "events, or leave TEST_LANDSLIDES empty and use TRAIN_RATIO"
                )
            )
    return landslides, test


def study_request(alg, parameters, context, workdir: Path) -> StudyRequest:
    """The request for :func:`alsa_plugin.jobs.inputs.load` (main thread: reads and exports layers)."""
    layers = factor_layers(alg, parameters, context)
    if not layers:
        raise QgsProcessingException(
            tr("No factor: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS.")
        )
    layer_crs: dict[str, str] = {}
    notes: list[str] = []
    text = alg.parameterAsString(parameters, "FACTOR_NAMES", context) if parameters.get("FACTOR_NAMES") else ""
    names = given_names(text, len(layers))
    factors = factor_sources(layers, layer_crs, names, notes)  # checks every factor's CRS before any other layer
    crs = layers[0][0].crs()
    landslides, test = landslide_sources(alg, parameters, context, crs, workdir, layer_crs, notes)
    extent = None
    if parameters.get("EXTENT") not in (None, ""):
        rect = alg.parameterAsExtent(parameters, "EXTENT", context, crs)
        if not rect.isNull() and not rect.isEmpty():
            extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    mask = mask_file(alg, parameters, context, crs, workdir)
    cell = alg.parameterAsDouble(parameters, "CELL_SIZE", context) if parameters.get("CELL_SIZE") else None
    flat = None
    if parameters.get("FLAT_SLOPE"):
        layer = alg.parameterAsRasterLayer(parameters, "FLAT_SLOPE", context)
        flat = raster_path(layer, "FLAT_SLOPE")
        layer_crs[flat] = crs_wkt(layer, "FLAT_SLOPE")
    origins = layer_files(alg, parameters, context)
    notes = list(reprojection_notes(alg, parameters, context, crs)) + notes
    return StudyRequest(
        factors,
        landslides,
        test,
        extent,
        mask,
        cell or None,
        flat,
        origins,
        tuple(notes),
        crs_wkt=layer_crs[factors[0].path],
        layer_crs=layer_crs,
    )


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
