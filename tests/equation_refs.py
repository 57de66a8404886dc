"""Equation references ("eq. 23", "eqs. 33-35", "Equation (41)") in user-facing text, and the ones allowed.

The text copy of Li & Lan (2023) lost its equation numbers; only those the paper's own
cross-references confirm may be cited (SPEC §3): CF favourability eq. 23, cosine
amplitude eq. 27, WoE posterior eq. 30, SR eq. 33, necessity ratio eq. 34, WS eq. 35,
WoE posterior with WS eq. 36, WS rewritten with WC eq. 40, WC eq. 41. Everything else
cites the section and Table 1.
"""

from __future__ import annotations

import re

CONFIRMED = frozenset({23, 27, 30, 33, 34, 35, 36, 40, 41})

# "eq."/"eqs."/"eq"/"equation(s)", then numbers (each maybe in parentheses) separated by
# commas, dashes (a range) or "and"/"or"/"&"; line breaks count as spaces.
_NUMBER = r"\(?\d+\)?"
_SEPARATOR = r"\s*(?:,|[-–—]|\band\b|\bor\b|&)\s*"
REFERENCE = re.compile(
    rf"\b(?:eqs?\b\.?|equations?\b)\s*({_NUMBER}(?:{_SEPARATOR}{_NUMBER})*)",
    re.IGNORECASE,
)


def cited_numbers(text: str) -> list[tuple[str, int]]:
    """(the reference as written, number) for every equation number ``text`` cites; a range cites each number."""
    out = []
    for match in REFERENCE.finditer(text):
        tokens = re.findall(r"\d+|[-–—]", match.group(1))
        numbers, i = [], 0
        while i < len(tokens):
            if tokens[i].isdigit() and i + 2 < len(tokens) and not tokens[i + 1].isdigit():
                numbers += range(int(tokens[i]), int(tokens[i + 2]) + 1)  # "3-8": 3, 4, … 8
                i += 3
            else:
                numbers.append(int(tokens[i]))
                i += 1
        out += [(" ".join(match.group(0).split()), n) for n in numbers]
    return out


def unconfirmed(text: str) -> list[tuple[str, int]]:
    """The references of ``text`` to an equation number outside :data:`CONFIRMED`."""
    return [(ref, n) for ref, n in cited_numbers(text) if n not in CONFIRMED]


# The ML paper (Hokkaido) numbers its formulas (1)–(16) in its text; the plugin cites them as "formula (n)".
ML_FORMULAS = {
    1: "logistic function",
    2: "linear predictor",
    3: "log-likelihood cost",
    4: "maximum likelihood",
    5: "tree split cost",
    6: "split impurity",
    7: "Gini impurity",
    8: "Minkowski distance",
    9: "min-max normalisation",
    10: "MLP",
    11: "activation",
    12: "network loss",
    13: "stacking meta model",
    14: "stacking inputs",
    15: "TPR",
    16: "FPR",
}
FORMULA_REFERENCE = re.compile(r"\bformulas?\s*\((\d+)\)(?:\s*[–—-]\s*\((\d+)\))?")


def ml_formulas(text: str) -> list[int]:
    """Every ML-paper formula number ``text`` cites ("formula (9)", "formulas (13)–(14)": 13, 14)."""
    out = []
    for m in FORMULA_REFERENCE.finditer(text):
        first = int(m.group(1))
        out += list(range(first, int(m.group(2)) + 1)) if m.group(2) else [first]
    return out
