"""QGIS enums that moved between 3.22 and today's releases, in one place.

QGIS 3.30–3.36 moved many enums into ``Qgis`` as scoped enums (``Qgis.ProcessingSourceType``
…); Qt 6 builds (QGIS 4) drop the old unscoped names. Each constant here is the scoped
enum where the running QGIS has it and the 3.22 name otherwise, so the rest of the code
uses one spelling on every supported version (3.22 to 3.40 LTR and newer).
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorFileWriter,
    QgsWkbTypes,
)


def _scoped(enum_name: str, member: str, legacy_owner, legacy_name: str):
    """``Qgis.<enum_name>.<member>`` when this QGIS has it, else ``legacy_owner.<legacy_name>``."""
    enum = getattr(Qgis, enum_name, None)
    if enum is not None and hasattr(enum, member):
        return getattr(enum, member)
    return getattr(legacy_owner, legacy_name)


INTEGER = _scoped("ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber, "Integer")
DOUBLE = _scoped("ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber, "Double")

ADVANCED = _scoped("ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition, "FlagAdvanced")

FIELD_NUMERIC = _scoped("ProcessingFieldParameterDataType", "Numeric", QgsProcessingParameterField, "Numeric")

VECTOR_POINT = _scoped("ProcessingSourceType", "VectorPoint", QgsProcessing, "TypeVectorPoint")
VECTOR_POLYGON = _scoped("ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")
RASTER = _scoped("ProcessingSourceType", "Raster", QgsProcessing, "TypeRaster")

VECTOR_LAYER = _scoped("LayerType", "Vector", QgsMapLayer, "VectorLayer")
RASTER_LAYER = _scoped("LayerType", "Raster", QgsMapLayer, "RasterLayer")

POINT_GEOMETRY = _scoped("GeometryType", "Point", QgsWkbTypes, "PointGeometry")
LINE_GEOMETRY = _scoped("GeometryType", "Line", QgsWkbTypes, "LineGeometry")
POLYGON_GEOMETRY = _scoped("GeometryType", "Polygon", QgsWkbTypes, "PolygonGeometry")

WKT_GDAL = _scoped("CrsWktVariant", "PreferredGdal", QgsCoordinateReferenceSystem, "WKT_PREFERRED_GDAL")

NO_GEOMETRY = _scoped("FeatureRequestFlag", "NoGeometry", QgsFeatureRequest, "NoGeometry")

WRITER_NO_ERROR = QgsVectorFileWriter.WriterError.NoError

SHADER_INTERPOLATED = _scoped("ShaderInterpolationMethod", "Linear", QgsColorRampShader, "Interpolated")
SHADER_CONTINUOUS = _scoped("ShaderClassificationMethod", "Continuous", QgsColorRampShader, "Continuous")
