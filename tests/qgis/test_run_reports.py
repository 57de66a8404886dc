"""OUTPUT_REPORT and OUTPUT_ZONES of the method, comparison and factor algorithms (issue 10).

What is proved: every figure an HTML report references exists and is a PNG; the numbers in
its tables are the algorithm's CSV files read back; OUTPUT_ZONES equals ``alsa:zones`` run
on the written LSI; a failed or cancelled run leaves neither report nor zones; the real data
sets of ../shared/data give reports, copied to build/report_samples/ for a look.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from alsa.alsa_plugin.report.html import number

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "build" / "report_samples"
PNG = b"\x89PNG\r\n\x1a\n"


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
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


class _Html(HTMLParser):
    """The images and the table cells of a report."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.images: list[str] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs)["src"])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parsed(html: str | Path) -> _Html:
    p = _Html()
    p.feed(Path(html).read_text(encoding="utf-8"))
    return p


def check_figures(html: str | Path, at_least: int = 1) -> list[Path]:
    """Every referenced image exists beside the report and is a valid PNG (GDAL opens it)."""
    images = parsed(html).images
    assert len(images) >= at_least, images
    paths = []
    for src in images:
        path = Path(html).parent / src
        assert path.read_bytes()[:8] == PNG, src
        ds = gdal.Open(str(path))
        assert ds is not None and ds.RasterXSize > 200 and ds.RasterYSize > 100, src
        paths.append(path)
    return paths


def csv_rows(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def shown(value: str) -> str:
    """A CSV number as the report prints it (6 significant digits)."""
    return number(float(value)) if value not in ("", None) else ""


def assert_numbers_in_cells(html, rows: list[dict], columns: list[str]) -> None:
    cells = set(parsed(html).cells)
    for r in rows:
        for c in columns:
            if r[c] not in ("", None):
                assert shown(r[c]) in cells, (c, r[c], shown(r[c]))


def read(path) -> np.ndarray:
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


# --- one method: report, zones ------------------------------------------------------------------


def test_method_report_and_zones(run, stack_files, tmp_path):
    out = tmp_path / "cf"
    res = run(
        "alsa:certaintyfactor",
        params(
            stack_files,
            out,
            OPTIMIZE=True,
            OUTPUT_ZONES=str(tmp_path / "zones.tif"),
            OUTPUT_REPORT=str(tmp_path / "report.html"),
        ),
    )
    assert res["OUTPUT_REPORT"] == str(tmp_path / "report.html")
    figures = check_figures(res["OUTPUT_REPORT"], at_least=5)
    names = {p.name for p in figures}
    assert any(n.startswith("rates_CF_") for n in names) and any(n.startswith("zones_map_") for n in names)
    assert any(n.startswith("binwidth_auc_cf") for n in names) and any(n.startswith("decisiveness_") for n in names)
    # the tables are the CSVs read back
    zone_rows = csv_rows(tmp_path / "zones.csv")
    assert sum(float(r["area_share"]) for r in zone_rows) == pytest.approx(1.0)
    assert_numbers_in_cells(res["OUTPUT_REPORT"], zone_rows, ["lower", "upper", "cells", "area_share", "density_ratio"])
    dc_rows = csv_rows(res["DECISIVENESS"])
    assert_numbers_in_cells(res["OUTPUT_REPORT"], dc_rows, ["dc", "classes_or_bins"])
    classified = Path(stack_files["classified"][0]).stem
    table = next(out.glob(f"Table_CF_*_{classified}.csv"))
    assert_numbers_in_cells(res["OUTPUT_REPORT"], csv_rows(table), ["N_F", "N_LF", "favourability"])
    log = json.loads(Path(res["LOG"]).read_text(encoding="utf-8"))
    assert log["zones"]["n_zones"] == 5 and log["zones"]["method"] == "natural_breaks"
    assert res["OUTPUT_REPORT"] in log["files"]
    # the inputs table: the landslide layer the user chose, not its copy in the run's work folder (gone by now)
    assert re.search(r"alsa-\d+\.[0-9a-f]{8}-", log["inputs"]["landslides"]["path"])
    text = Path(res["OUTPUT_REPORT"]).read_text(encoding="utf-8")
    assert not re.search(r"alsa-\d+\.[0-9a-f]{8}-", text)
    assert f"<td>{stack_files['points']}" in text
    # OUTPUT_ZONES = alsa:zones on the written LSI (same breaks, same zone raster)
    ref = run(
        "alsa:zones",
        {
            "INPUT": res["OUTPUT_LSI"],
            "LANDSLIDES": stack_files["points"],
            "OUTPUT": str(tmp_path / "ref.tif"),
            "OUTPUT_TABLE": str(tmp_path / "ref.csv"),
        },
    )
    np.testing.assert_array_equal(read(res["OUTPUT_ZONES"]), read(ref["OUTPUT"]))
    ref_rows = csv_rows(ref["OUTPUT_TABLE"])
    assert [(r["lower"], r["upper"], r["cells"]) for r in ref_rows] == [
        (r["lower"], r["upper"], r["cells"]) for r in zone_rows
    ]


def test_without_report_or_zones_nothing_extra(run, stack_files, tmp_path):
    res = run("alsa:frequencyratio", params(stack_files, tmp_path / "fr"))
    assert res["OUTPUT_REPORT"] is None and res["OUTPUT_ZONES"] is None
    assert not list(tmp_path.rglob("*.html")) and not list(tmp_path.rglob("*_figures"))


def test_failed_report_leaves_nothing(run, stack_files, tmp_path):
    """The figures folder cannot be made (a file has its name): the run fails and writes nothing at all."""
    (tmp_path / "report_figures").write_text("in the way")
    out = tmp_path / "iv"
    with pytest.raises(QgsProcessingException):
        run(
            "alsa:informationvalue",
            params(stack_files, out, OUTPUT_ZONES=str(tmp_path / "z.tif"), OUTPUT_REPORT=str(tmp_path / "report.html")),
        )
    assert not (tmp_path / "report.html").exists() and not (tmp_path / "z.tif").exists()
    assert not out.exists() or not any(out.iterdir())


def test_cancelled_run_leaves_no_report(run, stack_files, tmp_path):
    class CancelAtZones(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 - QGIS API
            super().setProgressText(text)
            if text == "zones":
                self.cancel()

    feedback = CancelAtZones()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            "alsa:certaintyfactor",
            params(
                stack_files,
                tmp_path / "cf",
                OUTPUT_ZONES=str(tmp_path / "z.tif"),
                OUTPUT_REPORT=str(tmp_path / "r.html"),
            ),
            feedback=feedback,
        )
    assert feedback.isCanceled()
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "z.tif").exists()
    assert not (tmp_path / "r_figures").exists() or not any((tmp_path / "r_figures").iterdir())


