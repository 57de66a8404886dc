"""An independent reference of the eight bivariate methods, written from SPEC §1-§4 and §7 only.

It imports nothing from ``alsa_plugin``: the tests compare the core with it, and check the
paper's identities (Li & Lan 2023 §2.3) on it, so that an identity cannot hold merely
because the core computes two methods through one shared ranking key.

Everything is done the plain way, with none of the core's shortcuts:

* the rounding of a continuous factor (SPEC §4 steps 1-2) is min-max normalisation and
  rounding half up to P decimals: a value whose float computation comes within 10^-6 of a
  half is recomputed exactly from the decimals it is written with (0.58 as 58/100), so a
  normalised 0.75 is 0.8 at P = 1 (the core's float arithmetic may round such a decimal half
  either way: keep test data off exact halves, e.g. whole numbers over an odd range);
* bins are the integer grid positions within ⌊w·10^P/2⌋ of a centre, the width read as the
  decimal it is written as (0.37 is 37/100); every bin is counted by a brute-force pass over
  the cells (a convolution of the histogram when that pass would be too long);
* the probabilities and favourabilities of SPEC §2-§3 are :class:`fractions.Fraction`;
  the log-based ones (IV, WC, WoE) are held as the exact ratio whose logarithm they are,
  CA as the exact square of its value;
* the LSI of a cell is combined by the method's own rule of SPEC §3: a sum, the pairwise
  CF rule folded over the factors, and for WoE the posterior log-odds
  logit p(L) + Σ_i WS_i with WS_ij = W+_ij + Σ_{k≠j} W−_ik summed over the other classes;
* the success/prediction rate (SPEC §7) is the area under the curve of cumulative cell
  share vs cumulative landslide share, cells sorted from the highest LSI, one trapezoid
  per group of equal LSI.

``exact=True`` (small studies) keeps every cell's LSI exact: a Fraction (FC, FR, CF, SR), the
exact ratio whose logarithm is the LSI (IV, WC, WoE), so that ties are true ties and a rate
is an exact Fraction. CA (a sum of square roots) is a float, its ties those within 10^-12.
``exact=False`` (real data) combines float64 values of the exact per-bin favourabilities
with numpy; ties are equal floats.

Landslide weights must be whole numbers (their sums are then exact in float64).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

METHODS = ("FC", "FR", "IV", "CF", "CA", "WOE", "WC", "SR")
LOG_METHODS = ("IV", "WC", "WOE")  # the LSI is the logarithm of an exact ratio


def grid_positions(values: np.ndarray, classified: bool, precision: int) -> np.ndarray:
    """Per cell: its class (classified), or the integer k of its value normalised to 0-1
    (min-max over the given cells) and rounded half up to P decimals (the centre is k/10^P)."""
    v = np.asarray(values, dtype=np.float64).ravel()
    if classified:
        k = v.astype(np.int64)
        if not np.array_equal(k, v):
            raise ValueError("a classified factor holds whole numbers")
        return k
    if precision < 1:
        raise NotImplementedError("the reference rounds to P >= 1 decimals")
    lo, hi = float(v.min()), float(v.max())
    scale = 10**precision
    t = (v - lo) / (hi - lo) * scale
    k = np.floor(t + 0.5).astype(np.int64)
    near = np.flatnonzero(np.abs(t - np.floor(t) - 0.5) < 1e-6)
    if near.size:
        f_lo, f_range = Fraction(repr(lo)), Fraction(repr(hi)) - Fraction(repr(lo))
        for c in near:
            k[c] = math.floor((Fraction(repr(float(v[c]))) - f_lo) * scale / f_range + Fraction(1, 2))
    return k


def half_width(width: float, precision: int) -> int:
    """Bin [u − w/2, u + w/2] on the grid of 10^-P: positions within ⌊w·10^P/2⌋ of the centre."""
    return math.floor(Fraction(repr(float(width))) * 10**precision / 2)


def _window_sums(keys: np.ndarray, centres: np.ndarray, half: int, weights: np.ndarray) -> np.ndarray:
    """Σ weights of the cells whose key lies within ``half`` of each centre."""
    if keys.size * centres.size <= 4_000_000:
        return np.array([weights[np.abs(keys - c) <= half].sum() for c in centres], dtype=np.float64)
    lo = int(keys.min())
    hist = np.bincount(keys - lo, weights=weights)
    window = np.convolve(np.concatenate((np.zeros(half), hist, np.zeros(half))), np.ones(2 * half + 1), "valid")
    return window[centres - lo]


@dataclass
class FactorTable:
    """One factor: its distinct keys (bin centres or classes), each cell's bin and the counts."""

    keys: np.ndarray  # distinct classes or grid positions, ascending
    cell_bin: np.ndarray  # per cell: index into ``keys``
    n_f: list[int]
    n_lf: list[Fraction]
    probs: dict[str, list[Fraction]]  # 'l_f', 'f_l', 'f_nl', 'nf_l', 'nf_nl'


