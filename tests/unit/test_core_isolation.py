"""The core imports neither qgis nor osgeo (it must run without QGIS)."""

import subprocess
import sys


def test_core_is_importable_without_qgis_or_gdal():
    code = (
        "import sys, importlib, pkgutil; import alsa.alsa_plugin.core as c; "
        "[importlib.import_module('alsa.alsa_plugin.core.' + m.name) for m in pkgutil.iter_modules(c.__path__)]; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'osgeo')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    env_path = ":".join(p for p in sys.path if p)
    r = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": env_path}, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
