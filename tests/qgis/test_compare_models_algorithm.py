"""``alsa:comparemodels`` through processing.run: the single algorithms' figures, one split, all or nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject
from report_pages import check_figures, read_page, shown

ALGORITHM = "alsa:comparemodels"
MODEL_INDEX = {"LR": 0, "DT": 1, "KNN": 2, "ANN": 3, "MLP": 4, "RF": 5, "BAGGING": 6, "STACKING": 7}
METHOD_INDEX = {"FC": 0, "FR": 1, "IV": 2, "CF": 3, "CA": 4, "WOE": 5, "WC": 6, "SR": 7}
SINGLE = {
    "RF": "randomforest",
    "DT": "decisiontree",
    "LR": "logisticregression",
    "CF": "certaintyfactor",
    "FR": "frequencyratio",
}
TIMES = ("fit_seconds", "seconds")


def processing():
    import processing as qgis_processing

    return qgis_processing


def read(path):
    ds = gdal.Open(str(path))  # kept: the band needs its dataset
    return ds.GetRasterBand(1).ReadAsArray()


def read_csv(path) -> list[dict]:
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def common(files, out, **kw):
    return {
        "LANDSLIDES": files["points"],
        "CONTINUOUS_FACTORS": files["continuous"],
        "CLASSIFIED_FACTORS": files["classified"],
        "SEED": 5,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def compare_params(files, out, models=("RF", "DT"), methods=("CF", "FR"), **kw):
    return common(
        files,
        out,
        MODELS=[MODEL_INDEX[m] for m in models],
        METHODS=[METHOD_INDEX[m] for m in methods],
        N_SAMPLE=4000,
        **kw,
    )


def number(text):
    return None if text == "" else float(text)


def test_listed_in_the_models_group(alsa_provider):
    alg = alsa_provider.algorithm("comparemodels")
    assert alg is not None and alg.groupId() == "ml"
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {"MODELS", "METHODS", "TRAIN_DESIGN", "TEST_DESIGN", "N_SAMPLE", "MIN_SPACING"} <= names
    assert {"BIN_WIDTH", "OPTIMIZE", "OPT_PRECISION", "PRECISION", "OUTPUT_FOLDER", "OUTPUT_TABLE"} <= names
    defaults = {p.name(): p.defaultValue() for p in alg.parameterDefinitions()}
    assert defaults["MODELS"] == [0, 1, 5] and defaults["METHODS"] == [3, 1]


def test_table_equals_the_single_algorithms(alsa_provider, stack_files):
    """Every row equals what the item's own algorithm returns alone with the same seed; same test landslides."""
    from alsa.alsa_plugin.core.evaluation import evaluate
    from alsa.alsa_plugin.core.study import Landslides

    folder = stack_files["folder"]
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing().run(ALGORITHM, compare_params(stack_files, folder / "cmp"), context=context)
    out = folder / "cmp"
    rows = read_csv(res["OUTPUT_TABLE"])
    assert Path(res["OUTPUT_TABLE"]) == out / "Compare_models.csv"
    assert [r["item"] for r in rows] == [r["item"] for r in sorted(rows, key=lambda r: -float(r["prediction_rate"]))]
    assert sorted(r["item"] for r in rows) == ["CF", "DT", "FR", "RF"] and res["BEST_ITEM"] == rows[0]["item"]
    alone = {}
    for r in rows:
        kw = {"N_SAMPLE": 4000} if r["kind"] == "model" else {}
        single = processing().run(f"alsa:{SINGLE[r['item']]}", common(stack_files, folder / r["item"], **kw))
        alone[r["item"]] = single
        assert number(r["success_rate"]) == single["SUCCESS_RATE"]
        assert number(r["prediction_rate"]) == single["PREDICTION_RATE"]
        if r["kind"] == "model":
            assert number(r["roc_auc_train_design"]) == single["ROC_AUC_TRAIN"]
            assert number(r["roc_auc_test_design"]) == single["ROC_AUC_TEST"]
            assert r["bin_width"] == ""
            np.testing.assert_array_equal(read(out / r["raster"]), read(single["OUTPUT_PROBABILITY"]))
            assert (out / f"Landslides_{r['tag']}.csv").read_bytes() == (
                folder / r["item"] / f"Landslides_{r['tag']}.csv"
            ).read_bytes()
        else:
            assert number(r["bin_width"]) == single["BIN_WIDTH_USED"] and r["roc_auc_test_design"] == ""
            np.testing.assert_array_equal(read(out / r["raster"]), read(single["OUTPUT_LSI"]))
        log = json.loads(Path(single["LOG"]).read_text())
        key = "map_roc_auc_test" if r["kind"] == "model" else "roc_auc_test"
        assert number(r["map_roc_auc_test"]) == log["results"][key]

    # the test landslides of every item are the same: each method's LSI, scored on the landslides the
    # models wrote (read back), gives the method's own rates to the last bit
    valid = np.isfinite(read(out / "Probability_RF_Po2-Po1_S5.tif"))
    position = np.cumsum(valid.ravel()) - 1
    written = read_csv(out / "Landslides_RF_Po2-Po1_S5.csv")
    assert written == read_csv(out / "Landslides_DT_Po2-Po1_S5.csv")
    side = {}
    for name in ("training", "test"):
        mine = [w for w in written if w["side"] == name]
        flat = np.array([int(w["row"]) * valid.shape[1] + int(w["col"]) for w in mine], dtype=np.int64)
        side[name] = Landslides(position[flat], np.array([float(w["weight"]) for w in mine]))
    for key in ("CF", "FR"):
        lsi = read(out / next(r["raster"] for r in rows if r["item"] == key))
        np.testing.assert_array_equal(np.isfinite(lsi), valid)
        ev = evaluate(lsi[valid].astype(np.float64), side["training"], side["test"])
        assert ev.success.auc == alone[key]["SUCCESS_RATE"] and ev.prediction.auc == alone[key]["PREDICTION_RATE"]
    log = json.loads(Path(res["LOG"]).read_text())
    assert log["model_comparison"]["table_file"] == res["OUTPUT_TABLE"]
    assert [r["item"] for r in log["model_comparison"]["rows"]] == [r["item"] for r in rows]
    assert log["parameters"]["SEED"] == 5 and log["algorithm"] == ALGORITHM
    splits = {json.dumps(json.loads((out / f"Log_{r['tag']}.json").read_text())["split"]) for r in rows}
    assert len(splits) == 1 and json.loads(splits.pop()) == log["split"]
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(f).name for f in log["files"])
    # an item's log reruns the item alone
    item = json.loads((out / "Log_RF_Po2-Po1_S5.json").read_text())
    assert item["algorithm"] == "alsa:randomforest" and "MODELS" not in item["parameters"]
    assert "BIN_WIDTH" not in item["parameters"] and item["parameters"]["SEED"] == 5
    # the best item's raster joins the project
    assert context.willLoadLayerOnCompletion(res["BEST_RASTER"])
    assert Path(res["BEST_RASTER"]).name == rows[0]["raster"]


