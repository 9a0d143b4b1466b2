namespace Analysis.Calibration;

/// <summary>
/// How a summary metric measures a target: the metric (per era when <see cref="PerEra"/>, as
/// <c>metric@period</c>), the conversion of its value to the target's scale, and a line saying how.
/// <see cref="Value"/>, <see cref="Unit"/> and <see cref="Tolerance"/> replace the target's own when one row of
/// targets.csv holds two quantities (a pair "13 / ~58") or when the metric measures a share of the counts
/// the record gives.
/// </summary>
public sealed record Measure(string TargetId, string Metric, string How, Func<Target, double, double> ToTarget)
{
    /// <summary>The metric exists per calendar era; the era is <see cref="Period"/> or else the target's period.</summary>
    public bool PerEra { get; init; }

    /// <summary>Only a calendar run (years labelled from 1816) can measure it: a count over a stretch of real history.</summary>
    public bool CalendarOnly { get; init; }

    /// <summary>A label for one of two quantities in one row, e.g. "1948-1987".</summary>
    public string? Part { get; init; }

    public string? Period { get; init; }
    public string? Value { get; init; }
    public string? Unit { get; init; }
    public string? Tolerance { get; init; }

    /// <summary>For "poisson95 (of the war count)": the target whose value is the count the rate was computed from.</summary>
    public string? CountFrom { get; init; }

    public string Era(Target target) => Period ?? target.Period;

    /// <summary>The summary.csv metric name: <c>metric@era</c> for a per-era metric.</summary>
    public string MetricName(Target target) => PerEra ? $"{Metric}@{Era(target)}" : Metric;
}
