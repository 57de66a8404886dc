"""The study: valid cells, encoded factors and the training/test landslide split (SPEC §1).

:func:`prepare` is the one expensive step (one pass per factor). Everything after it
(any method, any bin width) works on the compact codes it builds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from . import kernels, memory
from .errors import AlsaInputError
from .factors import EncodedFactor, Factor, check_precision, code_dtype, encode_classified, encode_continuous
from .i18n import tr
from .progress import ProgressCallback, report
from .warmup import ensure_ready


@dataclass(frozen=True)
class Landslides:
    """Landslide cells as positions among the valid cells, with their weights."""

    idx: np.ndarray
    weight: np.ndarray

    @property
    def total(self) -> float:
        return float(self.weight.sum())

    def __len__(self) -> int:
        return int(self.idx.size)


@dataclass
class Study:
    """Everything a bivariate run needs, over the valid cells only.

    ``valid`` is the boolean grid of valid cells (N(A) = its count); ``codes`` stacks
    the factors' codes (factors × cells); ``flat`` marks cells whose LSI is null
    (flat-area constraint, SPEC §6) or is None.
    """

    shape: tuple[int, ...]
    valid: np.ndarray
    factors: list[EncodedFactor]
    codes: np.ndarray
    train: Landslides
    test: Landslides | None
    precision: int
    flat: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)
    _train_tables: list[tuple[np.ndarray, np.ndarray]] | None = None

    @property
    def n_a(self) -> int:
        return int(self.codes.shape[1])

    @property
    def continuous(self) -> bool:
        """True when at least one factor is continuous (bin width applies)."""
        return any(not f.classified for f in self.factors)

    def train_per_code(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Training landslide (weight, cell count) per code of factor ``i``."""
        if self._train_tables is None:
            self._train_tables = []
            for f in self.factors:
                c = f.codes[self.train.idx]
                self._train_tables.append(
                    (
                        np.bincount(c, weights=self.train.weight, minlength=f.n_codes),
                        np.bincount(c, minlength=f.n_codes),
                    )
                )
        return self._train_tables[i]

    def to_grid(self, compact: np.ndarray, fill: float = np.nan, out: np.ndarray | None = None) -> np.ndarray:
        """Put values over the valid cells back on the full grid (``fill`` elsewhere).

        ``out`` (a grid-shaped array, e.g. float32) is reused when given: writing many
        rasters through one buffer avoids paying fresh-memory page faults for each.
        """
        if out is None:
            out = memory.empty(self.shape, np.result_type(compact.dtype, np.float32))
        flat = out.reshape(-1)
        valid = self.valid.ravel()
        flat.fill(fill)
        flat[valid] = compact
        return out


