"""Decisiveness and factor screening through processing.run: files read back against independent figures.

* Every bivariate method writes ``DECISIVENESS``: for CF it equals the mean |favourability| of
  the run's own per-factor favourability rasters (a per-cell reference), for any method the
  core's DC at the run's width on an independently prepared study.
* ``alsa:decisiveness``: optimisation equals a CF run with OPTIMIZE; the sweep equals the
  core at each width; classification compensation equals the core and repeats with a seed.
* ``alsa:factoranalysis`` on generated rasters with known answers: VIF against numpy lstsq
  on the rasters read back with GDAL, Cramér's V against scipy, distributions against counts
  from the rasters; an exact linear combination gives VIF ∞ and a clear verdict.
* Nothing is written when a run fails.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from geodata import write_points, write_tif
from osgeo import gdal
from qgis.core import QgsProcessingException

from alsa.alsa_plugin.core import Factor, prepare
from alsa.alsa_plugin.core.decisiveness import compensated_decisiveness, decisiveness

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def processing():
    import processing as qgis_processing

    return qgis_processing


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def read_csv(path) -> list[dict]:
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def params(files, out, **kw):
    return {
        "LANDSLIDES": files["points"],
        "CONTINUOUS_FACTORS": files["continuous"],
        "CLASSIFIED_FACTORS": files["classified"],
        "SEED": 5,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def names(files):
    return [Path(p).stem for p in files["continuous"] + files["classified"]]


def core_study(files, precision=3):
    """The stack's study prepared by the core from the arrays (not from the files the run read)."""
    s = files["stack"]
    factors = [Factor(n, f.values, f.classified, 0 if f.classified else None) for n, f in zip(names(files), s.factors)]
    return prepare(factors, s.landslides, precision=precision, train_ratio=0.7, seed=5)


def dc_of(path) -> dict[str, float]:
    return {r["factor"]: float(r["dc"]) for r in read_csv(path)}


# --- DECISIVENESS of the method algorithms ---------------------------------------------------------


def test_cf_decisiveness_is_the_mean_abs_favourability_of_its_rasters(alsa_provider, stack_files):
    out = stack_files["folder"] / "cf"
    res = processing().run("alsa:certaintyfactor", params(stack_files, out, BIN_WIDTH=0.08))
    assert Path(res["DECISIVENESS"]) == out / "Decisiveness_CF_P3_W0.08.csv"
    rows = read_csv(res["DECISIVENESS"])
    assert [r["factor"] for r in rows] == names(stack_files)
    log = json.loads(Path(res["LOG"]).read_text())
    for r, logged in zip(rows, log["decisiveness"]):
        fav = read(out / f"Favourability_CF_P3_W0.08_{r['factor']}.tif").astype(np.float64)
        per_cell = np.abs(fav[np.isfinite(fav)]).mean()  # brute force: every valid cell's |CF|
        assert float(r["dc"]) == pytest.approx(per_cell, rel=1e-6, abs=1e-7)
        assert logged["dc"] == float(r["dc"]) and logged["factor"] == r["factor"]
        classified = r["kind"] == "classified"
        assert r["bin_width"] == ("" if classified else "0.08")
    assert 0 < min(float(r["dc"]) for r in rows) and max(float(r["dc"]) for r in rows) <= 1
    assert str(out / "Decisiveness_CF_P3_W0.08.csv") in log["files"]


def test_any_method_reports_the_dc_at_its_optimal_width(alsa_provider, stack_files):
    out = stack_files["folder"] / "fr"
    res = processing().run("alsa:frequencyratio", params(stack_files, out, OPTIMIZE=True, OPT_PRECISION=1))
    w = res["BIN_WIDTH_USED"]
    assert Path(res["DECISIVENESS"]).name == f"Decisiveness_FR_P3_W{w:g}.csv"
    ref = {d.name: d for d in decisiveness(core_study(stack_files), w)}
    rows = read_csv(res["DECISIVENESS"])
    assert {r["factor"]: float(r["dc"]) for r in rows} == {n: d.dc for n, d in ref.items()}
    assert {r["factor"]: int(r["classes_or_bins"]) for r in rows} == {n: d.n_classes for n, d in ref.items()}


