"""Reclassify a continuous factor into n classes (the conventional 10/5/3 scenarios).

Non-finite cells (NaN = nodata, also +/-inf) are left out of the breaks and get
class code 0.
"""

from __future__ import annotations

from numbers import Integral

import numpy as np

from .errors import AlsaInputError
from .i18n import tr, tr_noop

METHODS = ("equal_interval", "quantile", "natural_breaks")
LABELS = {
    "equal_interval": tr_noop("equal interval"),
    "quantile": tr_noop("quantile"),
    "natural_breaks": tr_noop("natural breaks"),
}
MAX_CLASSES = 1000
_SAMPLE = 10  # natural breaks: ~_SAMPLE * max_points cells to probe the distinct count


def _check_int(name, value, low, high):
    ok = isinstance(value, Integral) and not isinstance(value, bool)
    if not (ok and low <= value <= high):
        raise AlsaInputError(
            tr("{name} must be an integer from {low} to {high}, got {value!r}").format(
                name=name, low=low, high=high, value=value
            )
        )
    return int(value)


def _as_float(values):
    try:
        return np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise AlsaInputError(tr("values must be a numeric array: {exc}").format(exc=exc)) from None


def _reduce(v, max_points):
    """Reduce finite values to <= max_points ascending weighted points (x, w).

    Also returns (idx, bins): None for exact distinct values, else the bin of every
    value and the bin of every point (equal-width bins, empty ones dropped).
    """
    if v.size <= max_points:
        return *np.unique(v, return_counts=True), None, None
    lo, hi = v.min(), v.max()
    t = v - lo
    t /= hi - lo  # not * (max_points / (hi - lo)): that can overflow for tiny ranges
    t *= max_points
    idx = t.astype(np.intp)
    np.minimum(idx, max_points - 1, out=idx)
    counts = np.bincount(idx, minlength=max_points)
    bins = np.flatnonzero(counts)
    rep = np.empty(max_points)
    rep[idx] = v
    if np.array_equal(v, rep[idx]):  # one distinct value per bin: exact in O(n)
        return rep[bins], counts[bins], None, None
    if np.unique(v[:: max(1, v.size // (_SAMPLE * max_points))]).size <= max_points:
        x, w = np.unique(v, return_counts=True)  # rare case: a full sort
        if x.size <= max_points:
            return x, w, None, None
    means = np.bincount(idx, v, max_points)[bins] / counts[bins]
    return means, counts[bins], idx, bins


def _fisher(x, w, k):
    """Fisher's exact optimal partition of m weighted ascending points into k classes.

    Returns the index of the last point of classes 1..k-1 (O(k m^2) time, O(m^2)
    memory); with m <= k every point is a class.
    """
    m = x.size
    if m <= k:
        return np.arange(m - 1)
    w = w.astype(np.float64)
    x = x - np.average(x, weights=w)  # centring limits cancellation in the sums
    cw, c1, c2 = (np.concatenate(([0.0], np.cumsum(a))) for a in (w, w * x, w * x * x))
    i, j1 = np.arange(m)[:, None], np.arange(1, m + 1)
    with np.errstate(divide="ignore", invalid="ignore"):  # seg[i, j]: SSE of i..j
        seg = (c2[j1] - c2[i]) - (c1[j1] - c1[i]) ** 2 / (cw[j1] - cw[i])
    seg[i >= j1] = np.inf
    np.maximum(seg, 0.0, out=seg)
    cost, cols, buf, back = seg[0].copy(), np.arange(m), np.empty((m - 1, m)), []
    for _ in range(k - 1):  # cost[j]: least SSE of points 0..j in c classes
        np.add(cost[:-1, None], seg[1:], out=buf)  # buf[s - 1, j]: last class s..j
        arg = buf.argmin(axis=0)
        cost = buf[arg, cols]
        back.append(arg)
    ends = [m - 1]
    for arg in reversed(back):
        ends.append(arg[ends[-1]])
    return np.array(ends[:0:-1], dtype=np.intp)


def _natural_breaks(v, n_classes, max_points):
    x, w, idx, bins = _reduce(v, max_points)
    ends = _fisher(x, w, n_classes)
    if idx is None:
        inner = x[ends]
    else:  # the largest cell value in the last bin of each class
        last = np.zeros(max_points, dtype=bool)
        last[bins[ends]] = True
        keep = last[idx]
        sv, si = v[keep], idx[keep]
        inner = np.array([sv[si == b].max() for b in bins[ends]])
    # breaks[0] is set to the minimum by the caller; missing top breaks repeat the max
    return np.pad(inner, (1, n_classes - inner.size), constant_values=v.max())


def class_breaks(
    values: np.ndarray,
    n_classes: int,
    method: str = "equal_interval",
    *,
    max_points: int = 2000,
) -> np.ndarray:
    """Class breaks of a factor over its finite cells.

    Parameters
    ----------
    values : array_like
        Factor values, 1-D or 2-D; non-finite cells are nodata.
    n_classes : int
        Number of classes, 2 to 1000.
    method : {"equal_interval", "quantile", "natural_breaks"}
        ``equal_interval``: equal widths from min to max. ``quantile``: breaks at
        ``np.quantile`` (linear interpolation); heavily tied values can give equal
        breaks and so empty classes. ``natural_breaks``: Fisher-Jenks (least
        within-class sum of squared deviations), exact over <= ``max_points``
        weighted points: the distinct values with their counts when there are at
        most ``max_points``, else ``max_points`` equal-width bins, each its mean
        value and count (empty bins dropped). An inner break is the largest cell
        value of its class, so cells fall in the classes found for their points.
        With fewer points than classes the top breaks repeat the maximum.
    max_points : int
        Point limit of ``natural_breaks``, 2 to 5000 (memory ~ 32 m^2 bytes).

    Returns
    -------
    numpy.ndarray
        ``n_classes + 1`` non-decreasing float64 breaks, from min to max.

    Raises
    ------
    AlsaInputError
        Bad parameter, no finite cell, or a constant factor.
    """
    n_classes = _check_int("n_classes", n_classes, 2, MAX_CLASSES)
    max_points = _check_int("max_points", max_points, 2, 5000)
    if method not in METHODS:
        raise AlsaInputError(
            tr("method must be one of {methods}; got {method!r}").format(methods=", ".join(METHODS), method=method)
        )
    a = _as_float(values)
    v = a[np.isfinite(a)]
    if v.size == 0:
        raise AlsaInputError(tr("values: the factor has only nodata cells; check the raster's nodata"))
    lo, hi = v.min(), v.max()
    if lo == hi:
        raise AlsaInputError(
            tr(
                "values: the factor is constant ({value:g} in every valid cell) and cannot be split into classes; "
                "leave it out of the factors"
            ).format(value=lo)
        )
    if method == "equal_interval":
        breaks = np.linspace(lo, hi, n_classes + 1)
    elif method == "quantile":
        breaks = np.quantile(v, np.linspace(0.0, 1.0, n_classes + 1))
        breaks = np.maximum.accumulate(breaks)
    else:
        breaks = _natural_breaks(v, n_classes, max_points)
    breaks[0], breaks[-1] = lo, hi
    return breaks


def reclassify(
    values: np.ndarray,
    n_classes: int,
    method: str = "equal_interval",
    *,
    max_points: int = 2000,
) -> tuple[np.ndarray, np.ndarray]:
    """Class codes 1..n_classes of a factor (0 = nodata) and the breaks used.

    Class ``k`` holds ``breaks[k-1] < v <= breaks[k]``, plus the minimum in class 1.
    Parameters and errors as for :func:`class_breaks`.

    Returns
    -------
    classes : numpy.ndarray
        Shape of ``values``; uint8, or uint16 when ``n_classes > 255``.
    breaks : numpy.ndarray
        The ``n_classes + 1`` breaks of :func:`class_breaks`.
    """
    a = _as_float(values)
    breaks = class_breaks(a, n_classes, method, max_points=max_points)
    dtype = np.uint8 if n_classes <= 255 else np.uint16
    classes = (np.searchsorted(breaks[1:-1], a, side="left") + 1).astype(dtype)
    classes[~np.isfinite(a)] = 0
    return classes, breaks
