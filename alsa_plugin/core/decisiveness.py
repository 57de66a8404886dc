"""Decisiveness: the absolute importance of each factor (SPEC §11; Li & Lan 2024, ALSA 4.0/5.0).

DC_i = (1/N(A)) · Σ over valid cells k of |CF_i,k|, CF_i,k the certainty factor (SPEC §3,
Table 1; eq. 23) of the class or bin of cell k in factor i alone. Every cell of one code
(class, or distinct normalised value of a continuous factor) takes the CF of that code, so

    DC_i = (1/N(A)) · Σ_codes n_cells(code) · |CF(code)|,

a sum over the codes of the CF run's own table (:func:`.bivariate.factor_tables` with
method CF), never a pass over the cells. For a classified factor n_cells(code) = N(F) of
the class. For a continuous factor the bins overlap (SPEC §4 step 3): the bin of a value
counts the cells of every value within ±w/2, but only the cells *of that value* take its
CF, so the weight is the cells of the code, not N(F) of its bin.

Conventions are those of a CF run: training landslides only (test cells count as
non-landslide cells), the nonzero constraint of SPEC §2, landslide weights. Flat cells
(SPEC §6) stay in: the flat-area constraint nulls the LSI, not the per-factor
favourability layers, and DC is an average over the N(A) valid cells of such a layer.
With weighted landslide points a bin can hold more weight than cells (p(L|F) > 1), and
then |CF| and DC may exceed 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .bivariate import FactorTable, factor_tables
from .errors import AlsaInputError
from .factors import check_width
from .i18n import tr
from .methods import get_method
from .optimise import candidate_widths
from .probabilities import probabilities
from .study import Study

CLASSIFIED = "classified"
CONTINUOUS = "continuous"
MAX_ENUMERATE = 100_000  # enumerate every merge up to this many set partitions, else Monte Carlo


@dataclass(frozen=True)
class FactorDecisiveness:
    """DC of one factor: ``n_classes`` = its classes, or its bins (one per distinct value)."""

    name: str
    kind: str  # "classified" or "continuous"
    n_classes: int
    width: float | None  # None for a classified factor
    dc: float


def _cf(p) -> np.ndarray:
    """The CF method's own favourability function (eq. 23), on any array shape."""
    return get_method("CF").favourability(p)


def _width_for(study: Study, width: float | None) -> float | None:
    return check_width(width) if study.continuous else None


def table_decisiveness(table: FactorTable, n_a: int) -> float:
    """DC of one factor from its CF table (``factor_tables(study, "CF", w)[i]``)."""
    return float(np.dot(table.factor.n_cells, np.abs(table.favourability)) / n_a)


def decisiveness(study: Study, width: float | None = 0.1) -> list[FactorDecisiveness]:
    """DC of every factor at bin width ``width`` (SPEC §11); ``width`` is ignored when all are classified.

    Built on the CF run's per-code tables, so a bivariate run of any method can report
    the DC at its own (e.g. optimal) width for the cost of one more table pass.
    """
    width = _width_for(study, width)
    out = []
    for t in factor_tables(study, "CF", width):
        f = t.factor
        out.append(
            FactorDecisiveness(
                f.name,
                CLASSIFIED if f.classified else CONTINUOUS,
                f.n_codes,
                None if f.classified else width,
                table_decisiveness(t, study.n_a),
            )
        )
    return out


@dataclass(frozen=True)
class DecisivenessSweep:
    """DC of every factor over a series of equal-interval bin widths (ALSA 5.0).

    ``dc[r, i]`` is the DC of factor ``names[i]`` at ``widths[r]``; classified factors
    are constant down their column.
    """

    widths: np.ndarray
    names: list[str]
    kinds: list[str]
    dc: np.ndarray

    def columns(self) -> dict[str, np.ndarray]:
        """CSV columns: ``bin_width`` then one column per factor."""
        cols = {"bin_width": self.widths}
        cols.update({n: self.dc[:, i] for i, n in enumerate(self.names)})
        return cols


