"""The HTML report: every figure it references is a real PNG, its tables hold the CSVs' numbers, no matplotlib."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np
import pytest
from geodata import write_points, write_tif
from report_pages import PNG, Page

from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.evaluate_job import EvaluateRequest
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.zones_job import ZoneSettings, run_zones
from alsa.alsa_plugin.report import plots, write_report


def read_csv(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG, path
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def check_images(html: Path, page: Page) -> None:
    """Every referenced PNG exists next to the HTML, has the PNG signature and matplotlib reads it."""
    from matplotlib.image import imread

    assert page.images
    for src in page.images:
        path = html.parent / src
        w, h = png_size(path)
        assert w > 300 and h > 200
        assert imread(str(path)).shape[:2] == (h, w)


def close(text: str, value) -> bool:
    if value in ("", None):
        return text == ""
    return float(text) == pytest.approx(float(value), rel=1e-5, abs=1e-12)


@pytest.fixture
def bivariate_run(stack_files):
    req = StudyRequest(
        [FactorSource(f"c{i}", p) for i, p in enumerate(stack_files["continuous"])]
        + [FactorSource("geology", stack_files["classified"][0], classified=True)],
        LandslideSource(stack_files["points"]),
    )
    settings = BivariateSettings("CF", precision=2, optimize=True, opt_precision=1, seed=3)
    return run_bivariate(req, settings, stack_files["folder"] / "out")


def test_report_of_a_bivariate_run(bivariate_run, tmp_path):
    html = tmp_path / "report" / "cf.html"
    written = write_report(bivariate_run.log_path, None, html, dpi=100)
    page = Page(html.read_text(encoding="utf-8"))
    check_images(html, page)
    assert {html.parent / s for s in page.images} | {html} == set(written)
    tag = bivariate_run.log_path.stem.removeprefix("Log_")
    names = {Path(s).name for s in page.images}
    assert {f"rates_{tag}.png", f"decisiveness_{tag}.png", f"favourability_{tag}_c0.png"} <= names
    assert f"favourability_{tag}_geology.png" in names and any(n.startswith("binwidth_auc_cf") for n in names)
    folder = bivariate_run.log_path.parent
    dc = page.table_with("DC")
    rows = read_csv(folder / f"Decisiveness_{tag}.csv")
    assert [r[0] for r in dc[1:]] == [r["factor"] for r in rows]
    assert all(close(h[4], r["dc"]) for h, r in zip(dc[1:], rows))
    widths = page.table_with("bin width")
    rows = read_csv(next(folder.glob("BinWidth_AUC_*.csv")))
    assert len(widths) - 1 == len(rows)
    for h, r in zip(widths[1:], rows):
        assert close(h[0], r["bin_width"]) and close(h[1], r["success_rate"]) and close(h[2], r["prediction_rate"])
    geology = page.table_with("non-landslide share")
    rows = read_csv(folder / f"Table_{tag}_geology.csv")
    assert all(close(h[0], r["class"]) and close(h[5], r["favourability"]) for h, r in zip(geology[1:], rows))
    assert "numba" in html.read_text() and "QGIS" not in page.tables[0][0]


def test_dpi_on_request(bivariate_run, tmp_path):
    low = write_report(bivariate_run.log_path, None, tmp_path / "a.html", dpi=100)
    high = write_report(bivariate_run.log_path, None, tmp_path / "b.html", dpi=300)
    w_low, _ = png_size(low[0])
    w_high, _ = png_size(high[0])
    assert w_high == pytest.approx(3 * w_low, rel=0.02)


@pytest.fixture
def zone_request(tmp_path):
    rng = np.random.default_rng(2)
    lsi = rng.random((30, 40)).astype(np.float32)
    path = write_tif(tmp_path / "lsi.tif", lsi)
    pts = write_points(tmp_path / "ls.gpkg", np.argwhere(rng.random((30, 40)) < 0.05 * (1 + 4 * lsi)))
    test = write_points(tmp_path / "test.gpkg", np.argwhere(rng.random((30, 40)) < 0.03))
    return EvaluateRequest(path, LandslideSource(pts), LandslideSource(test))


def test_zone_report_tables_equal_the_csv(zone_request, tmp_path):
    html = tmp_path / "rep" / "zones.html"
    out = run_zones(zone_request, ZoneSettings(4, "quantile"), tmp_path / "z.tif", tmp_path / "z.csv", html, dpi=80)
    assert html in out.files and all(p.exists() for p in out.files)
    page = Page(html.read_text(encoding="utf-8"))
    check_images(html, page)
    assert {Path(s).name for s in page.images} == {
        "rates_quantile_4.png",
        "zones_map_quantile_4.png",
        "zones_shares_quantile_4.png",
    }
    table = page.table_with("density ratio")
    rows = read_csv(tmp_path / "z.csv")
    keys = [
        "zone",
        "label",
        "lower",
        "upper",
        "cells",
        "area_share",
        "train_landslide_share",
        "density_ratio",
        "test_landslide_share",
        "test_density_ratio",
    ]
    assert len(table) - 1 == len(rows) == 4
    for h, r in zip(table[1:], rows):
        assert h[1] == r["label"]
        assert all(close(h[i], r[k]) for i, k in enumerate(keys) if k != "label")


def hide_matplotlib(monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)


def test_without_matplotlib_every_number_is_listed_and_the_plots_are_named(
    bivariate_run, zone_request, tmp_path, monkeypatch
):
    hide_matplotlib(monkeypatch)
    assert not plots.available()
    html = tmp_path / "no_mpl.html"
    written = write_report(bivariate_run.log_path, None, html)
    assert written == [html] and not (tmp_path / "no_mpl_figures").exists()
    text = html.read_text(encoding="utf-8")
    page = Page(text)
    assert not page.images
    assert "matplotlib is not installed" in text and text.count("Plot not drawn (needs matplotlib)") >= 7
    dc = page.table_with("DC")
    rows = read_csv(next(bivariate_run.log_path.parent.glob("Decisiveness_*.csv")))
    assert [h[0] for h in dc[1:]] == [r["factor"] for r in rows]
    zones_html = tmp_path / "z.html"
    run_zones(zone_request, ZoneSettings(), tmp_path / "z.tif", tmp_path / "z.csv", zones_html)
    zpage = Page(zones_html.read_text(encoding="utf-8"))
    rows = read_csv(tmp_path / "z.csv")
    table = zpage.table_with("density ratio")
    assert [h[1] for h in table[1:]] == [r["label"] for r in rows]
    assert all(close(h[5], r["area_share"]) for h, r in zip(table[1:], rows))


def test_report_of_a_failed_write_leaves_nothing(bivariate_run, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(plots, "decisiveness", broken)
    html = tmp_path / "r" / "x.html"
    with pytest.raises(RuntimeError, match="drawing failed"):
        write_report(bivariate_run.log_path, None, html)
    assert not (tmp_path / "r").exists()
