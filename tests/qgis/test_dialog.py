"""The ALSA dialog (issue 8): enable rules, messages next to the fields, the parameters it hands over, runs."""

import csv
import json
import time
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QTimer

from alsa.alsa_plugin.gui import validation
from alsa.alsa_plugin.gui.dialog_state import DialogState, FactorEntry

SETTINGS = "alsa/dialog"


@pytest.fixture
def clean_settings():
    QgsSettings().remove(SETTINGS)
    yield
    QgsSettings().remove(SETTINGS)


@pytest.fixture
def project(qgis_new_project):
    return QgsProject.instance()


@pytest.fixture
def layers(stack_files, project):
    """The synthetic stack in the project: three continuous factors, one classified, landslide points."""
    out = {
        "continuous": [QgsRasterLayer(p, Path(p).stem) for p in stack_files["continuous"]],
        "classified": [QgsRasterLayer(p, Path(p).stem) for p in stack_files["classified"]],
        "points": QgsVectorLayer(stack_files["points"], "landslides", "ogr"),
        "raster": QgsRasterLayer(stack_files["landslide_raster"], "landslide_raster"),
    }
    for layer in out["continuous"] + out["classified"] + [out["points"], out["raster"]]:
        assert layer.isValid()
        project.addMapLayer(layer)
    out["folder"] = stack_files["folder"]
    return out


@pytest.fixture
def dialog(alsa_provider, project, clean_settings, qtbot, qgis_iface):
    from alsa.alsa_plugin.gui.dialog import AlsaDialog

    dlg = AlsaDialog(qgis_iface, project=project)
    qtbot.addWidget(dlg)
    yield dlg
    if dlg.run is not None:  # never leave a task running into the next test
        dlg.cancel_run()
        qtbot.waitUntil(lambda: dlg.run is None, timeout=60000)


def fill(dlg, layers, folder, classified_too=True):
    """A complete, valid study: points, the continuous factors (and the classified one), an output folder."""
    dlg.landslideCombo.setLayer(layers["points"])
    for layer in layers["continuous"]:
        dlg.factorLayerCombo.setLayer(layer)
        dlg.add_project_factor()
    if classified_too:
        for layer in layers["classified"]:
            dlg.add_factor(layer.id(), layer.name(), classified=True)
    dlg.outputFolderWidget.setFilePath(str(folder))
    return dlg.validate()


def enabled(dlg):
    names = ("weightCombo", "seedSpin", "precisionSpin", "binWidthSpin", "optimizeCheck", "optPrecisionSpin")
    return {n for n in names + ("selectedOnlyCheck", "favourabilityCheck") if getattr(dlg, n).isEnabled()}


# --- the enable rules (Li & Lan 2023 §4) --------------------------------------------------------------------


def test_rules_follow_the_factors_and_optimisation(dialog, layers):
    dlg = dialog
    assert enabled(dlg) == {"seedSpin", "favourabilityCheck"}  # no factor: nothing continuous
    dlg.add_factor(layers["classified"][0].id(), "classes", classified=True)
    # every factor classified: precision, bin width and optimisation disabled (conventional methods)
    assert not ({"precisionSpin", "binWidthSpin", "optimizeCheck", "optPrecisionSpin"} & enabled(dlg))
    dlg.add_factor(layers["continuous"][0].id(), "slope")
    # one continuous factor: precision, bin width and optimisation on/off enabled; its precision only when on
    assert {"precisionSpin", "binWidthSpin", "optimizeCheck"} <= enabled(dlg)
    assert "optPrecisionSpin" not in enabled(dlg)
    dlg.optimizeCheck.setChecked(True)  # optimising: no bin width, the optimisation precision instead
    assert {"precisionSpin", "optimizeCheck", "optPrecisionSpin"} <= enabled(dlg)
    assert "binWidthSpin" not in enabled(dlg)
    dlg.factorTable.item(1, 0).setCheckState(Qt.CheckState.Checked)  # tick the continuous one
    assert dlg.state.factors[1].classified
    assert not ({"precisionSpin", "binWidthSpin", "optimizeCheck", "optPrecisionSpin"} & enabled(dlg))


def test_rules_for_compare_weights_seed_and_mask(dialog, layers, project):
    dlg = dialog
    dlg.add_factor(layers["continuous"][0].id(), "slope")
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE"))
    # "compare all" always optimises: no on/off, no bin width, no favourability rasters
    assert "optPrecisionSpin" in enabled(dlg)
    assert not ({"optimizeCheck", "binWidthSpin", "favourabilityCheck"} & enabled(dlg))
    # the weight field only for point layers
    dlg.landslideCombo.setLayer(layers["points"])
    assert "weightCombo" in enabled(dlg) and dlg.weightCombo.layer() is layers["points"]
    dlg.landslideCombo.setLayer(layers["raster"])
    assert "weightCombo" not in enabled(dlg)
    polygons = QgsVectorLayer("Polygon?crs=EPSG:32617&field=w:double", "polygons", "memory")
    project.addMapLayer(polygons)
    dlg.landslideCombo.setLayer(polygons)
    assert "weightCombo" not in enabled(dlg)
    # the seed only with "pseudo random"; "selected features only" only with a mask
    dlg.pseudoRandomCheck.setChecked(False)
    assert "seedSpin" not in enabled(dlg)
    assert "selectedOnlyCheck" not in enabled(dlg)
    dlg.maskCombo.setLayer(polygons)
    assert "selectedOnlyCheck" in enabled(dlg)


def test_split_by_offers_the_algorithms_choices_and_only_when_landslides_are_split(dialog, layers):
    dlg = dialog
    alg = QgsApplication.processingRegistry().createAlgorithmById("alsa:certaintyfactor")
    choices = [dlg.splitByCombo.itemText(i) for i in range(dlg.splitByCombo.count())]
    assert choices == alg.parameterDefinition("SPLIT_BY").options() and dlg.splitByCombo.currentIndex() == 0
    dlg.landslideCombo.setLayer(layers["points"])
    assert dlg.splitByCombo.isEnabled()
    dlg.splitByCombo.setCurrentIndex(1)
    assert dlg.state.split_by == 1 and dlg.state.parameters()["SPLIT_BY"] == 1
    dlg.trainRatioSpin.setValue(1.0)  # no test set: nothing to split
    assert not dlg.splitByCombo.isEnabled() and dlg.state.parameters()["SPLIT_BY"] == 0
    dlg.trainRatioSpin.setValue(0.7)
    dlg.testCombo.setLayer(layers["raster"])  # a separate test inventory: LANDSLIDES all train
    assert not dlg.splitByCombo.isEnabled() and dlg.state.parameters()["SPLIT_BY"] == 0
    dlg.testCombo.setLayer(None)
    assert dlg.splitByCombo.isEnabled() and dlg.state.parameters()["SPLIT_BY"] == 1


