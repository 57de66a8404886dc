"""The report's figures: matplotlib's object API on the Agg canvas, never ``pyplot``.

``pyplot`` keeps global figures and may pick a GUI backend inside QGIS; here every
figure is a :class:`matplotlib.figure.Figure` with its own :class:`FigureCanvasAgg`,
drawn and saved as PNG, and freed with its canvas. The only shared state touched is
``rcParams`` through ``matplotlib.rc_context`` around each figure (a font list with a
CJK fallback, restored on leaving). matplotlib is imported lazily: without it
:func:`available` is False and the report lists the numbers instead of plotting them.

Colours: one palette for every figure — :data:`METHOD_COLOURS` per method id (the
bivariate methods of ALSA and the ML models), success rate solid and prediction rate
dashed in the method's colour; zones green (very low) to dark red (very high).
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..core.i18n import tr

METHOD_COLOURS = {
    "FC": "#1f77b4",
    "FR": "#aec7e8",
    "IV": "#2ca02c",
    "CF": "#d62728",
    "CA": "#9467bd",
    "WOE": "#ff7f0e",
    "WC": "#8c564b",
    "SR": "#e377c2",
    "LR": "#17becf",
    "DT": "#bcbd22",
    "KNN": "#7f7f7f",
    "ANN": "#393b79",
    "MLP": "#637939",
    "RF": "#8c6d31",
    "BAGGING": "#843c39",
    "STACKING": "#7b4173",
}
OTHER_COLOUR = "#333333"  # a raster of unknown origin (alsa:evaluate, alsa:zones)
LANDSLIDE_COLOUR, NON_LANDSLIDE_COLOUR = "#c0392b", "#7f8c8d"
FONTS = ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK JP", "Noto Sans CJK SC"]
WIDTH = 7.0  # inches: 1050 px at 150 dpi


def available() -> bool:
    """True when matplotlib (with its Agg backend) can be imported."""
    try:
        import matplotlib.backends.backend_agg  # noqa: F401
        import matplotlib.figure  # noqa: F401
    except ImportError:
        return False
    return True


def colour(method: str | None) -> str:
    return METHOD_COLOURS.get((method or "").upper(), OTHER_COLOUR)


_installed: list[str] = []


def _fonts() -> list[str]:
    """The fonts of :data:`FONTS` that are installed (matplotlib warns for each missing one on every text)."""
    if not _installed:
        from matplotlib import font_manager

        names = {f.name for f in font_manager.fontManager.ttflist}
        _installed.extend([f for f in FONTS if f in names] or ["sans-serif"])
    return _installed


@contextmanager
def _figure(height: float, rows: int = 1, ratios=None, width: float = WIDTH):
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"font.family": _fonts(), "font.size": 10, "axes.titlesize": 11}):
        fig = Figure(figsize=(width, height), layout="constrained")
        FigureCanvasAgg(fig)
        axes = fig.subplots(rows, 1, sharex=rows > 1, gridspec_kw={"height_ratios": ratios} if ratios else None)
        yield fig, axes


def _save(fig, path: Path, dpi: int) -> Path:
    fig.savefig(str(path), dpi=dpi, format="png", facecolor="white")
    return path


MAX_LEGEND_INSIDE = 5  # more curves than this: the legend goes beside the plot, where it covers none of them


def _curve_legend(ax, n_curves: int) -> None:
    """Inside the plot (lower right, below the curves) for a few curves; else beside it, outside the axes."""
    if n_curves <= MAX_LEGEND_INSIDE:
        ax.legend(loc="lower right", fontsize=8)
    else:
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=7.5, frameon=False, borderaxespad=0)


def _method_legend(ax, curves: list[dict]) -> None:
    """One legend entry per method (its colour, both AUCs) and one per line style (success, prediction)."""
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color="#999999", lw=1.0, ls=":", label=tr("random ranking (AUC 0.5)"))]
    for method in dict.fromkeys(c.get("method") for c in curves):
        mine = {c["kind"]: c for c in curves if c.get("method") == method}
        name = next(iter(mine.values())).get("name") or method or ""
        aucs = ", ".join(f"{mine[k]['auc']:.4f}" for k in ("success", "prediction") if k in mine)
        handles.append(Line2D([], [], color=colour(method), lw=2.2, label=f"{name}  {aucs}"))
    handles.append(Line2D([], [], color="#555555", lw=1.6, ls="-", label=tr("success rate")))
    handles.append(Line2D([], [], color="#555555", lw=1.6, ls="--", label=tr("prediction rate")))
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.03, 1.0),
        fontsize=8.5,
        frameon=False,
        borderaxespad=0,
        title=tr("AUC (success, prediction)"),
        title_fontsize=8.5,
    )


def rate_curves(curves: list[dict], path: Path, dpi: int, title: str) -> Path:
    """Rate curves; each dict: label, method, kind ("success"/"prediction"), x, y, auc (optional ``name``).

    A few curves: the legend inside, lower right. Many (a comparison): the plot square, and
    beside it one legend entry per method with its AUCs, so that no curve is covered.
    """
    many = len(curves) + 1 > MAX_LEGEND_INSIDE
    with _figure(4.6 if not many else 4.9, width=5.6 if not many else 7.6) as (fig, ax):
        ax.plot([0, 1], [0, 1], color="#999999", lw=1.0, ls=":", label=tr("random ranking (AUC 0.5)"))
        for c in curves:
            ls = "-" if c["kind"] == "success" else "--"
            label = tr("{label} (AUC {auc:.4f})").format(label=c["label"], auc=c["auc"])
            ax.plot(c["x"], c["y"], color=colour(c.get("method")), ls=ls, lw=1.4 if many else 1.6, label=label)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.01)
        ax.set_xlabel(tr("Cells ranked from most to least susceptible (cumulative share of the area)"))
        ax.set_ylabel(tr("Cumulative share of landslides"))
        ax.set_title(title)
        ax.grid(alpha=0.3)
        if many:
            ax.set_box_aspect(1)
            _method_legend(ax, curves)
        else:
            _curve_legend(ax, len(curves) + 1)
        return _save(fig, path, dpi)


def roc_curves(curves: list[dict], path: Path, dpi: int, title: str) -> Path:
    """ROC curves (ML paper §4.2 (2)); each dict: label, method, kind ("training"/"test"), fpr, tpr, auc and
    optionally ``point`` (FPR, TPR at the confusion matrix's threshold, marked)."""
    with _figure(4.6, width=5.6) as (fig, ax):
        ax.plot([0, 1], [0, 1], color="#999999", lw=1.0, ls=":", label=tr("random ranking (AUC 0.5)"))
        for c in curves:
            col = colour(c.get("method"))
            ls = "-" if c["kind"] == "training" else "--"
            label = tr("{label} (AUC {auc:.4f})").format(label=c["label"], auc=c["auc"])
            ax.plot(c["fpr"], c["tpr"], color=col, ls=ls, lw=1.6, label=label, drawstyle="default")
            if c.get("point") is not None:
                x, y = c["point"]
                ax.plot([x], [y], "o", color=col, ms=6, mfc="white", mew=1.6, zorder=5)
        if any(c.get("point") is not None for c in curves):
            point = tr("P(landslide) = 0.5 (the confusion matrix)")
            ax.plot([], [], "o", color="#555555", ms=6, mfc="white", mew=1.6, label=point)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.01)
        ax.set_xlabel(tr("False positive rate FPR"))
        ax.set_ylabel(tr("True positive rate TPR"))
        ax.set_title(title)
        ax.grid(alpha=0.3)
        _curve_legend(ax, len(curves) + 2)
        return _save(fig, path, dpi)


