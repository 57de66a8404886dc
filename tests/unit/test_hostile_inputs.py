"""Hostile inputs at the job level (issue 7): each one refused with a message that names the layer or
parameter and says what to do, or run with a note, and a refused run writes nothing.

The same inputs go through the real Processing algorithms in ``tests/qgis/test_hostile_inputs.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from geodata import CELL, EPSG, ORIGIN, write_points, write_tif
from osgeo import gdal, osr

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.gis import leftovers
from alsa.alsa_plugin.gis.gdal_state import gdal_exceptions
from alsa.alsa_plugin.gis.outputs import StagedFiles, write_geotiff
from alsa.alsa_plugin.jobs import inputs
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.compare_job import CompareSettings, run_compare
from alsa.alsa_plugin.jobs.evaluate_job import EvaluateRequest, run_evaluate
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest
from alsa.alsa_plugin.jobs.reclassify_job import run_reclassify

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"  # ../shared/data beside the repository
SHAPE = (60, 80)
RNG = np.random.default_rng(11)


def write_raster(path, arrays, dtype=gdal.GDT_Float32, nodata=None):
    """A GeoTIFF of one or more bands (any GDAL type) on the test lattice."""
    arrays = arrays if isinstance(arrays, list) else [arrays]
    with gdal_exceptions():
        ds = gdal.GetDriverByName("GTiff").Create(str(path), arrays[0].shape[1], arrays[0].shape[0], len(arrays), dtype)
        ds.SetGeoTransform((ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        ds.SetProjection(srs.ExportToWkt())
        for i, a in enumerate(arrays, start=1):
            band = ds.GetRasterBand(i)
            if nodata is not None:
                band.SetNoDataValue(nodata)
            band.WriteArray(a)
        ds = None
    return str(path)


@pytest.fixture
def study(tmp_path, monkeypatch):
    """Two continuous factors, one classified, landslide points and a 0/1 landslide raster (60 × 80 cells)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # our own temp folder: nothing else in it
    (tmp_path / "tmp").mkdir()
    d = tmp_path / "in"
    d.mkdir()
    slope = (RNG.random(SHAPE) * 40).astype(np.float32)
    cells = [(r, c) for r in range(3, 57, 4) for c in range(2, 78, 5)]
    ls = np.zeros(SHAPE, np.uint8)
    for r, c in cells:
        ls[r, c] = 1
    return {
        "dir": d,
        "out": tmp_path / "out",
        "tmp": tmp_path / "tmp",
        "slope_values": slope,
        "slope": write_tif(d / "slope.tif", slope, nodata=-9999),
        "wet": write_tif(d / "wet.tif", RNG.random(SHAPE).astype(np.float32), nodata=-9999),
        "geology": write_tif(d / "geology.tif", RNG.integers(1, 6, SHAPE).astype(np.uint8), nodata=0),
        "points": write_points(d / "ls.gpkg", cells),
        "ls_raster": write_tif(d / "ls.tif", ls),
        "cells": cells,
    }


def request(s, factors=None, **kw):
    factors = factors or [FactorSource("slope", s["slope"]), FactorSource("wet", s["wet"])]
    return StudyRequest(factors, kw.pop("landslides", LandslideSource(s["points"])), **kw)


def bivariate(s, req, **kw):
    return run_bivariate(req, BivariateSettings("CF", seed=1), s["out"], **kw)


def nothing_written(s, folder=None):
    folder = Path(folder or s["out"])
    assert not folder.exists() or list(folder.iterdir()) == [], list(folder.iterdir())
    assert [p.name for p in s["tmp"].iterdir()] == []  # no temporary folder left either


def refused(s, pattern, call, *args, folder=None, **kw):
    with pytest.raises(AlsaInputError, match=pattern) as info:
        call(*args, **kw)
    nothing_written(s, folder)
    return str(info.value)


# --- 2a: nodata markers analysed as data -----------------------------------------------------------------


