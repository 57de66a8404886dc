"""Susceptibility zones: breaks by hand, the reclassification core, cumulative shares by brute force, the job."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from geodata import write_points, write_tif
from osgeo import gdal

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.reclassify import class_breaks
from alsa.alsa_plugin.core.study import Landslides
from alsa.alsa_plugin.core.zones import (
    breaks_for,
    make_zones,
    parse_shares,
    share_breaks,
    translated_labels,
    zone_codes,
    zone_colours,
)
from alsa.alsa_plugin.jobs.evaluate_job import EvaluateRequest
from alsa.alsa_plugin.jobs.inputs import LandslideSource
from alsa.alsa_plugin.jobs.zones_job import ZoneSettings, run_zones


def ls(idx, weight=None):
    idx = np.asarray(idx)
    return Landslides(idx, np.ones(idx.size) if weight is None else np.asarray(weight, dtype=float))


def test_equal_interval_and_quantile_by_hand():
    s = np.array([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, np.nan])
    np.testing.assert_allclose(breaks_for(s, 5, "equal_interval"), [0, 2, 4, 6, 8, 10])
    np.testing.assert_allclose(breaks_for(s, 2, "quantile"), [0, 5, 10])
    codes = zone_codes(s, breaks_for(s, 5, "equal_interval"), "equal_interval")
    # (lower, upper], zone 1 also the minimum; NaN → 0
    np.testing.assert_array_equal(codes, [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0])


def test_natural_breaks_equal_the_reclassification_core():
    rng = np.random.default_rng(3)
    s = np.concatenate([rng.normal(0, 1, 500), rng.normal(8, 1, 300), rng.normal(20, 2, 200)])
    s[::37] = np.nan
    np.testing.assert_array_equal(breaks_for(s, 5, "natural_breaks"), class_breaks(s, 5, "natural_breaks"))
    z = make_zones(s, ls([0, 1]), n_zones=3, method="natural_breaks")
    assert z.n_zones == 3 and z.breaks[1] < 8 < z.breaks[2] < 20


def brute_edge(scores, idx, weight, share):
    """The highest t with weight on cells ≥ t at least share · total, by trying every landslide score."""
    total = weight.sum()
    best = -np.inf
    for t in np.unique(scores[idx]):
        if weight[scores[idx] >= t].sum() >= share * total - 1e-9 and t > best:
            best = t
    return best


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cumulative_share_breaks_against_a_brute_force_sort(seed):
    rng = np.random.default_rng(seed)
    scores = np.round(rng.random(2000), 2)  # many ties
    scores[rng.random(2000) < 0.05] = np.nan
    idx = np.flatnonzero(rng.random(2000) < 0.1 * (1 + np.nan_to_num(scores)))
    idx = idx[~np.isnan(scores[idx])]
    weight = rng.integers(1, 4, idx.size).astype(float)
    shares = (0.5, 0.75, 0.9, 0.95)
    b = share_breaks(scores, Landslides(idx, weight), shares)
    assert b[0] == np.nanmin(scores) and b[-1] == np.nanmax(scores)
    expected = [brute_edge(scores, idx, weight, s) for s in shares]
    np.testing.assert_array_equal(b[1:-1], expected[::-1])
    z = make_zones(scores, Landslides(idx, weight), method="cumulative_share", shares=shares)
    # the top k zones together hold at least shares[k-1] of the landslide weight
    cum = np.cumsum(z.table["train_landslide_share"][::-1])
    assert all(c >= s - 1e-12 for c, s in zip(cum, shares))
    assert z.n_zones == 5 and (z.codes[np.isnan(scores)] == 0).all()


def test_cumulative_share_by_hand_ties_go_up():
    scores = np.array([9.0, 8, 8, 7, 6, 5, 4, 3, 2, 1])
    train = ls([0, 1, 3, 5])  # landslides on 9, 8, 7, 5
    b = share_breaks(scores, train, (0.5, 0.75))
    np.testing.assert_array_equal(b, [1, 7, 8, 9])  # 50 %: 9 and 8; 75 %: down to 7
    codes = zone_codes(scores, b, "cumulative_share")
    np.testing.assert_array_equal(codes, [3, 3, 3, 2, 1, 1, 1, 1, 1, 1])  # both 8s in the top zone


def test_table_shares_and_density_ratio():
    scores = np.arange(10, dtype=float)
    z = make_zones(scores, ls([9, 8, 0], [2, 1, 1]), ls([5]), n_zones=2, method="equal_interval")
    t = z.table
    np.testing.assert_array_equal(t["cells"], [5, 5])
    np.testing.assert_allclose(t["area_share"], [0.5, 0.5])
    np.testing.assert_allclose(t["train_landslide_share"], [0.25, 0.75])
    np.testing.assert_allclose(t["density_ratio"], [0.5, 1.5])
    np.testing.assert_allclose(t["test_landslide_share"], [0, 1])
    assert list(t["label"]) == ["low", "high"]


def test_labels_colours_and_shares_parameter():
    assert translated_labels(5) == ["very low", "low", "moderate", "high", "very high"]
    assert translated_labels(8)[0] == "zone 1"
    assert zone_colours(5)[0] == "#1a9641" and len(set(zone_colours(9))) == 9
    assert parse_shares("50, 75,90,95%") == (0.5, 0.75, 0.9, 0.95)
    for bad in ("", "75,50", "0,50", "50,100", "a,b"):
        with pytest.raises(AlsaInputError, match="SHARES"):
            parse_shares(bad)
    with pytest.raises(AlsaInputError, match="N_ZONES"):
        breaks_for(np.arange(5.0), 11, "quantile")


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    ct = band.GetRasterColorTable()
    colours = ["#{:02x}{:02x}{:02x}".format(*ct.GetColorEntry(k)[:3]) for k in range(1, 6)]
    return band.ReadAsArray(), band.GetNoDataValue(), band.DataType, colours


@pytest.mark.parametrize("method", ["natural_breaks", "quantile", "equal_interval", "cumulative_share"])
def test_job_writes_zones_whose_shares_match_a_count_from_the_rasters(tmp_path, method):
    rng = np.random.default_rng(5)
    lsi = rng.random((40, 50)).astype(np.float32)
    lsi[:3, :] = -9999
    path = write_tif(tmp_path / "lsi.tif", lsi, nodata=-9999)
    rc = np.argwhere(rng.random((40, 50)) < 0.04 * (1 + 3 * lsi))
    pts = write_points(tmp_path / "ls.gpkg", rc)
    test_rc = np.argwhere(rng.random((40, 50)) < 0.02)
    test = write_points(tmp_path / "test.gpkg", test_rc)
    req = EvaluateRequest(path, LandslideSource(pts), LandslideSource(test))
    out = run_zones(req, ZoneSettings(5, method), tmp_path / "z.tif", tmp_path / "z.csv")
    zones, nodata, dtype, colours = read(tmp_path / "z.tif")
    assert dtype == gdal.GDT_Byte and nodata == 0 and colours == zone_colours(5)
    assert (zones[:3] == 0).all() and set(np.unique(zones[3:])) <= {1, 2, 3, 4, 5}
    with open(tmp_path / "z.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["label"] for r in rows] == translated_labels(5)
    area = np.array([float(r["area_share"]) for r in rows])
    assert area.sum() == pytest.approx(1.0, abs=1e-12)
    for key, points in (("train_landslide_share", rc), ("test_landslide_share", test_rc)):
        on = zones[points[:, 0], points[:, 1]]
        on = on[on > 0]
        counted = np.bincount(on, minlength=6)[1:] / on.size
        np.testing.assert_allclose([float(r[key]) for r in rows], counted, rtol=1e-12)
    cells = np.bincount(zones.ravel(), minlength=6)[1:]
    np.testing.assert_array_equal([int(r["cells"]) for r in rows], cells)
    np.testing.assert_allclose(area, cells / cells.sum())
    ratio = np.array([float(r["density_ratio"]) for r in rows])
    np.testing.assert_allclose(ratio, np.array([float(r["train_landslide_share"]) for r in rows]) / area)
    assert out.files == [tmp_path / "z.tif", tmp_path / "z.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ls.gpkg", "lsi.tif", "test.gpkg", "z.csv", "z.tif"]


def test_job_refuses_bad_output_and_writes_nothing(tmp_path):
    path = write_tif(tmp_path / "lsi.tif", np.random.default_rng(1).random((10, 10)).astype(np.float32))
    pts = write_points(tmp_path / "ls.gpkg", [(1, 1), (5, 5)])
    req = EvaluateRequest(path, LandslideSource(pts))
    with pytest.raises(AlsaInputError, match="GeoTIFF"):
        run_zones(req, ZoneSettings(), tmp_path / "z.asc", tmp_path / "z.csv")
    with pytest.raises(AlsaInputError, match="one of the inputs"):
        run_zones(req, ZoneSettings(), path, tmp_path / "z.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ls.gpkg", "lsi.tif"]
