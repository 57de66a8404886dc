"""The decisiveness and factor-analysis jobs without QGIS: the core's figures, cancel and bad settings write nothing."""

from __future__ import annotations

import json

import numpy as np
import pytest

from alsa.alsa_plugin.core import Cancelled, prepare
from alsa.alsa_plugin.core.decisiveness import decisiveness
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.screening import association, conditional_independence, distributions
from alsa.alsa_plugin.jobs.decisiveness_job import DecisivenessSettings, run_decisiveness
from alsa.alsa_plugin.jobs.factor_analysis_job import FactorAnalysisSettings, classes_study, run_factor_analysis
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest


def request_for(files):
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    factors += [FactorSource("geology", p, classified=True) for p in files["classified"]]
    return StudyRequest(factors, LandslideSource(files["points"]))


def core_study(files, seed=5):
    stack = files["stack"]
    factors = [
        f.__class__(n, f.values, f.classified, 0 if f.classified else None)
        for n, f in zip(["c0", "c1", "c2", "geology"], stack.factors)
    ]
    return prepare(factors, stack.landslides, precision=3, train_ratio=0.7, seed=seed)


def test_decisiveness_job_at_a_given_width_equals_the_core(stack_files):
    out = stack_files["folder"] / "dc"
    outcome = run_decisiveness(request_for(stack_files), DecisivenessSettings("width", width=0.15, seed=5), out)
    ref = decisiveness(core_study(stack_files), 0.15)
    assert [d.dc for d in outcome.dcs] == [d.dc for d in ref]
    assert outcome.table_path == out / "Decisiveness_CF_P3_W0.15.csv"
    log = json.loads(outcome.log_path.read_text())
    assert [d["dc"] for d in log["decisiveness"]] == [d.dc for d in ref]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in outcome.files)


def test_classes_study_makes_every_factor_classified_on_the_same_cells(stack_files):
    study = core_study(stack_files)
    cls = classes_study(study, 10)
    assert all(f.classified for f in cls.factors) and cls.n_a == study.n_a
    assert cls.train is study.train
    ref = association(study, 10)
    np.testing.assert_allclose(association(cls, 10).v, ref.v, rtol=1e-12)  # the same classes as Cramér's V
    d = distributions(study, 10)[0]
    assert cls.factors[0].n_cells.tolist() == d.n_cells[d.n_cells > 0].tolist()
    ci = conditional_independence(cls, None)
    assert ci.notes == [] and ci.t > 0


def test_factor_analysis_job_files_and_summary(stack_files):
    out = stack_files["folder"] / "fa"
    outcome = run_factor_analysis(request_for(stack_files), FactorAnalysisSettings(seed=5), out)
    names = {p.name for p in outcome.files}
    assert names == {
        "Factors_distribution_c0.csv",
        "Factors_distribution_c1.csv",
        "Factors_distribution_c2.csv",
        "Factors_distribution_geology.csv",
        "Factors_vif.csv",
        "Factors_pearson.csv",
        "Factors_spearman.csv",
        "Factors_cramers_v.csv",
        "Factors_summary.json",
    }
    summary = json.loads(outcome.summary_path.read_text())
    assert summary["settings"]["seed"] == 5 and summary["collinearity"]["values"] == "raw"
    assert summary["conditional_independence"]["computed"]
    assert summary["timing_seconds"]["total"] > 0


@pytest.mark.parametrize("job", ["decisiveness", "factors"])
def test_cancel_and_bad_settings_write_nothing(stack_files, job):
    out = stack_files["folder"] / "cancelled"

    def cancel_when_writing(fraction, message):
        return fraction < 0.95

    with pytest.raises(Cancelled):
        if job == "decisiveness":
            run_decisiveness(
                request_for(stack_files), DecisivenessSettings(seed=1, opt_precision=1), out, cancel_when_writing
            )
        else:
            run_factor_analysis(request_for(stack_files), FactorAnalysisSettings(seed=1), out, cancel_when_writing)
    assert not out.exists() or not any(out.iterdir())
    with pytest.raises(AlsaInputError):
        if job == "decisiveness":
            run_decisiveness(request_for(stack_files), DecisivenessSettings("best"), out)
        else:
            run_factor_analysis(request_for(stack_files), FactorAnalysisSettings(n_classes=1), out)
    assert not out.exists() or not any(out.iterdir())
