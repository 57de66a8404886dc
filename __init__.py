"""ALSA for QGIS: QGIS loads this package (folder ``alsa``) and calls :func:`classFactory`."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """Create the plugin for QGIS's interface ``iface``."""
    from .alsa_plugin.plugin import AlsaPlugin

    return AlsaPlugin(iface)
