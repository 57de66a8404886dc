"""Susceptibility zones: any susceptibility map cut into n classes, very low … very high.

The breaks come from :func:`alsa_plugin.core.reclassify.class_breaks` (natural breaks,
quantile, equal interval over the ranked cells) or from the success-rate curve
(``cumulative_share``): with shares s_1 < … < s_m (fractions of the training landslide
weight, e.g. 0.5, 0.75, 0.9, 0.95), edge t_k is the *highest* score t such that the
landslide weight on cells with score ≥ t is at least s_k of the total — the score at
which the success curve (SPEC §7, cells ranked from the highest score) first reaches
s_k. The m + 1 zones are then, from the top: score ≥ t_1 (very high), t_2 ≤ score < t_1,
…, score < t_m (very low). Cells tied at an edge all go up, so the zone above an edge
holds at least its share (more when the edge's score is shared by many cells); two
shares reached on the same score give an empty zone.

Zone codes: 1 (lowest susceptibility) … n (highest), 0 = not ranked (NaN score).
Natural breaks, quantile and equal interval zones hold ``lower < score ≤ upper``
(zone 1 also the minimum), as :func:`~alsa_plugin.core.reclassify.reclassify`;
cumulative-share zones hold ``lower ≤ score < upper`` (the top zone also the maximum).

The zone table counts landslides as the evaluation does: each landslide cell with its
weight (a cell holding two points counts 2), landslide cells on unranked cells left out;
area share = zone cells / ranked cells; landslide share = zone weight / ranked weight;
density ratio = landslide share / area share (the zone's frequency ratio; NaN for an
empty zone).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import AlsaInputError
from .i18n import tr, tr_noop
from .reclassify import class_breaks
from .study import Landslides

METHODS = ("natural_breaks", "quantile", "equal_interval", "cumulative_share")
METHOD_LABELS = {
    "natural_breaks": tr_noop("natural breaks"),
    "quantile": tr_noop("quantile"),
    "equal_interval": tr_noop("equal interval"),
    "cumulative_share": tr_noop("cumulative landslide share"),
}
MIN_ZONES, MAX_ZONES = 2, 10
DEFAULT_SHARES = (0.5, 0.75, 0.9, 0.95)

_NAMES = {
    2: (tr_noop("low"), tr_noop("high")),
    3: (tr_noop("low"), tr_noop("moderate"), tr_noop("high")),
    4: (tr_noop("low"), tr_noop("moderate"), tr_noop("high"), tr_noop("very high")),
    5: (tr_noop("very low"), tr_noop("low"), tr_noop("moderate"), tr_noop("high"), tr_noop("very high")),
    6: (
        tr_noop("very low"),
        tr_noop("low"),
        tr_noop("moderate"),
        tr_noop("high"),
        tr_noop("very high"),
        tr_noop("extremely high"),
    ),
}
# green (very low) to dark red (very high): the QGIS style and the report's plots share them
_RAMP = ("#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c", "#7b0000")

COLUMNS = (
    "zone",
    "label",
    "lower",
    "upper",
    "cells",
    "area_share",
    "train_landslide_share",
    "test_landslide_share",
    "density_ratio",
    "train_landslides",
    "test_landslides",
    "test_density_ratio",
)


def translated_labels(n_zones: int) -> list[str]:
    """Zone labels in the user's language."""
    if n_zones in _NAMES:
        return [tr(t) for t in _NAMES[n_zones]]
    return [tr("zone {k}").format(k=k) for k in range(1, n_zones + 1)]


def zone_colours(n_zones: int) -> list[str]:
    """``n_zones`` colours (hex) from green (lowest) to dark red (highest)."""
    if n_zones <= len(_RAMP) - 1:
        picks = np.round(np.linspace(0, len(_RAMP) - 2, n_zones)).astype(int)
        return [_RAMP[i] for i in picks]
    rgb = np.array([[int(c[i : i + 2], 16) for i in (1, 3, 5)] for c in _RAMP], dtype=float)
    t = np.linspace(0, len(_RAMP) - 1, n_zones)
    mixed = [np.array([np.interp(x, np.arange(len(_RAMP)), rgb[:, j]) for j in range(3)]) for x in t]
    return ["#{:02x}{:02x}{:02x}".format(*np.round(c).astype(int)) for c in mixed]


def parse_shares(text) -> tuple[float, ...]:
    """SHARES as fractions: "50,75,90,95" (percent) → (0.5, 0.75, 0.9, 0.95); strictly increasing in (0, 100)."""
    items = text if isinstance(text, (list, tuple)) else str(text or "").replace(";", ",").split(",")
    try:
        values = [float(str(v).strip().rstrip("%")) for v in items if str(v).strip()]
    except ValueError:
        values = []
    ok = values and all(0 < v < 100 for v in values) and all(b > a for a, b in zip(values, values[1:]))
    if not ok or len(values) > MAX_ZONES - 1:
        raise AlsaInputError(
            tr(
                "SHARES: give 1 to {most} increasing landslide percentages between 0 and 100, separated by "
                "commas (e.g. 50,75,90,95); got {text!r}"
            ).format(most=MAX_ZONES - 1, text=str(text))
        )
    return tuple(v / 100.0 for v in values)


