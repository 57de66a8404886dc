"""The numba kernels and the numpy fallback give bit-identical results."""

import numpy as np
import pytest

from alsa.alsa_plugin.core import kernels_numpy as npk

nbk = pytest.importorskip("alsa.alsa_plugin.core.kernels_numba")


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(11)
    n = 20011
    codes = np.stack([rng.integers(0, 50, n), rng.integers(0, 7, n), rng.integers(0, 1001, n)]).astype(np.uint16)
    offsets = np.array([0, 50, 57], dtype=np.int64)
    table = rng.uniform(-0.99, 0.99, 57 + 1001)
    return codes, offsets, table


def test_lsi_kernels_agree(data):
    name = "lsi_sum"
    codes, offsets, table = data
    a = np.empty(codes.shape[1])
    b = np.empty(codes.shape[1])
    getattr(npk, name)(codes, offsets, table, a)
    getattr(nbk, name)(codes, offsets, table, b)
    np.testing.assert_array_equal(a, b)


def test_rank_counts_agree(data):
    rng = np.random.default_rng(5)
    scores = np.round(rng.normal(size=50000), 2)
    scores[rng.random(scores.size) < 0.1] = np.nan
    levels = np.unique(scores[rng.choice(scores.size, 700)])
    levels = levels[~np.isnan(levels)]
    for lv in (levels, levels[:1], np.array([]), np.array([-100.0, 100.0]), np.r_[levels, np.inf]):
        a, b = npk.rank_counts(scores, lv), nbk.rank_counts(scores, lv)
        np.testing.assert_array_equal(a[0], b[0])
        np.testing.assert_array_equal(a[1], b[1])
        assert a[2] == b[2]


def test_encoding_kernels_agree():
    rng = np.random.default_rng(9)
    v = rng.gamma(2.0, 10.0, 100003).astype(np.float32)
    valid = rng.random(v.size) > 0.2
    assert npk.masked_range(v, valid) == nbk.masked_range(v, valid)
    lo, hi = npk.masked_range(v, valid)
    n = int(valid.sum())
    for scale in (10.0, 1000.0, 1e6):
        a, b = np.empty(n, np.uint32), np.empty(n, np.uint32)
        assert npk.masked_positions(v, valid, lo, hi, scale, a) == nbk.masked_positions(v, valid, lo, hi, scale, b) == 0
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(npk.count_codes(a, int(scale) + 1), nbk.count_codes(b, int(scale) + 1))
    cls = np.round(v / 10)
    cls[:7] += 0.5  # seven non-integer cells (some may be invalid)
    a, b = np.empty(n, np.uint16), np.empty(n, np.uint16)
    lo = npk.masked_range(cls, valid)[0]
    assert npk.masked_positions(cls, valid, lo, 0.0, 0.0, a) == nbk.masked_positions(cls, valid, lo, 0.0, 0.0, b)
    lut = (np.arange(70000) * 7 % 65536).astype(np.uint16)
    a2, b2 = a.copy(), b.copy()
    npk.remap(a2, lut)
    nbk.remap(b2, lut)
    np.testing.assert_array_equal(a2, b2)
