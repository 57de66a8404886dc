"""QGIS test fixtures: the real ``alsa`` provider in the Processing registry."""

import pytest
from qgis.core import QgsApplication


@pytest.fixture
def alsa_provider(qgis_processing):
    """The plugin's provider, registered as ``alsa`` (replacing any earlier registration)."""
    from alsa.processing_provider.provider import AlsaProvider

    registry = QgsApplication.processingRegistry()
    old = registry.providerById("alsa")
    if old is not None:
        registry.removeProvider(old)
    provider = AlsaProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture
def toolbox_iface(qgis_iface, qgis_new_project):
    """pytest-qgis's iface with a real layer tree view, for runs that load results like the toolbox.

    QGIS 3.40's Processing post-processing calls ``iface.layerTreeView()`` (3.22's does
    not); pytest-qgis 2.1's stand-in iface has no such method — a gap of the harness, not
    of QGIS — so tests get a real ``QgsLayerTreeView`` on the project's layer tree.
    """
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view = QgsLayerTreeView()
    view.setModel(model)
    qgis_iface.layerTreeView = lambda: view
    yield qgis_iface
    del qgis_iface.layerTreeView
    view.setModel(None)
