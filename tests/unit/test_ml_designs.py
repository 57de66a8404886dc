"""Sampling designs Px1, Po1, Po2, Po3 (ML paper §3; SPEC §10): counts, sides, exclusions, spacing, seeds."""

import itertools

import numpy as np
import pytest

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.ml import designs
from alsa.alsa_plugin.core.ml.designs import make_test_design, make_training_design
from alsa.alsa_plugin.core.study import Landslides

SHAPE = (60, 80)


def _ls(idx):
    idx = np.asarray(idx, dtype=np.int64)
    return Landslides(idx, np.ones(idx.size))


@pytest.fixture
def area():
    """A grid with holes, and landslide blobs split 70:30 by cell."""
    rng = np.random.default_rng(7)
    valid = rng.random(SHAPE) > 0.15
    n = int(valid.sum())
    rows, cols = np.nonzero(valid)
    blob = np.zeros(n, dtype=bool)
    for r, c in [(10, 10), (30, 50), (45, 20), (50, 70)]:
        blob |= (rows - r) ** 2 + (cols - c) ** 2 <= 36
    ls = np.flatnonzero(blob)
    is_train = np.zeros(ls.size, dtype=bool)
    is_train[rng.permutation(ls.size)[: int(0.7 * ls.size)]] = True
    return valid, n, _ls(ls[is_train]), _ls(ls[~is_train])


def _check_labels(d, positives):
    np.testing.assert_array_equal(d.labels, np.isin(d.cells, positives).astype(np.int8))
    assert np.all(np.diff(d.cells) > 0)  # ascending, no cell twice


def test_counts_each_design_promises(area):
    valid, n, train, test = area
    px1 = make_training_design("Px1", n, train, test, seed=1)
    assert len(px1) == n - len(test) and px1.n_positive == len(train)
    po1 = make_training_design("Po1", n, train, test, seed=1, n=1000)
    assert len(po1) == 1000
    po1_all = make_training_design("Po1", n, train, test, seed=1)  # default 500 000 > available: all of them
    assert len(po1_all) == n - len(test)
    po2 = make_training_design("Po2", n, train, test, seed=1)
    assert po2.n_positive == po2.n_negative == len(train)
    reps = train.idx[::10]
    po3 = make_training_design("Po3", n, train, test, seed=1, representatives=reps)
    assert po3.n_positive == po3.n_negative == reps.size
    for d in (px1, po1, po2):
        _check_labels(d, train.idx)
    _check_labels(po3, reps)


@pytest.mark.parametrize("train_kind, test_kind", itertools.product(designs.DESIGNS[1:], designs.DESIGNS))
def test_sides_never_mix_and_test_negatives_avoid_training_cells(area, train_kind, test_kind):
    valid, n, train, test = area
    kw = {"n": 800, "valid": valid, "min_spacing": 2.5}
    tr_design = make_training_design(train_kind, n, train, test, seed=3, representatives=train.idx[::7], **kw)
    te_design = make_test_design(test_kind, n, train, test, tr_design, seed=3, representatives=test.idx[::7], **kw)
    assert not np.isin(tr_design.cells, test.idx).any()  # training design: no test landslide cell at all
    assert not np.isin(te_design.cells, train.idx).any()  # test design: no training landslide cell at all
    assert not np.isin(te_design.cells, tr_design.cells).any()  # nothing the model was trained on
    _check_labels(tr_design, train.idx if train_kind != "Po3" else train.idx[::7])
    _check_labels(te_design, test.idx if test_kind != "Po3" else test.idx[::7])
    assert te_design.n_positive > 0 and te_design.n_negative > 0


def test_a_cell_in_both_inventories_belongs_to_training(area):
    valid, n, train, test = area
    shared = train.idx[:5]
    test2 = _ls(np.union1d(test.idx, shared))
    tr_design = make_training_design("Po2", n, train, test2, seed=0)
    assert np.isin(shared, tr_design.cells[tr_design.labels == 1]).all()
    te_design = make_test_design("Po2", n, train, test2, tr_design, seed=0)
    assert not np.isin(te_design.cells, shared).any()
    assert te_design.n_positive == len(test)


def _brute_min_distance(rows, cols):
    d2 = (rows[:, None] - rows[None, :]) ** 2 + (cols[:, None] - cols[None, :]) ** 2
    np.fill_diagonal(d2, 10**9)
    return np.sqrt(d2.min())


@pytest.mark.parametrize("spacing", [1.5, 2, 3.2, 5])
def test_thinning_keeps_the_spacing_and_is_maximal(area, spacing):
    valid, n, train, test = area
    po2 = make_training_design("Po2", n, train, test, seed=5, min_spacing=spacing, valid=valid)
    kept = po2.cells[po2.labels == 1]
    assert 1 < kept.size < len(train) and po2.n_negative == kept.size
    rows, cols = np.nonzero(valid)
    assert _brute_min_distance(rows[kept], cols[kept]) >= spacing  # every pair, brute force
    dropped = np.setdiff1d(train.idx, kept)
    d2 = (rows[dropped][:, None] - rows[kept][None, :]) ** 2 + (cols[dropped][:, None] - cols[kept][None, :]) ** 2
    assert (np.sqrt(d2.min(axis=1)) < spacing).all()  # each dropped cell had a kept one too close: none wasted


