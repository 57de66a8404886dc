"""The report of a model run, and the report helpers added with it (issue 10), without QGIS.

A model job with OUTPUT_ZONES and OUTPUT_REPORT writes both with its other outputs; the
report's ROC, confusion and importance tables are the CSVs; its inputs table shows what the
user chose instead of files exported into a run's work folder; the rate-curve legend of a
comparison lies beside the plot, not over the curves; a report where nothing can be written
is refused before the work.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from report_pages import PNG, Page

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.model_job import ModelSettings, run_model
from alsa.alsa_plugin.report import check_report_output, plots, write_report
from alsa.alsa_plugin.report import html as report_html
from alsa.alsa_plugin.report.build import is_exported, trapezoid_auc, user_inputs

pytest.importorskip("sklearn")


def read_csv(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def check_images(html: Path, page: Page) -> None:
    """Every referenced PNG exists next to the HTML and matplotlib reads it at its stated size."""
    from matplotlib.image import imread

    assert page.images
    for src in page.images:
        data = (html.parent / src).read_bytes()
        assert data[:8] == PNG, src
        w, h = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert w > 250 and h > 150 and imread(str(html.parent / src)).shape[:2] == (h, w)


def close(text: str, value) -> bool:
    """A table cell (6 significant digits) shows ``value``."""
    return float(text) == pytest.approx(float(value), rel=1e-5, abs=1e-12)


def hide_matplotlib(monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)


@pytest.fixture(scope="module")
def model_run(tmp_path_factory):
    from geodata import stack_files_in

    files = stack_files_in(tmp_path_factory.mktemp("model"))
    factors = [FactorSource(Path(p).stem, p) for p in files["continuous"]]
    factors += [FactorSource("geology", p, classified=True) for p in files["classified"]]
    request = StudyRequest(factors, LandslideSource(files["points"]))
    folder = files["folder"]
    outcome = run_model(
        request,
        ModelSettings("LR", n_sample=3000, seed=4),
        folder / "out",
        output_zones=folder / "zones.tif",
        output_report=folder / "report" / "lr.html",
        dpi=80,
    )
    return outcome, folder


def test_model_report_sections_equal_the_csvs(model_run):
    outcome, folder = model_run
    html = folder / "report" / "lr.html"
    assert outcome.report_path == html and html in outcome.files and folder / "zones.tif" in outcome.files
    assert outcome.zones_path == folder / "zones.tif" and (folder / "zones.csv").exists()
    page = Page(html.read_text(encoding="utf-8"))
    check_images(html, page)
    tag = "LR_Po2-Po1_S4"
    assert {Path(s).name for s in page.images} == {
        f"rates_{tag}.png",
        f"roc_{tag}.png",
        f"importance_{tag}.png",
        f"zones_map_{tag}.png",
        f"zones_shares_{tag}.png",
    }
    roc = page.table_with("ROC AUC")
    assert [r[0] for r in roc[1:]] == ["training design (Po2)", "test design (Po1)"]
    assert close(roc[1][3], outcome.roc_auc_train) and close(roc[2][3], outcome.roc_auc_test)
    cm = page.table_with("TPR")
    rows = read_csv(folder / "out" / f"Confusion_{tag}.csv")
    keys = ["threshold", "tp", "fn", "fp", "tn", "tpr", "fpr"]
    for got, want in zip(cm[1:], rows):
        assert all(close(got[i + 1], want[k]) for i, k in enumerate(keys))
    imp = page.table_with("standard deviation")
    rows = {r["factor"]: r for r in read_csv(folder / "out" / f"Importance_{tag}.csv")}
    assert {r[0] for r in imp[1:]} == set(rows) == {"slope", "factor01", "factor02", "geology"}
    for r in imp[1:]:
        assert close(r[1], rows[r[0]]["importance_mean"]) and close(r[2], rows[r[0]]["importance_std"])
    log = json.loads(outcome.log_path.read_text(encoding="utf-8"))
    assert log["model"]["name"] == "Logistic regression" and log["zones"]["n_zones"] == 5
    text = html.read_text(encoding="utf-8")
    assert "<title>ALSA report: Logistic regression</title>" in text
    cells = [c for t in page.tables for row in t for c in row]  # matrix and importance: not dumped as results
    assert "roc_auc_test" in cells and not any(c.startswith(("confusion_matrix", "importance.")) for c in cells)


def test_model_zones_are_the_written_probability_cut(model_run):
    from osgeo import gdal

    outcome, folder = model_run
    prob = gdal.Open(str(outcome.probability_path)).ReadAsArray()
    codes = gdal.Open(str(folder / "zones.tif")).ReadAsArray()
    assert ((codes > 0) == np.isfinite(prob)).all()
    breaks = outcome.log["zones"]["breaks"]
    for k in range(1, 6):  # zone k holds the probabilities between its breaks
        values = prob[codes == k]
        assert values.min() >= breaks[k - 1] - 1e-6 and values.max() <= breaks[k] + 1e-6


def test_model_report_without_matplotlib_lists_the_numbers(model_run, tmp_path, monkeypatch):
    outcome, _ = model_run
    hide_matplotlib(monkeypatch)
    html = tmp_path / "plain.html"
    assert write_report(outcome.log_path, None, html) == [html]
    page = Page(html.read_text(encoding="utf-8"))
    assert not page.images
    assert page.table_with("ROC AUC") and page.table_with("TPR") and page.table_with("standard deviation")


def test_trapezoid_auc():
    assert trapezoid_auc([0, 1], [0, 1]) == pytest.approx(0.5)
    assert trapezoid_auc([0, 0, 1], [0, 1, 1]) == pytest.approx(1.0)
    assert trapezoid_auc([0, 0.5, 1], [0, 0.5, 0.5]) == pytest.approx(0.375)
    assert np.isnan(trapezoid_auc([0.3], [0.2]))


WORK = "/tmp/alsa-4242.0a1b2c3d-x7yz/"


def test_is_exported():
    assert is_exported(WORK + "landslides.gpkg")
    assert is_exported("C:\\Temp\\alsa-4242.0a1b2c3d-x7yz\\mask.gpkg")
    assert not is_exported("/data/alsa-study/landslides.gpkg") and not is_exported(None)


def test_user_inputs_show_the_chosen_layers():
    log = {
        "inputs": {
            "factors": [{"name": "slope", "path": "/data/slope.tif", "classified": False}],
            "landslides": {"path": WORK + "landslides.gpkg", "raster": False},
            "test_landslides": {"path": WORK + "test_landslides.gpkg", "raster": False},
            "mask": WORK + "mask.gpkg",
            "origins": ["/data/ls.gpkg", "/data/test.gpkg", "/data/mask.shp"],
            "cell_size": None,
        },
        "parameters": {"LANDSLIDES": "/data/ls.gpkg|layername=ls", "MASK": "/data/mask.shp"},
    }
    shown = user_inputs(log)
    assert shown["landslides"] == {"path": "/data/ls.gpkg|layername=ls", "raster": False}
    assert shown["test_landslides"]["path"] == "/data/test.gpkg"  # no parameter: its file among the origins
    assert shown["mask"] == "/data/mask.shp"
    assert shown["factors"] == log["inputs"]["factors"] and "origins" not in shown
    assert log["inputs"]["landslides"]["path"] == WORK + "landslides.gpkg"  # the log itself is untouched
    nothing = user_inputs({"inputs": {"landslides": {"path": WORK + "landslides.gpkg"}, "mask": None}})
    assert nothing["landslides"]["path"] == "a layer of the project (exported for the run)"
    plain = {"landslides": {"path": "/data/ls.gpkg"}, "mask": None, "origins": []}
    assert user_inputs({"inputs": plain}) == {"landslides": {"path": "/data/ls.gpkg"}, "mask": None}


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


@pytest.mark.parametrize("n_methods", [1, 8])
def test_rate_curve_legend_covers_no_curve_when_many(n_methods, tmp_path, monkeypatch):
    """Eight methods (16 curves): the legend lies outside the axes; one method: inside, lower right."""
    legends = []
    original = plots._save

    def keep(fig, path, dpi):
        fig.canvas.draw()
        ax = fig.axes[0]
        legends.append((ax.get_legend().get_window_extent(), ax.get_window_extent()))
        return original(fig, path, dpi)

    monkeypatch.setattr(plots, "_save", keep)
    x = np.linspace(0, 1, 50)
    methods = list(plots.METHOD_COLOURS)[:n_methods]
    curves = [
        {"kind": k, "x": x, "y": x ** (0.3 + 0.05 * i), "auc": 0.8, "method": m, "label": f"{m}, {k}"}
        for i, m in enumerate(methods)
        for k in ("success", "prediction")
    ]
    plots.rate_curves(curves, tmp_path / "c.png", 60, "t")
    legend, axes = legends[0]
    assert _overlaps(legend, axes) == (n_methods == 1)
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"


def test_comparison_tables_scroll_sideways(tmp_path):
    wide = report_html.table([f"column {i}" for i in range(30)], [list(range(30))])
    assert wide.startswith('<div class="scroll"><table') and wide.endswith("</table></div>")
    assert ".scroll{overflow-x:auto" in report_html.CSS


def test_check_report_output(tmp_path):
    assert check_report_output(tmp_path / "new" / "r.html") == tmp_path / "new" / "r.html"
    assert not (tmp_path / "new").exists()  # checked, not created
    (tmp_path / "file").write_text("x")
    with pytest.raises(AlsaInputError, match="OUTPUT_REPORT"):
        check_report_output(tmp_path / "file" / "r.html")
    (tmp_path / "r_figures").write_text("x")
    with pytest.raises(AlsaInputError, match="OUTPUT_REPORT"):
        check_report_output(tmp_path / "r.html")