def share_breaks(scores: np.ndarray, landslides: Landslides, shares) -> np.ndarray:
    """Breaks (ascending, min to max) whose inner edges are the scores where the success curve reaches ``shares``.

    Edge for share s: the highest score t with (landslide weight on cells scoring ≥ t) ≥ s · total.
    """
    s = np.asarray(scores, dtype=np.float64).ravel()
    ls_scores = s[landslides.idx]
    keep = ~np.isnan(ls_scores)
    if not keep.any() or landslides.weight[keep].sum() <= 0:
        raise AlsaInputError(tr("LANDSLIDES: no landslide lies on a ranked cell; zones by landslide share need some"))
    values, inverse = np.unique(ls_scores[keep], return_inverse=True)
    weight = np.bincount(inverse, weights=landslides.weight[keep], minlength=values.size)
    from_top = np.cumsum(weight[::-1])  # weight on cells scoring ≥ values[::-1][j]
    total = from_top[-1]
    # first level from the top where the cumulative weight reaches s (a tiny tolerance for 0.7·10 ≠ 7)
    first = np.searchsorted(from_top, np.asarray(shares) * total * (1 - 1e-12), side="left")
    edges = values[::-1][np.minimum(first, values.size - 1)]
    lo, hi = np.nanmin(s), np.nanmax(s)
    return np.concatenate(([lo], edges[::-1], [hi]))


def breaks_for(
    scores: np.ndarray,
    n_zones: int,
    method: str,
    landslides: Landslides | None = None,
    shares=DEFAULT_SHARES,
) -> np.ndarray:
    """``n_zones + 1`` breaks (min to max) of the ranked (non-NaN) scores; cumulative share: len(shares) + 2."""
    if method not in METHODS:
        raise AlsaInputError(
            tr("BREAKS must be one of {methods}; got {method!r}").format(methods=", ".join(METHODS), method=method)
        )
    if method == "cumulative_share":
        if landslides is None:
            raise AlsaInputError(tr("zones by cumulative landslide share need the training landslides"))
        return share_breaks(scores, landslides, shares)
    if not (isinstance(n_zones, (int, np.integer)) and MIN_ZONES <= n_zones <= MAX_ZONES):
        raise AlsaInputError(
            tr("N_ZONES must be a whole number from {low} to {high}, got {n!r}").format(
                low=MIN_ZONES, high=MAX_ZONES, n=n_zones
            )
        )
    return class_breaks(scores, int(n_zones), method)


def zone_codes(scores: np.ndarray, breaks: np.ndarray, method: str) -> np.ndarray:
    """Zone 1…n of every cell (uint8), 0 where the score is NaN; see the module docstring for the closed sides."""
    s = np.asarray(scores, dtype=np.float64)
    side = "right" if method == "cumulative_share" else "left"
    codes = (np.searchsorted(breaks[1:-1], s, side=side) + 1).astype(np.uint8)
    codes[np.isnan(s)] = 0
    return codes


def _weights_per_zone(codes_flat: np.ndarray, ls: Landslides | None, n: int) -> np.ndarray | None:
    if ls is None:
        return None
    z = codes_flat[ls.idx]
    on = z > 0
    return np.bincount(z[on], weights=ls.weight[on], minlength=n + 1)[1:]


def zone_table(
    codes: np.ndarray,
    breaks: np.ndarray,
    train: Landslides,
    test: Landslides | None = None,
    labels: list[str] | None = None,
) -> dict[str, np.ndarray]:
    """Per zone: the columns of :data:`COLUMNS` (test columns NaN without a test set)."""
    n = breaks.size - 1
    flat = np.asarray(codes).ravel()
    cells = np.bincount(flat, minlength=n + 1)[1:].astype(np.int64)
    ranked = cells.sum()
    area = cells / ranked if ranked else np.full(n, np.nan)
    w_train = _weights_per_zone(flat, train, n)
    w_test = _weights_per_zone(flat, test, n)

    def shares(w):
        if w is None:
            return np.full(n, np.nan)
        total = w.sum()
        return w / total if total > 0 else np.full(n, np.nan)

    def ratio(share):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(cells > 0, share / area, np.nan)

    train_share, test_share = shares(w_train), shares(w_test)
    nan = np.full(n, np.nan)
    return {
        "zone": np.arange(1, n + 1),
        "label": np.array(labels if labels is not None else translated_labels(n), dtype=object),
        "lower": breaks[:-1].astype(np.float64),
        "upper": breaks[1:].astype(np.float64),
        "cells": cells,
        "area_share": area,
        "train_landslide_share": train_share,
        "test_landslide_share": test_share,
        "density_ratio": ratio(train_share),
        "train_landslides": w_train,
        "test_landslides": w_test if w_test is not None else nan,
        "test_density_ratio": ratio(test_share),
    }


@dataclass(frozen=True)
class Zones:
    """The zones of one score map: breaks, codes (shape of the scores) and the per-zone table."""

    method: str
    breaks: np.ndarray
    codes: np.ndarray
    table: dict[str, np.ndarray]
    shares: tuple[float, ...] | None = None

    @property
    def n_zones(self) -> int:
        return self.breaks.size - 1

    def empty_zones(self) -> list[int]:
        return [int(z) for z, c in zip(self.table["zone"], self.table["cells"]) if c == 0]


def make_zones(
    scores: np.ndarray,
    train: Landslides,
    test: Landslides | None = None,
    n_zones: int = 5,
    method: str = "natural_breaks",
    shares=DEFAULT_SHARES,
) -> Zones:
    """Breaks, zone codes and zone table of ``scores`` (NaN = not ranked; any shape, landslide idx into its ravel).

    ``shares`` (fractions, increasing) is used only by ``cumulative_share``, where the
    zone count is ``len(shares) + 1`` and ``n_zones`` is ignored.
    """
    s = np.asarray(scores, dtype=np.float64)
    if np.isnan(s).all():
        raise AlsaInputError(tr("INPUT: the susceptibility map has no ranked cell"))
    shares = tuple(float(v) for v in shares) if method == "cumulative_share" else None
    breaks = breaks_for(s, n_zones, method, train, shares)
    codes = zone_codes(s, breaks, method)
    return Zones(method, breaks, codes, zone_table(codes, breaks, train, test), shares)