def importance(names, mean, std, method: str | None, path: Path, dpi: int) -> Path:
    """Permutation importance per factor: horizontal bars (most important on top) with ±1 std error bars."""
    mean, std = np.asarray(mean, dtype=float), np.asarray(std, dtype=float)
    order = np.argsort(mean, kind="stable")
    with _figure(1.1 + 0.38 * len(names)) as (fig, ax):
        pos = np.arange(len(names))
        ax.barh(
            pos,
            mean[order],
            xerr=std[order],
            color=colour(method),
            ecolor="#333333",
            capsize=3,
            error_kw={"lw": 1.0},
        )
        ax.set_yticks(pos, [names[i] for i in order])
        ax.axvline(0, color="#888888", lw=0.8)
        hi = float(np.nanmax(mean + std)) if len(mean) else 0.0
        lo = float(np.nanmin(mean - std)) if len(mean) else 0.0
        span = max(hi, 0.0) - min(lo, 0.0) or 1e-3
        ax.set_xlim(min(lo, 0.0) - 0.02 * span, max(hi, 0.0) + 0.22 * span)
        for i, (m, s) in enumerate(zip(mean[order], std[order])):
            ax.text(max(m + s, 0.0) + 0.02 * span, i, f"{m:.4f}", va="center", fontsize=8)
        ax.set_xlabel(tr("Decrease of the ROC AUC when the factor is shuffled (mean ± std over the repeats)"))
        ax.grid(alpha=0.3, axis="x")
        return _save(fig, path, dpi)


