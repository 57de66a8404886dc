"""SPLIT_BY through processing.run: whole landslides on the real polygons, the counts in the log and feedback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import QgsProcessingFeedback

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"real data not found at {DATA}")


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.lines.append(info)
        super().pushInfo(info)


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


def test_split_by_whole_landslides_and_by_cells(alsa_provider, tmp_path):
    import processing

    runs = {}
    for value, mode in ((None, "cells"), (0, "cells"), (1, "landslides")):
        feedback = Recorder()
        params = hungary(tmp_path / str(value)) | ({} if value is None else {"SPLIT_BY": value})
        result = processing.run("alsa:certaintyfactor", params, feedback=feedback)
        log = json.loads(Path(result["LOG"]).read_text())
        assert log["split"]["split_by"] == mode and log["settings"]["split_by"] == mode
        assert log["parameters"]["SPLIT_BY"] == (value or 0)
        split = log["split"]
        assert split["train_landslides"] + split["test_landslides"] - split["both_sides"] == 41
        assert split["train_cells"] + split["test_cells"] == 4997
        line = [n for n in feedback.lines if n.startswith("split by")]
        assert len(line) == 1 and f"training {split['train_landslides']} landslides" in line[0]
        runs[value] = (result["SUCCESS_RATE"], result["PREDICTION_RATE"], split)
    assert runs[None] == runs[0]  # the default is ALSA's split by cells: the same run
    assert runs[0][2]["both_sides"] > 0 and runs[1][2]["both_sides"] == 0
    assert (runs[1][2]["train_landslides"], runs[1][2]["test_landslides"]) == (29, 12)  # round(0.7 · 41) = 29


@pytest.mark.parametrize("alg", ["comparebivariate", "decisiveness", "factoranalysis"])
def test_every_study_algorithm_takes_split_by(alsa_provider, tmp_path, alg):
    import processing

    extra = {"CLASSES": "5"} if alg == "comparebivariate" else {}
    result = processing.run(f"alsa:{alg}", hungary(tmp_path, SPLIT_BY=1, **extra))
    log = json.loads(Path(result["LOG"]).read_text())
    assert log["split"]["split_by"] == "landslides" and log["split"]["both_sides"] == 0
