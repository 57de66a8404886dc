"""The eight conditional-probability bivariate methods (Li & Lan 2023, Table 1).

Each method has a favourability function of one factor's classes or bins and a rule
combining the favourabilities of all factors into the LSI: a sum (for WoE the
posterior log-odds of eq. 36) or the pairwise certainty-factor rule (§2.2.3).
Equation numbers are cited only where the paper's own cross-references confirm them
(CF eq. 23, cosine amplitude eq. 27, SR eq. 33, NR eq. 34, WS eq. 35, WoE posterior
eqs. 30 and 36, WS = WC + Σ W− eq. 40, WC eq. 41); otherwise §2.2.3 and Table 1.

Cells are ranked by a *key* that is always a sum over factors of per-class values;
the LSI is an increasing function of it. Mostly key = LSI = Σ favourability.
CF: the pairwise rule is the product of likelihood ratios λ (Heckerman 1986): with
λ = 1/(1−CF) for CF ≥ 0 and λ = 1+CF for CF < 0 (λ is the odds ratio
O(p(L|F))/O(p(L))), CF_1⊕CF_2 has λ = λ_1·λ_2, so LSI_CF = g(Σ_i ln λ_i) with
g(x) = 1 − e^−x for x ≥ 0 and e^x − 1 below; summing logs is exact in order and
avoids the cancellation of the pairwise rule. FC and FR rank by S = Σ_i p(L|F_i), since
LSI_FC = S − n·p(L) and LSI_FR = S/p(L): both share one key, so their cell order and
AUC are identical on any data (§2.3), not merely equal up to rounding. WoE ranks by
Σ_i WC_i: by eq. 40, WS_ij = WC_ij + Σ_k W−_ik, so Σ_i WS_i and the posterior
log-odds logit p(L) + Σ_i WS_i (eq. 36, the WoE LSI) differ from it by one constant,
and WoE and WC share their cell order exactly. :func:`woe_posterior` gives the
normalised posterior.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import AlsaInputError
from .i18n import tr, tr_noop
from .probabilities import Probabilities


def frequency_contrast(p: Probabilities) -> np.ndarray:
    """FC = p(L|F) − p(L) (§2.2.3, Table 1)."""
    return p.p_l_f - p.p_l


def frequency_ratio(p: Probabilities) -> np.ndarray:
    """FR = p(L|F) / p(L) (§2.2.3, Table 1)."""
    return p.p_l_f / p.p_l


def information_value(p: Probabilities) -> np.ndarray:
    """IV = ln(p(L|F) / p(L)) (§2.2.3, Table 1)."""
    return np.log(p.p_l_f / p.p_l)


def certainty_factor(p: Probabilities) -> np.ndarray:
    """CF of eq. 23: (p(L|F)−p(L)) / (p(L|F)(1−p(L))) if p(L|F) ≥ p(L), else / (p(L)(1−p(L|F)))."""
    plf, pl = p.p_l_f, p.p_l
    with np.errstate(divide="ignore", invalid="ignore"):
        high = (plf - pl) / (plf * (1.0 - pl))
        low = (plf - pl) / (pl * (1.0 - plf))
    return np.where(plf >= pl, high, low)


def cosine_amplitude(p: Probabilities) -> np.ndarray:
    """CA = √(p(L|F)·p(F|L)) = N(LF)/√(N(L)·N(F)) (with the nonzero constraint).

    The cosine amplitude (eq. 27) of the landslide and the class indicator vectors over the cells (§2.2.3).
    """
    return np.sqrt(p.p_l_f * p.p_f_l)


def weights(p: Probabilities) -> tuple[np.ndarray, np.ndarray]:
    """W+ = ln SR = ln(p(F|L)/p(F|L̄)) and W− = ln NR = ln(p(F̄|L)/p(F̄|L̄)) (SR eq. 33, NR eq. 34)."""
    return np.log(p.p_f_l / p.p_f_nl), np.log(p.p_nf_l / p.p_nf_nl)


def weight_of_evidence(p: Probabilities) -> np.ndarray:
    """WS_j = W+_j + Σ_{k≠j} W−_k, eq. 35 (k runs over every other class or bin)."""
    w_plus, w_minus = weights(p)
    return w_plus + (w_minus.sum() - w_minus)


def weight_contrast(p: Probabilities) -> np.ndarray:
    """WC = W+ − W−, eq. 41."""
    w_plus, w_minus = weights(p)
    return w_plus - w_minus


def sufficiency_ratio(p: Probabilities) -> np.ndarray:
    """SR = p(F|L) / p(F|L̄), eq. 33."""
    return p.p_f_l / p.p_f_nl


def combine_cf(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairwise certainty-factor combination (§2.2.3, Table 1; commutative and associative)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    both_pos = (a >= 0) & (b >= 0)
    both_neg = (a < 0) & (b < 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        mixed = (a + b) / (1.0 - np.minimum(np.abs(a), np.abs(b)))
    return np.where(both_pos, a + b - a * b, np.where(both_neg, a + b + a * b, mixed))


def woe_posterior(log_odds: np.ndarray, n_l: float) -> np.ndarray:
    """Normalised WoE posterior (§2.2.3: the posterior of eq. 36 scaled to Σ_cells p = N(L)), in log space.

    ``log_odds`` is the posterior log-odds logit p(L) + Σ_i WS_i per cell (NaN = null).
    The posterior p = σ(log-odds) is normalised so that Σ_cells p = N(L). With ~1000
    bins per factor it underflows or saturates in plain arithmetic, so
    log p = −softplus(−s) and Σ p comes from a log-sum-exp; the order of cells is kept.
    """
    s = np.asarray(log_odds, dtype=np.float64)
    log_p = -np.logaddexp(0.0, -s)
    finite = np.isfinite(log_p)
    if not finite.any():
        return np.full_like(log_p, np.nan)
    top = log_p[finite].max()
    log_total = top + np.log(np.exp(log_p[finite] - top).sum())
    return np.exp(log_p - log_total + np.log(n_l))


def cf_log_lambda(p: Probabilities) -> np.ndarray:
    """ln λ of each class's CF: −ln(1−CF) for CF ≥ 0, ln(1+CF) below (+inf at CF = 1)."""
    cf = certainty_factor(p)
    with np.errstate(divide="ignore"):
        return np.where(cf >= 0, -np.log1p(-cf), np.log1p(cf))