@pytest.mark.parametrize(
    "marker,dtype,gdal_type",
    [
        (-9999.0, np.float32, gdal.GDT_Float32),
        (float(np.finfo(np.float32).min), np.float32, gdal.GDT_Float32),
        (65535, np.uint16, gdal.GDT_UInt16),
        (-10000.0, np.float32, gdal.GDT_Float32),  # no usual marker, but 250 spreads away from the data
    ],
    ids=["-9999", "-3.4e38", "65535", "far-outlier"],
)
def test_a_nodata_marker_without_a_nodata_tag_is_refused_and_says_how_to_declare_it(study, marker, dtype, gdal_type):
    values = study["slope_values"].astype(dtype)
    values[:, :5] = marker  # the left edge: outside the data
    path = write_raster(study["dir"] / "bad.tif", values, gdal_type)
    text = refused(
        study,
        r"continuous factor 'bad': 300 cells hold",
        bivariate,
        study,
        request(study, [FactorSource("bad", path), FactorSource("wet", study["wet"])]),
    )
    exact = inputs.exact(float(dtype(marker)))
    assert f"gdal_edit.py -a_nodata {exact} " in text and path in text
    assert "declares no nodata value" in text and "Assign a specified nodata value" in text


def test_evaluate_and_reclassify_refuse_a_marker_too(study):
    values = study["slope_values"].copy()
    values[:, :5] = -9999
    path = write_tif(study["dir"] / "lsi.tif", values)
    refused(
        study,
        r"INPUT: 300 cells hold -9999, .*its cells would be ranked as the least \(or most\) susceptible",
        run_evaluate,
        EvaluateRequest(path, LandslideSource(study["points"])),
        study["out"] / "r.csv",
    )
    refused(
        study, r"INPUT: 300 cells hold -9999, .*stretch the classes", run_reclassify, path, study["out"] / "c.tif", 5
    )


@pytest.mark.parametrize(
    "value,marker",
    [
        (-9999, True),
        (-99999.0, True),
        (9999, True),
        (-999, True),
        (65535, True),
        (-32768, True),
        (255, True),
        (-3.4028234663852886e38, True),
        (1e30, True),
        (-99, False),
        (0, False),
        (1000, False),
        (-9998, False),
    ],
)
def test_sentinel_like(value, marker):
    assert inputs.sentinel_like(value) is marker


def test_exact_reads_back_the_same_number():
    assert inputs.exact(-9999.0) == "-9999"
    assert float(inputs.exact(float(np.finfo(np.float32).min))) == float(np.finfo(np.float32).min)
    assert np.float32(float(inputs.exact(float(np.finfo(np.float32).min)))) == np.finfo(np.float32).min


def test_the_measured_case_real_slope_without_its_nodata_tag_is_refused(study):
    """Ecuador's slope with its −9999 tag removed: every real value would be squeezed into [0.992, 1]."""
    path = study["dir"] / "slope_untagged.tif"
    with gdal_exceptions():
        gdal.Translate(str(path), str(DATA / "ecuador" / "slope.tif"))
        ds = gdal.Open(str(path), gdal.GA_Update)
        ds.GetRasterBand(1).DeleteNoDataValue()
        ds = None
    factors = [FactorSource("slope", str(path)), FactorSource("elev", str(DATA / "ecuador" / "elev.tif"))]
    req = StudyRequest(factors, LandslideSource(str(DATA / "ecuador" / "landslides.gpkg")))
    # the marker cells are outside elev's data too, so they are not valid cells: no harm, no refusal
    bivariate(study, req)
    shutil.rmtree(study["out"])
    req = StudyRequest(factors[:1], LandslideSource(str(DATA / "ecuador" / "landslides.gpkg")))
    refused(study, r"'slope': 619 cells hold -9999, far outside all the other values \(0 to 76", bivariate, study, req)


def test_a_marker_outside_the_valid_cells_is_harmless(study):
    values = study["slope_values"].copy()
    values[:, :5] = -9999
    path = write_tif(study["dir"] / "edge.tif", values)  # no tag
    wet = RNG.random(SHAPE).astype(np.float32)
    wet[:, :5] = -9999
    wet_path = write_tif(study["dir"] / "wet_tagged.tif", wet, nodata=-9999)  # the same cells are nodata here
    out = bivariate(study, request(study, [FactorSource("edge", path), FactorSource("wet", wet_path)]))
    assert out.log["counts"]["valid_cells"] == SHAPE[0] * (SHAPE[1] - 5)


@pytest.mark.parametrize("name", ["cplan", "cprof", "elev", "log10_carea", "slope"])
def test_no_false_alarm_on_real_factors(study, name):
    req = StudyRequest(
        [FactorSource(name, str(DATA / "ecuador" / f"{name}.tif"))],
        LandslideSource(str(DATA / "ecuador" / "landslides.gpkg")),
    )
    bivariate(study, req)


