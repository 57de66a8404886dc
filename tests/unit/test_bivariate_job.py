"""A bivariate job from files to files: same numbers as the core on the same arrays, all-or-nothing."""

from __future__ import annotations

import json

import numpy as np
import pytest
from geodata import write_points, write_tif
from osgeo import gdal

from alsa.alsa_plugin.core import Cancelled, optimise, prepare, run
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def request_for(files, **kw):
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    factors += [FactorSource("geology", p, classified=True) for p in files["classified"]]
    return StudyRequest(factors, LandslideSource(files["points"]), **kw)


def core_study(files, precision=3, seed=5):
    stack = files["stack"]
    factors = [
        f.__class__(n, f.values, f.classified, 0 if f.classified else None)
        for n, f in zip(["c0", "c1", "c2", "geology"], stack.factors)
    ]
    return prepare(factors, stack.landslides, precision=precision, train_ratio=0.7, seed=seed)


@pytest.mark.parametrize("method", ["FC", "CF", "WOE", "CA"])
def test_files_match_the_core_on_the_same_arrays(stack_files, method):
    out = stack_files["folder"] / "out"
    result = run_bivariate(request_for(stack_files), BivariateSettings(method, width=0.12, seed=5), out)
    study = core_study(stack_files)
    ref = run(study, method, 0.12)
    assert result.success == ref.evaluation.success.auc and result.prediction == ref.evaluation.prediction.auc
    lsi = read(out / f"LSI_{method}_P3_W0.12.tif")
    np.testing.assert_allclose(lsi, study.to_grid(ref.lsi_output(study)).astype(np.float32), rtol=0, atol=0)
    fav = read(out / f"Favourability_{method}_P3_W0.12_geology.tif")
    np.testing.assert_array_equal(fav, study.to_grid(ref.favourability(3)).astype(np.float32))
    table = np.genfromtxt(out / f"Table_{method}_P3_W0.12_c0.csv", delimiter=",", names=True)
    assert table.size == study.factors[0].n_codes
    np.testing.assert_allclose(table["favourability"], ref.tables[0].favourability, rtol=1e-15)
    assert table["N_F"].max() <= study.n_a and table["N_LF"].sum() >= study.train.total  # bins overlap
    log = json.loads((out / f"Log_{method}_P3_W0.12.json").read_text())
    assert log["results"]["success_rate"] == result.success
    assert log["settings"]["seed"] == 5 and log["counts"]["valid_cells"] == study.n_a
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.files)
    assert not [p for p in out.iterdir() if p.name.startswith(".partial")]


def test_optimisation_writes_the_width_table_and_uses_the_best_width(stack_files):
    out = stack_files["folder"] / "opt"
    result = run_bivariate(
        request_for(stack_files), BivariateSettings("FR", precision=2, optimize=True, opt_precision=1, seed=5), out
    )
    ref = optimise(core_study(stack_files, precision=2), "FR", opt_precision=1)
    assert result.width == ref.best_width and result.prediction == ref.best_prediction
    table = np.genfromtxt(out / "BinWidth_AUC_FR_P2_Q1.csv", delimiter=",", names=True)
    np.testing.assert_array_equal(table["bin_width"], ref.widths)
    np.testing.assert_array_equal(table["prediction_rate"], ref.prediction)
    assert (out / f"LSI_FR_P2_W{ref.best_width:g}.tif").exists()


def test_a_separate_lsi_path_and_a_landslide_raster(stack_files):
    out = stack_files["folder"] / "r"
    lsi = stack_files["folder"] / "elsewhere" / "my_lsi.tif"
    req = request_for(stack_files)
    req = StudyRequest(req.factors, LandslideSource(stack_files["landslide_raster"], raster=True))
    result = run_bivariate(req, BivariateSettings("IV", seed=5), out, output_lsi=lsi)
    assert result.lsi_path == lsi and lsi.exists() and not list(out.glob("LSI_*"))
    study = core_study(stack_files)
    assert result.success == run(study, "IV", 0.1).evaluation.success.auc


