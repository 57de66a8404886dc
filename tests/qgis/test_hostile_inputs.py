"""Hostile inputs through the real algorithms (issue 7): a table of bad layers and parameters, each with
the message the user must see, and after a refusal no file in the output folder and no temporary folder.

Rows marked ``note`` run and must say something in the feedback and the run log. Job-level twins of
these cases, and the measured memory model, are in ``tests/unit/test_hostile_inputs.py``; termination
signals under qgis_process are at the end of this file.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from geodata import CELL, EPSG, ORIGIN, write_points, write_tif
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from alsa.alsa_plugin.gis.gdal_state import gdal_exceptions
from alsa.alsa_plugin.jobs import inputs

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"  # ../shared/data beside the repository
SHAPE = (60, 80)
RNG = np.random.default_rng(5)


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps every line pushed to it."""

    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


def write_raster(path, arrays, dtype=gdal.GDT_Float32, nodata=None, crs=True):
    arrays = arrays if isinstance(arrays, list) else [arrays]
    with gdal_exceptions():
        ds = gdal.GetDriverByName("GTiff").Create(str(path), arrays[0].shape[1], arrays[0].shape[0], len(arrays), dtype)
        ds.SetGeoTransform((ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL))
        if crs:
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(EPSG)
            ds.SetProjection(srs.ExportToWkt())
        for i, a in enumerate(arrays, start=1):
            if nodata is not None:
                ds.GetRasterBand(i).SetNoDataValue(nodata)
            ds.GetRasterBand(i).WriteArray(a)
        ds = None
    return str(path)


def vector(path, geometries, fields=None):
    """A GeoPackage layer of WKT ``geometries`` with ``fields`` {name: (ogr type, values)}."""
    with gdal_exceptions():
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        layer = ds.CreateLayer("layer", srs, ogr.CreateGeometryFromWkt(geometries[0]).GetGeometryType())
        for name, (kind, _) in (fields or {}).items():
            layer.CreateField(ogr.FieldDefn(name, kind))
        for k, wkt in enumerate(geometries):
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            for name, (_, values) in (fields or {}).items():
                if values[k] is None:
                    f.SetFieldNull(name)
                else:
                    f.SetField(name, values[k])
            layer.CreateFeature(f)
        ds = None
    return str(path)


def centre(r, c):
    return ORIGIN[0] + (c + 0.5) * CELL, ORIGIN[1] - (r + 0.5) * CELL


CELLS = [(r, c) for r in range(3, 57, 4) for c in range(2, 78, 5)]