def test_thinning_equals_the_sequential_greedy_pass():
    rng = np.random.default_rng(0)
    valid = np.ones((30, 30), dtype=bool)
    cells = np.sort(rng.choice(900, 300, replace=False))
    kept = designs.thin(cells, valid, 3.0, np.random.default_rng(11))
    order = np.random.default_rng(11).permutation(cells.size)  # thin's visiting rank of each cell
    rows, cols = np.divmod(cells, 30)
    greedy = []
    for k in np.argsort(order):
        if all((rows[k] - rows[g]) ** 2 + (cols[k] - cols[g]) ** 2 >= 9 for g in greedy):
            greedy.append(k)
    np.testing.assert_array_equal(kept, np.sort(cells[greedy]))


def test_cell_rows_cols_across_blocks(monkeypatch):
    rng = np.random.default_rng(2)
    valid = rng.random((37, 41)) > 0.3
    monkeypatch.setattr(designs, "_BLOCK", 50)  # many blocks, some cells on their edges
    positions = np.arange(int(valid.sum()))
    rows, cols = designs.cell_rows_cols(valid, positions)
    r, c = np.nonzero(valid)
    np.testing.assert_array_equal(rows, r)
    np.testing.assert_array_equal(cols, c)


def test_sample_complement_avoids_taken_cells():
    rng = np.random.default_rng(4)
    taken = np.sort(rng.choice(1000, 300, replace=False))
    drawn = designs.sample_complement(np.random.default_rng(1), 1000, taken, 700)  # every free cell
    np.testing.assert_array_equal(np.sort(drawn), np.setdiff1d(np.arange(1000), taken))
    some = designs.sample_complement(np.random.default_rng(1), 1000, taken, 50)
    assert np.unique(some).size == 50 and not np.isin(some, taken).any()


@pytest.mark.parametrize("kind", designs.DESIGNS)
def test_seeds_repeat(area, kind):
    valid, n, train, test = area
    kw = {"n": 500, "valid": valid, "min_spacing": 2, "representatives": train.idx[::5]}
    a = make_training_design(kind, n, train, test, seed=9, **kw)
    b = make_training_design(kind, n, train, test, seed=9, **kw)
    np.testing.assert_array_equal(a.cells, b.cells)
    np.testing.assert_array_equal(a.labels, b.labels)
    if kind != "Px1":  # Px1 draws nothing
        c = make_training_design(kind, n, train, test, seed=10, **kw)
        assert not np.array_equal(a.cells, c.cells)


def test_po3_drops_and_notes_cells_of_the_other_side(area):
    valid, n, train, test = area
    reps = np.r_[train.idx[:4], train.idx[:2], test.idx[:3]]  # two duplicates, three on test landslides
    d = make_training_design("Po3", n, train, test, seed=0, representatives=reps)
    assert d.n_positive == 4 and d.n_negative == 4
    assert any("share a cell" in note for note in d.notes) and any("other side" in note for note in d.notes)
    assert not np.isin(d.cells[d.labels == 0], train.idx).any()  # negatives are no landslide of either side


def test_errors_say_what_is_wrong(area):
    valid, n, train, test = area
    with pytest.raises(AlsaInputError, match=r"design Po1 needs 999999 cells, but only \d+ are available"):
        make_training_design("Po1", n, train, test, n=999_999)
    big = _ls(np.arange(n // 2 + 10))
    with pytest.raises(AlsaInputError, match="design Po2 needs .* non-landslide cells, but only"):
        make_training_design("Po2", n, big, None)
    tr_design = make_training_design("Po2", n, train, test, seed=0)
    for none in (None, _ls([])):
        with pytest.raises(AlsaInputError, match="test design Po1: there are no test landslides"):
            make_test_design("Po1", n, train, none, tr_design)
    with pytest.raises(AlsaInputError, match="none of its 3 cells is a test landslide cell"):
        make_test_design("Po1", n, train, _ls(test.idx[:1]), tr_design, n=3, seed=0)
    with pytest.raises(AlsaInputError, match="needs the grid of valid cells"):
        make_training_design("Po2", n, train, test, min_spacing=3)
    with pytest.raises(AlsaInputError, match="unknown sampling design 'Po9'"):
        make_training_design("Po9", n, train, test)
    with pytest.raises(AlsaInputError, match="Po3 needs one cell per landslide"):
        make_training_design("Po3", n, train, test)
    px1 = make_training_design("Px1", n, train, test)
    with pytest.raises(AlsaInputError, match="no non-landslide cell is left"):
        make_test_design("Px1", n, train, test, px1)


def test_core_and_designs_do_not_import_scikit_learn():
    """The bivariate core (and the designs) run where scikit-learn is missing."""
    import subprocess
    import sys

    code = (
        "import sys; import alsa.alsa_plugin.core, alsa.alsa_plugin.core.ml.designs; "
        "sys.exit(1 if 'sklearn' in sys.modules else 0)"
    )
    path = ":".join(p for p in sys.path if p)
    r = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": path}, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
