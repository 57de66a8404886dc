"""The QGIS plugin object: registers the Processing provider, adds the dialog's menu entry and toolbar icon,
warms the numba kernels."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..processing_provider.provider import AlsaProvider
from . import i18n, warmup_task
from .core.i18n import tr


class AlsaPlugin:
    """Created by :func:`classFactory`; QGIS calls ``initProcessing``, ``initGui``, ``unload``."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: AlsaProvider | None = None
        self.action: QAction | None = None
        self.dialog = None
        self.translator = i18n.install()  # QGIS's language, before any label or help text is made

    @staticmethod
    def tr(text: str) -> str:
        return tr(text)

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        """Register the ``alsa`` Processing provider (also called by qgis_process)."""
        if self.provider is None:
            self.provider = AlsaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.initProcessing()
        icon = QIcon(str(Path(__file__).resolve().parents[1] / "resources" / "icon.svg"))
        self.action = QAction(icon, self.tr("Landslide susceptibility (ALSA)…"), self.iface.mainWindow())
        self.action.triggered.connect(self.show_dialog)
        self.iface.addPluginToMenu(self.tr("&ALSA"), self.action)
        self.iface.addToolBarIcon(self.action)
        # compile or load the numba kernels in the background (not in qgis_process) once QGIS's event loop
        # runs, not during its start-up. (The desktop crashes seen on QGIS 3.40 came from pip's llvmlite
        # beside Mesa's LLVM, not from the timing: core._accel.numba_usable guards against that.)
        QTimer.singleShot(0, self._start_warmup)

    def show_dialog(self) -> None:
        """Open the ALSA dialog (created once, kept with its settings while QGIS runs)."""
        if self.dialog is None:
            from .gui.dialog import AlsaDialog  # the form loads only when first asked for

            self.dialog = AlsaDialog(self.iface, self.iface.mainWindow())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _start_warmup(self) -> None:
        if self.provider is not None:  # not unloaded in the meantime
            warmup_task.start()

    def unload(self) -> None:
        warmup_task.cancel()  # a warm-up still running stops after its current kernel
        if self.action is not None:
            remove_menu = getattr(self.iface, "removePluginMenu", None)  # pytest-qgis's stand-in iface has none
            if remove_menu is not None:
                remove_menu(self.tr("&ALSA"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dialog is not None:
            self.dialog.cancel_run()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove(self.translator)
        self.translator = None
