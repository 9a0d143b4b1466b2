using Simulator.Regimes.Mechanisms;
using Simulator.Regimes;
using Simulator.Entities;
using Simulator.Observation;

namespace Simulator.Tests.Calibration;

/// <summary>
/// The default baseline against the 1816-1914 record (calibration targets in docs/MODEL.md section 8).
/// 400 seeded runs; each check requires the whole 95% interval of the estimate inside the band, so the
/// bands hold with many standard errors to spare rather than by luck of the seed.
/// </summary>
public sealed class BaselineCalibrationTests
{
    private static readonly Lazy<List<(RunResult Result, Recorder Recorder)>> Runs = new(() => Worlds.RunMany(Worlds.Baseline(), 400));

    private static (double Estimate, double HalfWidth) Ratio(Func<RunResult, double> numerator, Func<RunResult, double> denominator) =>
        RatioOfRuns(r => numerator(r.Result), r => denominator(r.Result));

    private static (double Estimate, double HalfWidth) RatioOfRuns(Func<(RunResult Result, Recorder Recorder), double> numerator,
        Func<(RunResult Result, Recorder Recorder), double> denominator)
    {
        var runs = Runs.Value;
        double sy = runs.Sum(numerator), sx = runs.Sum(denominator);
        double ratio = sy / sx;
        int n = runs.Count;
        double v = runs.Sum(r => Math.Pow(numerator(r) - ratio * denominator(r), 2)) / (sx * sx) * n / (n - 1);
        return (ratio, 1.96 * Math.Sqrt(v));
    }

    private static void AssertInBand((double Estimate, double HalfWidth) value, double low, double high)
    {
        Assert.That(value.Estimate - value.HalfWidth, Is.GreaterThanOrEqualTo(low), $"estimate {value.Estimate:G4} ± {value.HalfWidth:G3}");
        Assert.That(value.Estimate + value.HalfWidth, Is.LessThanOrEqualTo(high), $"estimate {value.Estimate:G4} ± {value.HalfWidth:G3}");
    }

    [Test] // sf06: 1.089 per 100 state-years, 1816-1914
    public void WarOnsets_Per100StateYears_WithinTargetBand() =>
        AssertInBand(Ratio(r => 100.0 * r[WorldCounters.InterstateWars], r => r[WorldCounters.StateYears]), 0.8, 1.4);

    [Test] // sf24: 10.4% of MIDs reached war, 1816-1914
    public void CrisisEscalationShare_WithinTargetBand() =>
        AssertInBand(Ratio(r => r[WorldCounters.InterstateWars], r => r[WorldCounters.Crises]), 0.07, 0.14);

    [Test] // sf19: 4.7 intra-state war onsets per 100 state-years, 1816-1914
    public void CivilOnsets_Per100StateYears_WithinTargetBand() =>
        AssertInBand(Ratio(r => 100.0 * r[WorldCounters.CivilWars], r => r[WorldCounters.StateYears]), 3, 6.5);

    [Test] // sf39: 49.9% of intrastate episodes recur within 10 years
    public void CivilRelapseWithin10Years_KaplanMeier_WithinTargetBand()
    {
        var (survival, standardError) = CivilPeace.Survival(CivilPeace.Spells(Runs.Value), horizon: 10);

        AssertInBand((1 - survival, 1.96 * standardError), 0.40, 0.60);
    }

    [Test] // Two world wars in two centuries; a handful of wars with three or more major powers (issue 10)
    public void SystemicWars_PerCentury_WithinTargetBand() =>
        AssertInBand(Ratio(r => 100.0 * r[WorldCounters.SystemicWars], r => r[WorldCounters.Years]), 0.5, 2.0);

    [Test] // COW: about two in three inter-state wars are fought by two states only
    public void TwoStateWars_AreMostWars()
    {
        var share = RatioOfRuns(r => r.Recorder.Episodes.Count(e => e.Kind == EpisodeKind.Interstate && e.Participants == 2),
            r => r.Recorder.Episodes.Count(e => e.Kind == EpisodeKind.Interstate));

        AssertInBand(share, 0.55, 0.80);
    }

    [TestCase(0.29055, 0, 3)]     // COW CINC 1816-2007 (data/record/cinc_ratio.csv): within 3:1
    [TestCase(0.26274, 3, 10)]    // between 3:1 and 10:1
    [TestCase(0.44671, 10, 0)]    // beyond 10:1
    public void CapabilityRatioShares_WithinTenPointsOfTheRecord(double record, double from, double to)
    {
        double Share(RunResult r) =>
            from == 0 ? r[SystemCounters.ParityDyadYears]
            : to == 0 ? r[SystemCounters.PreponderanceDyadYears]
            : r[SystemCounters.DyadYears] - r[SystemCounters.ParityDyadYears] - r[SystemCounters.PreponderanceDyadYears];

        AssertInBand(Ratio(Share, r => r[SystemCounters.DyadYears]), record - 0.10, record + 0.10);
    }

