"""Help texts of the algorithms and their parameters (shown in the toolbox and by qgis_process help).

Layout rule for every help string of the provider (checked by tests/qgis/test_help_texts.py):
QGIS's help panel wraps each *line* of a ``shortHelpString`` in its own ``<p>``, and
``qgis_process help`` prints the string as it is. So a newline may only separate whole
blocks (``<p>…</p>``, ``<ul>…</ul>``); the wrapped source lines inside a block end with a
backslash (line continuation inside the string). Parameter help has no newline at all,
and the help of a number parameter states its range as declared in its definition.

Equation numbers are the paper's own (Li & Lan 2023) and only those its cross-references
confirm: CF eq. 23, cosine amplitude eq. 27, SR eq. 33, NR eq. 34, WS eq. 35, WoE
posterior eq. 36, WC eq. 41. Everything else cites §2.2.3 and Table 1.
"""

from __future__ import annotations

from ..alsa_plugin.core.i18n import tr, tr_noop

FORMULAS = {
    "FC": tr_noop("FC = p(L|F) − p(L); LSI = Σ FC (§2.2.3, Table 1). Neutral value 0."),
    "FR": tr_noop("FR = p(L|F) / p(L); LSI = Σ FR (§2.2.3, Table 1). Neutral value 1 per factor."),
    "IV": tr_noop("IV = ln(p(L|F) / p(L)); LSI = Σ IV (§2.2.3, Table 1). Neutral value 0."),
    "CF": (
        tr_noop(
            "CF = (p(L|F) − p(L)) / (p(L|F)(1 − p(L))) when p(L|F) ≥ p(L), else (p(L|F) − p(L)) / (p(L)(1 − p(L|F))) "
            "(eq. 23); factors combined pairwise by the CF rule (§2.2.3, Table 1). LSI in [−1, 1], neutral value 0."
        )
    ),
    "CA": (
        tr_noop(
            "CA = √(p(L|F)·p(F|L)): the cosine amplitude (eq. 27) of the landslide and the class indicator "
            "vectors over the cells; LSI = Σ CA (§2.2.3, Table 1)."
        )
    ),
    "WOE": (
        tr_noop(
            "W+ = ln SR = ln(p(F|L)/p(F|L̄)) (SR eq. 33), W− = ln NR = ln(p(F̄|L)/p(F̄|L̄)) (NR eq. 34); "
            "WS_j = W+_j + Σ_(k≠j) W−_k (eq. 35). The LSI raster holds the "
            "posterior log-odds logit p(L) + Σ WS (eq. 36)."
        )
    ),
    "WC": tr_noop("WC = W+ − W− (eq. 41); LSI = Σ WC (§2.2.3, Table 1). Neutral value 0."),
    "SR": tr_noop("SR = p(F|L) / p(F|L̄) (eq. 33); LSI = Σ SR (§2.2.3, Table 1). Neutral value 1 per factor."),
}

BIVARIATE_HELP = tr_noop("""<p>{name} method of ALSA 3.0 (Li &amp; Lan 2023, <i>Remote Sensing</i> 15, 1418).</p>
<p>{formula}</p>
<p>Factors are brought onto one grid (the first factor's CRS and, unless set, its extent and cell size). \
Continuous factors are normalised to 0–1, rounded to PRECISION decimals and analysed without classes: \
each value's bin is [u − w/2, u + w/2] with bin width w. With OPTIMIZE, every width k·10<sup>−Q</sup> is \
tried and the one with the best prediction rate (success rate without a test set) is used. \
Classified factors use their integer class codes.</p>
<p>Written to the output folder (names encode method and settings, e.g. LSI_CF_P3_W0.12.tif): the LSI, \
a favourability raster and a CSV table (every class or bin: counts, probabilities, favourability) per \
factor, the success/prediction rate curves, the bin-width/AUC table when optimising, the decisiveness \
of every factor at the width used (Decisiveness_CF_P3_W0.12.csv: the mean |CF| of its classes or bins \
over the valid cells, ALSA 5.0) and a JSON log with every input, setting and result. \
Nothing is written if the run fails or is cancelled.</p>""")

