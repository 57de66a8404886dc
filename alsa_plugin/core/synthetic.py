"""A deterministic synthetic study area: the benchmark stack and the demo's sample data.

Smooth random fields (two octaves of bilinearly upsampled noise) stand in for
continuous factors; quantised fields for classified ones (geology-like codes). The
first continuous factor is a "slope" clipped at 0, so it has flat cells. Landslides
are the blobs where a hidden susceptibility (a peaked response to one factor, a
monotone one to two others, a class effect) plus smooth noise exceeds the quantile
that leaves ``landslide_fraction`` of the cells. Same seed, same stack.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .factors import Factor


@dataclass(frozen=True)
class Stack:
    """Factors and a 0/1 landslide grid of one shape."""

    factors: list[Factor]
    landslides: np.ndarray


def _upsample(coarse: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Bilinear upsampling of a coarse grid to ``shape`` (float32, separable)."""

    def axis_weights(n_out: int, n_in: int) -> tuple[np.ndarray, np.ndarray]:
        pos = np.linspace(0, n_in - 1, n_out, dtype=np.float64)
        i0 = np.minimum(pos.astype(np.int64), n_in - 2)
        return i0, (pos - i0).astype(np.float32)

    r0, rt = axis_weights(shape[0], coarse.shape[0])
    c0, ct = axis_weights(shape[1], coarse.shape[1])
    rows = coarse[r0] * (1 - rt)[:, None] + coarse[r0 + 1] * rt[:, None]
    out = rows[:, c0] * (1 - ct)
    out += rows[:, c0 + 1] * ct
    return out


def smooth_field(shape: tuple[int, int], rng: np.random.Generator, scale: int = 64) -> np.ndarray:
    """A smooth random field in roughly −3…3 (float32): two octaves of upsampled noise."""
    out = np.zeros(shape, dtype=np.float32)
    for s, amp in ((scale, 1.0), (max(scale // 8, 2), 0.35)):
        coarse = rng.standard_normal((max(shape[0] // s, 1) + 2, max(shape[1] // s, 1) + 2)).astype(np.float32)
        out += amp * _upsample(coarse, shape)
    return out


def make_stack(
    shape: tuple[int, int] = (400, 500),
    n_continuous: int = 4,
    n_classified: int = 1,
    landslide_fraction: float = 0.01,
    seed: int = 0,
) -> Stack:
    """Build the synthetic stack (see the module docstring).

    The paper-scale benchmark is ``make_stack((4710, 4432), 18, 3)``: 21 factors,
    ~1 % landslide cells.
    """
    rng = np.random.default_rng(seed)
    factors = []
    for i in range(n_continuous):
        f = smooth_field(shape, rng, scale=48 + 16 * (i % 4))
        if i == 0:  # slope in degrees with flat cells
            np.maximum(f * 12.0 + 14.0, 0.0, out=f)
            name = "slope"
        else:
            f *= 100.0
            f += 1000.0 * i
            name = f"factor{i:02d}"
        factors.append(Factor(name, f, nodata=None))
    for i in range(n_classified):
        f = smooth_field(shape, rng, scale=96)
        n_cls = (14, 8, 5, 3)[i % 4]
        edges = np.linspace(-2.0, 2.0, n_cls - 1, dtype=np.float32)
        factors.append(Factor(f"classes{i:02d}", (np.searchsorted(edges, f) + 1).astype(np.uint8), classified=True))

    hidden = smooth_field(shape, rng, scale=24) * np.float32(1.5)
    if n_continuous:
        s = factors[0].values
        hidden += np.float32(1.2) * np.exp(-(((s - 30.0) / 10.0) ** 2)).astype(np.float32)  # peak at 30°
    for f in factors[1:3]:
        if not f.classified:
            hidden += (f.values - f.values.mean()) / np.float32(100.0) * np.float32(0.5)
    if n_classified:
        cls = factors[n_continuous].values
        hidden += np.float32(0.4) * ((cls % 3) == 0)
    k = int(round((1 - landslide_fraction) * hidden.size))
    threshold = np.partition(hidden.ravel(), k)[k]
    landslides = (hidden > threshold).astype(np.uint8)
    return Stack(factors, landslides)