def test_report_must_be_html(run, stack_files, tmp_path):
    with pytest.raises(QgsProcessingException, match="OUTPUT_REPORT"):
        run("alsa:certaintyfactor", params(stack_files, tmp_path / "x", OUTPUT_REPORT=str(tmp_path / "r.pdf")))


def test_outputs_are_declared(alsa_provider):
    from qgis.core import QgsProcessingOutputHtml

    ids = [f"alsa:{n}" for n in ("certaintyfactor", "weightofevidence", "comparebivariate")]
    ids += ["alsa:decisiveness", "alsa:factoranalysis", "alsa:randomforest", "alsa:stacking"]
    for alg_id in ids:
        alg = alsa_provider.algorithm(alg_id.split(":")[1])
        assert isinstance(alg.outputDefinition("OUTPUT_REPORT"), QgsProcessingOutputHtml), alg_id
        assert alg.parameterDefinition("HIGH_DPI") is not None
    assert alsa_provider.algorithm("certaintyfactor").parameterDefinition("OUTPUT_ZONES") is not None
    assert alsa_provider.algorithm("logisticregression").parameterDefinition("OUTPUT_ZONES") is not None


# --- comparison, decisiveness, factor analysis ------------------------------------------------


def test_comparison_report(run, stack_files, tmp_path):
    out = tmp_path / "cmp"
    res = run(
        "alsa:comparebivariate",
        params(stack_files, out, OPT_PRECISION=1, CLASSES="5,3", OUTPUT_REPORT=str(tmp_path / "cmp.html")),
    )
    curves = csv_rows(out / "Compare_rate_curves.csv")
    assert list(curves[0]) == ["method", "curve", "cell_fraction", "landslide_fraction"]
    assert {r["method"] for r in curves} == {"FC", "FR", "IV", "CF", "CA", "WOE", "WC", "SR"}
    assert {r["curve"] for r in curves} == {"success", "prediction"}
    names = {p.name for p in check_figures(res["OUTPUT_REPORT"], at_least=2)}
    assert "compare_rate_curves.png" in names and "compare_prediction_rates.png" in names
    rows = csv_rows(res["TABLE"])
    assert_numbers_in_cells(
        res["OUTPUT_REPORT"], rows, ["prediction_optimal", "prediction_5_classes", "success_3_classes"]
    )
    # the wide table scrolls sideways inside the page; the 16 curves' figure is shown wide, legend beside it
    text = Path(res["OUTPUT_REPORT"]).read_text(encoding="utf-8")
    assert '<div class="scroll"><table><thead><tr><th>method</th>' in text
    assert re.search(r'<figure class="wide"><img src="[^"]*compare_rate_curves\.png"', text)


