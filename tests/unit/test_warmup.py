"""The numba warm-up: it covers every signature a real run uses, a run says when it must wait, no-op without numba."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from geodata import write_tif

from alsa.alsa_plugin.core import Cancelled, Factor, optimise, prepare, run, warmup
from alsa.alsa_plugin.core._accel import NUMBA
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.compare_job import CompareSettings, run_compare
from alsa.alsa_plugin.jobs.evaluate_job import EvaluateRequest, run_evaluate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest

needs_numba = pytest.mark.skipif(not NUMBA, reason="numba not used (missing or ALSA_DISABLE_NUMBA)")


def _dispatchers():
    import numba

    from alsa.alsa_plugin.core import kernels_numba

    items = vars(kernels_numba).items()
    return {name: d for name, d in items if isinstance(d, numba.core.registry.CPUDispatcher)}


@pytest.fixture
def recorded_calls(monkeypatch):
    """Every (kernel, argument types) the Python side calls, as numba's dispatcher types them; and the warm-up's."""
    import numba

    from alsa.alsa_plugin.core import kernels, kernels_numba

    warmup.warm_up()  # with the real dispatchers: it compiles through them
    warmed = {(d.__name__, sig) for d, sig in warmup._signatures()}
    calls = set()

    def recording(d):
        def call(*args):
            calls.add((d.__name__, tuple(numba.typeof(a) for a in args)))
            return d(*args)

        return call

    for name, d in _dispatchers().items():
        monkeypatch.setattr(kernels_numba, name, recording(d))
        if hasattr(kernels, name):  # remap and lsi_sum are called straight from kernels
            monkeypatch.setattr(kernels, name, recording(d))
    return calls, warmed


def _real_runs(stack_files):
    """What the toolbox runs: GeoTIFFs read by the GIS layer (float32, int32 classes; a float32 classified
    raster too), precision 3 (uint16 codes) and 5 (uint32), an optimisation, an evaluation and a comparison
    (its conventional scenarios are uint8 class codes)."""
    files = stack_files
    geology_f32 = write_tif(files["folder"] / "geology_f32.tif", files["stack"].factors[3].values.astype(np.float32))
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    factors += [FactorSource("geology", files["classified"][0], classified=True)]
    factors += [FactorSource("geology_f32", geology_f32, classified=True)]
    request = StudyRequest(factors, LandslideSource(files["points"]))
    out = files["folder"] / "out"
    run_bivariate(request, BivariateSettings("CF", precision=3, seed=1), out / "p3")
    run_bivariate(request, BivariateSettings("FR", precision=2, optimize=True, opt_precision=1, seed=1), out / "opt")
    result = run_bivariate(request, BivariateSettings("IV", precision=5, seed=1), out / "p5")
    run_evaluate(EvaluateRequest(str(result.lsi_path), LandslideSource(files["points"])))
    run_compare(request, CompareSettings(precision=2, opt_precision=1, classes=(3,), seed=1), out / "compare")


@needs_numba
def test_after_the_warm_up_a_real_run_compiles_nothing(stack_files, recorded_calls):
    before = {name: set(d.signatures) for name, d in _dispatchers().items()}
    _real_runs(stack_files)
    after = {name: set(d.signatures) for name, d in _dispatchers().items()}
    assert {name: after[name] - before[name] for name in after if after[name] != before[name]} == {}
    # stricter, whatever earlier tests compiled: every call a run makes is one the warm-up compiles
    recorded_calls, warmed = recorded_calls
    assert recorded_calls <= warmed, recorded_calls - warmed
    assert recorded_calls == warmed, warmed - recorded_calls  # and it compiles nothing these runs do not use


@needs_numba
def test_the_warm_up_only_compiles_it_never_runs_a_kernel(not_ready, monkeypatch):
    """So it can never launch parallel work beside a run (numba's workqueue layer would abort)."""
    from numba.core.registry import CPUDispatcher

    from alsa.alsa_plugin.core import kernels_numba

    monkeypatch.setattr(CPUDispatcher, "__call__", lambda *a, **k: pytest.fail("a kernel ran"), raising=False)
    with pytest.raises(pytest.fail.Exception):  # the trap works
        kernels_numba.remap(np.zeros(1, np.uint16), np.zeros(1, np.uint16))
    warmup.warm_up()
    assert warmup.READY.is_set()


def _small_factors():
    x = np.random.default_rng(0).random((30, 40)).astype(np.float32)
    return [Factor("x", x)], (x > 0.95).astype(np.float32)


@needs_numba
def test_a_run_that_finds_the_kernels_not_ready_says_so_first(not_ready):
    """Nothing warming up (qgis_process): it says so once, then compiles what it needs as it goes."""
    messages = []
    factors, landslides = _small_factors()
    study = prepare(factors, landslides, seed=1, progress=lambda f, m: messages.append((f, m)))
    assert messages[:2] == [(0.0, warmup.MESSAGE), (0.0, "encoding factor x")]
    run(study, "CF", 0.1)
    warmup.warm_up()
    messages.clear()
    prepare(factors, landslides, seed=1, progress=lambda f, m: messages.append((f, m)))
    assert messages[0] == (0.0, "encoding factor x")  # ready: not a word


@needs_numba
def test_a_run_waits_for_a_warm_up_under_way(not_ready):
    factors, landslides = _small_factors()
    messages = []
    warmup._LOCK.acquire()  # a warm-up in another thread ...
    finish = threading.Timer(0.6, lambda: (warmup.READY.set(), warmup._LOCK.release()))  # ... ends in 0.6 s
    finish.start()
    prepare(factors, landslides, seed=1, progress=lambda f, m: messages.append((f, m, warmup.READY.is_set())))
    finish.join()
    said = [m for _, m, _ in messages]
    first = said.index("encoding factor x")
    assert first >= 2 and said[:first] == [warmup.MESSAGE] * first  # said again while waiting
    assert messages[first][2], "encoding began before the warm-up ended"


@needs_numba
def test_cancelling_while_warming_up_or_waiting(not_ready):
    with pytest.raises(Cancelled):
        warmup.warm_up(lambda f, m: False)
    assert not warmup.READY.is_set()
    answers = iter([True, True, False])
    with warmup._LOCK:  # another thread is warming up: the waiting run can still be cancelled
        with pytest.raises(Cancelled):
            warmup.ensure_ready(lambda f, m: next(answers))
        with pytest.raises(Cancelled):
            warmup.warm_up(lambda f, m: False)
    assert not warmup.READY.is_set()


@needs_numba
def test_concurrent_warm_ups_and_runs(not_ready, stack_files):
    errors = []

    def guarded(fn):
        def inner():
            try:
                fn()
            except Exception as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)

        return inner

    factors = [Factor(f"c{i}", f.values.astype(np.float32)) for i, f in enumerate(stack_files["stack"].factors[:3])]
    landslides = stack_files["stack"].landslides
    threads = [threading.Thread(target=guarded(warmup.warm_up)) for _ in range(3)]
    threads += [threading.Thread(target=guarded(lambda: optimise(prepare(factors, landslides, seed=1), "CF", 1)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and warmup.READY.is_set()


def test_without_numba_it_does_nothing():
    code = (
        "import sys; from alsa.alsa_plugin.core import warmup; "
        "said = []; warmup.ensure_ready(lambda f, m: said.append(m)); warmup.warm_up(); "
        "assert warmup.READY.is_set() and said == [], said; "
        "assert 'numba' not in sys.modules and 'alsa.alsa_plugin.core.kernels_numba' not in sys.modules"
    )
    env = {**os.environ, "ALSA_DISABLE_NUMBA": "1", "PYTHONPATH": ":".join(p for p in sys.path if p)}
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
