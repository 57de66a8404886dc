"""OUTPUT_ZONES and OUTPUT_REPORT of the eight model algorithms (issue 10), read back from disk.

What is proved, on the synthetic stack through ``processing.run``: every figure the report
references is a PNG GDAL opens; the report's ROC-AUC, confusion-matrix and importance tables
hold the numbers of ROC_/Confusion_/Importance_<tag>.csv and of the algorithm's outputs; the
zones' area shares sum to 1 and their landslide shares equal a count made here from the zone
raster and Landslides_<tag>.csv; OUTPUT_ZONES equals ``alsa:zones`` on the written probability;
the inputs table names the user's landslide file, not the run's exported copy; a failed run
(report not .html, report or figures where nothing can be written) leaves no file at all.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from report_pages import check_figures, read, read_page, shown

from alsa.alsa_plugin.report.build import trapezoid_auc

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


@pytest.fixture
def run(alsa_provider):
    import processing

    return processing.run


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


def csv_rows(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_model_report_and_zones(run, stack_files, tmp_path):
    out = tmp_path / "rf"
    html = tmp_path / "report.html"
    res = run(
        "alsa:randomforest", params(stack_files, out, OUTPUT_ZONES=str(tmp_path / "zones.tif"), OUTPUT_REPORT=str(html))
    )
    tag = "RF_Po2-Po1_S5"
    assert res["OUTPUT_REPORT"] == str(html) and res["OUTPUT_ZONES"] == str(tmp_path / "zones.tif")
    page = read_page(html)
    names = {p.name for p in check_figures(html, page, at_least=5)}
    assert {f"rates_{tag}.png", f"roc_{tag}.png", f"importance_{tag}.png", f"zones_map_{tag}.png"} <= names
    text = html.read_text(encoding="utf-8")
    assert "<title>ALSA report: Random forest</title>" in text

    # ROC: the AUCs are the algorithm's outputs, and the area under the curves written in ROC_<tag>.csv
    roc = csv_rows(out / f"ROC_{tag}.csv")
    log = json.loads(Path(res["LOG"]).read_text(encoding="utf-8"))
    table = {r["design"]: r for r in page.table("design", "cells", "landslide cells", "ROC AUC")}
    for design, key in (("training", "ROC_AUC_TRAIN"), ("test", "ROC_AUC_TEST")):
        row = table[f"{design} design ({log['designs'][design]['kind']})"]
        assert row["ROC AUC"] == shown(res[key])
        points = [r for r in roc if r["design"] == design]
        fpr, tpr = np.array([float(r["fpr"]) for r in points]), np.array([float(r["tpr"]) for r in points])
        assert trapezoid_auc(fpr, tpr) == pytest.approx(res[key], abs=1e-9)
        assert row["cells"] == str(log["designs"][design]["cells"])
        assert row["landslide cells"] == str(log["designs"][design]["landslide_cells"])

    # confusion matrix at 0.5: the CSV's counts and rates, TPR/FPR by formulas (15)-(16)
    cm = csv_rows(out / f"Confusion_{tag}.csv")
    rows = page.table("design", "threshold", "TP", "FN", "FP", "TN", "TPR", "FPR")
    assert len(rows) == len(cm) == 2
    for got, want in zip(rows, cm):
        assert got["design"].startswith(want["design"])
        for key in ("threshold", "TP", "FN", "FP", "TN", "TPR", "FPR"):
            assert got[key] == shown(want[key.lower()]), key
        tp, fn, fp, tn = (int(want[k]) for k in ("tp", "fn", "fp", "tn"))
        assert float(want["tpr"]) == pytest.approx(tp / (tp + fn)) and float(want["fpr"]) == pytest.approx(
            fp / (fp + tn)
        )
    assert [tp + fn + fp + tn for tp, fn, fp, tn in ((int(r[k]) for k in ("tp", "fn", "fp", "tn")) for r in cm)] == [
        log["designs"]["training"]["cells"],
        log["designs"]["test"]["cells"],
    ]

    # permutation importance: factor names (not file paths), mean and std as in the CSV, largest first
    imp = csv_rows(out / f"Importance_{tag}.csv")
    rows = page.table("factor", "mean decrease of the ROC AUC", "standard deviation")
    assert {r["factor"] for r in rows} == {Path(p).stem for p in stack_files["continuous"] + stack_files["classified"]}
    by_name = {r["factor"]: r for r in imp}
    for r in rows:
        assert r["mean decrease of the ROC AUC"] == shown(by_name[r["factor"]]["importance_mean"])
        assert r["standard deviation"] == shown(by_name[r["factor"]]["importance_std"])
    means = [float(by_name[r["factor"]]["importance_mean"]) for r in rows]
    assert means == sorted(means, reverse=True)

    # zones: shares sum to 1; landslide shares = a count from the zone raster and Landslides_<tag>.csv
    zone_rows = csv_rows(tmp_path / "zones.csv")
    assert sum(float(r["area_share"]) for r in zone_rows) == pytest.approx(1.0)
    codes = read(res["OUTPUT_ZONES"])
    prob = read(res["OUTPUT_PROBABILITY"])
    assert ((codes > 0) == np.isfinite(prob)).all()  # every valid cell has a zone
    slides = csv_rows(out / f"Landslides_{tag}.csv")
    for side, column in (("training", "train_landslide_share"), ("test", "test_landslide_share")):
        mine = [r for r in slides if r["side"] == side]
        zone = np.array([codes[int(r["row"]), int(r["col"])] for r in mine])
        weight = np.array([float(r["weight"]) for r in mine])
        assert (zone > 0).all()
        for k, r in enumerate(zone_rows, start=1):
            assert float(r[column]) == pytest.approx(weight[zone == k].sum() / weight.sum(), abs=1e-12), (side, k)
    cells = {r["zone"]: r for r in page.table("zone", "label", "lower", "upper", "cells", "area share")}
    for r in zone_rows:
        assert cells[r["zone"]]["cells"] == r["cells"] == str(int((codes == int(r["zone"])).sum()))
        assert cells[r["zone"]]["area share"] == shown(r["area_share"])
        assert cells[r["zone"]]["training landslide share"] == shown(r["train_landslide_share"])
    assert log["zones"]["n_zones"] == 5 and str(html) in log["files"]

    # OUTPUT_ZONES = alsa:zones on the written probability (same breaks, same zone raster)
    ref = run(
        "alsa:zones",
        {
            "INPUT": res["OUTPUT_PROBABILITY"],
            "LANDSLIDES": stack_files["points"],
            "OUTPUT": str(tmp_path / "ref.tif"),
            "OUTPUT_TABLE": str(tmp_path / "ref.csv"),
        },
    )
    np.testing.assert_array_equal(codes, read(ref["OUTPUT"]))
    assert [(r["lower"], r["upper"]) for r in csv_rows(ref["OUTPUT_TABLE"])] == [
        (r["lower"], r["upper"]) for r in zone_rows
    ]

    # the inputs table: the landslide layer the user chose, not the copy exported into the run's work folder
    inputs = next(t for t in page.tables if any(row and row[0] == "Inputs" for row in t))
    values = {row[1]: row[2] for row in inputs[1:] if len(row) == 3}
    assert values["landslides.path"].split("|")[0] == str(stack_files["points"])
    assert values["factors[slope].path"] == str(stack_files["continuous"][0])
    assert "origins" not in values
    assert not re.search(r"alsa-\d+\.[0-9a-f]{8}-", text)


def test_models_declare_the_outputs(alsa_provider):
    from qgis.core import QgsProcessingOutputHtml

    for name in MODELS.values():
        alg = alsa_provider.algorithm(name)
        assert isinstance(alg.outputDefinition("OUTPUT_REPORT"), QgsProcessingOutputHtml), name
        assert alg.parameterDefinition("HIGH_DPI") is not None and alg.parameterDefinition("OUTPUT_ZONES") is not None
        assert "probability" in alg.parameterDefinition("OUTPUT_ZONES").help()


def test_report_must_be_html_and_nothing_is_written(run, stack_files, tmp_path):
    out = tmp_path / "lr"
    with pytest.raises(QgsProcessingException, match="OUTPUT_REPORT"):
        run(
            "alsa:logisticregression",
            params(stack_files, out, OUTPUT_ZONES=str(tmp_path / "z.tif"), OUTPUT_REPORT=str(tmp_path / "r.pdf")),
        )
    assert not (tmp_path / "z.tif").exists() and not (tmp_path / "r.pdf").exists()
    assert not out.exists() or every_file(out) == []


class Texts(QgsProcessingFeedback):
    """The progress texts of a run."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []

    def setProgressText(self, text):  # noqa: N802 - QGIS API
        super().setProgressText(text)
        self.texts.append(text)


