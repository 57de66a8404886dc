"""The study: valid cells, the training/test landslide split, and the encoded factors (SPEC §1).

Two layers, so that bivariate methods and machine-learning models stand on the same pieces:

* :func:`study_area` → :class:`StudyArea`: what every method and model shares — the valid
  cells (grid shape, N(A)), the landslides split into training and test (cells, weights,
  the landslide each cell belongs to, one representative cell per landslide), the
  flat-area cells, and what the split put on each side (:class:`SplitSummary`).
* :func:`encode` → :class:`Study`: the bivariate encoding of the factors at a precision
  on an area. :func:`prepare` does both; it is the one expensive step of a bivariate
  run (one pass per factor). Everything after it (any method, any bin width) works on
  the compact codes it builds.
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

SPLIT_BY = ("cells", "landslides")  # ALSA's default first


@dataclass(frozen=True)
class Landslides:
    """Landslide cells as positions among the valid cells, with their weights.

    ``objects`` (when known) is the landslide each cell belongs to (a label ≥ 1 per cell,
    aligned with ``idx``); ``representatives`` one valid-cell position per landslide of
    this side (the polygon's centroid cell, the point's cell, the cell of a raster
    patch nearest its centroid; see :func:`study_area`), in the order of ascending label.
    """

    idx: np.ndarray
    weight: np.ndarray
    objects: np.ndarray | None = None
    representatives: np.ndarray | None = None

    @property
    def total(self) -> float:
        return float(self.weight.sum())

    @property
    def n_objects(self) -> int | None:
        """How many landslides have a cell on this side (None when objects are unknown)."""
        return None if self.objects is None else int(np.unique(self.objects).size)

    def __len__(self) -> int:
        return int(self.idx.size)


@dataclass(frozen=True)
class LandslideObjects:
    """Which landslide each landslide cell of an inventory belongs to (the data layer rasterises them).

    ``cells``: flat grid indices (ascending) of the cells a landslide covers; ``labels``:
    the landslide (1 … K) of each. ``anchors``: K × 2, row and column (in cells: the cell
    of row r and column c spans [r, r+1) × [c, c+1)) of each landslide's representative
    point — a polygon's centroid, a point, the centre of a raster patch's cell nearest
    its centroid. ``features``: how many inventory features the K landslides stand for
    (overlapping polygons and points in one cell are one landslide); ``kind``:
    ``"polygons"``, ``"points"`` or ``"raster"``.
    """

    cells: np.ndarray
    labels: np.ndarray
    anchors: np.ndarray
    features: int
    kind: str

    @property
    def n_objects(self) -> int:
        return int(self.anchors.shape[0])

    @classmethod
    def from_label_grid(cls, grid: np.ndarray, kind: str = "raster") -> LandslideObjects:
        """Objects from a grid of labels (0 = none): each label's anchor the centre of its cell nearest its centroid."""
        grid = np.asarray(grid)
        cells = np.flatnonzero(grid)
        values = grid.ravel()[cells]
        uniq, labels = np.unique(values, return_inverse=True)
        labels = labels.astype(np.int64) + 1
        anchors = nearest_to_centroid(cells, labels, uniq.size, grid.shape[1])
        return cls(cells, labels, anchors, int(uniq.size), kind)


def nearest_to_centroid(cells: np.ndarray, labels: np.ndarray, n: int, cols: int) -> np.ndarray:
    """For labels 1 … ``n`` of ``cells`` (flat indices on a grid of ``cols`` columns), the
    centre (row + ½, column + ½) of each label's cell nearest the centroid of its cells' centres."""
    rows, cs = np.divmod(cells, cols)
    k = labels - 1
    count = np.bincount(k, minlength=n).astype(np.float64)
    mean_r = np.bincount(k, rows, n) / np.maximum(count, 1)
    mean_c = np.bincount(k, cs, n) / np.maximum(count, 1)
    d2 = (rows - mean_r[k]) ** 2 + (cs - mean_c[k]) ** 2
    order = np.lexsort((cells, d2, k))  # per label, nearest first (ties: the first cell in row-major order)
    first = order[np.r_[True, k[order][1:] != k[order][:-1]]] if order.size else order
    anchors = np.full((n, 2), np.nan)
    anchors[k[first], 0] = rows[first] + 0.5
    anchors[k[first], 1] = cs[first] + 0.5
    return anchors


