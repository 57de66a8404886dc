"""Models and methods on one split (jobs/compare_models_job.py): the single jobs' results, one split, all or nothing."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import numpy as np
import pytest
from geodata import stack_files_in
from osgeo import gdal

from alsa.alsa_plugin.core import Cancelled
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.evaluation import evaluate
from alsa.alsa_plugin.core.study import Landslides
from alsa.alsa_plugin.jobs import compare_models_job as cmj
from alsa.alsa_plugin.jobs.bivariate_job import run_bivariate
from alsa.alsa_plugin.jobs.compare_models_job import (
    COLUMNS,
    LOG_NAME,
    TABLE_NAME,
    CompareModelsSettings,
    run_compare_models,
)
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.model_job import run_model
from alsa.alsa_plugin.jobs.study import LoadedStudy, load_study, study_of

SETTINGS = CompareModelsSettings(models=("DT", "LR"), methods=("CF", "FR"), n_sample=3000, seed=9)


def request_for(files):
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    factors += [FactorSource("geology", p, classified=True) for p in files["classified"]]
    return StudyRequest(factors, LandslideSource(files["points"]))


def read(path):
    ds = gdal.Open(str(path))  # kept: the band needs its dataset
    return ds.GetRasterBand(1).ReadAsArray()


def read_table(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def sides(path, valid):
    """Training and test landslides read back from a model's Landslides_<tag>.csv."""
    rows = read_table(path)
    position = np.cumsum(valid.ravel()) - 1
    out = []
    for side in ("training", "test"):
        mine = [r for r in rows if r["side"] == side]
        flat = np.array([int(r["row"]) * valid.shape[1] + int(r["col"]) for r in mine], dtype=np.int64)
        out.append(Landslides(position[flat], np.array([float(r["weight"]) for r in mine])))
    return out


@pytest.fixture(scope="module")
def shared_files(tmp_path_factory):
    """One synthetic stack for the tests that only read the comparison's outputs."""
    return stack_files_in(tmp_path_factory.mktemp("stack"))


@pytest.fixture(scope="module")
def compared(shared_files):
    request, out = request_for(shared_files), shared_files["folder"] / "cmp"
    return request, out, run_compare_models(request, SETTINGS, out)


def test_rows_are_the_single_jobs_results(tmp_path, compared):
    """Each item run alone with the same seed and settings gives the table's figures exactly."""
    request, out, outcome = compared
    alone = tmp_path / "alone"
    expected = {}
    for key in SETTINGS.models:
        o = run_model(request, SETTINGS.model(key), alone / key)
        expected[key] = (o.success, o.prediction, o.roc_auc_train, o.roc_auc_test, o.log["results"]["map_roc_auc_test"])
        np.testing.assert_array_equal(read(o.probability_path), read(outcome.outcomes[key].probability_path))
    for key in SETTINGS.methods:
        o = run_bivariate(request, SETTINGS.method(key), alone / key)
        expected[key] = (o.success, o.prediction, None, None, o.log["results"]["roc_auc_test"])
        np.testing.assert_array_equal(read(o.lsi_path), read(outcome.outcomes[key].lsi_path))
    got = {
        r["item"]: (
            r["success_rate"],
            r["prediction_rate"],
            r["roc_auc_train_design"],
            r["roc_auc_test_design"],
            r["map_roc_auc_test"],
        )
        for r in outcome.rows
    }
    assert got == expected
    # the CSV holds the same numbers, best first by prediction rate
    table = read_table(out / TABLE_NAME)
    assert list(table[0]) == list(COLUMNS)
    assert [r["item"] for r in table] == [r["item"] for r in outcome.rows]
    for r in table:
        assert float(r["prediction_rate"]) == expected[r["item"]][1]
        assert float(r["success_rate"]) == expected[r["item"]][0]
        assert (r["bin_width"] == "0.1") == (r["kind"] == "method")
        assert (r["roc_auc_test_design"] == "") == (r["kind"] == "method")
    rates = [float(r["prediction_rate"]) for r in table]
    assert rates == sorted(rates, reverse=True) and [int(r["rank"]) for r in table] == [1, 2, 3, 4]
    assert outcome.best["item"] == table[0]["item"] and outcome.criterion == "prediction"