@pytest.fixture
def h(tmp_path, monkeypatch, alsa_provider):
    """Good inputs to spoil, an output folder, and a private temp folder (no other run's ``alsa-*`` in it)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    d = tmp_path / "in"
    d.mkdir()
    slope = (RNG.random(SHAPE) * 40).astype(np.float32)
    ls = np.zeros(SHAPE, np.uint8)
    for r, c in CELLS:
        ls[r, c] = 1
    return {
        "dir": d,
        "tmp": tmp_path / "tmp",
        "out": tmp_path / "out",
        "slope_values": slope,
        "slope": write_tif(d / "slope.tif", slope, nodata=-9999),
        "wet": write_tif(d / "wet.tif", RNG.random(SHAPE).astype(np.float32), nodata=-9999),
        "geology": write_tif(d / "geology.tif", RNG.integers(1, 6, SHAPE).astype(np.uint8), nodata=0),
        "points": write_points(d / "ls.gpkg", CELLS),
        "ls_raster": write_tif(d / "ls.tif", ls),
    }


def study(h, **kw):
    """The parameters of a method algorithm on the good inputs, with ``kw`` replacing some."""
    params = {
        "LANDSLIDES": h["points"],
        "CONTINUOUS_FACTORS": [h["slope"], h["wet"]],
        "CLASSIFIED_FACTORS": [h["geology"]],
        "SEED": 3,
        "OUTPUT_FOLDER": str(h["out"]),
    }
    params.update(kw)
    return params


def weighted_points(h, values, kind=ogr.OFTReal):
    return vector(
        h["dir"] / "wp.gpkg", [f"POINT ({x} {y})" for x, y in (centre(*rc) for rc in CELLS)], {"w": (kind, values)}
    )


def with_marker(h, marker, dtype=np.float32, gdal_type=gdal.GDT_Float32, name="bad.tif"):
    values = h["slope_values"].astype(dtype)
    values[:, :5] = marker
    return write_raster(h["dir"] / name, values, gdal_type)


def truncated(h):
    path = h["dir"] / "truncated.tif"
    write_tif(path, h["slope_values"], nodata=-9999)
    os.truncate(path, os.path.getsize(path) // 2)
    return str(path)


def tiny_disk(h):
    mount = h["dir"].parent / "tiny"
    mount.mkdir(exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    h.setdefault("mounts", []).append(mount)
    return mount


def read_only_folder(h):
    folder = h["dir"].parent / "ro"
    folder.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        if subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True
        ).returncode:
            pytest.skip("cannot mount a read-only file system here")
        h.setdefault("mounts", []).append(folder)
    else:
        folder.chmod(0o555)
    return folder


def full_disk_params(h):
    big = (RNG.random((700, 700)) * 40).astype(np.float32)
    slope = write_tif(h["dir"] / "big.tif", big, nodata=-9999)
    pts = write_points(h["dir"] / "bp.gpkg", [(r, c) for r in range(5, 700, 20) for c in range(5, 700, 25)])
    h["out"] = tiny_disk(h) / "out"
    return study(h, LANDSLIDES=pts, CONTINUOUS_FACTORS=[slope], CLASSIFIED_FACTORS=[], OUTPUT_FOLDER=str(h["out"]))


def read_only_reclassify(h):
    folder = read_only_folder(h)
    h["out"] = folder
    return {"INPUT": h["slope"], "N_CLASSES": 5, "OUTPUT": str(folder / "classes.tif")}


def folder_as_table(h):
    h["out"].mkdir()
    return {"INPUT": h["slope"], "LANDSLIDES": h["points"], "OUTPUT_TABLE": str(h["out"])}


def too_small_cells(h, monkeypatch):
    monkeypatch.setattr(inputs, "available_memory", lambda: 300 << 20)
    return study(h, CELL_SIZE=0.25)


def outside_extent(h):
    ls = np.zeros(SHAPE, np.uint8)
    ls[10:20, 2:8] = 1
    x0, y1 = ORIGIN
    extent = f"{x0 + 40 * CELL},{x0 + 80 * CELL},{y1 - 60 * CELL},{y1} [EPSG:{EPSG}]"
    return study(h, LANDSLIDES=write_tif(h["dir"] / "west.tif", ls), EXTENT=extent)


def class_zero(h):
    geology = RNG.integers(1, 6, SHAPE).astype(np.uint8)
    geology[:, :8] = 0
    return study(h, CLASSIFIED_FACTORS=[write_tif(h["dir"] / "geo0.tif", geology)])


@dataclass
class Row:
    id: str
    algorithm: str
    params: Callable  # (h) or (h, monkeypatch) -> parameters
    expect: str  # a regex of the message (refused) or of a line in the feedback and the log (note)
    note: bool = False


METHOD = "certaintyfactor"
ROWS = [
    # --- done in study_parameters.py (issue 7, by the lead), kept in the table
    Row(
        "weight-field-missing",
        METHOD,
        lambda h: study(h, LANDSLIDES=weighted_points(h, [1.0] * len(CELLS)), WEIGHT_FIELD="nope"),
        r"WEIGHT_FIELD: the layer .* has no field 'nope'; its numeric fields are",
    ),
    Row(
        "weight-field-text",
        METHOD,
        lambda h: study(h, LANDSLIDES=weighted_points(h, ["a"] * len(CELLS), ogr.OFTString), WEIGHT_FIELD="w"),
        r"WEIGHT_FIELD.*'w'.*(not numbers|numeric)",
    ),
    Row(
        "weights-null-and-zero",
        METHOD,
        lambda h: study(h, LANDSLIDES=weighted_points(h, [None, 0.0] + [1.0] * (len(CELLS) - 2)), WEIGHT_FIELD="w"),
        r"LANDSLIDES: 1 of \d+ points have a NULL 'w' and are left out",
        note=True,
    ),
    Row(
        "weights-all-zero",
        METHOD,
        lambda h: study(
            h,
            LANDSLIDES=weighted_points(h, [0.0, None] * (len(CELLS) // 2) + [0.0] * (len(CELLS) % 2)),
            WEIGHT_FIELD="w",
        ),
        r"WEIGHT_FIELD: every weight in 'w' of .* is 0 or NULL",
    ),
    Row(
        "line-landslides",
        METHOD,
        lambda h: study(
            h,
            LANDSLIDES=vector(
                h["dir"] / "lines.gpkg", ["LINESTRING ({} {}, {} {})".format(*centre(5, 5), *centre(20, 30))]
            ),
        ),
        r"LANDSLIDES: the layer .* holds line features; landslides are points, polygons or a 0/1 raster",
    ),
    Row("point-mask", METHOD, lambda h: study(h, MASK=h["points"]), r"MASK.*point"),
    Row(
        "factor-without-crs",
        METHOD,
        lambda h: study(h, CONTINUOUS_FACTORS=[write_raster(h["dir"] / "nocrs.tif", h["slope_values"], crs=False)]),
        r"CONTINUOUS_FACTORS \('nocrs'\): the layer 'nocrs' has no CRS; set it in QGIS",
    ),
    Row(
        "test-equals-landslides",
        METHOD,
        lambda h: study(h, TEST_LANDSLIDES=h["points"]),
        r"TEST_LANDSLIDES is the same layer as LANDSLIDES",
        note=True,
    ),
    # --- 2a: nodata markers analysed as data
    Row(
        "marker-9999",
        METHOD,
        lambda h: study(h, CONTINUOUS_FACTORS=[with_marker(h, -9999.0), h["wet"]]),
        r"continuous factor 'bad': 300 cells hold -9999, far outside all the other values .* declares no nodata "
        r"value.*gdal_edit.py -a_nodata -9999 .*Assign a specified nodata value",
    ),
    Row(
        "marker-float32-min",
        METHOD,
        lambda h: study(h, CONTINUOUS_FACTORS=[with_marker(h, float(np.finfo(np.float32).min))]),
        r"'bad': 300 cells hold -3.4028234663852886e\+38, far outside "
        r".*gdal_edit.py -a_nodata -3.4028234663852886e\+38",
    ),
    Row(
        "marker-65535",
        METHOD,
        lambda h: study(h, CONTINUOUS_FACTORS=[with_marker(h, 65535, np.uint16, gdal.GDT_UInt16)]),
        r"'bad': 300 cells hold 65535, far outside",
    ),
    Row(
        "marker-compare",
        "comparebivariate",
        lambda h: study(h, CONTINUOUS_FACTORS=[with_marker(h, -9999.0)], OPT_PRECISION=1),
        r"'bad': 300 cells hold -9999",
    ),
    # --- 2b: landslide rasters
    Row(
        "fractional-landslides",
        METHOD,
        lambda h: study(h, LANDSLIDES=write_tif(h["dir"] / "p.tif", (RNG.random(SHAPE) * 0.95).astype(np.float32))),
        r"LANDSLIDES: \d+ cells hold values that are not whole numbers .* a landslide raster holds 1 in landslide "
        r"cells and 0 elsewhere",
    ),
    Row(
        "fractional-landslides-evaluate",
        "evaluate",
        lambda h: {
            "INPUT": h["slope"],
            "LANDSLIDES": write_tif(h["dir"] / "p.tif", np.full(SHAPE, 0.5, np.float32)),
            "OUTPUT_TABLE": str(h["out"] / "rates.csv"),
        },
        r"LANDSLIDES: 4800 cells hold values that are not whole numbers",
    ),
    Row(
        "all-zero-landslides",
        METHOD,
        lambda h: study(h, LANDSLIDES=write_tif(h["dir"] / "z.tif", np.zeros(SHAPE, np.uint8))),
        r"LANDSLIDES: the raster .* holds no landslide cell at all \(every cell is 0 or nodata\)",
    ),
    Row(
        "landslides-outside-extent",
        METHOD,
        outside_extent,
        r"LANDSLIDES: the raster's landslide cells all lie outside the processing extent",
    ),
    # --- 3: memory
    Row(
        "cell-size-too-small",
        METHOD,
        too_small_cells,
        r"CELL_SIZE: the grid of 2400 × 3200 = 7,680,000 cells \(cell size 0.25\) with 3 factors needs about \d+ MB "
        r"of memory, but only 300 MB is available; nothing was read",
    ),
    # --- 5: damaged input, disks, outputs
    Row(
        "truncated-factor",
        METHOD,
        lambda h: study(h, CONTINUOUS_FACTORS=[h["slope"], truncated(h)]),
        r"continuous factor 'truncated': the pixels of .* cannot be read .* the file is damaged or incomplete",
    ),
    Row(
        "truncated-reclassify",
        "reclassify",
        lambda h: {"INPUT": truncated(h), "N_CLASSES": 4, "OUTPUT": str(h["out"] / "c.tif")},
        r"INPUT: the pixels of .* cannot be read",
    ),
    Row(
        "full-disk",
        METHOD,
        full_disk_params,
        r"the disk holding '.*tiny/out' is full \(\d+ MB free\): the outputs could not be written \(.*\)\. Nothing "
        r"was written; free some space",
    ),
    Row(
        "read-only-reclassify-output",
        "reclassify",
        read_only_reclassify,
        r"OUTPUT: the folder '.*ro' is not writable; choose a folder you can write to",
    ),
    Row(
        "output-table-is-a-folder", "evaluate", folder_as_table, r"OUTPUT_TABLE: '.*out' is a folder; give a file name"
    ),
    Row(
        "lsi-named-asc",
        METHOD,
        lambda h: study(h, OUTPUT_LSI=str(h["out"] / "LSI.asc")),
        r"OUTPUT_LSI: '.*LSI.asc' is a \.asc name, but the plugin writes GeoTIFF rasters; name it 'LSI.tif'",
    ),
    # --- 6: a word where a word is needed
    Row(
        "multi-band-factor",
        METHOD,
        lambda h: study(h, CONTINUOUS_FACTORS=[write_raster(h["dir"] / "rgb.tif", [h["slope_values"]] * 3)]),
        r"continuous factor 'rgb': the raster has 3 bands; band 1 is used",
        note=True,
    ),
    Row(
        "class-zero",
        METHOD,
        class_zero,
        r"classified factor 'geo0': 480 of 4800 valid cells \(10.0%\) hold class 0 and the raster declares no "
        r"nodata value.*gdal_edit.py -a_nodata 0",
        note=True,
    ),
    Row(
        "flat-slope-zero-everywhere",
        METHOD,
        lambda h: study(h, FLAT_SLOPE=write_tif(h["dir"] / "flat.tif", np.zeros(SHAPE, np.float32))),
        r"FLAT_SLOPE: the slope raster is 0 in every valid cell, so the flat-area constraint would give every cell "
        r"a null LSI",
    ),
]


def alsa_temp_folders(h) -> list[str]:
    return [p.name for p in h["tmp"].iterdir() if p.name.startswith("alsa-")]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_hostile_input(h, row, monkeypatch):
    import processing

    builder = row.params
    try:
        params = builder(h, monkeypatch) if builder.__code__.co_argcount == 2 else builder(h)
        feedback = Recorder()
        if row.note:
            res = processing.run(f"alsa:{row.algorithm}", params, feedback=feedback)
            assert any(re.search(row.expect, line) for line in feedback.lines), feedback.lines
            notes = json.loads(Path(res["LOG"]).read_text())["notes"]
            assert any(re.search(row.expect, n) for n in notes), notes
        else:
            with pytest.raises(QgsProcessingException, match=row.expect) as info:
                processing.run(f"alsa:{row.algorithm}", params, feedback=feedback)
            assert "Traceback" not in str(info.value)
            out = Path(h["out"])
            assert not out.exists() or [p.name for p in out.iterdir()] == []
        assert alsa_temp_folders(h) == []
    finally:
        for mount in h.get("mounts", []):
            subprocess.run(["umount", str(mount)], check=False)
        ro = h["dir"].parent / "ro"
        if ro.exists() and os.geteuid() != 0:
            ro.chmod(0o755)


def test_a_memory_error_is_named_not_a_traceback():
    from alsa.processing_provider.feedback import processing_errors

    with pytest.raises(QgsProcessingException, match="Not enough memory for this run: no output file was written"):
        with processing_errors():
            raise MemoryError


def test_the_gdal_mode_after_an_algorithm_is_what_it_was(h):
    """A QGIS session's GDAL exception mode is the user's: running an algorithm leaves it as it found it."""
    import processing

    for start in (False, True):
        for m in (gdal, ogr, osr) if start else (osr, ogr, gdal):  # GDAL 3.6 chains the handlers: undo in reverse
            m.UseExceptions() if start else m.DontUseExceptions()
        processing.run(f"alsa:{METHOD}", study(h, OUTPUT_FOLDER=str(h["out"] / str(start))))
        with pytest.raises(QgsProcessingException):
            processing.run(f"alsa:{METHOD}", study(h, CONTINUOUS_FACTORS=[with_marker(h, -9999.0)]))
        assert (gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()) == (start,) * 3
    for m in (osr, ogr, gdal):
        m.UseExceptions()  # what the test helpers expect


# --- 4: termination signals -----------------------------------------------------------------------------------


def test_a_signal_stops_the_run_cleans_up_and_reaches_the_previous_handler(h):
    """In the main thread: the run stops with a message, the previous Python handler is called after the
    cleanup and is in place again afterwards."""
    from alsa.processing_provider.feedback import stop_on_signals

    seen = []

    def previous(signum, frame):
        seen.append((signum, [p.name for p in h["dir"].iterdir() if p.name.startswith("staged")]))

    old = signal.signal(signal.SIGTERM, previous)
    try:
        (h["dir"] / "staged").write_text("x")
        with pytest.raises(QgsProcessingException, match="Stopped by SIGTERM: the run was interrupted"):
            with stop_on_signals():
                try:
                    assert signal.getsignal(signal.SIGTERM) is not previous
                    os.kill(os.getpid(), signal.SIGTERM)
                    time.sleep(5)  # the handler interrupts this
                    pytest.fail("the signal did not stop the run")
                finally:
                    (h["dir"] / "staged").unlink()  # cleanup on the way out
        assert seen == [(signal.SIGTERM, [])]  # handed on after the cleanup
        assert signal.getsignal(signal.SIGTERM) is previous
    finally:
        signal.signal(signal.SIGTERM, old)


def test_a_stop_that_comes_out_as_another_exception_is_still_a_stop():
    """Raised inside a numba kernel's dispatch, the stop surfaces as SystemError: still 'Stopped by SIGINT'."""
    from alsa.processing_provider.feedback import stop_on_signals

    seen = []
    old = signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))
    try:
        with pytest.raises(QgsProcessingException, match="Stopped by SIGINT"):
            with stop_on_signals():
                try:
                    os.kill(os.getpid(), signal.SIGINT)
                    time.sleep(5)
                except BaseException as exc:
                    raise SystemError("CPUDispatcher(...) returned a result with an exception set") from exc
        assert seen == [signal.SIGINT]
    finally:
        signal.signal(signal.SIGINT, old)


