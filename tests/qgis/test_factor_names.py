"""FACTOR_NAMES and the names of factors fed from temporary outputs (issue 10: names people can read)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingUtils, QgsProject, QgsRasterLayer


@pytest.fixture
def run(alsa_provider):
    import processing

    return processing.run


def params(files, out, **kw):
    return {
        "LANDSLIDES": files["points"],
        "CONTINUOUS_FACTORS": files["continuous"],
        "CLASSIFIED_FACTORS": files["classified"],
        "SEED": 5,
        "OUTPUT_FOLDER": str(out),
        **kw,
    }


def test_factor_names_name_files_and_log(run, stack_files, tmp_path):
    res = run(
        "alsa:certaintyfactor", params(stack_files, tmp_path / "o", FACTOR_NAMES="slope, elevation,aspect,geology")
    )
    names = [f["name"] for f in json.loads(Path(res["LOG"]).read_text())["inputs"]["factors"]]
    assert names == ["slope", "elevation", "aspect", "geology"]
    assert {p.name.split("_")[-1] for p in (tmp_path / "o").glob("Table_*.csv")} == {
        "slope.csv",
        "elevation.csv",
        "aspect.csv",
        "geology.csv",
    }
    assert json.loads(Path(res["LOG"]).read_text())["parameters"]["FACTOR_NAMES"] == "slope, elevation,aspect,geology"


@pytest.mark.parametrize(
    "names, words",
    [("a,b,c", "3 names for 4 factors"), ("a,b,a,c", "more than once"), ("a,,b,c", "empty")],
)
def test_wrong_factor_names_are_refused(run, stack_files, tmp_path, names, words):
    with pytest.raises(QgsProcessingException, match=f"FACTOR_NAMES.*{words}"):
        run("alsa:frequencyratio", params(stack_files, tmp_path / "o", FACTOR_NAMES=names))
    assert not (tmp_path / "o").exists()


def test_temporary_names_take_the_file_name_or_are_noted(run, stack_files, tmp_path):
    # a layer called OUTPUT (as a model names a step's output) whose file is kept: the file's name
    kept = QgsRasterLayer(stack_files["continuous"][0], "OUTPUT")
    QgsProject.instance().addMapLayer(kept)
    # a file in QGIS's temporary folder named like a step's output: kept as is, with a note
    temp = Path(QgsProcessingUtils.tempFolder()) / "step1" / "OUTPUT.tif"
    temp.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(stack_files["continuous"][1], temp)
    try:
        res = run(
            "alsa:certaintyfactor",
            params(stack_files, tmp_path / "o", CONTINUOUS_FACTORS=[kept.id(), str(temp)], CLASSIFIED_FACTORS=[]),
        )
    finally:
        QgsProject.instance().removeMapLayer(kept.id())
    log = json.loads(Path(res["LOG"]).read_text())
    assert [f["name"] for f in log["inputs"]["factors"]] == [Path(stack_files["continuous"][0]).stem, "OUTPUT"]
    assert any("FACTOR_NAMES" in n and "temporary" in n for n in log["notes"])


def test_every_study_algorithm_offers_factor_names(alsa_provider):
    for alg in alsa_provider.algorithms():
        if alg.parameterDefinition("CONTINUOUS_FACTORS") is not None:
            p = alg.parameterDefinition("FACTOR_NAMES")
            assert p is not None and "continuous factors first" in p.help(), alg.id()
