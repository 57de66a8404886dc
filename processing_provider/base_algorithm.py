"""A small base for the ``alsa`` algorithms: what every one of them would otherwise repeat."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterDefinition

from ..alsa_plugin.core.i18n import tr
from ..alsa_plugin.gis.leftovers import make_workdir
from .feedback import processing_errors, stop_on_signals
from .study_parameters import rerun_parameters


class AlsaAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (the id after ``alsa:``), ``DISPLAY_NAME``, ``GROUP``, ``GROUP_ID`` and ``HELP``."""

    NAME = DISPLAY_NAME = GROUP = GROUP_ID = HELP = ""

    def tr(self, text: str) -> str:
        """``text`` in the user's language (one translation context for the whole plugin, ``core.i18n``)."""
        return tr(text)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(self.HELP)

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """QGIS's check, with a message that names the parameter and says what it takes.

        QGIS's own message is "Incorrect parameter value for LANDSLIDES"; users of the
        dialog and of ``qgis_process`` get the parameter's label and its help instead.
        """
        for p in self.parameterDefinitions():
            value = parameters.get(p.name()) if parameters else None
            if p.checkValueIsAcceptable(value, context):
                continue
            missing = value is None or (isinstance(value, (str, list)) and not value)
            text = (
                tr("{name} ({label}) is required. {help}")
                if missing
                else tr("{name} ({label}): {value} cannot be used here. {help}")
            )
            return False, text.format(name=p.name(), label=p.description(), value=_shown(value), help=p.help())
        return super().checkParameterValues(parameters, context)

    def add(self, param: QgsProcessingParameterDefinition, help_text: str) -> None:
        """Add ``param`` with its help text (shown in the dialog and by ``qgis_process help``)."""
        param.setHelp(self.tr(help_text))
        self.addParameter(param)

    def _log_extra(self, parameters, context) -> dict:
        """What a job's run log adds about the run: the algorithm, QGIS's version and the parameters to rerun it."""
        return {
            "algorithm": f"alsa:{self.name()}",
            "qgis_version": Qgis.version(),
            "parameters": rerun_parameters(self, parameters, context),
        }


class PreparedAlgorithm(AlsaAlgorithm):
    """An algorithm whose layers are resolved and exported in ``prepareAlgorithm``.

    QGIS calls ``prepareAlgorithm`` on the thread that owns the project's layers (the
    main thread) and ``processAlgorithm`` on a worker thread from the toolbox or a
    background task. So everything that touches a QGIS layer happens in
    :meth:`prepare_inputs` (subclasses), which returns plain data (file paths, WKT,
    numbers) kept in ``self.inputs``; :meth:`process` then only reads files. The
    temporary folder for exported layers is removed when processing ends, fails, or the
    preparation itself fails.

    A bad input found while preparing is raised at the start of ``processAlgorithm``:
    QGIS reduces an exception from ``prepareAlgorithm`` to "There were errors executing
    the algorithm" for ``processing.run`` callers, while one from ``processAlgorithm``
    reaches every caller (toolbox, ``qgis_process``, scripts, the dialog) with its text.
    """

    def __init__(self):
        super().__init__()
        self.inputs = None
        self.log_extra: dict = {}
        self._workdir: Path | None = None
        self._error: QgsProcessingException | None = None

    def prepare_inputs(self, parameters, context, feedback, workdir: Path):
        """Resolve layers into plain inputs (main thread); raise QgsProcessingException on bad input."""
        raise NotImplementedError

    def process(self, parameters, context, feedback) -> dict:
        """The work, from ``self.inputs`` (worker thread: no layer access)."""
        raise NotImplementedError

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        try:
            with stop_on_signals():  # a termination signal: clean up, then the previous handler acts
                self._workdir = make_workdir()  # named for this process; stale ones of killed runs go
                try:
                    with processing_errors():
                        self.inputs = self.prepare_inputs(parameters, context, feedback, self._workdir)
                    self.log_extra = self._log_extra(parameters, context)
                except BaseException:
                    self._cleanup()
                    raise
        except QgsProcessingException as exc:
            self._error = exc
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        with stop_on_signals():
            try:
                if self._error is not None:
                    raise self._error
                return self.process(parameters, context, feedback)
            finally:
                self._cleanup()

    def _cleanup(self) -> None:
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None


def _shown(value) -> str:
    """A parameter value as a user recognises it in a message (a layer by its name)."""
    name = getattr(value, "name", None)
    if callable(name):
        return repr(name())
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 80 else text[:77] + "…"
