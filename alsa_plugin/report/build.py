"""The report of one run: sections built from its JSON log and the CSV files the log lists.

What a section needs, and where it finds it (a section without its data is left out):

* **Run** — ``algorithm``, ``date``, ``software``, ``qgis_version``, ``method``, ``settings``,
  ``inputs``, ``grid``, ``counts``, ``parameters`` of the log; **Results** — ``results``.
* **Rate curves** — ``Rates_*.csv`` (columns curve, cell_fraction, landslide_fraction), or
  in-memory curves under ``log["_memory"]["curves"]``; AUCs in the legend.
* **Bin width** — ``BinWidth_AUC_*.csv``, optimum from ``optimisation.best_width`` (Figure 8).
* **Factors** — ``Table_<tag>_<factor>.csv`` per factor of ``inputs.factors``: favourability
  against the factor's real value (column ``value``; Figure 9) over the landslide and
  non-landslide shares (from N_LF and N_F − N_LF of each value's bin: with overlapping bins
  a running sum over the bin width); classified factors as bars per class.
* **Factor distributions** — ``Factors_distribution_<factor>.csv`` (ML paper §5.1).
* **Zones** — ``log["zones"]`` (:func:`alsa_plugin.jobs.zones_job.zones_log`), the map from
  ``log["_memory"]["zone_map"]`` or the zone GeoTIFF listed first in ``files``.
* **Decisiveness** — ``log["decisiveness"]`` (rows factor, kind, classes_or_bins, bin_width, dc).
* **Comparison** — ``Compare_prediction_rates.csv``; ``Compare_rate_curves.csv`` (columns
  method, curve, cell_fraction, landslide_fraction) when a comparison writes one.
* **Models** (``model`` in the log) — ROC curves of the training and test designs from
  ``ROC_<tag>.csv`` (columns design, threshold, fpr, tpr; AUC from ``results``), the confusion
  matrix at 0.5 per design (``Confusion_<tag>.csv``: TP, FN, FP, TN, TPR, FPR; ML paper
  formulas (15)–(16)) and the permutation importance of every factor (``Importance_<tag>.csv``:
  factor, importance_mean, importance_std), in the model's colour (:func:`.plots.colour`).
* **Notes** — ``notes``, ``warnings`` and ``verdicts``.

The inputs table shows what the user chose: a layer exported for the run into a temporary
work folder (landslides, mask) is shown by the source recorded in ``parameters`` (the
algorithm's rerun parameters), else by its file among ``inputs.origins``.

Figures are PNGs in ``<report name>_figures/`` next to the HTML, named after what they
show and the run's settings tag (``rates_CF_P3_W0.03.png``).
"""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path
from typing import Callable

import numpy as np

from ..core.i18n import tr, tr_noop
from ..core.zones import zone_colours
from . import html as H  # noqa: N812 - short name for the many HTML helpers
from . import plots

CURVE_KINDS = {"success": tr_noop("success rate"), "prediction": tr_noop("prediction rate")}
FACTOR_KINDS = (tr_noop("classified"), tr_noop("continuous"))  # the decisiveness table's "kind", shown translated

_SKIP = {"crs_wkt", "layer_crs", "_memory", "files", "notes", "warnings", "verdicts", "table", "breaks"}
KEY_LABELS = {
    "algorithm": tr_noop("Algorithm"),
    "date": tr_noop("Date"),
    "qgis_version": tr_noop("QGIS version"),
    "software": tr_noop("Software"),
    "method": tr_noop("Method"),
    "model": tr_noop("Model"),
    "designs": tr_noop("Sampling designs"),
    "settings": tr_noop("Settings"),
    "inputs": tr_noop("Inputs"),
    "grid": tr_noop("Grid"),
    "counts": tr_noop("Counts"),
    "parameters": tr_noop("Parameters"),
    "results": tr_noop("Results"),
    "optimisation": tr_noop("Optimisation"),
}


def read_csv(path: Path) -> dict[str, list]:
    """A CSV as columns; cells that are numbers become floats, empty cells None."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    cols: dict[str, list] = {h: [] for h in rows[0]}
    for r in rows[1:]:
        for h, v in zip(rows[0], r):
            cols[h].append(_parse(v))
    return cols


def _parse(v: str):
    if v == "":
        return None
    try:
        return float(v)
    except ValueError:
        return v


def _floats(values) -> np.ndarray:
    return np.array([np.nan if v is None or isinstance(v, str) else v for v in values], dtype=float)


class _Report:
    def __init__(self, log: dict, folder: Path, html_path: Path, dpi: int, stage: Callable[[Path], Path], pending=None):
        self.log, self.folder, self.html, self.dpi, self.stage = log, folder, html_path, dpi, stage
        self.pending = {Path(k): Path(v) for k, v in (pending or {}).items()}  # final → staged (not yet committed)
        self.fig_dir = html_path.parent / f"{html_path.stem}_figures"
        self.plots_ok = plots.available()
        self.written: list[Path] = []
        self.missing: list[str] = []
        self.files = {}
        for p in log.get("files") or []:
            path = Path(p) if Path(p).exists() or Path(p) in self.pending else folder / Path(p).name
            self.files[path.name] = path
        self.memory = log.get("_memory") or {}
        self.method = (log.get("method") or {}).get("id") if isinstance(log.get("method"), dict) else None
        self.label = self.method  # what legends call the run: the method's id or the model's tag
        if isinstance(log.get("model"), dict):
            self.method = log["model"].get("key")  # the model's colour (plots.colour)
            self.label = log["model"].get("tag") or self.method
        self.tag = self._tag()

    def _tag(self) -> str:
        for name in self.files:
            if m := re.match(r"^(?:LSI|Log|Decisiveness_log)_(.+)\.(?:tif|json)$", name):
                return m.group(1)
        if "zones" in self.log:
            return f"{self.log['zones']['method']}_{self.log['zones']['n_zones']}"
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", self.html.stem)

    def file(self, pattern: str) -> Path | None:
        hits = sorted(p for n, p in self.files.items() if re.match(pattern, n))
        return hits[0] if hits else None

    def src(self, path: Path) -> Path:
        """Where to read ``path`` now: its staged copy while the run's files are not yet committed."""
        return self.pending.get(Path(path), Path(path))

    def rel(self, path: Path) -> str:
        return Path(os.path.relpath(path, self.html.parent)).as_posix()

    def png(self, name: str, caption: str, draw: Callable[[Path], object], wide: bool = False) -> str:
        """Draw a figure (``draw(tmp_path)``) into the figures folder; the HTML for it (``wide``: shown wider)."""
        if not self.plots_ok:
            self.missing.append(caption)
            return H.figure(None, caption)
        final = self.fig_dir / re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        draw(self.stage(final))
        self.written.append(final)
        return H.figure(self.rel(final), caption, wide)


