"""qgis_process with the plugin zip installed into an isolated profile (as ``make demo`` does)."""

import json
import sys
from pathlib import Path

import pytest
from osgeo import gdal

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import qgis_profile  # noqa: E402


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    root = tmp_path_factory.mktemp("qgis-profile")
    plugin = qgis_profile.install(root)
    assert (plugin / "metadata.txt").is_file() and not (plugin / "tests").exists()
    return root


@pytest.fixture(scope="module")
def sample(profile, tmp_path_factory):
    folder = tmp_path_factory.mktemp("qp") / "sample"
    return qgis_profile.run_json(profile, "alsa:sampledata", [("OUTPUT_FOLDER", str(folder))])["results"]


def test_plugin_enabled_and_every_algorithm_listed(profile, qgis_app):
    from alsa.processing_provider.provider import algorithms

    plugins = qgis_profile.qgis_process(profile, "plugins").stdout
    assert any(line.split() == ["*", "alsa"] for line in plugins.splitlines()), plugins
    out = qgis_profile.qgis_process(profile, "--json", "list").stdout
    listed = json.loads(out[out.index("{") :])["providers"]["alsa"]["algorithms"]
    assert set(listed) == {f"alsa:{alg.name()}" for alg in algorithms()}
    assert "alsa:sampledata" in listed and "alsa:certaintyfactor" in listed


def test_sampledata(sample):
    folder = Path(sample["OUTPUT_FOLDER"])
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["slope.tif", "factor01.tif", "factor02.tif", "factor03.tif", "classes00.tif", "dem.tif", "landslides.gpkg"]
    )
    continuous = [str(folder / f"{n}.tif") for n in ("slope", "factor01", "factor02", "factor03")]
    assert sample["CONTINUOUS_FACTORS"] == continuous
    ds = gdal.Open(sample["DEM"])
    assert (ds.RasterXSize, ds.RasterYSize) == (500, 400)


def test_sampledata_refuses_a_used_folder(profile, sample):
    done = qgis_profile.qgis_process(
        profile, "run", "alsa:sampledata", "--", f"OUTPUT_FOLDER={sample['OUTPUT_FOLDER']}", check=False
    )
    assert done.returncode != 0 and "already exist" in done.stdout + done.stderr


def test_certaintyfactor_with_optimisation(profile, sample, tmp_path):
    """Repeated KEY=value gives a multiple-layer parameter; results come back as JSON numbers."""
    params = [("LANDSLIDES", sample["LANDSLIDES"])]
    params += [("CONTINUOUS_FACTORS", p) for p in sample["CONTINUOUS_FACTORS"]]
    params += [("CLASSIFIED_FACTORS", p) for p in sample["CLASSIFIED_FACTORS"]]
    params += [("PRECISION", "3"), ("OPTIMIZE", "true"), ("OPT_PRECISION", "2"), ("FLAT_SLOPE", sample["SLOPE"])]
    params += [("SEED", "1"), ("OUTPUT_FOLDER", str(tmp_path / "out")), ("OUTPUT_LSI", str(tmp_path / "LSI_CF.tif"))]
    res = qgis_profile.run_json(profile, "alsa:certaintyfactor", params)
    assert res["inputs"]["CONTINUOUS_FACTORS"] == sample["CONTINUOUS_FACTORS"]
    out = res["results"]
    assert 0.5 < out["SUCCESS_RATE"] <= 1 and 0.5 < out["PREDICTION_RATE"] <= 1
    assert 0 < out["BIN_WIDTH_USED"] <= 1
    assert Path(out["OUTPUT_LSI"]) == tmp_path / "LSI_CF.tif" and (tmp_path / "LSI_CF.tif").is_file()
    assert any((tmp_path / "out").glob("BinWidth_AUC_CF_*.csv"))
