"""Counts and empirical conditional probabilities (Li & Lan 2023, §2.2.1 and §2.2.2).

All functions work on arrays of classes or bins at once. Counts may be landslide
*weights* (a point with weight 3 counts as three landslide cells), so they are floats.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Probabilities:
    """The six empirical probabilities of SPEC §2 for every class or bin of one factor.

    ``p_l`` is the prior p(L) (a scalar); the others are arrays over classes/bins:
    ``p_l_f`` = p(L|F), ``p_f_l`` = p(F|L), ``p_f_nl`` = p(F|L̄), ``p_nf_l`` = p(F̄|L),
    ``p_nf_nl`` = p(F̄|L̄).
    """

    n_a: float
    n_l: float
    n_f: np.ndarray
    n_lf: np.ndarray
    p_l: float
    p_l_f: np.ndarray
    p_f_l: np.ndarray
    p_f_nl: np.ndarray
    p_nf_l: np.ndarray
    p_nf_nl: np.ndarray


def _ratio(numerator: np.ndarray, denominator: float | np.ndarray, floor: float) -> np.ndarray:
    """numerator/denominator, with the nonzero constraint: 0 numerators give ``floor``."""
    numerator = np.asarray(numerator, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = numerator / denominator
    return np.where(numerator > 0, out, floor)


def probabilities(n_a: float, n_l: float, n_f: np.ndarray, n_lf: np.ndarray) -> Probabilities:
    """The probabilities of §2.2.1 with the nonzero-probability constraint of §2.2.2.

    Parameters
    ----------
    n_a : N(A), valid cells in the study area.
    n_l : N(L), training landslide weight.
    n_f : N(F) per class or bin.
    n_lf : N(LF), training landslide weight per class or bin.

    Any probability whose numerator count is 0 is replaced by 1/N(A) (SPEC §2).
    Derived counts (§2.2.1) are clipped at 0: with weighted points a bin can hold
    more landslide weight than cells, and a negative count has no meaning.
    """
    n_f = np.asarray(n_f, dtype=np.float64)
    n_lf = np.asarray(n_lf, dtype=np.float64)
    floor = 1.0 / n_a
    n_nl = n_a - n_l
    n_nl_f = np.maximum(n_f - n_lf, 0.0)  # N(L̄F) = N(F) − N(LF), §2.2.1
    n_l_nf = np.maximum(n_l - n_lf, 0.0)  # N(LF̄) = N(L) − N(LF)
    n_nl_nf = np.maximum(n_a - n_l - n_f + n_lf, 0.0)  # N(L̄F̄) = N(A) − N(L) − N(F) + N(LF)
    return Probabilities(
        n_a=float(n_a),
        n_l=float(n_l),
        n_f=n_f,
        n_lf=n_lf,
        p_l=float(n_l / n_a),
        p_l_f=_ratio(n_lf, n_f, floor),
        p_f_l=_ratio(n_lf, n_l, floor),
        p_f_nl=_ratio(n_nl_f, n_nl, floor),
        p_nf_l=_ratio(n_l_nf, n_l, floor),
        p_nf_nl=_ratio(n_nl_nf, n_nl, floor),
    )
