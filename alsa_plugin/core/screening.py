"""Factor screening before a model is trusted (SPEC §12): distributions, collinearity, association, CI.

Everything works on the prepared :class:`.study.Study` (its codes and per-code counts),
so nothing here makes a second copy of the map:

* :func:`distributions` — training, test and non-landslide cells per class or per
  equal-interval value bin (the factor's own units), with p(L|F) (ML paper §5.1);
* :func:`continuous_sample` then :func:`collinearity` — VIF, tolerance, Pearson and
  Spearman matrices of the continuous factors over all valid cells, or over a seeded
  sample of ``max_cells`` (≥ 10⁶ by default) when there are more;
* :func:`association` — Cramér's V of classified factors and of continuous ones
  reclassified into n equal-interval classes, from contingency tables counted with
  ``np.bincount`` block by block over all valid cells;
* :func:`conditional_independence` — the WoE check N(L)/T and the Agterberg–Cheng z;
* :func:`verdicts` — plain-language verdicts over the usual thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from scipy.stats import norm

from . import kernels
from .bivariate import factor_tables
from .errors import AlsaInputError
from .factors import EncodedFactor, Factor, check_width
from .i18n import tr
from .methods import get_method
from .spearman import centred_ranks
from .study import Study

SAMPLE_CELLS = 1_000_000
EXACT_TOL = 1e-10  # 1 − R² below this: an exact linear combination (VIF = ∞)
BLOCK = 1 << 18  # cells per block for the per-cell passes

VIF_STRONG, VIF_MODERATE = 10.0, 5.0
R_STRONG = 0.7
V_STRONG, V_MODERATE = 0.5, 0.3
CI_RATIO = 0.85
CI_ALPHA = 0.05


# --- distributions ------------------------------------------------------------------------


def value_bins(f: EncodedFactor, n_bins: int) -> np.ndarray:
    """Equal-interval bin (0…n−1) of each code of a continuous factor, over its value range.

    Bin b holds the normalised values [b/n, (b+1)/n) (the last bin is closed); a cell
    is binned by its value rounded to P decimals (its code), with whole-number
    arithmetic when P > 0 so that no value lands on the wrong side of an edge.
    """
    if f.precision > 0:
        b = (f.keys.astype(np.int64) * n_bins) // 10**f.precision
    else:
        b = np.floor(f.centres * n_bins).astype(np.int64)
    return np.minimum(b, n_bins - 1)


@dataclass(frozen=True)
class Distribution:
    """Cells of one factor per class or value bin (``lower``…``upper`` in the factor's units).

    ``train_weight`` is N(LF) (training landslide weight); ``p_l_given_f`` =
    N(LF)/N(F) without the nonzero constraint (0 where a class has no landslide);
    ``non_landslide`` counts cells that are neither training nor test landslide cells.
    """

    name: str
    classified: bool
    lower: np.ndarray
    upper: np.ndarray
    n_cells: np.ndarray
    train_cells: np.ndarray
    train_weight: np.ndarray
    test_cells: np.ndarray
    test_weight: np.ndarray
    non_landslide: np.ndarray
    p_l_given_f: np.ndarray

    def columns(self) -> dict[str, np.ndarray]:
        """CSV columns, one row per class or bin."""
        first = {"class": self.lower} if self.classified else {"from": self.lower, "to": self.upper}
        return {
            **first,
            "N_F": self.n_cells,
            "train_cells": self.train_cells,
            "train_weight": self.train_weight,
            "test_cells": self.test_cells,
            "test_weight": self.test_weight,
            "non_landslide_cells": self.non_landslide,
            "p_L_given_F": self.p_l_given_f,
        }


def distributions(study: Study, n_bins: int = 10) -> list[Distribution]:
    """Landslide (training, test) and non-landslide cells over each factor's classes or value bins.

    Continuous factors use ``n_bins`` equal-interval bins over their value range (see
    :func:`value_bins`); bins with no cell are kept (zeros). From per-code counts: no
    pass over the valid cells.
    """
    if isinstance(n_bins, bool) or int(n_bins) != n_bins or n_bins < 1:
        raise AlsaInputError(
            tr("distributions: the number of value bins must be a whole number ≥ 1, got {n!r}").format(n=n_bins)
        )
    test = study.test
    any_ls = study.train.idx if test is None else np.union1d(study.train.idx, test.idx)
    out = []
    for i, f in enumerate(study.factors):
        k = f.n_codes
        train_w, train_c = study.train_per_code(i)
        if test is not None:
            tc = f.codes[test.idx]
            test_w, test_c = np.bincount(tc, test.weight, k), np.bincount(tc, minlength=k)
        else:
            test_w, test_c = np.zeros(k), np.zeros(k, dtype=np.int64)
        ls_c = np.bincount(f.codes[any_ls], minlength=k)
        if f.classified:
            group, size = np.arange(k), k
            lower = upper = f.raw_centres()
        else:
            group, size = value_bins(f, int(n_bins)), int(n_bins)
            edges = f.vmin + np.arange(size + 1) / size * (f.vmax - f.vmin)
            lower, upper = edges[:-1], edges[1:]

        def per_group(x: np.ndarray, g: np.ndarray = group, s: int = size) -> np.ndarray:
            return np.bincount(g, x.astype(np.float64), s)

        n_f = per_group(f.n_cells)
        tw = per_group(train_w)
        with np.errstate(divide="ignore", invalid="ignore"):
            plf = np.where(n_f > 0, tw / n_f, 0.0)
        out.append(
            Distribution(
                f.name,
                f.classified,
                lower,
                upper,
                n_f.astype(np.int64),
                per_group(train_c).astype(np.int64),
                tw,
                per_group(test_c).astype(np.int64),
                per_group(test_w),
                (n_f - per_group(ls_c)).astype(np.int64),
                plf,
            )
        )
    return out


# --- continuous factors: sample, VIF, Pearson, Spearman ------------------------------------


@dataclass(frozen=True)
class Sample:
    """Values of the continuous factors over all valid cells or a seeded sample of them.

    ``values`` is cells × factors (float64). ``units`` is ``"raw"`` (the factors' own
    values) or ``"normalised"`` (the study's min–max values rounded to P decimals: VIF and
    correlations are unchanged by the min–max transform, rounding aside).
    """

    names: list[str]
    values: np.ndarray
    n_valid: int
    sampled: bool
    seed: int | None
    units: str

    @property
    def n_cells(self) -> int:
        return int(self.values.shape[0])

    def description(self) -> str:
        """Which cells the statistics were computed on, for the log and the summary."""
        if self.sampled:
            return tr("a random sample of {n} of the {total} valid cells (seed {seed})").format(
                n=self.n_cells, total=self.n_valid, seed=self.seed
            )
        return tr("all {n} valid cells").format(n=self.n_cells)


def continuous_sample(
    study: Study,
    max_cells: int = SAMPLE_CELLS,
    seed: int | None = 0,
    factors: Sequence[Factor] | None = None,
) -> Sample:
    """The continuous factors' values on all valid cells, or on ``max_cells`` of them drawn with ``seed``.

    Without ``factors`` the values are the study's normalised values (code centres);
    with ``factors`` (the raw :class:`.factors.Factor` arrays, matched by name) their own
    values at the same cells. Memory: cells × continuous factors × 8 bytes of the sample only.
    """
    if isinstance(max_cells, bool) or int(max_cells) != max_cells or max_cells < 3:
        raise AlsaInputError(tr("screening: the sample size must be a whole number ≥ 3, got {n!r}").format(n=max_cells))
    cont = [(i, f) for i, f in enumerate(study.factors) if not f.classified]
    n_a = study.n_a
    sampled = n_a > max_cells
    if sampled:
        idx = np.sort(np.random.default_rng(seed).choice(n_a, int(max_cells), replace=False))
    else:
        idx = None
    n = int(max_cells) if sampled else n_a
    values = np.empty((n, len(cont)))
    if factors is None:
        for c, (_, f) in enumerate(cont):
            codes = f.codes if idx is None else f.codes[idx]
            values[:, c] = f.centres[codes]
        units = "normalised"
    else:
        by_name = {f.name: f for f in factors}
        missing = [f.name for _, f in cont if f.name not in by_name]
        if missing:
            raise AlsaInputError(
                tr("screening: no values given for factor(s) {names}").format(names=", ".join(missing))
            )
        flat = np.flatnonzero(study.valid.ravel())
        pos = flat if idx is None else flat[idx]
        for c, (_, f) in enumerate(cont):
            values[:, c] = np.ravel(by_name[f.name].values)[pos]
        units = "raw"
    return Sample([f.name for _, f in cont], values, n_a, sampled, seed if sampled else None, units)


@dataclass(frozen=True)
class Collinearity:
    """VIF and tolerance per continuous factor, Pearson and Spearman matrices (SPEC §12).

    ``vif[i]`` is inf for an exact linear combination of the others (``notes`` says so)
    and NaN for a factor with a single value over the sample.
    """

    names: list[str]
    vif: np.ndarray
    tolerance: np.ndarray
    pearson: np.ndarray
    spearman: np.ndarray
    n_cells: int
    cells: str
    notes: list[str] = field(default_factory=list)


def _correlation(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pearson correlation of the columns (NaN rows/columns for constant ones) and the constant mask."""
    centred = x - x.mean(axis=0)
    gram = centred.T @ centred
    sd = np.sqrt(np.diag(gram))
    const = sd == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        r = gram / np.outer(sd, sd)
    r = np.clip(r, -1.0, 1.0)
    r[const, :] = np.nan
    r[:, const] = np.nan
    np.fill_diagonal(r, np.where(const, np.nan, 1.0))
    return r, const


def vif_from_correlation(r: np.ndarray) -> np.ndarray:
    """VIF_i = 1/(1 − R²_i), R²_i of the least-squares fit of factor i on the others with intercept.

    With standardised variables the fit is β = R₋ᵢ₋ᵢ⁺ r₋ᵢ,ᵢ (least squares on the
    correlation matrix, so an exactly collinear set does not fail) and 1 − R²_i =
    1 − r_i,₋ᵢ β. 1 − R² ≤ 1e−10 gives inf (an exact linear combination).
    """
    p = r.shape[0]
    vif = np.full(p, np.nan)
    ok = ~np.isnan(np.diag(r))
    use = np.flatnonzero(ok)
    for i in use:
        others = use[use != i]
        if others.size == 0:
            vif[i] = 1.0
            continue
        beta = np.linalg.lstsq(r[np.ix_(others, others)], r[others, i], rcond=None)[0]
        resid = 1.0 - float(r[i, others] @ beta)
        vif[i] = np.inf if resid <= EXACT_TOL else 1.0 / resid
    return vif


def collinearity(sample: Sample) -> Collinearity:
    """VIF, tolerance (1/VIF), Pearson and Spearman (Pearson of average ranks) of the sampled factors."""
    x = sample.values
    pearson, const = _correlation(x)
    ranks = np.empty(x.shape)
    for c in range(x.shape[1]):
        ranks[:, c] = centred_ranks(x[:, c])
    spearman, _ = _correlation(ranks)
    del ranks
    vif = vif_from_correlation(pearson)
    with np.errstate(divide="ignore"):
        tolerance = 1.0 / vif
    notes = []
    for i, name in enumerate(sample.names):
        if const[i]:
            notes.append(
                tr("{name}: a single value over these cells, so it has no VIF or correlation").format(name=name)
            )
        elif np.isinf(vif[i]):
            notes.append(
                tr(
                    "{name}: an exact linear combination of the other continuous factors (1 − R² ≤ {tol:g}), "
                    "so its VIF is infinite; drop it or one of the factors it is made of"
                ).format(name=name, tol=EXACT_TOL)
            )
    return Collinearity(sample.names, vif, tolerance, pearson, spearman, sample.n_cells, sample.description(), notes)


# --- association: Cramér's V ----------------------------------------------------------------


def cramers_v(table: np.ndarray) -> float:
    """Bias-uncorrected Cramér's V of a contingency table: √(χ²/(n·(min(r, c) − 1))).

    Empty rows and columns are dropped first; NaN when fewer than two remain on a side.
    Equal to ``scipy.stats.contingency.association(table, method="cramer")``.
    """
    t = np.asarray(table, dtype=np.float64)
    t = t[t.sum(axis=1) > 0][:, t.sum(axis=0) > 0]
    if min(t.shape) < 2:
        return float("nan")
    n = t.sum()
    expected = np.outer(t.sum(axis=1), t.sum(axis=0)) / n
    chi2 = float(((t - expected) ** 2 / expected).sum())
    return float(np.sqrt(chi2 / (n * (min(t.shape) - 1))))


@dataclass(frozen=True)
class Association:
    """Cramér's V between every pair of factors (continuous ones reclassified into ``n_classes``)."""

    names: list[str]
    n_classes: list[int]
    v: np.ndarray
    n_cells: int
    notes: list[str] = field(default_factory=list)


MAX_TABLE = 1 << 22  # cells of one contingency table


def association(study: Study, n_classes: int = 10, factors: Sequence[str] | None = None) -> Association:
    """Cramér's V matrix of the factors over all valid cells (SPEC §12).

    Classified factors use their classes, continuous ones ``n_classes`` equal-interval
    classes of their value range (:func:`value_bins`). Contingency tables are counted
    with ``np.bincount`` of combined codes a·k_b + b, block by block (no cells × factors
    copy). ``factors`` restricts the matrix to those names.
    """
    if isinstance(n_classes, bool) or int(n_classes) != n_classes or n_classes < 2:
        raise AlsaInputError(
            tr("Cramér's V: the number of classes must be a whole number ≥ 2, got {n!r}").format(n=n_classes)
        )
    chosen = [i for i, f in enumerate(study.factors) if factors is None or f.name in factors]
    luts, sizes = [], []
    for i in chosen:
        f = study.factors[i]
        lut = np.arange(f.n_codes) if f.classified else value_bins(f, int(n_classes))
        luts.append(lut.astype(np.int32))
        sizes.append(int(lut.max()) + 1)
    p = len(chosen)
    pairs = [(a, b) for a in range(p) for b in range(a + 1, p)]
    notes = []
    too_big = {(a, b) for a, b in pairs if sizes[a] * sizes[b] > MAX_TABLE}
    for a, b in sorted(too_big):
        notes.append(
            tr("{a} and {b}: too many classes ({ka} × {kb}) for a contingency table; Cramér's V not computed").format(
                a=study.factors[chosen[a]].name, b=study.factors[chosen[b]].name, ka=sizes[a], kb=sizes[b]
            )
        )
    tables = {(a, b): np.zeros(sizes[a] * sizes[b], dtype=np.int64) for a, b in pairs if (a, b) not in too_big}
    for start in range(0, study.n_a, BLOCK):
        cls = [luts[c][study.factors[i].codes[start : start + BLOCK]] for c, i in enumerate(chosen)]
        for (a, b), t in tables.items():
            combined = cls[a] * sizes[b]
            combined += cls[b]
            t += np.bincount(combined, minlength=t.size)
    v = np.eye(p)
    for a, b in pairs:
        v[a, b] = v[b, a] = cramers_v(tables[(a, b)].reshape(sizes[a], sizes[b])) if (a, b) in tables else np.nan
    for c, i in enumerate(chosen):
        if sizes[c] < 2 or np.unique(luts[c]).size < 2:
            v[c, c] = np.nan
            notes.append(tr("{name}: a single class, so Cramér's V is undefined").format(name=study.factors[i].name))
    return Association([study.factors[i].name for i in chosen], sizes, v, study.n_a, notes)


# --- conditional independence of weights of evidence ----------------------------------------


@dataclass(frozen=True)
class ConditionalIndependence:
    """The WoE conditional-independence check (SPEC §12; Bonham-Carter 1994, Agterberg & Cheng 2002).

    ``t`` = Σ_k P_k over the valid cells (P_k the WoE posterior before normalisation),
    ``ratio`` = N(L)/T, ``z`` = (T − N(L))/σ(T), ``p_value`` = P(Z ≥ z) (one-sided).
    """

    t: float
    n_l: float
    ratio: float
    sigma: float
    z: float
    p_value: float
    width: float | None
    n_cells: int
    notes: list[str] = field(default_factory=list)


def _weight_variances(p) -> np.ndarray:
    """s²(WS_j) = s²(W+_j) + Σ_{k≠j} s²(W−_k) per class or bin of one factor.

    s²(W+) = 1/N(LF) + 1/N(L̄F), s²(W−) = 1/N(LF̄) + 1/N(L̄F̄) (SPEC §12), with each count
    the one implied by the probability the weight used: p(F|L)·N(L), p(F|L̄)·N(L̄), … —
    the count itself, or the nonzero-constraint floor N(L)/N(A) (N(L̄)/N(A)) where it is 0,
    so a class without landslides has a large but finite variance.
    """
    n_nl = p.n_a - p.n_l
    s2_plus = 1.0 / (p.p_f_l * p.n_l) + 1.0 / (p.p_f_nl * n_nl)
    s2_minus = 1.0 / (p.p_nf_l * p.n_l) + 1.0 / (p.p_nf_nl * n_nl)
    return s2_plus + (s2_minus.sum() - s2_minus)


def _sum_per_cell(study: Study, per_code: list[np.ndarray], start: int, stop: int) -> np.ndarray:
    """Σ_i per_code[i][code of cell in factor i] for the valid cells start…stop (flat cells included)."""
    offsets = np.concatenate(([0], np.cumsum([t.size for t in per_code])[:-1])).astype(np.int64)
    out = np.empty(stop - start)
    kernels.lsi_sum(np.ascontiguousarray(study.codes[:, start:stop]), offsets, np.concatenate(per_code), out)
    return out


def conditional_independence(study: Study, width: float | None = 0.1) -> ConditionalIndependence:
    """N(L)/T and the Agterberg–Cheng statistic of the WoE model at ``width`` (SPEC §12).

    Per cell: log-odds s = logit p(L) + Σ_i WS_i (the WoE LSI, from the WoE method's own
    tables), P = σ(s) computed as exp(−softplus(−s)), and
    σ²(T) = Σ_k P_k²·(1/N(L) + Σ_i s²(WS_i,k)) (:func:`_weight_variances`). Every valid
    cell counts, flat cells too (they stay in N(A) and N(L), SPEC §6).
    """
    width = check_width(width) if study.continuous else None
    m = get_method("WOE")
    tables = factor_tables(study, m, width)
    probs = [t.probabilities for t in tables]
    p_l = study.train.total / study.n_a
    keys = [t.key for t in tables]
    variances = [_weight_variances(p) for p in probs]
    log_t = log_var = -np.inf  # Σ P and Σ P²·(…) held as logarithms: P underflows with many bins
    for start in range(0, study.n_a, 4 * BLOCK):
        stop = min(start + 4 * BLOCK, study.n_a)
        s = m.lsi(_sum_per_cell(study, keys, start, stop), p_l, probs)
        log_p = -np.logaddexp(0.0, -s)
        log_t = np.logaddexp(log_t, _log_sum_exp(log_p))
        v = 1.0 / study.train.total + _sum_per_cell(study, variances, start, stop)
        log_var = np.logaddexp(log_var, _log_sum_exp(2.0 * log_p + np.log(v)))
    n_l = study.train.total
    log_sigma = 0.5 * log_var
    with np.errstate(over="ignore"):
        z = float(np.exp(log_t - log_sigma) - np.exp(np.log(n_l) - log_sigma))
        ratio = float(np.exp(np.log(n_l) - log_t))
    notes = []
    if study.continuous:
        notes.append(
            tr(
                "continuous factors enter weights of evidence with one overlapping bin per value, and Σ W− over "
                "all bins dominates the posterior: T is then far from N(L) whatever the data; the check is "
                "meaningful for classified factors (or continuous ones reclassified into a few classes)"
            )
        )
    return ConditionalIndependence(
        float(np.exp(log_t)), n_l, ratio, float(np.exp(log_sigma)), z, float(norm.sf(z)), width, study.n_a, notes
    )


def _log_sum_exp(x: np.ndarray) -> float:
    top = float(np.max(x)) if x.size else -np.inf
    if not np.isfinite(top):
        return top
    return top + float(np.log(np.exp(x - top).sum()))


# --- verdicts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """A plain-language finding: the factor(s) it is about, ``"strong"``/``"moderate"``/``"note"``, and the text."""

    subject: tuple[str, ...]
    level: str
    text: str


def verdicts(
    col: Collinearity | None = None,
    assoc: Association | None = None,
    ci: ConditionalIndependence | None = None,
) -> list[Verdict]:
    """Verdicts over the usual thresholds: VIF > 10 strong, > 5 moderate; |r| or |ρ| > 0.7;
    Cramér's V > 0.5 strong, 0.3–0.5 moderate; N(L)/T < 0.85 or a one-sided p < 0.05: dependence.
    """
    out: list[Verdict] = []
    if col is not None:
        names = col.names
        for i, a in enumerate(names):
            vif = col.vif[i]
            if np.isnan(vif) or vif <= VIF_MODERATE:
                continue
            r = np.where(np.arange(len(names)) == i, np.nan, np.abs(col.pearson[i]))
            j = int(np.nanargmax(r)) if np.isfinite(r).any() else i
            if np.isinf(vif):
                text = tr("{a}: VIF ∞ — an exact linear combination of the other continuous factors; drop it")
                out.append(Verdict((a,), "strong", text.format(a=a)))
            elif vif > VIF_STRONG:
                text = tr(
                    "{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — strongly collinear (most with {b}, r {r:+.2f}), "
                    "consider dropping it or {b}"
                )
                out.append(
                    Verdict((a,), "strong", text.format(a=a, vif=vif, tol=1 / vif, b=names[j], r=col.pearson[i, j]))
                )
            else:
                text = tr("{a}: VIF {vif:.1f} (tolerance {tol:.2f}) — moderately collinear (most with {b}, r {r:+.2f})")
                out.append(
                    Verdict((a,), "moderate", text.format(a=a, vif=vif, tol=1 / vif, b=names[j], r=col.pearson[i, j]))
                )
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                r, rho = col.pearson[i, j], col.spearman[i, j]
                if abs(r) > R_STRONG or abs(rho) > R_STRONG:
                    with np.errstate(divide="ignore"):
                        pair_vif = 1.0 / (1.0 - r * r)
                    text = tr(
                        "{a} and {b}: Pearson r {r:+.2f}, Spearman ρ {rho:+.2f} (pairwise VIF {vif:.1f}) — "
                        "strongly correlated, consider dropping one"
                    )
                    out.append(
                        Verdict(
                            (names[i], names[j]),
                            "strong",
                            text.format(a=names[i], b=names[j], r=r, rho=rho, vif=pair_vif),
                        )
                    )
    if assoc is not None:
        names = assoc.names
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                v = assoc.v[i, j]
                if v > V_STRONG:
                    text = tr("{a} and {b}: Cramér's V {v:.2f} — strongly associated, consider dropping one")
                    out.append(Verdict((names[i], names[j]), "strong", text.format(a=names[i], b=names[j], v=v)))
                elif v > V_MODERATE:
                    text = tr("{a} and {b}: Cramér's V {v:.2f} — moderately associated")
                    out.append(Verdict((names[i], names[j]), "moderate", text.format(a=names[i], b=names[j], v=v)))
    if ci is not None:
        if ci.ratio < CI_RATIO:
            text = tr(
                "weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; "
                "Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — below 0.85: the factors are not "
                "conditionally independent given landslides; read the WoE posterior as a relative ranking, "
                "not a probability, or drop or merge dependent factors"
            )
            level = "strong"
        elif ci.p_value < CI_ALPHA:
            text = tr(
                "weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; "
                "Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — T exceeds N(L) significantly, but the "
                "ratio is above 0.85: mild conditional dependence"
            )
            level = "moderate"
        else:
            text = tr(
                "weights of evidence: N(L)/T = {ratio:.2f} (T = {t:.1f} predicted, N(L) = {n_l:g} observed; "
                "Agterberg–Cheng z = {z:.2f}, one-sided p = {p:.3g}) — no sign of conditional dependence"
            )
            level = "note"
        out.append(Verdict((), level, text.format(ratio=ci.ratio, t=ci.t, n_l=ci.n_l, z=ci.z, p=ci.p_value)))
    return out