def factor_table(
    values: np.ndarray, classified: bool, precision: int, width: float | None, train: np.ndarray
) -> FactorTable:
    """Counts and probabilities (SPEC §1-§2) of every class or bin of one factor.

    ``values`` and ``train`` (training landslide weight per cell) run over the valid cells.
    """
    k = grid_positions(values, classified, precision)
    keys, cell_bin = np.unique(k, return_inverse=True)
    half = 0 if classified or width is None else half_width(width, precision)
    train = np.asarray(train, dtype=np.float64)
    n_f = [int(v) for v in _window_sums(k, keys, half, np.ones(k.size))]
    has_ls = _window_sums(k, keys, half, (train > 0).astype(np.float64)) > 0
    w = _window_sums(k, keys, half, train)
    n_lf = [Fraction(float(x)) if h else Fraction(0) for x, h in zip(w, has_ls)]
    probs = bin_probabilities(k.size, Fraction(float(train.sum())), n_f, n_lf)
    return FactorTable(keys, cell_bin.ravel(), n_f, n_lf, probs)


def bin_probabilities(n_a, n_l, n_f, n_lf) -> dict[str, list[Fraction]]:
    """The probabilities of SPEC §2 per class or bin, from N(A), N(L) and each N(F), N(LF)
    (counts or whole-number weights, as ints, floats or Fractions): keys 'l_f' = p(L|F),
    'f_l' = p(F|L), 'f_nl' = p(F|L̄), 'nf_l' = p(F̄|L), 'nf_nl' = p(F̄|L̄)."""
    n_a, n_l = Fraction(n_a), Fraction(n_l)

    def p(num, den):  # SPEC §2 nonzero constraint: a zero (or negative) numerator gives 1/N(A)
        return num / den if num > 0 else 1 / n_a

    probs = {"l_f": [], "f_l": [], "f_nl": [], "nf_l": [], "nf_nl": []}
    for nf, nlf in zip(n_f, n_lf):
        nf, nlf = Fraction(nf), Fraction(nlf)
        probs["l_f"].append(p(nlf, nf))
        probs["f_l"].append(p(nlf, n_l))
        probs["f_nl"].append(p(nf - nlf, n_a - n_l))
        probs["nf_l"].append(p(n_l - nlf, n_l))
        probs["nf_nl"].append(p(n_a - n_l - nf + nlf, n_a - n_l))
    return probs


def bin_favourability_exact(method: str, probs: dict[str, list[Fraction]], p_l: Fraction) -> list[Fraction]:
    """Exact favourability of each class or bin (SPEC §3, Table 1): a Fraction, or for
    IV/WC/WoE the ratio whose logarithm it is, or for CA its square."""
    p, pl = probs, Fraction(p_l)
    if method == "FC":
        return [x - pl for x in p["l_f"]]
    if method in ("FR", "IV"):
        return [x / pl for x in p["l_f"]]
    if method == "CF":
        return [_cf(x, pl) for x in p["l_f"]]
    if method == "CA":
        return [a * b for a, b in zip(p["l_f"], p["f_l"])]
    if method == "SR":
        return [a / b for a, b in zip(p["f_l"], p["f_nl"])]
    w_plus = [a / b for a, b in zip(p["f_l"], p["f_nl"])]  # W+ = ln of these
    w_minus = [a / b for a, b in zip(p["nf_l"], p["nf_nl"])]  # W− = ln of these
    if method == "WC":
        return [a / b for a, b in zip(w_plus, w_minus)]
    if method == "WOE":  # WS_j = W+_j + Σ_{k≠j} W−_k: the product over the other classes
        n = len(w_minus)
        before, after = [Fraction(1)] * (n + 1), [Fraction(1)] * (n + 1)
        for j in range(n):
            before[j + 1] = before[j] * w_minus[j]
            after[n - 1 - j] = after[n - j] * w_minus[n - 1 - j]
        return [w_plus[j] * before[j] * after[j + 1] for j in range(n)]
    raise ValueError(method)


def bin_favourability(method: str, probs: dict[str, list[Fraction]], p_l: Fraction) -> np.ndarray:
    """Favourability of each class or bin as float64 (logarithms and square roots taken).

    WoE sums the logarithms, W+_j + Σ_{k≠j} W−_k over the other classes one by one (an exact
    product over ~1000 bins would take minutes)."""
    if method == "WOE":
        w_plus = np.array([_ln(a / b) for a, b in zip(probs["f_l"], probs["f_nl"])])
        w_minus = np.array([_ln(a / b) for a, b in zip(probs["nf_l"], probs["nf_nl"])])
        return np.array([w_plus[j] + math.fsum(np.delete(w_minus, j)) for j in range(w_minus.size)])
    fav = bin_favourability_exact(method, probs, p_l)
    if method in LOG_METHODS:
        return np.array([_ln(x) for x in fav])
    if method == "CA":
        return np.sqrt(np.array([float(x) for x in fav]))
    return np.array([float(x) for x in fav])