def decisiveness_sweep(study: Study, widths: np.ndarray | None = None, step_precision: int = 2) -> DecisivenessSweep:
    """DC of every factor at each width; default widths k·10^−Q, k = 1…10^Q, Q = ``step_precision``.

    Widths below the effective minimum 2·10^−P give the DC of single-value bins (the
    same as at the minimum); they are kept so that the column spacing stays regular.
    """
    if not study.continuous:
        raise AlsaInputError(tr("decisiveness sweep: every factor is classified, so the bin width does not apply"))
    widths = candidate_widths(step_precision) if widths is None else np.asarray(widths, dtype=np.float64)
    dc = np.empty((widths.size, len(study.factors)))
    for r, w in enumerate(widths):
        dc[r] = [d.dc for d in decisiveness(study, float(w))]
    kinds = [CLASSIFIED if f.classified else CONTINUOUS for f in study.factors]
    return DecisivenessSweep(widths, [f.name for f in study.factors], kinds, dc)


# --- classification compensation (SPEC §11 criterion 2) ---------------------------------


def stirling2(k: int, m: int) -> int:
    """Stirling number of the second kind S(k, m): set partitions of k items into m non-empty blocks."""
    if m < 0 or k < 0:
        return 0
    row = [1] + [0] * m  # S(0, j)
    for n in range(1, k + 1):
        new = [0] * (m + 1)
        for j in range(1, min(n, m) + 1):
            new[j] = j * row[j] + row[j - 1]
        row = new
    return row[m]


def set_partitions(k: int, m: int) -> np.ndarray:
    """Every partition of items 0…k−1 into m non-empty blocks, as restricted growth strings.

    Row r gives the block (0…m−1) of each item; item 0 is in block 0 and each item's
    block is at most one more than the largest block before it, so every partition
    appears exactly once: S(k, m) rows.
    """
    if not 1 <= m <= k:
        return np.zeros((0, k), dtype=np.int16)
    rows = np.zeros((1, 1), dtype=np.int16)
    top = np.zeros(1, dtype=np.int16)  # largest block used so far
    for pos in range(1, k):
        left = k - pos - 1  # items after this one
        parts, tops = [], []
        for v in range(min(m - 1, pos) + 1):
            new_top = np.maximum(top, v)
            ok = (v <= top + 1) & (m - 1 - new_top <= left)
            if ok.any():
                parts.append(np.column_stack([rows[ok], np.full(int(ok.sum()), v, dtype=np.int16)]))
                tops.append(new_top[ok])
        rows, top = np.concatenate(parts), np.concatenate(tops)
    return rows


