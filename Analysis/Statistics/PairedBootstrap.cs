using Simulator.Randomness;

namespace Analysis.Statistics;

/// <summary>
/// Seeded percentile bootstrap of paired per-run statistics: each replicate resamples run indices
/// with replacement and uses the same index in both arms, preserving the common random numbers.
/// </summary>
// Hand-written: MathNet.Numerics has no bootstrap; its percentiles are MathNet's R7 quantiles (Quantiles.R7).
public static class PairedBootstrap
{
    // Domain separator so bootstrap keys never coincide with simulator keys built from the same seed.
    private const ulong BootstrapPurpose = 0xB0075_75A4_0001UL;

    private enum Statistic
    {
        Ratio,
        Difference,
    }

    /// <summary>
    /// mean(treated)/mean(baseline) with the percentile interval (Efron &amp; Tibshirani 1993, §13.3)
    /// of the same ratio over <paramref name="replicates"/> paired resamples. Replicates whose
    /// resampled baseline and treated sums are both 0 (ratio 0/0) are left out of the percentiles.
    /// </summary>
    /// <param name="treated">Per-run values under the treatment (e.g. wars under a regime).</param>
    /// <param name="baseline">Per-run values of the same runs under the baseline; same length.</param>
    /// <param name="seed">Seed of the keyed resampling: the same seed gives bit-identical results.</param>
    /// <param name="replicates">Number of bootstrap resamples.</param>
    /// <param name="level">Two-sided confidence level, in (0, 1).</param>
    public static Interval RatioOfMeans(ReadOnlySpan<double> treated, ReadOnlySpan<double> baseline, ulong seed, int replicates = 2000, double level = 0.95) =>
        Run(treated, baseline, seed, replicates, level, Statistic.Ratio);

    /// <summary>
    /// 1 − mean(treated)/mean(baseline), e.g. the share of wars prevented, with the ratio's
    /// percentile interval mapped through 1 − r (percentile intervals respect monotone maps).
    /// </summary>
    /// <param name="treated">Per-run values under the treatment.</param>
    /// <param name="baseline">Per-run values of the same runs under the baseline; same length.</param>
    /// <param name="seed">Seed of the keyed resampling.</param>
    /// <param name="replicates">Number of bootstrap resamples.</param>
    /// <param name="level">Two-sided confidence level, in (0, 1).</param>
    public static Interval OneMinusRatio(ReadOnlySpan<double> treated, ReadOnlySpan<double> baseline, ulong seed, int replicates = 2000, double level = 0.95)
    {
        Interval ratio = RatioOfMeans(treated, baseline, seed, replicates, level);
        return new Interval(1.0 - ratio.Estimate, 1.0 - ratio.High, 1.0 - ratio.Low);
    }

    /// <summary>mean(treated) − mean(baseline) with the percentile interval of paired resamples.</summary>
    /// <param name="treated">Per-run values under the treatment.</param>
    /// <param name="baseline">Per-run values of the same runs under the baseline; same length.</param>
    /// <param name="seed">Seed of the keyed resampling.</param>
    /// <param name="replicates">Number of bootstrap resamples.</param>
    /// <param name="level">Two-sided confidence level, in (0, 1).</param>
    public static Interval Difference(ReadOnlySpan<double> treated, ReadOnlySpan<double> baseline, ulong seed, int replicates = 2000, double level = 0.95) =>
        Run(treated, baseline, seed, replicates, level, Statistic.Difference);

    /// <summary>The key of replicate <paramref name="replicate"/>, folded once for all of its draws (<see cref="Index"/>).</summary>
    internal static ulong ReplicateKey(ulong seed, int replicate) =>
        Keys.Fold(Keys.Fold(Keys.Mix(seed), BootstrapPurpose), (ulong)(uint)replicate);

    /// <summary>
    /// The run index of draw <paramref name="draw"/> in the replicate of <paramref name="replicateKey"/> (<see cref="ReplicateKey"/>):
    /// a pure function of its key, so results do not depend on threads or on the order of draws.
    /// </summary>
    internal static int Index(ulong replicateKey, int draw, int n)
    {
        ulong key = Keys.Fold(replicateKey, (ulong)(uint)draw);

        // ToUnit is below 1, so the product truncates into [0, n); its bias is at most n/2⁵³.
        return (int)(Keys.ToUnit(key) * n);
    }

    private static Interval Run(ReadOnlySpan<double> treated, ReadOnlySpan<double> baseline, ulong seed, int replicates, double level, Statistic statistic)
    {
        if (treated.Length != baseline.Length)
        {
            throw new ArgumentException("Treated and baseline must hold the same runs, one entry each.", nameof(baseline));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must lie in (0, 1).");
        }

        int n = treated.Length;
        if (n == 0)
        {
            return Interval.Undefined;
        }

        double estimate = Evaluate(Sum(treated), Sum(baseline), n, statistic);
        var values = new double[replicates];
        int defined = 0;
        for (int r = 0; r < replicates; r++)
        {
            double sumTreated = 0.0;
            double sumBaseline = 0.0;
            ulong replicateKey = ReplicateKey(seed, r);
            for (int draw = 0; draw < n; draw++)
            {
                int i = Index(replicateKey, draw, n);
                sumTreated += treated[i];
                sumBaseline += baseline[i];
            }

            double value = Evaluate(sumTreated, sumBaseline, n, statistic);
            if (!double.IsNaN(value))
            {
                values[defined++] = value;
            }
        }

        if (defined == 0)
        {
            return new Interval(estimate, double.NaN, double.NaN);
        }

        Span<double> kept = values.AsSpan(0, defined);
        kept.Sort();
        double tail = (1.0 - level) / 2.0;
        return new Interval(estimate, Quantiles.R7(kept, tail), Quantiles.R7(kept, 1.0 - tail));
    }

    // Both statistics are functions of the two sums: the ratio of means is the ratio of sums.
    private static double Evaluate(double sumTreated, double sumBaseline, int n, Statistic statistic) =>
        statistic == Statistic.Ratio ? sumTreated / sumBaseline : (sumTreated - sumBaseline) / n;

    private static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum;
    }
}