def test_every_item_sees_the_same_landslides(compared):
    """Each method's LSI, scored on a model run's landslides (read back), gives the method's own rates exactly."""
    _, out, outcome = compared
    dt, lr = (outcome.outcomes[k] for k in ("DT", "LR"))
    assert (out / "Landslides_DT_Po2-Po1_S9.csv").read_bytes() == (out / "Landslides_LR_Po2-Po1_S9.csv").read_bytes()
    valid = np.isfinite(read(dt.probability_path))
    train, test = sides(out / "Landslides_DT_Po2-Po1_S9.csv", valid)
    for key in ("CF", "FR"):
        o = outcome.outcomes[key]
        lsi = read(o.lsi_path)
        np.testing.assert_array_equal(np.isfinite(lsi), valid)
        ev = evaluate(lsi[valid].astype(np.float64), train, test)
        assert (ev.success.auc, ev.prediction.auc) == (o.success, o.prediction)
        assert o.log["split"] == dt.log["split"] == lr.log["split"] and o.log["counts"] == dt.log["counts"]
        assert o.seed == dt.seed == 9


def test_files_and_logs(compared):
    """Exactly the items' files, the table and the log are left; every path in a log is a file that exists."""
    _, out, outcome = compared
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in outcome.files)
    log = json.loads((out / LOG_NAME).read_text())
    assert sorted(log["files"]) == sorted(str(p) for p in outcome.files)
    comparison = log["model_comparison"]
    assert comparison["table_file"] == str(out / TABLE_NAME) and comparison["rows"] == json.loads(
        json.dumps(outcome.rows)
    )
    assert log["settings"]["seed"] == 9 and not log["settings"]["seed_drawn"]
    assert log["split"] == outcome.outcomes["CF"].log["split"]
    for item in log["items"]:
        item_log = json.loads((out / item["log"].split("/")[-1]).read_text())
        assert item_log["files"] == item["files"] and all((out / f.split("/")[-1]).is_file() for f in item["files"])
        assert all(f.startswith(str(out) + "/") for f in item_log["files"])
        assert item_log["comparison"]["log"] == str(out / LOG_NAME)
        assert item_log["settings"]["seed"] == 9
    assert "scikit-learn" in log["software"]


def test_seed_drawn_once_and_repeatable(stack_files):
    """No seed: one is drawn and given to every item; that seed again gives the same table."""
    request = request_for(stack_files)
    settings = CompareModelsSettings(models=("DT",), methods=("CF",), n_sample=2000, seed=None)
    a = run_compare_models(request, settings, stack_files["folder"] / "a")
    assert {o.seed for o in a.outcomes.values()} == {a.seed}
    assert a.log["settings"]["seed_drawn"]
    b = run_compare_models(
        request,
        CompareModelsSettings(models=("DT",), methods=("CF",), n_sample=2000, seed=a.seed),
        stack_files["folder"] / "b",
    )
    strip = ("raster", "log", "seconds", "fit_seconds")
    assert [{k: v for k, v in r.items() if k not in strip} for r in a.rows] == [
        {k: v for k, v in r.items() if k not in strip} for r in b.rows
    ]


def test_methods_alone_without_a_test_set(stack_files):
    """Only methods, TRAIN_RATIO 1: sorted by success rate, no prediction rate."""
    settings = CompareModelsSettings(models=(), methods=("FR", "CF", "WOE"), train_ratio=1.0, seed=2)
    outcome = run_compare_models(request_for(stack_files), settings, stack_files["folder"] / "m")
    assert outcome.criterion == "success" and "scikit-learn" not in outcome.log["software"]
    rates = [r["success_rate"] for r in outcome.rows]
    assert rates == sorted(rates, reverse=True) and all(r["prediction_rate"] is None for r in outcome.rows)