def _flatten(prefix: str, obj, out: list) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k not in _SKIP:
                _flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    elif isinstance(obj, np.ndarray) and obj.ndim == 0:
        out.append((prefix, obj.item()))
    elif isinstance(obj, (list, tuple, np.ndarray)) and len(obj) > 12:
        out.append((prefix, tr("{n} values (in the run log)").format(n=len(obj))))
    elif isinstance(obj, (list, tuple)) and obj and all(isinstance(v, dict) for v in obj):
        for i, v in enumerate(obj):
            _flatten(f"{prefix}[{v.get('name', i)}]", {k: x for k, x in v.items() if k != "name"}, out)
    elif isinstance(obj, (list, tuple, np.ndarray)):
        out.append((prefix, ", ".join(H.number(v) for v in obj)))
    elif obj is not None:
        out.append((prefix, obj))


def _grouped(r: _Report, keys) -> str:
    """One table: group | item | value, the group named on its first row."""
    rows = []
    for key in keys:
        value = r.log.get(key)
        if value is None or value == {}:
            continue
        pairs: list = []
        if isinstance(value, dict):
            _flatten("", value, pairs)
        else:
            pairs = [("", value)]
        for i, (k, v) in enumerate(pairs):
            rows.append((H.escape(tr(KEY_LABELS[key])) if i == 0 else "", k, v))
    return H.table([tr("Group"), tr("Item"), tr("Value")], rows, cls="kv", raw_first=True)


_WORKDIR = re.compile(r"(^|[\\/])alsa-\d+\.[0-9a-f]{8}-[^\\/]+[\\/]")  # a Processing run's work folder
_INPUT_PARAMETERS = {"landslides": "LANDSLIDES", "test_landslides": "TEST_LANDSLIDES", "mask": "MASK"}


def is_exported(path) -> bool:
    """Whether ``path`` is a file the algorithm exported into its temporary work folder (``alsa-<pid>.<host>-…``)."""
    return isinstance(path, str) and bool(_WORKDIR.search(path))


def user_inputs(log: dict) -> dict | None:
    """The log's ``inputs`` as the user chose them: exported layers by the source they came from.

    The landslide and mask layers are exported into a work folder that is gone after the run;
    their source is the rerun parameter of the same name (LANDSLIDES, TEST_LANDSLIDES, MASK),
    else the files behind them (``origins``, in that order). ``origins`` itself is then left out.
    """
    inputs = log.get("inputs")
    if not isinstance(inputs, dict):
        return inputs
    params = log.get("parameters") if isinstance(log.get("parameters"), dict) else {}
    origins = list(inputs.get("origins") or [])
    keys = [k for k in _INPUT_PARAMETERS if inputs.get(k)]
    by_order = dict(zip(keys, origins)) if len(origins) == len(keys) else {}
    out = {}
    for key, value in inputs.items():
        if key == "origins":
            if any(not is_exported(p) for p in origins) and not keys:
                out[key] = value
            continue
        if key not in _INPUT_PARAMETERS or not value:
            out[key] = value
            continue
        path = value.get("path") if isinstance(value, dict) else value
        if is_exported(path):
            chosen = params.get(_INPUT_PARAMETERS[key])
            shown = chosen if isinstance(chosen, str) and chosen else by_order.get(key)
            if shown is None:
                shown = tr("a layer of the project (exported for the run)")
            path = shown
        out[key] = value | {"path": path} if isinstance(value, dict) else path
    return out


def _model_view(model) -> dict | None:
    """A model's log entry as the report shows it: its name (translated) and hyperparameters."""
    if not isinstance(model, dict):
        return model
    name = tr(model["name"]) if model.get("name") else model.get("tag") or model.get("key")
    return {"name": name} | {k: v for k, v in model.items() if k not in ("key", "tag", "name")}


def _run_section(r: _Report) -> list[str]:
    out = [H.heading(2, tr("Inputs and settings"), "run"), '<div class="cols">']
    shown = _Only(r, r.log | {"inputs": user_inputs(r.log), "model": _model_view(r.log.get("model"))})
    out.append(_grouped(shown, ("algorithm", "date", "qgis_version", "software", "method", "model", "settings")))
    out.append(_grouped(shown, ("inputs", "grid", "counts", "designs")))
    out.append("</div>")
    if r.log.get("parameters"):
        pairs = []
        _flatten("", r.log["parameters"], pairs)
        out.append(H.details(tr("Parameters to repeat the run"), H.key_values(pairs)))
    return out


