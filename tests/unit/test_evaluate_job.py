"""Evaluate job: rates worked out by hand, equal to the core on the same arrays and to a bivariate job's."""

from __future__ import annotations

import json

import numpy as np
import pytest
from geodata import write_points, write_tif

from alsa.alsa_plugin.core import Landslides, evaluate
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.evaluate_job import EvaluateRequest, run_evaluate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest

ND = -9999.0


def test_3x3_by_hand_with_ties_and_nodata(tmp_path):
    scores = np.array([[9, 8, 7], [7, 5, 5], [ND, 2, 1]], dtype=np.float32)
    ls = np.array([[1, 0, 0], [0, 1, 0], [1, 0, 0]], dtype=np.uint8)  # the third lies on nodata
    req = EvaluateRequest(
        write_tif(tmp_path / "lsi.tif", scores, nodata=ND),
        LandslideSource(write_tif(tmp_path / "ls.tif", ls), raster=True),
    )
    out = run_evaluate(req, tmp_path / "curve.csv")
    # 8 ranked cells, landslides on 9 and on one of the two 5s:
    # (0,0)→(1/8,1/2) flat to x=4/8, the tied 5s one step (4/8,1/2)→(6/8,1), flat to (1,1)
    assert out.success == pytest.approx(1 / 32 + 3 / 16 + 3 / 16 + 1 / 4)  # 21/32
    # ROC: 9 beats the 6 negatives, 5 beats 2 and 1 and ties one 5: (6 + 2.5) / 12
    assert out.roc_auc == pytest.approx(17 / 24)
    assert out.prediction is None and out.roc_auc_test is None
    assert out.warnings == [
        "LANDSLIDES: 1 of 3 landslide cells (weight 1 of 3) lie on nodata of the susceptibility raster "
        "or outside MASK and are not counted"
    ]
    flat = np.where(scores == ND, np.nan, scores).astype(np.float64).ravel()
    ref = evaluate(flat, Landslides(np.array([0, 4, 6]), np.ones(3)))
    assert out.success == ref.success.auc and out.roc_auc == ref.roc_auc_train
    table = np.genfromtxt(tmp_path / "curve.csv", delimiter=",", names=True, dtype=None, encoding="utf-8")
    assert table.dtype.names == ("curve", "cell_fraction", "landslide_fraction")
    assert set(table["curve"]) == {"success"}
    np.testing.assert_array_equal(table["cell_fraction"], ref.success.x)
    np.testing.assert_array_equal(table["landslide_fraction"], ref.success.y)


def test_4x4_weighted_points_and_a_test_raster(tmp_path):
    scores = np.arange(16, dtype=np.float32).reshape(4, 4)
    test = np.zeros((4, 4), dtype=np.uint8)
    test[1, 2] = 1  # score 6
    req = EvaluateRequest(
        write_tif(tmp_path / "lsi.tif", scores),
        LandslideSource(write_points(tmp_path / "pts.gpkg", [(0, 0), (3, 3)], [3.0, 1.0]), weight_field="w"),
        LandslideSource(write_tif(tmp_path / "test.tif", test), raster=True),
    )
    out = run_evaluate(req, tmp_path / "curve.csv")
    # success: weight 1 on the top cell, 3 on the last: 1/128 + 14/16·1/4 + 1/16·(1/4 + 1)/2
    assert out.success == pytest.approx(34 / 128)
    # prediction: 9 cells rank above 6, then one step to y = 1: 1/16·1/2 + 6/16
    assert out.prediction == pytest.approx(13 / 32)
    # ROC against the 13 cells without a landslide: weight 1 beats all, weight 3 none; 6 beats 1..5
    assert out.roc_auc == pytest.approx(0.25) and out.roc_auc_test == pytest.approx(5 / 13)
    ref = evaluate(
        scores.astype(np.float64).ravel(),
        Landslides(np.array([0, 15]), np.array([3.0, 1.0])),
        Landslides(np.array([6]), np.ones(1)),
    )
    assert (out.success, out.prediction) == (ref.success.auc, ref.prediction.auc)
    table = np.genfromtxt(tmp_path / "curve.csv", delimiter=",", names=True, dtype=None, encoding="utf-8")
    np.testing.assert_array_equal(table["cell_fraction"][table["curve"] == "prediction"], ref.prediction.x)
    assert out.warnings == []


def test_mask_leaves_cells_unranked(tmp_path):
    scores = np.arange(16, dtype=np.float32).reshape(4, 4)
    x0, y0 = 500000.0, 4100000.0  # geodata's origin; the polygon covers the top two rows
    ring = [[x0, y0], [x0 + 40, y0], [x0 + 40, y0 - 20], [x0, y0 - 20], [x0, y0]]
    mask = tmp_path / "mask.geojson"
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32617"}}
    feature = {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}
    mask.write_text(json.dumps({"type": "FeatureCollection", "crs": crs, "features": [feature]}))
    pts = write_points(tmp_path / "pts.gpkg", [(0, 3), (3, 0)])
    out = run_evaluate(EvaluateRequest(write_tif(tmp_path / "lsi.tif", scores), LandslideSource(pts), mask=str(mask)))
    ref = evaluate(np.r_[scores[:2].ravel(), np.full(8, np.nan)], Landslides(np.array([3, 12]), np.ones(2)))
    assert out.success == ref.success.auc and out.evaluation.n_ranked == 8
    assert out.table is None and "1 of 2 landslide cells" in out.warnings[0]


@pytest.mark.parametrize("method", ["IV", "CF", "WOE"])
def test_lsi_of_a_bivariate_job_gives_its_success_rate(stack_files, method):
    factors = [FactorSource("geology", stack_files["classified"][0], classified=True)]
    factors += [FactorSource(f"c{i}", p) for i, p in enumerate(stack_files["continuous"][:1])]
    landslides = LandslideSource(stack_files["points"])
    folder = stack_files["folder"] / "out"
    job = run_bivariate(StudyRequest(factors, landslides), BivariateSettings(method, train_ratio=1.0), folder)
    out = run_evaluate(EvaluateRequest(str(job.lsi_path), landslides))
    assert out.success == job.success
    raster = LandslideSource(stack_files["landslide_raster"], raster=True)
    assert run_evaluate(EvaluateRequest(str(job.lsi_path), raster)).success == job.success


def test_bad_input_writes_nothing(tmp_path):
    lsi = write_tif(tmp_path / "lsi.tif", np.arange(16, dtype=np.float32).reshape(4, 4))
    far = write_points(tmp_path / "far.gpkg", [(0, 0)], origin=(0.0, 0.0))
    with pytest.raises(AlsaInputError, match="no feature lies inside the processing extent"):
        run_evaluate(EvaluateRequest(lsi, LandslideSource(far)), tmp_path / "curve.csv")
    pts = LandslideSource(write_points(tmp_path / "pts.gpkg", [(1, 1)]))
    with pytest.raises(AlsaInputError, match="is one of the inputs"):
        run_evaluate(EvaluateRequest(lsi, pts), lsi)
    nodata = write_tif(tmp_path / "nd.tif", np.where(np.eye(4) > 0, ND, 1.0).astype(np.float32), nodata=ND)
    with pytest.raises(AlsaInputError, match="every landslide cell lies on nodata"):
        run_evaluate(EvaluateRequest(nodata, pts), tmp_path / "curve.csv")
    assert not (tmp_path / "curve.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".partial")]
