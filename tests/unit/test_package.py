"""`make package`: the zip holds folder ``alsa/`` with what QGIS loads, and nothing else."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import package  # noqa: E402


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    path = package.build_zip(REPO, tmp_path_factory.mktemp("dist"))
    assert path.name == f"alsa-{package.read_metadata(REPO)['version']}.zip"
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        return [i.filename for i in zf.infolist() if not i.is_dir()]


def test_everything_under_one_alsa_folder(names):
    assert all(n.startswith("alsa/") for n in names)
    # QGIS's "Install from ZIP" names the plugin after the folder of the first metadata.txt
    assert sorted(n for n in names if n.endswith("metadata.txt"))[0] == "alsa/metadata.txt"
    for needed in (
        "alsa/metadata.txt",
        "alsa/__init__.py",
        "alsa/alsa_plugin/plugin.py",
        "alsa/alsa_plugin/core/__init__.py",
        "alsa/alsa_plugin/gis/sample_data.py",
        "alsa/processing_provider/provider.py",
        "alsa/processing_provider/sample_data_algorithm.py",
        "alsa/resources/icon.svg",
        "alsa/resources/models/slope_aspect_certainty_factor.model3",
    ):
        assert needed in names


def test_no_tests_tools_or_caches(names):
    tops = {n.split("/")[1] for n in names}
    assert tops <= {"metadata.txt", "__init__.py", "LICENSE", "alsa_plugin", "processing_provider"} | {
        "ui",
        "resources",
        "i18n",
    }
    for n in names:
        parts = n.split("/")
        assert "__pycache__" not in parts and not any(p.startswith(".") for p in parts), n
        assert not n.endswith((".pyc", ".nbi", ".nbc", ".ts")), n


def test_every_tracked_plugin_file_is_in(names):
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    wanted = [f for f in tracked.split() if f.split("/")[0] in package.TOP_DIRS + package.TOP_FILES]
    wanted = [f for f in wanted if (REPO / f).exists() and not f.endswith(".ts")]
    assert wanted and set(f"alsa/{f}" for f in wanted) <= set(names)


def test_metadata_complete():
    meta = package.read_metadata(REPO)
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["tracker"].startswith("https://") and meta["repository"].startswith("https://")


def test_incomplete_metadata_refused(tmp_path):
    text = (REPO / "metadata.txt").read_text()
    (tmp_path / "metadata.txt").write_text("\n".join(x for x in text.splitlines() if not x.startswith("tracker=")))
    with pytest.raises(ValueError, match="tracker"):
        package.read_metadata(tmp_path)
    (tmp_path / "metadata.txt").write_text(text.replace("hasProcessingProvider=yes", "hasProcessingProvider=no"))
    with pytest.raises(ValueError, match="hasProcessingProvider"):
        package.read_metadata(tmp_path)


def test_caches_and_translation_sources_left_out(tmp_path):
    shutil.copy(REPO / "metadata.txt", tmp_path)
    (tmp_path / "__init__.py").write_text("")
    core = tmp_path / "alsa_plugin" / "core"
    (core / "__pycache__").mkdir(parents=True)
    for name in ("a.py", "__pycache__/a.cpython-311.pyc", "__pycache__/k.f-1.py311.nbi", "k.nbc", ".hidden"):
        (core / name).write_text("")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("")
    assert package.plugin_files(tmp_path) == [Path("__init__.py"), Path("alsa_plugin/core/a.py"), Path("metadata.txt")]


@pytest.mark.skipif(shutil.which("lrelease") is None, reason="no lrelease")
def test_translations_compiled_at_package_time(tmp_path):
    shutil.copy(REPO / "metadata.txt", tmp_path)
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "alsa_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>X</name><message><source>Data</source><translation>Daten</translation></message>"
        "</context></TS>"
    )
    with zipfile.ZipFile(package.build_zip(tmp_path, tmp_path / "dist")) as zf:
        assert "alsa/i18n/alsa_de.qm" in zf.namelist() and "alsa/i18n/alsa_de.ts" not in zf.namelist()
