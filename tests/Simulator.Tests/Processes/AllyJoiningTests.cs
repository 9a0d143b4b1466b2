using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Processes;

/// <summary>
/// Whether an ally honours its commitment depends on its stake, the distance and the odds
/// (WarFighting.JoinProbability; Leeds, Long & Mitchell 2000; Siverson & Starr 1991).
/// </summary>
public sealed class AllyJoiningTests
{
    private sealed class Silent : IObserver;

    private static readonly WarParameters War = new();

    /// <summary>
    /// Five states: 0 (challenger) and 1 (target) fight; 2 borders the target; 3 is near, 4 far from both.
    /// Contiguity and positions are set by hand; all have capability 1 and none is a democracy.
    /// </summary>
    private static World FiveStates()
    {
        var parameters = new ModelParameters { World = new WorldParameters { States = 5, GreatPowers = 1, Neighbours = 1 } };
        var world = new World(parameters, new Draws(9));
        double[] x = [0.10, 0.20, 0.25, 0.30, 0.65];
        for (int i = 0; i < 5; i++)
        {
            world.X[i] = x[i];
            world.Y[i] = 0.5;
            world.Capability[i] = 1;
            world.SetDemocracy(i, 0.1);
            world.SetPatron(i, -1);
        }
        for (int d = 0; d < world.DyadCount; d++) world.IsContiguous[d] = false;
        world.IsContiguous[world.DyadIndex(1, 2)] = true;
        return world;
    }

