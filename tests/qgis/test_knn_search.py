"""alsa:knn's NEIGHBOUR_SEARCH: the approximate search runs, repeats, and agrees with the exact one."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingParameterDefinition


def processing():
    import processing as qgis_processing

    return qgis_processing


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def params(files, out, **kw):
    return {
        "LANDSLIDES": files["points"],
        "CONTINUOUS_FACTORS": files["continuous"],
        "CLASSIFIED_FACTORS": files["classified"],
        "SEED": 5,
        "N_SAMPLE": 4000,
        "N_NEIGHBORS": 30,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def test_parameter_is_advanced_with_exact_by_default(alsa_provider):
    alg = alsa_provider.algorithm("knn")
    p = alg.parameterDefinition("NEIGHBOUR_SEARCH")
    assert p is not None and p.defaultValue() == 0 and len(p.options()) == 2
    assert p.flags() & QgsProcessingParameterDefinition.FlagAdvanced
    assert "k-means" in p.help()


def test_approximate_search_runs_repeats_and_agrees_with_exact(alsa_provider, stack_files):
    folder = stack_files["folder"]
    a = processing().run("alsa:knn", params(stack_files, folder / "a", NEIGHBOUR_SEARCH=1))
    b = processing().run("alsa:knn", params(stack_files, folder / "b", NEIGHBOUR_SEARCH=1))
    exact = processing().run("alsa:knn", params(stack_files, folder / "exact", NEIGHBOUR_SEARCH=0))
    for key in ("SUCCESS_RATE", "PREDICTION_RATE", "ROC_AUC_TRAIN", "ROC_AUC_TEST"):
        assert a[key] > 0.75 and a[key] == b[key], key
        assert abs(a[key] - exact[key]) < 0.02, key
    pa, pb, pe = (read(r["OUTPUT_PROBABILITY"]) for r in (a, b, exact))
    np.testing.assert_array_equal(pa, pb)
    ok = np.isfinite(pe)
    assert np.array_equal(ok, np.isfinite(pa))
    assert np.corrcoef(pa[ok], pe[ok])[0, 1] >= 0.99
    log = json.loads(Path(a["LOG"]).read_text())
    assert log["model"]["hyperparameters"]["neighbour_search"] == "approximate"
    assert Path(a["OUTPUT_PROBABILITY"]).name != Path(exact["OUTPUT_PROBABILITY"]).name  # other settings, other tag
    exact_log = json.loads(Path(exact["LOG"]).read_text())
    assert exact_log["model"]["hyperparameters"]["neighbour_search"] == "exact"


def test_without_numba_the_approximate_search_is_refused(alsa_provider, stack_files, monkeypatch):
    from alsa.alsa_plugin.core import _accel

    monkeypatch.setattr(_accel, "numba_usable", lambda: False)
    out = stack_files["folder"] / "refused"
    with pytest.raises(QgsProcessingException, match="NEIGHBOUR_SEARCH.*numba"):
        processing().run("alsa:knn", params(stack_files, out, NEIGHBOUR_SEARCH=1))
    assert not out.exists()


def test_the_comparison_passes_the_search_to_knn_and_to_stackings_knn_base(alsa_provider, stack_files):
    """alsa:comparemodels' NEIGHBOUR_SEARCH: its KNN item is alsa:knn run alone with that search (same map, same
    name), its stacking item's KNN base uses it, and the other models' logs do not carry it."""
    folder = stack_files["folder"]
    common = {k: v for k, v in params(stack_files, folder).items() if k not in ("N_NEIGHBORS", "OUTPUT_FOLDER")}
    res = processing().run(
        "alsa:comparemodels",
        common | {"MODELS": [0, 2, 7], "METHODS": [], "NEIGHBOUR_SEARCH": 1, "OUTPUT_FOLDER": str(folder / "cmp")},
    )
    alone = processing().run("alsa:knn", common | {"NEIGHBOUR_SEARCH": 1, "OUTPUT_FOLDER": str(folder / "knn")})
    rows = {r["item"]: r for r in json.loads(Path(res["LOG"]).read_text())["model_comparison"]["rows"]}
    knn = rows["KNN"]
    assert Path(knn["raster"]).name == Path(alone["OUTPUT_PROBABILITY"]).name  # the approximate search's tag
    np.testing.assert_array_equal(read(knn["raster"]), read(alone["OUTPUT_PROBABILITY"]))
    assert knn["prediction_rate"] == alone["PREDICTION_RATE"]
    logs = {key: json.loads(Path(row["log"]).read_text()) for key, row in rows.items()}
    assert logs["KNN"]["model"]["hyperparameters"]["neighbour_search"] == "approximate"
    assert logs["KNN"]["parameters"]["NEIGHBOUR_SEARCH"] == 1  # reruns alone as it ran here
    stacking = logs["STACKING"]["model"]["hyperparameters"]
    assert stacking["base_params"] == {"KNN": {"neighbour_search": "approximate"}}
    assert logs["STACKING"]["parameters"]["NEIGHBOUR_SEARCH"] == 1
    assert "NEIGHBOUR_SEARCH" not in logs["LR"]["parameters"] and logs["LR"]["model"]["changed_hyperparameters"] == {}
