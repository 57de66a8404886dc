"""Machine-learning susceptibility models (SPEC §10; the ML paper, ``seeds/ml_susceptibility_hokkaido_paper.txt``).

A QGIS-free subpackage, imported only by the model code: neither ``alsa_plugin.core``
nor the bivariate methods import it, so they run without scikit-learn. Its modules:

- :mod:`.designs` — the sampling designs Px1, Po1, Po2, Po3 (ML paper §3); numpy only.
- :mod:`.models` — scikit-learn pipelines by key (LR, DT, KNN, ANN, MLP, RF, BAGGING, STACKING).
- :mod:`.predict` — the probability of every valid cell, in chunks of bounded memory.
- :mod:`.threads` — joblib in threads (never processes) for fits, importance and prediction.
- :mod:`.metrics` — confusion matrix, ROC, permutation importance, and the full map's
  success/prediction rates through :func:`alsa_plugin.core.evaluation.evaluate`.

:func:`require_sklearn` turns a missing scikit-learn into a message that says how to
install it.
"""

from __future__ import annotations

from ..errors import AlsaInputError
from ..i18n import tr


def require_sklearn() -> None:
    """Raise :class:`AlsaInputError` saying how to install scikit-learn when it is missing."""
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise AlsaInputError(
            tr(
                "the machine-learning models need scikit-learn, which this Python lacks ({error}). "
                "Install it into the Python that QGIS runs, e.g. 'python3 -m pip install scikit-learn' "
                "(OSGeo4W shell on Windows), or 'sudo apt install python3-sklearn' on Debian/Ubuntu, "
                "then restart QGIS"
            ).format(error=exc)
        ) from exc