def _results_section(r: _Report) -> list[str]:
    res = r.log.get("results")
    if not isinstance(res, dict):
        return []
    hidden = ("rates", "optimisation", "table")  # comparisons: below
    if isinstance(r.log.get("model"), dict):
        hidden += ("confusion_matrix", "importance")  # models: their own sections
    shown = {k: v for k, v in res.items() if k not in hidden}
    if not shown:
        return []
    return [H.heading(2, tr("Results"), "results"), _grouped(_Only(r, {"results": shown}), ("results",))]


class _Only:
    """A report seen through another log (for :func:`_grouped`)."""

    def __init__(self, r: _Report, log: dict):
        self.log = log


def _curves(r: _Report) -> list[dict]:
    label = r.label or tr("susceptibility map")
    found = []
    mem = r.memory.get("curves") or {}
    for kind in ("success", "prediction"):
        c = mem.get(kind)
        if c is not None:
            found.append({"kind": kind, "x": np.asarray(c.x), "y": np.asarray(c.y), "auc": float(c.auc)})
    if not found and (path := r.file(r"^Rates_.*\.csv$")):
        cols = read_csv(r.src(path))
        kinds = np.array(cols["curve"], dtype=object)
        x, y = _floats(cols["cell_fraction"]), _floats(cols["landslide_fraction"])
        for kind in ("success", "prediction"):
            sel = kinds == kind
            if sel.any():
                xs, ys = x[sel], y[sel]
                found.append(
                    {"kind": kind, "x": xs, "y": ys, "auc": float(np.sum(np.diff(xs) * (ys[1:] + ys[:-1])) / 2)}
                )
    names = {"success": tr("success rate"), "prediction": tr("prediction rate")}
    for c in found:
        c.update(method=r.method, label=tr("{method}, {curve}").format(method=label, curve=names[c["kind"]]))
    return found


def _rates_section(r: _Report) -> list[str]:
    curves = _curves(r)
    if not curves:
        return []
    names = {"success": tr("Success rate (training landslides)"), "prediction": tr("Prediction rate (test landslides)")}
    out = [H.heading(2, tr("Success and prediction rate"), "rates")]
    out.append(H.table([tr("Curve"), tr("AUC")], [(names[c["kind"]], c["auc"]) for c in curves]))
    caption = tr("Success and prediction rate curves ({tag}); AUC in the legend").format(tag=r.tag)
    title = tr("Rate curves: {label}").format(label=r.label or tr("susceptibility map"))
    out.append(r.png(f"rates_{r.tag}.png", caption, lambda p: plots.rate_curves(curves, p, r.dpi, title)))
    if path := r.file(r"^Rates_.*\.csv$"):
        out.append(H.paragraph(tr("Every point of the curves: {file}").format(file=r.rel(path)), "note"))
    return out


DESIGN_NAMES = {"training": tr_noop("training design"), "test": tr_noop("test design")}
ROC_RESULTS = {"training": "roc_auc_train", "test": "roc_auc_test"}


def _design(r: _Report, name: str) -> str:
    """A design as the report names it: 'training design (Po2)'."""
    kind = ((r.log.get("designs") or {}).get(name) or {}).get("kind")
    text = tr(DESIGN_NAMES[name]) if name in DESIGN_NAMES else str(name)
    return tr("{design} ({kind})").format(design=text, kind=kind) if kind else text


def trapezoid_auc(x, y) -> float:
    """The area under a curve given by its points (x ascending): the trapezoidal rule."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1])) / 2) if x.size > 1 else float("nan")


def roc_curves(r: _Report) -> list[dict]:
    """The ROC curve of each design in ``ROC_<tag>.csv``; AUC from the log's results (else the trapezoids)."""
    path = r.file(r"^ROC_.*\.csv$")
    if path is None:
        return []
    cols = read_csv(r.src(path))
    design = np.array([str(v) for v in cols["design"]], dtype=object)
    fpr, tpr = _floats(cols["fpr"]), _floats(cols["tpr"])
    results = r.log.get("results") or {}
    confusion = results.get("confusion_matrix") or {}
    out = []
    for name in dict.fromkeys(design):
        sel = design == name
        auc = results.get(ROC_RESULTS.get(name, ""))
        cm = confusion.get(name) if isinstance(confusion, dict) else None
        point = (cm["fpr"], cm["tpr"]) if isinstance(cm, dict) and "fpr" in cm else None
        out.append(
            {
                "design": name,
                "kind": name,
                "fpr": fpr[sel],
                "tpr": tpr[sel],
                "auc": float(auc) if auc is not None else trapezoid_auc(fpr[sel], tpr[sel]),
                "points": int(sel.sum()),
                "method": r.method,
                "point": point,
                "label": tr("{model}, {design}").format(model=r.label or "", design=_design(r, name)),
            }
        )
    return out


