"""Basic statistics of numeric (real-valued) data.

Averages: mean, fmean, geometric_mean, harmonic_mean, median and its
low/high/grouped variants, mode, multimode.  Spread: pvariance, variance,
pstdev, stdev, quantiles.  Two variables: covariance, correlation,
linear_regression.  NormalDist models a normal distribution.

Where the data are ints, Fractions, floats (or Decimals) the sums are formed
exactly (as fractions) and the result is given back in the data's type.
"""

import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import groupby, repeat
from operator import mul

try:
    from decimal import Decimal
except ImportError:
    class Decimal:
        """Stands in for decimal.Decimal, which is not available."""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic helpers.

def _isfinite(x):
    finite = getattr(x, 'is_finite', None)
    if finite is not None:
        return finite()
    return math.isfinite(x)


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or
    a NaN."""
    try:
        split = x.as_integer_ratio
    except AttributeError:
        split = None
    if split is not None:
        try:
            return split()
        except (OverflowError, ValueError):
            assert not _isfinite(x)
            return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type the mix of T and S values is reported in."""
    assert T is not bool, "initial type T is bool"
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for wide, narrow in ((S, T), (T, S)):
        if issubclass(wide, narrow):
            return wide
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """(T, total, count): the exact total of data (a Fraction, or the
    infinity/NaN found), the number of values and their common type."""
    kind = int
    count = 0
    by_denominator = {}
    for typ, run in groupby(data, type):
        kind = _coerce(kind, typ)
        for top, bottom in map(_exact_ratio, run):
            count += 1
            by_denominator[bottom] = by_denominator.get(bottom, 0) + top
    if None in by_denominator:
        total = by_denominator[None]
        assert not _isfinite(total)
    else:
        total = sum(Fraction(top, bottom)
                    for bottom, top in by_denominator.items())
    return (kind, total, count)


def _squares(data, center=None):
    """(T, sum of squared deviations, center, count), exactly.  The center
    is the mean unless given."""
    if center is not None:
        kind, total, count = _sum((x - center) * (x - center) for x in data)
        return kind, total, center, count
    kinds = set()
    count = 0
    plain = {}
    squared = {}
    for typ, run in groupby(data, type):
        kinds.add(typ)
        for top, bottom in map(_exact_ratio, run):
            count += 1
            plain[bottom] = plain.get(bottom, 0) + top
            if bottom is not None:
                squared[bottom] = squared.get(bottom, 0) + top * top
    if count == 0:
        deviation = center = Fraction(0)
    elif None in plain:
        deviation = center = plain[None]
        assert not _isfinite(deviation)
    else:
        first = sum(Fraction(t, b) for b, t in plain.items())
        second = sum(Fraction(t, b * b) for b, t in squared.items())
        deviation = (count * second - first * first) / count
        center = first / count
    kind = int
    for typ in kinds:
        kind = _coerce(kind, typ)
    return kind, deviation, center, count


def _convert(value, T):
    """value (a Fraction) as type T (floats for non-integral ints)."""
    if type(value) is T:
        return value
    target = T
    if issubclass(target, int) and value.denominator != 1:
        target = float
    if issubclass(target, Decimal):
        try:
            return target(value)
        except TypeError:
            return target(value.numerator) / target(value.denominator)
    return target(value)


def _fail_neg(values, errmsg='negative value'):
    """Pass values through, raising StatisticsError(errmsg) on a negative."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    """isqrt(n/m) rounded to odd: an inexact root gets its last bit set."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


# Enough bits that rounding the odd-rounded root to a float is exact.
_SQRT_BITS = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded to a float."""
    half = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if half < 0:
        return _integer_sqrt_of_frac_rto(n << (-2 * half), m) / (1 << -half)
    return float(_integer_sqrt_of_frac_rto(n, m << (2 * half)) << half)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded to a Decimal (in the current context)."""
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    guess = (Decimal(n) / Decimal(m)).sqrt()
    gn, gd = guess.as_integer_ratio()
    for step, wanted in ((guess.next_plus(), 1), (guess.next_minus(), -1)):
        sn, sd = step.as_integer_ratio()
        # Compare n/m with the square of the midpoint of guess and step.
        lhs = 4 * n * (gd * sd) ** 2
        rhs = m * (gd * sn + sd * gn) ** 2
        if (lhs > rhs and wanted > 0) or (lhs < rhs and wanted < 0):
            return step
    return guess


def _as_list(data):
    if iter(data) is data:
        return list(data)
    return data


