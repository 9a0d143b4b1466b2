using Simulator.Engine;
using Simulator.Observation;

namespace Simulator.Tests.Calibration;

/// <summary>
/// Checks of seeded runs against the record's bands, shared by the abstract and the calendar world: each
/// requires the whole 95% interval of the estimate inside the band, so it holds by many standard errors
/// rather than by luck of the seed.
/// </summary>
internal static class RecordBands
{
    /// <summary>COW CINC 1816-2007 (data/record/cinc_ratio.csv): share of dyad-years within 3:1, 3:1-10:1, beyond 10:1 (record, from, to).</summary>
    public static readonly object[] CapabilityShares = [new object[] { 0.29055, 0.0, 3.0 }, new object[] { 0.26274, 3.0, 10.0 }, new object[] { 0.44671, 10.0, 0.0 }];

    /// <summary>The dyad relative risks of targets sf30-sf34 and the record's values.</summary>
    public static readonly object[] DyadRisks =
        [new object[] { "sf30", 18.0 }, new object[] { "sf31", 49.0 }, new object[] { "sf32", 1.5 }, new object[] { "sf33", 0.045 }, new object[] { "sf34", 56.0 }];

    /// <summary>A ratio of sums over runs, with the delta-method half-width of its 95% interval.</summary>
    public static (double Estimate, double HalfWidth) Ratio<T>(IReadOnlyList<T> runs, Func<T, double> numerator, Func<T, double> denominator)
    {
        double sy = runs.Sum(numerator), sx = runs.Sum(denominator);
        double ratio = sy / sx;
        int n = runs.Count;
        double v = runs.Sum(r => Math.Pow(numerator(r) - ratio * denominator(r), 2)) / (sx * sx) * n / (n - 1);
        return (ratio, 1.96 * Math.Sqrt(v));
    }

    public static void AssertInBand((double Estimate, double HalfWidth) value, double low, double high)
    {
        Assert.That(value.Estimate - value.HalfWidth, Is.GreaterThanOrEqualTo(low), $"estimate {value.Estimate:G4} ± {value.HalfWidth:G3}");
        Assert.That(value.Estimate + value.HalfWidth, Is.LessThanOrEqualTo(high), $"estimate {value.Estimate:G4} ± {value.HalfWidth:G3}");
    }

    /// <summary>The share of dyad-years within 3:1 (<paramref name="from"/> 0), beyond 10:1 (<paramref name="to"/> 0) or between.</summary>
    public static void AssertCapabilityShareWithinTenPoints(IReadOnlyList<(RunResult Result, Recorder Recorder)> runs, double record, double from, double to)
    {
        double Share(RunResult r) =>
            from == 0 ? r[SystemCounters.ParityDyadYears]
            : to == 0 ? r[SystemCounters.PreponderanceDyadYears]
            : r[SystemCounters.DyadYears] - r[SystemCounters.ParityDyadYears] - r[SystemCounters.PreponderanceDyadYears];

        AssertInBand(Ratio(runs, r => Share(r.Result), r => r.Result[SystemCounters.DyadYears]), record - 0.10, record + 0.10);
    }

    /// <summary>
    /// Dyads as the record counts them (every pair on opposite sides of a war): the relative risk of target
    /// sf30-sf34 has the record's sign and lies within a factor of 2 of it, its whole 95% interval (jackknife
    /// over runs) inside.
    /// </summary>
    public static void AssertRelativeRiskWithinFactorTwo(IReadOnlyList<(RunResult Result, Recorder Recorder)> runs, string target, double record)
    {
        Func<RunResult, (double, double, double, double)> classes = target switch
        {
            "sf30" => r => (r[SystemCounters.ContiguousWarDyads], r[WorldCounters.ContiguousDyadYears], r[SystemCounters.DistantWarDyads], r[WorldCounters.DistantDyadYears]),
            "sf31" => r => (r[SystemCounters.MajorMajorWarDyads], r[SystemCounters.MajorMajorDyadYears], r[SystemCounters.MinorMinorWarDyads], r[SystemCounters.MinorMinorDyadYears]),
            "sf32" => r => (r[SystemCounters.ParityWarDyads], r[SystemCounters.ParityDyadYears], r[SystemCounters.PreponderanceWarDyads], r[SystemCounters.PreponderanceDyadYears]),
            "sf33" => r => (r[SystemCounters.JointDemocracyWarDyads], r[SystemCounters.JointDemocracyDyadYears], r[SystemCounters.NoDemocracyWarDyads], r[SystemCounters.NoDemocracyDyadYears]),
            "sf34" => r => (r[SystemCounters.RivalWarDyads], r[SystemCounters.RivalDyadYears],
                            r[SystemCounters.WarDyads] - r[SystemCounters.RivalWarDyads], r[SystemCounters.DyadYears] - r[SystemCounters.RivalDyadYears]),
            _ => throw new ArgumentException($"no dyad class for target {target}", nameof(target)),
        };
        var rows = runs.Select(x => classes(x.Result)).ToArray();
        var (y1, x1, y2, x2) = (rows.Sum(r => r.Item1), rows.Sum(r => r.Item2), rows.Sum(r => r.Item3), rows.Sum(r => r.Item4));
        static double LogRr(double a, double b, double c, double d) => Math.Log(a / b) - Math.Log(c / d);
        double estimate = LogRr(y1, x1, y2, x2);
        int n = rows.Length;
        var leaveOut = rows.Select(r => LogRr(y1 - r.Item1, x1 - r.Item2, y2 - r.Item3, x2 - r.Item4)).ToArray();
        double mean = leaveOut.Average();
        double se = Math.Sqrt((n - 1.0) / n * leaveOut.Sum(v => (v - mean) * (v - mean)));

        Assert.That(Math.Exp(estimate - 1.96 * se), Is.GreaterThanOrEqualTo(record / 2), $"{target}: rr {Math.Exp(estimate):G3}, se(log) {se:G3}");
        Assert.That(Math.Exp(estimate + 1.96 * se), Is.LessThanOrEqualTo(record * 2), $"{target}: rr {Math.Exp(estimate):G3}, se(log) {se:G3}");
    }
}