@dataclass(frozen=True)
class SplitSummary:
    """What the split put on each side: landslides (None when unknown) and cells.

    ``split_by``: ``"cells"``, ``"landslides"`` or ``"inventory"`` (a separate test
    inventory: SPLIT_BY does not apply). ``both_sides``: landslides with cells on both
    sides (split by cells only; 0 otherwise). A landslide of the training inventory that
    lies wholly on invalid cells is in none of the counts.
    """

    split_by: str
    train_cells: int
    test_cells: int
    train_weight: float
    test_weight: float
    train_landslides: int | None = None
    test_landslides: int | None = None
    both_sides: int | None = None

    def as_dict(self) -> dict:
        return dict(vars(self))

    def line(self) -> str | None:
        """The log line (translated); None when the landslides are not known as objects."""
        if self.train_landslides is None:
            return None
        values = vars(self)
        if self.split_by == "inventory":
            text = tr(
                "separate test inventory (SPLIT_BY does not apply): training {train_landslides} landslides "
                "({train_cells} cells), test {test_landslides} landslides ({test_cells} cells)"
            )
        elif self.test_cells == 0:
            text = tr("no test set: {train_landslides} training landslides ({train_cells} cells)")
        elif self.split_by == "landslides":
            text = tr(
                "split by whole landslides: training {train_landslides} landslides ({train_cells} cells), "
                "test {test_landslides} landslides ({test_cells} cells); no landslide on both sides"
            )
        else:
            text = tr(
                "split by landslide cells: training {train_landslides} landslides ({train_cells} cells), "
                "test {test_landslides} landslides ({test_cells} cells); {both_sides} landslides have cells on "
                "both sides"
            )
        return text.format(**values)


@dataclass
class StudyArea:
    """What every method and model shares: the valid cells and the training/test landslides.

    ``valid`` is the boolean grid of valid cells (N(A) = ``n_a`` = its count), in
    row-major order the positions 0 … N(A)−1 that ``train.idx``/``test.idx`` and every
    compact array refer to; ``flat`` marks cells whose LSI is null (flat-area
    constraint, SPEC §6) or is None; ``split`` says what fell on each side.
    """

    shape: tuple[int, ...]
    valid: np.ndarray
    train: Landslides
    test: Landslides | None
    split: SplitSummary
    flat: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)
    n_a: int = 0

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

    def compact(self, grid: np.ndarray) -> np.ndarray:
        """The values of a grid-shaped array over the valid cells (e.g. a raw factor for a model)."""
        return np.asarray(grid).reshape(-1)[self.valid.ravel()]


@dataclass
class Study:
    """A :class:`StudyArea` with its factors encoded for the bivariate methods.

    ``codes`` stacks the factors' codes (factors × valid cells) at ``precision``. The
    area's fields (``shape``, ``valid``, ``train``, ``test``, ``flat``, ``notes``,
    ``split``) read through.
    """

    area: StudyArea
    factors: list[EncodedFactor]
    codes: np.ndarray
    precision: int
    _train_tables: list[tuple[np.ndarray, np.ndarray]] | None = None

    shape = property(lambda self: self.area.shape)
    valid = property(lambda self: self.area.valid)
    train = property(lambda self: self.area.train)
    test = property(lambda self: self.area.test)
    flat = property(lambda self: self.area.flat)
    notes = property(lambda self: self.area.notes)
    split = property(lambda self: self.area.split)

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
        """See :meth:`StudyArea.to_grid`."""
        return self.area.to_grid(compact, fill, out)


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