def bin_width_curve(widths, success, prediction, best: float | None, method: str, path: Path, dpi: int) -> Path:
    """Success and prediction rate against bin width, the optimum marked (ALSA paper Figure 8)."""
    with _figure(3.8) as (fig, ax):
        col = colour(method)
        ax.plot(widths, success, color=col, lw=1.4, label=tr("success rate"))
        if prediction is not None and np.isfinite(prediction).any():
            ax.plot(widths, prediction, color=col, lw=1.4, ls="--", label=tr("prediction rate"))
        if best is not None:
            ax.axvline(best, color="#444444", lw=0.8, ls=":")
            y = prediction if prediction is not None and np.isfinite(prediction).any() else success
            k = int(np.argmin(np.abs(np.asarray(widths) - best)))
            ax.plot([widths[k]], [y[k]], "o", color=col, ms=7, mfc="white", mew=2)
            ax.annotate(
                tr("optimum: w = {w:g}, AUC {auc:.4f}").format(w=best, auc=y[k]),
                (widths[k], y[k]),
                xytext=(12, 12),
                textcoords="offset points",
                fontsize=9,
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#999999", "alpha": 0.9},
            )
        ax.set_xlabel(tr("Bin width (normalised factor units, 0–1)"))
        ax.set_ylabel(tr("Area under the rate curve (AUC)"))
        ax.set_title(tr("{method}: rates against bin width").format(method=method))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
        return _save(fig, path, dpi)


def _distribution_axes(ax, x, ls_share, non_share, bars: bool, xlabel: str):
    if bars:
        pos = np.arange(len(x))
        ax.bar(pos - 0.2, ls_share * 100, 0.4, color=LANDSLIDE_COLOUR, label=tr("landslide cells"))
        ax.bar(pos + 0.2, non_share * 100, 0.4, color=NON_LANDSLIDE_COLOUR, label=tr("non-landslide cells"))
    else:
        ax.fill_between(x, ls_share * 100, color=LANDSLIDE_COLOUR, alpha=0.35, lw=0)
        ax.plot(x, ls_share * 100, color=LANDSLIDE_COLOUR, lw=1.2, label=tr("landslide cells"))
        ax.plot(x, non_share * 100, color=NON_LANDSLIDE_COLOUR, lw=1.2, label=tr("non-landslide cells"))
    ax.set_ylabel(tr("Share (%)") if bars else tr("Share per value bin (%)"))
    ax.set_xlabel(xlabel)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)


def favourability(
    name: str, method: str, x, fav, ls_share, non_share, classified: bool, path: Path, dpi: int, xlabel: str
) -> Path:
    """Favourability against the factor's value (ALSA paper Figure 9) above its landslide/non-landslide shares."""
    with _figure(5.0, rows=2, ratios=[3, 2]) as (fig, (top, bottom)):
        col = colour(method)
        if classified:
            pos = np.arange(len(x))
            top.bar(pos, fav, color=np.where(np.asarray(fav) >= 0, col, "#95a5a6"))
            top.set_xticks(pos, [f"{v:g}" for v in x], fontsize=8, rotation=90 if len(x) > 20 else 0)
        else:
            top.plot(x, fav, color=col, lw=1.2)
        top.axhline(0 if method != "FR" and method != "SR" else 1, color="#888888", lw=0.7)
        top.set_ylabel(tr("Favourability ({method})").format(method=method))
        top.set_title(name)
        top.grid(alpha=0.3)
        _distribution_axes(bottom, x, ls_share, non_share, classified, xlabel)
        if classified:
            bottom.set_xticks(np.arange(len(x)), [f"{v:g}" for v in x], fontsize=8, rotation=90 if len(x) > 20 else 0)
        return _save(fig, path, dpi)


def distribution(name: str, labels, ls_share, non_share, path: Path, dpi: int, xlabel: str) -> Path:
    """Landslide and non-landslide shares over a factor's classes (ML paper §5.1)."""
    with _figure(3.2) as (fig, ax):
        _distribution_axes(ax, labels, np.asarray(ls_share), np.asarray(non_share), True, xlabel)
        ax.set_xticks(np.arange(len(labels)), labels, fontsize=7, rotation=45 if len(labels) > 6 else 0, ha="right")
        ax.set_title(name)
        return _save(fig, path, dpi)


def zone_map(
    codes: np.ndarray, colours: list[str], labels: list[str], cell: float | None, path: Path, dpi: int
) -> Path:
    """A small map of the zones (nodata white), with a legend and a scale in map units along the axes."""
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    rows, cols = codes.shape
    step = max(1, int(np.ceil(max(rows, cols) / 1200)))  # at most ~1200 cells a side
    shown = codes[::step, ::step]
    height = min(6.0, max(2.5, 5.0 * rows / max(cols, 1)))
    with _figure(height + 0.6, width=6.0) as (fig, ax):
        cmap = ListedColormap(["#ffffff"] + list(colours))
        ax.imshow(shown, cmap=cmap, vmin=-0.5, vmax=len(colours) + 0.5, interpolation="nearest")
        ax.set_xticks([])
        ax.set_yticks([])
        if cell:
            ax.set_xlabel(tr("{km:g} km wide").format(km=round(cols * cell / 1000.0, 2)))
        handles = [Patch(color=c, label=lab) for c, lab in zip(colours[::-1], labels[::-1])]
        ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
        ax.set_title(tr("Susceptibility zones"))
        return _save(fig, path, dpi)


