using System.Globalization;
using Analysis.Plots;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>The plain-language reading at the top of the report, generated from the numbers.</summary>
internal static class Headline
{
    public static IReadOnlyList<string> Sentences(ResultsFolder results)
    {
        var sentences = new List<string>();
        bool sweep = SweepTables.Applies(results);
        if (sweep) sentences.Add(SweepHeadline.Opening(results));
        const string none = MetricNames.BaselineRegime;
        string baseline = results.Regimes.Contains(none) ? none : results.Regimes.FirstOrDefault() ?? none;
        string who = baseline == none ? "Under the balance of power" : $"Under the {RegimeStyle.Label(baseline)}";
        var wars = results.Find(baseline, MetricNames.WarOnsetsPer100StateYears);
        var civil = results.Find(baseline, MetricNames.Relapse10YearsCivil);
        var inter = results.Find(baseline, MetricNames.Relapse10YearsInterstate);
        if (wars is not null)
        {
            string s = $"{who}, {N(wars.Value.Estimate)} wars start per 100 state-years (95% CI {N(wars.Value.Low)}-{N(wars.Value.High)}{OfWhich(wars)})";
            if (civil is not null) s += $"; {P(civil.Value.Estimate)} of civil conflicts relapse within 10 years";
            if (inter is not null) s += $", and {P(inter.Value.Estimate)} of inter-state wars are renewed between former enemies within 10 years";
            sentences.Add(s + ".");
        }

        var prevented = results.Metrics.Where(m => m.Point == 0 && m.Name == MetricFigures.WarsPreventedShare && !double.IsNaN(m.Value.Estimate)).ToArray();
        if (prevented.Length > 0)
        {
            var best = prevented.MaxBy(m => m.Value.Estimate)!;
            string s = $"The {RegimeStyle.Label(best.Regime)} prevents the most wars: {P(best.Value.Estimate)} of the baseline's wars "
                       + $"(95% CI {P(best.Value.Low)} to {P(best.Value.High)}{OfWhich(best)})";
            var second = prevented.Where(m => m != best).MaxBy(m => m.Value.Estimate);
            if (second is not null)
                s += second.Value.High >= best.Value.Low
                    ? $"; its interval overlaps that of the {RegimeStyle.Label(second.Regime)} ({P(second.Value.Estimate)}), so the ranking is not settled"
                    : $", clearly ahead of the {RegimeStyle.Label(second.Regime)} ({P(second.Value.Estimate)})";
            sentences.Add(s + ".");
        }

        if (RecordSection.Tally(results) is { } record) sentences.Add(record);

        if (sweep) sentences.AddRange(SweepHeadline.Findings(results));

        // A sweep's shard may not hold design point 0: its runs per group are counted over every point.
        string runs = sweep ? SweepHeadline.RunsPerGroup(results) : $"{results.RunsPerRegime():N0}";
        int regimes = sweep ? SweepTables.Regimes(results).Count : results.Regimes.Count;
        sentences.Add($"Each number comes from {runs} simulated histories{(regimes > 1 ? " per regime" : "")}{(sweep ? " at each design point" : "")}; "
                      + (results.Digest.HasPosterior
                          ? "each history drew its parameters from a posterior, so the 95% confidence intervals over runs include parameter uncertainty "
                            + "as well as Monte Carlo noise (the summary says how much of each comes from parameter uncertainty): they cover how far "
                            + "each value varies across the posterior, which more runs do not narrow."
                          : "intervals are 95% confidence intervals over runs (Monte Carlo noise; the parameters are fixed)."));
        return sentences;
    }

    /// <summary>"38%", the share of an interval's variance from parameter uncertainty; empty where it cannot be told.</summary>
    internal static string Share(double share) => double.IsNaN(share) ? "" : P(share);

    private static string OfWhich(Metric m) => double.IsNaN(m.ParameterShare) ? "" : $"; of which parameter uncertainty: {Share(m.ParameterShare)}";

    internal static string N(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
    internal static string P(double v) => (100 * v).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
