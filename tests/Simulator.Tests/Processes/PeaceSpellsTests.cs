using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Processes;

/// <summary>The yearly decay of rivalry and grievance: the vector passes over every pair and the list of active pairs agree bit for bit.</summary>
public sealed class PeaceSpellsTests
{
    private sealed class Silent : IObserver;

    [Test]
    public void DecayPasses_EightFourOrOneAtATime_DecayEachFieldByItsOwnHalfLifeAndCountTheLivingRivals(
        [Values(8, 4, 1)] int lanes, [Values(false, true)] bool someDead, [Values(40, 43)] int states)
    {
        // Unequal half-lives, so a grievance decayed as a rivalry (a lane given the wrong factor) shows; 43 states
        // leave pairs past the last whole vector (903 pairs: 7 past eight-pair blocks, 3 past four-pair ones).
        var parameters = new ModelParameters
        {
            World = new WorldParameters { States = states, GreatPowers = 5, Neighbours = 3 },
            Crises = new CrisisParameters { RivalryHalfLifeYears = 7, RivalThreshold = 1 },
            War = new WarParameters { GrievanceHalfLifeYears = 30 },
        };
        var context = new RunContext(parameters, new Draws(5), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        var rng = new Random(states * 10 + lanes);
        for (int d = 0; d < world.DyadCount; d++)
        {
            if (rng.Next(3) == 0) continue; // a third of the pairs never active: zeros
            int a = world.DyadA[d], b = world.DyadB[d];
            world.AddRivalry(d, 2 * rng.NextDouble());
            // Grievances above the threshold too, so a grievance lane counted as a rivalry shows.
            if (rng.Next(2) == 0) world.RaiseGrievance(a, b, 2 * rng.NextDouble());
            if (rng.Next(2) == 0) world.RaiseGrievance(b, a, 2 * rng.NextDouble());
        }
        if (someDead)
            foreach (int victim in new[] { 6, 13, 20, 27, 34 })
                world.Absorb(victim, victim - 1);
        var before = world.Enmity.AsSpan(0, world.DyadCount).ToArray();

        var spells = new PeaceSpells(context);
        bool everyoneAlive = !someDead;
        int rivals = lanes switch
        {
            8 => spells.DecayEveryPair(world, 1, everyoneAlive),
            4 => spells.DecayEveryPairFour(world, 1, everyoneAlive),
            _ => spells.DecayActivePairs(world, 1, everyoneAlive),
        };

        double rivalryFactor = Decay.PerYear(7), grievanceFactor = Decay.PerYear(30);
        int expected = 0, deadRivals = 0;
        for (int d = 0; d < world.DyadCount; d++)
        {
            var now = world.Enmity[d];
            Assert.That(now.Rivalry, Is.EqualTo(before[d].Rivalry * rivalryFactor), $"rivalry of pair {d}");
            Assert.That(now.GrievanceAB, Is.EqualTo(before[d].GrievanceAB * grievanceFactor), $"grievance AB of pair {d}");
            Assert.That(now.GrievanceBA, Is.EqualTo(before[d].GrievanceBA * grievanceFactor), $"grievance BA of pair {d}");
            if (now.Rivalry < 1) continue;
            if (world.IsAlive[world.DyadA[d]] && world.IsAlive[world.DyadB[d]]) expected++;
            else deadRivals++;
        }
        Assert.That(rivals, Is.EqualTo(expected));
        Assert.That(expected, Is.InRange(world.DyadCount / 10, world.DyadCount / 2), "rivals and pairs below the threshold both");
        Assert.That(deadRivals, someDead ? Is.GreaterThan(0) : Is.Zero, "pairs of rivals with a dead state, not counted");
    }
}