def test_no_handler_is_installed_outside_the_main_thread():
    from alsa.processing_provider.feedback import stop_on_signals

    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    during = {}

    def worker():
        with stop_on_signals():
            during.update({s: signal.getsignal(s) for s in before})

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert during == before


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    sys.path.insert(0, str(REPO / "scripts"))
    import qgis_profile

    root = tmp_path_factory.mktemp("qgis-profile")
    qgis_profile.install(root)
    return root, qgis_profile


@pytest.mark.parametrize("signame,status", [("SIGTERM", -signal.SIGTERM), ("SIGINT", 1)])
def test_qgis_process_stopped_by_a_signal_leaves_nothing_behind(profile, tmp_path, signame, status):
    """alsa:comparebivariate under qgis_process, stopped once its first LSI is staged: no partial file, no
    temporary folder; SIGTERM then ends the process as the default action does, SIGINT fails the run."""
    root, qgis_profile = profile
    ecuador = DATA / "ecuador"
    out = tmp_path / "out"
    args = [
        qgis_profile.qgis_process_executable(),
        "run",
        "alsa:comparebivariate",
        "--",
        f"LANDSLIDES={ecuador / 'landslides.gpkg'}",
        f"CONTINUOUS_FACTORS={ecuador / 'slope.tif'}",
        f"CONTINUOUS_FACTORS={ecuador / 'elev.tif'}",
        f"CONTINUOUS_FACTORS={ecuador / 'cplan.tif'}",
        "OPT_PRECISION=3",
        "SEED=1",
        f"OUTPUT_FOLDER={out}",
    ]
    env = qgis_profile.qgis_env(root)
    env["TMPDIR"] = str(tmp_path / "tmp")  # the run's temporary folder goes here: nothing else uses it
    (tmp_path / "tmp").mkdir()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 300
        while not (out.is_dir() and any(p.name.startswith(".partial-") for p in out.iterdir())):
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "no partial output appeared"
            time.sleep(0.2)
        assert [p.name for p in (tmp_path / "tmp").iterdir() if p.name.startswith("alsa-")]  # the run's own
        proc.send_signal(getattr(signal, signame))
        log, _ = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == status, log[-2000:]
    assert not out.exists() or list(out.iterdir()) == []
    assert [p.name for p in (tmp_path / "tmp").iterdir() if p.name.startswith("alsa-")] == []
    if signame == "SIGINT":
        assert "Stopped by SIGINT: the run was interrupted and no output file was written." in log