def test_same_seed_same_table(alsa_provider, stack_files):
    """No seed: one is drawn and logged; that seed again gives the same table (timings aside)."""
    folder = stack_files["folder"]
    params = compare_params(stack_files, folder / "a", models=("DT",), methods=("CF",))
    del params["SEED"]
    a = processing().run(ALGORITHM, params)
    seed = json.loads(Path(a["LOG"]).read_text())["settings"]["seed"]
    b = processing().run(ALGORITHM, params | {"SEED": seed, "OUTPUT_FOLDER": str(folder / "b")})
    ta, tb = ([{k: v for k, v in r.items() if k not in TIMES} for r in read_csv(x["OUTPUT_TABLE"])] for x in (a, b))
    assert ta == tb and len(ta) == 2
    assert (folder / "a" / f"Landslides_DT_Po2-Po1_S{seed}.csv").read_bytes() == (
        folder / "b" / f"Landslides_DT_Po2-Po1_S{seed}.csv"
    ).read_bytes()


def refused(files, out, match, **kw):
    with pytest.raises(QgsProcessingException, match=match):
        processing().run(ALGORITHM, compare_params(files, out, **kw))
    assert not out.exists()


def test_bad_selection_refused(alsa_provider, stack_files):
    out = stack_files["folder"] / "bad"
    refused(stack_files, out, "MODELS and METHODS are both empty", models=(), methods=())
    with pytest.raises(QgsProcessingException, match=r"MODELS \(Models\): \[9\] cannot be used here"):
        processing().run(ALGORITHM, compare_params(stack_files, out) | {"MODELS": [9]})
    with pytest.raises(QgsProcessingException, match=r"METHODS \(Bivariate methods\): \[8\] cannot be used here"):
        processing().run(ALGORITHM, compare_params(stack_files, out) | {"METHODS": [8]})
    assert not out.exists()


