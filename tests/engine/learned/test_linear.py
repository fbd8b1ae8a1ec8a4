"""The plain-Python inference agrees with the logistic model it reads: sigmoid for binary, softmax for classes."""

import math

import pytest

from shared.engine.learned.linear import from_dict, load


def test_binary_probability_is_the_sigmoid_of_bias_plus_weighted_features():
    model = from_dict({"name": "t", "classes": ["no", "yes"], "weights": {"yes": {"a": 2.0, "b": -1.0}},
                       "bias": {"yes": -0.5}})
    assert model.probability({"a": 1.0, "b": 1.0, "unknown": 5.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(0.5)))


def test_multiclass_probabilities_are_a_softmax_that_sums_to_one():
    model = from_dict({"name": "t", "classes": ["x", "y", "z"], "weights": {"x": {"f": 1.0}, "y": {"f": -1.0}},
                       "bias": {"x": 0.0, "y": 0.0, "z": 0.5}})
    probabilities = model.probabilities({"f": 2.0})
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=probabilities.get) == "x"
    expected = math.exp(2.0) / (math.exp(2.0) + math.exp(-2.0) + math.exp(0.5))
    assert probabilities["x"] == pytest.approx(expected)


def test_a_model_that_was_never_trained_is_none():
    assert load("no-such-model") is None