# ---------------------------------------------------------------------------
# Averages.

def mean(data):
    """Arithmetic mean of data, in the data's type.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    T, total, count = _sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / count, T)


def fmean(data, weights=None):
    """Arithmetic mean of data (optionally weighted) as a float, fast."""
    try:
        size = len(data)
    except TypeError:
        data = list(data)
        size = len(data)
    if weights is None:
        total = math.fsum(data)
        if not size:
            raise StatisticsError('fmean requires at least one data point')
        return total / size
    try:
        wsize = len(weights)
    except TypeError:
        weights = list(weights)
        wsize = len(weights)
    top = math.fsum(map(mul, data, weights))
    if size != wsize:
        raise StatisticsError('data and weights must be the same length')
    bottom = math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data (optionally weighted)."""
    data = _as_list(data)
    complaint = 'harmonic mean does not support negative values'
    size = len(data)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if size == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(complaint)
        return only
    if weights is None:
        weights = repeat(1, size)
        weight_total = size
    else:
        weights = _as_list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_fail_neg(weights, complaint))[1]
    checked = _fail_neg(data, complaint)
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, T)


def median(data):
    """Middle value of data; the mean of the two middle ones for an even
    count."""
    data = sorted(data)
    size = len(data)
    if not size:
        raise StatisticsError('no median for empty data')
    half = size // 2
    if size % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Middle value of data; the smaller middle one for an even count."""
    data = sorted(data)
    size = len(data)
    if not size:
        raise StatisticsError('no median for empty data')
    return data[(size - 1) // 2]


def median_high(data):
    """Middle value of data; the larger middle one for an even count."""
    data = sorted(data)
    size = len(data)
    if not size:
        raise StatisticsError('no median for empty data')
    return data[size // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data, the 50th percentile interpolated
    within the class (of width interval) holding the middle value."""
    data = sorted(data)
    size = len(data)
    if not size:
        raise StatisticsError('no median for empty data')
    middle = data[size // 2]
    try:
        interval = float(interval)
        lower = float(middle) - interval / 2
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    first = bisect_left(data, middle)
    past = bisect_right(data, middle, lo=first)
    return lower + interval * (size / 2 - first) / (past - first)


def mode(data):
    """Most common value of data (the first met of equally common ones)."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    """All the most common values, in the order first met."""
    tally = Counter(iter(data))
    if not tally:
        return []
    top = max(tally.values())
    return [value for value, times in tally.items() if times == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n groups of equal probability.
    method 'exclusive' treats data as a sample, 'inclusive' as the whole
    population (its minimum and maximum being the 0th and 100th
    percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            pos, frac = divmod(k * span, n)
            cuts.append((data[pos] * (n - frac) + data[pos + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            pos = min(max(k * span // n, 1), size - 1)
            frac = k * span - pos * n
            cuts.append((data[pos - 1] * (n - frac) + data[pos] * frac) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# Spread.

def variance(data, xbar=None):
    """Sample variance of data (xbar: its mean, if known)."""
    T, deviation, _, count = _squares(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(deviation / (count - 1), T)


def pvariance(data, mu=None):
    """Population variance of data (mu: its mean, if known)."""
    T, deviation, _, count = _squares(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(deviation / count, T)


def _root(value, T):
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of the sample variance."""
    T, deviation, _, count = _squares(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(deviation / (count - 1), T)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of pvariance."""
    T, deviation, _, count = _squares(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(deviation / count, T)


# ---------------------------------------------------------------------------
# Two variables.

def _paired_sizes(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if size < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return size


def _centered(x, y, size):
    mx = math.fsum(x) / size
    my = math.fsum(y) / size
    cross = math.fsum((a - mx) * (b - my) for a, b in zip(x, y))
    return mx, my, cross


def _spread(values, center):
    return math.fsum((v - center) * (v - center) for v in values)


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size = _paired_sizes(x, y, 'covariance')
    cross = _centered(x, y, size)[2]
    return cross / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    size = _paired_sizes(x, y, 'correlation')
    mx, my, cross = _centered(x, y, size)
    sx = _spread(x, mx)
    sy = _spread(y, my)
    try:
        return cross / math.sqrt(sx * sy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line of y on x;
    with proportional=True the line is forced through the origin."""
    size = _paired_sizes(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        sx = math.fsum(a * a for a in x)
    else:
        mx, my, cross = _centered(x, y, size)
        sx = _spread(x, mx)
    try:
        slope = cross / sx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=my - slope * mx)


# ---------------------------------------------------------------------------
# The normal distribution.

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the normal quantile, coefficients highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4,
     6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4,
     3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2,
     2.41780725177450611770e-1, 1.27045825245236838258e+0,
     3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4,
     1.51986665636164571966e-2, 1.48103976427480074590e-1,
     6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5,
     1.24266094738807843860e-3, 2.65321895265761230930e-2,
     2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7,
     1.84631831751005468180e-5, 7.86869131145613259100e-4,
     1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _ratio_at(table, r):
    return _horner(table[0], r) / _horner(table[1], r)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top = _horner(_AS241_CENTRAL[0], r) * q
        z = top / _horner(_AS241_CENTRAL[1], r)
        return mu + z * sigma
    tail = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        z = _ratio_at(_AS241_NEAR, r - 1.6)
    else:
        z = _ratio_at(_AS241_FAR, r - 5.0)
    if q < 0.0:
        z = -z
    return mu + z * sigma


def _atan_inverse(k, bits):
    # atan(1/k) in fixed point with the given number of fraction bits.
    unit = 1 << bits
    power = unit // k
    total = power
    n = 1
    while power:
        power //= k * k
        n += 2
        total += -(power // n) if n % 4 == 3 else power // n
    return total


def _erf_fallback(x, bits=256):
    """erf(x) computed in fixed point from its Taylor series and rounded
    once (used when math.erf is missing)."""
    if x != x:
        return x
    if abs(x) >= 6.0:
        return math.copysign(1.0, x)
    pi = 16 * _atan_inverse(5, bits) - 4 * _atan_inverse(239, bits)
    root_pi = math.isqrt(pi << bits)
    top, bottom = x.as_integer_ratio()
    fx = (top << bits) // bottom if top >= 0 else -((-top << bits) // bottom)
    fx2 = (fx * fx) >> bits
    term = fx
    total = fx
    n = 0
    while term:
        n += 1
        term = -((term * fx2) >> bits) // n if term > 0 else \
            ((-term * fx2) >> bits) // n
        total += term // (2 * n + 1) if term >= 0 else -((-term) // (2 * n + 1))
    scaled = (2 * total << bits) // root_pi
    return float(Fraction(scaled, 1 << bits))


_erf = getattr(math, 'erf', None) or _erf_fallback


class NormalDist:
    """Normal distribution of a random variable, with mean mu and standard
    deviation sigma."""

    # CPython spells the slots as a dict holding their docs; coil does not
    # create slots from a dict yet.
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist estimated from sample data."""
        T, deviation, center, count = _squares(data)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = deviation / (count - 1)
        try:
            sigma = _float_sqrt_of_frac(spread.numerator, spread.denominator)
        except AttributeError:
            sigma = float(center) / float(deviation)
        return cls(float(center), sigma)

    def samples(self, n, *, seed=None):
        """n random values from this distribution (reproducible with seed)."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma ** 2.0
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return math.exp(gap * gap / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """Probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        z = (x - self._mu) / (self._sigma * math.sqrt(2.0))
        return 0.5 * (1.0 + _erf(z))

    def inv_cdf(self, p):
        """The x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below '
                                  'zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient: the area shared by the two density
        curves, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        lo_var, hi_var = lo.variance, hi.variance
        if not lo_var or not hi_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = hi_var - lo_var
        dm = math.fabs(hi._mu - lo._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * lo._sigma * math.sqrt(2.0)))
        a = lo._mu * hi_var - hi._mu * lo_var
        b = lo._sigma * hi._sigma * math.sqrt(dm * dm
                                              + dv * math.log(hi_var / lo_var))
        outside = 0.0
        for x in ((a + b) / dv, (a - b) / dv):
            outside += math.fabs(hi.cdf(x) - lo.cdf(x))
        return 1.0 - outside

    def zscore(self, x):
        """Standard score of x: how many standard deviations above the
        mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu,
                    doc='Arithmetic mean of the normal distribution.')
    median = property(lambda self: self._mu,
                      doc='Return the median of the normal distribution')
    mode = property(lambda self: self._mu,
                    doc='Return the mode of the normal distribution')
    stdev = property(lambda self: self._sigma,
                     doc='Standard deviation of the normal distribution.')
    variance = property(lambda self: self._sigma ** 2.0,
                        doc='Square of the standard deviation.')

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return (x1._mu, x1._sigma) == (x2._mu, x2._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                         self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state