@pytest.mark.parametrize(
    ("models", "methods", "match"),
    [
        ((), (), "MODELS and METHODS are both empty"),
        (("RF", "XGB"), ("CF",), "MODELS: unknown 'XGB'; choose from LR"),
        (("RF",), ("CF", "ABC"), "METHODS: unknown 'ABC'; choose from FC"),
        (("RF", "rf"), (), "MODELS: RF chosen more than once"),
    ],
)
def test_bad_selection_refused_before_reading(stack_files, models, methods, match):
    out = stack_files["folder"] / "bad"
    with pytest.raises(AlsaInputError, match=match):
        run_compare_models(request_for(stack_files), CompareModelsSettings(models=models, methods=methods), out)
    assert not out.exists()


@pytest.fixture
def kept(stack_files):
    """An output folder holding an earlier file with an item's name and a file of the user's."""
    out = stack_files["folder"] / "kept"
    out.mkdir()
    (out / "Rates_CF_P3_W0.1.csv").write_text("earlier run\n")
    (out / "notes.txt").write_text("mine\n")
    return out


def unchanged(out):
    assert sorted(p.name for p in out.iterdir()) == ["Rates_CF_P3_W0.1.csv", "notes.txt"]
    assert (out / "Rates_CF_P3_W0.1.csv").read_text() == "earlier run\n"


def test_failing_item_leaves_nothing(stack_files, kept, monkeypatch):
    """The last item fails after the others have written theirs: none of them is left, nothing is overwritten."""
    real = cmj.run_bivariate

    def fail_on_fr(request, settings, *args, **kwargs):
        if settings.method == "FR":
            raise AlsaInputError("FR broke")
        return real(request, settings, *args, **kwargs)

    monkeypatch.setattr(cmj, "run_bivariate", fail_on_fr)
    with pytest.raises(AlsaInputError, match="FR broke"):
        run_compare_models(request_for(stack_files), SETTINGS, kept)
    unchanged(kept)
    fresh = stack_files["folder"] / "new" / "deeper"
    with pytest.raises(AlsaInputError, match="FR broke"):
        run_compare_models(request_for(stack_files), SETTINGS, fresh)
    assert not (stack_files["folder"] / "new").exists()


def test_cancel_between_items_and_inside_one(stack_files, kept):
    request = request_for(stack_files)
    for when in ("reading factor", "method 3 of 4", "predicting"):
        with pytest.raises(Cancelled):
            run_compare_models(request, SETTINGS, kept, progress=lambda f, m, w=when: not m.startswith(w))
        unchanged(kept)


def test_inputs_read_once_for_every_item(shared_files, tmp_path, monkeypatch):
    """Four items, one reading of the rasters; each item's notes are its own (the shared study keeps none)."""
    from alsa.alsa_plugin.jobs import study as study_module

    real, calls = study_module.load, []

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(study_module, "load", counted)
    request = request_for(shared_files)
    outcome = run_compare_models(request, SETTINGS, tmp_path / "once")
    assert len(calls) == 1 and len(outcome.outcomes) == 4
    assert outcome.log["timing_seconds"]["load"] >= 0
    split = SETTINGS.split()
    data, area = load_study(request, split)
    loaded = LoadedStudy(split, data, area)
    mine, same = study_of(request, split, loaded=loaded)
    mine.notes.append("only this job's")
    assert same is area and study_of(request, split, loaded=loaded)[0].notes == data.notes
    assert "only this job's" not in data.notes
    with pytest.raises(RuntimeError, match="read with"):
        study_of(request, replace(split, seed=10), loaded=loaded)


