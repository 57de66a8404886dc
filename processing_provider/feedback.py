"""Glue between the core's progress callbacks/errors and QGIS Processing feedback.

Also the plugin's manners as a guest in QGIS when a run is stopped from outside:
:func:`stop_on_signals` lets SIGTERM, SIGINT (Ctrl-C) and SIGHUP end a run cleanly,
partial outputs and temporary folders removed, and then hands the signal on to whoever
handled it before (QGIS, Python, or the default action), exactly as if the plugin had
not been there.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..alsa_plugin.core.errors import AlsaInputError, Cancelled
from ..alsa_plugin.core.i18n import tr


def progress_callback(feedback: QgsProcessingFeedback):
    """A core progress callback that drives ``feedback`` and answers False on cancel."""
    last = {"msg": None}

    def callback(fraction: float, message: str):
        if message and message != last["msg"]:
            feedback.setProgressText(message)
            last["msg"] = message
        feedback.setProgress(100.0 * fraction)
        return not feedback.isCanceled()

    return callback


@contextmanager
def processing_errors():
    """Turn the core's bad-input errors, cancellations and a lack of memory into QgsProcessingException."""
    try:
        yield
    except AlsaInputError as exc:
        raise QgsProcessingException(str(exc)) from None
    except Cancelled:
        raise QgsProcessingException(tr("Cancelled by the user: no output file was written.")) from None
    except MemoryError:
        raise QgsProcessingException(
            tr(
                "Not enough memory for this run: no output file was written. Choose a larger CELL_SIZE, "
                "a smaller EXTENT or MASK, or fewer factors (or close other programs)."
            )
        ) from None


# --- signals ---------------------------------------------------------------------------------------------------


class Stopped(BaseException):  # noqa: N818 - reads as "the run was stopped"; BaseException: nothing swallows it
    """A termination signal arrived while a run was active (raised by the guard's handler)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, n))
# A stop request the plugin honours even where it was ignored before: Ctrl-C and a plain ``kill`` mean "stop
# this run" (qgis_process may leave SIGINT ignored at the OS level, and Python's own table can say SIG_IGN
# while QGIS has a C handler). SIGHUP keeps being ignored under ``nohup``.
ALWAYS = {signal.SIGTERM, signal.SIGINT}


class _Libc:
    """``sigaction`` through ctypes: the handler the OS really has, which may be one QGIS set in C
    (qgis_process's Ctrl-C handler) and which Python's ``signal.getsignal`` cannot see or restore.
    The ``struct sigaction`` is kept as opaque bytes (its layout differs between systems); only its
    first member, the handler, is ever read."""

    def __init__(self):
        self.sigaction = None
        if os.name != "posix":
            return
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            fn = libc.sigaction
        except (OSError, AttributeError):
            return
        fn.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
        fn.restype = ctypes.c_int
        self.sigaction = fn

    def save(self, signum: int):
        if self.sigaction is None:
            return None
        buf = ctypes.create_string_buffer(1024)  # larger than any struct sigaction
        return buf if self.sigaction(signum, None, buf) == 0 else None

    def restore(self, signum: int, buf) -> None:
        if self.sigaction is not None and buf is not None:
            self.sigaction(signum, buf, None)

    @staticmethod
    def ignored(buf) -> bool:
        return buf is not None and int.from_bytes(buf.raw[: ctypes.sizeof(ctypes.c_void_p)], sys.byteorder) == 1


_LIBC = _Libc()


class _SignalGuard:
    """Handlers for :data:`STOP_SIGNALS` while a run is active (main thread only).

    The first signal raises :class:`Stopped` in the run, so that every ``finally`` and
    ``with`` block on the way out cleans up (staged outputs, the temporary folder); later
    ones only wait. On the way out the previous handlers come back, Python's and the
    OS's, and a signal received is raised again for them: the default action then ends
    the process as it would have (status 128 + signal), QGIS's own handler does what it
    does, a Python handler (``KeyboardInterrupt``) runs as usual, an ignored signal stays
    ignored (the run has stopped all the same). SIGHUP ignored before (``nohup``) is left
    alone. Which handler was there is read from the OS (``sigaction``): Python's own table
    may be stale when QGIS set a handler in C.
    """

    def __init__(self):
        self.active = threading.current_thread() is threading.main_thread()
        self.saved: dict[int, tuple[object, object]] = {}
        self.received: int | None = None

    def handler(self, signum, frame) -> None:
        if self.received is None:
            self.received = signum
            raise Stopped(signum)

    def install(self) -> None:
        if not self.active:
            return  # a worker thread (the toolbox, a background task): Python may not set handlers there
        for signum in STOP_SIGNALS:
            try:
                python_old = signal.getsignal(signum)
                os_old = _LIBC.save(signum)
                ignored = _LIBC.ignored(os_old) if os_old is not None else python_old == signal.SIG_IGN
                if ignored and signum not in ALWAYS:
                    continue
                signal.signal(signum, self.handler)
            except (OSError, ValueError, RuntimeError):
                continue
            self.saved[signum] = (python_old, os_old)

    def restore(self) -> None:
        if not self.saved:
            return
        sigs = set(self.saved)
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, sigs)  # nothing may slip in between the two restores
        try:
            for signum, (python_old, os_old) in self.saved.items():
                signal.signal(signum, python_old if python_old is not None else signal.SIG_DFL)
                _LIBC.restore(signum, os_old)  # the exact handler the OS had (a C one Python cannot name)
        finally:
            self.saved = {}
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
        if self.received is not None:
            signal.raise_signal(self.received)  # hand it on: the default action, QGIS's or Python's handler


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Run the block so that SIGTERM, SIGINT and SIGHUP stop it cleanly; see :class:`_SignalGuard`.

    When the previous handler does not end the process, the stop comes out of the block
    as a QgsProcessingException that says so.
    """
    guard = _SignalGuard()
    guard.install()
    stopped = None
    try:
        yield
    except BaseException:
        # Stopped itself, or what it became on its way out: raised inside a numba kernel's dispatch it comes
        # out as a SystemError ("returned a result with an exception set"); after a stop that is no error
        if guard.received is None:
            raise
        stopped = guard.received
    finally:
        guard.restore()
    if stopped is not None:
        name = signal.Signals(stopped).name
        raise QgsProcessingException(
            tr("Stopped by {name}: the run was interrupted and no output file was written.").format(name=name)
        )
