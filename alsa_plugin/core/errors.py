"""Errors raised by the core for bad input; messages name the factor or parameter."""


class AlsaInputError(ValueError):
    """Input that the analysis cannot use. The message says which input and what to do."""


class Cancelled(Exception):  # noqa: N818 - reads as "the run was cancelled"
    """The user cancelled the run through the progress callback."""
