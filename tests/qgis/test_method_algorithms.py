"""The eight method algorithms through processing.run: files read back equal the core's numbers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from alsa.alsa_plugin.core import METHODS, Factor, optimise, prepare, run

ALGORITHMS = {
    "FC": "frequencycontrast",
    "FR": "frequencyratio",
    "IV": "informationvalue",
    "CF": "certaintyfactor",
    "CA": "cosineamplitude",
    "WOE": "weightofevidence",
    "WC": "weightcontrast",
    "SR": "sufficiencyratio",
}


def processing():
    """QGIS's ``processing`` package (importable once the ``qgis_processing`` fixture ran)."""
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
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def core_study(files, precision=3):
    s = files["stack"]
    names = [Path(p).stem for p in files["continuous"] + files["classified"]]
    factors = [Factor(n, f.values, f.classified, 0 if f.classified else None) for n, f in zip(names, s.factors)]
    return prepare(factors, s.landslides, precision=precision, train_ratio=0.7, seed=5)


def test_provider_lists_the_eight_methods(alsa_provider):
    ids = {a.id() for a in alsa_provider.algorithms()}
    assert {f"alsa:{n}" for n in ALGORITHMS.values()} <= ids
    assert set(ALGORITHMS) == set(METHODS)


@pytest.mark.parametrize("method", list(ALGORITHMS))
def test_every_method_writes_the_core_lsi(alsa_provider, stack_files, method):
    out = stack_files["folder"] / "out"
    res = processing().run(f"alsa:{ALGORITHMS[method]}", params(stack_files, out, BIN_WIDTH=0.08))
    study = core_study(stack_files)
    ref = run(study, method, 0.08)
    assert res["SUCCESS_RATE"] == ref.evaluation.success.auc
    assert res["PREDICTION_RATE"] == ref.evaluation.prediction.auc
    assert res["BIN_WIDTH_USED"] == 0.08
    assert Path(res["OUTPUT_LSI"]) == out / f"LSI_{method}_P3_W0.08.tif"
    lsi = read(res["OUTPUT_LSI"])
    np.testing.assert_array_equal(lsi, study.to_grid(ref.lsi_output(study)).astype(np.float32))
    for i, name in enumerate(["slope", "factor01", "factor02", "classes00"]):
        fav = read(out / f"Favourability_{method}_P3_W0.08_{name}.tif")
        np.testing.assert_array_equal(fav, study.to_grid(ref.favourability(i)).astype(np.float32))
        assert (out / f"Table_{method}_P3_W0.08_{name}.csv").exists()
    log = json.loads(Path(res["LOG"]).read_text())
    assert log["algorithm"] == f"alsa:{ALGORITHMS[method]}" and log["parameters"]["SEED"] == 5
    assert log["results"]["prediction_rate"] == res["PREDICTION_RATE"]
    assert log["software"]["gdal"] == gdal.__version__ and log["qgis_version"]


def test_optimisation_through_processing(alsa_provider, stack_files):
    out = stack_files["folder"] / "opt"
    res = processing().run(
        "alsa:certaintyfactor", params(stack_files, out, PRECISION=2, OPTIMIZE=True, OPT_PRECISION=2)
    )
    ref = optimise(core_study(stack_files, precision=2), "CF", opt_precision=2)
    assert res["BIN_WIDTH_USED"] == ref.best_width and res["PREDICTION_RATE"] == ref.best_prediction
    widths = np.genfromtxt(out / "BinWidth_AUC_CF_P2_Q2.csv", delimiter=",", names=True)
    assert widths.size == ref.widths.size == 99  # 0.01 is below the effective minimum 0.02 of P = 2
    assert res["SUCCESS_RATE"] > 0.7 and res["PREDICTION_RATE"] > 0.65


def test_lsi_is_added_to_the_project_with_a_pseudocolour_style(alsa_provider, stack_files, toolbox_iface):
    out = stack_files["folder"] / "styled"
    res = processing().runAndLoadResults("alsa:informationvalue", params(stack_files, out))
    layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
    lsi = [lyr for lyr in layers if Path(lyr.source()) == Path(res["OUTPUT_LSI"])]
    assert len(lsi) == 1 and lsi[0].name() == "LSI IV"
    renderer = lsi[0].renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    values = read(res["OUTPUT_LSI"])
    assert renderer.classificationMin() == pytest.approx(np.nanmin(values), rel=1e-6)
    assert renderer.classificationMax() == pytest.approx(np.nanmax(values), rel=1e-6)


