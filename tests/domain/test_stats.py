"""The exact one-sided Clopper-Pearson upper bound of the silent-error rate (shared.domain.stats)."""

from __future__ import annotations

import pytest

from shared.domain.stats import binomial_cdf, clopper_pearson_upper

# (k, n) -> scipy.stats.beta.ppf(0.9, k + 1, n - k), computed once with scipy 1.17 (not a run-time dependency)
KNOWN_90 = {(0, 1): 0.9, (0, 10): 0.2056717652757185, (1, 10): 0.33684772330672474, (2, 25): 0.19913509427592263,
            (3, 114): 0.05766231363470992, (0, 114): 0.019995499372304923, (5, 40): 0.2195801909894026,
            (1, 8): 0.4062454937209262}


@pytest.mark.parametrize("k, n", sorted(KNOWN_90))
def test_matches_the_beta_quantile(k, n):
    assert clopper_pearson_upper(k, n, 0.9) == pytest.approx(KNOWN_90[(k, n)], abs=1e-9)


@pytest.mark.parametrize("n", [1, 2, 7, 25, 82, 114, 500])
def test_no_errors_has_the_closed_form(n):
    assert clopper_pearson_upper(0, n, 0.9) == pytest.approx(1 - 0.1 ** (1 / n), abs=1e-10)


def test_114_clean_reports_are_what_certifies_two_percent():
    assert clopper_pearson_upper(0, 114) <= 0.02 < clopper_pearson_upper(0, 113)


def test_edges():
    assert clopper_pearson_upper(0, 0) is None
    assert clopper_pearson_upper(5, 5) == 1.0 and clopper_pearson_upper(7, 5) == 1.0
    assert clopper_pearson_upper(1, 20, 0.95) > clopper_pearson_upper(1, 20, 0.9)


def test_binomial_cdf():
    assert binomial_cdf(1, 2, 0.5) == pytest.approx(0.75)
    assert binomial_cdf(0, 10, 0.1) == pytest.approx(0.9 ** 10)
    assert binomial_cdf(-1, 3, 0.2) == 0.0 and binomial_cdf(3, 3, 0.2) == 1.0
