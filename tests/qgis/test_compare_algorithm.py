"""``alsa:comparebivariate`` through processing.run on the Ecuador data (points, mask, five continuous factors)."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

import pytest
import reference_bivariate as rb
from qgis.core import QgsApplication, QgsProcessingException
from run_cells import run_cells

ECUADOR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ecuador"
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
IDS = ["FC", "FR", "IV", "CF", "CA", "WOE", "WC", "SR"]
SCENARIOS = ["optimal", "10_classes", "5_classes", "3_classes"]


@pytest.fixture(scope="module")
def algorithm(qgis_processing):
    """The real ``alsa`` provider, registered once for this module."""
    from alsa.processing_provider.provider import AlsaProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("alsa") is not None:
        registry.removeProvider(registry.providerById("alsa"))
    provider = AlsaProvider()
    assert registry.addProvider(provider)
    yield "alsa:comparebivariate"
    registry.removeProvider(provider)


def ecuador_parameters(folder, **changes):
    params = {
        "LANDSLIDES": str(ECUADOR / "landslides.gpkg"),
        "MASK": str(ECUADOR / "study_mask.gpkg"),
        "CONTINUOUS_FACTORS": [str(ECUADOR / f"{n}.tif") for n in FACTORS],
        "SEED": 1,
        "CLASSES": "10,5,3",
        "OUTPUT_FOLDER": str(folder),
    }
    return params | changes


def read_table(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {
        r["method"]: {k: float(v) if v else None for k, v in r.items() if k not in ("method", "name")} for r in rows
    }


@pytest.fixture(scope="module")
def ecuador(algorithm, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("ecuador") / "out"
    result = processing.run(algorithm, ecuador_parameters(folder))
    return folder, result


@pytest.fixture(scope="module")
def ecuador_cells(ecuador):
    """The run's cells for the independent reference, rebuilt from its inputs (see ``run_cells``)."""
    folder, _ = ecuador
    p = ecuador_parameters(folder)
    lsi = next(folder.glob("LSI_FC_*.tif"))
    return run_cells(lsi, p["CONTINUOUS_FACTORS"], [], p["LANDSLIDES"], p["SEED"], mask=p["MASK"])


def test_the_algorithm_is_described(algorithm):
    from alsa.processing_provider.base_algorithm import AlsaAlgorithm
    from alsa.processing_provider.bivariate_algorithm import BivariateAlgorithm
    from alsa.processing_provider.compare_algorithm import CompareBivariateAlgorithm

    assert issubclass(CompareBivariateAlgorithm, AlsaAlgorithm)
    assert not issubclass(CompareBivariateAlgorithm, BivariateAlgorithm)
    alg = QgsApplication.processingRegistry().algorithmById(algorithm)
    assert alg.displayName() == "Compare bivariate methods"
    assert alg.group() == "Bivariate methods" and alg.groupId() == "bivariate"
    names = [p.name() for p in alg.parameterDefinitions()]
    for key in ("LANDSLIDES", "WEIGHT_FIELD", "ALL_TOUCHED", "TEST_LANDSLIDES", "TRAIN_RATIO", "SEED",
                "CONTINUOUS_FACTORS", "CLASSIFIED_FACTORS", "EXTENT", "MASK", "CELL_SIZE", "PRECISION",
                "OPT_PRECISION", "CLASSES", "CLASSIFICATION", "FLAT_SLOPE", "OUTPUT_FOLDER"):  # fmt: skip
        assert key in names
        assert alg.parameterDefinition(key).help(), f"{key} has no help text"
    assert {o.name() for o in alg.outputDefinitions()} >= {"OUTPUT_FOLDER", "TABLE", "SPEARMAN", "BEST_METHOD"}
    assert alg.parameterDefinition("CLASSES").defaultValue() == "10,5,3"
    assert "Table 4" in alg.shortHelpString() and "percent difference" in alg.shortHelpString().lower()
    assert "no test set" in alg.shortHelpString() and "highest optimal success rate" in alg.shortHelpString()
    best = next(o for o in alg.outputDefinitions() if o.name() == "BEST_METHOD")
    assert "success rate without a test set" in best.description()


