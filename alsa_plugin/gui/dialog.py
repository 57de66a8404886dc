"""The ALSA dialog: ALSA 3.0's window (Li & Lan 2023 §4, Figure 4) over the ``alsa`` Processing algorithms.

The form is ``ui/alsa_dialog.ui`` (Qt Designer), loaded at run time. Widgets are copied
into a :class:`~.dialog_state.DialogState`, which decides what is enabled and builds the
algorithm's parameters; :class:`~.validation.Validator` places the algorithm's own
messages next to the fields; :class:`~.runner.AlgorithmRun` runs the algorithm as a
background task; :class:`~.factor_table.FactorTableMixin` keeps the factor table.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QFileDialog, QListView, QListWidgetItem

from ...processing_provider.study_parameters import SPLIT_BY_LABELS, geometry_kind
from ..core.i18n import tr
from .dialog_state import ALGORITHM_IDS, BASES, COMPARE, COMPARE_MODELS, METHOD_IDS, MODEL_IDS, DialogState
from .factor_table import FactorTableMixin
from .runner import AlgorithmRun, add_results
from .validation import FIELDS, Validator, claim_folder, release_folder

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).resolve().parents[2] / "ui" / "alsa_dialog.ui"))
SETTINGS_GROUP = "alsa/dialog"
MESSAGE_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #8a5a00;"


def layer_filter(*names: str):
    """QgsMapLayerProxyModel filters (``Qgis.LayerFilter`` on QGIS ≥ 3.34), or-ed."""
    owner = getattr(Qgis, "LayerFilter", None)
    if owner is None:
        owner, out = QgsMapLayerProxyModel.Filter, QgsMapLayerProxyModel.Filters()
    else:
        out = Qgis.LayerFilters()  # a flags object: an or-ed int would pick the deprecated overload
    for name in names:
        out |= getattr(owner, name)
    return out


class AlsaDialog(QDialog, FORM_CLASS, FactorTableMixin):
    """One window: settings, Run, progress, Cancel, results."""

    def __init__(self, iface=None, parent=None, project: QgsProject | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.validator = Validator(self.project)
        self.run: AlgorithmRun | None = None
        self.run_folder = ""
        self.problems: dict[str, str] = {}
        self.failure = ""  # why the last run failed, shown until the next one starts
        self._links: dict[str, str] = {}
        self._filling = False
        self._file_layers: dict[str, QgsRasterLayer] = {}
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self.validate)
        self._setup_widgets()
        self.state = self.load_settings()
        self.show_state()
        self._connect()
        self.validate()

    def tr(self, text: str) -> str:  # noqa: D102
        return tr(text)

    # --- set-up ---------------------------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        self.landslideCombo.setFilters(layer_filter("PointLayer", "PolygonLayer", "RasterLayer"))
        self.landslideCombo.setAllowEmptyLayer(True)
        self.testCombo.setFilters(layer_filter("PointLayer", "PolygonLayer", "RasterLayer"))
        self.testCombo.setAllowEmptyLayer(True)
        self.factorLayerCombo.setFilters(layer_filter("RasterLayer"))
        self.extentCombo.setAllowEmptyLayer(True)
        self.maskCombo.setFilters(layer_filter("PolygonLayer"))
        self.maskCombo.setAllowEmptyLayer(True)
        for combo in (self.landslideCombo, self.testCombo, self.extentCombo, self.maskCombo):
            combo.setLayer(None)
        self.weightCombo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.outputFolderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.outputFolderWidget.setDialogTitle(self.tr("Output folder"))
        registry = QgsApplication.processingRegistry()
        self.splitByCombo.clear()
        self.splitByCombo.addItems([tr(x) for x in SPLIT_BY_LABELS])  # the algorithms' own choices
        self.methodCombo.clear()
        for method in METHOD_IDS:  # named as in the toolbox
            alg = registry.algorithmById(ALGORITHM_IDS[method])
            self.methodCombo.addItem(f"{alg.displayName() if alg else method} ({method})", method)
        self.methodCombo.addItem(self.tr("Compare all (the eight methods, optimal and conventional)"), COMPARE)
        self.methodCombo.insertSeparator(self.methodCombo.count())
        compare_models = registry.algorithmById(ALGORITHM_IDS[COMPARE_MODELS])
        text = compare_models.displayName() if compare_models else self.tr("Compare models and methods")
        self.methodCombo.addItem(text, COMPARE_MODELS)
        self.methodCombo.insertSeparator(self.methodCombo.count())
        for model in MODEL_IDS:  # the machine-learning models, named as in the toolbox
            alg = registry.algorithmById(ALGORITHM_IDS[model])
            self.methodCombo.addItem(f"{alg.displayName() if alg else model} ({model})", model)
        model_alg = registry.algorithmById(ALGORITHM_IDS[MODEL_IDS[0]])
        if model_alg is not None:  # the models' options, labelled and offered as in the toolbox
            for key, label, combo in (
                ("TRAIN_DESIGN", self.trainDesignLabel, self.trainDesignCombo),
                ("TEST_DESIGN", self.testDesignLabel, self.testDesignCombo),
            ):
                self._setup_choice(model_alg.parameterDefinition(key), label, combo)
            self.nSampleLabel.setText(model_alg.parameterDefinition("N_SAMPLE").description())
            self.minSpacingLabel.setText(model_alg.parameterDefinition("MIN_SPACING").description())
        knn = registry.algorithmById(ALGORITHM_IDS["KNN"])
        if knn is not None:  # KNN's neighbour search, labelled and offered as in the toolbox
            search = knn.parameterDefinition("NEIGHBOUR_SEARCH")
            self._setup_choice(search, self.neighbourSearchLabel, self.neighbourSearchCombo)
            self.neighbourSearchCombo.setToolTip(search.help())
        self._setup_compared(compare_models)
        stacking = registry.algorithmById(ALGORITHM_IDS["STACKING"])
        self._setup_ticks(stacking, "BASE_MODELS", self.stackingBasesLabel, self.stackingBasesList, BASES)
        self.nSampleSpin.setSpecialValueText(self.tr("default: 500000, or every cell when fewer"))
        self.factorTable.setHorizontalHeaderLabels([self.tr("Classified"), self.tr("Factor")])
        self.factorTable.horizontalHeader().setStretchLastSection(True)
        self.cellSizeSpin.setSpecialValueText(self.tr("first factor's"))
        for name in FIELDS:
            getattr(self, f"{name}Message").setStyleSheet(MESSAGE_STYLE)
        self.factorsNote.setStyleSheet(NOTE_STYLE)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.cancelButton.setEnabled(False)
        self.progressBar.setRange(0, 100)

    @staticmethod
    def _setup_choice(param, label, combo) -> None:
        """A combo offering an enum parameter's options, labelled with its description, as in the toolbox."""
        label.setText(param.description())
        combo.clear()
        combo.addItems(param.options())
        # long choices must not widen the window: the combo keeps a modest width, its list shows them whole
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)

    def _setup_compared(self, alg) -> None:
        """The models and methods to compare: a tick per key (its name as tooltip), labelled as in the toolbox."""
        self._setup_ticks(alg, "MODELS", self.compareModelsLabel, self.compareModelsList, MODEL_IDS)
        self._setup_ticks(alg, "METHODS", self.compareMethodsLabel, self.compareMethodsList, METHOD_IDS)

    def _setup_ticks(self, alg, key: str, label, widget, keys) -> None:
        """A tick per key of the algorithm's multiple choice ``key`` (its option as tooltip), labelled as there."""
        names = alg.parameterDefinition(key).options() if alg else keys
        if alg:
            label.setText(alg.parameterDefinition(key).description())
        widget.clear()
        widget.setFlow(QListView.Flow.LeftToRight)
        widget.setWrapping(True)
        widget.setSpacing(2)
        widget.setMaximumHeight(4 * widget.fontMetrics().height())
        for k, name in zip(keys, names):
            item = QListWidgetItem(k)
            item.setData(Qt.ItemDataRole.UserRole, k)
            item.setToolTip(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    def _compared_items(self):
        for widget in (self.compareModelsList, self.compareMethodsList):
            yield from self._items(widget)

    @staticmethod
    def _items(widget):
        for row in range(widget.count()):
            yield widget.item(row)

    @staticmethod
    def _tick(widget, keys) -> None:
        chosen = set(keys)
        for item in AlsaDialog._items(widget):
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    @staticmethod
    def _ticked(items) -> str:
        return ",".join(
            item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def _connect(self) -> None:
        for combo in (self.landslideCombo, self.testCombo, self.extentCombo, self.maskCombo):
            combo.layerChanged.connect(self.changed)
        self.weightCombo.fieldChanged.connect(self.changed)
        for spin in (
            self.trainRatioSpin,
            self.seedSpin,
            self.cellSizeSpin,
            self.precisionSpin,
            self.binWidthSpin,
            self.optPrecisionSpin,
        ):
            spin.valueChanged.connect(self.changed)
        self.nSampleSpin.valueChanged.connect(self.changed)
        self.minSpacingSpin.valueChanged.connect(self.changed)
        self.trainDesignCombo.currentIndexChanged.connect(self.changed)
        self.testDesignCombo.currentIndexChanged.connect(self.changed)
        self.compareModelsList.itemChanged.connect(self.changed)
        self.compareMethodsList.itemChanged.connect(self.changed)
        self.stackingBasesList.itemChanged.connect(self.changed)
        self.neighbourSearchCombo.currentIndexChanged.connect(self.changed)
        checks = (self.pseudoRandomCheck, self.selectedOnlyCheck, self.optimizeCheck, self.favourabilityCheck)
        for check in (*checks, self.reportCheck):
            check.toggled.connect(self.changed)
        self.methodCombo.currentIndexChanged.connect(self.changed)
        self.splitByCombo.currentIndexChanged.connect(self.changed)
        self.outputFolderWidget.fileChanged.connect(self.changed)
        self.factorTable.itemChanged.connect(self._factor_item_changed)
        self.addLayerButton.clicked.connect(self.add_project_factor)
        self.addFilesButton.clicked.connect(self.add_factor_files)
        self.removeButton.clicked.connect(self.remove_factors)
        self.upButton.clicked.connect(lambda: self.move_factor(-1))
        self.downButton.clicked.connect(lambda: self.move_factor(1))
        self.landslideFileButton.clicked.connect(self.add_landslide_file)
        self.runButton.clicked.connect(self.start_run)
        self.cancelButton.clicked.connect(self.cancel_run)
        self.closeButton.clicked.connect(self.close)
        self.resetButton.clicked.connect(self.reset)
        self.resultLabel.linkActivated.connect(self.open_link)
        self.project.layersRemoved.connect(self.layers_removed)

    # --- widgets <-> state -------------------------------------------------------------------------------------

    def show_state(self) -> None:
        """Put the state into the widgets (without reacting to the changes)."""
        s, self._filling = self.state, True
        try:
            self.landslideCombo.setLayer(self.project.mapLayer(s.landslides))
            self.testCombo.setLayer(self.project.mapLayer(s.test_landslides))
            self.extentCombo.setLayer(self.project.mapLayer(s.extent_layer))
            self.maskCombo.setLayer(self.project.mapLayer(s.mask_layer))
            self.trainRatioSpin.setValue(s.train_ratio)
            self.pseudoRandomCheck.setChecked(s.pseudo_random)
            self.seedSpin.setValue(s.seed)
            self.splitByCombo.setCurrentIndex(s.split_by)
            self.selectedOnlyCheck.setChecked(s.selected_only)
            self.cellSizeSpin.setValue(s.cell_size)
            self.precisionSpin.setValue(s.precision)
            self.binWidthSpin.setValue(s.bin_width)
            self.methodCombo.setCurrentIndex(max(0, self.methodCombo.findData(s.method)))
            self.optimizeCheck.setChecked(s.optimize)
            self.optPrecisionSpin.setValue(s.opt_precision)
            self.outputFolderWidget.setFilePath(s.output_folder)
            self.favourabilityCheck.setChecked(s.add_favourability)
            self.reportCheck.setChecked(s.report)
            self.trainDesignCombo.setCurrentIndex(s.train_design)
            self.testDesignCombo.setCurrentIndex(s.test_design)
            self.nSampleSpin.setValue(s.n_sample)
            self.minSpacingSpin.setValue(s.min_spacing)
            self._tick(self.compareModelsList, s.compared_keys)
            self._tick(self.compareMethodsList, s.compared_keys)
            self._tick(self.stackingBasesList, s.base_keys)
            self.neighbourSearchCombo.setCurrentIndex(s.neighbour_search)
            self._fill_table()
            self._update_landslide_layer()
            self.weightCombo.setField(s.weight_field)
        finally:
            self._filling = False
        self.apply_rules()

    def read_widgets(self) -> None:
        """Copy the widgets into the state (the factor list is kept in the state directly)."""
        s = self.state
        s.landslides = self._layer_id(self.landslideCombo)
        s.test_landslides = self._layer_id(self.testCombo)
        s.extent_layer = self._layer_id(self.extentCombo)
        s.mask_layer = self._layer_id(self.maskCombo)
        self._update_landslide_layer()
        s.weight_field = self.weightCombo.currentField() if s.weight_enabled else ""
        s.train_ratio = self.trainRatioSpin.value()
        s.pseudo_random = self.pseudoRandomCheck.isChecked()
        s.seed = self.seedSpin.value()
        s.split_by = max(0, self.splitByCombo.currentIndex())
        s.selected_only = self.selectedOnlyCheck.isChecked()
        s.cell_size = self.cellSizeSpin.value()
        s.precision = self.precisionSpin.value()
        s.bin_width = self.binWidthSpin.value()
        s.method = self.methodCombo.currentData() or "CF"
        s.optimize = self.optimizeCheck.isChecked()
        s.opt_precision = self.optPrecisionSpin.value()
        s.output_folder = self.outputFolderWidget.filePath().strip()
        s.add_favourability = self.favourabilityCheck.isChecked()
        s.report = self.reportCheck.isChecked()
        s.train_design = max(0, self.trainDesignCombo.currentIndex())
        s.test_design = max(0, self.testDesignCombo.currentIndex())
        s.n_sample = self.nSampleSpin.value()
        s.min_spacing = self.minSpacingSpin.value()
        s.compared = self._ticked(self._compared_items())
        s.stacking_bases = self._ticked(self._items(self.stackingBasesList))
        s.neighbour_search = max(0, self.neighbourSearchCombo.currentIndex())

    @staticmethod
    def _layer_id(combo) -> str:
        layer = combo.currentLayer()
        return layer.id() if layer is not None else ""

    def _update_landslide_layer(self) -> None:
        layer = self.landslideCombo.currentLayer()
        if layer is None:
            kind = ""
        elif isinstance(layer, QgsRasterLayer):
            kind = "raster"
        else:
            kind = geometry_kind(layer)
        self.state.landslide_kind = kind
        vector = layer if isinstance(layer, QgsVectorLayer) and kind == "point" else None
        if self.weightCombo.layer() is not vector:
            self.weightCombo.setLayer(vector)

    def changed(self, *_) -> None:
        """A widget changed: update the state and the rules, check again shortly."""
        if self._filling:
            return
        self.read_widgets()
        self.apply_rules()
        self._check_timer.start()

    def apply_rules(self) -> None:
        """ALSA 3.0's enable rules (§4), from the state."""
        s, idle = self.state, self.run is None
        self.weightCombo.setEnabled(s.weight_enabled)
        self.seedSpin.setEnabled(s.seed_enabled)
        self.splitByCombo.setEnabled(s.split_by_enabled)
        self.precisionSpin.setEnabled(s.precision_enabled)
        self.binWidthSpin.setEnabled(s.bin_width_enabled)
        self.optimizeCheck.setEnabled(s.optimize_enabled)
        self.optPrecisionSpin.setEnabled(s.opt_precision_enabled)
        self.selectedOnlyCheck.setEnabled(bool(s.mask_layer))
        self.favourabilityCheck.setEnabled(s.favourability_enabled)
        self.modelOptions.setVisible(s.with_models)  # the models' own options, only for them
        self.compareOptions.setVisible(s.compare_models)
        self.nSampleSpin.setEnabled(s.n_sample_enabled)
        self.minSpacingSpin.setEnabled(s.min_spacing_enabled)
        for widget in (self.stackingBasesLabel, self.stackingBasesList):
            widget.setVisible(s.stacking_bases_enabled)
        self.neighbourSearchCombo.setEnabled(s.neighbour_search_enabled)
        self.cellUnitLabel.setText(self._cell_unit())
        for group in (
            self.landslideGroup,
            self.factorsGroup,
            self.extentGroup,
            self.parametersGroup,
            self.methodGroup,
            self.optimisationGroup,
            self.outputGroup,
        ):
            group.setEnabled(idle)
        self.resetButton.setEnabled(idle)
        self.cancelButton.setEnabled(not idle)
        self.runButton.setEnabled(idle and not self.problems)

    def add_landslide_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Landslides"), "", self.tr("Vector or raster files (*)"))
        if not path:
            return
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        if not layer.isValid():
            layer = QgsRasterLayer(path, Path(path).stem)
        if layer.isValid():
            self.project.addMapLayer(layer)
            self.landslideCombo.setLayer(layer)
        else:
            self.landslidesMessage.setText(self.tr("QGIS cannot read {path}").format(path=path))

    # --- checks -----------------------------------------------------------------------------------------------

    def validate(self) -> dict[str, str]:
        """Show each problem next to its field; Run is allowed when there is none."""
        self._check_timer.stop()
        self.read_widgets()
        self.problems = self.validator.problems(self.state)
        for name in FIELDS:
            text = self.problems.get(name, self.failure if name == "run" else "")
            label = getattr(self, f"{name}Message")
            label.setText(text)
            label.setVisible(bool(text))
        notes = self.factor_notes()
        self.factorsNote.setText(notes)
        self.factorsNote.setVisible(bool(notes))
        self.apply_rules()
        return self.problems

    # --- running ----------------------------------------------------------------------------------------------

    def start_run(self) -> bool:
        """Check, then run the algorithm as a background task; False when it could not start."""
        if self.run is not None:
            return False
        self.validator.forget()  # a layer may have changed in the project since the last check
        if self.validate():
            return False
        folder = self.state.output_folder
        if not claim_folder(folder):
            self.outputMessage.setText(self.tr("Another run is writing into this folder; wait or choose another."))
            self.outputMessage.setVisible(True)
            return False
        self.save_settings()
        try:
            self.run = AlgorithmRun(self.state.algorithm_id, self.state.parameters(), self.project, folder)
        except ValueError as exc:
            release_folder(folder)
            self.show_failure(str(exc))
            return False
        self.run_folder = folder
        self.run.progressChanged.connect(self.show_progress)  # slots of the dialog: gone with it, never dangling
        self.run.stepChanged.connect(self.progressText.setText)
        self.run.done.connect(self.run_done)
        self.resultLabel.clear()
        self.failure = ""
        self.runMessage.clear()
        self.progressBar.setValue(0)
        self.progressText.setText(self.tr("Starting…"))
        self.apply_rules()
        self.run.start()
        return True

    def show_progress(self, percent: float) -> None:
        self.progressBar.setValue(int(percent))

    def cancel_run(self) -> None:
        if self.run is not None:
            self.progressText.setText(self.tr("Cancelling…"))
            self.run.cancel()

    def run_done(self, ok: bool, results: dict, message: str) -> None:
        self.run = None
        if ok:
            self.show_results(results)
        else:
            self.show_failure(message)
        self.validate()

    def show_results(self, results: dict) -> None:
        from .runner import lsi_path

        lsi = lsi_path(results)
        best = results.get("BEST_METHOD") or results.get("BEST_ITEM")
        if best:
            name = self.tr("ALSA comparison (best: {method})").format(method=best)
        else:
            stem = lsi.stem.removeprefix("LSI_").removeprefix("Probability_") if lsi else self.state.method
            name = "ALSA " + stem
        add_results(self.project, name, results, self.state.add_favourability and self.state.favourability_enabled)
        self.progressBar.setValue(100)
        self.progressText.setText(self.tr("Done: {name}").format(name=name))
        self._links = {"folder": results.get("OUTPUT_FOLDER", self.run_folder), "log": results.get("LOG", "")}
        lines = []
        if "SUCCESS_RATE" in results:
            lines.append(self.tr("Success rate: {rate:.4f}").format(rate=results["SUCCESS_RATE"]))
            pred = results.get("PREDICTION_RATE")
            lines.append(
                self.tr("Prediction rate: {rate:.4f}").format(rate=pred)
                if pred is not None
                else self.tr("Prediction rate: none (no test set)")
            )
            width = results.get("BIN_WIDTH_USED")
            if width is not None:
                lines.append(self.tr("Bin width: {width:g}").format(width=width))
            if results.get("ROC_AUC_TEST") is not None:  # a model: ROC AUC on its training and test designs
                lines.append(
                    self.tr("ROC AUC: {train:.4f} (training design), {test:.4f} (test design)").format(
                        train=results["ROC_AUC_TRAIN"], test=results["ROC_AUC_TEST"]
                    )
                )
        elif "BEST_ITEM" in results:  # models and methods compared
            lines.append(self.tr("Best model or method: {item}").format(item=best))
            self._links["table"] = results.get("OUTPUT_TABLE", "")
        else:
            lines.append(self.tr("Best method: {method}").format(method=best or ""))
            self._links["table"] = results.get("TABLE", "")
        links = [
            f'<a href="folder">{self.tr("Open the output folder")}</a>',
            f'<a href="log">{self.tr("Open the log")}</a>',
        ]
        if self._links.get("table"):
            links.append(f'<a href="table">{self.tr("Open the comparison table")}</a>')
        if results.get("OUTPUT_REPORT") and Path(results["OUTPUT_REPORT"]).is_file():
            self._links["report"] = results["OUTPUT_REPORT"]
            links.append(f'<a href="report">{self.tr("Open the report")}</a>')
        self.resultLabel.setText(" · ".join(lines) + "<br>" + " · ".join(links))
        if self.iface is not None:
            self.iface.messageBar().pushMessage(
                self.tr("ALSA"), self.tr("{name} finished").format(name=name), Qgis.MessageLevel.Success, 5
            )

    def show_failure(self, message: str) -> None:
        self.progressText.setText(self.tr("Failed"))
        self.failure = message
        self.runMessage.setText(message)
        self.runMessage.setVisible(True)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(self.tr("ALSA"), message, Qgis.MessageLevel.Critical, 0)

    def open_link(self, key: str) -> bool:
        path = self._links.get(key)
        return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # --- settings ---------------------------------------------------------------------------------------------

    @staticmethod
    def load_settings() -> DialogState:
        settings = QgsSettings()
        values = {key: settings.value(f"{SETTINGS_GROUP}/{key}") for key in DialogState.REMEMBERED}
        return DialogState.from_remembered({k: v for k, v in values.items() if v is not None})

    def save_settings(self) -> None:
        settings = QgsSettings()
        for key, value in self.state.remembered().items():
            settings.setValue(f"{SETTINGS_GROUP}/{key}", value)

    def reset(self) -> None:
        """The default settings; the layers chosen stay."""
        settings = QgsSettings()
        for key in DialogState.REMEMBERED:
            settings.remove(f"{SETTINGS_GROUP}/{key}")
        defaults, old = DialogState(), self.state
        for key in ("landslides", "weight_field", "test_landslides", "factors", "extent_layer", "mask_layer"):
            setattr(defaults, key, getattr(old, key))
        self.state = defaults
        self.show_state()
        self.validate()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.run is None:
            self.read_widgets()
            self.save_settings()
        super().closeEvent(event)
