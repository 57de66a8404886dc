"""Build the example model ``resources/models/slope_aspect_certainty_factor.model3``.

DEM → ``native:slope`` and ``native:aspect``; the aspect's nodata → −1 with
``native:fillnodata``; both → ``alsa:certaintyfactor`` as continuous factors, the slope also
for the flat-area constraint (precision 3, bin width optimised with Q = 2, seed 1, training
ratio 0.7). Model inputs ``DEM`` and ``LANDSLIDES``; outputs ``certaintyfactor:LSI`` and
``certaintyfactor:OUTPUT_FOLDER``. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_model.py``.

Why the fill: ``native:aspect`` writes nodata where the slope is exactly 0, which would drop
flat cells from the study area N(A) before the flat-area constraint sees them. Filled with −1
(the flat marker of ArcGIS and SAGA) they stay in N(A) and get a null LSI through
``FLAT_SLOPE`` (SPEC §6). ``native:fillnodata`` also gives −1 to cells outside the DEM (its
nodata); those stay invalid because the slope is nodata there.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "resources" / "models" / "slope_aspect_certainty_factor.model3"
CF_SETTINGS = {"PRECISION": 3, "OPTIMIZE": True, "OPT_PRECISION": 2, "SEED": 1, "TRAIN_RATIO": 0.7}
FLAT_ASPECT = -1.0  # the aspect of flat cells (ArcGIS and SAGA write -1)
DESCRIPTION = (
    "Slope and aspect from a DEM (native:slope, native:aspect) as continuous factors of the "
    "certainty factor method, with the bin width optimised (P = 3, Q = 2, seed 1, 70:30 split) and "
    "the flat-area constraint from the slope. native:aspect leaves flat cells (slope 0) without a "
    "value; native:fillnodata gives them an aspect of -1 (the flat marker of ArcGIS and SAGA), so "
    "they stay in the study area and get a null LSI through the flat-area constraint. Cells outside "
    "the DEM get -1 too but stay out, because their slope has no value. Known limitation: aspect is "
    "circular (359 degrees lies next to 1 degree) but is min-max normalised like any continuous "
    "factor, so north-facing cells end up in the two end bins; you may prefer northness cos(aspect) "
    "and eastness sin(aspect) (e.g. with the raster calculator) as two factors instead. Outputs the "
    "LSI raster and the folder of tables."
)


def build():
    """The model as a QgsProcessingModelAlgorithm (needs QGIS with the alsa provider loaded)."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.PyQt.QtCore import QPointF

    src = QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm("Slope and aspect certainty factor", "ALSA examples", "alsaexamples")
    model.setHelpContent({"ALG_DESC": DESCRIPTION, "ALG_CREATOR": "ALSA for QGIS"})
    inputs = (
        (QgsProcessingParameterRasterLayer("DEM", "DEM"), QPointF(120, 60)),
        (
            QgsProcessingParameterVectorLayer(
                "LANDSLIDES", "Landslides", [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
            ),
            QPointF(520, 60),
        ),
    )
    for definition, pos in inputs:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(pos)
        model.addModelParameter(definition, component)

    for i, (child_id, alg_id) in enumerate((("slope", "native:slope"), ("aspect", "native:aspect"))):
        child = QgsProcessingModelChildAlgorithm(alg_id)
        child.setChildId(child_id)
        child.setDescription(child_id.capitalize())
        child.setPosition(QPointF(60 + 260 * i, 180))
        child.addParameterSources("INPUT", [src.fromModelParameter("DEM")])
        child.addParameterSources("Z_FACTOR", [src.fromStaticValue(1.0)])
        model.addChildAlgorithm(child)

    fill = QgsProcessingModelChildAlgorithm("native:fillnodata")
    fill.setChildId("flataspect")
    fill.setDescription("Aspect of flat cells = -1")
    fill.setPosition(QPointF(320, 260))
    fill.addParameterSources("INPUT", [src.fromChildOutput("aspect", "OUTPUT")])
    fill.addParameterSources("BAND", [src.fromStaticValue(1)])
    fill.addParameterSources("FILL_VALUE", [src.fromStaticValue(FLAT_ASPECT)])
    model.addChildAlgorithm(fill)

    cf = QgsProcessingModelChildAlgorithm("alsa:certaintyfactor")
    cf.setChildId("certaintyfactor")
    cf.setDescription("Certainty factor")
    cf.setPosition(QPointF(360, 340))
    cf.addParameterSources("LANDSLIDES", [src.fromModelParameter("LANDSLIDES")])
    cf.addParameterSources("CONTINUOUS_FACTORS", [src.fromChildOutput(c, "OUTPUT") for c in ("slope", "flataspect")])
    cf.addParameterSources("FLAT_SLOPE", [src.fromChildOutput("slope", "OUTPUT")])
    for key, value in CF_SETTINGS.items():
        cf.addParameterSources(key, [src.fromStaticValue(value)])
    outputs = {}
    for name, child_output, label, dy in (
        ("LSI", "OUTPUT_LSI", "Landslide susceptibility index", 480),
        ("OUTPUT_FOLDER", "OUTPUT_FOLDER", "Certainty factor tables and log", 540),
    ):
        out = QgsProcessingModelOutput(name, label)
        out.setChildId("certaintyfactor")
        out.setChildOutputName(child_output)
        out.setPosition(QPointF(560, dy))
        out.setMandatory(True)
        outputs[name] = out
    cf.setModelOutputs(outputs)
    model.addChildAlgorithm(cf)
    for child in model.childAlgorithms().values():
        _fill_defaults(model, child.childId())
    return model


def _fill_defaults(model, child_id: str) -> None:
    """Give every unset input parameter that has a default its default, as the modeler does."""
    from qgis.core import QgsApplication, QgsProcessingModelChildParameterSource

    child = model.childAlgorithm(child_id)
    alg = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    if alg is None:
        raise SystemExit(f"{child.algorithmId()} is not available: is the provider loaded?")
    for definition in alg.parameterDefinitions():
        name, default = definition.name(), definition.defaultValue()
        if definition.isDestination() or name in child.parameterSources() or default is None:
            continue
        child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(default)])
    model.setChildAlgorithm(child)


def main(path: Path = MODEL) -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    # the provider imports as package ``alsa``: a temporary folder holding an ``alsa`` symlink to the repo
    root = Path(tempfile.mkdtemp(prefix="alsa-model-"))
    link = root / "alsa"
    try:
        os.symlink(ROOT, link)
        sys.path.insert(0, str(root))
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing

        from alsa.processing_provider.provider import AlsaProvider

        Processing.initialize()
        provider = AlsaProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        try:
            model = build()
            ok, errors = model.validate()
            if not ok:
                raise SystemExit("model invalid: " + "; ".join(errors))
            path.parent.mkdir(parents=True, exist_ok=True)
            if not model.toFile(str(path)):
                raise SystemExit(f"could not write {path}")
            print(f"wrote {path.relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path}")
        finally:
            QgsApplication.processingRegistry().removeProvider(provider)
    finally:
        # remove the link itself (never what it points to), then the now empty folder
        if link.is_symlink():
            link.unlink()
        root.rmdir()
    app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL)