def test_no_false_alarm_on_binary_or_long_tailed_factors(study):
    binary = (RNG.random(SHAPE) > 0.5).astype(np.float32)
    tail = RNG.lognormal(0, 2, SHAPE).astype(np.float32)  # a long right tail, no marker
    factors = [FactorSource("binary", write_tif(study["dir"] / "b.tif", binary))]
    factors += [FactorSource("tail", write_tif(study["dir"] / "t.tif", tail))]
    bivariate(study, request(study, factors))


# --- 2b: landslide rasters -----------------------------------------------------------------------------------


def test_a_fractional_landslide_raster_is_refused(study):
    probability = (RNG.random(SHAPE) * 0.95).astype(np.float32)
    path = write_tif(study["dir"] / "prob.tif", probability)
    refused(
        study,
        r"LANDSLIDES: \d+ cells hold values that are not whole numbers .*holds 1 in landslide cells and 0",
        bivariate,
        study,
        request(study, landslides=LandslideSource(path, raster=True)),
    )
    with pytest.raises(AlsaInputError, match="LANDSLIDES: .* not whole numbers"):
        run_evaluate(EvaluateRequest(study["slope"], LandslideSource(path, raster=True)), study["out"] / "r.csv")
    nothing_written(study)


def test_whole_counts_in_a_landslide_raster_are_fine(study):
    counts = np.zeros(SHAPE, np.uint8)
    counts[5:50:5, 5:70:6] = 2
    out = bivariate(
        study, request(study, landslides=LandslideSource(write_tif(study["dir"] / "n.tif", counts), raster=True))
    )
    assert out.log["counts"]["training_landslide_weight"] + out.log["counts"]["test_landslide_weight"] == counts.sum()


def test_an_all_zero_landslide_raster_says_so(study):
    path = write_tif(study["dir"] / "zero.tif", np.zeros(SHAPE, np.uint8))
    refused(
        study,
        r"LANDSLIDES: the raster .*zero.tif' holds no landslide cell at all \(every cell is 0 or nodata\)",
        bivariate,
        study,
        request(study, landslides=LandslideSource(path, raster=True)),
    )


def test_landslides_outside_the_extent_say_so(study):
    x0, y1 = ORIGIN
    extent = (x0 + 40.5 * CELL, y1 - 60 * CELL, x0 + 80 * CELL, y1 - 0.5 * CELL)  # columns 40… : no landslide
    ls = np.zeros(SHAPE, np.uint8)
    ls[10:20, 2:8] = 1
    path = write_tif(study["dir"] / "west.tif", ls)
    refused(
        study,
        r"LANDSLIDES: the raster's landslide cells all lie outside the processing extent",
        bivariate,
        study,
        request(study, landslides=LandslideSource(path, raster=True), extent=extent),
    )


# --- 3: memory -------------------------------------------------------------------------------------------------


def test_a_grid_too_big_for_the_memory_is_refused_before_anything_is_read(study, monkeypatch):
    monkeypatch.setattr(inputs, "available_memory", lambda: 300 << 20)
    read = []
    monkeypatch.setattr(inputs, "read_factor", lambda *a, **k: read.append(a))
    text = refused(
        study,
        r"CELL_SIZE: the grid of 2400 × 3200 = 7,680,000 cells \(cell size 0.25\) with 2 factors needs about "
        r"\d+ MB of memory, but only 300 MB is available; nothing was read\. Choose a larger CELL_SIZE "
        r"\(a CELL_SIZE of about [\d.]+ or more would fit\)",
        bivariate,
        study,
        request(study, cell_size=0.25),
    )
    assert read == []
    suggested = float(text.split("a CELL_SIZE of about ")[1].split()[0])
    grid_cells = (SHAPE[0] * CELL / suggested) * (SHAPE[1] * CELL / suggested)
    need = inputs.BASE_BYTES + (inputs.PER_CELL["bivariate"] + 2 * inputs.PER_FACTOR) * grid_cells
    assert need <= 300 << 20  # the suggestion fits


