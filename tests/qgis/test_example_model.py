"""The example model (DEM → slope, aspect → flat aspect −1 → certainty factor) equals the same chain
run step by step, and keeps flat cells in N(A) with a null LSI (SPEC §6)."""

import json
import sys
from pathlib import Path
from types import SimpleNamespace

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


def read_raster(path):
    """Band 1 as float64 with NaN where it has no value."""
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


def read_log(folder):
    (log,) = Path(folder).glob("Log_CF_*.json")
    return json.loads(log.read_text())


def assert_flat_cells_kept(lsi, slope, folder):
    """Flat cells (slope 0) stay in N(A) with a null LSI; every other cell with a slope has an LSI."""
    has_slope = np.isfinite(slope)
    flat = has_slope & (slope == 0)
    assert flat.sum() > 0
    assert np.isnan(lsi[flat]).all()
    assert np.isfinite(lsi).sum() + flat.sum() == has_slope.sum()
    assert np.isfinite(lsi[has_slope & ~flat]).all() and np.isnan(lsi[~has_slope]).all()
    log = read_log(folder)
    assert log["counts"]["valid_cells"] == has_slope.sum()  # N(A): flat cells are not dropped
    assert f"flat-area constraint: {flat.sum()} cells get a null LSI" in log["notes"]


def run_steps(dem, landslides, folder):
    """native:slope, native:aspect, native:fillnodata (−1), then alsa:certaintyfactor, one by one."""
    run = processing().run
    folder.mkdir(parents=True, exist_ok=True)
    slope = run("native:slope", {"INPUT": str(dem), "OUTPUT": str(folder / "slope.tif")})["OUTPUT"]
    aspect = run("native:aspect", {"INPUT": str(dem), "OUTPUT": str(folder / "aspect.tif")})["OUTPUT"]
    fill = {"INPUT": aspect, "BAND": 1, "FILL_VALUE": -1.0, "OUTPUT": str(folder / "aspect_flat.tif")}
    aspect = run("native:fillnodata", fill)["OUTPUT"]
    params = {"LANDSLIDES": str(landslides), "CONTINUOUS_FACTORS": [slope, aspect], "FLAT_SLOPE": slope}
    params.update(SETTINGS, OUTPUT_FOLDER=str(folder / "direct"), OUTPUT_LSI=str(folder / "direct_lsi.tif"))
    res = run("alsa:certaintyfactor", params)
    assert 0.5 < res["SUCCESS_RATE"] <= 1
    lsi = read_raster(res["OUTPUT_LSI"])
    return SimpleNamespace(lsi=lsi, slope=read_raster(slope), aspect=read_raster(aspect), folder=folder / "direct")


def run_model(dem, landslides, folder):
    """The committed model through processing.run; the LSI array."""
    params = {"DEM": str(dem), "LANDSLIDES": str(landslides)}
    params.update({"certaintyfactor:LSI": str(folder / "lsi.tif"), "certaintyfactor:OUTPUT_FOLDER": str(folder)})
    res = processing().run(load_model(), params)
    assert res["certaintyfactor:LSI"] == str(folder / "lsi.tif")
    return read_raster(folder / "lsi.tif")


@pytest.fixture
def direct(alsa_provider, sample, tmp_path):
    return run_steps(sample["dem"], sample["landslides"], tmp_path / "steps")


def load_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    return model


def describe(model: QgsProcessingModelAlgorithm) -> dict:
    """What a model means: its inputs, each step's algorithm and where every parameter comes from, its outputs.

    Compared instead of the XML, whose spelling changes between QGIS versions while the
    meaning must not: 3.40 saves extra keys, and names the output parameters of a model it
    builds after their descriptions (``landslide_susceptibility_index``) where 3.22 used
    ``<child>:<output>`` (``certaintyfactor:LSI``); a saved file keeps its names on both.
    So outputs are identified here by the child output they expose, and the committed
    file's own names are checked separately.
    """

    def source(s):
        return (int(s.source()), s.parameterName(), s.outputChildId(), s.outputName(), repr(s.staticValue()))

    return {
        "name": (model.name(), model.group()),
        "inputs": {
            ("output", p.description()) if p.isDestination() else p.name(): (
                p.type(),
                p.description(),
                p.help(),
                repr(p.defaultValue()),
                int(p.flags()),
            )
            for p in model.parameterDefinitions()
        },
        "steps": {
            cid: (
                child.algorithmId(),
                child.description(),
                sorted((d.childId, d.conditionalBranch) for d in child.dependencies()),
                {name: [source(s) for s in sources] for name, sources in child.parameterSources().items()},
                {name: out.childOutputName() for name, out in child.modelOutputs().items()},
            )
            for cid, child in model.childAlgorithms().items()
        },
        "help": model.shortHelpString(),
    }