def _roc_section(r: _Report) -> list[str]:
    curves = roc_curves(r)
    if not curves:
        return []
    designs = r.log.get("designs") or {}
    out = [H.heading(2, tr("ROC curves of the designs"), "roc")]
    out.append(
        H.paragraph(
            tr(
                "The model's P(landslide) of the cells of each design against their labels: true positive rate "
                "against false positive rate over every threshold (ML paper §4.2 (2)). The training design's AUC "
                "shows the fit, the test design's the prediction."
            )
        )
    )
    rows = []
    for c in curves:
        d = designs.get(c["design"]) or {}
        rows.append((_design(r, c["design"]), d.get("cells"), d.get("landslide_cells"), c["auc"]))
    out.append(H.table([tr("design"), tr("cells"), tr("landslide cells"), tr("ROC AUC")], rows))
    caption = tr("ROC curves of the training and test designs ({tag}); AUC in the legend").format(tag=r.tag)
    title = tr("ROC curves: {label}").format(label=r.label or "")
    out.append(r.png(f"roc_{r.tag}.png", caption, lambda f: plots.roc_curves(curves, f, r.dpi, title)))
    if path := r.file(r"^ROC_.*\.csv$"):
        out.append(H.paragraph(tr("Every point of the curves: {file}").format(file=r.rel(path)), "note"))
    return out


def _confusion_section(r: _Report) -> list[str]:
    path = r.file(r"^Confusion_.*\.csv$")
    if path is None:
        return []
    cols = read_csv(r.src(path))
    names = [str(v) for v in cols["design"]]
    threshold = _floats(cols["threshold"])
    out = [H.heading(2, tr("Confusion matrix"), "confusion")]
    out.append(
        H.paragraph(
            tr(
                "A cell is predicted a landslide when its P(landslide) is at least {threshold:g}. TPR = TP / (TP + FN) "
                "and FPR = FP / (FP + TN) (ML paper formulas (15)–(16)): the share of the landslide cells and of the "
                "non-landslide cells predicted landslides."
            ).format(threshold=float(threshold[0]) if threshold.size else 0.5)
        )
    )
    headers = [tr("design"), tr("threshold"), "TP", "FN", "FP", "TN", "TPR", "FPR"]
    rows = [
        [_design(r, n)] + [cols[k][i] for k in ("threshold", "tp", "fn", "fp", "tn", "tpr", "fpr")]
        for i, n in enumerate(names)
    ]
    out.append(H.table(headers, rows))
    matrices = []
    for i, n in enumerate(names):
        tp, fn, fp, tn = (cols[k][i] for k in ("tp", "fn", "fp", "tn"))
        matrix = H.table(
            [_design(r, n), tr("predicted landslide"), tr("predicted non-landslide")],
            [(tr("observed landslide"), tp, fn), (tr("observed non-landslide"), fp, tn)],
            cls="matrix",
        )
        matrices.append(matrix)
    out.append('<div class="cols tight">' + "".join(matrices) + "</div>")
    out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(path)), "note"))
    return out


def _importance_section(r: _Report) -> list[str]:
    path = r.file(r"^Importance_.*\.csv$")
    if path is None:
        return []
    cols = read_csv(r.src(path))
    names = [str(v) for v in cols["factor"]]
    mean, std = _floats(cols["importance_mean"]), _floats(cols["importance_std"])
    out = [H.heading(2, tr("Permutation importance of the factors"), "importance")]
    info = (r.log.get("results") or {}).get("importance") or {}
    if info.get("cells"):
        out.append(
            H.paragraph(
                tr(
                    "Each factor's column is shuffled {repeats} times on {cells} cells of the test design "
                    "({landslide_cells} landslide cells) and the model's ROC AUC (baseline {baseline}) computed "
                    "again: the importance is the mean decrease, ± its standard deviation."
                ).format(
                    repeats=info.get("repeats"),
                    cells=info.get("cells"),
                    landslide_cells=info.get("landslide_cells"),
                    baseline=H.number(info.get("baseline_auc")),
                )
            )
        )
    caption = tr("Permutation importance per factor ({tag}), error bars ± one standard deviation").format(tag=r.tag)
    out.append(
        r.png(
            f"importance_{r.tag}.png",
            caption,
            lambda f: plots.importance(names, mean, std, r.method, f, r.dpi),
        )
    )
    order = np.argsort(-mean, kind="stable")
    rows = [(names[i], cols["importance_mean"][i], cols["importance_std"][i]) for i in order]
    out.append(H.table([tr("factor"), tr("mean decrease of the ROC AUC"), tr("standard deviation")], rows))
    out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(path)), "note"))
    return out


def _binwidth_section(r: _Report) -> list[str]:
    path = r.file(r"^BinWidth_AUC_.*\.csv$")
    if path is None:
        return []
    cols = read_csv(r.src(path))
    w, s, p = _floats(cols["bin_width"]), _floats(cols["success_rate"]), _floats(cols["prediction_rate"])
    best = (r.log.get("optimisation") or {}).get("best_width") or (r.log.get("settings") or {}).get("bin_width_used")
    method = r.method or "CF"
    out = [H.heading(2, tr("Rates against bin width"), "binwidth")]
    if best is not None:
        k = int(np.argmin(np.abs(w - best)))
        out.append(
            H.paragraph(
                tr("Optimal bin width {w:g}: success rate {s}, prediction rate {p}.").format(
                    w=best, s=H.number(s[k]), p=H.number(p[k]) or "–"
                )
            )
        )
    caption = tr("Success and prediction rate against bin width, optimum marked ({name})").format(name=path.stem)
    out.append(
        r.png(
            f"{path.stem.lower()}.png",
            caption,
            lambda f: plots.bin_width_curve(w, s, p, best, method, f, r.dpi),
        )
    )
    rows = list(zip(w, s, p))
    out.append(
        H.details(
            tr("Every bin width ({n})").format(n=len(rows)),
            H.table([tr("bin width"), tr("success rate"), tr("prediction rate")], rows),
        )
    )
    return out


def _factor_names(r: _Report) -> list[tuple[str, bool]]:
    factors = (r.log.get("inputs") or {}).get("factors") or []
    return [(f["name"], bool(f.get("classified"))) for f in factors if isinstance(f, dict) and "name" in f]


