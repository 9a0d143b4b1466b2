using Simulator.Regimes.Mechanisms;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Regimes;

namespace Simulator.Tests.Regimes;

/// <summary>
/// The regimes against the historical record: League referral and sanctions (sf55, sf56), the UN's
/// peacekeeping effect (sf62), and when each regime collapses (issue 10). 400 seeded runs; each whole 95% interval must lie in its band.
/// </summary>
public sealed class RegimeCalibrationTests
{
    private static readonly Lazy<List<(RunResult Result, Recorder Recorder)>> League =
        new(() => Worlds.RunMany(new(), Worlds.Regime("league"), 400));
    private static readonly Lazy<List<(RunResult Result, Recorder Recorder)>> Concert =
        new(() => Worlds.RunMany(new(), Worlds.Regime("concert"), 400));
    private static readonly Lazy<List<(RunResult Result, Recorder Recorder)>> Un =
        new(() => Worlds.RunMany(new(), Worlds.Regime("un"), 400));

    private static (double Estimate, double Low, double High) Ratio(List<(RunResult Result, Recorder Recorder)> runs,
        Func<RunResult, double> numerator, Func<RunResult, double> denominator)
    {
        double sy = runs.Sum(r => numerator(r.Result)), sx = runs.Sum(r => denominator(r.Result)), ratio = sy / sx;
        int n = runs.Count;
        double v = runs.Sum(r => Math.Pow(numerator(r.Result) - ratio * denominator(r.Result), 2)) / (sx * sx) * n / (n - 1);
        double half = 1.96 * Math.Sqrt(v);
        return (ratio, ratio - half, ratio + half);
    }

    [Test] // sf56: 21 of 42 disputes the League Council took up were settled, 1920-37
    public void League_Referrals_AboutHalfSettled()
    {
        var share = Ratio(League.Value, r => r[Referral.Settled], r => r[Referral.Referrals]);

        Assert.That(share.Low, Is.GreaterThan(0.35), share.ToString());
        Assert.That(share.High, Is.LessThan(0.65), share.ToString());
    }

    [Test] // sf55: sanctions succeed in 5% (Pape) to 34% (Hufbauer et al.) of cases
    public void League_Sanctions_SucceedRarely()
    {
        var share = Ratio(League.Value, r => r[RegimeCounters.SanctionsSucceeded], r => r[RegimeCounters.Sanctions]);

        Assert.That(share.Low, Is.GreaterThan(0.05), share.ToString());
        Assert.That(share.High, Is.LessThan(0.34), share.ToString());
    }

    [Test] // The League was defunct within two decades (1920-1940): the model's League collapses in almost every run, often
           // within two decades, yet it is not doomed by construction: some Leagues outlive their first century. (With ten
           // great-power wars a century, nearly every League falls within 200 years; "not in every run" asked that of a
           // horizon, this asks it of the League's resilience: 21 of 400 at this seed, 10 asked.)
    public void League_CollapsesInAlmostEveryRun_OftenWithinTwoDecades()
    {
        var years = CollapseYears(League.Value);

        Assert.That(years.Count, Is.GreaterThanOrEqualTo(360), "collapsed in 90% of runs or more");
        Assert.That(League.Value.Count(r => r.Result.YearOf(RegimeCounters.CollapseYear) is not { } y || y > 100), Is.GreaterThanOrEqualTo(10),
            "some Leagues last beyond a century");
        Assert.That(years.Count(y => y <= 20), Is.GreaterThanOrEqualTo(40), "the record's two decades are not a tail event");
        Assert.That(Median(years), Is.LessThanOrEqualTo(60));
    }

    [Test] // The Concert eroded after the Crimean War (1853, year 38) and was gone by 1914 (year 99): most runs collapse, by
           // cohesion mostly, in the half-century to century after founding, and some never do
    public void Concert_CollapsesInMostRuns_AfterDecades()
    {
        var years = CollapseYears(Concert.Value);

        Assert.That(years.Count, Is.InRange(300, 399));
        Assert.That(Median(years), Is.InRange(35.0, 100.0));
    }

    [Test] // The UN has not collapsed since 1945: it collapses rarely, but it can; its Council stalls (paralysis) instead
    public void Un_CollapsesRarely_StallsInstead()
    {
        var years = CollapseYears(Un.Value);

        Assert.That(years.Count, Is.LessThanOrEqualTo(40), "at most 10% of runs in two centuries");
        Assert.That(years.Count(y => y < 80), Is.LessThanOrEqualTo(20), "at most 5% within the 80 years the record has seen");
        Assert.That(Un.Value.Sum(r => r.Result[CohesionCollapse.StalledYears]), Is.GreaterThan(0));
    }

    private static List<int> CollapseYears(List<(RunResult Result, Recorder Recorder)> runs) =>
        runs.Select(r => r.Result.YearOf(RegimeCounters.CollapseYear)).OfType<int>().ToList();

    private static double Median(List<int> years)
    {
        var sorted = years.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    [Test] // sf62 (Fortna 2008): peacekeepers cut the hazard of renewed fighting by 50-75%
    public void Un_Peacekeeping_CivilRelapseHazardRatioWithinPublishedRange()
    {
        double With(bool pko) => 1 - KaplanMeier10(Un.Value, pko);

        double ratio = Math.Log(With(true)) / Math.Log(With(false));

        Assert.That(ratio, Is.InRange(0.25, 0.5));
        Assert.That(1 - With(true), Is.LessThan(1 - With(false) - 0.1), "relapse clearly lower where peacekeepers deploy");
    }

    /// <summary>Kaplan-Meier probability of civil relapse within 10 years after episodes with or without peacekeepers.</summary>
    private static double KaplanMeier10(List<(RunResult Result, Recorder Recorder)> runs, bool pko) =>
        1 - CivilPeace.Survival(CivilPeace.Spells(runs, e => e.Peacekeeping == pko), horizon: 10).Survival;
}
