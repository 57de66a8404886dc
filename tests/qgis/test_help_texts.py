"""The help of every ``alsa`` algorithm: whole paragraphs, stated ranges, confirmed equation numbers.

What is checked, precisely:

* **Paragraphs.** QGIS's help panel wraps every *line* of a ``shortHelpString`` in its own
  ``<p>`` (``QgsProcessingAlgorithmDialogBase::formatHelp`` splits on ``\\n``) and
  ``qgis_process help`` prints the string as it is. So a help string with more than one line
  may break lines only between whole blocks: each of its lines must be non-empty, every block
  element (``p``, ``ul``, ``ol``, ``li``, ``h1``–``h6``, …) it opens must close on the same
  line, it may not close a block opened on another line, and it may hold no text outside a
  block. A parameter's ``help()`` has no newline at all. The help panel itself is checked too:
  every paragraph or list item it shows ends a sentence (``.``, ``:`` or ``;``).
* **Ranges.** Every number parameter's help states the range its definition declares:
  ``"<min>–<max>"`` (en dash) when both are declared, ``"> <min>"`` or ``"≥ <min>"`` when it has
  no maximum; numbers written as plain decimals (``0.000001``, ``2147483647``).
* **Equation numbers.** No help string cites an equation number outside the paper's
  confirmed set (``tests/equation_refs.py``).
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from equation_refs import CONFIRMED, unconfirmed
from qgis.core import QgsApplication, QgsProcessingParameterNumber

REPO = Path(__file__).resolve().parents[2]
BLOCKS = {"p", "ul", "ol", "li", "dl", "dt", "dd", "pre", "div", "blockquote", "table", "tr", "td", "th"}
BLOCKS |= {f"h{i}" for i in range(1, 7)}
NO_LIMIT = sys.float_info.max  # QGIS's default maximum (and minus its default minimum)


class _BlockChecker(HTMLParser):
    """Finds what makes one line of a help string something other than whole blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.faults: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag not in BLOCKS:
            return
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.faults.append(f"</{tag}> closes a block opened on another line")

    def handle_data(self, data):
        if data.strip() and not self.open:
            self.faults.append(f"text outside a block: {data.strip()[:50]!r}")


def line_faults(line: str) -> list[str]:
    """Why ``line`` is not a run of whole blocks (empty when it is)."""
    if not line.strip():
        return ["an empty line (an empty paragraph in the help panel)"]
    checker = _BlockChecker()
    checker.feed(line)
    checker.close()
    return checker.faults + [f"<{tag}> still open at the end of the line" for tag in checker.open]


def broken_lines(text: str) -> list[tuple[str, str]]:
    """(line, fault) for each line of a multi-line help string that is not whole blocks."""
    lines = text.split("\n")
    if len(lines) == 1:
        return []
    return [(line[:80], fault) for line in lines for fault in line_faults(line)]


def number_text(value: float) -> str:
    """A range bound as the help writes it: a plain decimal (``1``, ``0.01``, ``0.000001``)."""
    return np.format_float_positional(value, trim="-")


def stated_ranges(param: QgsProcessingParameterNumber) -> list[str]:
    """The ways the help may state ``param``'s declared range (any one will do); [] when it has none."""
    lo, hi = param.minimum(), param.maximum()
    if lo > -NO_LIMIT and hi < NO_LIMIT:
        return [f"{number_text(lo)}–{number_text(hi)}"]
    if lo > -NO_LIMIT:
        return [f"> {number_text(lo)}", f"≥ {number_text(lo)}"]
    if hi < NO_LIMIT:
        return [f"< {number_text(hi)}", f"≤ {number_text(hi)}"]
    return []


def help_texts(alg) -> dict[str, str]:
    """Every help string of ``alg``: its shortHelpString and each parameter's help."""
    out = {"shortHelpString": alg.shortHelpString()}
    out.update({p.name(): p.help() for p in alg.parameterDefinitions()})
    return out


@pytest.fixture
def algorithms(alsa_provider):
    from alsa.processing_provider.provider import algorithms as listed

    algs = alsa_provider.algorithms()
    assert sorted(a.name() for a in algs) == sorted(a.name() for a in listed())
    return algs


def test_line_checker():
    """The definition above, on strings that break it and strings that keep it."""
    assert broken_lines("<p>One paragraph.</p>\n<ul><li>a;</li><li>b.</li></ul>\n<p>Two.</p>") == []
    assert broken_lines("A plain one-line text.") == []
    assert broken_lines("<p>every width k·10<sup>−Q</sup> is\ntried.</p>")
    assert broken_lines("<ul>\n<li>a</li>\n</ul>")
    assert broken_lines("Plain text\nwrapped.")
    assert broken_lines("<p>One.</p>\n\n<p>Two.</p>")