# --- alsa:decisiveness ------------------------------------------------------------------------------


def test_optimisation_criterion_equals_an_optimised_cf_run_and_the_sweep_the_core(alsa_provider, stack_files):
    folder = stack_files["folder"]
    cf = processing().run("alsa:certaintyfactor", params(stack_files, folder / "cf", OPTIMIZE=True, OPT_PRECISION=1))
    res = processing().run(
        "alsa:decisiveness", params(stack_files, folder / "dc", CRITERION=0, OPT_PRECISION=1, SWEEP=True)
    )
    assert res["BIN_WIDTH_USED"] == cf["BIN_WIDTH_USED"]
    assert Path(res["TABLE"]).name == Path(cf["DECISIVENESS"]).name
    assert dc_of(res["TABLE"]) == dc_of(cf["DECISIVENESS"])
    rows = read_csv(res["SWEEP_TABLE"])
    assert Path(res["SWEEP_TABLE"]).name == "Decisiveness_sweep_P3_Q1.csv"
    assert list(rows[0]) == ["bin_width"] + names(stack_files)
    study = core_study(stack_files)
    assert [float(r["bin_width"]) for r in rows] == pytest.approx(np.arange(1, 11) / 10)
    for r in rows[::3]:
        ref = decisiveness(study, float(r["bin_width"]))
        assert [float(r[d.name]) for d in ref] == [d.dc for d in ref]
    log = json.loads(Path(res["LOG"]).read_text())
    assert log["settings"]["criterion"] == "optimisation" and log["algorithm"] == "alsa:decisiveness"
    assert [d["dc"] for d in log["decisiveness"]] == list(dc_of(res["TABLE"]).values())


def test_given_width_criterion(alsa_provider, stack_files):
    res = processing().run(
        "alsa:decisiveness", params(stack_files, stack_files["folder"] / "w", CRITERION=1, BIN_WIDTH=0.2)
    )
    assert res["SWEEP_TABLE"] is None and res["BIN_WIDTH_USED"] == 0.2
    assert dc_of(res["TABLE"]) == {d.name: d.dc for d in decisiveness(core_study(stack_files), 0.2)}


def test_classification_compensation_equals_the_core_and_repeats_with_its_seed(alsa_provider, stack_files):
    folder = stack_files["folder"]
    study = core_study(stack_files)
    classified = [f for f in study.factors if f.classified]
    k = classified[0].n_codes
    res = processing().run("alsa:decisiveness", params(stack_files, folder / "m0", CRITERION=2))  # m = k
    assert Path(res["TABLE"]).name == f"Decisiveness_compensated_m{k}.csv"
    assert res["BIN_WIDTH_USED"] == pytest.approx(1 / k)
    ref = {d.name: d for d in compensated_decisiveness(study, None)}
    assert dc_of(res["TABLE"]) == {n: d.dc for n, d in ref.items()}

    m = 3  # the classified factor's k classes merged into 3: every merge (S(k, 3) of them) or Monte Carlo
    kw = {"CRITERION": 2, "TARGET_CLASSES": m, "N_MERGES": 50}
    one = processing().run("alsa:decisiveness", params(stack_files, folder / "m3a", **kw))
    two = processing().run("alsa:decisiveness", params(stack_files, folder / "m3b", **kw))
    assert Path(one["TABLE"]).read_text() == Path(two["TABLE"]).read_text()
    rows = {r["factor"]: r for r in read_csv(one["TABLE"])}
    ref = {d.name: d for d in compensated_decisiveness(study, m, n_samples=50, seed=5)}
    for name, d in ref.items():
        assert float(rows[name]["dc"]) == d.dc and int(rows[name]["merges"]) == d.n_merges
        assert rows[name]["merging"] == d.merging
    assert int(rows[classified[0].name]["merges"]) > 1 and float(rows[classified[0].name]["std"]) > 0


# --- alsa:factoranalysis on rasters with known answers -----------------------------------------------