def test_state_rules_without_widgets():
    s = DialogState()
    assert not (s.precision_enabled or s.bin_width_enabled or s.optimize_enabled or s.opt_precision_enabled)
    s.factors = [FactorEntry("a.tif", "a", classified=True)]
    assert not (s.precision_enabled or s.bin_width_enabled or s.optimize_enabled)
    s.optimize = True
    assert not s.optimizing and s.parameters()["OPTIMIZE"] is False  # all classified: nothing to optimise
    s.factors.append(FactorEntry("b.tif", "b"))
    assert s.precision_enabled and s.optimize_enabled and s.opt_precision_enabled and not s.bin_width_enabled
    s.landslide_kind, s.weight_field = "polygon", "w"
    assert not s.weight_enabled and "WEIGHT_FIELD" not in s.parameters()


# --- the parameters handed to the algorithm ---------------------------------------------------------------------


def test_parameters_of_a_method_run(dialog, layers, tmp_path):
    dlg = dialog
    assert fill(dlg, layers, tmp_path / "out") == {}
    mask = QgsVectorLayer("Polygon?crs=EPSG:32617", "mask", "memory")
    QgsProject.instance().addMapLayer(mask)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("WOE"))
    dlg.optimizeCheck.setChecked(True)
    dlg.optPrecisionSpin.setValue(3)
    dlg.weightCombo.setField("w")
    dlg.seedSpin.setValue(42)
    dlg.trainRatioSpin.setValue(0.8)
    dlg.cellSizeSpin.setValue(20)
    dlg.extentCombo.setLayer(layers["continuous"][1])
    dlg.maskCombo.setLayer(mask)
    dlg.selectedOnlyCheck.setChecked(True)
    dlg.testCombo.setLayer(layers["raster"])
    dlg.reportCheck.setChecked(True)
    params = dlg.state.parameters()
    mask_param = params.pop("MASK")
    assert isinstance(mask_param, QgsProcessingFeatureSourceDefinition)
    assert mask_param.source.staticValue() == mask.id() and mask_param.selectedFeaturesOnly
    assert dlg.state.algorithm_id == "alsa:weightofevidence"
    assert params == {
        "LANDSLIDES": layers["points"].id(),
        "WEIGHT_FIELD": "w",
        "ALL_TOUCHED": False,
        "TRAIN_RATIO": 0.8,
        "SPLIT_BY": 0,  # a separate test inventory: LANDSLIDES is not split
        "SEED": 42,
        "TEST_LANDSLIDES": layers["raster"].id(),
        "CONTINUOUS_FACTORS": [layer.id() for layer in layers["continuous"]],
        "CLASSIFIED_FACTORS": [layers["classified"][0].id()],
        "EXTENT": layers["continuous"][1].id(),
        "CELL_SIZE": 20.0,
        "PRECISION": 3,
        "BIN_WIDTH": 0.1,
        "OPTIMIZE": True,
        "OPT_PRECISION": 3,
        "OUTPUT_FOLDER": str(tmp_path / "out"),
        "OUTPUT_REPORT": str(tmp_path / "out" / "Report_WOE_P3_Q3.html"),  # the width is found by the run
    }
    # every key is a parameter of the algorithm, and the algorithm accepts the values
    alg = QgsApplication.processingRegistry().createAlgorithmById("alsa:weightofevidence")
    assert set(params) | {"MASK"} <= {d.name() for d in alg.parameterDefinitions()}


def test_parameters_of_compare_all(dialog, layers, tmp_path):
    dlg = dialog
    fill(dlg, layers, tmp_path / "out", classified_too=False)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE"))
    dlg.pseudoRandomCheck.setChecked(False)
    dlg.splitByCombo.setCurrentIndex(1)
    assert dlg.state.algorithm_id == "alsa:comparebivariate"
    assert dlg.state.parameters() == {
        "LANDSLIDES": layers["points"].id(),
        "ALL_TOUCHED": False,
        "TRAIN_RATIO": 0.7,
        "SPLIT_BY": 1,
        "CONTINUOUS_FACTORS": [layer.id() for layer in layers["continuous"]],
        "CLASSIFIED_FACTORS": [],
        "PRECISION": 3,
        "OPT_PRECISION": 2,
        "CLASSES": "10,5,3",
        "CLASSIFICATION": 0,
        "OUTPUT_FOLDER": str(tmp_path / "out"),
    }  # no report unless ticked
    dlg.reportCheck.setChecked(True)
    assert dlg.state.parameters()["OUTPUT_REPORT"] == str(tmp_path / "out" / "Report_compare.html")
    alg = QgsApplication.processingRegistry().createAlgorithmById("alsa:comparebivariate")
    assert set(dlg.state.parameters()) <= {d.name() for d in alg.parameterDefinitions()}


# --- messages next to the fields -----------------------------------------------------------------------------


def shown(dlg, field):
    label = getattr(dlg, f"{field}Message")
    return label.text() if not label.isHidden() else ""


def test_nothing_chosen_is_explained_and_run_is_refused(dialog):
    dlg = dialog
    problems = dlg.validate()
    # the parameter, its label and what it takes (QGIS's own check says only "Incorrect parameter value")
    assert shown(dlg, "landslides").startswith("LANDSLIDES (Landslides) is required. Landslide inventory: points")
    assert "No factor" in shown(dlg, "factors")
    assert shown(dlg, "output") == "Choose a folder for the output files."
    assert set(problems) >= {"output"} and not dlg.runButton.isEnabled()
    assert dlg.start_run() is False and dlg.run is None