def test_output_table_elsewhere_and_refused_names(stack_files):
    request, folder = request_for(stack_files), stack_files["folder"]
    settings = CompareModelsSettings(models=(), methods=("CF",), seed=1)
    outcome = run_compare_models(request, settings, folder / "o", folder / "tables" / "mine.csv")
    assert outcome.table_path == folder / "tables" / "mine.csv" and outcome.table_path.is_file()
    assert not (folder / "o" / TABLE_NAME).exists()
    with pytest.raises(AlsaInputError, match="OUTPUT_TABLE: .* is not a .csv name"):
        run_compare_models(request, settings, folder / "o2", folder / "mine.xlsx")
    with pytest.raises(AlsaInputError, match="OUTPUT_TABLE: .* is one of the inputs"):
        run_compare_models(request, settings, folder / "o2", stack_files["continuous"][0])
    assert not (folder / "o2").exists()


def test_item_logs_rerun_alone():
    """An item's log names its own algorithm with the comparison's parameters that apply to it."""
    extra = {
        "algorithm": "alsa:comparemodels",
        "qgis_version": "3.22",
        "parameters": {
            "MODELS": [0],
            "METHODS": [3],
            "SEED": None,
            "N_SAMPLE": 10,
            "BIN_WIDTH": 0.2,
            "LANDSLIDES": "x",
            "NEIGHBOUR_SEARCH": 1,
        },
    }
    model = cmj.item_log_extra("model", "RF", extra, 4, cmj.Path("/out"))
    assert model["algorithm"] == "alsa:randomforest" and model["qgis_version"] == "3.22"
    assert model["parameters"] == {"SEED": 4, "N_SAMPLE": 10, "LANDSLIDES": "x", "OUTPUT_FOLDER": "/out"}
    method = cmj.item_log_extra("method", "WOE", extra, 4, cmj.Path("/out"))
    assert method["algorithm"] == "alsa:weightofevidence"
    assert method["parameters"] == {"SEED": 4, "BIN_WIDTH": 0.2, "LANDSLIDES": "x", "OUTPUT_FOLDER": "/out"}
    # the neighbour search is a parameter of alsa:knn and alsa:stacking only
    for key in ("KNN", "STACKING"):
        item = cmj.item_log_extra("model", key, extra, 4, cmj.Path("/out"))
        assert item["parameters"]["NEIGHBOUR_SEARCH"] == 1 and item["algorithm"] == f"alsa:{key.lower()}"


def test_neighbour_search_reaches_knn_and_the_knn_base_of_stacking_only():
    """NEIGHBOUR_SEARCH is KNN's own parameter and that of stacking's KNN base (as alsa:knn, alsa:stacking pass
    them); the exact default stays out of every model's parameters, so the output names keep their default tag."""
    exact = cmj.CompareModelsSettings(models=("KNN", "STACKING", "RF"))
    assert [exact.model(k).params for k in ("KNN", "STACKING", "RF")] == [{}, {}, {}]
    approx = replace(exact, neighbour_search="approximate")
    assert approx.model("KNN").params == {"neighbour_search": "approximate"}
    assert approx.model("STACKING").params == {"base_params": {"KNN": {"neighbour_search": "approximate"}}}
    assert approx.model("RF").params == {} and approx.model("LR").params == {}
    pytest.importorskip("sklearn")
    from alsa.alsa_plugin.core._accel import numba_usable
    from alsa.alsa_plugin.core.ml.models import settings

    if numba_usable():
        chosen = settings("STACKING", approx.model("STACKING").params)
        assert chosen["base_params"]["KNN"]["neighbour_search"] == "approximate"
    else:  # the approximate search needs numba: the comparison's check says so before reading anything
        with pytest.raises(AlsaInputError, match="NEIGHBOUR_SEARCH.*needs numba"):
            approx.check()
    with pytest.raises(AlsaInputError, match="neighbour_search 'nearest'"):
        replace(exact, neighbour_search="nearest").check()
