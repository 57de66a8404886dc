"""Sampling designs over the valid cells (ML paper §3; SPEC §10).

A design is a set of valid-cell positions (0 … N(A)−1) with a 0/1 label each:

- **Px1** every valid cell;
- **Po1** a random sample of ``n`` cells (default 500 000, or all when fewer);
- **Po2** the side's landslide cells, optionally thinned to a minimum spacing (the
  paper's "random points with limited distance in these landslide areas"), plus as
  many random non-landslide cells;
- **Po3** one cell per landslide (the polygon's centroid cell, or the point) plus as
  many random non-landslide cells.

Sides never mix: a training design holds training landslides only, a test design test
landslides only; the other side's landslide cells are never used, not even as
negatives. The negatives of a test design exclude every cell of the training design,
and a cell that is a landslide of both inventories (a separate test inventory may
overlap the training one) belongs to training. Random draws come from a seeded
generator, with a different stream for the training and the test design, so a seed
repeats both. Cells are returned in ascending order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import AlsaInputError
from ..i18n import tr
from ..study import Landslides

DESIGNS = ("Px1", "Po1", "Po2", "Po3")
PO1_SIZE = 500_000  # the paper's Po1 (§3)
_TRAIN_STREAM, _TEST_STREAM = 0, 1
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Design:
    """Cells (ascending valid-cell positions, int64) and their labels (int8, 1 = landslide)."""

    kind: str
    cells: np.ndarray
    labels: np.ndarray
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return int(self.cells.size)

    @property
    def n_positive(self) -> int:
        return int(np.count_nonzero(self.labels))

    @property
    def n_negative(self) -> int:
        return len(self) - self.n_positive


def make_training_design(
    kind: str,
    n_cells: int,
    train: Landslides,
    test: Landslides | None = None,
    *,
    seed: int | None = None,
    n: int | None = None,
    min_spacing: float = 0.0,
    valid: np.ndarray | None = None,
    representatives: np.ndarray | None = None,
) -> Design:
    """The training design ``kind`` over ``n_cells`` valid cells.

    Parameters
    ----------
    kind : one of :data:`DESIGNS`.
    n_cells : N(A), the number of valid cells.
    train, test : the study's training and test landslides (test cells are never used).
    seed : seed of the random draws (None = new draws every run).
    n : Po1's sample size (default :data:`PO1_SIZE`, or every available cell when fewer).
    min_spacing : Po2 only: minimum distance, in cells (between cell centres), of the
        kept landslide cells; ≤ 1 keeps them all.
    valid : the boolean grid of valid cells (row-major), needed to thin Po2.
    representatives : Po3 only: one valid-cell position per training landslide.
    """
    positives = np.unique(train.idx)
    others = np.setdiff1d(_idx(test), positives)
    rng = np.random.default_rng(None if seed is None else [seed, _TRAIN_STREAM])
    design = _design(kind, n_cells, positives, others, rng, n, min_spacing, valid, representatives)
    if design.n_positive == 0:
        raise AlsaInputError(
            tr(
                "training design {kind}: none of its {size} cells is a training landslide cell; use Po2 or Po3, "
                "or a larger sample"
            ).format(kind=kind, size=len(design))
        )
    return design


def make_test_design(
    kind: str,
    n_cells: int,
    train: Landslides,
    test: Landslides | None,
    trained_on: Design,
    *,
    seed: int | None = None,
    n: int | None = None,
    min_spacing: float = 0.0,
    valid: np.ndarray | None = None,
    representatives: np.ndarray | None = None,
) -> Design:
    """The test design ``kind``: test landslides, negatives outside ``trained_on``.

    Parameters as :func:`make_training_design`; ``representatives`` then holds one cell per
    test landslide, and ``trained_on`` is the training design, whose cells this design
    never holds.
    """
    if test is None or len(test) == 0:
        raise AlsaInputError(
            tr(
                "test design {kind}: there are no test landslides; lower the train ratio below 1 or give a "
                "test landslide inventory"
            ).format(kind=kind)
        )
    train_cells = np.unique(train.idx)
    positives = np.setdiff1d(np.setdiff1d(test.idx, train_cells), trained_on.cells)
    others = np.union1d(train_cells, trained_on.cells)
    rng = np.random.default_rng(None if seed is None else [seed, _TEST_STREAM])
    design = _design(kind, n_cells, positives, others, rng, n, min_spacing, valid, representatives)
    if design.n_positive == 0:
        raise AlsaInputError(
            tr(
                "test design {kind}: none of its {size} cells is a test landslide cell, so it cannot measure "
                "anything; use Po2 or Po3, or a larger sample"
            ).format(kind=kind, size=len(design))
        )
    return design


def _idx(ls: Landslides | None) -> np.ndarray:
    return np.empty(0, dtype=np.int64) if ls is None else np.unique(ls.idx)


def _design(
    kind: str,
    n_cells: int,
    positives: np.ndarray,
    banned: np.ndarray,
    rng: np.random.Generator,
    n: int | None,
    min_spacing: float,
    valid: np.ndarray | None,
    representatives: np.ndarray | None,
) -> Design:
    """``positives`` labelled 1; ``banned`` (other side, trained-on cells) never drawn."""
    notes: list[str] = []
    if kind == "Px1":
        cells = complement(n_cells, banned)
        labels = _marked(n_cells, positives)[cells]
    elif kind == "Po1":
        available = n_cells - banned.size
        size = min(PO1_SIZE, available) if n is None else int(n)
        if size < 1:
            raise AlsaInputError(tr("design Po1: the sample size must be at least 1, got {n}").format(n=n))
        _check_size(kind, size, available, tr("cells"))
        cells = np.sort(sample_complement(rng, n_cells, banned, size))
        labels = _marked(n_cells, positives)[cells]
    elif kind in ("Po2", "Po3"):
        if kind == "Po2":
            pos = positives
            if min_spacing > 1:
                if valid is None:
                    raise AlsaInputError(tr("design Po2: thinning to a minimum spacing needs the grid of valid cells"))
                pos = thin(pos, valid, min_spacing, rng)
                notes.append(
                    tr("Po2: {kept} of {total} landslide cells kept at a spacing of at least {spacing:g} cells").format(
                        kept=pos.size, total=positives.size, spacing=min_spacing
                    )
                )
            taken = np.union1d(banned, positives)
        else:
            pos, taken = _representatives(representatives, n_cells, positives, banned, notes)
        available = n_cells - taken.size
        _check_size(kind, pos.size, available, tr("non-landslide cells"))
        neg = sample_complement(rng, n_cells, taken, pos.size)
        cells = np.concatenate([pos, neg])
        order = np.argsort(cells, kind="stable")
        cells = cells[order]
        labels = order < pos.size
    else:
        raise AlsaInputError(
            tr("unknown sampling design {kind!r}; choose one of {choices}").format(
                kind=kind, choices=", ".join(DESIGNS)
            )
        )
    if labels.all():
        raise AlsaInputError(
            tr("design {kind}: no non-landslide cell is left for it (every other cell is used elsewhere)").format(
                kind=kind
            )
        )
    return Design(kind, cells.astype(np.int64, copy=False), labels.astype(np.int8), tuple(notes))


def _marked(n_cells: int, cells: np.ndarray) -> np.ndarray:
    """A boolean mask over the valid cells, True on ``cells`` (cheaper than np.isin on Px1's millions)."""
    mask = np.zeros(n_cells, dtype=bool)
    mask[cells] = True
    return mask


def _check_size(kind: str, size: int, available: int, what: str) -> None:
    if size > available:
        raise AlsaInputError(
            tr(
                "design {kind} needs {size} {what}, but only {available} are available; choose a smaller "
                "design or a larger study area"
            ).format(kind=kind, size=size, what=what, available=available)
        )


def _representatives(
    representatives: np.ndarray | None, n_cells: int, positives: np.ndarray, banned: np.ndarray, notes: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Po3's positive cells (unique, never banned) and every cell its negatives avoid."""
    if representatives is None or np.size(representatives) == 0:
        raise AlsaInputError(tr("design Po3 needs one cell per landslide (its centroid or point); none was given"))
    rep = np.asarray(representatives, dtype=np.int64)
    if rep.min() < 0 or rep.max() >= n_cells:
        raise AlsaInputError(tr("design Po3: a landslide's cell is not a valid cell of the study area"))
    unique = np.unique(rep)
    pos = np.setdiff1d(unique, banned)
    if unique.size < rep.size:
        notes.append(
            tr("Po3: {count} landslides share a cell with another and count once").format(count=rep.size - unique.size)
        )
    if pos.size < unique.size:
        notes.append(
            tr(
                "Po3: {count} landslide cells lie on the other side's landslides or training cells and are left out"
            ).format(count=unique.size - pos.size)
        )
    return pos, np.union1d(np.union1d(banned, positives), pos)


def complement(n_cells: int, taken: np.ndarray) -> np.ndarray:
    """Every position in 0 … ``n_cells``−1 not in ``taken`` (sorted, unique)."""
    keep = np.ones(n_cells, dtype=bool)
    keep[taken] = False
    return np.flatnonzero(keep)


def sample_complement(rng: np.random.Generator, n_cells: int, taken: np.ndarray, size: int) -> np.ndarray:
    """``size`` distinct random positions in 0 … ``n_cells``−1 outside ``taken`` (sorted, unique).

    A draw of ranks among the free cells, mapped to positions: rank r is the cell
    r + (number of taken cells at or below it), so memory stays O(size + |taken|).
    """
    free = n_cells - taken.size
    ranks = rng.choice(free, size=size, replace=False) if size else np.empty(0, dtype=np.int64)
    shift = taken - np.arange(taken.size)  # free cells before each taken cell
    return ranks + np.searchsorted(shift, ranks, side="right")


def cell_rows_cols(valid: np.ndarray, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row and column of valid-cell ``positions`` (ascending) on the row-major grid ``valid``.

    Block by block, so no grid-sized index array is allocated.
    """
    flat = np.asarray(valid, dtype=bool).ravel()
    counts = [int(np.count_nonzero(flat[s : s + _BLOCK])) for s in range(0, flat.size, _BLOCK)]
    offsets = np.concatenate(([0], np.cumsum(counts)))
    if positions.size and (positions.min() < 0 or positions.max() >= offsets[-1]):
        raise AlsaInputError(tr("a cell position lies outside the valid cells"))
    block = np.searchsorted(offsets, positions, side="right") - 1
    out = np.empty(positions.size, dtype=np.int64)
    for b in np.unique(block):
        sel = block == b
        inside = np.flatnonzero(flat[b * _BLOCK : (b + 1) * _BLOCK])
        out[sel] = b * _BLOCK + inside[positions[sel] - offsets[b]]
    return np.divmod(out, valid.shape[1])


def thin(cells: np.ndarray, valid: np.ndarray, min_spacing: float, rng: np.random.Generator) -> np.ndarray:
    """A random subset of ``cells`` no two of which lie closer than ``min_spacing`` cells.

    Greedy in a random order (each cell is kept unless a kept cell lies too close), so
    as many cells as that order allows are kept. Computed in rounds over the pairs of
    cells closer than the spacing (a cell wins when no undecided neighbour comes before
    it; its neighbours drop out): the same result as the sequential greedy pass.
    """
    from scipy.spatial import cKDTree

    cells = np.unique(cells)
    if cells.size < 2 or min_spacing <= 1:
        return cells
    rows, cols = cell_rows_cols(valid, cells)
    xy = np.column_stack([rows, cols]).astype(np.float64)
    pairs = cKDTree(xy).query_pairs(r=float(min_spacing), output_type="ndarray")
    d2 = ((xy[pairs[:, 0]] - xy[pairs[:, 1]]) ** 2).sum(axis=1)
    pairs = pairs[d2 < float(min_spacing) ** 2]  # closer than the spacing (exact on integer cells)
    order = rng.permutation(cells.size)  # order[k]: the rank at which cell k is visited
    state = np.zeros(cells.size, dtype=np.int8)  # 0 undecided, 1 kept, −1 dropped
    i, j = pairs[:, 0], pairs[:, 1]
    while True:
        undecided = state == 0
        if not undecided.any():
            break
        beaten = np.zeros(cells.size, dtype=bool)
        i_first = order[i] < order[j]
        beaten[j[i_first]] = True
        beaten[i[~i_first]] = True
        wins = undecided & ~beaten
        state[wins] = 1
        state[np.concatenate([j[wins[i]], i[wins[j]]])] = -1
        live = (state[i] == 0) & (state[j] == 0)
        i, j = i[live], j[live]
    return cells[state == 1]
