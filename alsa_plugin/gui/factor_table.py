"""The predisposing-factor table of the ALSA dialog: add from the project or files, tick, remove, reorder.

A mixin of :class:`~.dialog.AlsaDialog`: the factor list lives in ``self.state.factors``
(:class:`~.dialog_state.FactorEntry`), the table only shows it.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsRasterLayer, QgsUnitTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QTableWidgetItem

from .dialog_state import FactorEntry


class FactorTableMixin:
    """The factor table's behaviour; expects ``state``, ``project``, ``factorTable`` … and ``changed()``."""

    def layers_removed(self, layer_ids) -> None:
        """Factors whose project layer was removed leave the table."""
        kept = [f for f in self.state.factors if f.source not in set(layer_ids)]
        if len(kept) != len(self.state.factors):
            self.state.factors = kept
            self.factors_changed()

    def _cell_unit(self) -> str:
        """The unit of the first factor's CRS, and its cell size (the default)."""
        if not self.state.factors:
            return ""
        layer = self._factor_layer(self.state.factors[0])
        if layer is None or not layer.isValid():
            return ""
        unit = QgsUnitTypes.toString(layer.crs().mapUnits())
        return self.tr("{unit} (first factor: {size:g})").format(unit=unit, size=layer.rasterUnitsPerPixelX())

    def _factor_layer(self, factor: FactorEntry) -> QgsRasterLayer | None:
        """The project layer of a factor, or its file opened once (for its CRS unit and cell size)."""
        layer = self.project.mapLayer(factor.source)
        if layer is None:
            if factor.source not in self._file_layers:
                self._file_layers = {factor.source: QgsRasterLayer(factor.source, factor.name)}
            layer = self._file_layers[factor.source]
        return layer

    def _fill_table(self) -> None:
        filling, self._filling = self._filling, True
        try:
            self.factorTable.setRowCount(len(self.state.factors))
            for row, factor in enumerate(self.state.factors):
                check = QTableWidgetItem()
                check.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                check.setCheckState(Qt.CheckState.Checked if factor.classified else Qt.CheckState.Unchecked)
                self.factorTable.setItem(row, 0, check)
                name = QTableWidgetItem(factor.name)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                name.setToolTip(factor.source)
                self.factorTable.setItem(row, 1, name)
        finally:
            self._filling = filling

    def _factor_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        self.state.factors[item.row()].classified = item.checkState() == Qt.CheckState.Checked
        self.factors_changed()

    def factors_changed(self) -> None:
        self._fill_table()
        self.changed()

    def add_factor(self, source: str, name: str, classified: bool = False) -> None:
        if any(f.source == source for f in self.state.factors):
            return
        factor = FactorEntry(source, name, classified)
        layer = self._factor_layer(factor)
        if layer is not None and layer.isValid():
            kind = layer.dataProvider().dataType(1)
            factor.values = {Qgis.DataType.Float32: "decimal", Qgis.DataType.Float64: "decimal"}.get(kind, "")
            factor.values = "byte" if kind == Qgis.DataType.Byte else factor.values
        self.state.factors.append(factor)
        self.factors_changed()

    def factor_notes(self) -> str:
        """A hint for each factor whose tick looks wrong for its values (Run stays allowed)."""
        notes = []
        for f in self.state.factors:
            if f.suspicious and f.classified:
                notes.append(self.tr("'{name}' is ticked as classified but holds decimal values.").format(name=f.name))
            elif f.suspicious:
                notes.append(
                    self.tr("'{name}' holds 8-bit whole numbers like class codes: classified?").format(name=f.name)
                )
        return " ".join(notes)

    def add_project_factor(self) -> None:
        layer = self.factorLayerCombo.currentLayer()
        if layer is not None:
            self.add_factor(layer.id(), layer.name())

    def add_factor_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Factor rasters"), "", self.tr("Rasters (*.tif *.tiff *.img *.asc *.vrt);;All files (*)")
        )
        for path in paths:
            self.add_factor(path, Path(path).stem)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.factorTable.selectionModel().selectedRows()})

    def remove_factors(self) -> None:
        for row in reversed(self.selected_rows()):
            del self.state.factors[row]
        self.factors_changed()

    def move_factor(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or not 0 <= rows[0] + step < len(self.state.factors):
            return
        row, factors = rows[0], self.state.factors
        factors[row], factors[row + step] = factors[row + step], factors[row]
        self.factors_changed()
        self.factorTable.selectRow(row + step)