def test_ecuador_table_read_back_from_disk(ecuador, ecuador_cells, tmp_path):
    folder, result = ecuador
    assert Path(result["TABLE"]) == folder / "Compare_prediction_rates.csv"
    table = read_table(result["TABLE"])
    assert list(table) == IDS + ["Average", "Percent difference"]
    for m in IDS:
        row = table[m]
        for s in SCENARIOS:
            assert row[f"prediction_{s}"] > 0.65 and row[f"success_{s}"] > 0.65, (m, s, row)
        assert 0 < row["optimal_bin_width"] <= 1
        assert (folder / f"LSI_{m}_P3_W{row['optimal_bin_width']:g}.tif").exists()
    from alsa.alsa_plugin.core.reclassify import reclassify

    # FC = FR and WoE = WC in every scenario (Li & Lan 2023 §2.3), each method checked against the
    # independent reference on the same cells, not row against row: the job shares one width
    # search per pair and the core one ranking key (Σ p(L|F), Σ WC)
    cells = ecuador_cells
    for a, b in (("FC", "FR"), ("WOE", "WC")):
        w = table[a]["optimal_bin_width"]
        ref = rb.Reference(cells.factors, 3, w, cells.train, cells.test, exact=False)
        for which in ("success", "prediction"):
            assert ref.rate(a, which) == pytest.approx(ref.rate(b, which), abs=1e-12)
            for m in (a, b):
                assert table[m][f"{which}_optimal"] == pytest.approx(ref.rate(m, which), abs=1e-9), (m, which)
    for n in (10, 5, 3):  # the conventional scenarios: equal intervals over the valid cells, exact rates
        classes = [(reclassify(v, n, "equal_interval")[0], True) for v, _ in cells.factors]
        ref = rb.Reference(classes, 3, None, cells.train, cells.test)
        for which in ("success", "prediction"):
            for a, b in (("FC", "FR"), ("WOE", "WC")):
                assert ref.rate(a, which) == ref.rate(b, which)
                for m in (a, b):  # ties of different classes may be split by rounding: see test_identities
                    lo, _, hi = (float(x) for x in ref.rate_bounds(m, which))
                    assert lo - 1e-12 <= table[m][f"{which}_{n}_classes"] <= hi + 1e-12, (m, which, n)
    # the widths FR and WC take from the searches of FC and WoE are their own optima: as single runs
    import processing

    for m, alg in (("FR", "alsa:frequencyratio"), ("WC", "alsa:weightcontrast")):
        params = ecuador_parameters(tmp_path / m, OPTIMIZE=True, OPT_PRECISION=2)
        del params["CLASSES"]
        single = processing.run(alg, params)
        assert single["BIN_WIDTH_USED"] == table[m]["optimal_bin_width"], m
        assert single["PREDICTION_RATE"] == pytest.approx(table[m]["prediction_optimal"], abs=1e-12), m
        assert single["SUCCESS_RATE"] == pytest.approx(table[m]["success_optimal"], abs=1e-12), m
    # optimal beats conventional for most methods (recorded in the report, not guaranteed)
    wins = sum(all(table[m]["prediction_optimal"] >= table[m][f"prediction_{s}"] for s in SCENARIOS[1:]) for m in IDS)
    assert wins >= 5
    best = max(IDS, key=lambda m: (table[m]["prediction_optimal"], -IDS.index(m)))
    assert result["BEST_METHOD"] == best


def test_ecuador_spearman_and_log(ecuador, ecuador_cells):
    from osgeo import gdal
    from scipy.stats import spearmanr

    folder, result = ecuador
    with open(result["SPEARMAN"], newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["method"] + IDS
    rho = {(r[0], m): float(v) for r in rows[1:] for m, v in zip(IDS, r[1:])}
    # every entry is scipy's Spearman ρ of the LSI rasters read back from disk (float32 rasters
    # merge a few values that the run's float64 maps keep apart: within 1e-5)
    valid = ecuador_cells.valid
    widths = read_table(result["TABLE"])
    maps = {}
    for m in IDS:
        ds = gdal.Open(str(folder / f"LSI_{m}_P3_W{widths[m]['optimal_bin_width']:g}.tif"))
        maps[m] = ds.GetRasterBand(1).ReadAsArray()[valid]
    for i, a in enumerate(IDS):
        for b in IDS[i:]:
            expected = 1.0 if a == b else spearmanr(maps[a], maps[b]).statistic
            assert rho[a, b] == pytest.approx(expected, abs=1e-5) and rho[b, a] == rho[a, b], (a, b)
    # the paper's identities, exactly (the core ranks FC and FR by one key, WoE and WC by another)
    assert rho["FC", "FR"] == 1.0 and rho["WOE", "WC"] == 1.0
    log = json.loads(Path(result["LOG"]).read_text())
    assert log["settings"]["seed_used"] == 1 and log["algorithm"] == "alsa:comparebivariate"
    assert log["qgis_version"] and log["parameters"]["CLASSES"] == "10,5,3" and log["parameters"]["SEED"] == 1
    assert log["counts"]["test_landslide_cells"] > 0 and log["counts"]["spearman_cells"] == log["counts"]["valid_cells"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(p).name for p in log["files"])


@pytest.mark.parametrize(
    "changes, match",
    [
        ({"CLASSES": "10,five,3"}, "CLASSES: 'five' is not a whole number of classes"),
        ({"CLASSES": "10,1"}, "CLASSES: '1' is not a whole number of classes from 2"),
        ({"CONTINUOUS_FACTORS": [], "CLASSIFIED_FACTORS": [str(ECUADOR / "slope.tif")]}, "meaningless"),
    ],
)
def test_bad_input_raises_and_writes_nothing(algorithm, tmp_path, changes, match):
    import processing

    folder = tmp_path / "bad"
    before = set(Path(tempfile.gettempdir()).glob("alsa-*"))
    with pytest.raises(QgsProcessingException, match=match):
        processing.run(algorithm, ecuador_parameters(folder, **changes))
    assert not folder.exists()
    assert set(Path(tempfile.gettempdir()).glob("alsa-*")) <= before  # the exported layers' folder is gone
