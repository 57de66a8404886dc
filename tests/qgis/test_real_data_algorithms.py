"""End to end on the real data sets of ../shared/data: every method, with and without optimisation.

Ecuador: 175 landslide points, a study-area polygon, five continuous factors (UTM 17S).
Hungary: 41 scarp polygons, a 14-class geology and two continuous factors (EOV, EPSG:23700).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import reference_bivariate as rb
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from run_cells import run_cells

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
METHODS = [
    "frequencycontrast",
    "frequencyratio",
    "informationvalue",
    "certaintyfactor",
    "cosineamplitude",
    "weightofevidence",
    "weightcontrast",
    "sufficiencyratio",
]

IDS = dict(zip(METHODS, ("FC", "FR", "IV", "CF", "CA", "WOE", "WC", "SR")))

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"real data not found at {DATA}")


def ecuador(out, **kw):
    d = DATA / "ecuador"
    return {
        "LANDSLIDES": str(d / "landslides.gpkg"),
        "CONTINUOUS_FACTORS": [str(d / f"{n}.tif") for n in ("slope", "cplan", "cprof", "elev", "log10_carea")],
        "MASK": str(d / "study_mask.gpkg"),
        "FLAT_SLOPE": str(d / "slope.tif"),
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


def run(alg, params):
    import processing

    return processing.run(f"alsa:{alg}", params)


def area_cells(area, lsi_path):
    """The cells of a run of ``area`` (see ``run_cells``), rebuilt from its inputs and LSI raster."""
    p = area(None)
    return run_cells(
        lsi_path,
        p["CONTINUOUS_FACTORS"],
        p.get("CLASSIFIED_FACTORS", []),
        p["LANDSLIDES"],
        p["SEED"],
        mask=p.get("MASK"),
        flat_slope=p.get("FLAT_SLOPE"),
        points=p["LANDSLIDES"].endswith("landslides.gpkg"),
    )


@pytest.mark.parametrize("area", [ecuador, hungary])
def test_all_methods_conventional_and_optimised(alsa_provider, tmp_path, area):
    rates, runs = {}, {}
    for alg in METHODS:
        plain = run(alg, area(tmp_path / alg, BIN_WIDTH=0.1))
        best = run(alg, area(tmp_path / f"{alg}_opt", OPTIMIZE=True, OPT_PRECISION=2))
        rates[alg] = (plain["PREDICTION_RATE"], best["PREDICTION_RATE"], best["BIN_WIDTH_USED"])
        runs[alg] = (plain, best)
        assert plain["SUCCESS_RATE"] > 0.75 and plain["PREDICTION_RATE"] > 0.7, (alg, plain)
        # the optimum over k/100 includes w = 0.1, so it is never worse than the conventional 0.1
        assert best["PREDICTION_RATE"] >= plain["PREDICTION_RATE"], (alg, best, plain)
        assert Path(best["OUTPUT_LSI"]).exists()
    print(area.__name__, {k: tuple(round(v, 4) for v in r) for k, r in rates.items()})
    # frequency contrast and frequency ratio rank cells identically (Li & Lan 2023 §2.3), and so do
    # weight of evidence and weight contrast: every run's rates are checked against the independent
    # reference on the run's cells, each method from its own formula (the core ranks FC and FR by
    # one key, WoE and WC by another, so their rates agree by construction there)
    cells = area_cells(area, runs["frequencycontrast"][0]["OUTPUT_LSI"])
    refs = {}
    for a, b in (("frequencycontrast", "frequencyratio"), ("weightofevidence", "weightcontrast")):
        for k in (0, 1):  # plain, optimised
            w = runs[a][k]["BIN_WIDTH_USED"]
            if w not in refs:
                refs[w] = rb.Reference(cells.factors, 3, w, cells.train, cells.test, null=cells.null, exact=False)
            ref = refs[w]
            for which in ("success", "prediction"):
                assert ref.rate(IDS[a], which) == pytest.approx(ref.rate(IDS[b], which), abs=1e-12)
                for alg in (a, b):
                    out = runs[alg][k]
                    assert out["BIN_WIDTH_USED"] == w
                    assert out[f"{which.upper()}_RATE"] == pytest.approx(ref.rate(IDS[alg], which), abs=1e-9), (
                        alg,
                        k,
                        which,
                    )
    assert rates["frequencycontrast"] == rates["frequencyratio"]
    assert rates["weightofevidence"] == rates["weightcontrast"]


def test_hungary_polygons_and_mask_raster_agree(alsa_provider, tmp_path):
    poly = run("frequencyratio", hungary(tmp_path / "poly"))
    rast = run("frequencyratio", hungary(tmp_path / "rast", LANDSLIDES=str(DATA / "hungary" / "scarps_mask.tif")))
    assert poly["SUCCESS_RATE"] == rast["SUCCESS_RATE"] and poly["PREDICTION_RATE"] == rast["PREDICTION_RATE"]


def test_landslides_in_another_crs_are_reprojected(alsa_provider, tmp_path):
    import processing

    wgs = processing.run(
        "native:reprojectlayer",
        {"INPUT": str(DATA / "ecuador" / "landslides.gpkg"), "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"},
    )["OUTPUT"]
    assert wgs.crs().authid() == "EPSG:4326"
    a = run("certaintyfactor", ecuador(tmp_path / "utm"))
    b = run("certaintyfactor", ecuador(tmp_path / "wgs", LANDSLIDES=wgs))
    assert a["SUCCESS_RATE"] == pytest.approx(b["SUCCESS_RATE"], abs=1e-9)
    notes = json.loads(Path(b["LOG"]).read_text())["notes"]
    assert "LANDSLIDES: reprojected from EPSG:4326 to EPSG:32717" in notes
    assert not any("reprojected" in n for n in json.loads(Path(a["LOG"]).read_text())["notes"])


def test_extent_and_cell_size(alsa_provider, tmp_path):
    from osgeo import gdal

    ext = "713000,715000,9558000,9560000 [EPSG:32717]"
    res = run("certaintyfactor", ecuador(tmp_path / "ext", EXTENT=ext, CELL_SIZE=20))
    ds = gdal.Open(res["OUTPUT_LSI"])
    x0, dx, _, y1, _, dy = ds.GetGeoTransform()
    assert (dx, dy) == (20, -20)
    assert x0 <= 713000 < x0 + 20 and y1 - 20 < 9560000 <= y1 and ds.RasterXSize * 20 >= 2000
    assert res["SUCCESS_RATE"] > 0.6


def test_bad_landslides_through_processing(alsa_provider, tmp_path):
    far = QgsVectorLayer("Point?crs=EPSG:32717", "far away", "memory")
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(100000, 100000)))
    far.dataProvider().addFeatures([feat])
    with pytest.raises(QgsProcessingException, match="TEST_LANDSLIDES: no feature lies inside"):
        run("certaintyfactor", ecuador(tmp_path / "t", TEST_LANDSLIDES=far))
    with pytest.raises(QgsProcessingException, match="LANDSLIDES: no feature lies inside"):
        run("certaintyfactor", ecuador(tmp_path / "l", LANDSLIDES=far))
    local = QgsVectorLayer("Point?crs=EPSG:32717", "nowhere", "memory")
    local.setCrs(QgsCoordinateReferenceSystem())  # no CRS at all
    local.dataProvider().addFeatures([feat])
    with pytest.raises(QgsProcessingException, match="no valid CRS"):
        run("certaintyfactor", ecuador(tmp_path / "c", LANDSLIDES=local))
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_weight_field_counts_each_point_by_its_value(alsa_provider, tmp_path):
    """RSAGA's 1535 points carry ``lslpts`` (1 = landslide, 0 = not): as weights they equal the landslides alone."""
    import processing

    points = str(DATA / "ecuador" / "landslides_rsaga_1535.gpkg")
    only = processing.run(
        "native:extractbyexpression", {"INPUT": points, "EXPRESSION": '"lslpts"', "OUTPUT": "memory:"}
    )["OUTPUT"]
    assert 0 < only.featureCount() < 1535
    weighted = run("frequencyratio", ecuador(tmp_path / "w", LANDSLIDES=points, WEIGHT_FIELD="lslpts", MASK=None))
    filtered = run("frequencyratio", ecuador(tmp_path / "f", LANDSLIDES=only, MASK=None))
    assert weighted["SUCCESS_RATE"] == filtered["SUCCESS_RATE"] > 0.6
    assert weighted["PREDICTION_RATE"] == filtered["PREDICTION_RATE"]


def test_separate_test_inventory(alsa_provider, tmp_path):
    """All 175 initiation points train; RSAGA's landslide points test (TRAIN_RATIO is then not used)."""
    import processing

    rsaga = processing.run(
        "native:extractbyexpression",
        {"INPUT": str(DATA / "ecuador" / "landslides_rsaga_1535.gpkg"), "EXPRESSION": '"lslpts"', "OUTPUT": "memory:"},
    )["OUTPUT"]
    res = run("certaintyfactor", ecuador(tmp_path / "t", TEST_LANDSLIDES=rsaga, TRAIN_RATIO=0.5))
    counts = json.loads(Path(res["LOG"]).read_text())["counts"]
    assert counts["training_landslide_weight"] == 175  # every point of LANDSLIDES, whatever TRAIN_RATIO says
    assert counts["test_landslide_weight"] > 0 and 0.5 < res["PREDICTION_RATE"] <= 1
