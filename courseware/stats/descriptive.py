"""Moments, correlation and friends, as Moodle's quiz statistics define them.

Sample variance and covariance divide by (S − 1). Everything that cannot be computed (too few
values, zero variance) is None rather than an error.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def covariance(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Sample covariance Σ(x − x̄)(y − ȳ) / (S − 1)."""
    count = len(xs)
    if count < 2:
        return None
    if len(ys) != count:
        raise ValueError("covariance of sequences of different lengths")
    # Σxy − S·x̄·ȳ, summed in C (map/mul): marks are small numbers, so cancellation is harmless,
    # and constant data is caught by varies() before it matters.
    mean_x, mean_y = sum(xs) / count, sum(ys) / count
    return (sum(map(operator.mul, xs, ys)) - count * mean_x * mean_y) / (count - 1)


def variance(values: Sequence[float]) -> float | None:
    if len(values) >= 2 and not varies(values):
        return 0.0  # exactly, not rounding noise
    return covariance(values, values)


def standard_deviation(values: Sequence[float]) -> float | None:
    var = variance(values)
    return None if var is None else math.sqrt(max(var, 0.0))


def varies(values: Sequence[float]) -> bool:
    """At least two different values (an exact test: rounding noise in a computed variance of
    equal values must not turn into a huge skewness or correlation)."""
    return len(values) >= 2 and max(values) != min(values)


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None when either side does not vary."""
    if not varies(xs) or not varies(ys):
        return None
    cov, var_x, var_y = covariance(xs, ys), variance(xs), variance(ys)
    assert cov is not None and var_x is not None and var_y is not None
    return cov / math.sqrt(var_x * var_y)


def _central_moments(values: Sequence[float]) -> tuple[float, float, float]:
    """m2, m3, m4 with divisor S."""
    count = len(values)
    centre = sum(values) / count
    deviations = [v - centre for v in values]
    squares = [d * d for d in deviations]
    return (sum(squares) / count,
            sum(d * s for d, s in zip(deviations, squares, strict=True)) / count,
            sum(s * s for s in squares) / count)


def skewness(values: Sequence[float]) -> float | None:
    """k3 / k2^(3/2) with k2 = S·m2/(S−1), k3 = S²·m3/((S−1)(S−2))."""
    count = len(values)
    if count < 3 or not varies(values):
        return None
    m2, m3, _ = _central_moments(values)
    k2 = count * m2 / (count - 1)
    k3 = count ** 2 * m3 / ((count - 1) * (count - 2))
    return k3 / k2 ** 1.5


def kurtosis(values: Sequence[float]) -> float | None:
    """k4 / k2² with k4 = S²((S+1)·m4 − 3(S−1)·m2²)/((S−1)(S−2)(S−3)) (excess kurtosis)."""
    count = len(values)
    if count < 4 or not varies(values):
        return None
    m2, _, m4 = _central_moments(values)
    k2 = count * m2 / (count - 1)
    k4 = (count ** 2 * ((count + 1) * m4 - 3 * (count - 1) * m2 ** 2)
          / ((count - 1) * (count - 2) * (count - 3)))
    return k4 / k2 ** 2
