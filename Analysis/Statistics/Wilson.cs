namespace Analysis.Statistics;

/// <summary>The Wilson score interval for a binomial proportion (Wilson 1927).</summary>
// Hand-written: MathNet.Numerics has no Wilson score interval.
public static class Wilson
{
    /// <summary>
    /// The share <paramref name="successes"/>/<paramref name="n"/> with its Wilson score interval;
    /// all NaN when <paramref name="n"/> is 0.
    /// </summary>
    /// <param name="successes">Number of successes, in [0, n].</param>
    /// <param name="n">Number of trials, at least 0.</param>
    /// <param name="z">Standard normal quantile of the two-sided level.</param>
    public static Interval Interval(long successes, long n, double z = Statistics.Interval.Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        if (n == 0)
        {
            return Statistics.Interval.Undefined;
        }

        // The interval inverts the score test: the p with (p̂ - p)² = z² p (1 - p) / n.
        // Its roots are (p̂ + z²/2n ± z √(p̂(1-p̂)/n + z²/4n²)) / (1 + z²/n)
        // (Agresti & Coull 1998, eq. 2; Brown, Cai & DasGupta 2001).
        double count = n;
        double pHat = successes / count;
        double z2 = z * z;
        double denominator = 1.0 + z2 / count;
        double centre = (pHat + z2 / (2.0 * count)) / denominator;
        double half = z / denominator * Math.Sqrt(pHat * (1.0 - pHat) / count + z2 / (4.0 * count * count));

        // At 0/n and n/n one root is exactly 0 or 1; pin it so rounding cannot leave it at ±1e-17.
        double low = successes == 0 ? 0.0 : Math.Max(0.0, centre - half);
        double high = successes == n ? 1.0 : Math.Min(1.0, centre + half);
        return new Interval(pHat, low, high);
    }
}
