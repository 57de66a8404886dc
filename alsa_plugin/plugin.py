"""The QGIS plugin object: registers the Processing provider, warms the numba kernels."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer

from ..processing_provider.provider import AlsaProvider
from . import warmup_task


class AlsaPlugin:
    """Created by :func:`classFactory`; QGIS calls ``initProcessing``, ``initGui``, ``unload``."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: AlsaProvider | None = None

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        """Register the ``alsa`` Processing provider (also called by qgis_process)."""
        if self.provider is None:
            self.provider = AlsaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.initProcessing()
        # compile or load the numba kernels in the background (not in qgis_process), once QGIS's event
        # loop runs: a warm-up overlapping QGIS 3.40's start-up crashed the desktop about one start in
        # eight (test_desktop.py); deferred, it never did in the same number of starts
        QTimer.singleShot(0, self._start_warmup)

    def _start_warmup(self) -> None:
        if self.provider is not None:  # not unloaded in the meantime
            warmup_task.start()

    def unload(self) -> None:
        warmup_task.cancel()  # a warm-up still running stops after its current kernel
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
