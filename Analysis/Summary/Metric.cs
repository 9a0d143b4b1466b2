using Analysis.Statistics;

namespace Analysis.Summary;

/// <summary>One row of summary.csv: a named estimate with its 95% interval and the count it rests on.</summary>
public sealed record Metric(int Point, string Regime, string Name, Interval Value, long N)
{
    /// <summary>
    /// With a posterior, the share of the estimate's variance that comes from parameter uncertainty (between
    /// particles; <see cref="Statistics.ParameterShare"/>); NaN without a posterior or where it cannot be told.
    /// </summary>
    public double ParameterShare { get; init; } = double.NaN;
}
