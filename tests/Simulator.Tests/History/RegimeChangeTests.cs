using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.History;

/// <summary>
/// The states whose regime changes in a calendar year are the lottery's: the eligible living states with
/// the smallest keyed draws, whichever of them the near threshold lets enter first.
/// </summary>
public sealed class RegimeChangeTests
{
    private sealed class Silent : IObserver;

    [Test]
    public void ChangeRegimes_ChangesTheEligibleStatesWithTheSmallestDraws(
        [Values(1, 2, 3, 8, 40, 1000)] int changes, [Values(true, false)] bool democratise)
    {
        var parameters = CalendarWorldTests.History();
        for (int trial = 0; trial < 40; trial++)
        {
            var context = new RunContext(parameters, new Draws((ulong)(1000 * changes + trial)), new NoRegime(), new Silent());
            var world = new World(parameters, context.Draws);
            var rng = new Random(trial);
            // Some 20 to 230 slots in use, some of them dead, regimes of every kind.
            for (int e = rng.Next(200); e > 0; e--) world.Enter();
            for (int i = 0; i < world.NextSlot; i++)
            {
                int into = FirstOtherLiving(world, i);
                if (world.IsAlive[i] && rng.Next(10) == 0 && into != i) world.Absorb(i, into);
                world.SetDemocracy(i, rng.NextDouble());
            }
            world.Year = 1900 + trial;
            double threshold = parameters.Bargaining.DemocracyThreshold;
            var before = Enumerable.Range(0, world.NextSlot).Select(i => world.Democracy[i]).ToArray();
            ulong key = context.Draws.YearKey(Purpose.RegimeChange, world.Year);
            var expected = Enumerable.Range(0, world.NextSlot)
                .Where(i => world.IsAlive[i] && (before[i] >= threshold) != democratise)
                .OrderBy(i => Draws.UniformFrom(key, i)).ThenBy(i => i)
                .Take(changes).Order().ToArray();
            int target = world.LivingDemocracies + (democratise ? changes : -changes);

            new StateSystem(context).ChangeRegimes(world, target);

            var changed = Enumerable.Range(0, world.NextSlot).Where(i => world.Democracy[i] != before[i]).ToArray();
            Assert.That(changed, Is.EqualTo(expected), $"trial {trial}: {world.AliveCount} living of {world.NextSlot} slots");
            Assert.That(changed.All(i => (world.Democracy[i] >= threshold) == democratise), $"trial {trial}");
        }
    }

    private static int FirstOtherLiving(World world, int i)
    {
        for (int j = 0; j < world.NextSlot; j++)
            if (j != i && world.IsAlive[j]) return j;
        return i;
    }
}