def test_messages_of_the_algorithms_checks(dialog, layers, tmp_path, project):
    dlg = dialog
    dlg.outputFolderWidget.setFilePath(str(tmp_path / "out"))
    dlg.landslideCombo.setLayer(layers["points"])
    dlg.validate()
    assert "No factor" in shown(dlg, "factors")  # study_request's own words
    assert not dlg.runButton.isEnabled()
    fill(dlg, layers, tmp_path / "out")
    assert dlg.problems == {} and dlg.runButton.isEnabled()
    # an empty landslide layer
    empty = QgsVectorLayer("Point?crs=EPSG:32617", "empty", "memory")
    project.addMapLayer(empty)
    dlg.landslideCombo.setLayer(empty)
    dlg.validate()
    assert "LANDSLIDES: the layer 'empty' has no feature" in shown(dlg, "landslides")
    assert not dlg.runButton.isEnabled()
    dlg.landslideCombo.setLayer(layers["points"])
    # a factor without CRS
    nocrs = QgsRasterLayer(str(_no_crs_copy(layers, tmp_path)), "nocrs")
    project.addMapLayer(nocrs)
    dlg.add_factor(nocrs.id(), "nocrs")
    dlg.validate()
    assert "'nocrs' has no CRS" in shown(dlg, "factors")
    dlg.factorTable.selectRow(len(dlg.state.factors) - 1)
    dlg.remove_factors()
    assert dlg.validate() == {}
    # a file where the output folder should be
    (tmp_path / "afile").write_text("x")
    dlg.outputFolderWidget.setFilePath(str(tmp_path / "afile" / "out"))
    dlg.validate()
    assert "OUTPUT_FOLDER" in shown(dlg, "output") and "cannot be written" in shown(dlg, "output")
    # a folder another run writes into
    dlg.outputFolderWidget.setFilePath(str(tmp_path / "out"))
    assert validation.claim_folder(str(tmp_path / "out"))
    try:
        dlg.validate()
        assert "Another run is writing into this folder" in shown(dlg, "output")
        assert dlg.start_run() is False
    finally:
        validation.release_folder(str(tmp_path / "out"))
    assert dlg.validate() == {}


def _no_crs_copy(layers, tmp_path):
    """The first factor's values in a GeoTIFF without CRS."""
    import numpy as np
    from osgeo import gdal

    src = gdal.Open(layers["continuous"][0].source())
    values = src.GetRasterBand(1).ReadAsArray().astype(np.float32)
    path = tmp_path / "nocrs.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform(src.GetGeoTransform())
    ds.GetRasterBand(1).WriteArray(values)
    ds = src = None
    return path


def test_messages_are_routed_to_their_field():
    assert validation.route("WEIGHT_FIELD: the field 'x' …") == "landslides"
    assert validation.route("MASK: the layer holds point features") == "extent"
    assert validation.route("optimisation precision must be a whole number from 1 to 4") == "optimisation"
    assert validation.route("precision must be a whole number from 0 to 6") == "parameters"
    assert validation.route("bin width must be in (0, 1]") == "parameters"
    assert validation.route("something else") == "run"
    # the parameter a message starts with decides, whatever the language of the rest
    assert validation.route("LANDSLIDES (Landslides) is required. Landslide inventory: points (… its weight)") == (
        "landslides"
    )
    assert validation.route("TRAIN_RATIO（训练比例）：5 不可用。用于训练的滑坡像元比例") == "landslides"
    assert validation.route("OUTPUT_FOLDER (出力フォルダ) は必須です。") == "output"
    assert validation.route("CONTINUOUS_FACTORS (連続型素因): …") == "factors"
    assert validation.route("CELL_SIZE：网格过大") == "parameters"


# --- settings -------------------------------------------------------------------------------------------------


def test_settings_are_remembered_and_reset(alsa_provider, project, clean_settings, qtbot, qgis_iface, tmp_path):
    from alsa.alsa_plugin.gui.dialog import AlsaDialog

    dlg = AlsaDialog(qgis_iface, project=project)
    qtbot.addWidget(dlg)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("FR"))
    dlg.precisionSpin.setValue(2)
    dlg.optimizeCheck.setChecked(True)
    dlg.seedSpin.setValue(7)
    dlg.reportCheck.setChecked(True)
    dlg.outputFolderWidget.setFilePath(str(tmp_path))
    dlg.close()
    assert QgsSettings().value(f"{SETTINGS}/method") == "FR"
    again = AlsaDialog(qgis_iface, project=project)
    qtbot.addWidget(again)
    s = again.state
    assert (s.method, s.precision, s.optimize, s.seed, s.output_folder) == ("FR", 2, True, 7, str(tmp_path))
    assert again.methodCombo.currentData() == "FR" and again.precisionSpin.value() == 2
    assert s.report and again.reportCheck.isChecked()
    again.reset()
    assert again.state.remembered() == DialogState().remembered()
    assert again.methodCombo.currentData() == "CF" and not again.optimizeCheck.isChecked()
    assert QgsSettings().value(f"{SETTINGS}/method") is None


# --- runs ---------------------------------------------------------------------------------------------------------


def wait_done(qtbot, dlg, timeout=180000):
    qtbot.waitUntil(lambda: dlg.run is None, timeout=timeout)


