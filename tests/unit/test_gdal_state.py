"""GDAL's exception mode belongs to the user's QGIS: the plugin switches it on for its own calls only.

Each check runs in a fresh interpreter, so that nothing imported or switched by other
tests (the test helpers call ``gdal.UseExceptions()``) hides a module that changes the
mode at import time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from geodata import write_points, write_tif

import alsa
from alsa.alsa_plugin.gis import gdal_state

ROOT = str(Path(alsa.__file__).parent.parent)  # the folder with the ``alsa`` symlink (conftest)

SCRIPT = """
import json, sys
sys.path.insert(0, {root!r})
from osgeo import gdal, ogr, osr

START = {start}
if START:
    gdal.UseExceptions(); ogr.UseExceptions(); osr.UseExceptions()
else:
    gdal.DontUseExceptions(); ogr.DontUseExceptions(); osr.DontUseExceptions()

def mode():
    return [bool(gdal.GetUseExceptions()), bool(ogr.GetUseExceptions()), bool(osr.GetUseExceptions())]

seen = {{"start": mode()}}
import importlib, pkgutil
import alsa.alsa_plugin.gis as gis, alsa.alsa_plugin.jobs as jobs
for pkg in (gis, jobs):
    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(pkg.__name__ + "." + info.name)
seen["imported"] = mode()

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.evaluate_job import EvaluateRequest, run_evaluate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.reclassify_job import run_reclassify

files = json.loads({files!r})
request = StudyRequest([FactorSource("a", files["a"]), FactorSource("b", files["b"])], LandslideSource(files["points"]))
out = run_bivariate(request, BivariateSettings("CF", seed=1), files["out"])
seen["bivariate"] = mode()
run_evaluate(EvaluateRequest(str(out.lsi_path), LandslideSource(files["points"])), files["out"] + "/rates.csv")
seen["evaluate"] = mode()
run_reclassify(files["a"], files["out"] + "/classes.tif", 5)
seen["reclassify"] = mode()
try:
    run_bivariate(StudyRequest([FactorSource("a", files["missing"])], LandslideSource(files["points"])),
                  BivariateSettings("CF", seed=1), files["out2"])
except AlsaInputError:
    seen["failed"] = mode()
print("MODES" + json.dumps(seen))
"""


@pytest.fixture(scope="module")
def small_files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gdal_state")
    rng = np.random.default_rng(3)
    files = {
        "a": write_tif(tmp / "a.tif", rng.random((30, 40)).astype(np.float32), nodata=-9999),
        "b": write_tif(tmp / "b.tif", rng.random((30, 40)).astype(np.float32), nodata=-9999),
        "points": write_points(tmp / "ls.gpkg", [(r, c) for r in range(5, 25, 3) for c in range(4, 36, 5)]),
        "missing": str(tmp / "missing.tif"),
        "out": str(tmp / "out"),
        "out2": str(tmp / "out2"),
    }
    return files


@pytest.mark.parametrize("start", [False, True], ids=["exceptions-off", "exceptions-on"])
def test_importing_and_running_jobs_leaves_the_gdal_mode_alone(small_files, start, tmp_path):
    files = dict(small_files, out=str(tmp_path / "out"), out2=str(tmp_path / "out2"))
    code = SCRIPT.format(root=ROOT, start=start, files=json.dumps(files))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout[done.stdout.index("MODES") + 5 :])
    expected = [start] * 3
    assert seen == {k: expected for k in ("start", "imported", "bivariate", "evaluate", "reclassify", "failed")}


def test_the_mode_is_on_inside_and_restored_after_an_error():
    before = gdal_state.modes()
    with pytest.raises(ZeroDivisionError):
        with gdal_state.gdal_exceptions():
            assert gdal_state.modes() == (True, True, True)
            with gdal_state.gdal_exceptions():  # nested: still on, and the outer block keeps it on
                pass
            assert gdal_state.modes() == (True, True, True)
            1 / 0  # noqa: B018
    assert gdal_state.modes() == before


def test_overlapping_runs_in_two_threads_do_not_restore_the_mode_under_each_other():
    """Thread A leaves while thread B is still inside: B must still see exceptions on."""
    inside_b, a_left, seen = threading.Event(), threading.Event(), []

    def a():
        with gdal_state.gdal_exceptions():
            inside_b.wait(10)
        a_left.set()

    def b():
        with gdal_state.gdal_exceptions():
            inside_b.set()
            a_left.wait(10)
            seen.append(gdal_state.modes())

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert seen == [(True, True, True)]


def test_gdal_message_is_one_line_without_repeats():
    chained = RuntimeError(
        "a.tif, band 1: IReadBlock failed.\nMay be caused by: x() failed.\nMay be caused by: x() failed."
    )
    assert gdal_state.gdal_message(chained) == "a.tif, band 1: IReadBlock failed.; x() failed."
    assert gdal_state.gdal_message(RuntimeError(" plain ")) == "plain"