def _sparse_weights(name: str, grid: np.ndarray, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Flat positions and weights of the landslide cells of a weight grid (NaN = none)."""
    grid = np.asarray(grid)
    if grid.shape != shape:
        raise AlsaInputError(
            tr("{name}: shape {shape} differs from the factors' shape {expected}").format(
                name=name, shape=grid.shape, expected=shape
            )
        )
    g = grid.ravel()
    idx = np.flatnonzero(g)
    w = g[idx].astype(np.float64)
    keep = ~np.isnan(w)
    idx, w = idx[keep], w[keep]
    if (w < 0).any():
        raise AlsaInputError(tr("{name}: landslide weights must not be negative").format(name=name))
    return idx, w


def _valid_positions(flat_valid: np.ndarray, idx: np.ndarray, block: int = 1 << 20) -> np.ndarray:
    """Positions among the valid cells of the valid flat indices ``idx`` (ascending).

    Block by block (a running count of valid cells, a cumulative count inside blocks
    that hold an index), so no grid-sized temporary is ever allocated.
    """
    out = np.empty(idx.size, dtype=np.int64)
    edges = np.searchsorted(idx, np.arange(0, flat_valid.size + block, block))
    offset = 0
    for b, start in enumerate(range(0, flat_valid.size, block)):
        chunk = flat_valid[start : start + block]
        lo, hi = edges[b], edges[b + 1]
        if hi > lo:
            out[lo:hi] = offset + np.cumsum(chunk, dtype=np.int64)[idx[lo:hi] - start] - 1
        offset += int(np.count_nonzero(chunk))
    return out


def _check_ratio(train_ratio: float) -> float:
    if not (isinstance(train_ratio, (int, float, np.floating)) and 0.0 < train_ratio <= 1.0):
        raise AlsaInputError(
            tr("train ratio must be in (0, 1] (1 = no test set), got {train_ratio!r}").format(train_ratio=train_ratio)
        )
    return float(train_ratio)


def split_cells(n: int, train_ratio: float, seed: int | None, objects: np.ndarray | None = None) -> np.ndarray:
    """Boolean array over ``n`` landslide cells: True = training.

    Without ``objects`` the cells are split at random, round(ratio·n) to training;
    with ``objects`` (a label per cell) whole landslide objects are split instead.
    A fixed ``seed`` gives the same split every run (ALSA's "pseudo random").
    """
    rng = np.random.default_rng(seed)
    if objects is None:
        is_train = np.zeros(n, dtype=bool)
        is_train[rng.permutation(n)[: int(round(train_ratio * n))]] = True
        return is_train
    labels, inverse = np.unique(objects, return_inverse=True)
    chosen = np.zeros(labels.size, dtype=bool)
    chosen[rng.permutation(labels.size)[: int(round(train_ratio * labels.size))]] = True
    return chosen[inverse]


def prepare(
    factors: Sequence[Factor],
    landslides: np.ndarray,
    *,
    mask: np.ndarray | None = None,
    precision: int = 3,
    train_ratio: float = 0.7,
    seed: int | None = None,
    objects: np.ndarray | None = None,
    test_landslides: np.ndarray | None = None,
    flat: np.ndarray | None = None,
    progress: ProgressCallback = None,
) -> Study:
    """Validate inputs, find valid cells, encode factors and split landslides.

    Parameters
    ----------
    factors : the predisposing factors, all of one shape.
    landslides : landslide weight per cell (0 = none; a rasterised point layer may
        hold a point's weight, a polygon layer 1).
    mask : True inside the processing extent/mask polygon (default: everywhere).
    precision : P, decimals of the normalised continuous values (0 = no rounding).
    train_ratio : share of landslide cells (or objects) used for training; 1 = all.
    seed : fixed seed for a repeatable split; None = a new random split.
    objects : landslide object label per cell, to split by object instead of by cell.
    test_landslides : a separate test inventory (weights); then every cell of
        ``landslides`` trains and ``train_ratio`` is not used.
    flat : True where the flat-area constraint nulls the LSI (see :func:`flat_cells`).
    progress : callback(fraction, message) -> False to cancel.
    """
    precision = check_precision(precision)
    if not factors:
        raise AlsaInputError(tr("no factor given: add at least one classified or continuous factor"))
    names = [f.name for f in factors]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise AlsaInputError(
            tr("factor names must be unique; repeated: {value}").format(value=", ".join(sorted(dupes)))
        )
    shape = factors[0].values.shape
    for f in factors:
        if f.values.shape != shape:
            raise AlsaInputError(
                tr(
                    "factor {name!r} has shape {shape}, but {first!r} has {expected}; bring all factors onto "
                    "one grid"
                ).format(name=f.name, shape=f.values.shape, first=factors[0].name, expected=shape)
            )
    ls_full, ls_w = _sparse_weights("landslides", landslides, shape)
    if test_landslides is None:
        _check_ratio(train_ratio)

    valid = np.ones(shape, dtype=bool) if mask is None else np.asarray(mask, dtype=bool).copy()
    if valid.shape != shape:
        raise AlsaInputError(
            tr("mask: shape {shape} differs from the factors' shape {expected}").format(
                shape=valid.shape, expected=shape
            )
        )
    for f in factors:
        has = f.has_data()
        if not has.any():
            raise AlsaInputError(
                tr("factor {name!r} has only nodata cells; remove it or fix its nodata value").format(name=f.name)
            )
        valid &= has
    n_a = int(valid.sum())
    if n_a == 0:
        raise AlsaInputError(tr("no valid cell: the factors' data do not overlap inside the processing extent"))
    flat_valid = valid.ravel()

    ensure_ready(progress)  # the first run of a session may have to wait for the numba kernels: say so
    ranges = [kernels.masked_range(f.values.ravel(), flat_valid) for f in factors]
    sizes = [
        int(hi - lo) + 1 if f.classified else (10**precision + 1 if precision else 1 << 32)
        for f, (lo, hi) in zip(factors, ranges)
    ]
    codes = memory.empty((len(factors), n_a), code_dtype(max(sizes)))
    encoded: list[EncodedFactor] = []
    for i, f in enumerate(factors):
        report(progress, i / len(factors), tr("encoding factor {name}").format(name=f.name))
        if f.classified:
            enc = encode_classified(f.name, f.values, flat_valid, codes[i], ranges[i])
        else:
            enc = encode_continuous(f.name, f.values, precision, flat_valid, codes[i], ranges[i])
        encoded.append(enc)
    report(progress, 1.0, tr("splitting landslides"))

    notes: list[str] = []

    def on_valid(idx: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
        inside = flat_valid[idx]
        return _valid_positions(flat_valid, idx[inside]), w[inside], idx[inside], float(w[~inside].sum())

    ls_idx, ls_weight, ls_full, outside = on_valid(ls_full, ls_w)
    if outside > 0:
        notes.append(
            tr(
                "landslide weight {outside:g} lies on invalid cells (outside the extent or nodata) and is ignored"
            ).format(outside=outside)
        )
    if ls_idx.size == 0:
        raise AlsaInputError(
            tr(
                "landslides: no landslide cell falls on a valid cell of the study area (check the "
                "layer's extent, CRS and the factors' nodata)"
            )
        )
    if ls_weight.sum() >= n_a:
        raise AlsaInputError(tr("landslides: total landslide weight must be smaller than the number of valid cells"))

    if test_landslides is not None:
        train = Landslides(ls_idx, ls_weight)
        t_idx, t_weight, _, _ = on_valid(*_sparse_weights("test landslides", test_landslides, shape))
        if t_idx.size == 0:
            raise AlsaInputError(tr("test landslides: no test landslide cell falls on a valid cell of the study area"))
        test: Landslides | None = Landslides(t_idx, t_weight)
    else:
        labels = None
        if objects is not None:
            obj = np.asarray(objects)
            if obj.shape != shape:
                raise AlsaInputError(
                    tr("landslide objects: shape {shape} differs from the factors' shape {expected}").format(
                        shape=obj.shape, expected=shape
                    )
                )
            labels = obj.ravel()[ls_full]
        is_train = split_cells(ls_idx.size, train_ratio, seed, labels)
        if not is_train.any():
            raise AlsaInputError(
                tr("train ratio {train_ratio} leaves no training landslide cell among {size}; raise it").format(
                    train_ratio=train_ratio, size=ls_idx.size
                )
            )
        train = Landslides(ls_idx[is_train], ls_weight[is_train])
        rest = ~is_train
        test = Landslides(ls_idx[rest], ls_weight[rest]) if rest.any() else None

    flat_compact = None
    if flat is not None:
        fl = np.asarray(flat, dtype=bool)
        if fl.shape != shape:
            raise AlsaInputError(
                tr("flat-area mask: shape {shape} differs from the factors' shape {expected}").format(
                    shape=fl.shape, expected=shape
                )
            )
        flat_compact = fl.ravel()[flat_valid]
        notes.append(tr("flat-area constraint: {cells} cells get a null LSI").format(cells=int(flat_compact.sum())))
    return Study(shape, valid, encoded, codes, train, test, precision, flat_compact, notes)


def flat_cells(factor: Factor, kind: str = "slope") -> np.ndarray:
    """Cells the flat-area constraint nulls (SPEC §6): slope = 0, or aspect < 0.

    For ``kind="aspect"`` flat cells are those with a negative aspect (the −1 that
    ArcGIS and SAGA write for flat cells); an aspect that marks flat cells as nodata
    leaves them out of the study area already.
    """
    if kind not in ("slope", "aspect"):
        raise AlsaInputError(
            tr("flat-area constraint: kind must be 'slope' or 'aspect', got {kind!r}").format(kind=kind)
        )
    v = factor.values
    flat = v == 0 if kind == "slope" else v < 0
    return flat & factor.has_data()
