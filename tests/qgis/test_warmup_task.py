"""The plugin warms the numba kernels in a background task; unloading while it runs is safe."""

from __future__ import annotations

import gc
import time

import pytest
from qgis.core import QgsApplication, QgsTask

import alsa
from alsa.alsa_plugin import warmup_task
from alsa.alsa_plugin.core import warmup
from alsa.alsa_plugin.core._accel import NUMBA

pytestmark = pytest.mark.skipif(not NUMBA, reason="numba not used: nothing to warm up")


def _warmup_tasks():
    return [t for t in QgsApplication.taskManager().tasks() if t.description() == warmup_task.DESCRIPTION]


class _SlowKernel:
    """Stands in for a kernel whose compilation takes a while."""

    __name__ = "slow"

    def compile(self, sig):
        time.sleep(0.05)


def test_init_gui_starts_the_warm_up_in_the_task_manager_and_it_completes(
    qgis_iface, qgis_processing, qtbot, not_ready
):
    plugin = alsa.classFactory(qgis_iface)
    plugin.initGui()
    assert not _warmup_tasks()  # deferred until QGIS's event loop runs (after start-up)
    qtbot.waitUntil(lambda: bool(_warmup_tasks()), timeout=5_000)
    tasks = _warmup_tasks()
    assert len(tasks) == 1 and tasks[0].flags() & QgsTask.Flag.CanCancel
    with qtbot.waitSignal(tasks[0].taskCompleted, timeout=180_000):
        pass
    assert warmup.READY.is_set()
    qtbot.waitUntil(lambda: not warmup_task._UNFINISHED)  # finished() ran on the main thread
    plugin.unload()
    plugin.initGui()  # ready: a second load starts nothing
    qtbot.wait(200)
    assert not _warmup_tasks()
    plugin.unload()


def test_unload_before_the_event_loop_runs_starts_no_warm_up(qgis_iface, qgis_processing, qtbot, not_ready):
    plugin = alsa.classFactory(qgis_iface)
    plugin.initGui()
    plugin.unload()
    qtbot.wait(200)
    assert not _warmup_tasks()


def test_unload_while_warming_up_cancels_it_and_nothing_crashes(
    qgis_iface, qgis_processing, qtbot, not_ready, monkeypatch
):
    real = warmup._signatures
    monkeypatch.setattr(warmup, "_signatures", lambda: [(_SlowKernel(), ())] * 200 + real())  # ≥ 10 s
    plugin = alsa.classFactory(qgis_iface)
    plugin.initGui()
    qtbot.waitUntil(lambda: bool(_warmup_tasks()), timeout=5_000)
    (task,) = _warmup_tasks()
    qtbot.waitUntil(lambda: task.progress() > 0, timeout=10_000)  # compiling
    plugin.unload()
    del plugin  # the plugin object goes; the task lives on until it has stopped
    gc.collect()
    qtbot.waitUntil(lambda: not warmup_task._UNFINISHED and not _warmup_tasks(), timeout=10_000)
    assert not warmup.READY.is_set()  # cancelled after the kernel it was compiling
    assert not warmup._LOCK.locked()


def test_a_run_started_during_the_warm_up_says_so_waits_and_runs(
    qgis_iface, qgis_processing, qtbot, not_ready, monkeypatch, stack_files, tmp_path
):
    import processing
    from qgis.core import QgsProcessingFeedback

    real = warmup._signatures
    monkeypatch.setattr(warmup, "_signatures", lambda: [(_SlowKernel(), ())] * 20 + real())  # ≥ 1 s
    plugin = alsa.classFactory(qgis_iface)
    plugin.initGui()
    qtbot.waitUntil(lambda: bool(_warmup_tasks()), timeout=5_000)
    (task,) = _warmup_tasks()
    qtbot.waitUntil(lambda: task.progress() > 0, timeout=10_000)  # the warm-up is under way

    texts = []

    class Feedback(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 - QGIS API
            super().setProgressText(text)
            texts.append(text)

    params = {
        "LANDSLIDES": stack_files["points"],
        "CONTINUOUS_FACTORS": stack_files["continuous"],
        "CLASSIFIED_FACTORS": stack_files["classified"],
        "SEED": 5,
        "OUTPUT_FOLDER": str(tmp_path / "out"),
    }
    result = processing.run("alsa:certaintyfactor", params, feedback=Feedback())
    encoding = next(i for i, t in enumerate(texts) if t.startswith("encoding factor"))
    assert texts.index(warmup.MESSAGE) < encoding and warmup.READY.is_set()
    assert 0.5 < result["SUCCESS_RATE"] <= 1
    qtbot.waitUntil(lambda: not warmup_task._UNFINISHED)
    plugin.unload()
