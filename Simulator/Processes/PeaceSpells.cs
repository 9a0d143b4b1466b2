using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;

namespace Simulator.Processes;

/// <summary>
/// Step 8: post-conflict time passes. Rivalry and grievance decay with their half-lives; the peace
/// spells themselves are the years since each pair's and each state's last episode ended, which the
/// onset hazards read.
/// </summary>
internal sealed class PeaceSpells(RunContext context) : IAnnualProcess
{
    private readonly double rivalryFactor = Decay.PerYear(context.Parameters.Crises.RivalryHalfLifeYears);
    private readonly double grievanceFactor = Decay.PerYear(context.Parameters.War.GrievanceHalfLifeYears);

    public void Advance(World world)
    {
        // Only dyads that ever had a rivalry or grievance hold anything to decay (zero stays zero).
        // The same pass counts the living pairs of rivals for the dyad observations (sf34).
        double threshold = context.Parameters.Crises.RivalThreshold;
        world.RivalPairsAtYearStart = world.LivingRivalPairs;
        // Until a state dies every pair of the slots in use is a living pair (most years of an abstract world):
        // then the pairs of rivals are counted without reading the states.
        bool everyoneAlive = world.AliveCount == world.NextSlot;
        // Most pairs of a small world are active after a few decades: then one pass over every pair, eight at
        // a time, costs less than the list's scattered reads, already once an eighth of the pairs are active
        // (four at a time with AVX2 but not AVX-512: once a quarter are). A pair never active holds zeros, which stay zero
        // and, below a positive threshold, are no rivals.
        if (threshold > 0 && (PortableMath.IsVectorised ? 8 * world.ActiveDyads.Count > world.DyadCount
                                  : PortableMath.IsVectorisedFour && 4 * world.ActiveDyads.Count > world.DyadCount))
        {
            world.LivingRivalPairs = PortableMath.IsVectorised ? DecayEveryPair(world, threshold, everyoneAlive)
                : DecayEveryPairFour(world, threshold, everyoneAlive);
            return;
        }
        world.LivingRivalPairs = DecayActivePairs(world, threshold, everyoneAlive);
    }

    /// <summary>The active pairs' rivalry and grievances decayed, one at a time from the list; returns the living pairs of rivals.</summary>
    internal int DecayActivePairs(World world, double threshold, bool everyoneAlive)
    {
        int rivals = 0;
        var enmity = world.Enmity;
        var alive = world.IsAlive;
        foreach (var active in CollectionsMarshal.AsSpan(world.ActiveDyads))
        {
            double r = DecayYear(ref enmity[active.Dyad]);
            // Whether a pair is still rivals is a coin toss to the predictor, so it is counted without a branch;
            // whether everyone lives is the same all year.
            rivals += (r >= threshold ? 1 : 0) & (everyoneAlive ? 1 : (alive[active.A] ? 1 : 0) & (alive[active.B] ? 1 : 0));
        }
        return rivals;
    }

    // The vector passes read the pairs' enmity as one row of doubles, three a pair (rivalry, grievance of a toward
    // b, of b toward a), so three vectors hold a whole number of pairs (eight, or four): double i of the three
    // (i = vector * lanes + lane, counted across the three vectors) is field i % 3 of pair i / 3. Each vector is
    // multiplied by its lanes' decay factors; the rivalry lanes (i % 3 == 0) are compared with the threshold,
    // and the three comparisons make one mask whose bit i is set when pair i / 3 is (still) rivals.