@pytest.mark.parametrize("where", ["report", "figures"])
def test_unwritable_report_leaves_no_file(run, stack_files, tmp_path, where):
    """The report's folder, or its figures folder, is a file: the run stops before any input is read, writes nothing."""
    (tmp_path / "blocked").write_text("in the way")
    html = tmp_path / "blocked" / "r.html" if where == "report" else tmp_path / "r.html"
    if where == "figures":
        (tmp_path / "r_figures").write_text("in the way")
    out = tmp_path / "dt"
    before = every_file(tmp_path)
    feedback = Texts()
    with pytest.raises(QgsProcessingException, match="OUTPUT_REPORT.*not a folder"):
        run(
            "alsa:decisiontree",
            params(stack_files, out, OUTPUT_ZONES=str(tmp_path / "z.tif"), OUTPUT_REPORT=str(html)),
            feedback=feedback,
        )
    assert not any("fitting" in t for t in feedback.texts), feedback.texts
    assert every_file(tmp_path) == before
    assert not out.exists() or every_file(out) == []


def test_run_cancelled_while_writing_the_report_leaves_no_file(run, stack_files, tmp_path):
    """Stopped after the probability, zones and figures are staged: none of them is left."""

    class CancelAtFigures(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 - QGIS API
            super().setProgressText(text)
            if text == "writing the report":
                self.cancel()

    feedback = CancelAtFigures()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            "alsa:logisticregression",
            params(
                stack_files,
                tmp_path / "lr",
                OUTPUT_ZONES=str(tmp_path / "z.tif"),
                OUTPUT_REPORT=str(tmp_path / "r.html"),
            ),
            feedback=feedback,
        )
    assert feedback.isCanceled()
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "z.tif").exists()
    assert not list(tmp_path.rglob("*.png")) and not list(tmp_path.rglob("*.csv"))
    assert not (tmp_path / "lr").exists() or every_file(tmp_path / "lr") == []


def test_without_report_or_zones_nothing_extra(run, stack_files, tmp_path):
    res = run("alsa:logisticregression", params(stack_files, tmp_path / "lr"))
    assert res["OUTPUT_REPORT"] is None and res["OUTPUT_ZONES"] is None
    assert not list(tmp_path.rglob("*.html")) and not list(tmp_path.rglob("*_figures"))
    assert not list(tmp_path.rglob("zones*"))


def test_sample_model_report_for_a_look(run, stack_files):
    """The report of a random forest on the synthetic stack, kept in build/report_samples/sample_model."""
    import shutil

    out = Path(__file__).resolve().parents[2] / "build" / "report_samples" / "sample_model"
    shutil.rmtree(out, ignore_errors=True)
    res = run(
        "alsa:randomforest",
        params(
            stack_files,
            out / "files",
            OUTPUT_ZONES=str(out / "zones.tif"),
            OUTPUT_REPORT=str(out / "report_rf.html"),
        ),
    )
    check_figures(Path(res["OUTPUT_REPORT"]), read_page(res["OUTPUT_REPORT"]), at_least=5)