def test_run_adds_the_lsi_to_a_group_and_keeps_the_event_loop_turning(
    dialog, layers, tmp_path, qtbot, qgis_iface, monkeypatch
):
    dlg = dialog
    out = tmp_path / "out"
    assert fill(dlg, layers, out) == {}
    dlg.optimizeCheck.setChecked(True)
    dlg.optPrecisionSpin.setValue(3)  # 1000 widths: a run that lasts a while
    dlg.favourabilityCheck.setChecked(True)
    dlg.validate()
    ticks = [time.monotonic()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    steps = []
    assert dlg.start_run()
    dlg.run.stepChanged.connect(steps.append)
    assert not dlg.runButton.isEnabled() and dlg.cancelButton.isEnabled()
    assert not dlg.factorsGroup.isEnabled()
    # a second run into the same folder is refused while this one works
    assert validation.claim_folder(str(out)) is False
    wait_done(qtbot, dlg)
    timer.stop()
    ticks.append(time.monotonic())
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) >= 10 and max(gaps) < 0.5, f"the event loop stalled: {len(ticks)} ticks, longest gap {max(gaps)}"
    assert steps, "no step text reached the dialog"
    assert not shown(dlg, "run"), shown(dlg, "run")
    text = dlg.resultLabel.text()
    assert "Success rate: 0." in text and "Prediction rate: 0." in text and "Bin width: " in text
    assert 'href="folder"' in text and 'href="log"' in text and 'href="report"' not in text
    root = QgsProject.instance().layerTreeRoot()
    group = root.children()[0]
    assert group.name().startswith("ALSA CF_P3_W")  # after the run: method, precision, width
    names = [node.name() for node in group.children()]
    assert names[0].startswith("LSI_CF_P3_W") and len(names) == 1 + 4  # the LSI and a favourability per factor
    lsi = group.children()[0].layer()
    assert lsi.isValid() and lsi.renderer().type() == "singlebandpseudocolor"
    assert Path(dlg._links["log"]).is_file() and Path(dlg._links["folder"]) == out
    from alsa.alsa_plugin.gui import dialog as dialog_module

    opened = []
    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dlg.resultLabel.linkActivated.emit("folder")
    dlg.resultLabel.linkActivated.emit("log")
    assert opened == [str(out), dlg._links["log"]]
    assert validation.claim_folder(str(out))  # released after the run
    validation.release_folder(str(out))
    assert dlg.runButton.isEnabled() and not dlg.cancelButton.isEnabled()
    assert any("finished" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))


def test_failure_shows_the_algorithms_message(dialog, layers, tmp_path, qtbot, qgis_iface):
    dlg = dialog
    out = tmp_path / "out"
    fill(dlg, layers, out)
    # an extent far from the factors passes the checks made while preparing, but the job finds no cell in it
    far = QgsVectorLayer("Polygon?crs=EPSG:32617", "far away", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"))
    far.dataProvider().addFeatures([feature])
    far.updateExtents()
    QgsProject.instance().addMapLayer(far)
    dlg.extentCombo.setLayer(far)
    assert dlg.validate() == {}
    assert dlg.start_run()
    wait_done(qtbot, dlg)
    message = shown(dlg, "run")
    assert "does not overlap the processing extent" in message, message
    assert "Traceback" not in message
    assert message in [m.split(":", 1)[1] for m in qgis_iface.messageBar().get_messages(Qgis.Critical)]
    assert not out.exists() or not any(out.iterdir())
    assert not QgsProject.instance().layerTreeRoot().findGroups()  # nothing added to the map
    assert dlg.runButton.isEnabled()


def test_cancel_leaves_no_file(dialog, layers, tmp_path, qtbot):
    dlg = dialog
    out = tmp_path / "out"
    fill(dlg, layers, out)
    dlg.optimizeCheck.setChecked(True)
    dlg.optPrecisionSpin.setValue(4)  # 10 000 widths: long enough to cancel
    dlg.validate()
    assert dlg.start_run()
    qtbot.waitUntil(lambda: dlg.progressBar.value() > 0, timeout=120000)
    dlg.cancelButton.click()
    wait_done(qtbot, dlg)
    assert shown(dlg, "run") == "Cancelled: no output file was written."
    assert not out.exists() or not any(out.iterdir())
    assert not QgsProject.instance().layerTreeRoot().findGroups()  # nothing added to the map


# --- the plugin's menu entry and toolbar icon -----------------------------------------------------------------------


def test_menu_entry_and_toolbar_icon(qgis_iface, qgis_processing, monkeypatch):
    import alsa

    added, removed = [], []
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", lambda menu, action: added.append((menu, action)), raising=False)
    monkeypatch.setattr(qgis_iface, "addToolBarIcon", lambda action: added.append(("toolbar", action)), raising=False)
    monkeypatch.setattr(
        qgis_iface, "removePluginMenu", lambda menu, action: removed.append((menu, action)), raising=False
    )
    monkeypatch.setattr(
        qgis_iface, "removeToolBarIcon", lambda action: removed.append(("toolbar", action)), raising=False
    )
    plugin = alsa.classFactory(qgis_iface)
    plugin.initGui()
    assert [m for m, _ in added] == ["&ALSA", "toolbar"] and not plugin.action.icon().isNull()
    plugin.action.trigger()
    assert plugin.dialog is not None and plugin.dialog.isVisible()
    plugin.unload()
    assert [m for m, _ in removed] == ["&ALSA", "toolbar"] and plugin.dialog is None and plugin.action is None


# --- more checks, files, the comparison, the toolbox's path ---------------------------------------------------------


def test_weight_field_and_factor_files(dialog, layers, stack_files, tmp_path, project):
    dlg = dialog
    fill(dlg, layers, tmp_path / "out")
    assert "meters" in dlg.cellUnitLabel.text() and "10" in dlg.cellUnitLabel.text()  # the first factor's unit
    negative = QgsVectorLayer("Point?crs=EPSG:32617&field=w:double&field=label:string", "weighted", "memory")
    feature = QgsFeature(negative.fields())
    feature.setAttributes([-2.0, "a"])
    feature.setGeometry(QgsGeometry.fromWkt("POINT (500105 4099895)"))
    negative.dataProvider().addFeatures([feature])
    project.addMapLayer(negative)
    dlg.landslideCombo.setLayer(negative)
    assert [dlg.weightCombo.itemText(i) for i in range(dlg.weightCombo.count())] == ["", "w"]  # numeric fields only
    dlg.weightCombo.setField("w")
    dlg.validate()
    assert "WEIGHT_FIELD: 1 points of 'weighted' have a negative weight" in shown(dlg, "landslides")
    assert not dlg.runButton.isEnabled()
    # factors from files: their paths go to the algorithm as they are
    dlg.landslideCombo.setLayer(layers["points"])
    dlg.state.factors.clear()
    dlg.factors_changed()
    for path in stack_files["continuous"]:
        dlg.add_factor(path, Path(path).stem)
    dlg.add_factor(stack_files["classified"][0], "classes", classified=True)
    assert dlg.validate() == {}
    params = dlg.state.parameters()
    assert params["CONTINUOUS_FACTORS"] == stack_files["continuous"]
    assert params["CLASSIFIED_FACTORS"] == stack_files["classified"]
    # reorder: the selected row moves, and so does the first factor (the grid's)
    dlg.factorTable.selectRow(1)
    dlg.move_factor(-1)
    assert [f.source for f in dlg.state.factors[:2]] == [stack_files["continuous"][1], stack_files["continuous"][0]]
    assert dlg.factorTable.item(0, 1).text() == Path(stack_files["continuous"][1]).stem


def test_dialog_run_equals_the_toolbox_run(dialog, layers, tmp_path, qtbot):
    import processing

    dlg = dialog
    fill(dlg, layers, tmp_path / "dialog")
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("FR"))
    dlg.optimizeCheck.setChecked(True)
    dlg.validate()
    assert dlg.start_run()
    wait_done(qtbot, dlg)
    log = json.loads(Path(dlg._links["log"]).read_text())
    toolbox = processing.run(dlg.state.algorithm_id, dlg.state.parameters() | {"OUTPUT_FOLDER": str(tmp_path / "tb")})
    assert log["parameters"] == json.loads(Path(toolbox["LOG"]).read_text())["parameters"] | {
        "OUTPUT_FOLDER": str(tmp_path / "dialog")
    }
    text = dlg.resultLabel.text()
    assert f"Success rate: {toolbox['SUCCESS_RATE']:.4f}" in text
    assert f"Prediction rate: {toolbox['PREDICTION_RATE']:.4f}" in text
    assert f"Bin width: {toolbox['BIN_WIDTH_USED']:g}" in text


