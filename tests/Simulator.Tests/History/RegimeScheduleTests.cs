using System.Collections.Immutable;
using Simulator.Observation;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.History;

/// <summary>A schedule of regimes by calendar year (MODEL.md section 6).</summary>
public sealed class RegimeScheduleTests
{
    internal static RegimeSchedule Historical { get; } = new("historical",
    [
        new(1816, RegimeCatalog.Definition("concert")),
        new(1914, RegimeCatalog.Definition("none")),
        new(1920, RegimeCatalog.Definition("league")),
        new(1940, RegimeCatalog.Definition("none")),
        new(1946, RegimeCatalog.Definition("un")),
    ]);

    [Test]
    public void Run_HistoricalSchedule_EachRegimeActsOnlyInItsYears()
    {
        var runs = Worlds.RunMany(CalendarWorldTests.History(), Historical.Create, 12);
        // Eras: 1816-1914, 1919-1939, 1946-1989, 1990-2007, 2008-2015.
        double Sum(int era, Counter c) => runs.Sum(r => r.Result.InEra(era, c));

        Assert.Multiple(() =>
        {
            Assert.That(Sum(0, Congress.Congresses), Is.GreaterThan(0));
            Assert.That(Sum(1, Congress.Congresses) + Sum(2, Congress.Congresses), Is.Zero);
            Assert.That(Sum(1, Referral.Referrals), Is.GreaterThan(0));
            Assert.That(Sum(0, Referral.Referrals) + Sum(2, Referral.Referrals), Is.Zero);
            Assert.That(Sum(2, SecurityCouncil.Resolutions), Is.GreaterThan(0));
            Assert.That(Sum(0, SecurityCouncil.Resolutions) + Sum(1, SecurityCouncil.Resolutions), Is.Zero);
        });
    }

    [Test]
    public void Run_SchedulesThatDifferFrom1946_ShareTheirHistoryBefore()
    {
        var noUn = new RegimeSchedule("no_un", [.. Historical.Entries.Take(4)]);

        var with = Worlds.RunMany(CalendarWorldTests.History(), Historical.Create, 6);
        var without = Worlds.RunMany(CalendarWorldTests.History(), noUn.Create, 6);

        for (int r = 0; r < with.Count; r++)
        {
            var before = with[r].Recorder.Years.Where(y => y.Year < 1946);
            Assert.That(without[r].Recorder.Years.Where(y => y.Year < 1946), Is.EqualTo(before), $"run {r}");
            Assert.That(without[r].Recorder.Crises.Where(c => c.Year < 1946), Is.EqualTo(with[r].Recorder.Crises.Where(c => c.Year < 1946)), $"run {r}");
        }
    }
}