def _factor_section(r: _Report) -> list[str]:
    out = []
    for name, _classified in _factor_names(r):
        path = r.file(rf"^Table_.+_{re.escape(name)}\.csv$")
        if path is None:
            continue
        cols = read_csv(r.src(path))
        continuous = "centre_normalised" in cols
        x = _floats(cols["value"])
        fav, nf, nlf = _floats(cols["favourability"]), _floats(cols["N_F"]), _floats(cols["N_LF"])
        non = nf - nlf
        ls_share = nlf / nlf.sum() if nlf.sum() > 0 else nlf * np.nan
        non_share = non / non.sum() if non.sum() > 0 else non * np.nan
        method = r.method or "CF"
        out.append(H.heading(3, name))
        if continuous:
            xlabel = tr("{name} (real value, units of the raster)").format(name=name)
            caption = tr(
                "{name}: favourability ({method}) against the factor's real value, with the landslide and "
                "non-landslide shares per value bin beneath"
            ).format(name=name, method=method)
            rows = list(zip(cols["centre_normalised"], x, nf, nlf, fav))
            headers = [tr("normalised value"), tr("real value"), "N(F)", "N(LF)", tr("favourability")]
            out.append(
                H.paragraph(
                    tr("{n} value bins from {lo} to {hi}; favourability from {fmin} to {fmax}.").format(
                        n=len(x),
                        lo=H.number(np.nanmin(x)),
                        hi=H.number(np.nanmax(x)),
                        fmin=H.number(np.nanmin(fav)),
                        fmax=H.number(np.nanmax(fav)),
                    )
                )
            )
        else:
            xlabel = tr("{name} (class)").format(name=name)
            caption = tr(
                "{name}: favourability ({method}) per class, with the landslide and non-landslide shares "
                "per class beneath"
            ).format(name=name, method=method)
            rows = list(zip(x, nf, nlf, ls_share, non_share, fav))
            headers = [
                tr("class"),
                "N(F)",
                "N(LF)",
                tr("landslide share"),
                tr("non-landslide share"),
                tr("favourability"),
            ]
        out.append(
            r.png(
                f"favourability_{r.tag}_{name}.png",
                caption,
                lambda f,
                x=x,
                fav=fav,
                a=ls_share,
                b=non_share,
                c=not continuous,
                lab=xlabel,
                n=name,
                m=method: plots.favourability(n, m, x, fav, a, b, c, f, r.dpi, lab),
            )
        )
        table = H.table(headers, rows)
        out.append(table if not continuous else H.details(tr("Every value bin ({n})").format(n=len(rows)), table))
        out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(path)), "note"))
    return [H.heading(2, tr("Favourability of the factors"), "factors")] + out if out else []


def _distribution_section(r: _Report) -> list[str]:
    out = []
    for fname, path in sorted(r.files.items()):
        m = re.match(r"^Factors_distribution_(.+)\.csv$", fname)
        if not m:
            continue
        name, cols = m.group(1), read_csv(r.src(path))
        labels = (
            [H.number(c) for c in cols["class"]]
            if "class" in cols
            else [f"{H.number(a)}–{H.number(b)}" for a, b in zip(cols["from"], cols["to"])]
        )
        tw, non = _floats(cols["train_weight"]), _floats(cols["non_landslide_cells"])
        a, b = tw / tw.sum(), non / non.sum()
        xlabel = (
            tr("{name} (class)").format(name=name)
            if "class" in cols
            else tr("{name} (value range, units of the raster)").format(name=name)
        )
        caption = tr("{name}: share of training landslide and non-landslide cells per class").format(name=name)
        out.append(H.heading(3, name))
        out.append(
            r.png(
                f"distribution_{name}.png",
                caption,
                lambda f, n=name, lab=labels, a=a, b=b, x=xlabel: plots.distribution(n, lab, a, b, f, r.dpi, x),
            )
        )
        out.append(
            H.table(
                [tr("class"), tr("landslide share"), tr("non-landslide share"), "N(F)"],
                list(zip(labels, a, b, cols["N_F"])),
            )
        )
    return [H.heading(2, tr("Landslide and non-landslide distributions"), "distributions")] + out if out else []


