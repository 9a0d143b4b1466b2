namespace Analysis.Statistics;

/// <summary>A point estimate with the lower and upper ends of its confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Low">The lower confidence limit.</param>
/// <param name="High">The upper confidence limit.</param>
public readonly record struct Interval(double Estimate, double Low, double High)
{
    /// <summary>
    /// The two-sided 95% standard normal quantile, Φ⁻¹(0.975) = 1.95996398454005423552…, used as every default z.
    /// A constant, not MathNet's Normal.InvCDF(0, 1, 0.975) = 1.9599639845400538, which is one ulp further from the true value
    /// (this is 1 ulp below the correctly rounded 1.9599639845400543) and would change the last digit of summary.csv; a test pins both.
    /// </summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval of a statistic that is undefined for the data (e.g. no observations).</summary>
    internal static Interval Undefined => new(double.NaN, double.NaN, double.NaN);
}
