"""Loads the translation that matches QGIS's locale (``i18n/alsa_<lang>.qm``) and routes ``core.i18n.tr`` to it.

The ``.qm`` files are built from ``i18n/alsa_*.ts`` by ``make package`` (``scripts/transup.py
--release``); a checkout without them runs in English. One translator serves the Python
strings (context ``alsa``) and the dialog's form (context ``AlsaDialog``, asked by ``uic``).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core import i18n

FOLDER = Path(__file__).resolve().parents[1] / "i18n"


def language(locale: str | None = None) -> str:
    """The two-letter language of ``locale`` (default: QGIS's, e.g. ``zh-Hans`` or ``ja_JP`` → ``zh``, ``ja``)."""
    name = locale if locale is not None else QgsApplication.locale()
    return (name or "en").replace("-", "_").split("_")[0].lower()


def qm_path(locale: str | None = None, folder: Path = FOLDER) -> Path:
    return folder / f"alsa_{language(locale)}.qm"


def install(locale: str | None = None, folder: Path = FOLDER) -> QTranslator | None:
    """Install the plugin's translator for ``locale`` (default QGIS's); None when there is none for it.

    The caller keeps the returned translator and hands it to :func:`remove` on unload.
    """
    path = qm_path(locale, folder)
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    i18n.install(lambda text: QCoreApplication.translate(i18n.CONTEXT, text))
    return translator


def remove(translator: QTranslator | None) -> None:
    """Undo :func:`install`: QGIS and the core speak as before."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        i18n.install(None)
