"""Make the repository importable as the package ``alsa``, the way QGIS loads the plugin.

QGIS imports a plugin as a package named after its folder in ``python/plugins``; the
installed folder is ``alsa``. The tests do the same through a symlink named ``alsa``
to the repository root, in a temporary folder put first on ``sys.path``.
"""

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_root = Path(tempfile.mkdtemp(prefix="alsa-pkgroot-"))
os.symlink(REPO, _root / "alsa")
sys.path.insert(0, str(_root))

sys.path.insert(0, str(REPO / "tests"))  # the tests' own helpers: ``import geodata``

import pytest  # noqa: E402
from geodata import stack_files_in  # noqa: E402


@pytest.fixture
def stack_files(tmp_path):
    """The synthetic stack as GeoTIFFs and a landslide GeoPackage (see ``geodata.stack_files_in``)."""
    return stack_files_in(tmp_path)


@pytest.fixture
def not_ready():
    """The numba warm-up state as in a fresh session (compiled kernels stay; a warm-up then only looks them up)."""
    from alsa.alsa_plugin.core import warmup

    warmup.READY.clear()
    yield
    warmup.READY.clear()  # a test may have set it by hand
    warmup.warm_up()
    assert warmup.READY.is_set()


@pytest.fixture
def no_processes(monkeypatch):
    """joblib's process pool (loky) fails to start: inside QGIS it would start the QGIS binary, not Python."""
    import joblib.parallel
    from joblib._parallel_backends import LokyBackend

    class Refused(LokyBackend):
        def configure(self, n_jobs=1, *args, **kwargs):
            if self.effective_n_jobs(n_jobs) > 1:
                raise AssertionError("joblib started its process pool (loky); the models must use threads")
            return super().configure(n_jobs, *args, **kwargs)  # one job: joblib runs it in place

    monkeypatch.setitem(joblib.parallel.BACKENDS, "loky", Refused)
