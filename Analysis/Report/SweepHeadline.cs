using Analysis.Plots;
using Analysis.Statistics;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>
/// The reading of a sweep (a design of more than one point), around the sentences that read design
/// point 0: it says that they do, then what the sweep adds: how far each regime's share of wars
/// prevented ranges across the points, how much of that is Monte Carlo noise and, for a Sobol design,
/// which parameter it depends on when one clears the noise. Without it a sweep's page read one point,
/// arbitrary in a Sobol sample, as if it were the experiment.
/// </summary>
internal static class SweepHeadline
{
    private const string Metric = MetricNames.WarsPreventedShare;

    /// <summary>The sentence before the point-0 reading.</summary>
    public static string Opening(ResultsFolder results)
    {
        var points = results.Points!;
        int parameters = points.Header.Count - 1, held = results.Metrics.Select(m => m.Point).Distinct().Count();
        string s = $"This is a sweep of {points.Rows.Count:N0} design points over {parameters} parameter{(parameters == 1 ? "" : "s")} "
                   + $"({string.Join(", ", points.Header.Skip(1).Select(SweepFigures.Short))})";
        if (held < points.Rows.Count) s += $"; this folder holds the results of {held:N0} of them (a shard)";
        s += results.Metrics.Any(m => m.Point == 0)
            ? ". The next sentences read design point 0 alone (its parameter values are the first row of points.csv), as do the yearly figures and the bars of wars prevented"
            : ". Design point 0 is not in this folder";
        return s + $"; the figures across the sweep and the summary tables below show every point{(points.Rows.Count > SweepTables.MaxRows ? $" (the tables the first {SweepTables.MaxRows:N0})" : "")}.";
    }

    /// <summary>The sentences after it, one per regime that prevents wars at two points or more.</summary>
    public static IEnumerable<string> Findings(ResultsFolder results)
    {
        foreach (var regime in SweepTables.RegimesWith(results, Metric))
        {
            var across = results.Metrics.Where(m => m.Regime == regime && m.Name == Metric && !double.IsNaN(m.Value.Estimate)).ToArray();
            if (across.Length < 2) continue;
            var estimates = across.Select(m => m.Value.Estimate).Order().ToArray();
            var (least, most) = (across.MinBy(m => m.Value.Estimate)!, across.MaxBy(m => m.Value.Estimate)!);
            string s = $"Across the {across.Length:N0} points the {RegimeStyle.Label(regime)} prevents from {Share(least.Value.Estimate)} at point {least.Point} "
                       + $"to {Headline.P(most.Value.Estimate)} at point {most.Point} of the baseline's wars, "
                       + $"at the middle 80% of points from {Share(Quantiles.R7(estimates, 0.1))} to {Headline.P(Quantiles.R7(estimates, 0.9))}";
            double noise = NoiseShare(across);
            if (noise >= 0.95)
                s += "; that spread is no more than the points' own Monte Carlo noise would give (the variance their intervals imply), so more runs per point are needed before it says anything";
            else if (noise >= 0.2)
                s += $"; Monte Carlo noise makes up about {Headline.P(noise)} of the variance across the points (the variance their own intervals imply), "
                     + "and more runs per point would shrink it";
            if (Driver(results, regime, noise) is { } driver) s += driver;
            yield return s + ".";
        }
    }

    /// <summary>Runs per (point, regime), counted over every point held: "10", or "1 to 5" where a shard cut groups.</summary>
    public static string RunsPerGroup(ResultsFolder results)
    {
        var runs = results.Digest.Groups.Select(g => g.Runs).DefaultIfEmpty(0).ToArray();
        return runs.Min() == runs.Max() ? $"{runs.Min():N0}" : $"{runs.Min():N0} to {runs.Max():N0}";
    }

    /// <summary>"−3% (more wars than the baseline)" for a negative share, else the share.</summary>
    private static string Share(double v) => v < 0 ? $"{Headline.P(v)} (more wars than the baseline)" : Headline.P(v);

    /// <summary>
    /// The share of the estimates' variance across points that their Monte Carlo noise alone would give: the mean
    /// squared standard error (from each point's 95% interval) over the variance of the estimates, at most 1; 0
    /// when it cannot be told. The points' run seeds differ, so that noise is independent between points and adds
    /// its variance to the spread. With a posterior, the part of an interval that comes from parameter uncertainty is
    /// left out: run r draws the same particle at every point, so that part moves the points together.
    /// </summary>
    internal static double NoiseShare(IReadOnlyList<Metric> across)
    {
        var withInterval = across.Where(m => !double.IsNaN(m.Value.Low) && !double.IsNaN(m.Value.High)).ToArray();
        if (withInterval.Length < 2) return 0;
        double mean = withInterval.Average(m => m.Value.Estimate);
        double variance = withInterval.Sum(m => (m.Value.Estimate - mean) * (m.Value.Estimate - mean)) / (withInterval.Length - 1);
        double noise = withInterval.Average(m => (m.Value.High - m.Value.Low) * (m.Value.High - m.Value.Low)
                                                  * (double.IsNaN(m.ParameterShare) ? 1 : 1 - m.ParameterShare)) / (4 * Interval.Z95 * Interval.Z95);
        return variance > 0 ? Math.Min(1, noise / variance) : 0;
    }

    /// <summary>
    /// "; by total-order Sobol index it depends most on P (0.41, 95% CI 0.30 to 0.55)", when that interval clears
    /// the Monte Carlo floor (independent noise adds <paramref name="noise"/>, its share of the variance, to every
    /// total-order index), with a caution when the runner-up lies inside it; a sentence that no parameter clears
    /// the floor otherwise; null without indices for the regime.
    /// </summary>
    private static string? Driver(ResultsFolder results, string regime, double noise)
    {
        if (results.Sensitivity is not { Rows.Count: > 0 } table) return null;
        int cRegime = table.Column("regime"), cMetric = table.Column("metric"), cParameter = table.Column("parameter"),
            cOrder = table.Column("order"), cEstimate = table.Column("estimate"), cLow = table.Column("ci_low"), cHigh = table.Column("ci_high");
        var total = table.Rows.Where(r => r[cRegime] == regime && r[cMetric] == Metric && r[cOrder] == "total" && !double.IsNaN(table.Number(r[cEstimate])))
            .OrderByDescending(r => table.Number(r[cEstimate])).ToArray();
        if (total.Length == 0) return null;
        var top = total[0];
        double low = table.Number(top[cLow]), high = table.Number(top[cHigh]);
        if (double.IsNaN(low) || low <= noise)
            return $"; no parameter's total-order Sobol index clears the Monte Carlo noise floor (about {Headline.N(noise)} on every index) with its 95% interval";
        string s = $"; by total-order Sobol index it depends most on {SweepFigures.Short(top[cParameter])} ({Headline.N(table.Number(top[cEstimate]))}, "
                   + $"95% CI {Headline.N(low)} to {Headline.N(high)}, above the noise floor of about {Headline.N(noise)})";
        if (total.Length > 1 && table.Number(total[1][cEstimate]) >= low)
            s += $", not clearly more than on {SweepFigures.Short(total[1][cParameter])} ({Headline.N(table.Number(total[1][cEstimate]))})";
        return s;
    }
}
