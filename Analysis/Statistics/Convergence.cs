using Simulator.Numerics;

namespace Analysis.Statistics;

/// <summary>
/// How an estimate settles as runs accumulate: the estimator applied to growing prefixes of the runs
/// (in run order, which is seed order, so the prefixes are what a smaller experiment would have produced).
/// </summary>
public static class Convergence
{
    /// <summary>About <paramref name="count"/> distinct run counts, log-spaced from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int[] LogSpacedCounts(int min, int max, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        if (max <= min) return [max];
        var counts = new SortedSet<int>();
        double ratio = PortableMath.Log((double)max / min) / (count - 1);
        for (int k = 0; k < count; k++) counts.Add((int)Math.Round(min * PortableMath.Exp(ratio * k)));
        counts.Add(max);
        return counts.ToArray();
    }

    /// <summary>The estimate and its interval from the first n runs, for each n in <paramref name="counts"/>.</summary>
    /// <param name="counts">Prefix lengths, each at least 1 and at most the number of runs.</param>
    /// <param name="estimate">Computes the interval from a prefix, e.g. a ratio estimator over the first n runs.</param>
    public static ConvergencePoint[] Trace(IReadOnlyList<int> counts, Func<int, Interval> estimate) =>
        counts.Select(n => new ConvergencePoint(n, estimate(n))).ToArray();

    /// <summary>
    /// The slope of log(half-width) against log(n) by least squares: about −0.5 when the interval
    /// shrinks like 1/√n, as it should once the runs are numerous enough for the normal approximation.
    /// </summary>
    public static double HalfWidthSlope(IReadOnlyList<ConvergencePoint> points)
    {
        var usable = points.Where(p => p.HalfWidth > 0 && double.IsFinite(p.HalfWidth)).ToArray();
        if (usable.Select(p => p.N).Distinct().Count() < 2) return double.NaN;
        var (_, slope) = MathNet.Numerics.Fit.Line(usable.Select(p => PortableMath.Log(p.N)).ToArray(), usable.Select(p => PortableMath.Log(p.HalfWidth)).ToArray());
        return slope;
    }
}
