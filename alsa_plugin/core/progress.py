"""Progress and cancellation through a plain callback (no Qt types in the core).

A callback has the signature ``callback(fraction: float, message: str) -> bool | None``.
``fraction`` runs from 0 to 1. Returning ``False`` asks the core to stop; the core then
raises :class:`~.errors.Cancelled`. ``None`` (or any other value) means "go on".
"""

from __future__ import annotations

from typing import Callable, Optional

from .errors import Cancelled

ProgressCallback = Optional[Callable[[float, str], Optional[bool]]]


def report(callback: ProgressCallback, fraction: float, message: str = "") -> None:
    """Send progress to ``callback`` and raise :class:`Cancelled` if it answers ``False``."""
    if callback is not None and callback(min(max(fraction, 0.0), 1.0), message) is False:
        raise Cancelled(message or "cancelled")


def scaled(callback: ProgressCallback, start: float, stop: float) -> ProgressCallback:
    """A callback that maps 0..1 onto ``start..stop`` of ``callback`` (for sub-steps)."""
    if callback is None:
        return None

    def inner(fraction: float, message: str) -> Optional[bool]:
        return callback(start + (stop - start) * fraction, message)

    return inner
