"""Build the example model ``resources/models/slope_aspect_certainty_factor.model3``.

DEM → ``native:slope`` and ``native:aspect`` → ``alsa:certaintyfactor`` (both as continuous
factors, the slope also for the flat-area constraint; precision 3, bin width optimised with
Q = 2, seed 1, training ratio 0.7). Model inputs ``DEM`` and ``LANDSLIDES``; outputs
``certaintyfactor:LSI`` and ``certaintyfactor:OUTPUT_FOLDER``. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_model.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "resources" / "models" / "slope_aspect_certainty_factor.model3"
CF_SETTINGS = {"PRECISION": 3, "OPTIMIZE": True, "OPT_PRECISION": 2, "SEED": 1, "TRAIN_RATIO": 0.7}
DESCRIPTION = (
    "Slope and aspect from a DEM (native:slope, native:aspect) as continuous factors of the "
    "certainty factor method, with the bin width optimised (P = 3, Q = 2, seed 1, 70:30 split) and "
    "the flat-area constraint from the slope. Outputs the LSI raster and the folder of tables."
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
        child.setPosition(QPointF(60 + 200 * i, 200))
        child.addParameterSources("INPUT", [src.fromModelParameter("DEM")])
        child.addParameterSources("Z_FACTOR", [src.fromStaticValue(1.0)])
        model.addChildAlgorithm(child)

    cf = QgsProcessingModelChildAlgorithm("alsa:certaintyfactor")
    cf.setChildId("certaintyfactor")
    cf.setDescription("Certainty factor")
    cf.setPosition(QPointF(360, 340))
    cf.addParameterSources("LANDSLIDES", [src.fromModelParameter("LANDSLIDES")])
    cf.addParameterSources("CONTINUOUS_FACTORS", [src.fromChildOutput(c, "OUTPUT") for c in ("slope", "aspect")])
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
    root = Path(tempfile.mkdtemp(prefix="alsa-model-"))
    os.symlink(ROOT, root / "alsa")
    sys.path.insert(0, str(root))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    from alsa.processing_provider.provider import AlsaProvider

    Processing.initialize()
    provider = AlsaProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    ok, errors = model.validate()
    if not ok:
        raise SystemExit("model invalid: " + "; ".join(errors))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL)