@pytest.fixture
def screening_files(tmp_path):
    """Four continuous rasters (one an exact linear combination of two others), two classified, points."""
    rng = np.random.default_rng(11)
    shape = (90, 110)
    a = rng.normal(size=shape).astype(np.float32)
    b = rng.normal(size=shape).astype(np.float32)
    d = (0.8 * a + 0.6 * rng.normal(size=shape)).astype(np.float32)
    elev = rng.integers(0, 100, shape).astype(np.float32)  # whole numbers: no value on a bin edge
    elev[0, :5] = np.nan  # nodata cells are left out everywhere
    geo = rng.integers(1, 5, shape).astype(np.int16)
    land = np.where(rng.random(shape) < 0.6, geo % 3 + 1, rng.integers(1, 4, shape)).astype(np.int16)  # tied to geo
    risk = 0.02 + 0.05 * (geo == 2) + 0.03 * (a > 0.5)
    ls = np.argwhere(rng.random(shape) < risk)
    inputs = tmp_path / "screening"
    inputs.mkdir()
    files = {
        "a": write_tif(inputs / "a.tif", a),
        "b": write_tif(inputs / "b.tif", b),
        "d": write_tif(inputs / "d.tif", d),
        "elev": write_tif(inputs / "elev.tif", elev),
        "geo": write_tif(inputs / "geo.tif", geo, nodata=0),
        "land": write_tif(inputs / "land.tif", land, nodata=0),
        "points": write_points(inputs / "landslides.gpkg", ls),
        "folder": tmp_path,
    }
    lin = (2.0 * read(files["a"]).astype(np.float64) - 3.0 * read(files["b"]) + 1.0).astype(np.float32)
    files["lin"] = write_tif(inputs / "lin.tif", lin)
    files["ls_grid"] = np.zeros(shape)
    files["ls_grid"][tuple(ls.T)] = 1
    return files


