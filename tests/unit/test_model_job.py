"""A model job from files to files: the study's designs and the core's model, all-or-nothing outputs."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal

from alsa.alsa_plugin.core import Cancelled
from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.ml.designs import make_test_design, make_training_design
from alsa.alsa_plugin.core.ml.models import fit_model
from alsa.alsa_plugin.core.ml.predict import ArraySource, predict_map
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.model_job import ModelSettings, importance_rows, model_tag, run_model
from alsa.alsa_plugin.jobs.study import load_study


def request_for(files):
    factors = [FactorSource(f"c{i}", p) for i, p in enumerate(files["continuous"])]
    factors += [FactorSource("geology", p, classified=True) for p in files["classified"]]
    return StudyRequest(factors, LandslideSource(files["points"]))


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def test_job_equals_the_core_steps_on_the_same_study(stack_files):
    """Designs redone here from the same study and seed: the log's counts and the raster are theirs."""
    request, out = request_for(stack_files), stack_files["folder"] / "out"
    settings = ModelSettings("DT", train_design="Po2", test_design="Po1", n_sample=3000, seed=9)
    outcome = run_model(request, settings, out)
    _, area = load_study(request, settings.split())
    tr = make_training_design("Po2", area.n_a, area.train, area.test, seed=9, n=3000, valid=area.valid)
    te = make_test_design("Po1", area.n_a, area.train, area.test, tr, seed=9, n=3000, valid=area.valid)
    log = json.loads(outcome.log_path.read_text())
    for got, design in ((log["designs"]["training"], tr), (log["designs"]["test"], te)):
        assert (got["cells"], got["landslide_cells"], got["non_landslide_cells"]) == (
            len(design),
            design.n_positive,
            design.n_negative,
        )
    assert not np.isin(te.cells, tr.cells).any()
    data, _ = load_study(request, settings.split())
    source = ArraySource(
        [area.compact(f.values) for f in data.factors],
        [f.name for f in data.factors],
        [f.classified for f in data.factors],
    )
    model = fit_model("DT", source.take(tr.cells), tr.labels, source.classified, seed=9)
    expected = area.to_grid(predict_map(model, source)).astype(np.float32)
    np.testing.assert_array_equal(read(outcome.probability_path), expected)
    assert outcome.probability_path.name == f"Probability_{model_tag('DT', 'Po2', 'Po1', 9)}.tif"
    assert log["model"]["hyperparameters"]["min_samples_leaf"] == 20 and log["settings"]["n_sample"] == 3000
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in outcome.files)


def test_cancel_and_bad_settings_write_nothing(stack_files):
    request, out = request_for(stack_files), stack_files["folder"] / "none"

    def cancel_when_predicting(fraction, message):
        return not message.startswith("predicting")

    with pytest.raises(Cancelled):
        run_model(request, ModelSettings("LR", seed=1), out, progress=cancel_when_predicting)
    assert not out.exists() or not any(out.iterdir())
    with pytest.raises(AlsaInputError, match="TRAIN_DESIGN: unknown sampling design 'Po9'"):
        run_model(request, ModelSettings("LR", train_design="Po9", seed=1), out)
    with pytest.raises(AlsaInputError, match="model KNN: unknown parameter"):
        run_model(request, ModelSettings("KNN", params={"k": 3}, seed=1), out)
    with pytest.raises(AlsaInputError, match="N_SAMPLE must be at least 1"):
        run_model(request, ModelSettings("LR", n_sample=0, seed=1), out)
    assert not out.exists() or not any(out.iterdir())


def test_importance_rows_cap_each_class():
    labels = np.r_[np.zeros(50, np.int8), np.ones(7, np.int8)]
    rows = importance_rows(labels, seed=3, per_class=10)
    assert rows.size == 17 and labels[rows].sum() == 7 and np.all(np.diff(rows) > 0)
    np.testing.assert_array_equal(rows, importance_rows(labels, seed=3, per_class=10))
    assert importance_rows(labels, seed=3, per_class=100).size == 57


def test_other_hyperparameters_never_share_a_name(stack_files):
    """Defaults: the plain tag; other values: a digest of them in every name, the values in the log."""
    import hashlib

    request, out = request_for(stack_files), stack_files["folder"] / "hyper"
    plain = run_model(request, ModelSettings("DT", n_sample=3000, seed=3), out)
    same = ModelSettings("DT", n_sample=3000, seed=3, params={"min_samples_leaf": 20})  # the default, spelled out
    assert same.changed() == {} and same.tag == "DT_Po2-Po1_S3"
    other = run_model(request, ModelSettings("DT", n_sample=3000, seed=3, params={"min_samples_leaf": 3}), out)
    digest = hashlib.sha1(b'{"min_samples_leaf": 3}').hexdigest()[:6]
    assert plain.probability_path.name == "Probability_DT_Po2-Po1_S3.tif"
    assert other.probability_path.name == f"Probability_DT_Po2-Po1_S3_H{digest}.tif"
    assert plain.probability_path.exists() and other.probability_path.exists()  # both kept
    assert not np.array_equal(read(plain.probability_path), read(other.probability_path))
    log = json.loads(other.log_path.read_text())
    assert log["model"]["changed_hyperparameters"] == {"min_samples_leaf": 3}
    assert log["model"]["file_tag"] == f"DT_Po2-Po1_S3_H{digest}"
