using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Processes;

/// <summary>The commitment problem reads a true ten-year power shift (Powell 2006), not one year's growth.</summary>
public sealed class PowerShiftTests
{
    private sealed class Silent : IObserver;

    /// <summary>Two states, no shocks and no reversion; state 0 grows by the given log rate a year, state 1 not at all.</summary>
    private static (World World, PowerGrowth Growth) TwoStates(double logGrowth)
    {
        var parameters = new ModelParameters
        {
            World = new WorldParameters { States = 2, GreatPowers = 1, Neighbours = 1, GrowthShock = 0, GrowthReversion = 0 },
        };
        var context = new RunContext(parameters, new Draws(5), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        world.GrowthRate[0] = logGrowth;
        world.GrowthRate[1] = 0;
        return (world, new PowerGrowth(context));
    }

    [Test]
    public void PowerShift_CapabilityDoublesOverTenYears_IsLogTwo()
    {
        var (world, growth) = TwoStates(Math.Log(2) / 10);

        for (int y = 0; y < 25; y++)
        {
            world.Year = y;
            growth.Advance(world);
        }

        Assert.That(CrisisBargaining.PowerShift(world, 0, 1), Is.EqualTo(Math.Log(2)).Within(1e-9));
    }

    [Test]
    public void PowerShift_FirstYears_CountsOnlyTheGrowthSinceTheStart()
    {
        var (world, growth) = TwoStates(0.05);

        for (int y = 0; y < 4; y++)
        {
            world.Year = y;
            growth.Advance(world);
        }

        Assert.That(CrisisBargaining.PowerShift(world, 0, 1), Is.EqualTo(4 * 0.05).Within(1e-9));
    }
}
