using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Observation;

namespace Simulator.Engine;

/// <summary>
/// Dyads as the record counts them (targets sf29-sf34): every pair of living states is exposed
/// each year, by class (contiguity, great powers, capability ratio, democracy, rivalry); every pair
/// on opposite sides of a war is a war dyad, counted when the two begin to fight. The yearly
/// exposure reads no pair's arrays: class sizes come from counts, and the capability-ratio classes from
/// comparisons of capabilities alone (pair by pair, eight at a time with AVX-512 and four with AVX2 in a
/// small world, else over the states kept sorted by capability, <see cref="CapabilityRanking"/>).
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

        var (beyond3, beyond10) = PortableMath.IsVectorised ? CountRatiosPairwise(world)
            : PortableMath.IsVectorisedFour && alive <= MostPairwiseFour ? CountRatiosPairwiseFour(world) : CountRatiosSorted(world);
        counters.Add(SystemCounters.ParityDyadYears, Pairs(alive) - beyond3); // within 3:1
        counters.Add(SystemCounters.PreponderanceDyadYears, beyond10);        // beyond 10:1

        counters.Add(SystemCounters.RivalDyadYears, world.RivalPairsAtYearStart);
    }

    /// <summary>
    /// The ordered pairs of living states (k, j) with 3·C_k &lt; C_j, and with 10·C_k &lt; C_j: every pair against
    /// every other, eight at a time (AVX-512), with no sort. Each count is of the same comparisons as
    /// <see cref="CountRatiosSorted"/> makes, so the same numbers. A world of 40 states takes some 400 vector
    /// comparisons (200 a ratio): the yearly count fell from 8.5% of the default's engine time (sort and walk)
    /// to 3.6%. A calendar world of 190 takes some 9,000, still a little less than the sort and walk there
    /// (0.98x its engine time).
    /// </summary>
    private static (long Beyond3, long Beyond10) CountRatiosPairwise(World world)
    {
        const int Lanes = 8;
        var capabilities = LivingTimesRatios(world, Lanes, out var times3, out var times10);
        int padded = times3.Length;
        // A lane's comparison is all ones (-1) where true: subtracting it counts. A block of eight states against
        // every capability, two at a time into two pairs of counts: four chains of additions, not two as long
        // (one count a ratio waited a cycle for the last addition at each comparison).
        var count3 = Vector512<long>.Zero;
        var count10 = Vector512<long>.Zero;
        var count3Odd = Vector512<long>.Zero;
        var count10Odd = Vector512<long>.Zero;
        ref double t3 = ref MemoryMarshal.GetReference(times3), t10 = ref MemoryMarshal.GetReference(times10);
        for (int k = 0; k < padded; k += Lanes)
        {
            var below3 = Vector512.LoadUnsafe(ref t3, (nuint)k);
            var below10 = Vector512.LoadUnsafe(ref t10, (nuint)k);
            int x = 0;
            for (; x + 2 <= capabilities.Length; x += 2)
            {
                var stronger = Vector512.Create(capabilities[x]);
                var next = Vector512.Create(capabilities[x + 1]);
                count3 -= Vector512.LessThan(below3, stronger).AsInt64();
                count10 -= Vector512.LessThan(below10, stronger).AsInt64();
                count3Odd -= Vector512.LessThan(below3, next).AsInt64();
                count10Odd -= Vector512.LessThan(below10, next).AsInt64();
            }
            if (x < capabilities.Length)
            {
                var stronger = Vector512.Create(capabilities[x]);
                count3 -= Vector512.LessThan(below3, stronger).AsInt64();
                count10 -= Vector512.LessThan(below10, stronger).AsInt64();
            }
        }
        return (Vector512.Sum(count3 + count3Odd), Vector512.Sum(count10 + count10Odd));
    }

    /// <summary>
    /// The most living states whose ratio classes <see cref="CountRatiosPairwiseFour"/> counts: its comparisons grow
    /// with the square of the states, the sort and walk's little more than with their number.
    /// </summary>
    private const int MostPairwiseFour = 64;

    /// <summary>
    /// <see cref="CountRatiosPairwise"/> four at a time (AVX2 without AVX-512), for worlds of at most
    /// <see cref="MostPairwiseFour"/> states: in the default's 40 it cost a third of the sort and walk.
    /// </summary>
    private static (long Beyond3, long Beyond10) CountRatiosPairwiseFour(World world)
    {
        const int Lanes = 4;
        var capabilities = LivingTimesRatios(world, Lanes, out var times3, out var times10);
        var count3 = Vector256<long>.Zero;
        var count10 = Vector256<long>.Zero;
        ref double t3 = ref MemoryMarshal.GetReference(times3), t10 = ref MemoryMarshal.GetReference(times10);
        for (int k = 0; k < times3.Length; k += Lanes)
        {
            var below3 = Vector256.LoadUnsafe(ref t3, (nuint)k);
            var below10 = Vector256.LoadUnsafe(ref t10, (nuint)k);
            foreach (double c in capabilities)
            {
                var stronger = Vector256.Create(c);
                count3 -= Vector256.LessThan(below3, stronger).AsInt64();
                count10 -= Vector256.LessThan(below10, stronger).AsInt64();
            }
        }
        return (Vector256.Sum(count3), Vector256.Sum(count10));
    }

    /// <summary>
    /// The living states' capabilities in slot order, and each times 3 and times 10 in <paramref name="times3"/> and
    /// <paramref name="times10"/>, padded to a multiple of <paramref name="lanes"/> with infinities (below no capability).
    /// </summary>
    private static ReadOnlySpan<double> LivingTimesRatios(World world, int lanes, out Span<double> times3, out Span<double> times10)
    {
        int alive = world.AliveCount, padded = (alive + lanes - 1) / lanes * lanes;
        var scratch = world.ScratchCapability.AsSpan();
        var capabilities = scratch[..alive];
        times3 = scratch.Slice(padded, padded);
        times10 = scratch.Slice(2 * padded, padded);
        int m = 0;
        for (int i = 0; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i]) continue;
            double c = world.Capability[i];
            capabilities[m] = c;
            times3[m] = c * ParityRatio;
            times10[m] = c * PreponderanceRatio;
            m++;
        }
        times3[alive..].Fill(double.PositiveInfinity);
        times10[alive..].Fill(double.PositiveInfinity);
        return capabilities;
    }

    /// <summary>
    /// <see cref="CountRatiosPairwise"/> without AVX-512 (with AVX2, in worlds of more than <see cref="MostPairwiseFour"/>
    /// living states): the states kept sorted by capability from year to year, <see cref="CapabilityRanking"/> (a year
    /// skipped only makes the next sort longer), and for each the prefix of the list beyond each ratio.
    /// </summary>
    private static (long Beyond3, long Beyond10) CountRatiosSorted(World world)
    {
        int alive = world.AliveCount;
        // The living capabilities ascending (as the ranking sorted them), and each times the two ratios
        // (ascending too: rounding is monotone), padded with a block of infinities that no capability exceeds.
        world.ByCapability.Update(world);
        var capabilities = world.ByCapability.Capabilities;
        int padded = alive + Vector256<double>.Count;
        var scratch = world.ScratchCapability.AsSpan();
        var times3 = scratch[..padded];
        var times10 = scratch.Slice(padded, padded);
        for (int j = 0; j < alive; j++)
        {
            double c = capabilities[j];
            times3[j] = c * ParityRatio;
            times10[j] = c * PreponderanceRatio;
        }
        times3[alive..].Fill(double.PositiveInfinity);
        times10[alive..].Fill(double.PositiveInfinity);
        // For each state, the states beyond 3:1 and beyond 10:1 weaker than it: a prefix of the list,
        // which only grows from one state to the next. Two pointers, each moved by the count of a block
        // of values compared at once (a while loop per pointer mispredicted at almost every state).
        long beyond3 = 0, beyond10 = 0;
        ref double t3 = ref MemoryMarshal.GetReference(times3), t10 = ref MemoryMarshal.GetReference(times10);
        for (int j = 0, lo3 = 0, lo10 = 0; j < alive; j++)
        {
            double c = capabilities[j];
            lo3 += Below(ref t3, lo3, c);
            lo10 += Below(ref t10, lo10, c);
            beyond3 += lo3;
            beyond10 += lo10;
        }
        return (beyond3, beyond10);
    }

    /// <summary>
    /// How many of the ascending values from <paramref name="from"/> on lie below <paramref name="capability"/>:
    /// the first lanes of a block of four (of two without 256-bit vectors; the list is ascending), a further
    /// block only when all of them do. The padding of infinities ends the count before the list does.
    /// </summary>
    private static int Below(ref double list, int from, double capability)
    {
        int count = 0, lanes;
        if (Vector256.IsHardwareAccelerated)
            do count += lanes = BitOperations.PopCount(Vector256.LessThan(Vector256.LoadUnsafe(ref list, (nuint)(from + count)), Vector256.Create(capability)).ExtractMostSignificantBits());
            while (lanes == Vector256<double>.Count);
        else
            do count += lanes = BitOperations.PopCount(Vector128.LessThan(Vector128.LoadUnsafe(ref list, (nuint)(from + count)), Vector128.Create(capability)).ExtractMostSignificantBits());
            while (lanes == Vector128<double>.Count);
        return count;
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
        if (world.Enmity[d].Rivalry >= world.Parameters.Crises.RivalThreshold) counters.Add(SystemCounters.RivalWarDyads);
    }
}