def check_split_by(split_by: str) -> str:
    if split_by not in SPLIT_BY:
        raise AlsaInputError(
            tr("SPLIT_BY must be one of {choices}, got {split_by!r}").format(
                choices=", ".join(SPLIT_BY), split_by=split_by
            )
        )
    return split_by


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


def _object_labels(
    objects: LandslideObjects | np.ndarray | None, cells: np.ndarray, shape: tuple[int, ...], name: str
) -> tuple[np.ndarray, np.ndarray] | None:
    """(label of each landslide cell ``cells`` (flat, ascending), anchors) or None without objects.

    A landslide cell the objects do not cover (none should be) is a landslide of its own.
    """
    if objects is None:
        return None
    if not isinstance(objects, LandslideObjects):
        grid = np.asarray(objects)
        if grid.shape != shape:
            raise AlsaInputError(
                tr("{name}: the landslide objects' shape {shape} differs from the factors' shape {expected}").format(
                    name=name, shape=grid.shape, expected=shape
                )
            )
        objects = LandslideObjects.from_label_grid(grid)
    pos = np.minimum(np.searchsorted(objects.cells, cells), max(objects.cells.size - 1, 0))
    found = objects.cells[pos] == cells if objects.cells.size else np.zeros(cells.size, dtype=bool)
    labels = np.where(found, objects.labels[pos] if objects.cells.size else 0, 0).astype(np.int64)
    anchors = objects.anchors
    lost = np.flatnonzero(~found)
    if lost.size:
        labels[lost] = objects.n_objects + 1 + np.arange(lost.size)
        r, c = np.divmod(cells[lost], shape[1])
        anchors = np.vstack([anchors, np.column_stack([r + 0.5, c + 0.5])])
    return labels, anchors


