"""QGIS enums through one shim: the scoped enums where the running QGIS has them, nowhere the old spelling."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import Qgis, QgsProcessingParameterNumber

from alsa.processing_provider import compat

REPO = Path(__file__).resolve().parents[2]
# unscoped names that Qt 6 builds of QGIS drop; only compat.py may name them (as fallbacks)
LEGACY = re.compile(
    r"QgsProcessing\.Type\w+|QgsProcessingParameter\w+\.(Integer|Double|Numeric|Flag\w+)\b|QgsMapLayer\.\w+Layer\b"
    r"|QgsWkbTypes\.\w+Geometry\b|QgsFeatureRequest\.NoGeometry|QgsVectorFileWriter\.NoError|QgsRasterBandStats\.(Min|Max)"
    r"|QgsColorRampShader\.(Interpolated|Continuous)|\.exec_\("
)


def test_every_constant_resolves_to_the_newest_spelling_this_qgis_has():
    constants = {k: v for k, v in vars(compat).items() if k.isupper()}
    assert all(v is not None for v in constants.values())
    if hasattr(Qgis, "ProcessingNumberParameterType"):  # QGIS >= 3.36
        assert compat.DOUBLE is Qgis.ProcessingNumberParameterType.Double
        assert isinstance(compat.VECTOR_POINT, Qgis.ProcessingSourceType)
    else:
        assert compat.DOUBLE == QgsProcessingParameterNumber.Double
    number = QgsProcessingParameterNumber("X", "x", compat.INTEGER, 3, False, 0, 6)  # 3.40 refuses a plain int
    assert number.dataType() == compat.INTEGER


def test_the_lsi_style_reads_statistics_without_deprecated_calls(tmp_path):
    import warnings

    import numpy as np
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    from alsa.processing_provider.styling import pseudocolour

    path = str(tmp_path / "r.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 3, 2, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 1, 0, 2, 0, -1))
    ds.GetRasterBand(1).WriteArray(np.array([[1.5, 2, 3], [4, 5, 7.25]], dtype=np.float32))
    ds = None
    layer = QgsRasterLayer(path, "r")
    with warnings.catch_warnings():  # QGIS 3.40 warns for bandStatistics() with named statistics
        warnings.simplefilter("error", DeprecationWarning)
        pseudocolour(layer)
    renderer = layer.renderer()
    assert (renderer.classificationMin(), renderer.classificationMax()) == (1.5, 7.25)


def test_the_plugin_names_qgis_enums_only_through_compat():
    offenders = []
    for path in [
        REPO / "__init__.py",
        *(REPO / "alsa_plugin").rglob("*.py"),
        *(REPO / "processing_provider").rglob("*.py"),
    ]:
        if path.name == "compat.py":
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if LEGACY.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
