namespace Analysis.Statistics;

/// <summary>A point estimate with the lower and upper ends of its confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Low">The lower confidence limit.</param>
/// <param name="High">The upper confidence limit.</param>
public readonly record struct Interval(double Estimate, double Low, double High)
{
    /// <summary>The two-sided 95% standard normal quantile, Φ⁻¹(0.975), used as every default z.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval of a statistic that is undefined for the data (e.g. no observations).</summary>
    internal static Interval Undefined => new(double.NaN, double.NaN, double.NaN);
}
