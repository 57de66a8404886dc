"""QGIS loads the plugin through classFactory, as the plugin manager does."""

from qgis.core import QgsApplication

import alsa


def test_class_factory_init_gui_and_unload(qgis_iface, qgis_processing):
    plugin = alsa.classFactory(qgis_iface)
    plugin.initGui()
    provider = QgsApplication.processingRegistry().providerById("alsa")
    assert provider is not None
    assert provider.name() == "ALSA landslide susceptibility"
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("alsa") is None
