using System.Runtime.Intrinsics;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Randomness;

namespace Simulator.Processes;

/// <summary>
/// Step 1: capabilities grow (drift + per-state rate + shock) and are pulled weakly back to each
/// state's own structural level, so the world keeps the heavy-tailed spread of capabilities it starts
/// with (COW CINC: 45% of dyad-years beyond 10:1); great powers are re-ranked every decade with
/// hysteresis. War costs are charged where wars are fought.
/// </summary>
internal sealed class PowerGrowth(RunContext context) : IAnnualProcess
{
    /// <summary>
    /// Each state's structural level: its log capability when it entered the system, less the world's
    /// drift up to then. Population and territory, which dominate CINC, change slowly; a state's
    /// capability wanders around its level, not around the world mean. NaN until the state is first seen.
    /// </summary>
    private double[] level = [];

    public void Advance(World world)
    {
        var p = context.Parameters.World;
        int year = world.Year;
        world.RecordCapabilityHistory();
        ulong shockKey = context.Draws.YearKey(Purpose.CapabilityShock, year);
        if (level.Length != world.StateCount)
        {
            level = new double[world.StateCount];
            Array.Fill(level, double.NaN);
        }
        double trend = p.GrowthDrift * (year - context.Parameters.FirstYear);

        int i = PortableMath.IsVectorised ? GrowEight(world, shockKey, trend)
            : PortableMath.IsVectorisedFour ? GrowFour(world, shockKey, trend) : 0;
        for (; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i]) continue;
            double log = world.LogCapability(i);
            if (double.IsNaN(level[i])) level[i] = log - trend;
            double shock = p.GrowthShock * Draws.NormalFrom(shockKey, i);
            world.Capability[i] = PortableMath.Exp(log + world.GrowthRate[i] + shock - p.GrowthReversion * (log - level[i] - trend));
        }
        // Every decade, and in the calendar mode whenever the record's number of great powers changes.
        if ((year > context.Parameters.FirstYear && year % p.RankingIntervalYears == 0)
            || (context.Parameters.Calendar.FollowRecord && world.GreatPowerCount() != world.GreatPowerTarget))
            world.RankGreatPowers(world.GreatPowerTarget, p.RankingHysteresis);
        world.UpdateMeanCapability();
    }

    /// <summary>
    /// The loop of <see cref="Advance"/> eight states at a time (<see cref="PortableMath.IsVectorised"/> only):
    /// the same draws, the same operations in the same order, lane by lane, so the same capabilities.
    /// Returns the first slot it left to the one-at-a-time loop.
    /// </summary>
    private int GrowEight(World world, ulong shockKey, double trend)
    {
        var p = context.Parameters.World;
        const int Lanes = 8;
        var index = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
        int i = 0;
        for (; i + Lanes <= world.NextSlot; i += Lanes, index += Vector512.Create((ulong)Lanes))
        {
            ulong alive = world.AliveEight(i);
            if (alive == 0) continue;
            var living = PortableMath.LaneMask(alive);
            var log = world.LogCapabilities(i, alive, keep: false);
            var level = Vector512.Create(this.level.AsSpan(i, Lanes));
            level = Vector512.ConditionalSelect(Vector512.IsNaN(level) & living, log - Vector512.Create(trend), level);
            level.CopyTo(this.level.AsSpan(i));
            var shock = Vector512.Create(p.GrowthShock) * Draws.NormalsFrom(shockKey, index);
            var rate = Vector512.Create(world.GrowthRate.AsSpan(i, Lanes));
            var x = log + rate + shock - Vector512.Create(p.GrowthReversion) * (log - level - Vector512.Create(trend));
            // A dead slot's lane may hold anything: 0 keeps it in the common domain of Exp, and it is not stored.
            var grown = PortableMath.Exp(Vector512.ConditionalSelect(living, x, Vector512<double>.Zero));
            var capability = Vector512.Create(world.Capability.AsSpan(i, Lanes));
            Vector512.ConditionalSelect(living, grown, capability).CopyTo(world.Capability.AsSpan(i));
        }
        return i;
    }

    /// <summary>The loop of <see cref="Advance"/> four states at a time (<see cref="PortableMath.IsVectorisedFour"/> only), as <see cref="GrowEight"/>.</summary>
    private int GrowFour(World world, ulong shockKey, double trend)
    {
        var p = context.Parameters.World;
        const int Lanes = 4;
        var index = Vector256.Create(0UL, 1, 2, 3);
        int i = 0;
        for (; i + Lanes <= world.NextSlot; i += Lanes, index += Vector256.Create((ulong)Lanes))
        {
            uint alive = world.AliveFour(i);
            if (alive == 0) continue;
            var living = PortableMath.LaneMaskFour(alive);
            var log = world.LogCapabilities(i, alive, keep: false);
            var level = Vector256.Create(this.level.AsSpan(i, Lanes));
            level = Vector256.ConditionalSelect(Vector256.IsNaN(level) & living, log - Vector256.Create(trend), level);
            level.CopyTo(this.level.AsSpan(i));
            var shock = Vector256.Create(p.GrowthShock) * Draws.NormalsFrom(shockKey, index);
            var rate = Vector256.Create(world.GrowthRate.AsSpan(i, Lanes));
            var x = log + rate + shock - Vector256.Create(p.GrowthReversion) * (log - level - Vector256.Create(trend));
            var grown = PortableMath.Exp(Vector256.ConditionalSelect(living, x, Vector256<double>.Zero));
            var capability = Vector256.Create(world.Capability.AsSpan(i, Lanes));
            Vector256.ConditionalSelect(living, grown, capability).CopyTo(world.Capability.AsSpan(i));
        }
        return i;
    }
}
