"""The real QGIS desktop (under the tests' Xvfb) starts with the plugin installed from its zip and enabled.

This is where a plugin that raises while loading shows users one modal error dialog per
algorithm (seen on QGIS 3.40 before the number parameters were fixed): the desktop then
never reaches the probe, and the test fails on its timeout instead of hanging. The probe
waits for the background numba warm-up (a fresh install path: an empty numba cache, so it
compiles): with pip's llvmlite (LLVM 15) beside Mesa's LLVM 19 that crashed QGIS 3.40.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import qgis_profile  # noqa: E402

PROBE = """
import json, os, time
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from alsa.alsa_plugin.core import warmup  # the plugin's package, as QGIS loaded it

START = time.monotonic()


def report():
    if not warmup.READY.is_set() and time.monotonic() - START < 180:
        QTimer.singleShot(200, report)  # the event loop keeps running while the warm-up compiles
        return
    provider = QgsApplication.processingRegistry().providerById("alsa")
    result = {
        "plugins": sorted(qgis.utils.plugins),
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else None,
        "warmed_up": warmup.READY.is_set(),
    }
    with open(os.environ["ALSA_PROBE_OUT"], "w") as fh:
        json.dump(result, fh)
    os._exit(0)  # no "save project?" prompt


report()
"""


@pytest.mark.skipif(not os.environ.get("DISPLAY") or shutil.which("qgis") is None, reason="needs X (xvfb-run)")
def test_the_desktop_loads_the_plugin_and_every_algorithm(tmp_path):
    from alsa.processing_provider.provider import algorithms

    profile = tmp_path / "profile"
    qgis_profile.install(profile)
    (tmp_path / "probe.py").write_text(PROBE)
    base = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "DISPLAY", "XAUTHORITY") if k in os.environ}
    env = qgis_profile.qgis_env(profile, base)  # a desktop user's environment, not the test process's
    env.pop("QT_QPA_PLATFORM")  # the desktop draws on the tests' X server
    env["ALSA_PROBE_OUT"] = str(tmp_path / "probe.json")
    cmd = ["qgis", "--nologo", "--noversioncheck", "--code", str(tmp_path / "probe.py")]
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the QGIS desktop did not reach the probe in 240 s: a Python error dialog at start-up?")
    if not (tmp_path / "probe.json").exists():
        output = f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        pytest.fail(f"QGIS exited ({done.returncode}) before the probe ran:\n{output}")
    seen = json.loads((tmp_path / "probe.json").read_text())
    assert "alsa" in seen["plugins"]
    assert seen["algorithms"] == sorted(f"alsa:{a.name()}" for a in algorithms())
    assert seen["warmed_up"]  # the background warm-up ran to the end beside the desktop (empty numba cache)
