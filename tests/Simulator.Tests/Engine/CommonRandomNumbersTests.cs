using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Engine;

/// <summary>
/// Common random numbers survive diverging histories: a war or civil conflict draws the same
/// whether or not another episode happened before it (one regime prevented an earlier war, the
/// other did not), because its draws are keyed by the year and the states involved, not by the
/// episode counter.
/// </summary>
public sealed class CommonRandomNumbersTests
{
    private sealed class Silent : IObserver;

    private static (World World, RunContext Context) Fresh()
    {
        var parameters = new ModelParameters();
        var context = new RunContext(parameters, new Draws(11), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws) { Year = 5 };
        return (world, context);
    }

    [Test]
    public void SameWar_AfterAnEarlierWarWasPreventedInOneHistory_DrawsTheSame()
    {
        var (prevented, preventedContext) = Fresh();
        var (fought, foughtContext) = Fresh();
        var inPrevented = new WarFighting(preventedContext, new CivilStrife(preventedContext));
        var inFought = new WarFighting(foughtContext, new CivilStrife(foughtContext));

        inFought.Begin(fought, 0, 1); // the earlier war: prevented in the other history
        inPrevented.Begin(prevented, 2, 3);
        inFought.Begin(fought, 2, 3);
        var a = prevented.Wars.Single(w => w.Challenger == 2);
        var b = fought.Wars.Single(w => w.Challenger == 2);
        Assert.That(a.Episode, Is.Not.EqualTo(b.Episode), "the histories must number the war differently");

        inPrevented.Advance(prevented);
        inFought.Advance(fought);

        Assert.That(b.Key, Is.EqualTo(a.Key));
        Assert.That(b.BattleDeaths, Is.EqualTo(a.BattleDeaths).And.GreaterThan(0));
    }

    [Test]
    public void SameCivilConflict_AfterAnEarlierOneInOneHistory_DrawsTheSame()
    {
        var (quiet, quietContext) = Fresh();
        var (troubled, troubledContext) = Fresh();
        var inQuiet = new CivilStrife(quietContext);
        var inTroubled = new CivilStrife(troubledContext);
        inTroubled.Begin(troubled, 4); // an earlier conflict elsewhere, only in this history
        var a = inQuiet.Begin(quiet, 7);
        var b = inTroubled.Begin(troubled, 7);
        Assert.That(a.Episode, Is.Not.EqualTo(b.Episode), "the histories must number the conflict differently");

        inQuiet.Advance(quiet);
        inTroubled.Advance(troubled);

        Assert.That(b.Key, Is.EqualTo(a.Key));
        Assert.That(b.BattleDeaths, Is.EqualTo(a.BattleDeaths).And.GreaterThan(0));
        Assert.That(b.RebelStrength, Is.EqualTo(a.RebelStrength));
    }
}