def _representatives(
    labels: np.ndarray, full: np.ndarray, pos: np.ndarray, anchors: np.ndarray, flat_valid: np.ndarray, cols: int
) -> np.ndarray:
    """One valid-cell position per landslide in ``labels`` (ascending label).

    The cell under the landslide's anchor when that cell is valid; otherwise the one of
    the landslide's cells here (``full`` flat indices, ``pos`` their valid positions)
    nearest the anchor.
    """
    objs = np.unique(labels)
    if objs.size == 0:
        return np.empty(0, dtype=np.int64)
    a = anchors[objs - 1]
    rows = flat_valid.size // cols
    with np.errstate(invalid="ignore"):
        r, c = np.floor(a[:, 0]), np.floor(a[:, 1])
        inside = (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
    cell = np.where(inside, r * cols + c, 0).astype(np.int64)
    ok = inside & flat_valid[cell]
    out = np.empty(objs.size, dtype=np.int64)
    if ok.any():
        order = np.argsort(cell[ok], kind="stable")
        found = np.empty(order.size, dtype=np.int64)
        found[order] = _valid_positions(flat_valid, cell[ok][order])
        out[ok] = found
    if not ok.all():
        k = np.searchsorted(objs, labels)  # index of each cell's landslide among objs
        use = ~ok[k]
        cr, cc = np.divmod(full[use], cols)
        d2 = (cr + 0.5 - a[k[use], 0]) ** 2 + (cc + 0.5 - a[k[use], 1]) ** 2
        d2 = np.where(np.isnan(d2), np.inf, d2)
        ku, pu = k[use], pos[use]
        order = np.lexsort((pu, d2, ku))
        first = order[np.r_[True, ku[order][1:] != ku[order][:-1]]]
        out[ku[first]] = pu[first]
    return out


def _with_objects(ls: Landslides, full: np.ndarray, labels: np.ndarray, anchors, flat_valid, cols, keep=None):
    """``ls`` with its cells' landslide labels and the representatives of the landslides ``keep`` (default: all)."""
    sel = slice(None) if keep is None else np.isin(labels, keep)
    reps = _representatives(labels[sel], full[sel], ls.idx[sel], anchors, flat_valid, cols)
    return Landslides(ls.idx, ls.weight, labels, reps)


def study_area(
    factors: Sequence[Factor],
    landslides: np.ndarray,
    *,
    mask: np.ndarray | None = None,
    train_ratio: float = 0.7,
    seed: int | None = None,
    split_by: str = "cells",
    objects: LandslideObjects | np.ndarray | None = None,
    test_landslides: np.ndarray | None = None,
    test_objects: LandslideObjects | np.ndarray | None = None,
    flat: np.ndarray | None = None,
) -> StudyArea:
    """Validate inputs, find the valid cells and split the landslides.

    Parameters
    ----------
    factors : the predisposing factors, all of one shape (their data decide the valid cells).
    landslides : landslide weight per cell (0 = none; a rasterised point layer may
        hold a point's weight, a polygon layer 1).
    mask : True inside the processing extent/mask polygon (default: everywhere).
    train_ratio : share of landslide cells (or of landslides) used for training; 1 = all.
    seed : fixed seed for a repeatable split; None = a new random split.
    split_by : ``"cells"`` (ALSA's default: round(ratio·cells) cells at random) or
        ``"landslides"`` (round(ratio·landslides) whole landslides at random: no
        landslide on both sides; needs ``objects``).
    objects : which landslide each landslide cell belongs to (:class:`LandslideObjects`,
        or a grid of labels, 0 = none). Optional for ``"cells"``: then the split summary
        counts landslides too, and each side gets one representative cell per landslide
        (a landslide split by cells goes, for that, to the side holding most of its cells).
    test_landslides : a separate test inventory (weights); then every cell of
        ``landslides`` trains and neither ``train_ratio`` nor ``split_by`` is used;
        ``test_objects`` are its landslides.
    flat : True where the flat-area constraint nulls the LSI (see :func:`flat_cells`).
    """
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
        check_split_by(split_by)
        if split_by == "landslides" and objects is None:
            raise AlsaInputError(tr("splitting by whole landslides needs the landslide objects"))

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
    cols = shape[1] if len(shape) > 1 else shape[0]

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
    labelled = _object_labels(objects, ls_full, shape, "LANDSLIDES")

    if test_landslides is not None:
        train = Landslides(ls_idx, ls_weight)
        t_idx, t_weight, t_full, _ = on_valid(*_sparse_weights("test landslides", test_landslides, shape))
        if t_idx.size == 0:
            raise AlsaInputError(tr("test landslides: no test landslide cell falls on a valid cell of the study area"))
        test: Landslides | None = Landslides(t_idx, t_weight)
        t_labelled = _object_labels(test_objects, t_full, shape, "TEST_LANDSLIDES")
        if labelled is not None:
            train = _with_objects(train, ls_full, *labelled, flat_valid, cols)
        if t_labelled is not None:
            test = _with_objects(test, t_full, *t_labelled, flat_valid, cols)
        mode = "inventory"
    else:
        labels = labelled[0] if labelled is not None else None
        by_object = split_by == "landslides"
        is_train = split_cells(ls_idx.size, train_ratio, seed, labels if by_object else None)
        if not is_train.any():
            text = (
                tr(
                    "train ratio {train_ratio} leaves no training landslide among {size} landslides; raise it, or "
                    "split by landslide cells"
                )
                if by_object
                else tr("train ratio {train_ratio} leaves no training landslide cell among {size}; raise it")
            )
            size = int(np.unique(labels).size) if by_object else ls_idx.size
            raise AlsaInputError(text.format(train_ratio=train_ratio, size=size))
        rest = ~is_train
        train = Landslides(ls_idx[is_train], ls_weight[is_train])
        test = Landslides(ls_idx[rest], ls_weight[rest]) if rest.any() else None
        if labelled is not None:
            labels, anchors = labelled
            # each landslide's representative on the side holding most of its cells (ties: training)
            n_train = np.bincount(labels[is_train], minlength=anchors.shape[0] + 1)
            n_test = np.bincount(labels[rest], minlength=anchors.shape[0] + 1)
            home_train = np.flatnonzero(n_train >= n_test)
            train = _with_objects(
                train, ls_full[is_train], labels[is_train], anchors, flat_valid, cols, home_train[home_train > 0]
            )
            if test is not None:
                home_test = np.flatnonzero(n_test > n_train)
                test = _with_objects(test, ls_full[rest], labels[rest], anchors, flat_valid, cols, home_test)
        mode = split_by

    split = _summary(mode, train, test)
    line = split.line()
    if line:
        notes.append(line)

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
    return StudyArea(shape, valid, train, test, split, flat_compact, notes, n_a)


def _summary(mode: str, train: Landslides, test: Landslides | None) -> SplitSummary:
    both = None
    if mode != "inventory" and train.objects is not None:
        both = 0 if test is None else int(np.intersect1d(train.objects, test.objects).size)
    return SplitSummary(
        mode,
        len(train),
        0 if test is None else len(test),
        train.total,
        0.0 if test is None else test.total,
        train.n_objects,
        (0 if train.objects is not None else None) if test is None else test.n_objects,
        both,
    )


def encode(area: StudyArea, factors: Sequence[Factor], precision: int = 3, progress: ProgressCallback = None) -> Study:
    """The bivariate study: ``factors`` encoded at ``precision`` over the valid cells of ``area``.

    ``factors`` are those the area was made from, or factors derived from them that
    have data on every valid cell (e.g. reclassified ones); P = ``precision`` decimals of
    the normalised continuous values (0 = no rounding).
    """
    precision = check_precision(precision)
    flat_valid = area.valid.ravel()
    for f in factors:
        if f.values.shape != area.shape:
            raise AlsaInputError(
                tr("factor {name!r} has shape {shape}, but the study area has {expected}").format(
                    name=f.name, shape=f.values.shape, expected=area.shape
                )
            )
    ensure_ready(progress)  # the first run of a session may have to wait for the numba kernels: say so
    ranges = [kernels.masked_range(f.values.ravel(), flat_valid) for f in factors]
    sizes = [
        int(hi - lo) + 1 if f.classified else (10**precision + 1 if precision else 1 << 32)
        for f, (lo, hi) in zip(factors, ranges)
    ]
    codes = memory.empty((len(factors), area.n_a), code_dtype(max(sizes)))
    encoded: list[EncodedFactor] = []
    for i, f in enumerate(factors):
        report(progress, i / len(factors), tr("encoding factor {name}").format(name=f.name))
        if f.classified:
            enc = encode_classified(f.name, f.values, flat_valid, codes[i], ranges[i])
        else:
            enc = encode_continuous(f.name, f.values, precision, flat_valid, codes[i], ranges[i])
        encoded.append(enc)
    report(progress, 1.0, tr("factors encoded"))
    return Study(area, encoded, codes, precision)


def prepare(
    factors: Sequence[Factor],
    landslides: np.ndarray,
    *,
    mask: np.ndarray | None = None,
    precision: int = 3,
    train_ratio: float = 0.7,
    seed: int | None = None,
    split_by: str = "cells",
    objects: LandslideObjects | np.ndarray | None = None,
    test_landslides: np.ndarray | None = None,
    test_objects: LandslideObjects | np.ndarray | None = None,
    flat: np.ndarray | None = None,
    progress: ProgressCallback = None,
) -> Study:
    """:func:`study_area` then :func:`encode`: the bivariate study in one call (parameters as there)."""
    check_precision(precision)
    area = study_area(
        factors,
        landslides,
        mask=mask,
        train_ratio=train_ratio,
        seed=seed,
        split_by=split_by,
        objects=objects,
        test_landslides=test_landslides,
        test_objects=test_objects,
        flat=flat,
    )
    return encode(area, factors, precision, progress)


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