    [Test]
    public void JoinProbability_NeighbourOfTheWar_HasFullStake()
    {
        var world = FiveStates();

        double join = WarFighting.JoinProbability(world, War, ally: 2, friend: 1, challenger: 0, target: 1, 1, 1, false);

        Assert.That(join, Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void JoinProbability_PatronOfTheBelligerent_HasFullStakeWhereverItIs()
    {
        var world = FiveStates();
        world.SetPatron(1, 4);

        double join = WarFighting.JoinProbability(world, War, ally: 4, friend: 1, challenger: 0, target: 1, 1, 1, false);

        Assert.That(join, Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void JoinProbability_DistantAlly_StakeFallsWithDistance()
    {
        var world = FiveStates();

        double near = WarFighting.JoinProbability(world, War, ally: 3, friend: 1, challenger: 0, target: 1, 1, 1, false);
        double far = WarFighting.JoinProbability(world, War, ally: 4, friend: 1, challenger: 0, target: 1, 1, 1, false);

        Assert.That(near, Is.EqualTo(Math.Exp(-0.10 / War.DistantAllyScale)).Within(1e-9));
        Assert.That(far, Is.EqualTo(Math.Exp(-0.45 / War.DistantAllyScale)).Within(1e-9));
    }

    [Test]
    public void JoinProbability_LikelyLoser_IsJoinedLessOften()
    {
        var world = FiveStates();

        // The friend's side has 1, the enemy 10: with the ally the side has 2 against 10.
        double losing = WarFighting.JoinProbability(world, War, ally: 2, friend: 1, challenger: 0, target: 1, 1, 10, false);
        double even = WarFighting.JoinProbability(world, War, ally: 2, friend: 1, challenger: 0, target: 1, 1, 2, false);

        double s = Math.Pow(2, War.ContestExponent), e = Math.Pow(10, War.ContestExponent);
        Assert.That(losing, Is.EqualTo(2 * s / (s + e)).Within(1e-9));
        Assert.That(even, Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void JoinProbability_DemocracyAgainstADemocracy_IsRestrained()
    {
        var world = FiveStates();
        world.SetDemocracy(2, 0.9);

        double againstDemocracy = WarFighting.JoinProbability(world, War, ally: 2, friend: 1, challenger: 0, target: 1, 1, 1, enemyHasDemocracy: true);
        double againstAutocracy = WarFighting.JoinProbability(world, War, ally: 2, friend: 1, challenger: 0, target: 1, 1, 1, enemyHasDemocracy: false);

        Assert.That(againstDemocracy, Is.EqualTo(War.DemocraticJoinFactor).Within(1e-12));
        Assert.That(againstAutocracy, Is.EqualTo(1).Within(1e-12));
    }

    [Test] // docs/MODEL.md 3.5: D is the target's allies' share of all the power expected in the war
    public void DeterrenceShare_SameSupport_DetersAWeakChallengerMore()
    {
        double weakChallenger = CrisisBargaining.DeterrenceShare(challenger: 1, target: 1, challengerSupport: 0, targetSupport: 2);
        double strongChallenger = CrisisBargaining.DeterrenceShare(challenger: 5, target: 1, challengerSupport: 0, targetSupport: 2);

        Assert.That(weakChallenger, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(strongChallenger, Is.EqualTo(0.25).Within(1e-12));
    }

    [Test] // docs/MODEL.md 3.2: nearness is 1 for a neighbour and distant_threat_weight for a distant great power
    public void MainThreat_NeighbourAgainstDistantGreatPower_WeighsTheGreatPowerByDistantThreatWeight()
    {
        var world = FiveStates();
        world.IsContiguous[world.DyadIndex(0, 1)] = true;
        world.SetGreatPower(4, true);
        world.Capability[0] = 1;
        world.Capability[1] = 1.9;           // the neighbour: score 1.9
        world.Capability[4] = 3.6;           // the distant great power: score 3.6 x 0.5 = 1.8
        world.Capability[2] = world.Capability[3] = 0.5;

        int threat = AllianceFormation.MainThreat(world, 0);
        world.Capability[4] = 4.0;           // now 2.0: the great power is the main threat
        int stronger = AllianceFormation.MainThreat(world, 0);

        Assert.That(threat, Is.EqualTo(1));
        Assert.That(stronger, Is.EqualTo(4));
    }

    /// <summary>
    /// The odds factor skips the contest function's powers when the friend's side with the ally outweighs the
    /// enemy (WarFighting.JoinProbabilityAgainst): the same double as taking them, for any exponent and weight,
    /// including sides within rounding of each other.
    /// </summary>
    [TestCase(0.01, 1.0)]
    [TestCase(0.5, 1.0)]
    [TestCase(1.5, 1.0)]
    [TestCase(1.5, 2.5)]
    [TestCase(10.0, 0.7)]
    [TestCase(0.001, 1.0)] // below the shortcut's range: always the powers
    public void JoinProbability_SideOutweighsEnemy_SameAsThePowers(double exponent, double weight)
    {
        var war = War with { ContestExponent = exponent, JoinOddsWeight = weight };
        var world = FiveStates();
        var rng = new Random(20261201);
        for (int k = 0; k < 20_000; k++)
        {
            world.Capability[3] = Math.Exp(4 * rng.NextDouble() - 2);
            double friendSide = Math.Exp(4 * rng.NextDouble() - 2), withAlly = friendSide + world.Capability[3];
            // Enemies as strong as the friend's side with the ally to within rounding, or at the shortcut's margin
            // of 10^-9, or anything.
            double u = 2 * rng.NextDouble() - 1;
            double enemy = (k % 3) switch
            {
                0 => withAlly * (1 + u * 1e-12),
                1 => withAlly / (1 + 1e-9 + u * 1e-15),
                _ => Math.Exp(4 * rng.NextDouble() - 2),
            };

            double join = WarFighting.JoinProbability(world, war, ally: 3, friend: 1, challenger: 0, target: 1, friendSide, enemy, false);

            double s = PortableMath.Pow(withAlly, exponent), chance = Math.Min(1, 2 * s / (s + PortableMath.Pow(enemy, exponent)));
            double expected = PortableMath.Exp(-world.DistanceToNearer(3, 0, 1) / war.DistantAllyScale) * (chance == 1 ? 1 : PortableMath.Pow(chance, weight));
            Assert.That(BitConverter.DoubleToInt64Bits(join), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)),
                $"ally side {withAlly:R} against {enemy:R}");
        }
    }
}