def test_decisiveness_report(run, stack_files, tmp_path):
    res = run("alsa:decisiveness", params(stack_files, tmp_path / "dc", OUTPUT_REPORT=str(tmp_path / "dc.html")))
    names = {p.name for p in check_figures(res["OUTPUT_REPORT"])}
    assert any(n.startswith("decisiveness_") for n in names)
    assert_numbers_in_cells(res["OUTPUT_REPORT"], csv_rows(res["TABLE"]), ["dc"])


def test_factor_analysis_report(run, stack_files, tmp_path):
    res = run("alsa:factoranalysis", params(stack_files, tmp_path / "fa", OUTPUT_REPORT=str(tmp_path / "fa.html")))
    names = {p.name for p in check_figures(res["OUTPUT_REPORT"], at_least=3)}
    assert {"factors_pearson.png", "factors_spearman.png", "factors_cramers_v.png"} <= names
    assert_numbers_in_cells(res["OUTPUT_REPORT"], csv_rows(res["VIF"]), ["vif", "tolerance"])
    text = Path(res["OUTPUT_REPORT"]).read_text(encoding="utf-8")
    for v in json.loads(Path(res["LOG"]).read_text(encoding="utf-8"))["verdicts"]:
        assert v["text"].replace("'", "&#x27;") in text or v["text"] in text


# --- the real data sets, kept in build/report_samples ------------------------------------------


def ecuador(out, **kw):
    d = DATA / "ecuador"
    return {
        "LANDSLIDES": str(d / "landslides.gpkg"),
        "CONTINUOUS_FACTORS": [str(d / f"{n}.tif") for n in ("slope", "cplan", "cprof", "elev", "log10_carea")],
        "MASK": str(d / "study_mask.gpkg"),
        "SEED": 1,
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


@pytest.mark.skipif(not DATA.is_dir(), reason=f"real data not found at {DATA}")
@pytest.mark.parametrize("area", [ecuador, hungary])
def test_real_data_reports(run, area, tmp_path):
    out = SAMPLES / area.__name__
    for name in ("method", "factors", "decisiveness"):
        shutil.rmtree(out / name, ignore_errors=True)
    res = run(
        "alsa:certaintyfactor",
        area(
            out / "method" / "files",
            OPTIMIZE=True,
            OUTPUT_ZONES=str(out / "method" / "zones.tif"),
            OUTPUT_REPORT=str(out / "method" / "report_cf.html"),
        ),
    )
    check_figures(res["OUTPUT_REPORT"], at_least=6)
    zone_rows = csv_rows(out / "method" / "zones.csv")
    assert sum(float(r["area_share"]) for r in zone_rows) == pytest.approx(1.0)
    assert_numbers_in_cells(res["OUTPUT_REPORT"], zone_rows, ["cells", "area_share", "train_landslide_share"])
    fa = run("alsa:factoranalysis", area(out / "factors" / "files", OUTPUT_REPORT=str(out / "factors" / "report.html")))
    check_figures(fa["OUTPUT_REPORT"], at_least=3)
    assert_numbers_in_cells(fa["OUTPUT_REPORT"], csv_rows(fa["VIF"]), ["vif"])
    dc = run(
        "alsa:decisiveness",
        area(out / "decisiveness" / "files", OUTPUT_REPORT=str(out / "decisiveness" / "report.html")),
    )
    check_figures(dc["OUTPUT_REPORT"])
    assert_numbers_in_cells(dc["OUTPUT_REPORT"], csv_rows(dc["TABLE"]), ["dc"])
    if area is hungary:
        text = Path(res["OUTPUT_REPORT"]).read_text(encoding="utf-8")
        assert re.search(r"geology_14cls", text)


def test_sample_comparison_report_for_a_look(run, stack_files):
    """The comparison report of the synthetic stack, kept in build/report_samples/sample_compare."""
    out = SAMPLES / "sample_compare"
    shutil.rmtree(out, ignore_errors=True)
    res = run(
        "alsa:comparebivariate",
        params(stack_files, out / "files", OPT_PRECISION=2, OUTPUT_REPORT=str(out / "report_compare.html")),
    )
    check_figures(res["OUTPUT_REPORT"], at_least=2)