def test_compare_all_runs_the_comparison(dialog, layers, tmp_path, qtbot):
    dlg = dialog
    out = tmp_path / "compare"
    fill(dlg, layers, out)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE"))
    dlg.optPrecisionSpin.setValue(1)
    dlg.reportCheck.setChecked(True)
    assert dlg.validate() == {}
    assert dlg.start_run()
    wait_done(qtbot, dlg)
    assert not shown(dlg, "run"), shown(dlg, "run")
    assert "Best method: " in dlg.resultLabel.text() and 'href="table"' in dlg.resultLabel.text()
    assert 'href="report"' in dlg.resultLabel.text() and "Open the report" in dlg.resultLabel.text()
    assert Path(dlg._links["report"]) == out / "Report_compare.html" and Path(dlg._links["report"]).is_file()
    assert (out / "Compare_prediction_rates.csv").is_file()
    group = QgsProject.instance().layerTreeRoot().findGroups()[0]
    assert group.name().startswith("ALSA comparison (best: ")
    assert [n.name().split("_")[0] for n in group.children()] == ["LSI"]


def test_a_tick_that_looks_wrong_is_flagged_but_not_refused(dialog, layers, tmp_path):
    dlg = dialog
    assert fill(dlg, layers, tmp_path / "out") == {}
    assert dlg.factorsNote.isHidden()  # float factors continuous, the 8-bit class raster classified
    dlg.factorTable.item(0, 0).setCheckState(Qt.CheckState.Checked)  # slope (float32) ticked as classified
    dlg.factorTable.item(3, 0).setCheckState(Qt.CheckState.Unchecked)  # classes00 (8-bit codes) unticked
    assert dlg.validate() == {} and dlg.runButton.isEnabled()
    note = dlg.factorsNote.text()
    assert "'slope' is ticked as classified but holds decimal values." in note
    assert "'classes00' holds 8-bit whole numbers like class codes: classified?" in note


def test_files_from_the_file_dialogs_and_removed_layers(dialog, layers, stack_files, project, monkeypatch):
    from alsa.alsa_plugin.gui import dialog as dialog_module

    dlg = dialog
    files = dialog_module.QFileDialog
    monkeypatch.setattr(files, "getOpenFileNames", lambda *a, **k: (stack_files["continuous"][:2], ""))
    monkeypatch.setattr(files, "getOpenFileName", lambda *a, **k: (stack_files["landslide_raster"], ""))
    dlg.addFilesButton.click()
    assert [f.source for f in dlg.state.factors] == stack_files["continuous"][:2]
    dlg.landslideFileButton.click()  # the file joins the project and is chosen
    assert dlg.landslideCombo.currentLayer().source() == stack_files["landslide_raster"]
    assert dlg.state.landslide_kind == "raster" and not dlg.weightCombo.isEnabled()
    dlg.add_factor(layers["classified"][0].id(), "classes", classified=True)
    project.removeMapLayer(layers["classified"][0].id())
    assert [f.source for f in dlg.state.factors] == stack_files["continuous"][:2]
    assert dlg.factorTable.rowCount() == 2


def test_an_unexpected_error_is_reported_without_traceback(dialog, layers, tmp_path, qtbot, monkeypatch, qgis_iface):
    from alsa.processing_provider import bivariate_algorithm

    def broken(*args, **kwargs):
        raise RuntimeError("something the plugin did not expect")

    monkeypatch.setattr(bivariate_algorithm, "run_bivariate", broken)
    dlg = dialog
    fill(dlg, layers, tmp_path / "out")
    assert dlg.start_run()
    wait_done(qtbot, dlg)
    message = shown(dlg, "run")
    assert "something the plugin did not expect" in message, message
    assert "Traceback" not in message and 'File "' not in message
    assert any(message in m for m in qgis_iface.messageBar().get_messages(Qgis.Critical))
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_run_outlives_its_dialog(alsa_provider, layers, project, clean_settings, qtbot, qgis_iface, tmp_path):
    """Closing and deleting the dialog (the plugin unloaded) mid-run: the task ends normally, the folder is freed."""
    import gc

    from alsa.alsa_plugin.gui import runner
    from alsa.alsa_plugin.gui.dialog import AlsaDialog

    dlg = AlsaDialog(qgis_iface, project=project)
    out = tmp_path / "out"
    fill(dlg, layers, out)
    dlg.optimizeCheck.setChecked(True)
    dlg.validate()
    assert dlg.start_run()
    run = dlg.run
    dlg.close()
    dlg.deleteLater()
    del dlg
    qtbot.wait(10)
    gc.collect()
    assert run in runner._running
    qtbot.waitUntil(lambda: run.finished, timeout=180000)
    assert run not in runner._running
    assert any(p.name.startswith("LSI_CF_") for p in out.iterdir())
    assert validation.claim_folder(str(out))
    validation.release_folder(str(out))