def cf_from_log_lambda(x: np.ndarray, p_l: float = 0.0, probs: object = None) -> np.ndarray:
    """The combined CF from Σ ln λ: 1 − e^−x for x ≥ 0, e^x − 1 below."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.where(x >= 0, -np.expm1(-x), np.expm1(x))


def conditional_probability(p: Probabilities) -> np.ndarray:
    """p(L|F): the ranking key shared by FC and FR."""
    return p.p_l_f


def _logit(p: float) -> float:
    return float(np.log(p) - np.log1p(-p))


def _woe_log_odds(key: np.ndarray, p_l: float, probs: list[Probabilities]) -> np.ndarray:
    """logit p(L) + Σ_i WS_i from the key Σ_i WC_i: add Σ_i Σ_k W−_ik (eq. 40)."""
    return key + (_logit(p_l) + sum(float(weights(p)[1].sum()) for p in probs))


@dataclass(frozen=True)
class Method:
    """A bivariate method: id, name, favourability, combination rule and ranking key.

    ``key`` gives the per-class values that are combined into the ranked key (default:
    the favourability); ``lsi_from_key(key, p_l, probabilities)`` turns the key into the
    LSI, given p(L) and every factor's probabilities (default: the key itself).
    """

    id: str
    name: str
    favourability: Callable[[Probabilities], np.ndarray]
    combination: str  # "sum" or "cf" (for the record: the key is always summed)
    key: Callable[[Probabilities], np.ndarray] | None = None
    lsi_from_key: Callable[[np.ndarray, float, list[Probabilities]], np.ndarray] | None = None

    def key_values(self, p: Probabilities) -> np.ndarray:
        """Per-class values combined into the ranking key."""
        return (self.key or self.favourability)(p)

    def lsi(self, key: np.ndarray, p_l: float, probs: list[Probabilities]) -> np.ndarray:
        """The LSI from the ranking key."""
        return key if self.lsi_from_key is None else self.lsi_from_key(key, p_l, probs)


METHODS: dict[str, Method] = {
    m.id: m
    for m in (
        Method(
            "FC",
            tr_noop("frequency contrast"),
            frequency_contrast,
            "sum",
            conditional_probability,
            lambda s, p_l, probs: s - len(probs) * p_l,
        ),
        Method(
            "FR",
            tr_noop("frequency ratio"),
            frequency_ratio,
            "sum",
            conditional_probability,
            lambda s, p_l, probs: s / p_l,
        ),
        Method("IV", tr_noop("information value"), information_value, "sum"),
        Method("CF", tr_noop("certainty factor"), certainty_factor, "cf", cf_log_lambda, cf_from_log_lambda),
        Method("CA", tr_noop("cosine amplitude"), cosine_amplitude, "sum"),
        Method(
            "WOE",
            tr_noop("weight of evidence"),
            weight_of_evidence,
            "sum",
            weight_contrast,
            _woe_log_odds,
        ),
        Method("WC", tr_noop("weight contrast"), weight_contrast, "sum"),
        Method("SR", tr_noop("sufficiency ratio"), sufficiency_ratio, "sum"),
    )
}


def get_method(method: str | Method) -> Method:
    """Look a method up by id (``"CF"``) or name (``"certainty factor"``), any case."""
    if isinstance(method, Method):
        return method
    key = str(method).strip().upper().replace("_", " ")
    for m in METHODS.values():
        if key in (m.id, m.name.upper(), m.name.upper().replace(" ", "")):
            return m
    raise AlsaInputError(
        tr("method: unknown bivariate method {method!r}; use one of {methods}").format(
            method=method, methods=", ".join(f"{m.id} ({tr(m.name)})" for m in METHODS.values())
        )
    )
