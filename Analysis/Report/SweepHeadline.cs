using Analysis.Plots;
using Analysis.Statistics;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>
/// The reading of a sweep (a design of more than one point), around the sentences that read design
/// point 0: it says that they do, then what the sweep adds: how far each regime's share of wars
/// prevented ranges across the points and, for a Sobol design, which parameter it depends on most.
/// Without it a sweep's page read one point, arbitrary in a Sobol sample, as if it were the experiment.
/// </summary>
internal static class SweepHeadline
{
    /// <summary>The sentence before the point-0 reading.</summary>
    public static string Opening(ResultsFolder results)
    {
        var points = results.Points!;
        int parameters = points.Header.Count - 1;
        return $"This is a sweep of {points.Rows.Count:N0} design points over {parameters} parameter{(parameters == 1 ? "" : "s")} "
               + $"({string.Join(", ", points.Header.Skip(1).Select(SweepFigures.Short))}). The next sentences read design point 0 alone "
               + "(its parameter values are the first row of points.csv); the figures and the summary tables below show every point.";
    }

    /// <summary>The sentences after it: the range of wars prevented across the points and, with Sobol indices, what drives it.</summary>
    public static IEnumerable<string> Findings(ResultsFolder results)
    {
        const string metric = MetricNames.WarsPreventedShare;
        foreach (var regime in results.Regimes)
        {
            var across = results.Metrics.Where(m => m.Regime == regime && m.Name == metric && !double.IsNaN(m.Value.Estimate)).ToArray();
            if (across.Length < 2) continue;
            var (least, most) = (across.MinBy(m => m.Value.Estimate)!, across.MaxBy(m => m.Value.Estimate)!);
            string s = $"Across the {across.Length:N0} points the {RegimeStyle.Label(regime)} prevents from {Headline.P(least.Value.Estimate)} (point {least.Point}) "
                       + $"to {Headline.P(most.Value.Estimate)} (point {most.Point}) of the baseline's wars";
            string? driver = Driver(results, regime, metric);
            s += driver;
            if (NoiseShare(across) is var noise and >= 0.2)
                s += $"; Monte Carlo noise makes up about {Headline.P(noise)} of the spread across the points (the variance their own intervals imply), "
                     + $"so more runs per point would sharpen {(driver is null ? "the range" : "the range and the indices")}";
            yield return s + ".";
        }
    }

    /// <summary>
    /// The share of the estimates' variance across points that their Monte Carlo noise alone would give: the mean
    /// squared standard error (from each point's 95% interval) over the variance of the estimates, at most 1; 0
    /// when it cannot be told. The points' runs are independent, so noise adds this much to the spread.
    /// </summary>
    internal static double NoiseShare(IReadOnlyList<Metric> across)
    {
        var withInterval = across.Where(m => !double.IsNaN(m.Value.Low) && !double.IsNaN(m.Value.High)).ToArray();
        if (withInterval.Length < 2) return 0;
        double mean = withInterval.Average(m => m.Value.Estimate);
        double variance = withInterval.Sum(m => (m.Value.Estimate - mean) * (m.Value.Estimate - mean)) / (withInterval.Length - 1);
        double noise = withInterval.Average(m => (m.Value.High - m.Value.Low) * (m.Value.High - m.Value.Low)) / (4 * Interval.Z95 * Interval.Z95);
        return variance > 0 ? Math.Min(1, noise / variance) : 0;
    }

    /// <summary>
    /// "; by total-order Sobol index it depends most on P (0.41, 95% CI 0.30-0.55)", with a caution when the
    /// runner-up's estimate lies inside that interval; null without indices for the regime.
    /// </summary>
    private static string? Driver(ResultsFolder results, string regime, string metric)
    {
        if (results.Sensitivity is not { Rows.Count: > 0 } table) return null;
        int cRegime = table.Column("regime"), cMetric = table.Column("metric"), cParameter = table.Column("parameter"),
            cOrder = table.Column("order"), cEstimate = table.Column("estimate"), cLow = table.Column("ci_low"), cHigh = table.Column("ci_high");
        var total = table.Rows.Where(r => r[cRegime] == regime && r[cMetric] == metric && r[cOrder] == "total" && !double.IsNaN(table.Number(r[cEstimate])))
            .OrderByDescending(r => table.Number(r[cEstimate])).ToArray();
        if (total.Length == 0) return null;
        var top = total[0];
        string s = $"; by total-order Sobol index it depends most on {SweepFigures.Short(top[cParameter])} ({Headline.N(table.Number(top[cEstimate]))}, "
                   + $"95% CI {Headline.N(table.Number(top[cLow]))} to {Headline.N(table.Number(top[cHigh]))})";
        if (total.Length > 1 && table.Number(total[1][cEstimate]) >= table.Number(top[cLow]))
            s += $", not clearly more than on {SweepFigures.Short(total[1][cParameter])} ({Headline.N(table.Number(total[1][cEstimate]))})";
        return s;
    }
}