# --- the machine-learning models (issue 9's algorithms, offered in the dialog) ----------------------------------


def model_widgets(dlg):
    return {
        n
        for n in ("trainDesignCombo", "testDesignCombo", "nSampleSpin", "minSpacingSpin")
        if getattr(dlg, n).isEnabled()
    }


def test_the_models_are_offered_with_their_own_options(dialog, layers):
    dlg = dialog
    registry = QgsApplication.processingRegistry()
    offered = {dlg.methodCombo.itemData(i): dlg.methodCombo.itemText(i) for i in range(dlg.methodCombo.count())}
    for alg in registry.providerById("alsa").algorithms():
        group = registry.algorithmById("alsa:randomforest").group()
        if alg.group() == group and alg.id() != "alsa:comparemodels":  # every model, named as in the toolbox
            key = next(k for k, v in offered.items() if v and v.startswith(alg.displayName() + " ("))
            assert dlg.state.__class__(method=key).algorithm_id == alg.id()
    assert {"LR", "DT", "KNN", "ANN", "MLP", "RF", "BAGGING", "STACKING"} <= set(offered)
    dlg.add_factor(layers["continuous"][0].id(), "slope")
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("CF"))
    assert dlg.modelOptions.isHidden()  # only for models
    assert {"precisionSpin", "binWidthSpin", "optimizeCheck", "favourabilityCheck"} <= enabled(dlg)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("RF"))
    assert not dlg.modelOptions.isHidden()
    # a model has no bins, no optimisation and no favourability rasters
    assert not (
        {"precisionSpin", "binWidthSpin", "optimizeCheck", "optPrecisionSpin", "favourabilityCheck"} & enabled(dlg)
    )
    # the toolbox's labels and choices; the paper's designs by default (train Po2, test Po1)
    alg = registry.createAlgorithmById("alsa:randomforest")
    assert [dlg.trainDesignCombo.itemText(i) for i in range(4)] == alg.parameterDefinition("TRAIN_DESIGN").options()
    assert dlg.trainDesignLabel.text() == alg.parameterDefinition("TRAIN_DESIGN").description()
    assert dlg.trainDesignCombo.currentIndex() == alg.parameterDefinition("TRAIN_DESIGN").defaultValue() == 2
    assert dlg.testDesignCombo.currentIndex() == alg.parameterDefinition("TEST_DESIGN").defaultValue() == 1
    # N_SAMPLE sizes a Po1 design, MIN_SPACING thins a Po2 one
    assert model_widgets(dlg) == {"trainDesignCombo", "testDesignCombo", "nSampleSpin", "minSpacingSpin"}
    dlg.trainDesignCombo.setCurrentIndex(3)  # Po3
    assert model_widgets(dlg) == {"trainDesignCombo", "testDesignCombo", "nSampleSpin"}
    dlg.testDesignCombo.setCurrentIndex(0)  # Px1
    assert model_widgets(dlg) == {"trainDesignCombo", "testDesignCombo"}
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE"))
    assert dlg.modelOptions.isHidden()


def test_parameters_of_a_model_run(dialog, layers, tmp_path):
    dlg = dialog
    assert fill(dlg, layers, tmp_path / "out") == {}
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("KNN"))
    dlg.seedSpin.setValue(7)
    dlg.splitByCombo.setCurrentIndex(1)
    dlg.trainDesignCombo.setCurrentIndex(2)
    dlg.testDesignCombo.setCurrentIndex(1)
    dlg.nSampleSpin.setValue(3000)
    dlg.minSpacingSpin.setValue(2.0)
    dlg.reportCheck.setChecked(True)
    dlg.optimizeCheck.setChecked(True)  # disabled for a model: ignored
    assert dlg.state.algorithm_id == "alsa:knn"
    params = dlg.state.parameters()
    assert params == {
        "LANDSLIDES": layers["points"].id(),
        "ALL_TOUCHED": False,
        "TRAIN_RATIO": 0.7,
        "SPLIT_BY": 1,
        "SEED": 7,
        "CONTINUOUS_FACTORS": [layer.id() for layer in layers["continuous"]],
        "CLASSIFIED_FACTORS": [layers["classified"][0].id()],
        "TRAIN_DESIGN": 2,
        "TEST_DESIGN": 1,
        "N_SAMPLE": 3000,
        "MIN_SPACING": 2.0,
        "NEIGHBOUR_SEARCH": 0,  # KNN's own option
        "OUTPUT_FOLDER": str(tmp_path / "out"),
        "OUTPUT_REPORT": str(tmp_path / "out" / "Report_KNN_Po2-Po1_S7.html"),  # the model's own file tag
    }
    alg = QgsApplication.processingRegistry().createAlgorithmById("alsa:knn")
    assert set(params) <= {d.name() for d in alg.parameterDefinitions()}
    ok, message = alg.checkParameterValues(params, validation.Validator(QgsProject.instance()).context())
    assert ok, message
    # N_SAMPLE is left out when no Po1 design is chosen, MIN_SPACING is 0 without Po2
    dlg.trainDesignCombo.setCurrentIndex(3)
    dlg.testDesignCombo.setCurrentIndex(0)
    params = dlg.state.parameters()
    assert "N_SAMPLE" not in params and params["MIN_SPACING"] == 0.0
    assert params["TRAIN_DESIGN"] == 3 and params["TEST_DESIGN"] == 0
    dlg.nSampleSpin.setValue(0)  # the special value: the algorithm's default
    dlg.testDesignCombo.setCurrentIndex(1)
    assert "N_SAMPLE" not in dlg.state.parameters()
    dlg.pseudoRandomCheck.setChecked(False)  # no seed: the tag has none either
    assert dlg.state.parameters()["OUTPUT_REPORT"].endswith("Report_KNN_Po3-Po1.html")


