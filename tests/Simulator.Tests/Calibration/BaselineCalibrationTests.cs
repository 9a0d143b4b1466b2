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

    private static (double Estimate, double HalfWidth) Ratio(Func<RunResult, double> numerator, Func<RunResult, double> denominator)
    {
        var runs = Runs.Value;
        double sy = runs.Sum(r => numerator(r.Result)), sx = runs.Sum(r => denominator(r.Result));
        double ratio = sy / sx;
        int n = runs.Count;
        double v = runs.Sum(r => Math.Pow(numerator(r.Result) - ratio * denominator(r.Result), 2)) / (sx * sx) * n / (n - 1);
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
        // Kaplan-Meier by hand (Analysis has the tested estimator; the Simulator tests stay independent of it).
        var spells = new List<(int Years, bool Relapsed)>();
        foreach (var (result, recorder) in Runs.Value)
        {
            var civil = recorder.Episodes.Where(e => e.Kind == EpisodeKind.Civil).ToList();
            foreach (var e in civil.Where(e => e.EndYear is not null))
            {
                var renewal = civil.Where(r => r.RelapseOf == e.Episode).Select(r => (int?)r.StartYear).Min();
                spells.Add(renewal is { } start ? (start - e.EndYear!.Value, true) : ((int)result[WorldCounters.Years] - 1 - e.EndYear!.Value, false));
            }
        }
        double survival = 1, greenwood = 0;
        for (int t = 1; t <= 10; t++)
        {
            int atRisk = spells.Count(s => s.Years >= t), events = spells.Count(s => s.Relapsed && s.Years == t);
            if (events == 0) continue;
            survival *= 1 - (double)events / atRisk;
            greenwood += (double)events / (atRisk * (double)(atRisk - events));
        }
        double halfWidth = 1.96 * survival * Math.Sqrt(greenwood);

        AssertInBand((1 - survival, halfWidth), 0.40, 0.60);
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
