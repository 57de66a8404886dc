"""The eight model algorithms through processing.run: signal found, repeatable, same split as the bivariate methods."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
MODELS = {
    "LR": "logisticregression",
    "DT": "decisiontree",
    "KNN": "knn",
    "ANN": "ann",
    "MLP": "mlp",
    "RF": "randomforest",
    "BAGGING": "bagging",
    "STACKING": "stacking",
}
TAGS = {"BAGGING": "Bagging", "STACKING": "Stacking"}


def processing():
    import processing as qgis_processing

    return qgis_processing


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def params(files, out, **kw):
    return {
        "LANDSLIDES": files["points"],
        "CONTINUOUS_FACTORS": files["continuous"],
        "CLASSIFIED_FACTORS": files["classified"],
        "SEED": 5,
        "N_SAMPLE": 4000,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def hungary(out, **kw):
    d = DATA / "hungary"
    return {
        "LANDSLIDES": str(d / "scarps.gpkg"),
        "CONTINUOUS_FACTORS": [str(d / "slope.tif"), str(d / "elevation.tif")],
        "CLASSIFIED_FACTORS": [str(d / "geology_14cls.tif")],
        "SEED": 1,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def landslide_rows(path) -> list[dict]:
    with open(path) as fh:
        return list(csv.DictReader(fh))


def sides(rows, valid):
    """The training and test Landslides of a model run, read back from its Landslides_<tag>.csv."""
    from alsa.alsa_plugin.core.study import Landslides

    position = np.cumsum(valid.ravel()) - 1  # flat grid index -> valid-cell position
    out = {}
    for side in ("training", "test"):
        mine = [r for r in rows if r["side"] == side]
        flat = np.array([int(r["row"]) * valid.shape[1] + int(r["col"]) for r in mine], dtype=np.int64)
        assert valid.ravel()[flat].all()
        out[side] = Landslides(position[flat], np.array([float(r["weight"]) for r in mine]))
    return out["training"], out["test"]


def test_provider_lists_the_eight_models(alsa_provider):
    algs = {a.id(): a for a in alsa_provider.algorithms()}
    for name in MODELS.values():
        assert f"alsa:{name}" in algs and algs[f"alsa:{name}"].groupId() == "ml"


def test_hyperparameter_defaults_are_the_cores(alsa_provider):
    """The algorithms' advanced defaults (declared without importing scikit-learn) equal core.ml's DEFAULTS."""
    from alsa.alsa_plugin.core.ml.models import DEFAULTS

    for key, name in MODELS.items():
        alg = alsa_provider.algorithm(name)
        declared = {p.name(): p.defaultValue() for p in alg.parameterDefinitions()}
        raw = {}
        for pkey, _, _, default, _, _, optional, sk in alg.HYPER:
            assert declared[pkey] == default
            if not (optional and default is None):
                raw[sk or pkey] = default
        for k, v in alg.model_params(raw).items():
            assert DEFAULTS[key][k] == v, (key, k)
    from alsa.processing_provider.model_algorithms import BASES

    stacking = alsa_provider.algorithm("stacking")
    assert BASES == DEFAULTS["STACKING"]["base_models"]
    assert stacking.parameterDefinition("BASE_MODELS").defaultValue() == list(range(7))


def test_stacking_on_one_base_ranks_the_cells_as_that_model(alsa_provider, stack_files):
    """BASE_MODELS: stacking on LR alone is a logistic function of LR's probability, increasing when the
    meta model's weight is positive, so its rates equal those of alsa:logisticregression with the same seed;
    the default seven bases rank the cells otherwise."""
    folder = stack_files["folder"]
    lr = processing().run("alsa:logisticregression", params(stack_files, folder / "lr"))
    one = processing().run(
        "alsa:stacking", params(stack_files, folder / "one", BASE_MODELS=[0], FOLDS=2, NEIGHBOUR_SEARCH=1)
    )
    log = json.loads(Path(one["LOG"]).read_text())
    assert log["model"]["hyperparameters"]["base_models"] == ["LR"]
    assert "base_params" not in log["model"]["hyperparameters"]  # no KNN base: its search is not a setting
    p_lr, p_one = read(lr["OUTPUT_PROBABILITY"]), read(one["OUTPUT_PROBABILITY"])
    ok = np.isfinite(p_lr)
    assert np.array_equal(ok, np.isfinite(p_one))
    order = np.argsort(p_lr[ok], kind="stable")
    assert np.all(np.diff(p_one[ok][order]) >= 0)  # the same order of the cells (ties may merge in float32)
    for key in ("SUCCESS_RATE", "PREDICTION_RATE", "ROC_AUC_TRAIN", "ROC_AUC_TEST"):
        assert one[key] == pytest.approx(lr[key], abs=2e-4), key
    three = processing().run("alsa:stacking", params(stack_files, folder / "three", BASE_MODELS=[0, 1, 5], FOLDS=2))
    assert json.loads(Path(three["LOG"]).read_text())["model"]["hyperparameters"]["base_models"] == ["LR", "DT", "RF"]
    assert three["ROC_AUC_TEST"] != pytest.approx(lr["ROC_AUC_TEST"], abs=1e-3)
    assert len({Path(r["OUTPUT_PROBABILITY"]).name for r in (one, three)}) == 2  # other settings, other names


@pytest.mark.parametrize("model", list(MODELS))
def test_every_model_finds_the_signal_and_repeats(alsa_provider, stack_files, model):
    extra = {"FOLDS": 2} if model == "STACKING" else {}
    runs = []
    for run in ("a", "b"):
        out = stack_files["folder"] / run
        runs.append((out, processing().run(f"alsa:{MODELS[model]}", params(stack_files, out, **extra))))
    (out_a, a), (out_b, b) = runs
    tag = f"{TAGS.get(model, model)}_Po2-Po1_S5"
    if extra:  # other hyperparameters than the defaults: a digest of them in every name (cv = FOLDS = 2)
        tag += "_H" + hashlib.sha1(json.dumps({"cv": 2}).encode()).hexdigest()[:6]
    assert Path(a["OUTPUT_PROBABILITY"]) == out_a / f"Probability_{tag}.tif"
    for key in ("SUCCESS_RATE", "PREDICTION_RATE", "ROC_AUC_TRAIN", "ROC_AUC_TEST"):
        assert a[key] > 0.75, (key, a[key])  # the synthetic stack's signal; chance is 0.5
        assert a[key] == b[key]
    prob = read(a["OUTPUT_PROBABILITY"])
    np.testing.assert_array_equal(prob, read(b["OUTPUT_PROBABILITY"]))
    assert np.nanmin(prob) >= 0 and np.nanmax(prob) <= 1 and np.isfinite(prob).sum() > 10000
    for name in ("Rates", "ROC", "Confusion", "Importance", "Landslides"):
        assert (out_a / f"{name}_{tag}.csv").read_bytes() == (out_b / f"{name}_{tag}.csv").read_bytes()
    log = json.loads(Path(a["LOG"]).read_text())
    assert log["results"]["roc_auc_test"] == a["ROC_AUC_TEST"] and log["model"]["key"] == model
    assert log["software"]["scikit-learn"] and log["parameters"]["SEED"] == 5
    assert sorted(p.name for p in out_a.iterdir()) == sorted(Path(f).name for f in log["files"])


def test_design_counts_in_the_log(alsa_provider, stack_files):
    """Po2 holds every training landslide cell and as many others; Po3 one cell per landslide; Po1 N_SAMPLE cells."""
    out = stack_files["folder"] / "po"
    res = processing().run("alsa:decisiontree", params(stack_files, out))
    log = json.loads(Path(res["LOG"]).read_text())
    rows = landslide_rows(out / "Landslides_DT_Po2-Po1_S5.csv")
    n_train = sum(r["side"] == "training" for r in rows)
    n_test = sum(r["side"] == "test" for r in rows)
    assert (n_train, n_test) == (log["split"]["train_cells"], log["split"]["test_cells"])
    tr, te = log["designs"]["training"], log["designs"]["test"]
    assert (tr["kind"], tr["cells"], tr["landslide_cells"], tr["non_landslide_cells"]) == (
        "Po2",
        2 * n_train,
        n_train,
        n_train,
    )
    assert tr["landslides"] == n_train  # one point per landslide cell
    assert (te["kind"], te["cells"]) == ("Po1", 4000) and 0 < te["landslide_cells"] <= n_test
    # the test design's landslide cells: the share of test landslide cells among the cells not trained on
    free = log["counts"]["valid_cells"] - tr["cells"]
    assert abs(te["landslide_cells"] - 4000 * n_test / free) < 5 * np.sqrt(4000 * n_test / free)

    out3 = stack_files["folder"] / "po3"
    res = processing().run("alsa:decisiontree", params(stack_files, out3, TRAIN_DESIGN=3, TEST_DESIGN=3))
    log3 = json.loads(Path(res["LOG"]).read_text())
    tr3, te3 = log3["designs"]["training"], log3["designs"]["test"]
    assert (tr3["kind"], tr3["cells"], tr3["landslide_cells"]) == ("Po3", 2 * n_train, n_train)
    assert (te3["kind"], te3["cells"], te3["landslide_cells"]) == ("Po3", 2 * n_test, n_test)


def check_same_split(model_res, model_tag, bivariate_res, tolerance=0.0):
    """The model run's landslides (read back) reproduce the bivariate run's rates, and its own exactly.

    ``tolerance``: the LSI raster is float32, the bivariate run ranked float64 values; where
    rounding merges distinct LSI values (CF on real data) the curves differ in the 7th digit.
    """
    from alsa.alsa_plugin.core.evaluation import evaluate

    lsi, prob = read(bivariate_res["OUTPUT_LSI"]), read(model_res["OUTPUT_PROBABILITY"])
    valid = np.isfinite(prob)
    np.testing.assert_array_equal(valid, np.isfinite(lsi))
    rows = landslide_rows(Path(model_res["OUTPUT_FOLDER"]) / f"Landslides_{model_tag}.csv")
    train, test = sides(rows, valid)
    ev = evaluate(lsi[valid].astype(np.float64), train, test)
    assert ev.success.auc == pytest.approx(bivariate_res["SUCCESS_RATE"], rel=0, abs=tolerance)
    assert ev.prediction.auc == pytest.approx(bivariate_res["PREDICTION_RATE"], rel=0, abs=tolerance)
    blog, mlog = (json.loads(Path(r["LOG"]).read_text()) for r in (bivariate_res, model_res))
    assert blog["split"] == mlog["split"] and blog["counts"] == mlog["counts"]
    ev = evaluate(prob[valid].astype(np.float64), train, test)
    assert ev.success.auc == model_res["SUCCESS_RATE"] and ev.prediction.auc == model_res["PREDICTION_RATE"]
    return lsi, valid, rows


def test_model_and_bivariate_method_see_the_same_test_landslides(alsa_provider, stack_files):
    """Proven from the files: the bivariate LSI, scored on the model run's landslides (read back), gives the
    bivariate run's own success and prediction rates to the last bit; another seed's landslides do not."""
    from alsa.alsa_plugin.core.evaluation import evaluate

    folder = stack_files["folder"]
    cf = processing().run("alsa:certaintyfactor", params(stack_files, folder / "cf", OUTPUT_LSI=str(folder / "cf.tif")))
    rf = processing().run("alsa:randomforest", params(stack_files, folder / "rf"))
    lsi, valid, _ = check_same_split(rf, "RF_Po2-Po1_S5", cf)
    other = processing().run("alsa:decisiontree", params(stack_files, folder / "dt", SEED=6))
    train, test = sides(landslide_rows(folder / "dt" / "Landslides_DT_Po2-Po1_S6.csv"), valid)
    assert evaluate(lsi[valid].astype(np.float64), train, test).prediction.auc != cf["PREDICTION_RATE"]
    assert other["PREDICTION_RATE"] > 0.5


@pytest.mark.skipif(not DATA.is_dir(), reason=f"real data not found at {DATA}")
def test_split_by_whole_landslides_on_polygons(alsa_provider, tmp_path):
    """Hungary's 41 scarp polygons, SPLIT_BY = whole landslides: no landslide on both sides, the bivariate split."""
    from alsa.alsa_plugin.core.evaluation import evaluate

    cf = processing().run(
        "alsa:certaintyfactor", hungary(tmp_path / "cf", SPLIT_BY=1, OUTPUT_LSI=str(tmp_path / "cf.tif"))
    )
    lr = processing().run("alsa:logisticregression", hungary(tmp_path / "lr", SPLIT_BY=1))
    lsi, valid, rows = check_same_split(lr, "LR_Po2-Po1_S1", cf, tolerance=1e-5)
    other = processing().run("alsa:decisiontree", hungary(tmp_path / "dt", SPLIT_BY=1, SEED=2))
    train, test = sides(landslide_rows(tmp_path / "dt" / "Landslides_DT_Po2-Po1_S2.csv"), valid)
    assert abs(evaluate(lsi[valid].astype(np.float64), train, test).prediction.auc - cf["PREDICTION_RATE"]) > 1e-3
    assert other["ROC_AUC_TEST"] > 0.5
    by_side = {s: {r["landslide"] for r in rows if r["side"] == s} for s in ("training", "test")}
    assert not by_side["training"] & by_side["test"] and "0" not in by_side["training"]
    assert (len(by_side["training"]), len(by_side["test"])) == (29, 12)
    log = json.loads(Path(lr["LOG"]).read_text())
    assert log["split"]["split_by"] == "landslides" and log["split"]["both_sides"] == 0
    assert log["designs"]["training"]["landslides"] == 29 and log["designs"]["test"]["landslides"] <= 12