def _cf(plf: Fraction, pl: Fraction) -> Fraction:
    if plf >= pl:
        return (plf - pl) / (plf * (1 - pl))
    return (plf - pl) / (pl * (1 - plf))


def combine_cf(a: Fraction, b: Fraction) -> Fraction:
    """The pairwise certainty-factor rule of SPEC §3."""
    if a >= 0 and b >= 0:
        return a + b - a * b
    if a < 0 and b < 0:
        return a + b + a * b
    return (a + b) / (1 - min(abs(a), abs(b)))


def _ln(q: Fraction) -> float:
    return math.log(q.numerator) - math.log(q.denominator)


class Reference:
    """The eight methods on one study: factors and landslide weights over the valid cells.

    ``factors``: list of (values, classified) over the valid cells; ``train``/``test``:
    landslide weight per valid cell; ``null``: cells whose LSI is null (flat-area
    constraint), still counted in the probabilities.
    """

    def __init__(self, factors, precision, width, train, test=None, null=None, exact=True):
        self.train = np.asarray(train, dtype=np.float64)
        self.test = None if test is None else np.asarray(test, dtype=np.float64)
        self.null = None if null is None else np.asarray(null, dtype=bool)
        self.exact = exact
        self.n_a = self.train.size
        self.p_l = Fraction(float(self.train.sum())) / self.n_a
        self.tables = [factor_table(v, c, precision, width, self.train) for v, c in factors]
        bins = np.stack([t.cell_bin for t in self.tables])
        self.combos, self.cell_combo = np.unique(bins, axis=1, return_inverse=True)
        self.cell_combo = self.cell_combo.ravel()
        self._lsi: dict[str, tuple] = {}

    # -- favourability per class or bin (SPEC §3, Table 1) ------------------------------
    def favourability_exact(self, method: str, i: int) -> list:
        """Exact per-bin favourability of factor ``i`` (see :func:`bin_favourability_exact`)."""
        return bin_favourability_exact(method, self.tables[i].probs, self.p_l)

    def favourability(self, method: str, i: int) -> np.ndarray:
        """Per-bin favourability of factor ``i`` as float64 (ln / sqrt applied)."""
        if method == "WOE" and self.exact:
            return np.array([_ln(x) for x in self.favourability_exact(method, i)])
        return bin_favourability(method, self.tables[i].probs, self.p_l)

    # -- LSI per cell ----------------------------------------------------------------
    def _combos(self, method: str):
        """Per distinct combination of bins: (exact sortable score or None, float LSI)."""
        if method in self._lsi:
            return self._lsi[method]
        n = len(self.tables)
        if not self.exact or method == "CA":
            favs = [self.favourability(method, i)[self.combos[i]] for i in range(n)]
            if method == "CF":
                value = favs[0]
                for f in favs[1:]:  # the pairwise rule, in floats
                    both_pos, both_neg = (value >= 0) & (f >= 0), (value < 0) & (f < 0)
                    with np.errstate(divide="ignore", invalid="ignore"):
                        mixed = (value + f) / (1 - np.minimum(np.abs(value), np.abs(f)))
                    value = np.where(both_pos, value + f - value * f, np.where(both_neg, value + f + value * f, mixed))
            else:
                value = np.zeros(self.combos.shape[1])
                for f in favs:
                    value = value + f
                if method == "WOE":
                    value = value + _ln(self.p_l / (1 - self.p_l))
            # CA in exact mode: a sum of square roots has no exact form here; values within
            # 1e-12 (relative) are taken as ties, and the tie groups ranked
            out = (tie_ranks(value, 1e-12) if self.exact else None, value)
        else:
            favs = [self.favourability_exact(method, i) for i in range(n)]
            scores = []
            for c in range(self.combos.shape[1]):
                parts = [favs[i][self.combos[i, c]] for i in range(n)]
                if method == "CF":
                    s = parts[0]
                    for x in parts[1:]:
                        s = combine_cf(s, x)
                elif method in LOG_METHODS:
                    s = self.p_l / (1 - self.p_l) if method == "WOE" else Fraction(1)
                    for x in parts:
                        s *= x
                else:
                    s = sum(parts, Fraction(0))
                scores.append(s)
            values = np.array([_ln(s) if method in LOG_METHODS else float(s) for s in scores])
            out = (scores, values)
        self._lsi[method] = out
        return out

    def lsi(self, method: str) -> np.ndarray:
        """The LSI of every valid cell as float64 (NaN where null): for WoE the posterior log-odds."""
        values = self._combos(method)[1][self.cell_combo]
        if self.null is not None:
            values = np.where(self.null, np.nan, values)
        return values

    def exact_lsi(self, method: str) -> list:
        """Exact sortable LSI per cell (for IV/WC/WoE the ratio whose log is the LSI; for CA the
        rank of its tie group)."""
        scores = self._combos(method)[0]
        if scores is None:
            raise ValueError(f"{method}: no exact LSI with exact=False")
        return [scores[c] for c in self.cell_combo]

    # -- rates (SPEC §7) ------------------------------------------------------------
    def rate(self, method: str, which: str = "success", split: str | None = None):
        """Area under the success (``train``) or prediction (``test``) rate curve.

        Exact (a Fraction) when the method's LSI is exact, else a float. ``split``: see
        :func:`rate_curve_area` (groups are the distinct combinations of bins)."""
        weights = self.train if which == "success" else self.test
        scores, values = self._combos(method)
        ranked = np.ones(self.n_a, dtype=bool) if self.null is None else ~self.null
        cells = np.bincount(self.cell_combo[ranked], minlength=values.size)
        w = np.bincount(self.cell_combo[ranked], weights=weights[ranked], minlength=values.size)
        keep = cells > 0
        if scores is not None:
            return rate_curve_area([s for s, k in zip(scores, keep) if k], cells[keep], w[keep], True, split)
        if split is None:  # floats: merge equal values, then trapezoids from the highest down
            levels, inverse = np.unique(values[keep], return_inverse=True)
            c = np.bincount(inverse.ravel(), weights=cells[keep])[::-1]
            y = np.concatenate(([0.0], np.cumsum(np.bincount(inverse.ravel(), weights=w[keep])[::-1]))) / w.sum()
            return float(np.sum(c / c.sum() * (y[1:] + y[:-1]) / 2))
        return rate_curve_area(list(values[keep]), cells[keep], w[keep], False, split)

    def rate_bounds(self, method: str, which: str = "success") -> tuple:
        """(smallest, SPEC §7, largest) rate when tied cells of different combinations of bins
        may be ranked apart, as floating-point rounding of mathematically equal LSIs does."""
        return tuple(self.rate(method, which, s) for s in ("worst", None, "best"))