def failing(files, tmp_path, match, **kw):
    out = tmp_path / "bad"
    with pytest.raises(QgsProcessingException, match=match):
        processing().run("alsa:certaintyfactor", params(files, out, **kw))
    assert not out.exists()


def test_bad_input_gives_a_specific_message_and_no_file(alsa_provider, stack_files, tmp_path):
    f = stack_files
    failing(f, tmp_path, "BIN_WIDTH", BIN_WIDTH=1.5)
    failing(f, tmp_path, "TRAIN_RATIO", TRAIN_RATIO=0.0)
    failing(f, tmp_path, "PRECISION", PRECISION=9)
    failing(f, tmp_path, "No factor", CONTINUOUS_FACTORS=[], CLASSIFIED_FACTORS=[])
    failing(f, tmp_path, "both as a classified and as a continuous", CLASSIFIED_FACTORS=f["continuous"][:1])
    empty = QgsVectorLayer("Point?crs=EPSG:32617", "nothing here", "memory")
    failing(f, tmp_path, "LANDSLIDES: the layer 'nothing here' has no feature", LANDSLIDES=empty)
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    failing(f, tmp_path, "OUTPUT_FOLDER: the folder .* cannot be written", OUTPUT_FOLDER=str(blocker / "sub"))
    size = Path(f["points"]).stat().st_size
    failing(f, tmp_path, "is one of the inputs", OUTPUT_LSI=f["points"])  # the user's file behind a layer
    assert Path(f["points"]).stat().st_size == size


def test_cancel_from_the_feedback_writes_nothing(alsa_provider, stack_files, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class CancelWhenOptimising(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 - QGIS API
            super().setProgressText(text)
            if text.startswith("bin width 0.5"):
                self.cancel()

    out = tmp_path / "cancelled"
    feedback = CancelWhenOptimising()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output file was written"):
        processing().run("alsa:weightofevidence", params(stack_files, out, OPTIMIZE=True), feedback=feedback)
    assert feedback.isCanceled() and feedback.progress() < 90
    assert not out.exists()


def test_mask_honours_selected_features_only(alsa_provider, stack_files, tmp_path, qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeatureSourceDefinition

    x0, y1 = 500000.0, 4100000.0  # the stack's top-left corner; 120 rows x 150 columns of 10 m
    halves = QgsVectorLayer("Polygon?crs=EPSG:32617", "halves", "memory")
    feats = []
    for a, b in ((0, 75), (75, 150)):
        f = QgsFeature()
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x0 + a * 10} {y1},{x0 + b * 10} {y1},{x0 + b * 10} {y1 - 1200},{x0 + a * 10} {y1 - 1200},"
                f"{x0 + a * 10} {y1}))"
            )
        )
        feats.append(f)
    halves.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(halves)
    halves.selectByIds([next(halves.getFeatures()).id()])
    mask = QgsProcessingFeatureSourceDefinition(halves.id(), selectedFeaturesOnly=True)
    res = processing().run("alsa:frequencyratio", params(stack_files, tmp_path / "sel", MASK=mask))
    log = json.loads(Path(res["LOG"]).read_text())
    assert log["counts"]["valid_cells"] == 120 * 75
    lsi = read(res["OUTPUT_LSI"])
    assert lsi.shape == (120, 75) and np.isfinite(lsi).all()  # the grid takes the selection's extent


def test_without_a_test_set_the_success_rate_decides(alsa_provider, stack_files, tmp_path):
    res = processing().run(
        "alsa:sufficiencyratio", params(stack_files, tmp_path / "all", TRAIN_RATIO=1.0, OPTIMIZE=True, OPT_PRECISION=1)
    )
    assert res["PREDICTION_RATE"] is None
    table = np.genfromtxt(tmp_path / "all" / "BinWidth_AUC_SR_P3_Q1.csv", delimiter=",", names=True)
    assert np.isnan(table["prediction_rate"]).all()
    best = table["bin_width"][np.argmax(table["success_rate"])]
    assert res["BIN_WIDTH_USED"] == best and res["SUCCESS_RATE"] == table["success_rate"].max()
    log = json.loads(Path(res["LOG"]).read_text())
    assert log["optimisation"]["criterion"] == "success" and log["counts"]["test_landslide_weight"] == 0
