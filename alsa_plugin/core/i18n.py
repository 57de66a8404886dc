"""Translation hook for every user-visible text of the plugin (messages, labels, help).

The core imports no Qt: :func:`tr` returns the text unchanged until the plugin installs
Qt's translator (``alsa_plugin/i18n.py``). All Python strings share one translation
context, :data:`CONTEXT`. ``scripts/transup.py`` collects the string literals given to
``tr(...)``/``self.tr(...)`` and to :func:`tr_noop` (texts stored in tables and translated
where they are shown) into ``i18n/alsa_*.ts``. Translate the template, then fill it:
``tr("Factor {name}: no valid cell.").format(name=name)`` — never ``tr(f"…")``.
"""

from __future__ import annotations

from typing import Callable

CONTEXT = "alsa"

_translate: Callable[[str], str] | None = None


def tr(text: str) -> str:
    """``text`` in the user's language when a translation is installed, else unchanged."""
    return text if _translate is None else _translate(text)


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation without translating it here (tables of texts)."""
    return text


def install(translate: Callable[[str], str] | None) -> None:
    """Route :func:`tr` through ``translate`` (the plugin passes Qt's); None restores the identity."""
    global _translate
    _translate = translate