def failing(files, out, match, alg="knn", **kw):
    with pytest.raises(QgsProcessingException, match=match):
        processing().run(f"alsa:{alg}", params(files, out, **kw))
    assert not out.exists()


def test_bad_input_says_what_and_writes_nothing(alsa_provider, stack_files, monkeypatch):
    out = stack_files["folder"] / "bad"
    failing(stack_files, out, "design Po1 needs 1000000 cells, but only", N_SAMPLE=1_000_000)
    failing(stack_files, out, "KNN: k = 5000 neighbours, but the model is trained on only", N_NEIGHBORS=5000)
    failing(stack_files, out, "test design Po1: there are no test landslides", TRAIN_RATIO=1.0)
    failing(stack_files, out, "stacking: 20 folds need", alg="stacking", TRAIN_DESIGN=3, TRAIN_RATIO=0.02, FOLDS=20)
    monkeypatch.setitem(sys.modules, "sklearn", None)  # "import sklearn" now raises ImportError
    failing(
        stack_files,
        out,
        "the machine-learning models need scikit-learn.*pip install scikit-learn",
        alg="logisticregression",
    )


def test_cancel_writes_nothing(alsa_provider, stack_files):
    class CancelWhenPredicting(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 - QGIS API
            super().setProgressText(text)
            if text.startswith("predicting"):
                self.cancel()

    out = stack_files["folder"] / "cancelled"
    feedback = CancelWhenPredicting()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output file was written"):
        processing().run("alsa:randomforest", params(stack_files, out), feedback=feedback)
    assert feedback.isCanceled() and not out.exists()


BLOCK_SKLEARN = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "sklearn" or name.startswith("sklearn."):
            raise ImportError("scikit-learn blocked for this test")
sys.meta_path.insert(0, Block())
sys.path.insert(0, {root!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from alsa.processing_provider.provider import algorithms
from alsa.processing_provider.method_algorithms import METHOD_ALGORITHMS
algs = algorithms()
for alg in algs:
    alg.initAlgorithm()
assert "sklearn" not in sys.modules, "imported"
names = {{a.name() for a in algs}}
assert {{"logisticregression", "stacking", "certaintyfactor"}} <= names
from alsa.alsa_plugin.core.ml import require_sklearn
try:
    require_sklearn()
except Exception as exc:
    print("MESSAGE", exc)
print("OK", len(algs))
"""


def test_bivariate_algorithms_never_import_sklearn(tmp_path):
    """In a fresh Python where scikit-learn cannot be imported, the provider lists every algorithm (models too)."""
    root = tmp_path / "pkg"
    root.mkdir()
    (root / "alsa").symlink_to(REPO)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_SKLEARN.format(root=str(root))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "OK" in done.stdout and "MESSAGE the machine-learning models need scikit-learn" in done.stdout