def test_cancel_and_failure_leave_no_file(stack_files):
    out = stack_files["folder"] / "cancelled"

    def cancel_when_writing(fraction, message):
        return not message.startswith("writing")

    with pytest.raises(Cancelled):
        run_bivariate(request_for(stack_files), BivariateSettings("CF"), out, progress=cancel_when_writing)
    assert not out.exists()  # not even the folder made for the outputs
    with pytest.raises(AlsaInputError, match="is one of the inputs"):
        run_bivariate(request_for(stack_files), BivariateSettings("CF"), out, output_lsi=stack_files["continuous"][0])
    assert not out.exists()
    assert read(stack_files["continuous"][0]).shape == (120, 150)  # the input is untouched


def bad(files, tmp_path, match, settings=None, **changes):
    req = request_for(files)
    req = StudyRequest(**{**vars(req), **changes})
    with pytest.raises(AlsaInputError, match=match):
        run_bivariate(req, settings or BivariateSettings("CF"), tmp_path / "bad")
    assert not (tmp_path / "bad").exists()


def test_bad_settings_fail_before_reading(stack_files, tmp_path):
    for settings, match in [
        (BivariateSettings("CF", train_ratio=0.0), "TRAIN_RATIO must be in"),
        (BivariateSettings("CF", precision=7), "precision must be a whole number from 0 to 6"),
        (BivariateSettings("CF", width=1.5), r"bin width must be in \(0, 1\]"),
        (BivariateSettings("CF", optimize=True, opt_precision=5), "optimisation precision"),
        (BivariateSettings("XX"), "XX"),
    ]:
        bad(stack_files, tmp_path, match, settings)


def test_bad_factors_are_named(stack_files, tmp_path):
    f = stack_files
    d = f["folder"]
    cont = [FactorSource("c0", f["continuous"][0]), FactorSource("again", f["continuous"][0], classified=True)]
    bad(f, tmp_path, "given both as a classified and as a continuous factor", factors=cont)
    flat = write_tif(d / "flat.tif", np.full((120, 150), 4.0, np.float32))
    bad(f, tmp_path, "factor 'flat' has a single value", factors=[FactorSource("flat", flat)])
    empty = write_tif(d / "empty.tif", np.full((120, 150), -1.0, np.float32), nodata=-1.0)
    bad(
        f,
        tmp_path,
        "factor 'empty' has only nodata",
        factors=[FactorSource("c0", f["continuous"][0]), FactorSource("empty", empty)],
    )
    frac = write_tif(d / "frac.tif", (np.arange(18000).reshape(120, 150) % 3 + 0.5).astype(np.float32))
    bad(f, tmp_path, "'frac' is flagged classified but .* non-integer", factors=[FactorSource("frac", frac, True)])
    local = d / "local.tif"
    gdal.Translate(str(local), f["continuous"][1], outputSRS='LOCAL_CS["site grid",UNIT["metre",1]]')
    bad(
        f,
        tmp_path,
        "factor 'local'.*cannot be transformed",
        factors=[FactorSource("c0", f["continuous"][0]), FactorSource("local", str(local))],
    )


def test_bad_landslides_are_named(stack_files, tmp_path):
    f = stack_files
    far = write_points(f["folder"] / "far.gpkg", [(5000, 5000)])
    bad(f, tmp_path, "LANDSLIDES: no feature lies inside the processing extent", landslides=LandslideSource(far))
    bad(f, tmp_path, "TEST_LANDSLIDES: no feature lies inside", test_landslides=LandslideSource(far))
    none = write_points(f["folder"] / "none.gpkg", [])
    bad(f, tmp_path, "LANDSLIDES: the layer has no feature", landslides=LandslideSource(none))


def test_classified_factors_only_need_no_width(stack_files):
    out = stack_files["folder"] / "classes"
    req = StudyRequest(
        [FactorSource("geology", stack_files["classified"][0], True)], LandslideSource(stack_files["points"])
    )
    result = run_bivariate(req, BivariateSettings("FR", optimize=True, seed=5), out)
    assert result.width is None and result.lsi_path == out / "LSI_FR.tif"
    assert "every factor is classified" in " ".join(result.log["notes"])
    assert not list(out.glob("BinWidth_AUC_*"))