def _zone_map(r: _Report) -> np.ndarray | None:
    if (codes := r.memory.get("zone_map")) is not None:
        return np.asarray(codes)
    tif = next(
        (r.src(p) for n, p in r.files.items() if n.lower().endswith((".tif", ".tiff")) and r.src(p).exists()), None
    )
    if tif is None:
        return None
    from osgeo import gdal

    ds = gdal.Open(str(tif))
    band = ds.GetRasterBand(1)
    step = max(1, int(np.ceil(max(ds.RasterXSize, ds.RasterYSize) / 1200)))
    codes = band.ReadAsArray(buf_xsize=ds.RasterXSize // step, buf_ysize=ds.RasterYSize // step)
    ds = None
    return codes


def _zones_section(r: _Report) -> list[str]:
    z = r.log.get("zones")
    if not z:
        return []
    t, n = z["table"], z["n_zones"]
    colours = zone_colours(n)
    labels = [str(v) for v in t["label"]]
    method = tr(z["method_label"])
    out = [H.heading(2, tr("Susceptibility zones"), "zones")]
    how = tr("{n} zones by {method}").format(n=n, method=method)
    if z.get("shares"):
        how += tr(" at {shares} % of the training landslides").format(
            shares=", ".join(H.number(s * 100) for s in z["shares"])
        )
    out.append(H.paragraph(tr("{sentence}.").format(sentence=how)))
    has_test = any(v is not None and np.isfinite(v) for v in t["test_landslide_share"])
    headers = [
        tr("zone"),
        tr("label"),
        tr("lower"),
        tr("upper"),
        tr("cells"),
        tr("area share"),
        tr("training landslide share"),
        tr("density ratio"),
    ]
    if has_test:
        headers += [tr("test landslide share"), tr("test density ratio")]
    rows = []
    for i in range(n):
        swatch = f'<span class="swatch" style="background:{colours[i]}"></span>{t["zone"][i]}'
        row = [
            swatch,
            labels[i],
            t["lower"][i],
            t["upper"][i],
            t["cells"][i],
            t["area_share"][i],
            t["train_landslide_share"][i],
            t["density_ratio"][i],
        ]
        if has_test:
            row += [t["test_landslide_share"][i], t["test_density_ratio"][i]]
        rows.append(row)
    out.append(H.table(headers, rows, cls="zones", raw_first=True))
    table_csv = (
        Path(z["table_file"])
        if z.get("table_file")
        else next((p for name, p in r.files.items() if name.lower().endswith(".csv")), None)
    )
    if table_csv is not None:
        out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(table_csv)), "note"))
    codes = _zone_map(r)
    cell = (r.log.get("grid") or {}).get("cell_size")
    if codes is not None:
        out.append(
            r.png(
                f"zones_map_{r.tag}.png",
                tr("Map of the zones ({how})").format(how=how),
                lambda f: plots.zone_map(codes, colours, labels, cell, f, r.dpi),
            )
        )
    test = t["test_landslide_share"] if has_test else None
    out.append(
        r.png(
            f"zones_shares_{r.tag}.png",
            tr("Share of area and of landslides per zone"),
            lambda f: plots.zone_shares(labels, t["area_share"], t["train_landslide_share"], test, f, r.dpi),
        )
    )
    return out


def _decisiveness_section(r: _Report) -> list[str]:
    rows = r.log.get("decisiveness")
    if not rows or not isinstance(rows, list):
        return []
    names = [d["factor"] for d in rows]
    dc = np.array([d["dc"] if d["dc"] is not None else np.nan for d in rows], dtype=float)
    kinds = [d.get("kind", "") for d in rows]
    out = [H.heading(2, tr("Decisiveness of the factors"), "decisiveness")]
    caption = tr("Decisiveness per factor (ALSA 5.0); continuous factors in the method's colour, classified grey")
    out.append(
        r.png(
            f"decisiveness_{r.tag}.png",
            caption,
            lambda f: plots.decisiveness(names, dc, kinds, r.method or "CF", f, r.dpi),
        )
    )
    headers = [tr("factor"), tr("kind"), tr("classes or bins"), tr("bin width"), "DC"]
    out.append(
        H.table(
            headers,
            [(d["factor"], tr(d.get("kind", "")), d.get("classes_or_bins"), d.get("bin_width"), d["dc"]) for d in rows],
        )
    )
    return out


def _compare_section(r: _Report) -> list[str]:
    path = r.file(r"^Compare_prediction_rates\.csv$")
    if path is None:
        return []
    cols = read_csv(r.src(path))
    headers = list(cols)
    out = [H.heading(2, tr("Comparison of the methods"), "comparison")]
    out.append(H.table(headers, list(zip(*cols.values()))))
    out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(path)), "note"))
    crit = r.log.get("criterion") or "prediction"
    methods_rows = [i for i, m in enumerate(cols["method"]) if str(m).upper() in plots.METHOD_COLOURS]
    scen = [h for h in headers if h.startswith(f"{crit}_") and not h.endswith(("_average", "_percent_difference"))]
    if methods_rows and scen:
        methods = [cols["method"][i] for i in methods_rows]
        values = [[_floats(cols[s])[i] for i in methods_rows] for s in scen]
        labels = [s[len(crit) + 1 :].replace("_", " ") for s in scen]
        ylabel = tr("Prediction rate (AUC)") if crit == "prediction" else tr("Success rate (AUC)")
        out.append(
            r.png(
                f"compare_{crit}_rates.png",
                tr("{ylabel} of every method per scenario").format(ylabel=ylabel),
                lambda f: plots.compare_rates(methods, labels, values, ylabel, f, r.dpi),
            )
        )
    if curves_csv := r.file(r"^Compare_rate_curves\.csv$"):
        cc = read_csv(r.src(curves_csv))
        m, k = np.array(cc["method"], dtype=object), np.array(cc["curve"], dtype=object)
        x, y = _floats(cc["cell_fraction"]), _floats(cc["landslide_fraction"])
        curves = []
        for meth in dict.fromkeys(m):
            for kind in ("success", "prediction"):
                sel = (m == meth) & (k == kind)
                if sel.any():
                    auc = float(np.sum(np.diff(x[sel]) * (y[sel][1:] + y[sel][:-1])) / 2)
                    curves.append(
                        {
                            "kind": kind,
                            "x": x[sel],
                            "y": y[sel],
                            "auc": auc,
                            "method": meth,
                            "name": str(meth),
                            "label": f"{meth}, {tr(CURVE_KINDS[kind])}",
                        }
                    )
        out.append(
            r.png(
                "compare_rate_curves.png",
                tr("Rate curves of every method"),
                lambda f: plots.rate_curves(curves, f, r.dpi, tr("Rate curves of every method")),
                wide=len(curves) + 1 > plots.MAX_LEGEND_INSIDE,
            )
        )
    return out


ITEM_KINDS = {"model": tr_noop("model"), "method": tr_noop("method")}


