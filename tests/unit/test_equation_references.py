"""The source tree cites only the paper's confirmed equation numbers (SPEC §3); see ``tests/equation_refs.py``."""

from __future__ import annotations

from pathlib import Path

import pytest
from equation_refs import CONFIRMED, cited_numbers, unconfirmed

REPO = Path(__file__).resolve().parents[2]


def scanned_files() -> list[Path]:
    """Every Python file of the plugin and its provider, and the README."""
    files = [REPO / "README.md"]
    for folder in ("alsa_plugin", "processing_provider"):
        files += sorted(p for p in (REPO / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("CF of eq. 20: …", [20]),
        ("a sum (eqs. 15, 17, 19,\n    29, 36) or the rule (eq. 24).", [15, 17, 19, 29, 36, 24]),
        ("Counts (Li & Lan 2023, eqs. 3-13)", list(range(3, 14))),
        ("Equations (3)–(8) constitute", list(range(3, 9))),
        ("according to Equation (23), and Equations (36) and (40)", [23, 36, 40]),
        ("Eq 41; eqs. 33 & 34", [41, 33, 34]),
        ("frequency ratio, sequence 12, equal 3, §2.2.3, Table 1, 10^−Q", []),
    ],
)
def test_references_are_found(text, numbers):
    assert [n for _, n in cited_numbers(text)] == numbers


def test_the_confirmed_set():
    """CF 23, CA 27, WoE posterior 30 and 36 (with 40), SR 33, NR 34, WS 35, WC 41: nothing else."""
    assert sorted(CONFIRMED) == [23, 27, 30, 33, 34, 35, 36, 40, 41]


def test_source_cites_only_confirmed_equation_numbers():
    files = scanned_files()
    assert REPO / "processing_provider" / "help.py" in files and REPO / "alsa_plugin" / "core" / "methods.py" in files
    bad = {
        str(path.relative_to(REPO)): found for path in files if (found := unconfirmed(path.read_text(encoding="utf-8")))
    }
    assert not bad, f"equation numbers the paper's cross-references do not confirm (cite § and Table 1): {bad}"


def test_ml_formula_references_exist_in_the_ml_paper():
    """ "formula (n)" cites the ML paper's numbered formulas (1)–(16); each number is one the paper's text holds."""
    from equation_refs import ML_FORMULAS, ml_formulas

    assert ml_formulas("formula (9); formulas (13)–(14), formulas (15)-(16)") == [9, 13, 14, 15, 16]
    seed = REPO.parent / "shared" / "seeds" / "ml_susceptibility_hokkaido_paper.txt"
    if seed.exists():  # the paper's own numbering: "(1)" … "(16)" closing its formula lines
        text = seed.read_text(encoding="utf-8")
        assert all(f"({n})" in text for n in ML_FORMULAS)
    cited = {str(p.relative_to(REPO)): ml_formulas(p.read_text(encoding="utf-8")) for p in scanned_files()}
    assert any(cited.values())
    bad = {path: [n for n in numbers if n not in ML_FORMULAS] for path, numbers in cited.items()}
    assert not any(bad.values()), bad