PARAMETER_HELP = {
    "LANDSLIDES": tr_noop(
        "Landslide inventory: points (each counts as one cell, or its weight), polygons (cells whose "
        "centre is inside) or a 0/1 raster."
    ),
    "WEIGHT_FIELD": tr_noop("Numeric field of a point layer: a point counts as this many landslide cells."),
    "ALL_TOUCHED": tr_noop("Polygons mark every cell they touch instead of the cells whose centre is inside."),
    "TEST_LANDSLIDES": tr_noop(
        "A separate test inventory (e.g. newer events). Then every landslide of LANDSLIDES "
        "trains and TRAIN_RATIO and SPLIT_BY are not used."
    ),
    "TRAIN_RATIO": tr_noop(
        "Share of landslide cells (or of whole landslides, with SPLIT_BY) used for training, 0.01–1 (0.7 = 70:30; "
        "1 = no test set)."
    ),
    "SPLIT_BY": tr_noop(
        "Landslide cells: cells are drawn at random, so one landslide polygon may train and test at once "
        "(ALSA's default). Whole landslides: each landslide goes to one side (a polygon, overlapping polygons "
        "together; a point, points in one cell together; a patch of a 0/1 raster, cells touching at an edge or "
        "corner, 8-connectivity), so the prediction rate is not flattered by cells of a training landslide; "
        "TRAIN_RATIO is then the share of landslides. The log says how many landslides and cells fell on each "
        "side. Does not apply with TEST_LANDSLIDES."
    ),
    "SEED": tr_noop(
        "Fixed seed for a repeatable training/test split (ALSA's pseudo random), a whole number 0–2147483647. "
        "Empty: a new split each run."
    ),
    "CONTINUOUS_FACTORS": tr_noop(
        "Rasters with continuous values (slope, elevation, …), analysed classification-free."
    ),
    "CLASSIFIED_FACTORS": tr_noop("Rasters of integer class codes (geology, land cover, …)."),
    "EXTENT": tr_noop("Processing extent; default the mask's extent, else the first factor's."),
    "MASK": tr_noop("Polygons of the study area: cells whose centre lies outside are left out."),
    "CELL_SIZE": tr_noop(
        "Cell size (> 0) in the units of the first factor's CRS; empty or 0: the first factor's own cell size."
    ),
    "PRECISION": tr_noop("Decimals kept of the normalised continuous values, 0–6 (0 = no rounding)."),
    "BIN_WIDTH": tr_noop("Bin width in normalised units, 0.000001–1; widths below 2·10^−PRECISION change nothing."),
    "OPTIMIZE": tr_noop("Search the bin width with the best prediction rate."),
    "OPT_PRECISION": tr_noop("Q, 1–4: the candidate widths are k·10^−Q, k = 1…10^Q."),
    "FLAT_SLOPE": tr_noop(
        "Slope raster: cells with slope 0 get a null LSI (flat-area constraint); they still count "
        "in the probabilities."
    ),
    "OUTPUT_LSI": tr_noop("Where to write the LSI; empty: LSI_<method>_P<P>_W<w>.tif in the output folder."),
    "OUTPUT_FOLDER": tr_noop("Folder for every other output (tables, favourability rasters, rates, log)."),
    "OUTPUT_ZONES": tr_noop(
        "Optional: the LSI cut into 5 susceptibility zones (very low … very high) by natural breaks over the "
        "valid cells, a Byte GeoTIFF with its zone table (CSV, same name) beside it; alsa:zones on the LSI offers "
        "other zone counts and edges."
    ),
    "OUTPUT_REPORT": tr_noop("Optional HTML report; its figures are written to a folder named after it."),
    "HIGH_DPI": tr_noop("Write the report's figures at 300 dpi (for print) instead of 150 dpi."),
    "FACTOR_NAMES": tr_noop(
        "Optional names of the factors, comma-separated, one per factor in order: the continuous factors "
        "first, then the classified factors. Empty: each layer's name (for a temporary output of another "
        "step, the name of its file where it has a lasting one)."
    ),
}

MODEL_ZONES_HELP = tr_noop(
    "Optional: the landslide probability cut into 5 susceptibility zones (very low … very high) by natural breaks "
    "over the valid cells, a Byte GeoTIFF with its zone table (CSV, same name) beside it; alsa:zones on the "
    "probability raster offers other zone counts and edges."
)


def bivariate_help(method_id: str) -> str:
    from ..alsa_plugin.core import get_method

    return tr(BIVARIATE_HELP).format(name=capitalised(tr(get_method(method_id).name)), formula=tr(FORMULAS[method_id]))


def capitalised(text: str) -> str:
    """``text`` with its first letter in capitals (a no-op for scripts without case)."""
    return text[:1].upper() + text[1:]