def test_help_strings_break_lines_only_between_blocks(algorithms):
    bad = {}
    for alg in algorithms:
        short = alg.shortHelpString()
        assert short.strip(), f"{alg.id()} has no help"
        if faults := broken_lines(short):
            bad[alg.id()] = faults
        for p in alg.parameterDefinitions():
            assert p.help().strip(), f"{alg.id()} {p.name()} has no help"
            if "\n" in p.help():
                bad[f"{alg.id()} {p.name()}"] = p.help()
    assert not bad


def test_number_parameters_state_their_range(algorithms):
    seen, bad = set(), {}
    for alg in algorithms:
        for p in alg.parameterDefinitions():
            if isinstance(p, QgsProcessingParameterNumber):
                seen.add(p.name())
                ranges = stated_ranges(p)
                assert ranges, f"{alg.id()} {p.name()} declares no range"
                if not any(r in p.help() for r in ranges):
                    bad[f"{alg.id()} {p.name()}"] = (ranges, p.help())
    assert {"TRAIN_RATIO", "SEED", "CELL_SIZE", "PRECISION", "BIN_WIDTH", "OPT_PRECISION", "N_CLASSES"} <= seen
    assert not bad


def test_declared_ranges_as_stated():
    """The ranges the help states, as the definitions declare them (a change to either shows here)."""
    from alsa.processing_provider.method_algorithms import CertaintyFactor
    from alsa.processing_provider.reclassify_algorithm import ReclassifyAlgorithm

    algs = [CertaintyFactor(), ReclassifyAlgorithm()]
    for alg in algs:
        alg.initAlgorithm()
    ranges = {
        p.name(): stated_ranges(p)[0]
        for alg in algs
        for p in alg.parameterDefinitions()
        if isinstance(p, QgsProcessingParameterNumber)
    }
    assert ranges == {
        "TRAIN_RATIO": "0.01–1",
        "SEED": "0–2147483647",
        "CELL_SIZE": "> 0",
        "PRECISION": "0–6",
        "BIN_WIDTH": "0.000001–1",
        "OPT_PRECISION": "1–4",
        "N_CLASSES": "2–1000",
    }


def test_help_cites_only_confirmed_equation_numbers(algorithms):
    bad = {
        f"{alg.id()} {key}": found
        for alg in algorithms
        for key, text in help_texts(alg).items()
        if (found := unconfirmed(text))
    }
    assert not bad, f"only eq. {sorted(CONFIRMED)} are confirmed by the paper: {bad}"
    assert "(eq. 23)" in QgsApplication.processingRegistry().algorithmById("alsa:certaintyfactor").shortHelpString()


def test_help_panel_shows_whole_sentences(algorithms, qgis_processing):
    """The toolbox dialog's help panel: after the title, every paragraph or list item ends a sentence."""
    from qgis.gui import QgsProcessingAlgorithmDialogBase
    from qgis.PyQt.QtWidgets import QTextBrowser

    class HelpDialog(QgsProcessingAlgorithmDialogBase):
        """The base of QGIS's algorithm dialogs (abstract in C++): only its help panel is used."""

    bad = {}
    for alg in algorithms:
        dialog = HelpDialog()
        try:
            dialog.setAlgorithm(QgsApplication.processingRegistry().createAlgorithmById(alg.id()))
            panel = dialog.findChild(QTextBrowser, "textShortHelp")
            shown = [line.strip() for line in panel.toPlainText().split("\n") if line.strip()]
        finally:
            dialog.deleteLater()
        assert shown[0] == alg.displayName() and len(shown) > 1, shown
        if cut := [line for line in shown[1:] if not line.endswith((".", ":", ";"))]:
            bad[alg.id()] = cut
    assert not bad


@pytest.fixture(scope="module")
def qgis_process_profile(tmp_path_factory):
    sys.path.insert(0, str(REPO / "scripts"))
    import qgis_profile

    root = tmp_path_factory.mktemp("qgis-profile-help")
    qgis_profile.install(root)
    return qgis_profile, root


@pytest.mark.parametrize("name", ["certaintyfactor", "reclassify"])
def test_qgis_process_help_prints_whole_paragraphs(qgis_process_profile, alsa_provider, name):
    """``qgis_process help``: each line of the help string whole on its own line, each parameter's help on one."""
    qgis_profile, root = qgis_process_profile
    text = qgis_profile.qgis_process(root, "help", f"alsa:{name}").stdout
    description = text.split("Description\n----------------\n", 1)[1].split("\n----------------\n", 1)[0]
    assert description.strip() and broken_lines(description.strip()) == []
    out = text.split("\n")
    alg = alsa_provider.algorithm(name)
    for line in alg.shortHelpString().split("\n"):
        assert line in out
    for p in alg.parameterDefinitions():
        assert f"\t{p.help()}" in out, p.name()
