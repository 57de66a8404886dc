"""`make demo`: certainty factor with bin-width optimisation on the built-in sample.

Builds the deterministic synthetic sample (400 x 500 cells, 4 continuous factors and
1 classified, ~1 % landslide cells), applies the flat-area constraint from its slope,
optimises the bin width (P = 3, Q = 2) and writes the width/AUC table and the factor
tables to the output folder, then prints the success and prediction rates.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
_pkgroot = Path(tempfile.mkdtemp(prefix="alsa-demo-"))
os.symlink(ROOT, _pkgroot / "alsa")
sys.path.insert(0, str(_pkgroot))

from alsa.alsa_plugin.core import flat_cells, optimise, prepare, run  # noqa: E402
from alsa.alsa_plugin.core.synthetic import make_stack  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stack = make_stack((400, 500), n_continuous=4, n_classified=1, seed=42)
    study = prepare(
        stack.factors, stack.landslides, precision=3, train_ratio=0.7, seed=1, flat=flat_cells(stack.factors[0])
    )
    opt = optimise(study, "CF", opt_precision=2)
    with open(out / "BinWidth_AUC_CF_P3_Q2.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["bin_width", "success_rate", "prediction_rate"])
        w.writerows(zip(opt.widths, opt.success, opt.prediction))
    result = run(study, "CF", opt.best_width)
    for t in result.tables:
        cols = t.rows()
        with open(out / f"Favourability_CF_{t.factor.name}_P3_W{opt.best_width:g}.csv", "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            w.writerows(zip(*cols.values()))
    np.save(out / f"LSI_CF_P3_W{opt.best_width:g}.npy", study.to_grid(result.lsi_output(study)))
    ev = result.evaluation
    print(f"certainty factor, precision 3, optimised bin width {opt.best_width:g} ({opt.widths.size} widths)")
    print(f"success rate    {ev.success.auc:.4f}")
    print(f"prediction rate {ev.prediction.auc:.4f}")
    print(f"outputs in {out}/")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "demo_output"))