def test_model_file_is_what_the_script_builds(alsa_provider, tmp_path):
    assert build_model.build().toFile(str(tmp_path / "built.model3"))
    built = QgsProcessingModelAlgorithm()
    assert built.fromFile(str(tmp_path / "built.model3"))
    committed = load_model()  # kept alive: its parameter definitions belong to it
    assert describe(built) == describe(committed), "rerun scripts/build_model.py"
    assert set(describe(built)["steps"]) == {"slope", "aspect", "flataspect", "certaintyfactor"}
    outputs = [p.name() for p in committed.parameterDefinitions() if p.isDestination()]
    assert outputs == ["certaintyfactor:LSI", "certaintyfactor:OUTPUT_FOLDER"]  # what the README documents


def test_model_through_processing_run(direct, sample, tmp_path):
    model = load_model()
    ok, issues = model.validate()
    assert ok, issues
    assert model.childAlgorithm("flataspect").algorithmId() == "native:fillnodata"
    lsi = run_model(sample["dem"], sample["landslides"], tmp_path)
    assert np.isfinite(lsi).sum() > 0.9 * lsi.size
    np.testing.assert_array_equal(lsi, direct.lsi)
    assert_flat_cells_kept(direct.lsi, direct.slope, direct.folder)
    assert_flat_cells_kept(lsi, direct.slope, tmp_path)


def test_cells_outside_the_dem_stay_out(alsa_provider, sample, tmp_path):
    """native:fillnodata gives the DEM's nodata cells an aspect of −1 too; their slope keeps them out."""
    src = gdal.Open(str(sample["dem"]))
    dem = gdal.GetDriverByName("GTiff").CreateCopy(str(tmp_path / "dem_hole.tif"), src)
    band = dem.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    assert nodata is not None
    values = band.ReadAsArray()
    hole = np.zeros(values.shape, dtype=bool)
    hole[40:120, 60:220] = True
    hole[:, :3] = True  # a strip along the edge
    values[hole] = nodata
    band.WriteArray(values)
    band = dem = src = None
    steps = run_steps(tmp_path / "dem_hole.tif", sample["landslides"], tmp_path / "steps")
    no_slope = np.isnan(steps.slope)
    # QGIS 3.22's nine-cell filter gives the hole's corner cells a slope and an aspect from their
    # valid neighbours (before and after the fill alike); every other cell of the hole has neither
    corners = {(40, 60), (40, 219), (119, 60), (119, 219)}
    assert set(map(tuple, np.argwhere(hole & ~no_slope).tolist())) <= corners
    assert (steps.aspect[hole & no_slope] == -1).all()  # the fill reaches outside the DEM too ...
    lsi = run_model(tmp_path / "dem_hole.tif", sample["landslides"], tmp_path / "model")
    np.testing.assert_array_equal(lsi, steps.lsi)
    assert np.isnan(lsi[no_slope]).all()  # ... but the slope keeps those cells out of N(A)
    assert_flat_cells_kept(lsi, steps.slope, tmp_path / "model")


def test_model_through_qgis_process(direct, sample, tmp_path):
    profile = tmp_path / "profile"
    qgis_profile.install(profile)
    params = [("DEM", str(sample["dem"])), ("LANDSLIDES", str(sample["landslides"]))]
    params += [("certaintyfactor:LSI", str(tmp_path / "lsi.tif")), ("certaintyfactor:OUTPUT_FOLDER", str(tmp_path))]
    res = qgis_profile.run_json(profile, str(MODEL), params)["results"]
    assert res["certaintyfactor:LSI"] == str(tmp_path / "lsi.tif")
    lsi = read_raster(tmp_path / "lsi.tif")
    np.testing.assert_array_equal(lsi, direct.lsi)
    assert_flat_cells_kept(lsi, direct.slope, tmp_path)