def fa_params(f, out, continuous=("a", "b", "d", "elev"), **kw):
    return {
        "LANDSLIDES": f["points"],
        "CONTINUOUS_FACTORS": [f[n] for n in continuous],
        "CLASSIFIED_FACTORS": [f["geo"], f["land"]],
        "SEED": 3,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def matrix(path) -> tuple[list[str], np.ndarray]:
    rows = read_csv(path)
    cols = [k for k in rows[0] if k != "factor"]
    return cols, np.array([[float(r[c]) if r[c] else np.nan for c in cols] for r in rows])


def test_factor_analysis_against_lstsq_scipy_and_counts(alsa_provider, screening_files):
    from scipy.stats import contingency, spearmanr

    f = screening_files
    out = f["folder"] / "fa"
    res = processing().run("alsa:factoranalysis", fa_params(f, out, N_CLASSES=10))
    vals = {n: read(f[n]).astype(np.float64) for n in ("a", "b", "d", "elev", "geo", "land")}
    valid = np.isfinite(vals["elev"])
    x = np.column_stack([vals[n][valid] for n in ("a", "b", "d", "elev")])

    vif = {r["factor"]: float(r["vif"]) for r in read_csv(res["VIF"])}
    for i, n in enumerate(("a", "b", "d", "elev")):
        others = np.column_stack([np.ones(len(x)), np.delete(x, i, axis=1)])
        resid = x[:, i] - others @ np.linalg.lstsq(others, x[:, i], rcond=None)[0]
        r2 = 1 - resid @ resid / ((x[:, i] - x[:, i].mean()) @ (x[:, i] - x[:, i].mean()))
        assert vif[n] == pytest.approx(1 / (1 - r2), rel=1e-9)
    cols, pearson = matrix(res["PEARSON"])
    assert cols == ["a", "b", "d", "elev"]
    np.testing.assert_allclose(pearson, np.corrcoef(x.T), atol=1e-12)
    _, spearman = matrix(res["SPEARMAN"])
    np.testing.assert_allclose(spearman, spearmanr(x).statistic, atol=1e-12)

    cols, v = matrix(res["CRAMERS_V"])
    assert cols == ["a", "b", "d", "elev", "geo", "land"]
    table = contingency.crosstab(vals["geo"][valid], vals["land"][valid]).count
    assert v[4, 5] == pytest.approx(contingency.association(table, method="cramer"), rel=1e-12)
    assert v[4, 5] > 0.3

    ls = f["ls_grid"][valid]
    geo_rows = read_csv(out / "Factors_distribution_geo.csv")
    for r in geo_rows:
        in_class = vals["geo"][valid] == float(r["class"])
        assert int(r["N_F"]) == in_class.sum()
        assert int(r["train_cells"]) + int(r["test_cells"]) == ls[in_class].sum()
        assert int(r["non_landslide_cells"]) == in_class.sum() - ls[in_class].sum()
        assert float(r["p_L_given_F"]) == pytest.approx(float(r["train_weight"]) / int(r["N_F"]))
    elev_rows = read_csv(out / "Factors_distribution_elev.csv")
    assert len(elev_rows) == 10 and float(elev_rows[0]["from"]) == 0 and float(elev_rows[-1]["to"]) == 99
    e = vals["elev"][valid]
    for k, r in enumerate(elev_rows):
        lo, hi = float(r["from"]), float(r["to"])
        inside = (e >= lo) & ((e < hi) if k < 9 else (e <= hi))
        assert int(r["N_F"]) == inside.sum()
        assert int(r["train_cells"]) + int(r["test_cells"]) == ls[inside].sum()
    assert sum(int(r["train_cells"]) for r in elev_rows) == sum(int(r["train_cells"]) for r in geo_rows)

    summary = json.loads(Path(res["LOG"]).read_text())
    assert summary["collinearity"]["cells"] == f"all {valid.sum()} valid cells"
    assert summary["collinearity"]["values"] == "raw" and not summary["collinearity"]["sampled"]
    assert summary["conditional_independence"]["computed"] is True
    assert any("geo and land" in v["text"] for v in summary["verdicts"])
    assert any(v["text"].startswith("weights of evidence") for v in summary["verdicts"])


def test_sample_is_said_and_seeded(alsa_provider, screening_files):
    f = screening_files
    one = processing().run("alsa:factoranalysis", fa_params(f, f["folder"] / "s1", SAMPLE_CELLS=4000))
    two = processing().run("alsa:factoranalysis", fa_params(f, f["folder"] / "s2", SAMPLE_CELLS=4000))
    assert Path(one["VIF"]).read_text() == Path(two["VIF"]).read_text()
    summary = json.loads(Path(one["LOG"]).read_text())["collinearity"]
    assert summary["sampled"] and summary["n_cells"] == 4000 and summary["sample_seed"] == 3
    assert summary["cells"].startswith("a random sample of 4000 of the")


def test_exact_linear_combination_gives_infinite_vif_and_a_clear_verdict(alsa_provider, screening_files):
    f = screening_files
    res = processing().run("alsa:factoranalysis", fa_params(f, f["folder"] / "lin", continuous=("a", "b", "lin")))
    vif = {r["factor"]: r["vif"] for r in read_csv(res["VIF"])}
    assert all(float(v) == np.inf for v in vif.values()), vif
    summary = json.loads(Path(res["LOG"]).read_text())
    assert summary["collinearity"]["vif"] == [None, None, None]  # strict JSON: ∞ as null, the CSV says inf
    texts = [v["text"] for v in summary["verdicts"]]
    assert "lin: VIF ∞ — an exact linear combination of the other continuous factors; drop it" in texts
    assert any("exact linear combination" in n for n in summary["notes"])


def test_failed_runs_write_nothing(alsa_provider, screening_files, stack_files):
    f = screening_files
    flat = write_tif(f["folder"] / "screening" / "flat.tif", np.full((90, 110), 7.0, np.float32))
    out = f["folder"] / "failed"
    with pytest.raises(QgsProcessingException, match="single value"):
        processing().run(
            "alsa:factoranalysis", fa_params(f, out, continuous=("a", "b")) | {"CONTINUOUS_FACTORS": [flat]}
        )
    assert not out.exists() or not any(out.iterdir())
    out = stack_files["folder"] / "failed"
    only_continuous = params(stack_files, out, CRITERION=2) | {"CLASSIFIED_FACTORS": []}
    with pytest.raises(QgsProcessingException, match="target class count"):
        processing().run("alsa:decisiveness", only_continuous)
    assert not out.exists() or not any(out.iterdir())


def test_both_on_the_built_in_sample_data(alsa_provider, tmp_path):
    """The sample of ``alsa:sampledata``: an optimised WoE run's DC equals alsa:decisiveness at that width."""
    sample = processing().run("alsa:sampledata", {"OUTPUT_FOLDER": str(tmp_path / "sample")})
    study = {
        "LANDSLIDES": sample["LANDSLIDES"],
        "CONTINUOUS_FACTORS": sample["CONTINUOUS_FACTORS"],
        "CLASSIFIED_FACTORS": sample["CLASSIFIED_FACTORS"],
        "SEED": 2,
    }
    woe = processing().run(
        "alsa:weightofevidence", study | {"OPTIMIZE": True, "OPT_PRECISION": 1, "OUTPUT_FOLDER": str(tmp_path / "w")}
    )
    w = woe["BIN_WIDTH_USED"]
    dc = processing().run(
        "alsa:decisiveness", study | {"CRITERION": 1, "BIN_WIDTH": w, "OUTPUT_FOLDER": str(tmp_path / "d")}
    )
    assert dc["BIN_WIDTH_USED"] == w and dc_of(dc["TABLE"]) == dc_of(woe["DECISIVENESS"])
    fa = processing().run("alsa:factoranalysis", study | {"OUTPUT_FOLDER": str(tmp_path / "f")})
    cols, v = matrix(fa["CRAMERS_V"])
    assert cols == [Path(p).stem for p in sample["FACTORS"]]
    assert np.allclose(np.diag(v), 1) and np.allclose(v, v.T) and ((v >= 0) & (v <= 1)).all()
    summary = json.loads(Path(fa["LOG"]).read_text())
    assert summary["algorithm"] == "alsa:factoranalysis" and summary["parameters"]["SEED"] == 2


# --- the real data of ../shared/data --------------------------------------------------------------


def ecuador(out, **kw):
    d = DATA / "ecuador"
    return {
        "LANDSLIDES": str(d / "landslides.gpkg"),
        "CONTINUOUS_FACTORS": [str(d / f"{n}.tif") for n in ("slope", "cplan", "cprof", "elev", "log10_carea")],
        "MASK": str(d / "study_mask.gpkg"),
        "SEED": 1,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def hungary(out, **kw):
    d = DATA / "hungary"
    return {
        "LANDSLIDES": str(d / "scarps.gpkg"),
        "CONTINUOUS_FACTORS": [str(d / "slope.tif"), str(d / "elevation.tif")],
        "CLASSIFIED_FACTORS": [str(d / "geology_14cls.tif")],
        "SEED": 1,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


@pytest.mark.skipif(not DATA.is_dir(), reason=f"real data not found at {DATA}")
@pytest.mark.parametrize("area", [ecuador, hungary])
def test_real_data(alsa_provider, tmp_path, area):
    """Both algorithms on the shared data sets; the figures are printed (pytest -s) for the record."""
    opt = processing().run("alsa:decisiveness", area(tmp_path / "dc", CRITERION=0, SWEEP=True))
    dcs = dc_of(opt["TABLE"])
    assert all(0 <= v <= 1 for v in dcs.values())
    comp = processing().run("alsa:decisiveness", area(tmp_path / "comp", CRITERION=2, TARGET_CLASSES=5))
    fa = processing().run("alsa:factoranalysis", area(tmp_path / "fa"))
    summary = json.loads(Path(fa["LOG"]).read_text())
    print(f"\n{area.__name__}: optimal CF width {opt['BIN_WIDTH_USED']:g}; DC {dcs}")
    print(f"{area.__name__}: compensated (m = 5) DC {dc_of(comp['TABLE'])}")
    print(f"{area.__name__}: VIF {dict(zip(summary['collinearity']['factors'], summary['collinearity']['vif']))}")
    print(f"{area.__name__}: {summary['collinearity']['cells']}; CI {summary['conditional_independence']}")
    for v in summary["verdicts"]:
        print(f"{area.__name__}: {v['text']}")
    assert all(np.isfinite(summary["collinearity"]["vif"]))
