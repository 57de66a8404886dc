"""The numba warm-up (``core.warmup``) as a background task in QGIS's task manager.

Started by the plugin's ``initGui``: the kernels are compiled (first session after
installing or upgrading the plugin, 15-30 s) or loaded from numba's cache (about a
second) while the user sets up a run. A run started before it ends says so in its
progress text and waits (``core.warmup.ensure_ready``). ``qgis_process`` calls only
``initProcessing`` and starts no warm-up: there a run compiles what it needs, as before.

``run()`` executes in a worker thread: it touches no widget or layer, catches every
exception and leaves reporting to ``finished()``, which QGIS calls in the main thread.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask

from .core import warmup
from .core.errors import Cancelled
from .core.i18n import tr, tr_noop

DESCRIPTION = tr_noop("ALSA: preparing the numba kernels")

_FLAGS = QgsTask.Flag.CanCancel | QgsTask.Flag.CancelWithoutPrompt  # quitting QGIS need not ask
if hasattr(QgsTask.Flag, "Silent"):  # QGIS ≥ 3.26: no desktop notification when it completes
    _FLAGS |= QgsTask.Flag.Silent

_UNFINISHED: set[WarmUpTask] = set()
"""Tasks from addTask until finished(): keeps their Python side alive, also past the plugin's unload."""


class WarmUpTask(QgsTask):
    """Compiles or loads every numba kernel signature a run uses; cancellable between kernels."""

    def __init__(self):
        super().__init__(tr(DESCRIPTION), _FLAGS)
        self.error: str | None = None

    def run(self) -> bool:  # worker thread
        try:
            warmup.warm_up(self._progress)
        except Cancelled:
            return False
        except Exception as exc:  # noqa: BLE001 - a worker thread must not raise; finished() reports it
            self.error = f"{type(exc).__name__}: {exc}"
            return False
        return True

    def _progress(self, fraction: float, _message: str) -> bool:
        self.setProgress(100.0 * fraction)
        return not self.isCanceled()

    def finished(self, result: bool) -> None:  # main thread
        _UNFINISHED.discard(self)
        if self.error is not None:
            QgsMessageLog.logMessage(
                tr("Preparing the numba kernels failed ({error}); the first run will try again.").format(
                    error=self.error
                ),
                "ALSA",
                Qgis.MessageLevel.Warning,
            )


def start() -> WarmUpTask | None:
    """Queue the warm-up in QGIS's task manager; None when the kernels are ready already (or numba is not used)."""
    if warmup.READY.is_set():
        return None
    task = WarmUpTask()
    _UNFINISHED.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def cancel() -> None:
    """Ask every unfinished warm-up to stop (it does after the kernel it is compiling); never waits."""
    for task in list(_UNFINISHED):
        try:
            task.cancel()
        except RuntimeError:  # its C++ side is gone (QGIS shutting down): nothing left to stop
            _UNFINISHED.discard(task)
