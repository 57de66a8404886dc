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
