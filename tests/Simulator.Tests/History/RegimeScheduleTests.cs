using System.Collections.Immutable;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Tests.Regimes;
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

    /// <summary>The UN from year 0, no institution from year 5; every mission the UN considers is selected and consented to.</summary>
    private static (World World, IRegime Regime) UnThenNone(ModelParameters parameters)
    {
        var world = new World(parameters, new Draws(1));
        var draws = new ScriptedDraws { [Purpose.PeacekeepingSelection] = 0, [Purpose.PeacekeepingConsent] = 0 };
        var regime = new RegimeSchedule("un_then_none", [new(0, RegimeCatalog.Definition("un")), new(5, RegimeCatalog.Definition("none"))]).Create();
        regime.Begin(world, draws, new Tally());
        return (world, regime);
    }

    [Test]
    public void DyadMissions_DeployedByAnEarlierRegime_StillCountAfterTheNextOneStarts()
    {
        // The UN deploys between two minor states in year 3; from year 5 no institution acts, but the
        // mission serves out its mandate, and the crisis step must still ask about the pair.
        var parameters = new ModelParameters();
        var (world, regime) = UnThenNone(parameters);
        var minors = world.ByCapability().Where(i => !world.IsGreatPower[i]).Reverse().Take(2).ToArray();
        foreach (int m in minors) world.SetPatron(m, -1);
        int d = world.DyadIndex(minors[0], minors[1]);
        world.Year = 3;
        var war = new EndedEpisode(EpisodeKind.Interstate, 1, EpisodeKey.OfWar(d), minors[0], minors[1], EndReason.Ceasefire, 1, 1000);

        bool deployed = regime.DeployPeacekeepers(war, world);
        world.Year = 5;
        regime.Upkeep(world);
        int until = 3 + parameters.Un.MandateYears + 1;

        Assert.That(deployed, Is.True);
        Assert.That(regime.DyadMissionsUntil, Is.EqualTo(until));
        Assert.That(regime.RenewedWarHazard(until - 1, d), Is.EqualTo(parameters.Un.PeacekeepingHazardRatio));
        Assert.That(regime.RenewedWarHazard(until, d), Is.EqualTo(1));
    }

    [Test]
    public void CivilMissions_DeployedByAnEarlierRegime_StillLowerRelapseAfterTheNextOneStarts()
    {
        // No Cold War, so the UN may keep a civil peace; from year 5 no institution acts.
        var parameters = new ModelParameters { Un = new UnParameters { ColdWarYears = 0 } };
        var (world, regime) = UnThenNone(parameters);
        int host = world.ByCapability().Where(i => !world.IsGreatPower[i]).Last();
        world.SetPatron(host, -1);
        world.Year = 3;
        var civil = new EndedEpisode(EpisodeKind.Civil, 1, EpisodeKey.OfCivil(host), host, -1, EndReason.Ceasefire, 1, 1000);

        bool deployed = regime.DeployPeacekeepers(civil, world);
        world.Year = 5;
        regime.Upkeep(world);
        var factor = new double[world.NextSlot];
        regime.CivilRelapseHazards(5, factor);

        Assert.That(deployed, Is.True);
        Assert.That(regime.PeaceOperationsUntil, Is.GreaterThan(5));
        Assert.That(regime.DyadMissionsUntil, Is.LessThanOrEqualTo(5), "a civil mission asks nothing of the pairs");
        Assert.That(factor[host], Is.EqualTo(parameters.Un.PeacekeepingHazardRatio));
        Assert.That(factor.Where((_, s) => s != host), Is.All.EqualTo(1.0));
    }
}