def test_failing_item_leaves_no_files(alsa_provider, stack_files):
    """DT succeeds, then KNN (k = 100) fails on a Po3 design of a few landslides: nothing of either is left."""
    out = stack_files["folder"] / "failed"
    out.mkdir()
    (out / "mine.txt").write_text("kept")
    with pytest.raises(QgsProcessingException, match="KNN: k = 100 neighbours, but the model is trained on only"):
        processing().run(
            ALGORITHM,
            compare_params(stack_files, out, models=("DT", "KNN"), TRAIN_DESIGN=3, TRAIN_RATIO=0.02),
        )
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_cancel_between_items_writes_nothing(alsa_provider, stack_files):
    class CancelAtTheSecondItem(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 - QGIS API
            super().setProgressText(text)
            if text.startswith("model 2 of"):
                self.cancel()

    out = stack_files["folder"] / "cancelled"
    feedback = CancelAtTheSecondItem()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output file was written"):
        processing().run(ALGORITHM, compare_params(stack_files, out), feedback=feedback)
    assert feedback.isCanceled() and not out.exists()


def test_report_holds_the_table_and_every_items_curves(alsa_provider, stack_files, tmp_path):
    """OUTPUT_REPORT: the table's numbers are the CSV's, every figure is a PNG, the curves are each item's own."""
    out, html = tmp_path / "cmp", tmp_path / "report" / "compare.html"
    (tmp_path / "report").mkdir()
    res = processing().run(ALGORITHM, compare_params(stack_files, out, models=("LR", "DT"), OUTPUT_REPORT=str(html)))
    assert res["OUTPUT_REPORT"] == str(html)
    page = read_page(html)
    figures = {p.name for p in check_figures(html, page, at_least=2)}
    assert {"compare_models_rates.png", "compare_models_rate_curves.png"} <= figures
    rows = read_csv(res["OUTPUT_TABLE"])
    shown_rows = page.table("rank", "kind", "name")
    assert [r["name"] for r in shown_rows] == [f"{r['name'][:1].upper()}{r['name'][1:]} ({r['item']})" for r in rows]
    columns = {
        "success rate": "success_rate",
        "prediction rate": "prediction_rate",
        "ROC AUC of the map (test landslides)": "map_roc_auc_test",
        "ROC AUC, training design": "roc_auc_train_design",
        "ROC AUC, test design": "roc_auc_test_design",
        "bin width": "bin_width",
    }
    for seen, row in zip(shown_rows, rows):
        for header, key in columns.items():
            assert seen[header] == (shown(row[key]) if row[key] else ""), (row["item"], header)
        assert seen["kind"] == row["kind"]
    text = html.read_text(encoding="utf-8")
    # a comparison, not the first item's report: no single run's ROC, confusion or importance sections
    for single in ("ROC curves of the designs", "Confusion matrix", "Permutation importance of the factors"):
        assert single not in text
    log = json.loads(Path(res["LOG"]).read_text())
    assert str(html) in log["files"] and "seed 5" in text
    # the curves come from each item's own Rates CSV: their AUCs are the table's rates
    from alsa.alsa_plugin.report.build import _item_curves, _Report

    report = _Report(log, out, html, 150, lambda p: p)
    for entry in log["items"]:
        row = next(r for r in rows if r["item"] == entry["item"])
        aucs = {c["kind"]: c["auc"] for c in _item_curves(report, entry)}
        assert aucs["success"] == pytest.approx(float(row["success_rate"]), abs=1e-9)
        assert aucs["prediction"] == pytest.approx(float(row["prediction_rate"]), abs=1e-9)


def test_a_blocked_report_fails_before_the_work(alsa_provider, stack_files, tmp_path):
    (tmp_path / "blocked").write_text("a file where the report's folder should be")
    out = tmp_path / "cmp"
    with pytest.raises(QgsProcessingException, match="OUTPUT_REPORT"):
        processing().run(
            ALGORITHM, compare_params(stack_files, out, OUTPUT_REPORT=str(tmp_path / "blocked" / "r.html"))
        )
    assert not out.exists() or not any(out.rglob("*"))
