"""The kernels in use: numba's when available (and not disabled), else numpy's."""

from ._accel import NUMBA

if NUMBA:
    from .kernels_numba import grid_positions, lsi_sum, rank_counts, value_range
else:
    from .kernels_numpy import grid_positions, lsi_sum, rank_counts, value_range

__all__ = ["NUMBA", "grid_positions", "lsi_sum", "rank_counts", "value_range"]
