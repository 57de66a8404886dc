"""The eight bivariate method algorithms: ``alsa:frequencycontrast`` … ``alsa:sufficiencyratio``."""

from __future__ import annotations

from .bivariate_algorithm import BivariateAlgorithm


class FrequencyContrast(BivariateAlgorithm):
    METHOD, ALG_NAME = "FC", "frequencycontrast"


class FrequencyRatio(BivariateAlgorithm):
    METHOD, ALG_NAME = "FR", "frequencyratio"


class InformationValue(BivariateAlgorithm):
    METHOD, ALG_NAME = "IV", "informationvalue"


class CertaintyFactor(BivariateAlgorithm):
    METHOD, ALG_NAME = "CF", "certaintyfactor"


class CosineAmplitude(BivariateAlgorithm):
    METHOD, ALG_NAME = "CA", "cosineamplitude"


class WeightOfEvidence(BivariateAlgorithm):
    METHOD, ALG_NAME = "WOE", "weightofevidence"


class WeightContrast(BivariateAlgorithm):
    METHOD, ALG_NAME = "WC", "weightcontrast"


class SufficiencyRatio(BivariateAlgorithm):
    METHOD, ALG_NAME = "SR", "sufficiencyratio"


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
