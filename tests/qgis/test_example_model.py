"""The example model (DEM → slope, aspect → certainty factor) equals the same chain run step by step."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingModelAlgorithm

from alsa.alsa_plugin.gis.sample_data import write_sample_data

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "resources" / "models" / "slope_aspect_certainty_factor.model3"
sys.path.insert(0, str(REPO / "scripts"))
import build_model  # noqa: E402
import qgis_profile  # noqa: E402

SETTINGS = {"PRECISION": 3, "OPTIMIZE": True, "OPT_PRECISION": 2, "SEED": 1, "TRAIN_RATIO": 0.7}


def processing():
    import processing as qgis_processing

    return qgis_processing


def read_lsi(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        values[values == nodata] = np.nan
    return values


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return write_sample_data(tmp_path_factory.mktemp("model-sample"))


@pytest.fixture
def direct_lsi(alsa_provider, sample, tmp_path):
    """native:slope and native:aspect, then alsa:certaintyfactor on both, one by one."""
    run = processing().run
    slope = run("native:slope", {"INPUT": str(sample["dem"]), "OUTPUT": str(tmp_path / "slope.tif")})["OUTPUT"]
    aspect = run("native:aspect", {"INPUT": str(sample["dem"]), "OUTPUT": str(tmp_path / "aspect.tif")})["OUTPUT"]
    params = {"LANDSLIDES": str(sample["landslides"]), "CONTINUOUS_FACTORS": [slope, aspect], "FLAT_SLOPE": slope}
    params.update(SETTINGS, OUTPUT_FOLDER=str(tmp_path / "direct"), OUTPUT_LSI=str(tmp_path / "direct_lsi.tif"))
    res = run("alsa:certaintyfactor", params)
    assert 0.5 < res["SUCCESS_RATE"] <= 1
    return read_lsi(res["OUTPUT_LSI"])


def load_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    return model


def test_model_file_is_what_the_script_builds(alsa_provider, tmp_path):
    assert build_model.build().toFile(str(tmp_path / "built.model3"))
    built, committed = (ET.canonicalize(from_file=str(p), strip_text=True) for p in (tmp_path / "built.model3", MODEL))
    assert built == committed, "rerun scripts/build_model.py"


def test_model_through_processing_run(direct_lsi, sample, tmp_path):
    model = load_model()
    ok, issues = model.validate()
    assert ok, issues
    params = {"DEM": str(sample["dem"]), "LANDSLIDES": str(sample["landslides"])}
    params.update({"certaintyfactor:LSI": str(tmp_path / "lsi.tif"), "certaintyfactor:OUTPUT_FOLDER": str(tmp_path)})
    res = processing().run(model, params)
    assert res["certaintyfactor:LSI"] == str(tmp_path / "lsi.tif")
    lsi = read_lsi(tmp_path / "lsi.tif")
    assert np.isfinite(lsi).sum() > 0.9 * lsi.size
    np.testing.assert_array_equal(lsi, direct_lsi)


def test_model_through_qgis_process(direct_lsi, sample, tmp_path):
    profile = tmp_path / "profile"
    qgis_profile.install(profile)
    params = [("DEM", str(sample["dem"])), ("LANDSLIDES", str(sample["landslides"]))]
    params += [("certaintyfactor:LSI", str(tmp_path / "lsi.tif")), ("certaintyfactor:OUTPUT_FOLDER", str(tmp_path))]
    res = qgis_profile.run_json(profile, str(MODEL), params)["results"]
    assert res["certaintyfactor:LSI"] == str(tmp_path / "lsi.tif")
    np.testing.assert_array_equal(read_lsi(tmp_path / "lsi.tif"), direct_lsi)