    /// <summary>
    /// Every pair's rivalry and grievances decayed, eight pairs at a time; returns the living pairs of rivals (every pair
    /// at or above the positive threshold when <paramref name="everyoneAlive"/>: pairs of slots not yet in use hold zeros).
    /// </summary>
    internal int DecayEveryPair(World world, double threshold, bool everyoneAlive)
    {
        const int Lanes = 8;
        const ulong Rivalry0 = 0b01001001, Rivalry1 = 0b10010010, Rivalry2 = 0b00100100; // the lanes of each vector whose i % 3 == 0
        double r = rivalryFactor, g = grievanceFactor;
        var factors0 = Vector512.Create(r, g, g, r, g, g, r, g);
        var factors1 = Vector512.Create(g, r, g, g, r, g, g, r);
        var factors2 = Vector512.Create(g, g, r, g, g, r, g, g);
        var thresholds = Vector512.Create(threshold);
        int rivals = 0, d = 0, pairs = world.DyadCount;
        var row = MemoryMarshal.Cast<DyadEnmity, double>(world.Enmity.AsSpan(0, pairs));
        for (; d + Lanes <= pairs; d += Lanes)
        {
            var slice = row.Slice(3 * d, 3 * Lanes);
            var x0 = Vector512.Create((ReadOnlySpan<double>)slice) * factors0;
            var x1 = Vector512.Create((ReadOnlySpan<double>)slice[Lanes..]) * factors1;
            var x2 = Vector512.Create((ReadOnlySpan<double>)slice[(2 * Lanes)..]) * factors2;
            x0.CopyTo(slice);
            x1.CopyTo(slice[Lanes..]);
            x2.CopyTo(slice[(2 * Lanes)..]);
            ulong rival = (Vector512.GreaterThanOrEqual(x0, thresholds).ExtractMostSignificantBits() & Rivalry0)
                          | (Vector512.GreaterThanOrEqual(x1, thresholds).ExtractMostSignificantBits() & Rivalry1) << Lanes
                          | (Vector512.GreaterThanOrEqual(x2, thresholds).ExtractMostSignificantBits() & Rivalry2) << (2 * Lanes);
            if (everyoneAlive) rivals += BitOperations.PopCount(rival);
            else
                for (; rival != 0; rival &= rival - 1)
                    rivals += LivingPair(world, d + BitOperations.TrailingZeroCount(rival) / 3);
        }
        return rivals + DecayFrom(world, d, threshold);
    }

    /// <summary><see cref="DecayEveryPair"/> four pairs at a time (<see cref="PortableMath.IsVectorisedFour"/>: AVX2 without AVX-512).</summary>
    internal int DecayEveryPairFour(World world, double threshold, bool everyoneAlive)
    {
        const int Lanes = 4;
        const uint Rivalry0 = 0b1001, Rivalry1 = 0b0100, Rivalry2 = 0b0010; // the lanes of each vector whose i % 3 == 0
        double r = rivalryFactor, g = grievanceFactor;
        var factors0 = Vector256.Create(r, g, g, r);
        var factors1 = Vector256.Create(g, g, r, g);
        var factors2 = Vector256.Create(g, r, g, g);
        var thresholds = Vector256.Create(threshold);
        int rivals = 0, d = 0, pairs = world.DyadCount;
        var row = MemoryMarshal.Cast<DyadEnmity, double>(world.Enmity.AsSpan(0, pairs));
        for (; d + Lanes <= pairs; d += Lanes)
        {
            var slice = row.Slice(3 * d, 3 * Lanes);
            var x0 = Vector256.Create((ReadOnlySpan<double>)slice) * factors0;
            var x1 = Vector256.Create((ReadOnlySpan<double>)slice[Lanes..]) * factors1;
            var x2 = Vector256.Create((ReadOnlySpan<double>)slice[(2 * Lanes)..]) * factors2;
            x0.CopyTo(slice);
            x1.CopyTo(slice[Lanes..]);
            x2.CopyTo(slice[(2 * Lanes)..]);
            uint rival = (Vector256.GreaterThanOrEqual(x0, thresholds).ExtractMostSignificantBits() & Rivalry0)
                         | (Vector256.GreaterThanOrEqual(x1, thresholds).ExtractMostSignificantBits() & Rivalry1) << Lanes
                         | (Vector256.GreaterThanOrEqual(x2, thresholds).ExtractMostSignificantBits() & Rivalry2) << (2 * Lanes);
            if (everyoneAlive) rivals += BitOperations.PopCount(rival);
            else
                for (; rival != 0; rival &= rival - 1)
                    rivals += LivingPair(world, d + BitOperations.TrailingZeroCount(rival) / 3);
        }
        return rivals + DecayFrom(world, d, threshold);
    }

    /// <summary>The pairs from <paramref name="d"/> on decayed one at a time (the vector passes' last few); returns the living pairs of rivals among them.</summary>
    private int DecayFrom(World world, int d, double threshold)
    {
        int rivals = 0;
        for (; d < world.DyadCount; d++)
        {
            double r = DecayYear(ref world.Enmity[d]);
            if (r >= threshold) rivals += LivingPair(world, d);
        }
        return rivals;
    }

    /// <summary>One pair's rivalry and grievances decayed by a year; returns its rivalry after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double DecayYear(ref DyadEnmity pair)
    {
        pair.GrievanceAB *= grievanceFactor;
        pair.GrievanceBA *= grievanceFactor;
        return pair.Rivalry *= rivalryFactor;
    }

    /// <summary>1 when both states of the pair are alive, else 0 (without a branch).</summary>
    private static int LivingPair(World world, int d) => (world.IsAlive[world.DyadA[d]] ? 1 : 0) & (world.IsAlive[world.DyadB[d]] ? 1 : 0);
}