def test_the_comparison_needs_more_memory_than_one_method(study, monkeypatch):
    req = request(study, cell_size=0.5)
    grid_cells = 1200 * 1600
    from alsa.alsa_plugin.gis.grid import make_grid, raster_info

    grid = make_grid(raster_info(study["slope"], "slope"), cell=0.5)
    one, compare = inputs.study_memory(grid, req), inputs.study_memory(grid, req, "compare")
    assert compare - one == (inputs.PER_CELL["compare"] - inputs.PER_CELL["bivariate"]) * grid_cells
    monkeypatch.setattr(inputs, "available_memory", lambda: (one + compare) // 2)
    bivariate(study, request(study, cell_size=0.5))  # fits
    shutil.rmtree(study["out"])
    refused(
        study,
        "CELL_SIZE: the grid of 1200 × 1600",
        run_compare,
        req,
        CompareSettings(opt_precision=1, seed=1),
        study["out"],
    )


def test_evaluate_and_reclassify_refuse_a_raster_too_big_for_the_memory(study, monkeypatch):
    monkeypatch.setattr(inputs, "available_memory", lambda: 100 << 20)
    monkeypatch.setattr(inputs, "BASE_BYTES", 100 << 20)
    refused(
        study,
        r"INPUT: the raster has 4,800 cells and needs about .* but only 100 MB is available; resample",
        run_evaluate,
        EvaluateRequest(study["slope"], LandslideSource(study["points"])),
        study["out"] / "r.csv",
    )
    refused(study, r"INPUT: the raster has 4,800 cells", run_reclassify, study["slope"], study["out"] / "c.tif", 5)


def test_available_memory_reads_meminfo():
    with open("/proc/meminfo") as fh:
        total = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("MemTotal:"))
    assert 0 < inputs.available_memory() <= total


MEASURE = """
import json, sys
sys.path.insert(0, {root!r})
from alsa.alsa_plugin.jobs.bivariate_job import BivariateSettings, run_bivariate
from alsa.alsa_plugin.jobs.compare_job import CompareSettings, run_compare
from alsa.alsa_plugin.jobs.inputs import FactorSource, LandslideSource, StudyRequest, study_memory
from alsa.alsa_plugin.gis.grid import make_grid, raster_info
f = json.loads({files!r})
def rss(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) * 1024
req = StudyRequest([FactorSource(f"f{{i}}", p) for i, p in enumerate(f["factors"])], LandslideSource(f["points"]))
base = rss("VmRSS")
if f["job"] == "compare":
    run_compare(req, CompareSettings(opt_precision=1, seed=1), f["out"])
else:
    run_bivariate(req, BivariateSettings("WOE", optimize=True, opt_precision=1, seed=1), f["out"])
grid = make_grid(raster_info(f["factors"][0], "f"))
print("MEM" + json.dumps([rss("VmHWM") - base, study_memory(grid, req, f["job"])]))
"""


@pytest.mark.parametrize("job", ["bivariate", "compare"])
def test_the_memory_estimate_is_close_to_the_measured_peak(tmp_path, job):
    """The estimate is what the run really takes (resident peak), within a factor 1.6 either way."""
    import alsa

    shape = (1500, 2000)
    rng = np.random.default_rng(2)
    factors = [write_tif(tmp_path / f"f{i}.tif", rng.random(shape).astype(np.float32), nodata=-9999) for i in range(3)]
    points = write_points(tmp_path / "p.gpkg", list(zip(rng.integers(0, 1500, 2000), rng.integers(0, 2000, 2000))))
    files = {"factors": factors, "points": points, "out": str(tmp_path / "out"), "job": job}
    code = MEASURE.format(root=str(Path(alsa.__file__).parent.parent), files=json.dumps(files))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    measured, estimated = json.loads(done.stdout[done.stdout.index("MEM") + 3 :])
    assert measured / 1.6 < estimated < measured * 1.6, (measured, estimated)


# --- 5: damaged inputs, full disks, read-only and folder outputs ----------------------------------------------


