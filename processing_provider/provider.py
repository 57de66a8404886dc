"""The ``alsa`` Processing provider: lists its algorithms explicitly."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..alsa_plugin.core.i18n import tr

ICON = Path(__file__).resolve().parents[1] / "resources" / "icon.svg"


class AlsaProvider(QgsProcessingProvider):
    """Provider id ``alsa``."""

    def id(self) -> str:
        return "alsa"

    def name(self) -> str:
        return tr("ALSA landslide susceptibility")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for alg in algorithms():
            self.addAlgorithm(alg)


def algorithms() -> list:
    """Every algorithm of the provider, listed explicitly."""
    from .compare_algorithm import CompareBivariateAlgorithm
    from .compare_models_algorithm import CompareModelsAlgorithm
    from .decisiveness_algorithm import DecisivenessAlgorithm
    from .evaluate_algorithm import EvaluateAlgorithm
    from .factor_analysis_algorithm import FactorAnalysisAlgorithm
    from .method_algorithms import METHOD_ALGORITHMS
    from .model_algorithms import MODEL_ALGORITHMS
    from .reclassify_algorithm import ReclassifyAlgorithm
    from .sample_data_algorithm import SampleDataAlgorithm
    from .zones_algorithm import ZonesAlgorithm

    return (
        [cls() for cls in METHOD_ALGORITHMS]
        + [
            CompareBivariateAlgorithm(),
            ReclassifyAlgorithm(),
            EvaluateAlgorithm(),
            ZonesAlgorithm(),
            DecisivenessAlgorithm(),
            FactorAnalysisAlgorithm(),
            SampleDataAlgorithm(),
        ]
        + [cls() for cls in MODEL_ALGORITHMS]
        + [CompareModelsAlgorithm()]
    )
