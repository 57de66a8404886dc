"""The kernels in use: numba's when available (and not disabled), else numpy's."""

from ._accel import NUMBA

if NUMBA:
    from .kernels_numba import count_codes, lsi_sum, masked_positions, masked_range, rank_counts, remap
else:
    from .kernels_numpy import count_codes, lsi_sum, masked_positions, masked_range, rank_counts, remap

__all__ = ["NUMBA", "count_codes", "lsi_sum", "masked_positions", "masked_range", "rank_counts", "remap"]
