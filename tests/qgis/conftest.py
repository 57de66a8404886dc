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