def _item_curves(r: _Report, entry: dict) -> list[dict]:
    """An item's success and prediction curves from its own ``Rates_<tag>.csv`` (listed under its files)."""
    rates = next((Path(f) for f in entry.get("files") or [] if Path(f).name.startswith("Rates_")), None)
    if rates is None or not r.src(rates).exists():
        return []
    cols = read_csv(r.src(rates))
    kinds = np.array(cols["curve"], dtype=object)
    x, y = _floats(cols["cell_fraction"]), _floats(cols["landslide_fraction"])
    out = []
    for kind in ("success", "prediction"):
        sel = kinds == kind
        if sel.any():
            key = entry["item"]
            out.append(
                {
                    "kind": kind,
                    "x": x[sel],
                    "y": y[sel],
                    "auc": trapezoid_auc(x[sel], y[sel]),
                    "method": key,
                    "name": key,
                    "label": f"{key}, {tr(CURVE_KINDS[kind])}",
                }
            )
    return out


def _capitalised(text: str) -> str:
    """'weight of evidence' → 'Weight of evidence' (the methods' names start lower case, the models' upper)."""
    return text[:1].upper() + text[1:]


def _model_comparison_section(r: _Report) -> list[str]:
    """alsa:comparemodels: the table (the ML paper's Table 3 beside the ALSA paper's Table 4), the rates of every
    item as bars, and every item's success and prediction curve in one chart."""
    mc = r.log.get("model_comparison")
    if not isinstance(mc, dict) or not mc.get("rows"):
        return []
    rows = mc["rows"]
    seed = (r.log.get("settings") or {}).get("seed")
    out = [H.heading(2, tr("Comparison of the models and methods"), "model-comparison")]
    criterion = tr("prediction rate") if mc.get("criterion") == "prediction" else tr("success rate")
    out.append(
        H.paragraph(
            tr(
                "Every model and method on one split (seed {seed}): the same grid, valid cells and training/test "
                "landslides. Best first by {criterion} of the full map; the map's ROC AUC compares both kinds, the "
                "designs' ROC AUC is the models' own (ML paper Table 3)."
            ).format(seed=seed, criterion=criterion)
        )
    )
    headers = [
        tr("rank"),
        tr("kind"),
        tr("name"),
        tr("success rate"),
        tr("prediction rate"),
        tr("ROC AUC of the map (test landslides)"),
        tr("ROC AUC, training design"),
        tr("ROC AUC, test design"),
        tr("bin width"),
        tr("seconds"),
    ]
    table_rows = [
        (
            row["rank"],
            tr(ITEM_KINDS.get(row["kind"], row["kind"])),
            "{name} ({key})".format(name=_capitalised(tr(row["name"])), key=row["item"]),
            row["success_rate"],
            row["prediction_rate"],
            row["map_roc_auc_test"],
            row["roc_auc_train_design"],
            row["roc_auc_test_design"],
            row["bin_width"],
            row["seconds"],
        )
        for row in rows
    ]
    out.append(H.table(headers, table_rows))
    if mc.get("table_file"):
        out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(Path(mc["table_file"]))), "note"))
    keys = [row["item"] for row in rows]
    nan = float("nan")
    values = [
        [nan if row["success_rate"] is None else row["success_rate"] for row in rows],
        [nan if row["prediction_rate"] is None else row["prediction_rate"] for row in rows],
    ]
    labels = [tr("success rate"), tr("prediction rate")]
    out.append(
        r.png(
            "compare_models_rates.png",
            tr("Success and prediction rate (AUC) of every model and method"),
            lambda f: plots.compare_rates(keys, labels, values, tr("AUC"), f, r.dpi),
        )
    )
    curves = [c for entry in r.log.get("items") or [] for c in _item_curves(r, entry)]
    if curves:
        title = tr("Rate curves of every model and method")
        out.append(
            r.png(
                "compare_models_rate_curves.png",
                title,
                lambda f: plots.rate_curves(curves, f, r.dpi, title),
                wide=len(curves) + 1 > plots.MAX_LEGEND_INSIDE,
            )
        )
    return out


def _matrix(r: _Report, pattern: str) -> tuple[list[str], np.ndarray, Path] | None:
    """A square factor matrix CSV (``factor`` then one column per factor), or None."""
    path = r.file(pattern)
    if path is None:
        return None
    cols = read_csv(r.src(path))
    names = [str(v) for v in cols["factor"]]
    return names, np.array([_floats(cols[n]) for n in names]).T, path