    // Dyads as the record counts them (every pair on opposite sides of a war): each relative risk has the
    // record's sign and lies within a factor of 2 of it, its whole 95% interval (jackknife over runs) inside.
    [TestCase("sf30", 18.0)]
    [TestCase("sf31", 49.0)]
    [TestCase("sf32", 1.5)]
    [TestCase("sf33", 0.045)]
    [TestCase("sf34", 56.0)]
    public void DyadRelativeRisk_WithinFactorTwoOfTheRecord(string target, double record)
    {
        Func<RunResult, (double, double, double, double)> classes = target switch
        {
            "sf30" => r => (r[SystemCounters.ContiguousWarDyads], r[WorldCounters.ContiguousDyadYears], r[SystemCounters.DistantWarDyads], r[WorldCounters.DistantDyadYears]),
            "sf31" => r => (r[SystemCounters.MajorMajorWarDyads], r[SystemCounters.MajorMajorDyadYears], r[SystemCounters.MinorMinorWarDyads], r[SystemCounters.MinorMinorDyadYears]),
            "sf32" => r => (r[SystemCounters.ParityWarDyads], r[SystemCounters.ParityDyadYears], r[SystemCounters.PreponderanceWarDyads], r[SystemCounters.PreponderanceDyadYears]),
            "sf33" => r => (r[SystemCounters.JointDemocracyWarDyads], r[SystemCounters.JointDemocracyDyadYears], r[SystemCounters.NoDemocracyWarDyads], r[SystemCounters.NoDemocracyDyadYears]),
            _ => r => (r[SystemCounters.RivalWarDyads], r[SystemCounters.RivalDyadYears],
                       r[SystemCounters.WarDyads] - r[SystemCounters.RivalWarDyads], r[SystemCounters.DyadYears] - r[SystemCounters.RivalDyadYears]),
        };
        var rows = Runs.Value.Select(x => classes(x.Result)).ToArray();
        var (y1, x1, y2, x2) = (rows.Sum(r => r.Item1), rows.Sum(r => r.Item2), rows.Sum(r => r.Item3), rows.Sum(r => r.Item4));
        double LogRr(double a, double b, double c, double d) => Math.Log(a / b) - Math.Log(c / d);
        double estimate = LogRr(y1, x1, y2, x2);
        int n = rows.Length;
        var leaveOut = rows.Select(r => LogRr(y1 - r.Item1, x1 - r.Item2, y2 - r.Item3, x2 - r.Item4)).ToArray();
        double mean = leaveOut.Average();
        double se = Math.Sqrt((n - 1.0) / n * leaveOut.Sum(v => (v - mean) * (v - mean)));

        Assert.That(Math.Exp(estimate - 1.96 * se), Is.GreaterThanOrEqualTo(record / 2), $"{target}: rr {Math.Exp(estimate):G3}, se(log) {se:G3}");
        Assert.That(Math.Exp(estimate + 1.96 * se), Is.LessThanOrEqualTo(record * 2), $"{target}: rr {Math.Exp(estimate):G3}, se(log) {se:G3}");
    }

    [Test] // sf31: major powers fight far more often than minor states
    public void GreatPowers_EnterWarsFarMoreOftenThanMinorStates()
    {
        var runs = Runs.Value;
        double great = runs.Sum(r => r.Result[WorldCounters.GreatPowerWarEntries]) / (double)runs.Sum(r => r.Result[WorldCounters.GreatPowerStateYears]);
        double minor = runs.Sum(r => r.Result[WorldCounters.MinorWarEntries]) / (double)runs.Sum(r => r.Result[WorldCounters.StateYears] - r.Result[WorldCounters.GreatPowerStateYears]);

        Assert.That(great / minor, Is.GreaterThan(3.0));
    }

    [Test] // sf30: contiguous dyads start wars about 18 times as often as non-contiguous ones
    public void Neighbours_StartWarsFarMoreOftenThanDistantPairs()
    {
        var runs = Runs.Value;
        double contiguous = runs.Sum(r => r.Result[WorldCounters.ContiguousWarOnsets]) / (double)runs.Sum(r => r.Result[WorldCounters.ContiguousDyadYears]);
        double distant = runs.Sum(r => r.Result[WorldCounters.DistantWarOnsets]) / (double)runs.Sum(r => r.Result[WorldCounters.DistantDyadYears]);

        Assert.That(contiguous / distant, Is.InRange(6.0, 40.0));
    }
}