def zone_shares(labels, area, train, test, path: Path, dpi: int) -> Path:
    """Area share and landslide shares per zone (bars), lowest zone on the left."""
    with _figure(3.4) as (fig, ax):
        pos = np.arange(len(labels))
        series = [(tr("area"), area, "#95a5a6"), (tr("training landslides"), train, LANDSLIDE_COLOUR)]
        if test is not None and np.isfinite(np.asarray(test, dtype=float)).any():
            series.append((tr("test landslides"), test, "#e67e22"))
        w = 0.8 / len(series)
        for i, (label, v, col) in enumerate(series):
            ax.bar(pos + (i - (len(series) - 1) / 2) * w, np.asarray(v, dtype=float) * 100, w, color=col, label=label)
        ax.set_xticks(pos, labels)
        ax.set_ylabel(tr("Share (%)"))
        ax.set_xlabel(tr("Zone"))
        ax.grid(alpha=0.3, axis="y")
        ax.legend(fontsize=8)
        return _save(fig, path, dpi)


def decisiveness(names, dc, kinds, method: str, path: Path, dpi: int) -> Path:
    """Decisiveness per factor (horizontal bars, most decisive on top)."""
    order = np.argsort(dc)
    with _figure(0.9 + 0.35 * len(names)) as (fig, ax):
        col = colour(method)
        cols = [col if kinds[i] == "continuous" else "#7f8c8d" for i in order]
        ax.barh(np.arange(len(names)), np.asarray(dc)[order], color=cols)
        ax.set_yticks(np.arange(len(names)), [names[i] for i in order])
        ax.set_xlim(0, max(1e-9, float(np.nanmax(dc))) * 1.12)
        for i, v in enumerate(np.asarray(dc)[order]):
            ax.text(v, i, f" {v:.3f}", va="center", fontsize=8)
        ax.set_xlabel(tr("Decisiveness DC (mean |CF| over the valid cells, 0–1)"))
        ax.grid(alpha=0.3, axis="x")
        return _save(fig, path, dpi)


def compare_rates(methods, scenarios, values, ylabel: str, path: Path, dpi: int) -> Path:
    """Rates of every method (bars in the method's colour) grouped by scenario."""
    values = np.asarray(values, dtype=float)  # scenarios × methods
    with _figure(3.8) as (fig, ax):
        pos = np.arange(len(scenarios))
        w = 0.85 / max(1, len(methods))
        for j, m in enumerate(methods):
            ax.bar(pos + (j - (len(methods) - 1) / 2) * w, values[:, j], w, color=colour(m), label=m)
        finite = values[np.isfinite(values)]
        if finite.size:
            lo, hi = finite.min(), finite.max()
            pad = max((hi - lo) * 0.3, 0.005)
            ax.set_ylim(max(0.0, lo - pad), min(1.0, hi + pad))
        ax.set_xticks(pos, scenarios)
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3, axis="y")
        ax.legend(  # above the axes: bars never hide behind it
            fontsize=8,
            ncol=min(8, len(methods)),
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            frameon=False,
            borderaxespad=0.2,
        )
        return _save(fig, path, dpi)


def heatmap(names, matrix, title: str, path: Path, dpi: int, signed: bool = True) -> Path:
    """A factor × factor matrix as coloured cells with their values (correlations −1…1, Cramér's V 0…1)."""
    m = np.asarray(matrix, dtype=float)
    n = len(names)
    side = min(9.0, max(3.6, 1.4 + 0.55 * n))
    with _figure(side, width=side + 1.2) as (fig, ax):
        cmap, lo = ("RdBu_r", -1.0) if signed else ("Reds", 0.0)
        im = ax.imshow(m, cmap=cmap, vmin=lo, vmax=1.0, interpolation="nearest")
        ax.set_xticks(np.arange(n), names, rotation=45, ha="right", fontsize=8)
        ax.set_yticks(np.arange(n), names, fontsize=8)
        if n <= 16:
            for i in range(n):
                for j in range(n):
                    if np.isfinite(m[i, j]):
                        dark = abs(m[i, j]) > 0.6
                        ax.text(
                            j,
                            i,
                            f"{m[i, j]:.2f}",
                            ha="center",
                            va="center",
                            fontsize=7 if n > 8 else 8,
                            color="white" if dark else "black",
                        )
        fig.colorbar(im, ax=ax, shrink=0.8)
        ax.set_title(title)
        return _save(fig, path, dpi)