def test_stacking_bases_and_the_neighbour_search_as_in_the_toolbox(dialog, layers, tmp_path):
    """Stacking's BASE_MODELS and the neighbour search of KNN (and of stacking's KNN base, and of a comparison of
    either): offered as the toolbox offers them, shown or enabled only where they apply, passed on as the
    algorithms take them; the report is named with the tag the model's files get."""
    dlg = dialog
    registry = QgsApplication.processingRegistry()
    stacking, knn = (registry.createAlgorithmById(f"alsa:{a}") for a in ("stacking", "knn"))
    assert fill(dlg, layers, tmp_path / "out") == {}
    dlg.reportCheck.setChecked(True)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("RF"))
    assert dlg.stackingBasesList.isHidden() and not dlg.neighbourSearchCombo.isEnabled()
    assert not {"BASE_MODELS", "NEIGHBOUR_SEARCH"} & set(dlg.state.parameters())
    search = knn.parameterDefinition("NEIGHBOUR_SEARCH")
    assert dlg.neighbourSearchLabel.text() == search.description()
    assert [dlg.neighbourSearchCombo.itemText(i) for i in range(2)] == search.options()
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("STACKING"))
    assert not dlg.stackingBasesList.isHidden() and dlg.neighbourSearchCombo.isEnabled()
    bases = stacking.parameterDefinition("BASE_MODELS")
    assert dlg.stackingBasesLabel.text() == bases.description()
    tips = [dlg.stackingBasesList.item(i).toolTip() for i in range(dlg.stackingBasesList.count())]
    assert tips == bases.options()
    assert ticked(dlg.stackingBasesList) == ["LR", "DT", "KNN", "ANN", "MLP", "RF", "BAGGING"]  # the paper's seven
    params = dlg.state.parameters()
    assert params["BASE_MODELS"] == bases.defaultValue() == list(range(7)) and params["NEIGHBOUR_SEARCH"] == 0
    assert params["OUTPUT_REPORT"] == str(tmp_path / "out" / "Report_Stacking_Po2-Po1_S1.html")  # defaults: no digest
    # the documented fast choice: LR, DT and RF; without a KNN base the search does not apply
    tick(dlg.stackingBasesList, {"LR", "DT", "RF"})
    dlg.neighbourSearchCombo.setCurrentIndex(1)
    assert not dlg.neighbourSearchCombo.isEnabled()
    params = dlg.state.parameters()
    assert params["BASE_MODELS"] == [0, 1, 5] and "NEIGHBOUR_SEARCH" not in params
    ok, message = stacking.checkParameterValues(params, validation.Validator(QgsProject.instance()).context())
    assert ok, message
    assert dlg.validate() == {}
    # the toolbox's hyperparameters, and the report named with the digest the model's files get
    context = validation.Validator(QgsProject.instance()).context()
    from alsa.alsa_plugin.jobs.model_job import model_tag

    hyper = stacking.hyperparameters(params, context)
    assert hyper == {"cv": 5, "base_models": ("LR", "DT", "RF")}
    expected = model_tag("STACKING", "Po2", "Po1", 1, {"base_models": ("LR", "DT", "RF")})
    assert "_H" in expected and params["OUTPUT_REPORT"] == str(tmp_path / "out" / f"Report_{expected}.html")
    # with a KNN base the search applies and reaches the base
    tick(dlg.stackingBasesList, {"DT", "KNN"})
    params = dlg.state.parameters()
    assert params["BASE_MODELS"] == [1, 2] and params["NEIGHBOUR_SEARCH"] == 1
    assert stacking.hyperparameters(params, context)["base_params"] == {"KNN": {"neighbour_search": "approximate"}}
    # KNN alone, and a comparison with KNN or stacking ticked
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("KNN"))
    assert dlg.stackingBasesList.isHidden() and dlg.neighbourSearchCombo.isEnabled()
    assert "BASE_MODELS" not in dlg.state.parameters() and dlg.state.parameters()["NEIGHBOUR_SEARCH"] == 1
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE_MODELS"))
    tick(dlg.compareModelsList, {"LR", "RF"})
    assert not dlg.neighbourSearchCombo.isEnabled() and "NEIGHBOUR_SEARCH" not in dlg.state.parameters()
    tick(dlg.compareModelsList, {"LR", "STACKING"})
    assert dlg.neighbourSearchCombo.isEnabled() and dlg.state.parameters()["NEIGHBOUR_SEARCH"] == 1
    # no base ticked: the algorithm's own message, next to the method
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("STACKING"))
    tick(dlg.stackingBasesList, set())
    dlg.validate()
    assert "BASE_MODELS" in shown(dlg, "method") and not dlg.runButton.isEnabled()


def test_model_settings_are_checked_before_run(dialog, layers, tmp_path, monkeypatch):
    dlg = dialog
    fill(dlg, layers, tmp_path / "out")
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("LR"))
    assert dlg.validate() == {}
    # the model's own check: without scikit-learn it says how to install it, next to the method
    from alsa.alsa_plugin.core import ml

    def missing():
        raise ml.AlsaInputError("the machine-learning models need scikit-learn, which this Python lacks (test)")

    monkeypatch.setattr(ml, "require_sklearn", missing)
    dlg.validate()
    assert "scikit-learn" in shown(dlg, "method") and not dlg.runButton.isEnabled()


def test_settings_of_the_models_are_remembered(alsa_provider, project, clean_settings, qtbot, qgis_iface):
    from alsa.alsa_plugin.gui.dialog import AlsaDialog

    dlg = AlsaDialog(qgis_iface, project=project)
    qtbot.addWidget(dlg)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("STACKING"))
    dlg.trainDesignCombo.setCurrentIndex(3)
    dlg.nSampleSpin.setValue(1234)
    tick(dlg.stackingBasesList, {"LR", "KNN", "RF"})
    dlg.neighbourSearchCombo.setCurrentIndex(1)
    dlg.close()
    again = AlsaDialog(qgis_iface, project=project)
    qtbot.addWidget(again)
    assert again.methodCombo.currentData() == "STACKING" and not again.modelOptions.isHidden()
    assert again.trainDesignCombo.currentIndex() == 3 and again.nSampleSpin.value() == 1234
    assert ticked(again.stackingBasesList) == ["LR", "KNN", "RF"] and again.neighbourSearchCombo.currentIndex() == 1
    again.reset()
    assert again.methodCombo.currentData() == "CF" and again.modelOptions.isHidden()
    assert again.trainDesignCombo.currentIndex() == 2 and again.nSampleSpin.value() == 0
    assert len(ticked(again.stackingBasesList)) == 7 and again.neighbourSearchCombo.currentIndex() == 0
    assert DialogState.from_remembered({"train_design": 9, "test_design": "x"}).train_design == 2
    assert DialogState.from_remembered({"neighbour_search": 5}).neighbour_search == 0


