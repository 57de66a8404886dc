"""`make demo`: the plugin in an isolated QGIS profile, certainty factor on the sample, via qgis_process.

1. builds the plugin zip and unpacks it into ``build/qgis-profile`` (``QGIS_CUSTOM_CONFIG_PATH``),
   then ``qgis_process plugins enable alsa``;
2. ``alsa:sampledata`` writes the built-in sample to ``demo_output/sample/``;
3. ``alsa:certaintyfactor`` with bin-width optimisation (P = 3, Q = 2, flat-area constraint
   from the slope, seed 1) writes the LSI and every table to ``demo_output/``;
4. prints the success and prediction rates and the optimal bin width from the JSON results.

A previous demo's output folder (marked by ``.alsa-demo``) is removed first; any other
existing folder of that name is left alone and the demo stops.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_profile import install, qgis_process_executable, run_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MARKER = ".alsa-demo"


def fresh_output(out: Path) -> None:
    """Empty ``out`` if a previous demo made it; refuse any other existing folder."""
    if out.exists():
        if not (out / MARKER).exists():
            sys.exit(f"demo: {out} exists and was not made by the demo; move it away or pass another folder")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("written by `make demo`; removed by the next run\n")


def certainty_factor_params(sample: dict, out: Path) -> list[tuple[str, str]]:
    """qgis_process parameters; a multiple-layer parameter is its key repeated."""
    params = [("LANDSLIDES", sample["LANDSLIDES"])]
    params += [("CONTINUOUS_FACTORS", p) for p in sample["CONTINUOUS_FACTORS"]]
    params += [("CLASSIFIED_FACTORS", p) for p in sample["CLASSIFIED_FACTORS"]]
    params += [("PRECISION", "3"), ("OPTIMIZE", "true"), ("OPT_PRECISION", "2"), ("FLAT_SLOPE", sample["SLOPE"])]
    params += [("SEED", "1"), ("OUTPUT_FOLDER", str(out)), ("OUTPUT_LSI", str(out / "LSI_CF.tif"))]
    return params


def main(out: Path, profile: Path) -> None:
    out, profile = out.resolve(), profile.resolve()
    fresh_output(out)
    t0 = time.perf_counter()
    plugin = install(profile)
    print(f"plugin installed in {plugin} and enabled ({qgis_process_executable()})")
    sample = run_json(profile, "alsa:sampledata", [("OUTPUT_FOLDER", str(out / "sample"))])["results"]
    print(f"alsa:sampledata wrote {len(sample['FACTORS'])} factors, a DEM and landslides to {sample['OUTPUT_FOLDER']}")
    print("alsa:certaintyfactor, precision 3, optimising the bin width (Q = 2) ...", flush=True)
    res = run_json(profile, "alsa:certaintyfactor", certainty_factor_params(sample, out))["results"]
    print(f"optimal bin width {res['BIN_WIDTH_USED']:g}")
    print(f"success rate      {res['SUCCESS_RATE']:.4f}")
    print(f"prediction rate   {res['PREDICTION_RATE']:.4f}")
    print(f"LSI {res['OUTPUT_LSI']}; tables, rasters and log in {res['OUTPUT_FOLDER']}/")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "demo_output"), ROOT / "build" / "qgis-profile")
