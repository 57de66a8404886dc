"""Glue between the core's progress callbacks/errors and QGIS Processing feedback."""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..alsa_plugin.core.errors import AlsaInputError, Cancelled


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
    """Turn the core's bad-input errors and cancellations into QgsProcessingException."""
    try:
        yield
    except AlsaInputError as exc:
        raise QgsProcessingException(str(exc)) from None
    except Cancelled:
        raise QgsProcessingException("Cancelled by the user: no output file was written.") from None
