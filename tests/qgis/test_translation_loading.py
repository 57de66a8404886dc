"""The plugin speaks QGIS's language: translator install/remove, and parameter messages that say what to do.

The expected Chinese texts are read from ``i18n/alsa_zh.ts`` (the source of the ``.qm``
built here with lrelease), never written into the test.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingContext
from qgis.PyQt.QtCore import QCoreApplication

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import transup  # noqa: E402

needs_lrelease = pytest.mark.skipif(
    not any(shutil.which(t) for t in ("/usr/lib/qt5/bin/lrelease", "lrelease")), reason="lrelease not installed"
)


def translated(source: str, context: str = transup.CONTEXT, lang: str = "zh") -> str:
    msg = transup.read_ts(transup.I18N / f"alsa_{lang}.ts").get((context, source))
    if msg is None or not msg.translation or msg.kind == "unfinished":
        pytest.skip(f"alsa_{lang}.ts has no finished translation of {source!r} yet")
    return msg.translation


@pytest.fixture
def chinese(tmp_path):
    """The plugin's translator for zh-Hans, installed from .qm files built from the .ts now; removed after."""
    from alsa.alsa_plugin import i18n

    transup.release(tmp_path)
    translator = i18n.install("zh-Hans", folder=tmp_path)
    assert translator is not None
    yield translator
    i18n.remove(translator)


@pytest.mark.parametrize(
    ("locale", "language"), [("zh-Hans", "zh"), ("zh_CN", "zh"), ("ja_JP", "ja"), ("ja", "ja"), ("en_US", "en")]
)
def test_language_of_a_locale(locale, language):
    from alsa.alsa_plugin import i18n

    assert i18n.language(locale) == language


def test_no_translator_for_a_language_without_translation(tmp_path):
    from alsa.alsa_plugin import i18n
    from alsa.alsa_plugin.core.i18n import tr

    assert i18n.install("de_DE", folder=tmp_path) is None
    assert tr("certainty factor") == "certainty factor"


@needs_lrelease
def test_chinese_reaches_algorithms_core_messages_and_the_dialog_form(chinese, alsa_provider, qgis_iface):
    from alsa.alsa_plugin.core import AlsaInputError, prepare
    from alsa.alsa_plugin.core.i18n import tr
    from alsa.alsa_plugin.gui.dialog import AlsaDialog

    cf = QgsApplication.processingRegistry().createAlgorithmById("alsa:certaintyfactor")
    name = translated("certainty factor")
    assert cf.displayName() == name[:1].upper() + name[1:]
    assert cf.group() == translated("Bivariate methods")
    assert cf.parameterDefinition("LANDSLIDES").description() == translated("Landslides")
    assert tr("certainty factor") == name  # the core's hook goes through Qt's translator
    with pytest.raises(AlsaInputError) as err:
        prepare([], None)
    assert str(err.value) == translated("no factor given: add at least one classified or continuous factor")
    dialog = AlsaDialog(qgis_iface)
    try:
        title = "ALSA — landslide susceptibility"
        assert dialog.windowTitle() == translated(title, context="AlsaDialog")
    finally:
        dialog.deleteLater()


@needs_lrelease
def test_removing_the_translator_restores_english(tmp_path):
    from alsa.alsa_plugin import i18n
    from alsa.alsa_plugin.core.i18n import tr

    transup.release(tmp_path)
    translator = i18n.install("zh-Hans", folder=tmp_path)
    i18n.remove(translator)
    assert tr("certainty factor") == "certainty factor"
    assert QCoreApplication.translate(transup.CONTEXT, "Landslides") == "Landslides"


def check(alg_id: str, parameters: dict) -> tuple[bool, str]:
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    return alg.checkParameterValues(parameters, QgsProcessingContext())


def test_a_missing_parameter_is_named_with_what_it_takes(alsa_provider):
    ok, message = check("alsa:certaintyfactor", {"OUTPUT_FOLDER": "/tmp/x"})
    assert not ok
    assert message.startswith("LANDSLIDES (Landslides) is required. Landslide inventory: points")


def test_an_unusable_value_is_shown_with_what_the_parameter_takes(alsa_provider, tmp_path):
    ok, message = check(
        "alsa:certaintyfactor", {"LANDSLIDES": str(tmp_path / "nowhere.shp"), "OUTPUT_FOLDER": str(tmp_path)}
    )
    assert not ok
    assert message.startswith(f"LANDSLIDES (Landslides): {str(tmp_path / 'nowhere.shp')!r} cannot be used here.")
    assert "points (each counts as one cell" in message


def test_a_number_outside_its_range_states_the_range(alsa_provider, tmp_path):
    from alsa.alsa_plugin.gis.sample_data import write_sample_data

    paths = write_sample_data(tmp_path / "sample")
    ok, message = check(
        "alsa:certaintyfactor",
        {"LANDSLIDES": str(paths["landslides"]), "TRAIN_RATIO": 5, "OUTPUT_FOLDER": str(tmp_path / "out")},
    )
    assert not ok
    assert message.startswith("TRAIN_RATIO (") and "5 cannot be used here" in message and "0.01–1" in message