def random_partitions(k: int, m: int, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` partitions of items 0…k−1 into m non-empty blocks, each uniform over the S(k, m).

    Items are placed from the last to the first with the recurrence
    S(i, j) = j·S(i−1, j) + S(i−1, j−1): with j blocks still to fill among the first i
    items, item i joins one of the j blocks with probability j·S(i−1, j)/S(i, j) (a block
    chosen uniformly) or opens block j−1 alone. Labels are block numbers 0…m−1.
    """
    s = [[stirling2(i, j) for j in range(m + 1)] for i in range(k + 1)]
    p_join = np.zeros((k + 1, m + 1))
    for i in range(1, k + 1):
        for j in range(1, m + 1):
            if s[i][j]:
                p_join[i, j] = (j * s[i - 1][j]) / s[i][j]  # exact integers, one rounding
    labels = np.empty((n, k), dtype=np.int16)
    j = np.full(n, m, dtype=np.int64)
    for i in range(k, 0, -1):
        join = rng.random(n) < p_join[i, j]
        labels[join, i - 1] = rng.integers(0, j[join])
        labels[~join, i - 1] = j[~join] - 1
        j[~join] -= 1
    return labels


def merged_counts(labels: np.ndarray, n_f: np.ndarray, n_lf: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """N(F) and N(LF) of the m merged classes for each row of ``labels`` (rows × classes)."""
    rows = labels.shape[0]
    combined = (np.arange(rows)[:, None] * m + labels).ravel()
    size = rows * m
    nf = np.bincount(combined, np.broadcast_to(n_f, labels.shape).ravel(), size).reshape(rows, m)
    nlf = np.bincount(combined, np.broadcast_to(n_lf, labels.shape).ravel(), size).reshape(rows, m)
    return nf, nlf


@dataclass(frozen=True)
class CompensatedDecisiveness:
    """DC under classification compensation: one factor brought to ``target`` classes.

    ``dc`` is the mean over ``n_merges`` merges (1 when nothing is merged);
    ``merging`` is ``"none"``, ``"enumerated"`` (every set partition) or ``"monte carlo"``.
    """

    name: str
    kind: str
    n_classes: int  # classes (classified) or bins (continuous) before compensation
    target: int
    width: float | None
    dc: float
    std: float
    min: float
    max: float
    n_merges: int
    merging: str


def compensated_decisiveness(
    study: Study,
    target: int | None = None,
    n_samples: int = 1000,
    seed: int | None = None,
    max_enumerate: int = MAX_ENUMERATE,
) -> list[CompensatedDecisiveness]:
    """DC of every factor under classification compensation (SPEC §11 criterion 2).

    ``target`` is the class count m (default: the smallest class count among the
    classified factors). Continuous factors take bin width w = 1/m. A classified factor
    with k > m classes is *merged at random*: each of its classes goes into one of m
    non-empty groups (a set partition of its k classes into m blocks; groups are
    unordered), the group's counts N(F), N(LF) are the sums over its classes and its CF
    comes from them (so the total N(F) and N(LF) are unchanged). Its DC is the mean over
    all S(k, m) partitions when S(k, m) ≤ ``max_enumerate``, else over ``n_samples``
    partitions drawn uniformly at random with ``seed`` (same seed, same merges); std
    (population), min and max give the spread. Factors with k ≤ m classes are unchanged.
    """
    classified = [f.n_codes for f in study.factors if f.classified]
    if target is None:
        if not classified:
            raise AlsaInputError(
                tr("classification compensation: no classified factor, so give the target class count m")
            )
        target = min(classified)
    if isinstance(target, bool) or int(target) != target or target < 1:
        raise AlsaInputError(
            tr("classification compensation: target class count must be a whole number ≥ 1, got {target!r}").format(
                target=target
            )
        )
    if isinstance(n_samples, bool) or int(n_samples) != n_samples or n_samples < 1:
        raise AlsaInputError(
            tr("classification compensation: Monte Carlo merges must be a whole number ≥ 1, got {n!r}").format(
                n=n_samples
            )
        )
    m = int(target)
    width = 1.0 / m if study.continuous else None
    rng = np.random.default_rng(seed)
    n_a, n_l = study.n_a, study.train.total
    out = []
    for t in factor_tables(study, "CF", width):
        f = t.factor
        k = f.n_codes
        if not f.classified or k <= m:
            dc = table_decisiveness(t, n_a)
            out.append(
                CompensatedDecisiveness(
                    f.name,
                    CLASSIFIED if f.classified else CONTINUOUS,
                    k,
                    m,
                    None if f.classified else width,
                    dc,
                    0.0,
                    dc,
                    dc,
                    1,
                    "none",
                )
            )
            continue
        count = stirling2(k, m)
        if count <= max_enumerate:
            labels, merging = set_partitions(k, m), "enumerated"
        else:
            labels, merging = random_partitions(k, m, int(n_samples), rng), "monte carlo"
        dcs = np.concatenate(
            [
                _dc_of_merges(labels[s : s + 4096], t.probabilities.n_f, t.probabilities.n_lf, m, n_a, n_l)
                for s in range(0, labels.shape[0], 4096)
            ]
        )
        out.append(
            CompensatedDecisiveness(
                f.name,
                CLASSIFIED,
                k,
                m,
                None,
                float(dcs.mean()),
                float(dcs.std()),
                float(dcs.min()),
                float(dcs.max()),
                int(dcs.size),
                merging,
            )
        )
    return out


def _dc_of_merges(labels, n_f, n_lf, m, n_a, n_l) -> np.ndarray:
    """DC of each merge (row of ``labels``): Σ_groups N(F)·|CF| / N(A), CF by the CF method."""
    nf, nlf = merged_counts(labels, n_f, n_lf, m)
    return (nf * np.abs(_cf(probabilities(n_a, n_l, nf, nlf)))).sum(axis=1) / n_a
