"""What a run leaves to repeat and publish it: the seed it drew, a strict JSON log, the WoE posterior."""

from __future__ import annotations

import json
import math

import numpy as np
from osgeo import gdal
from scipy.special import expit

from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.compare_job import CompareSettings, run_compare
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def request_for(files):
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    factors += [FactorSource("geology", p, classified=True) for p in files["classified"]]
    return StudyRequest(factors, LandslideSource(files["points"]))


def strict_load(path):
    """json.loads that refuses NaN and ±Infinity (not JSON, RFC 8259)."""

    def refuse(token):
        raise ValueError(f"non-standard JSON constant {token} in {path}")

    return json.loads(path.read_text(), parse_constant=refuse)


def test_a_run_without_seed_draws_one_logs_it_and_the_log_repeats_the_run(stack_files):
    req = request_for(stack_files)
    extra = {"parameters": {"PRECISION": 3}}
    first = run_bivariate(req, BivariateSettings("FC", width=0.1), stack_files["folder"] / "a", log_extra=extra)
    log = strict_load(first.log_path)
    seed = log["settings"]["seed"]
    assert isinstance(seed, int) and 0 <= seed < 2**31 and log["settings"]["seed_drawn"] is True
    assert first.seed == seed and log["parameters"]["SEED"] == seed  # the rerun parameters carry it too
    again = run_bivariate(req, BivariateSettings("FC", width=0.1, seed=seed), stack_files["folder"] / "b")
    assert (again.success, again.prediction) == (first.success, first.prediction)
    assert strict_load(again.log_path)["settings"]["seed_drawn"] is False
    np.testing.assert_array_equal(read(first.lsi_path), read(again.lsi_path))


def test_logs_are_strict_json_even_when_a_rate_is_undefined(stack_files):
    """TRAIN_RATIO 1: no test set, so the prediction rate and test ROC AUC are undefined (null, never NaN)."""
    out = run_bivariate(
        request_for(stack_files), BivariateSettings("CF", width=0.2, train_ratio=1.0, seed=1), stack_files["folder"]
    )
    log = strict_load(out.log_path)
    assert log["results"]["prediction_rate"] is None and out.prediction is None
    assert math.isfinite(log["results"]["success_rate"])
    assert out.log_path.name == "Log_CF_P3_W0.2.json" and out.log_path in out.files
    assert out.notes == log["notes"]


def test_compare_without_seed_logs_the_seed_in_its_rerun_parameters(stack_files):
    req = request_for(stack_files)
    extra = {"parameters": {"CLASSES": "3"}}
    out = run_compare(req, CompareSettings(opt_precision=1, classes=(3,)), stack_files["folder"] / "cmp", None, extra)
    log = strict_load(out.log_path)
    assert log["parameters"]["SEED"] == out.seed == log["settings"]["seed_used"]


def test_weight_of_evidence_writes_the_normalised_posterior(stack_files):
    """SPEC §3: the posterior σ(logit p(L) + Σ WS), normalised so that Σ over cells = N(L).

    Rebuilt from the LSI raster (the log-odds) with scipy's logistic function, not the core's.
    """
    folder = stack_files["folder"] / "woe"
    out = run_bivariate(request_for(stack_files), BivariateSettings("WOE", width=0.1, seed=3), folder)
    posterior = read(folder / "Posterior_WOE_P3_W0.1.tif").astype(np.float64)
    log_odds = read(out.lsi_path).astype(np.float64)
    valid = np.isfinite(log_odds)
    np.testing.assert_array_equal(np.isfinite(posterior), valid)
    n_l = strict_load(out.log_path)["counts"]["training_landslide_weight"]
    assert math.isclose(posterior[valid].sum(), n_l, rel_tol=1e-5)
    p = expit(log_odds[valid])
    np.testing.assert_allclose(posterior[valid], p / p.sum() * n_l, rtol=1e-4)
    assert folder / "Posterior_WOE_P3_W0.1.tif" in out.files
    other = run_bivariate(request_for(stack_files), BivariateSettings("WC", width=0.1, seed=3), folder / "wc")
    assert not [f for f in other.files if f.name.startswith("Posterior")]


def test_write_json_turns_every_non_finite_number_into_null(tmp_path):
    from alsa.alsa_plugin.gis.outputs import write_json

    path = tmp_path / "log.json"
    write_json(
        path, {"rho": float("nan"), "inf": np.float32("inf"), "rates": np.array([0.5, np.nan]), "n": np.int64(3)}
    )
    assert strict_load(path) == {"rho": None, "inf": None, "rates": [0.5, None], "n": 3}