def truncated(study, name="truncated.tif"):
    path = study["dir"] / name
    write_tif(path, study["slope_values"], nodata=-9999)
    os.truncate(path, os.path.getsize(path) // 2)
    return str(path)


def test_a_truncated_geotiff_is_named_as_damaged(study):
    path = truncated(study)
    factors = [FactorSource("slope", study["slope"]), FactorSource("cut", path)]
    refused(
        study,
        r"continuous factor 'cut': the pixels of .*truncated.tif' cannot be read \(.*\); the file is "
        r"damaged or incomplete",
        bivariate,
        study,
        request(study, factors),
    )
    refused(study, "INPUT: the pixels of .* cannot be read", run_reclassify, path, study["out"] / "c.tif", 4)
    refused(
        study,
        "INPUT: the pixels of .* cannot be read",
        run_evaluate,
        EvaluateRequest(path, LandslideSource(study["points"])),
        study["out"] / "r.csv",
    )
    refused(study, "FLAT_SLOPE: the pixels of .* cannot be read", bivariate, study, request(study, flat_slope=path))


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB file system (tmpfs; needs root), or a skip."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_named_as_such(study, tiny_disk):
    big = (RNG.random((700, 700)) * 40).astype(np.float32)  # incompressible: 2 MB per raster
    slope = write_tif(study["dir"] / "big.tif", big, nodata=-9999)
    points = write_points(study["dir"] / "bp.gpkg", [(r, c) for r in range(5, 700, 20) for c in range(5, 700, 25)])
    req = StudyRequest([FactorSource("big", slope)], LandslideSource(points))
    out = tiny_disk / "out"
    text = refused(
        study,
        r"the disk holding '.*tiny/out' is full \(\d+ MB free\): the outputs could not be written "
        r"\(.*\)\. Nothing was written; free some space",
        run_bivariate,
        req,
        BivariateSettings("CF", seed=1),
        out,
        folder=out,
    )
    assert "Traceback" not in text
    staged = StagedFiles()
    with pytest.raises(AlsaInputError, match="is full"):  # a CSV/JSON write (OSError ENOSPC) alike
        with staged:
            (tiny_disk / "x").write_bytes(b"0" * (2 << 20))
    (tiny_disk / "x").unlink(missing_ok=True)


def test_a_read_only_output_folder_is_named(study, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("root ignores permissions and cannot mount a read-only file system here")
    else:
        folder.chmod(0o555)
    try:
        refused(
            study,
            r"OUTPUT: the folder '.*ro' is not writable; choose a folder you can write to",
            run_reclassify,
            study["slope"],
            folder / "classes.tif",
            5,
            folder=folder,
        )
        refused(
            study,
            r"OUTPUT_TABLE: the folder '.*ro' is not writable",
            run_evaluate,
            EvaluateRequest(study["slope"], LandslideSource(study["points"])),
            folder / "r.csv",
            folder=folder,
        )
        refused(
            study,
            r"OUTPUT_FOLDER: the folder '.*ro' cannot be written",
            run_bivariate,
            request(study),
            BivariateSettings("CF", seed=1),
            folder,
            folder=folder,
        )
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def test_a_read_only_existing_output_file_is_named(study, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root may write any file")
    target = tmp_path / "classes.tif"
    target.write_bytes(b"old")
    target.chmod(0o444)
    refused(
        study,
        r"OUTPUT: '.*classes.tif' exists and is read-only",
        run_reclassify,
        study["slope"],
        target,
        5,
        folder=tmp_path / "none",
    )
    assert target.read_bytes() == b"old"


def test_an_output_table_that_is_a_folder_is_named(study):
    folder = study["out"]
    folder.mkdir()
    refused(
        study,
        r"OUTPUT_TABLE: '.*out' is a folder; give a file name",
        run_evaluate,
        EvaluateRequest(study["slope"], LandslideSource(study["points"])),
        folder,
    )
    refused(study, r"OUTPUT: '.*out' is a folder; give a file name", run_reclassify, study["slope"], folder, 5)


def test_an_lsi_named_asc_is_refused(study):
    refused(
        study,
        r"OUTPUT_LSI: '.*LSI.asc' is a \.asc name, but the plugin writes GeoTIFF rasters; name it " r"'LSI.tif'",
        bivariate,
        study,
        request(study),
        output_lsi=study["out"] / "LSI.asc",
    )


# --- 6: notes, and FLAT_SLOPE ----------------------------------------------------------------------------------


def test_a_multi_band_raster_gets_a_note(study):
    path = write_raster(
        study["dir"] / "rgb.tif", [study["slope_values"], study["slope_values"] * 2, study["slope_values"]]
    )
    out = bivariate(study, request(study, [FactorSource("rgb", path), FactorSource("wet", study["wet"])]))
    assert any("continuous factor 'rgb': the raster has 3 bands; band 1 is used" in n for n in out.notes)
    ev = run_evaluate(EvaluateRequest(path, LandslideSource(study["points"])), study["dir"] / "r.csv")
    assert any("INPUT: the raster has 3 bands; band 1 is used" in n for n in ev.notes)
    rc = run_reclassify(path, study["dir"] / "c.tif", 4)
    assert any("INPUT: the raster has 3 bands" in n for n in rc.notes)


def test_class_zero_without_nodata_gets_a_note(study):
    geology = RNG.integers(1, 6, SHAPE).astype(np.uint8)
    geology[:, :8] = 0  # the outside, but not declared
    path = write_tif(study["dir"] / "geo0.tif", geology)
    out = bivariate(study, request(study, [FactorSource("slope", study["slope"]), FactorSource("geo", path, True)]))
    note = [n for n in out.notes if "class 0" in n]
    assert note and note[0].startswith(
        "classified factor 'geo': 480 of 4800 valid cells (10.0%) hold class 0 and the "
        "raster declares no nodata value"
    )
    assert "gdal_edit.py -a_nodata 0" in note[0]
    tagged = bivariate(
        study, request(study, [FactorSource("slope", study["slope"]), FactorSource("g", study["geology"], True)])
    )
    assert not [n for n in tagged.notes if "class 0" in n]


def test_a_flat_slope_that_is_zero_everywhere_is_refused(study):
    path = write_tif(study["dir"] / "zero_slope.tif", np.zeros(SHAPE, np.float32))
    refused(
        study,
        r"FLAT_SLOPE: the slope raster is 0 in every valid cell, so the flat-area constraint would give "
        r"every cell a null LSI",
        bivariate,
        study,
        request(study, flat_slope=path),
    )


# --- 4: leftovers of killed runs --------------------------------------------------------------------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_partial_files_of_dead_runs_are_removed_and_nothing_else(study):
    out = study["out"]
    out.mkdir()
    host = leftovers.owner().split(".")[1]
    stale = out / f".partial-{dead_pid()}.{host}.0123abcd-LSI_CF_P3_W0.1.tif"
    stale_aux = out / (stale.name + ".aux.xml")
    alive = out / f".partial-{os.getpid()}.{host}.0123abcd-LSI.tif"  # a run still going on
    other_host = out / f".partial-{dead_pid()}.00000000.0123abcd-LSI.tif"
    foreign = out / ".partial-0123abcd-LSI.tif"  # an earlier plugin version's name: not provably ours
    for p in (stale, stale_aux, alive, other_host, foreign):
        p.write_text("x")
    result = bivariate(study, request(study))
    names = {p.name for p in out.iterdir()}
    assert stale.name not in names and stale_aux.name not in names
    assert {alive.name, other_host.name, foreign.name} <= names
    assert not [n for n in names if n.startswith(".partial-") and n not in {alive.name, other_host.name, foreign.name}]
    assert result.lsi_path.is_file()


def test_stale_work_folders_of_dead_runs_are_removed_and_nothing_else(study):
    tmp = study["tmp"]
    host = leftovers.owner().split(".")[1]
    stale = tmp / f"alsa-{dead_pid()}.{host}-abc123"
    (stale / "sub").mkdir(parents=True)
    (stale / "sub" / "landslides.gpkg").write_text("x")
    alive = tmp / f"alsa-{os.getpid()}.{host}-def456"
    pkgroot = tmp / "alsa-pkgroot-xyz"  # the tests' own package root: no owner in the name
    for p in (alive, pkgroot):
        p.mkdir()
    work = leftovers.make_workdir()
    assert work.parent == tmp and work.name.startswith(f"alsa-{leftovers.owner()}-")
    assert not stale.exists() and alive.is_dir() and pkgroot.is_dir()
    for p in (alive, pkgroot, work):
        p.rmdir()


def test_a_process_that_exists_is_never_called_gone():
    assert not leftovers.process_gone(os.getpid())
    assert not leftovers.process_gone(1)  # init: exists, even when we may not signal it
    assert leftovers.process_gone(dead_pid())


def test_write_geotiff_names_the_failure_without_gdal_noise(study, tiny_disk, capfd):
    from alsa.alsa_plugin.gis.grid import make_grid, raster_info

    grid = make_grid(raster_info(study["slope"], "s"), cell=1.0)  # 600 × 800 cells, 1.9 MB of noise
    with pytest.raises(RuntimeError, match="(?i)write error|no space"):
        write_geotiff(tiny_disk / "a.tif", grid, RNG.random(grid.shape))
    assert "ERROR 1" not in capfd.readouterr().err
