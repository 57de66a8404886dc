"""The LSI raster joins the project with a pseudocolour style (red = most susceptible)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
)

from .compat import SHADER_CONTINUOUS, SHADER_INTERPOLATED

_alive: list = []  # QGIS does not own Python post-processors: keep them referenced


def pseudocolour(layer: QgsRasterLayer, ramp_name: str = "Spectral") -> None:
    """Interpolated pseudocolour over the band's min–max, high values red."""
    provider = layer.dataProvider()
    # the default statistics: QGIS 3.40 deprecates every call that names them (int or flags alike)
    stats = provider.bandStatistics(1)
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    ramp.invert()
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1)
    renderer.setClassificationMin(stats.minimumValue)
    renderer.setClassificationMax(stats.maximumValue)
    renderer.createShader(ramp, SHADER_INTERPOLATED, SHADER_CONTINUOUS, 5)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


class LsiStyler(QgsProcessingLayerPostProcessorInterface):
    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if isinstance(layer, QgsRasterLayer):
            pseudocolour(layer)


def load_styled(context: QgsProcessingContext, path: str, name: str) -> None:
    """Ask Processing to add ``path`` to the project when done, styled as an LSI."""
    if context.project() is None:
        return
    if not context.willLoadLayerOnCompletion(path):
        context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails(name, context.project(), name))
    styler = LsiStyler()
    _alive.append(styler)
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(styler)
