import statistics as S
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(S.mean([1, 2, 3, 4, 4]), S.mean(data), S.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), S.mean(iter([1, 2])))
print(S.fmean([3.5, 4.0, 5.25]), S.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(S.geometric_mean([54, 24, 36]), S.harmonic_mean([40, 60]), S.harmonic_mean([40, 60], weights=[5, 30]), S.harmonic_mean([1, 0]))
print(S.median([1, 3, 5]), S.median([1, 3, 5, 7]), S.median_low([1, 3, 5, 7]), S.median_high([1, 3, 5, 7]))
print(S.median_grouped([52, 52, 53, 54]), S.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), S.median_grouped([1, 3, 3, 5, 7], interval=2))
print(S.mode([1, 1, 2, 3, 3, 3, 3, 4]), S.mode(["red", "blue", "blue", "red", "green", "red", "red"]), S.multimode("aabbbbccddddeeffffgg"), S.multimode(""))
print(S.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(S.quantiles(range(1, 11), n=4, method="inclusive"), S.quantiles([F(1), F(5, 2), F(7, 3)], n=3))
print(S.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), S.variance(data), S.variance([F(1, 6), F(1, 2), F(5, 3)]), S.variance([1, 2, 3, 4]))
print(S.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), S.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), S.variance([1, 2], xbar=0), S.pvariance([1, 2, 3], mu=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(S.covariance(x, y), S.correlation(x, x[::-1]), S.linear_regression(x, [2 * v + 1 for v in x]), S.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))

nd = S.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(round(nd.pdf(110), 12), round(nd.inv_cdf(0.9), 10), [round(q, 8) for q in nd.quantiles()], nd.zscore(130))
print(nd + S.NormalDist(3, 4), nd * 2, 2 * nd, nd / 5, nd - 10, 10 - nd, -nd, +nd)
print(nd == S.NormalDist(100.0, 15.0), nd == 1, S.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(S.NormalDist(1, 2).inv_cdf(1e-300), S.NormalDist(1, 2).inv_cdf(0.999999), S.NormalDist(1, 2).inv_cdf(0.02))
print(tuple(nd.__slots__), S.LinearRegression._fields, issubclass(S.StatisticsError, ValueError))

for call in [lambda: S.mean([]), lambda: S.fmean([]), lambda: S.fmean([1], [1, 2]), lambda: S.fmean([1, 2], [0, 0]),
             lambda: S.geometric_mean([1, -1]), lambda: S.harmonic_mean([]), lambda: S.harmonic_mean([1, -1]),
             lambda: S.harmonic_mean([1, 2], [1]), lambda: S.harmonic_mean(["a"]), lambda: S.median([]),
             lambda: S.median_grouped(["a"]), lambda: S.mode([]), lambda: S.quantiles([1], n=4),
             lambda: S.quantiles([1, 2], n=0), lambda: S.quantiles([1, 2], method="x"), lambda: S.variance([1]),
             lambda: S.pvariance([]), lambda: S.stdev([1]), lambda: S.pstdev([]), lambda: S.mean(["a"]),
             lambda: S.covariance([1], [1]), lambda: S.covariance([1, 2], [1]), lambda: S.correlation([1, 1, 1], [1, 2, 3]),
             lambda: S.linear_regression([1, 1], [2, 3]), lambda: S.linear_regression([1], [2]),
             lambda: S.NormalDist(0, -1), lambda: S.NormalDist(0, 0).pdf(1), lambda: S.NormalDist(1, 2).inv_cdf(0),
             lambda: S.NormalDist(0, 0).inv_cdf(0.5), lambda: S.NormalDist(1, 2).overlap(1), lambda: S.NormalDist(1, 0).zscore(3),
             lambda: S.NormalDist.from_samples([1]), lambda: S.NormalDist(2, 3) * S.NormalDist(1, 1)]:
    try:
        print(call())
    except (S.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
