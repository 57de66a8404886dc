"""Bad input raises a specific AlsaInputError that names the factor or parameter."""

import numpy as np
import pytest

from alsa.alsa_plugin.core import AlsaInputError, Factor, optimise, prepare, run

RNG = np.random.default_rng(0)
X = RNG.random((20, 30))
LS = np.zeros((20, 30))
LS[2:5, 3:7] = 1


def test_empty_landslide_set():
    with pytest.raises(AlsaInputError, match="landslides: no landslide cell"):
        prepare([Factor("slope", X)], np.zeros_like(X))


def test_landslides_only_outside_the_mask():
    mask = np.zeros(X.shape, bool)
    mask[10:, :] = True
    with pytest.raises(AlsaInputError, match="no landslide cell falls on a valid cell"):
        prepare([Factor("slope", X)], LS, mask=mask)


def test_all_nodata_factor():
    with pytest.raises(AlsaInputError, match="'elev' has only nodata"):
        prepare([Factor("slope", X), Factor("elev", np.full(X.shape, -9999.0), nodata=-9999)], LS)


def test_constant_factor():
    with pytest.raises(AlsaInputError, match="'flat' has a single value"):
        prepare([Factor("slope", X), Factor("flat", np.ones(X.shape))], LS)


def test_non_integer_classified_factor():
    with pytest.raises(AlsaInputError, match="'geology' is flagged classified but .* non-integer"):
        prepare([Factor("geology", X * 10, classified=True)], LS)


@pytest.mark.parametrize("p", [-1, 7, 2.5, True])
def test_precision_out_of_range(p):
    with pytest.raises(AlsaInputError, match="precision must be a whole number from 0 to 6"):
        prepare([Factor("slope", X)], LS, precision=p)


@pytest.mark.parametrize("w", [0, -0.1, 1.01])
def test_bin_width_out_of_range(w):
    study = prepare([Factor("slope", X)], LS)
    with pytest.raises(AlsaInputError, match="bin width must be in \\(0, 1\\]"):
        run(study, "FR", w)


@pytest.mark.parametrize("r", [0, -0.5, 1.5])
def test_train_ratio_out_of_range(r):
    with pytest.raises(AlsaInputError, match="train ratio must be in \\(0, 1\\]"):
        prepare([Factor("slope", X)], LS, train_ratio=r)


def test_mismatched_shapes_name_the_factor():
    with pytest.raises(AlsaInputError, match="factor 'aspect' has shape \\(20, 29\\)"):
        prepare([Factor("slope", X), Factor("aspect", X[:, 1:])], LS)
    with pytest.raises(AlsaInputError, match="landslides: shape"):
        prepare([Factor("slope", X)], LS[1:])


def test_unknown_method_lists_the_valid_ones():
    study = prepare([Factor("slope", X)], LS)
    with pytest.raises(AlsaInputError, match="unknown bivariate method 'XX'.*CF \\(certainty factor\\)"):
        run(study, "XX")


def test_optimisation_needs_a_continuous_factor():
    study = prepare([Factor("geology", (X * 5).astype(int), classified=True)], LS)
    with pytest.raises(AlsaInputError, match="every factor is classified"):
        optimise(study, "CF")


def test_duplicate_factor_names():
    with pytest.raises(AlsaInputError, match="repeated: slope"):
        prepare([Factor("slope", X), Factor("slope", X)], LS)


def test_inputs_are_not_modified():
    x, ls = X.copy(), LS.copy()
    study = prepare([Factor("slope", x)], ls, seed=1)
    run(study, "CF", 0.2)
    np.testing.assert_array_equal(x, X)
    np.testing.assert_array_equal(ls, LS)