def tie_ranks(values: np.ndarray, rel: float) -> list[int]:
    """Rank of each value, values closer than ``rel`` (relative) to the previous one sharing it."""
    order = np.argsort(values, kind="stable")
    ranks = [0] * values.size
    rank = 0
    for p, q in zip(order, order[1:]):
        if values[q] - values[p] > rel * max(1.0, abs(values[q])):
            rank += 1
        ranks[q] = rank
    return ranks


def rate_curve_area(scores: list, cells: np.ndarray, weights: np.ndarray, exact: bool, split: str | None = None):
    """Success/prediction rate of groups of cells: ``scores`` (any comparable values), the
    number of cells and the landslide weight of each group.

    ``split=None`` (SPEC §7): groups of equal score merge into one step (a trapezoid), so
    ties are never broken. ``"best"``/``"worst"``: tied groups are ranked apart, the
    densest in landslide weight first/last: the largest/smallest area that any order of
    tied groups can give (steeper segments first maximise the area under the path).
    """
    num = Fraction if exact else float
    order = sorted(range(len(scores)), key=lambda g: scores[g], reverse=True)
    n, total = num(int(cells.sum())), num(float(weights.sum()))
    steps = []  # (cells, weight) per step, from the highest score down
    g = 0
    while g < len(order):
        h = g
        while h < len(order) and scores[order[h]] == scores[order[g]]:
            h += 1
        tied = [(int(cells[k]), float(weights[k])) for k in order[g:h]]
        if split is None:
            steps.append((sum(c for c, _ in tied), sum(w for _, w in tied)))
        else:
            tied.sort(key=lambda cw: Fraction(cw[1]) / cw[0], reverse=split == "best")
            steps.extend(tied)
        g = h
    area = y = num(0)
    for c, w in steps:
        dx, dy = num(c) / n, num(w) / total
        area += dx * (2 * y + dy) / 2
        y += dy
    return area


def same_order(a: list, b: list) -> bool:
    """Exactly the same order of cells: a[i] < a[j] ⇔ b[i] < b[j] and a[i] = a[j] ⇔ b[i] = b[j]."""
    ia = sorted(range(len(a)), key=a.__getitem__)
    return all((a[p] == a[q]) == (b[p] == b[q]) and (a[p] < a[q]) == (b[p] < b[q]) for p, q in zip(ia, ia[1:]))
