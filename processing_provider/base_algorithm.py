"""A small base for the ``alsa`` algorithms: what every one of them would otherwise repeat."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QCoreApplication

from .study_parameters import rerun_parameters


class AlsaAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (the id after ``alsa:``), ``DISPLAY_NAME``, ``GROUP``, ``GROUP_ID`` and ``HELP``."""

    NAME = DISPLAY_NAME = GROUP = GROUP_ID = HELP = ""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(self.HELP)

    def add(self, param: QgsProcessingParameterDefinition, help_text: str) -> None:
        """Add ``param`` with its help text (shown in the dialog and by ``qgis_process help``)."""
        param.setHelp(self.tr(help_text))
        self.addParameter(param)

    def _log_extra(self, parameters, context) -> dict:
        """What a job's run log adds about the run: the algorithm, QGIS's version and the parameters to rerun it."""
        return {
            "algorithm": f"alsa:{self.name()}",
            "qgis_version": Qgis.version(),
            "parameters": rerun_parameters(self, parameters, context),
        }