def test_a_model_run_shows_its_rates_and_loads_its_probability(dialog, layers, tmp_path, qtbot):
    import processing

    dlg = dialog
    out = tmp_path / "model"
    fill(dlg, layers, out)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("DT"))
    dlg.seedSpin.setValue(3)
    assert dlg.validate() == {}
    assert dlg.start_run()
    wait_done(qtbot, dlg)
    assert not shown(dlg, "run"), shown(dlg, "run")
    toolbox = processing.run("alsa:decisiontree", dlg.state.parameters() | {"OUTPUT_FOLDER": str(tmp_path / "tb")})
    text = dlg.resultLabel.text()
    assert f"Success rate: {toolbox['SUCCESS_RATE']:.4f}" in text
    assert f"Prediction rate: {toolbox['PREDICTION_RATE']:.4f}" in text
    assert (
        f"ROC AUC: {toolbox['ROC_AUC_TRAIN']:.4f} (training design), {toolbox['ROC_AUC_TEST']:.4f} (test design)"
        in text
    )
    assert "Bin width" not in text
    group = QgsProject.instance().layerTreeRoot().findGroups()[0]
    assert group.name() == "ALSA DT_Po2-Po1_S3"
    [node] = group.children()
    assert (
        node.name() == "Probability_DT_Po2-Po1_S3"
        and Path(node.layer().source()) == out / "Probability_DT_Po2-Po1_S3.tif"
    )
    assert node.layer().renderer().type() == "singlebandpseudocolor"


# --- models and methods compared (alsa:comparemodels) ---------------------------------------------------------


def ticked(widget):
    return [
        widget.item(i).text() for i in range(widget.count()) if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def tick(widget, keys):
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in keys else Qt.CheckState.Unchecked)


def test_compare_models_and_methods_rules_and_parameters(dialog, layers, tmp_path):
    dlg = dialog
    assert fill(dlg, layers, tmp_path / "out") == {}
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE_MODELS"))
    alg = QgsApplication.processingRegistry().createAlgorithmById("alsa:comparemodels")
    assert dlg.methodCombo.currentText() == alg.displayName()
    # both the models' options and the methods' bins; the choice of items only here; no favourability rasters
    assert not dlg.compareOptions.isHidden() and not dlg.modelOptions.isHidden()
    assert {"precisionSpin", "binWidthSpin", "optimizeCheck"} <= enabled(dlg) and "favourabilityCheck" not in enabled(
        dlg
    )
    assert dlg.compareModelsLabel.text() == alg.parameterDefinition("MODELS").description()
    tips = [dlg.compareModelsList.item(i).toolTip() for i in range(dlg.compareModelsList.count())]
    assert tips == alg.parameterDefinition("MODELS").options()
    # the algorithm's defaults ticked
    assert ticked(dlg.compareModelsList) == ["LR", "DT", "RF"] and ticked(dlg.compareMethodsList) == ["FR", "CF"]
    tick(dlg.compareModelsList, {"KNN", "STACKING"})
    tick(dlg.compareMethodsList, {"WOE"})
    dlg.optimizeCheck.setChecked(True)
    dlg.reportCheck.setChecked(True)
    params = dlg.state.parameters()
    assert dlg.state.algorithm_id == "alsa:comparemodels"
    assert params == {
        "LANDSLIDES": layers["points"].id(),
        "ALL_TOUCHED": False,
        "TRAIN_RATIO": 0.7,
        "SPLIT_BY": 0,
        "SEED": 1,
        "CONTINUOUS_FACTORS": [layer.id() for layer in layers["continuous"]],
        "CLASSIFIED_FACTORS": [layers["classified"][0].id()],
        "MODELS": [2, 7],  # the algorithm's indices: KNN, Stacking
        "METHODS": [5],  # WOE
        "TRAIN_DESIGN": 2,
        "TEST_DESIGN": 1,
        "MIN_SPACING": 0.0,
        "NEIGHBOUR_SEARCH": 0,  # KNN and stacking are compared
        "PRECISION": 3,
        "OPT_PRECISION": 2,
        "BIN_WIDTH": 0.1,
        "OPTIMIZE": True,
        "OUTPUT_FOLDER": str(tmp_path / "out"),
        "OUTPUT_REPORT": str(tmp_path / "out" / "Report_compare_models.html"),
    }
    assert set(params) <= {d.name() for d in alg.parameterDefinitions()}
    options = alg.parameterDefinition("MODELS").options()
    assert [options[i] for i in params["MODELS"]][0].endswith("(KNN)")
    assert dlg.validate() == {}
    # nothing ticked: the algorithm's own message, next to the method
    tick(dlg.compareModelsList, set())
    tick(dlg.compareMethodsList, set())
    dlg.validate()
    assert shown(dlg, "method").startswith("MODELS and METHODS are both empty") and not dlg.runButton.isEnabled()


def test_compare_models_and_methods_runs(dialog, layers, tmp_path, qtbot):
    dlg = dialog
    out = tmp_path / "cmp"
    fill(dlg, layers, out)
    dlg.methodCombo.setCurrentIndex(dlg.methodCombo.findData("COMPARE_MODELS"))
    tick(dlg.compareModelsList, {"DT"})
    tick(dlg.compareMethodsList, {"CF"})
    dlg.nSampleSpin.setValue(4000)
    assert dlg.validate() == {}
    assert dlg.start_run()
    wait_done(qtbot, dlg)
    assert not shown(dlg, "run"), shown(dlg, "run")
    rows = list(csv.DictReader(open(out / "Compare_models.csv", newline="")))
    best = rows[0]["item"]
    text = dlg.resultLabel.text()
    assert f"Best model or method: {best}" in text and 'href="table"' in text
    assert Path(dlg._links["table"]) == out / "Compare_models.csv"
    group = QgsProject.instance().layerTreeRoot().findGroups()[0]
    assert group.name() == f"ALSA comparison (best: {best})"
    [node] = group.children()
    assert Path(node.layer().source()).name == Path(rows[0]["raster"]).name
