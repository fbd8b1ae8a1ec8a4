"""Exact binomial statistics (`eval`, audits): the one-sided Clopper-Pearson upper bound of an error rate.

With k errors observed in n trials, the one-sided upper bound at confidence 1 - alpha is the p at which seeing
k or fewer errors has probability alpha: P(Bin(n, p) <= k) = alpha (the beta quantile
Beta(1 - alpha; k + 1, n - k), found here by bisection on the binomial CDF, so no scipy is needed). For k = 0 it
is 1 - alpha ** (1 / n); for k >= n it is 1.
"""

from __future__ import annotations

import math


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed in log space (exact to float precision for any n we see)."""
    if k < 0:
        return 0.0
    if k >= n or p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 0.0
    log_p, log_q = math.log(p), math.log1p(-p)
    terms = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q
             for i in range(k + 1)]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))


def clopper_pearson_upper(k: int, n: int, confidence: float = 0.9) -> float | None:
    """The exact one-sided upper bound of the rate behind k errors in n trials at `confidence` (0.9 = 90%).
    None when n is 0 (nothing observed, nothing bounded). k >= n gives 1.0."""
    if n <= 0:
        return None
    if k >= n:
        return 1.0
    alpha = 1.0 - confidence
    low, high = 0.0, 1.0  # binomial_cdf(k, n, p) falls from 1 to 0 as p rises
    for _ in range(200):
        mid = (low + high) / 2
        if binomial_cdf(k, n, mid) > alpha:
            low = mid
        else:
            high = mid
        if high - low < 1e-12:
            break
    return high
