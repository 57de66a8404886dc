"""``alsa:zones`` (and the report of ``alsa:evaluate``) through processing.run; reports of real data."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
from geodata import write_points, write_tif
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputHtml,
    QgsProject,
    QgsRasterLayer,
)

from alsa.alsa_plugin.core.zones import translated_labels, zone_colours
from alsa.processing_provider.zones_algorithm import style_zones

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "build" / "report_samples"


@pytest.fixture
def run(alsa_provider):
    import processing

    return processing.run


@pytest.fixture
def lsi(tmp_path):
    rng = np.random.default_rng(4)
    values = rng.random((30, 40)).astype(np.float32)
    values[0, :] = -9999
    path = write_tif(tmp_path / "lsi.tif", values, nodata=-9999)
    pts = write_points(tmp_path / "ls.gpkg", np.argwhere(rng.random((30, 40)) < 0.05 * (1 + 4 * values)))
    return path, pts


def test_zones_writes_raster_table_and_report(run, lsi, tmp_path):
    path, pts = lsi
    res = run(
        "alsa:zones",
        {
            "INPUT": path,
            "LANDSLIDES": pts,
            "BREAKS": 3,
            "SHARES": "50,75,90,95",
            "OUTPUT": str(tmp_path / "z.tif"),
            "OUTPUT_TABLE": str(tmp_path / "z.csv"),
            "OUTPUT_REPORT": str(tmp_path / "z.html"),
        },
    )
    assert res["N_ZONES_WRITTEN"] == 5 and res["OUTPUT_REPORT"] == str(tmp_path / "z.html")
    ds = gdal.Open(res["OUTPUT"])
    zones = ds.GetRasterBand(1).ReadAsArray()
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Byte and ds.GetRasterBand(1).GetNoDataValue() == 0
    assert (zones[0] == 0).all() and set(np.unique(zones[1:])) <= {1, 2, 3, 4, 5}
    with open(res["OUTPUT_TABLE"], newline="") as fh:
        rows = list(csv.DictReader(fh))
    cum = np.cumsum([float(r["train_landslide_share"]) for r in rows][::-1])
    assert all(c >= s for c, s in zip(cum, (0.5, 0.75, 0.9, 0.95)))
    assert (tmp_path / "z_figures" / "zones_map_cumulative_share_5.png").exists()


def test_zones_skips_the_report_when_not_asked(run, lsi, tmp_path):
    path, pts = lsi
    res = run(
        "alsa:zones",
        {"INPUT": path, "LANDSLIDES": pts, "OUTPUT": str(tmp_path / "z.tif"), "OUTPUT_TABLE": str(tmp_path / "z.csv")},
    )
    assert res["OUTPUT_REPORT"] is None
    names = {p.name for p in tmp_path.iterdir()} - {"lsi.tif.aux.xml"}  # QGIS may cache the input's statistics
    assert names == {"lsi.tif", "ls.gpkg", "z.csv", "z.tif"}


def test_bad_shares_and_report_name_are_processing_exceptions(run, lsi, tmp_path):
    path, pts = lsi
    common = {
        "INPUT": path,
        "LANDSLIDES": pts,
        "OUTPUT": str(tmp_path / "z.tif"),
        "OUTPUT_TABLE": str(tmp_path / "z.csv"),
    }
    with pytest.raises(QgsProcessingException, match="SHARES"):
        run("alsa:zones", common | {"BREAKS": 3, "SHARES": "90,50"})
    with pytest.raises(QgsProcessingException, match="OUTPUT_REPORT"):
        run("alsa:zones", common | {"OUTPUT_REPORT": str(tmp_path / "r.pdf")})
    assert not (tmp_path / "z.tif").exists()


def test_zone_style_and_the_html_outputs(alsa_provider, lsi, tmp_path, qgis_new_project):
    path, pts = lsi
    registry = QgsApplication.processingRegistry()
    for name in ("zones", "evaluate"):
        alg = registry.algorithmById(f"alsa:{name}")
        assert alg.group() == "Evaluation"
        assert isinstance(alg.outputDefinition("OUTPUT_REPORT"), QgsProcessingOutputHtml)  # Results Viewer
    alg = registry.createAlgorithmById("alsa:zones")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {
        "INPUT": path,
        "LANDSLIDES": pts,
        "OUTPUT": str(tmp_path / "z.tif"),
        "OUTPUT_TABLE": str(tmp_path / "z.csv"),
    }
    import processing

    processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())
    details = context.layerToLoadOnCompletionDetails(str(tmp_path / "z.tif"))
    layer = QgsRasterLayer(str(tmp_path / "z.tif"), "zones")
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    classes = renderer.classes()
    assert [c.label for c in classes] == translated_labels(5) and [c.value for c in classes] == [1, 2, 3, 4, 5]
    assert [c.color.name() for c in classes] == zone_colours(5)
    style_zones(layer, 3)
    assert [c.label for c in layer.renderer().classes()] == ["low", "moderate", "high"]


def test_evaluate_writes_its_report(run, lsi, tmp_path):
    path, pts = lsi
    res = run(
        "alsa:evaluate",
        {
            "INPUT": path,
            "LANDSLIDES": pts,
            "OUTPUT_TABLE": str(tmp_path / "rates.csv"),
            "OUTPUT_REPORT": str(tmp_path / "ev.html"),
            "HIGH_DPI": True,
        },
    )
    text = Path(res["OUTPUT_REPORT"]).read_text(encoding="utf-8")
    assert f"{res['SUCCESS_RATE']:.6g}" in text and "alsa:evaluate" in text
    png = tmp_path / "ev_figures" / "rates_ev.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(not (DATA / "ecuador").exists(), reason="../shared/data not present")
def test_reports_of_the_ecuador_case(run):
    """Certainty factor (optimised) on Ecuador, then zones and the reports into build/report_samples/ecuador."""
    from alsa.alsa_plugin.report import write_report

    d = DATA / "ecuador"
    out = SAMPLES / "ecuador"
    if out.exists():
        shutil.rmtree(out)
    factors = [str(d / f"{n}.tif") for n in ("slope", "cplan", "cprof", "elev", "log10_carea")]
    res = run(
        "alsa:certaintyfactor",
        {
            "LANDSLIDES": str(d / "landslides.gpkg"),
            "CONTINUOUS_FACTORS": factors,
            "MASK": str(d / "study_mask.gpkg"),
            "FLAT_SLOPE": str(d / "slope.tif"),
            "OPTIMIZE": True,
            "OPT_PRECISION": 2,
            "SEED": 1,
            "OUTPUT_FOLDER": str(out / "cf"),
        },
    )
    log = next((out / "cf").glob("Log_*.json"))
    written = write_report(log, None, out / "report_cf.html", dpi=150)
    assert all(p.exists() for p in written)
    zones = run(
        "alsa:zones",
        {
            "INPUT": res["OUTPUT_LSI"],
            "LANDSLIDES": str(d / "landslides.gpkg"),
            "OUTPUT": str(out / "zones.tif"),
            "OUTPUT_TABLE": str(out / "zones.csv"),
            "MASK": str(d / "study_mask.gpkg"),
            "OUTPUT_REPORT": str(out / "report_zones.html"),
        },
    )
    with open(zones["OUTPUT_TABLE"], newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sum(float(r["area_share"]) for r in rows) == pytest.approx(1.0)
