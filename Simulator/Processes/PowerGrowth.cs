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

        for (int i = 0; i < world.NextSlot; i++)
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
}
