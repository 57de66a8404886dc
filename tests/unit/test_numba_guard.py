"""numba compiles only where it cannot crash the process: no other LLVM loaded beside llvmlite's."""

from __future__ import annotations

import pytest

from alsa.alsa_plugin.core import _accel, kernels, kernels_numpy, warmup
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest

MESA_19 = "7f3547600000-7f354d000000 r-xp 00000000 08:01 123 /usr/lib/x86_64-linux-gnu/libLLVM.so.19.1\n"
MESA_15 = "7f0000000000-7f0000100000 r-xp 00000000 08:01 124 /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1\n"
PIP_LLVMLITE = "7f1000000000-7f1000100000 r-xp 00000000 08:01 125 /venv/site-packages/llvmlite/binding/libllvmlite.so\n"


@pytest.mark.parametrize(
    "maps, major, conflict",
    [
        ("", 15, None),
        (PIP_LLVMLITE, 15, None),  # llvmlite's own library is not another LLVM
        (MESA_15 + PIP_LLVMLITE, 15, None),  # Debian 12: Mesa and pip's llvmlite both LLVM 15
        (MESA_19, 19, None),  # Debian 13 with Debian's numba, linked to the same LLVM 19
        (MESA_19 + PIP_LLVMLITE, 15, "19"),  # Debian 13 with pip's numba: crashed QGIS 3.40
        (MESA_15 + MESA_19, 15, "19"),
    ],
)
def test_a_different_llvm_in_the_process_is_a_conflict(maps, major, conflict):
    reason = _accel.llvm_conflict(maps, major)
    if conflict is None:
        assert reason is None
    else:
        assert f"numba's LLVM {major} differs from the LLVM {conflict} already loaded" in reason
        assert "python3-numba" in reason


def request_for(files):
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    return StudyRequest(factors, LandslideSource(files["points"]))


@pytest.mark.skipif(not _accel.NUMBA, reason="there is nothing to set aside without numba")
def test_with_a_conflict_the_numpy_kernels_run_the_same_analysis_and_the_log_says_why(stack_files, monkeypatch):
    import numpy as np
    from osgeo import gdal

    out = stack_files["folder"]
    fast = run_bivariate(request_for(stack_files), BivariateSettings("CF", width=0.1, seed=4), out / "numba")
    assert fast.log["software"]["numba"] == "used" and kernels.active() is not kernels_numpy

    from llvmlite import binding

    other = binding.llvm_version_info[0] + 1
    monkeypatch.setattr(_accel, "_process_maps", lambda: f"7f00-7f01 r-xp 0 0:0 1 /usr/lib/libLLVM.so.{other}.1\n")
    monkeypatch.setattr(_accel, "_conflict", None)
    monkeypatch.setattr(_accel, "_checked", False)
    monkeypatch.setattr(_accel, "NUMBA_ERROR", "")
    monkeypatch.setattr(warmup, "READY", type(warmup.READY)())  # not warmed up in this "process"
    compiled = {k: len(k.signatures) for k, _ in warmup._signatures()}
    texts = []
    slow = run_bivariate(
        request_for(stack_files),
        BivariateSettings("CF", width=0.1, seed=4),
        out / "numpy",
        progress=lambda f, m: texts.append(m) or True,
    )
    assert kernels.active() is kernels_numpy
    assert f"differs from the LLVM {other} already loaded" in slow.log["software"]["numba"]
    assert any(f"the LLVM {other} already loaded" in t for t in texts)  # the progress text says it too
    assert (slow.success, slow.prediction) == (fast.success, fast.prediction)
    a, b = (gdal.Open(str(r.lsi_path)).ReadAsArray() for r in (fast, slow))
    np.testing.assert_array_equal(a, b)
    warmup.warm_up()  # nothing to compile: the numpy kernels need no warm-up
    assert warmup.READY.is_set() and compiled == {k: len(k.signatures) for k, _ in warmup._signatures()}
