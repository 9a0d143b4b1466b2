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
        RecordBands.Ratio(Runs.Value, r => numerator(r.Result), r => denominator(r.Result));

    private static (double Estimate, double HalfWidth) RatioOfRuns(Func<(RunResult Result, Recorder Recorder), double> numerator,
        Func<(RunResult Result, Recorder Recorder), double> denominator) => RecordBands.Ratio(Runs.Value, numerator, denominator);

    private static void AssertInBand((double Estimate, double HalfWidth) value, double low, double high) => RecordBands.AssertInBand(value, low, high);

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

    [TestCaseSource(typeof(RecordBands), nameof(RecordBands.CapabilityShares))]
    public void CapabilityRatioShares_WithinTenPointsOfTheRecord(double record, double from, double to) =>
        RecordBands.AssertCapabilityShareWithinTenPoints(Runs.Value, record, from, to);

    // Dyads as the record counts them (every pair on opposite sides of a war): each relative risk has the
    // record's sign and lies within a factor of 2 of it, its whole 95% interval (jackknife over runs) inside.
    [TestCaseSource(typeof(RecordBands), nameof(RecordBands.DyadRisks))]
    public void DyadRelativeRisk_WithinFactorTwoOfTheRecord(string target, double record) =>
        RecordBands.AssertRelativeRiskWithinFactorTwo(Runs.Value, target, record);

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
