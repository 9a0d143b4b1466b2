using MathNet.Numerics.Statistics;

namespace Analysis.Statistics;

/// <summary>Sample quantiles by Hyndman &amp; Fan's definition 7, the default of R and numpy (MathNet's QuantileDefinition.R7).</summary>
public static class Quantiles
{
    /// <summary>
    /// The type-7 quantile of an ascending sample: with h = (n − 1)p, the linear interpolation
    /// between the order statistics x₍⌊h⌋₎ and x₍⌊h⌋+1₎ (0-based; Hyndman &amp; Fan 1996). NaN for no values.
    /// </summary>
    /// <param name="sortedValues">The sample, sorted ascending.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    public static double R7(ReadOnlySpan<double> sortedValues, double p)
    {
        CheckProbability(p);
        return sortedValues.IsEmpty ? double.NaN : SortedArrayStatistics.QuantileCustom(sortedValues.ToArray(), p, QuantileDefinition.R7);
    }

    /// <summary>
    /// Hand-written because MathNet has no quantile of a histogram: the type-7 quantile of a sample of non-negative integers given as a histogram, where
    /// <paramref name="countsByValue"/>[k] observations equal k; exact, without expanding the sample. NaN when empty.
    /// </summary>
    /// <param name="countsByValue">The number of observations of each value k = 0, 1, 2, …; non-negative.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    public static double FromCounts(ReadOnlySpan<long> countsByValue, double p)
    {
        CheckProbability(p);
        long n = 0;
        foreach (long c in countsByValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c, nameof(countsByValue));
            n = checked(n + c);
        }

        if (n == 0)
        {
            return double.NaN;
        }

        // The same h as R7 on the expanded sample, so both give bit-identical results.
        (long below, double fraction) = Position(n, p);
        long above = Math.Min(below + 1, n - 1);

        // The order statistic of 0-based rank r is the first value whose cumulative count exceeds r.
        int lowValue = -1;
        int highValue = -1;
        long cumulative = 0;
        for (int k = 0; k < countsByValue.Length && highValue < 0; k++)
        {
            cumulative += countsByValue[k];
            if (lowValue < 0 && cumulative > below)
            {
                lowValue = k;
            }

            if (cumulative > above)
            {
                highValue = k;
            }
        }

        return Interpolate(lowValue, highValue, fraction);
    }

    // h = (n − 1)p split into its integer part (a 0-based rank) and the fraction beyond it.
    private static (long Below, double Fraction) Position(long n, double p)
    {
        double h = (n - 1) * p;
        double below = Math.Floor(h);
        return ((long)below, h - below);
    }

    private static double Interpolate(double low, double high, double fraction) =>
        fraction == 0.0 ? low : low + fraction * (high - low);

    private static void CheckProbability(double p)
    {
        if (!(p >= 0.0 && p <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie in [0, 1].");
        }
    }
}