def _screening_section(r: _Report) -> list[str]:
    """Factor analysis: VIF table, correlation heat maps (Pearson, Spearman), Cramér's V, the CI check."""
    out = []
    if vif := r.file(r"^Factors_vif\.csv$"):
        cols = read_csv(r.src(vif))
        col = r.log.get("collinearity") or {}
        out.append(H.heading(3, tr("Variance inflation factor")))
        if col.get("cells"):
            out.append(H.paragraph(tr("VIF and correlations on {cells}").format(cells=col["cells"])))
        out.append(
            H.table([tr("factor"), "VIF", tr("tolerance")], list(zip(cols["factor"], cols["vif"], cols["tolerance"])))
        )
        out.append(H.paragraph(tr("Table: {file}").format(file=r.rel(vif)), "note"))
    for pattern, title, signed in (
        (r"^Factors_pearson\.csv$", tr("Pearson correlation"), True),
        (r"^Factors_spearman\.csv$", tr("Spearman rank correlation"), True),
        (r"^Factors_cramers_v\.csv$", tr("Cramér's V"), False),
    ):
        found = _matrix(r, pattern)
        if found is None:
            continue
        names, m, path = found
        out.append(H.heading(3, title))
        caption = tr("{title} between the factors ({file})").format(title=title, file=path.name)
        out.append(
            r.png(
                f"{path.stem.lower()}.png",
                caption,
                lambda f, n=names, m=m, t=title, s=signed: plots.heatmap(n, m, t, f, r.dpi, s),
            )
        )
        out.append(
            H.details(
                tr("The matrix ({n} factors)").format(n=len(names)),
                H.table([tr("factor")] + names, [[a] + list(row) for a, row in zip(names, m)]),
            )
        )
    ci = r.log.get("conditional_independence")
    if isinstance(ci, dict) and ci.get("computed"):
        out.append(H.heading(3, tr("Conditional independence (weights of evidence)")))
        rows = [
            (tr("predicted landslide cells T"), ci.get("predicted_T")),
            (tr("observed landslide cells N(L)"), ci.get("observed_N_L")),
            ("N(L)/T", ci.get("ratio_N_L_over_T")),
            (tr("Agterberg–Cheng z"), ci.get("agterberg_cheng_z")),
            (tr("one-sided p-value"), ci.get("p_value_one_sided")),
        ]
        out.append(H.key_values(rows))
    verdicts = [v for v in r.log.get("verdicts") or [] if isinstance(v, dict) and "text" in v]
    if verdicts or out:
        out.append(H.heading(3, tr("Verdicts")))
        out.append(
            "<ul>" + "".join(f"<li>{H.escape(v['text'])}</li>" for v in verdicts) + "</ul>"
            if verdicts
            else H.paragraph(tr("No collinearity, association or dependence above the usual thresholds."))
        )
    return [H.heading(2, tr("Screening of the factors"), "screening")] + out if out else []


def _notes_section(r: _Report) -> list[str]:
    items = [str(n) for n in r.log.get("notes") or []] + [str(w) for w in r.log.get("warnings") or []]
    if not items:
        return []
    return [H.heading(2, tr("Notes"), "notes"), "<ul>" + "".join(f"<li>{H.escape(i)}</li>" for i in items) + "</ul>"]


SECTIONS = (
    _run_section,
    _results_section,
    _rates_section,
    _roc_section,
    _confusion_section,
    _importance_section,
    _binwidth_section,
    _zones_section,
    _factor_section,
    _screening_section,
    _distribution_section,
    _decisiveness_section,
    _compare_section,
    _model_comparison_section,
    _notes_section,
)


def _title(log: dict) -> str:
    method = log.get("method") if isinstance(log.get("method"), dict) else log.get("model")
    if isinstance(method, dict) and method.get("name"):
        return tr("ALSA report: {method}").format(method=tr(method["name"]))
    if log.get("algorithm"):
        return tr("ALSA report: {algorithm}").format(algorithm=log["algorithm"])
    return tr("ALSA report")


def write_report(
    log: dict | str | Path,
    folder: str | Path | None,
    html_path: str | Path,
    dpi: int = 150,
    staged=None,
) -> list[Path]:
    """Write the HTML report of one run and its figures; return the files written (final paths).

    Parameters
    ----------
    log : dict or path
        The run's JSON log (or its path). Files it lists under ``files`` are found as
        given, else by name in ``folder``. In-memory extras go under ``log["_memory"]``
        (``curves``: {"success"/"prediction": RateCurve}; ``zone_map``: zone codes).
    folder : path or None
        Where the run's CSV files are (default: the log file's folder, else the HTML's).
    html_path : path
        The report; its figures go to ``<stem>_figures/`` beside it.
    dpi : int
        Resolution of the PNGs (300 for print).
    staged : StagedFiles, optional
        The caller's staging: the report is committed with the run's other outputs.
        Without it the report is staged and committed here (all or nothing).
    """
    from ..gis.outputs import StagedFiles  # GDAL only, no QGIS

    if not isinstance(log, dict):
        log_path = Path(log)
        log = json.loads(log_path.read_text(encoding="utf-8"))
        folder = folder or log_path.parent
    html_path = Path(html_path)
    folder = Path(folder) if folder else html_path.parent
    own = staged is None
    staged = StagedFiles() if own else staged
    with staged if own else _nothing():
        pending = dict(staged.staged)
        r = _Report(log, folder, html_path, int(dpi), lambda p: staged.stage(p, "OUTPUT_REPORT"), pending)
        body = [H.heading(1, _title(log))]
        sections = [s(r) for s in SECTIONS]
        if r.missing:
            body.append(
                H.paragraph(
                    tr(
                        "matplotlib is not installed: the numbers are all listed, but these {n} plots need matplotlib "
                        "(Debian: apt install python3-matplotlib): {plots}"
                    ).format(n=len(r.missing), plots="; ".join(r.missing)),
                    "missing",
                )
            )
        body += [part for s in sections for part in s]
        with open(staged.stage(html_path, "OUTPUT_REPORT"), "w", encoding="utf-8") as fh:
            fh.write(H.page(_title(log), body))
        written = r.written + [html_path]
        if own:
            staged.commit()
    return written


def check_report_output(html_path: str | Path, label: str = "OUTPUT_REPORT") -> Path:
    """Fail early (before the work) unless the report and its figures folder can be written where asked."""
    from ..gis.outputs import check_folder  # GDAL only, no QGIS

    html_path = Path(html_path)
    check_folder(html_path.parent, label)
    check_folder(html_path.parent / f"{html_path.stem}_figures", label)
    return html_path


class _nothing:  # noqa: N801 - a no-op context
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
