"""One run of an ``alsa`` Processing algorithm in the background, as the toolbox runs it.

:class:`AlgorithmRun` wraps ``QgsProcessingAlgRunnerTask`` in QGIS's task manager:
QGIS prepares the algorithm on the main thread (layers are read there), processes it on
a worker thread, and emits ``executed`` on the main thread, where :class:`AlgorithmRun`
reports ``done``. The worker thread only calls the feedback, whose signals reach the
dialog queued on the main thread; no widget or layer is touched from it.
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...processing_provider.styling import pseudocolour
from ..core.i18n import tr
from .validation import release_folder

_running: set = set()  # runs under way, kept alive whatever happens to the dialog that started them


class RunFeedback(QgsProcessingFeedback):
    """Processing feedback that also signals the step text and keeps the errors reported."""

    stepChanged = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def setProgressText(self, text: str) -> None:  # noqa: N802 - QGIS API
        super().setProgressText(text)
        self.stepChanged.emit(text)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803 - QGIS API
        self.errors.append(error)
        super().reportError(error, fatalError)


class AlgorithmRun(QObject):
    """``done(ok, results, message)``: results on success, else the algorithm's own message."""

    progressChanged = pyqtSignal(float)  # noqa: N815
    stepChanged = pyqtSignal(str)  # noqa: N815
    done = pyqtSignal(bool, dict, str)

    def __init__(self, algorithm_id: str, parameters: dict, project: QgsProject, folder: str = ""):
        super().__init__()  # no parent: it outlives a dialog closed or unloaded during the run
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            raise ValueError(tr("The ALSA Processing provider is not loaded; enable the plugin again."))
        self.parameters = parameters
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.feedback = RunFeedback()
        self.feedback.progressChanged.connect(self.progressChanged)
        self.feedback.stepChanged.connect(self.stepChanged)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        self.folder = folder  # claimed by the caller (validation.claim_folder), released when the task ends
        self.cancelled = False
        self.finished = False

    def start(self) -> None:
        _running.add(self)  # the task uses the context and the feedback until it ends
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        if not self.finished:
            self.cancelled = True
            self.feedback.cancel()

    def _executed(self, ok: bool, results: dict) -> None:
        self.finished = True
        self.task = None  # the task manager deletes the task
        _running.discard(self)
        if self.folder:
            release_folder(self.folder)
        if ok and not self.cancelled:
            self.done.emit(True, dict(results), "")
        elif self.cancelled:
            self.done.emit(False, {}, tr("Cancelled: no output file was written."))
        else:
            message = self.feedback.errors[-1] if self.feedback.errors else tr("The run failed (see the log panel).")
            self.done.emit(False, {}, plain_message(message))


def plain_message(message: str) -> str:
    """An error for the user: a Python traceback (an unexpected error) shrinks to its last line."""
    if "Traceback (most recent call last)" not in message:
        return message.strip()
    last = [line.strip() for line in message.strip().splitlines() if line.strip()][-1]
    return tr("{error} (an unexpected error: the details are in the log panel, Processing tab)").format(error=last)


def run_files(results: dict) -> list[Path]:
    """The files the run wrote, as its log lists them."""
    try:
        log = json.loads(Path(results["LOG"]).read_text(encoding="utf-8"))
    except (KeyError, OSError, ValueError):
        return []
    return [Path(p) for p in log.get("files", []) if Path(p).is_file()]


def lsi_path(results: dict) -> Path | None:
    """The susceptibility raster of a run: a method's LSI, a model's probability, or a comparison's best raster."""
    for key in ("OUTPUT_LSI", "OUTPUT_PROBABILITY", "BEST_RASTER"):
        if results.get(key):
            return Path(results[key])
    best = results.get("BEST_METHOD")
    found = [p for p in run_files(results) if best and p.name.startswith(f"LSI_{best}_")]
    return found[0] if found else None


def add_results(project: QgsProject, group_name: str, results: dict, favourability: bool) -> list[QgsRasterLayer]:
    """The LSI or probability (and on request the favourability rasters) in a new layer-tree group, styled as the
    toolbox does."""
    paths = [p for p in [lsi_path(results)] if p is not None]
    if favourability:
        paths += sorted(p for p in run_files(results) if p.name.startswith("Favourability_") and p.suffix == ".tif")
    group = project.layerTreeRoot().insertGroup(0, group_name)
    layers = []
    for path in paths:
        layer = QgsRasterLayer(str(path), path.stem)
        if not layer.isValid():
            continue
        pseudocolour(layer)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    return layers
