using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Engine;

/// <summary>Dyads counted as the record counts them (COW): every pair on opposite sides of a war is a war dyad (sf29-sf34).</summary>
public sealed class DyadObservationTests
{
    private sealed class Silent : IObserver;

    private static (World World, RunContext Context) FourStates(double[] capabilities, bool[] democratic, ModelParameters? parameters = null)
    {
        parameters ??= new ModelParameters { World = new WorldParameters { States = 4, GreatPowers = 1, Neighbours = 1 } };
        var context = new RunContext(parameters, new Draws(3), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        for (int i = 0; i < 4; i++)
        {
            world.Capability[i] = capabilities[i];
            world.SetDemocracy(i, democratic[i] ? 0.9 : 0.1);
            world.SetGreatPower(i, i == 3);
        }
        return (world, context);
    }

    [Test]
    public void CountYear_ManyStatesWithTiesAtTheRatios_CountsCapabilityClassesAsThePairByPairDefinition([Values(1, 2, 3, 4, 5)] int seed, [Values(39, 40, 70)] int states)
    {
        // 40 states (or 39: an odd number of them, which the vectorised count takes two at a time; or 70, which AVX2
        // alone counts by the sort and walk, not pair by pair), some exactly 3 or 10 times another (the boundaries), some equal, and spreads from
        // narrow to very wide, so the pointers move by none, one, or many states at a time.
        var parameters = new ModelParameters { World = new WorldParameters { States = states, GreatPowers = 5, Neighbours = 3 } };
        var context = new RunContext(parameters, new Draws((ulong)seed), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        var rng = new Random(seed);
        double spread = new[] { 0.1, 1, 3, 8, 20 }[seed - 1];
        for (int i = 0; i < states; i++)
            world.Capability[i] = (i % 5, i) switch
            {
                (1, > 0) => world.Capability[i - 1] * 3,
                (2, > 1) => world.Capability[i - 2] * 10,
                (3, > 0) => world.Capability[i - 1],
                _ => Math.Exp(spread * (rng.NextDouble() - 0.5)),
            };

        DyadObservation.CountYear(world, context.Counters);
        var t = context.Counters.Totals;

        long parity = 0, preponderance = 0;
        for (int a = 0; a < states; a++)
            for (int b = a + 1; b < states; b++)
            {
                double small = Math.Min(world.Capability[a], world.Capability[b]), large = Math.Max(world.Capability[a], world.Capability[b]);
                if (large <= 3 * small) parity++;
                if (large > 10 * small) preponderance++;
            }
        Assert.That((t[SystemCounters.ParityDyadYears], t[SystemCounters.PreponderanceDyadYears]), Is.EqualTo(((double)parity, (double)preponderance)));
    }

    [Test]
    public void CountYear_FourStates_CountsEveryClassOfPair()
    {
        var (world, context) = FourStates([1, 2, 5, 40], [true, true, false, false]);
        world.AddRivalry(world.DyadIndex(0, 3), 2.5);
        world.AddRivalry(world.DyadIndex(1, 2), 1.0);
        // Rivalry decays by 1/15 of its half-life in each peace-spell step, which also counts the rivals for
        // the next year's exposure: the year counted here is the one after the first step (2.5 decays to 2.28).
        new PeaceSpells(context).Advance(world);
        new PeaceSpells(context).Advance(world);

        DyadObservation.CountYear(world, context.Counters);
        var t = context.Counters.Totals;

        Assert.Multiple(() =>
        {
            Assert.That(t[SystemCounters.DyadYears], Is.EqualTo(6));
            Assert.That(t[SystemCounters.ParityDyadYears], Is.EqualTo(2), "1:2 and 2:5");
            Assert.That(t[SystemCounters.PreponderanceDyadYears], Is.EqualTo(2), "1:40 and 2:40");
            Assert.That(t[SystemCounters.JointDemocracyDyadYears], Is.EqualTo(1));
            Assert.That(t[SystemCounters.NoDemocracyDyadYears], Is.EqualTo(1));
            Assert.That(t[SystemCounters.MajorMajorDyadYears], Is.Zero);
            Assert.That(t[SystemCounters.MinorMinorDyadYears], Is.EqualTo(3));
            Assert.That(t[SystemCounters.RivalDyadYears], Is.EqualTo(1), "rivalry 2.5 counts, 1.0 does not");
        });
    }

    [Test]
    public void WarBegins_AlliesJoinBothSides_EveryEnemyPairIsAWarDyad()
    {
        // States 0 and 1 fight; 2 is 0's client and borders it, 3 is 1's patron; both have a full stake
        // and join (reliability 1, the odds ignored, the challenger's allies as bound as the target's).
        var parameters = new ModelParameters
        {
            World = new WorldParameters { States = 4, GreatPowers = 1, Neighbours = 1 },
            War = new WarParameters { AllyJoinProbability = 1, JoinOddsWeight = 0, ChallengerAllyFactor = 1 },
        };
        var (world, context) = FourStates([1, 1, 100, 5], [true, true, false, false], parameters);
        world.SetPatron(2, 0);
        world.SetPatron(1, 3);
        world.IsContiguous[world.DyadIndex(0, 2)] = true;
        var fighting = new WarFighting(context, new CivilStrife(context));

        fighting.Begin(world, 0, 1);
        var t = context.Counters.Totals;

        // Sides {0, 2} against {1, 3}: pairs 0-1, 0-3, 2-1, 2-3.
        Assert.Multiple(() =>
        {
            Assert.That(world.Wars.Single().SideA, Is.EquivalentTo(new[] { 0, 2 }));
            Assert.That(world.Wars.Single().SideB, Is.EquivalentTo(new[] { 1, 3 }));
            Assert.That(t[SystemCounters.WarDyads], Is.EqualTo(4));
            Assert.That(t[SystemCounters.ContiguousWarDyads] + t[SystemCounters.DistantWarDyads], Is.EqualTo(4));
            Assert.That(t[SystemCounters.ParityWarDyads], Is.EqualTo(1), "0-1 (1:1); 0-3 is 1:5, 2-3 is 20:1 and 2-1 is 100:1");
            Assert.That(t[SystemCounters.PreponderanceWarDyads], Is.EqualTo(2), "2-1 and 2-3");
            Assert.That(t[SystemCounters.JointDemocracyWarDyads], Is.EqualTo(1), "0-1");
            Assert.That(t[SystemCounters.NoDemocracyWarDyads], Is.EqualTo(1), "2-3");
            Assert.That(t[SystemCounters.MinorMinorWarDyads], Is.EqualTo(2), "0-1 and 2-1");
            Assert.That(t[SystemCounters.MajorMajorWarDyads], Is.Zero);
            Assert.That(t[WorldCounters.InterstateWars], Is.EqualTo(1), "one war, four war dyads");
        });
    }

    [Test]
    public void LivingRivalPairs_AfterAConquest_CountOnlyPairsOfLivingStates([Values(4, 20)] int activePairs)
    {
        // Ten states make 45 pairs: four active pairs take the peace-spell step's list of active pairs, twenty its
        // pass over every pair (eight at a time with AVX-512, four with AVX2 alone). Both count rivals without reading the states while
        // every state lives, and must read them once one has died.
        var parameters = new ModelParameters { World = new WorldParameters { States = 10, GreatPowers = 2, Neighbours = 2 } };
        var context = new RunContext(parameters, new Draws(5), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        var spells = new PeaceSpells(context);
        int[][] rivals = [[9, 0], [9, 1], [9, 2], [0, 1]];
        foreach (var pair in rivals) world.AddRivalry(world.DyadIndex(pair[0], pair[1]), 3);
        for (int a = 2, added = rivals.Length; added < activePairs; a++)
            for (int b = a + 1; b < 9 && added < activePairs; b++, added++)
                world.AddRivalry(world.DyadIndex(a, b), 0.1); // active, far below the threshold
        Assert.That(world.ActiveDyads, Has.Count.EqualTo(activePairs));

        spells.Advance(world);
        Assert.That(world.LivingRivalPairs, Is.EqualTo(4), "every state alive");

        world.Conquer(9, 3);
        spells.Advance(world);
        Assert.That(world.LivingRivalPairs, Is.EqualTo(1), "state 9 conquered: only 0-1 are a living pair of rivals");
    }

    [Test]
    public void RivalExposure_IsReadAtTheStartOfTheYear_BeforeItsCrises()
    {
        var (world, context) = FourStates([1, 2, 5, 40], [true, true, false, false]);
        var spells = new PeaceSpells(context);
        world.AddRivalry(world.DyadIndex(0, 3), 3);
        spells.Advance(world);                          // the year before: 0-3 are rivals from here on
        world.AddRivalry(world.DyadIndex(1, 2), 3);     // this year's disputes make 1-2 rivals only from next year
        spells.Advance(world);

        DyadObservation.CountYear(world, context.Counters);

        Assert.That(context.Counters.Totals[SystemCounters.RivalDyadYears], Is.EqualTo(1));
    }

    [Test]
    public void WarFromACrisis_IsClassedByTheRivalryBeforeThatCrisis()
    {
        // A pair with no past dispute goes to war (escalation certain). With the threshold at one crisis's
        // rivalry, counting the war's own crisis would call them rivals; the record's measure (and sf34) does not.
        var parameters = new ModelParameters
        {
            World = new WorldParameters { States = 4, GreatPowers = 1, Neighbours = 1 },
            Crises = new CrisisParameters { RivalThreshold = 1 },
            Bargaining = new BargainingParameters { Intercept = 50 },
            War = new WarParameters { AllyJoinProbability = 0 },
        };
        var (world, context) = FourStates([1, 1, 5, 40], [false, false, false, false], parameters);
        int d = world.DyadIndex(0, 1);
        context.CrisisDyads.Add(d);

        new CrisisBargaining(context, new WarFighting(context, new CivilStrife(context))).Advance(world);
        var t = context.Counters.Totals;

        Assert.Multiple(() =>
        {
            Assert.That(t[SystemCounters.WarDyads], Is.EqualTo(1));
            Assert.That(t[SystemCounters.RivalWarDyads], Is.Zero);
            Assert.That(world.Enmity[d].Rivalry, Is.EqualTo(1), "the crisis still adds its rivalry, after the war is counted");
        });
    }
}
