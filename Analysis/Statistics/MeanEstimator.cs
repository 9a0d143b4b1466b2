namespace Analysis.Statistics;

/// <summary>
/// The sample mean with its normal-approximation confidence interval. Hand-written, not MathNet's
/// ArrayStatistics.MeanVariance: its running-update mean and variance differ in the last bits (and
/// summary.csv's digits) from Σx/n, which is exact for the whole-number run totals summed here.
/// </summary>
public static class MeanEstimator
{
    /// <summary>
    /// The mean ± z·s/√n, with s the sample standard deviation (divisor n − 1).
    /// All NaN for no values; NaN limits for one value, whose spread is unknown.
    /// </summary>
    /// <param name="values">One value per independent run.</param>
    /// <param name="z">Standard normal quantile of the two-sided level.</param>
    public static Interval Estimate(ReadOnlySpan<double> values, double z = Interval.Z95)
    {
        int n = values.Length;
        if (n == 0)
        {
            return Interval.Undefined;
        }

        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / n;
        if (n == 1)
        {
            return new Interval(mean, double.NaN, double.NaN);
        }

        // Two passes: summing squared deviations from the mean avoids the cancellation of Σv² − n·mean².
        double squares = 0.0;
        foreach (double v in values)
        {
            double d = v - mean;
            squares += d * d;
        }

        double standardError = Math.Sqrt(squares / (n - 1) / n);
        return new Interval(mean, mean - z * standardError, mean + z * standardError);
    }
}
