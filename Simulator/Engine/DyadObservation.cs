using Simulator.Entities;
using Simulator.Observation;

namespace Simulator.Engine;

/// <summary>
/// Dyads as the record counts them (targets sf29-sf34): every pair of living states is exposed
/// each year, by class (contiguity, great powers, capability ratio, democracy, rivalry); every pair
/// on opposite sides of a war is a war dyad, counted when the two begin to fight. The yearly
/// exposure costs O(n) a year, not O(n²): class sizes come from counts and the states kept sorted by
/// capability (<see cref="CapabilityRanking"/>).
/// </summary>
internal static class DyadObservation
{
    private const double ParityRatio = 3, PreponderanceRatio = 10;

    private static long Pairs(long n) => n * (n - 1) / 2;

    public static void CountYear(World world, RunCounters counters)
    {
        int alive = world.AliveCount, greatPowers = world.GreatPowerCount(), democracies = world.LivingDemocracies;
        counters.Add(SystemCounters.DyadYears, Pairs(alive));
        counters.Add(SystemCounters.MajorMajorDyadYears, Pairs(greatPowers));
        counters.Add(SystemCounters.MinorMinorDyadYears, Pairs(alive - greatPowers));
        counters.Add(SystemCounters.JointDemocracyDyadYears, Pairs(democracies));
        counters.Add(SystemCounters.NoDemocracyDyadYears, Pairs(alive - democracies));

        var capabilities = world.ScratchCapability;
        var weakestFirst = world.ByCapability.Update(world);
        for (int j = 0; j < weakestFirst.Length; j++) capabilities[j] = world.Capability[weakestFirst[j]];
        long within3 = 0, within10 = 0;
        for (int j = 0, lo3 = 0, lo10 = 0; j < alive; j++)
        {
            while (capabilities[lo3] * ParityRatio < capabilities[j]) lo3++;
            while (capabilities[lo10] * PreponderanceRatio < capabilities[j]) lo10++;
            within3 += j - lo3;
            within10 += j - lo10;
        }
        counters.Add(SystemCounters.ParityDyadYears, within3);
        counters.Add(SystemCounters.PreponderanceDyadYears, Pairs(alive) - within10);

        counters.Add(SystemCounters.RivalDyadYears, world.RivalPairsAtYearStart);
    }

    /// <summary>Two states begin to fight on opposite sides of a war: one war dyad, in every class it belongs to.</summary>
    public static void CountWarDyad(World world, RunCounters counters, int a, int b)
    {
        int d = world.DyadIndex(a, b);
        counters.Add(SystemCounters.WarDyads);
        counters.Add(world.IsContiguous[d] ? SystemCounters.ContiguousWarDyads : SystemCounters.DistantWarDyads);
        bool majorA = world.IsGreatPower[a], majorB = world.IsGreatPower[b];
        if (majorA && majorB) counters.Add(SystemCounters.MajorMajorWarDyads);
        else if (!majorA && !majorB) counters.Add(SystemCounters.MinorMinorWarDyads);
        double ca = world.Capability[a], cb = world.Capability[b];
        double small = Math.Min(ca, cb), large = Math.Max(ca, cb);
        if (large <= ParityRatio * small) counters.Add(SystemCounters.ParityWarDyads);
        else if (large > PreponderanceRatio * small) counters.Add(SystemCounters.PreponderanceWarDyads);
        bool demA = world.IsDemocracy(a), demB = world.IsDemocracy(b);
        if (demA && demB) counters.Add(SystemCounters.JointDemocracyWarDyads);
        else if (!demA && !demB) counters.Add(SystemCounters.NoDemocracyWarDyads);
        if (world.Rivalry[d] >= world.Parameters.Crises.RivalThreshold) counters.Add(SystemCounters.RivalWarDyads);
    }
}
