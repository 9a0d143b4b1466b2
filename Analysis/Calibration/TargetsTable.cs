using Analysis.Results;
using Analysis.Summary;

namespace Analysis.Calibration;

/// <summary>
/// targets.csv: the report's "historical record" table as data, for analysts and for comparing
/// two versions of the model target by target. One row per (regime, target or part of one) that
/// the run can measure (design point 0): the record's value and tolerance band, the simulated
/// value with its 95% interval on the target's scale, and whether it lies inside the band (empty
/// when the regime has nothing to measure; <c>metric</c> then says what was missing).
/// </summary>
public static class TargetsTable
{
    public const string FileName = "targets.csv";

    /// <summary>The run's checks: the calendar eras and mode come from the digest, as in the report.</summary>
    public static IReadOnlyList<(string Regime, IReadOnlyList<TargetCheck> Checks)> Checks(ResultsDigest digest, IReadOnlyList<Metric> metrics)
    {
        var measurable = TargetEvaluation.Partition(digest.EraNames, digest.Calendar).Measurable;
        if (measurable.Count == 0) return [];
        var all = metrics.Concat(EraCounts.From(digest)).ToArray();
        return digest.Groups.Where(g => g.Point == 0).Select(g => (g.Regime, TargetEvaluation.Check(all, g.Regime, measurable))).ToArray();
    }

    public static void Write(string path, ResultsDigest digest, IReadOnlyList<Metric> metrics)
    {
        var perRegime = Checks(digest, metrics);
        CsvRows.WriteFile(path, Columns.Targets, csv =>
        {
            foreach (var (regime, checks) in perRegime)
                foreach (var c in checks)
                {
                    csv.Add(regime).Add(c.Target.Id).Add(c.Measure.Part ?? "").Add(c.Target.Quantity).Add(c.Period).Add(c.Target.Use)
                        .Add(c.RecordValue).Add(c.Band.Low).Add(c.Band.High);
                    if (c.Simulated is { } s) csv.Add(s.Estimate).Add(s.Low).Add(s.High);
                    else csv.Add(double.NaN).Add(double.NaN).Add(double.NaN);
                    csv.Add(c.Inside is { } inside ? (inside ? "true" : "false") : "").Add(c.Simulated is null ? c.Note : c.Measure.MetricName(c.Target)).End();
                }
        });
    }
}
