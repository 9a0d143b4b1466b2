using Simulator.Engine;
using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Processes;

/// <summary>
/// Step 1: capabilities grow (drift + per-state rate + shock, pulled weakly to the world mean so
/// the distribution stays stationary); great powers are re-ranked every decade with hysteresis.
/// War costs are charged where wars are fought.
/// </summary>
internal sealed class PowerGrowth(RunContext context) : IAnnualProcess
{
    public void Advance(World world)
    {
        var p = context.Parameters.World;
        int year = world.Year;
        world.RecordCapabilityHistory();
        ulong shockKey = context.Draws.YearKey(Purpose.CapabilityShock, year);
        double meanLog = 0;
        for (int i = 0; i < world.NextSlot; i++)
            if (world.IsAlive[i]) meanLog += Math.Log(world.Capability[i]);
        meanLog /= Math.Max(1, world.AliveCount);

        for (int i = 0; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i]) continue;
            double log = Math.Log(world.Capability[i]);
            double shock = p.GrowthShock * Draws.NormalFrom(shockKey, i);
            world.Capability[i] = Math.Exp(log + world.GrowthRate[i] + shock - p.GrowthReversion * (log - meanLog));
        }
        // Every decade, and in the calendar mode whenever the record's number of great powers changes.
        if ((year > context.Parameters.FirstYear && year % p.RankingIntervalYears == 0)
            || (context.Parameters.Calendar.FollowRecord && world.GreatPowerCount() != world.GreatPowerTarget))
            world.RankGreatPowers(world.GreatPowerTarget, p.RankingHysteresis);
        world.UpdateMeanCapability();
    }
}
