"""The eight bivariate method algorithms: ``alsa:frequencycontrast`` … ``alsa:sufficiencyratio``."""

from __future__ import annotations

from .bivariate_algorithm import BivariateAlgorithm


class FrequencyContrast(BivariateAlgorithm):
    METHOD, NAME = "FC", "frequencycontrast"


class FrequencyRatio(BivariateAlgorithm):
    METHOD, NAME = "FR", "frequencyratio"


class InformationValue(BivariateAlgorithm):
    METHOD, NAME = "IV", "informationvalue"


class CertaintyFactor(BivariateAlgorithm):
    METHOD, NAME = "CF", "certaintyfactor"


class CosineAmplitude(BivariateAlgorithm):
    METHOD, NAME = "CA", "cosineamplitude"


class WeightOfEvidence(BivariateAlgorithm):
    METHOD, NAME = "WOE", "weightofevidence"


class WeightContrast(BivariateAlgorithm):
    METHOD, NAME = "WC", "weightcontrast"


class SufficiencyRatio(BivariateAlgorithm):
    METHOD, NAME = "SR", "sufficiencyratio"


METHOD_ALGORITHMS = [
    FrequencyContrast,
    FrequencyRatio,
    InformationValue,
    CertaintyFactor,
    CosineAmplitude,
    WeightOfEvidence,
    WeightContrast,
    SufficiencyRatio,
]
