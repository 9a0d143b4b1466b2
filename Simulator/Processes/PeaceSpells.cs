using System.Numerics;
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
        int rivals = 0;
        var rivalry = world.Rivalry;
        var grievanceAB = world.GrievanceAB;
        var grievanceBA = world.GrievanceBA;
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
        foreach (int d in CollectionsMarshal.AsSpan(world.ActiveDyads))
        {
            double r = rivalry[d] *= rivalryFactor;
            grievanceAB[d] *= grievanceFactor;
            grievanceBA[d] *= grievanceFactor;
            // Whether a pair is still rivals is a coin toss to the predictor, so it is counted without a branch;
            // whether everyone lives is the same all year.
            rivals += (r >= threshold ? 1 : 0) & (everyoneAlive ? 1 : LivingPair(world, d));
        }
        world.LivingRivalPairs = rivals;
    }

    /// <summary>
    /// Every pair's rivalry and grievances decayed, eight at a time; returns the living pairs of rivals (every pair
    /// at or above the positive threshold when <paramref name="everyoneAlive"/>: pairs of slots not yet in use hold zeros).
    /// </summary>
    private int DecayEveryPair(World world, double threshold, bool everyoneAlive)
    {
        const int Lanes = 8;
        int rivals = 0, d = 0, pairs = world.DyadCount;
        var rivalry = world.Rivalry.AsSpan(0, pairs);
        var grievanceAB = world.GrievanceAB.AsSpan(0, pairs);
        var grievanceBA = world.GrievanceBA.AsSpan(0, pairs);
        var rivalryFactors = Vector512.Create(rivalryFactor);
        var grievanceFactors = Vector512.Create(grievanceFactor);
        var rivals8 = Vector512.Create(threshold);
        for (; d + Lanes <= pairs; d += Lanes)
        {
            var r = Vector512.Create((ReadOnlySpan<double>)rivalry.Slice(d, Lanes)) * rivalryFactors;
            r.CopyTo(rivalry[d..]);
            (Vector512.Create((ReadOnlySpan<double>)grievanceAB.Slice(d, Lanes)) * grievanceFactors).CopyTo(grievanceAB[d..]);
            (Vector512.Create((ReadOnlySpan<double>)grievanceBA.Slice(d, Lanes)) * grievanceFactors).CopyTo(grievanceBA[d..]);
            ulong rival = Vector512.GreaterThanOrEqual(r, rivals8).ExtractMostSignificantBits();
            if (everyoneAlive) rivals += BitOperations.PopCount(rival);
            else
                for (; rival != 0; rival &= rival - 1)
                    rivals += LivingPair(world, d + BitOperations.TrailingZeroCount(rival));
        }
        return rivals + DecayFrom(world, d, threshold);
    }

    /// <summary><see cref="DecayEveryPair"/> four pairs at a time (<see cref="PortableMath.IsVectorisedFour"/>: AVX2 without AVX-512).</summary>
    private int DecayEveryPairFour(World world, double threshold, bool everyoneAlive)
    {
        const int Lanes = 4;
        int rivals = 0, d = 0, pairs = world.DyadCount;
        var rivalry = world.Rivalry.AsSpan(0, pairs);
        var grievanceAB = world.GrievanceAB.AsSpan(0, pairs);
        var grievanceBA = world.GrievanceBA.AsSpan(0, pairs);
        var rivalryFactors = Vector256.Create(rivalryFactor);
        var grievanceFactors = Vector256.Create(grievanceFactor);
        var rivals4 = Vector256.Create(threshold);
        for (; d + Lanes <= pairs; d += Lanes)
        {
            var r = Vector256.Create((ReadOnlySpan<double>)rivalry.Slice(d, Lanes)) * rivalryFactors;
            r.CopyTo(rivalry[d..]);
            (Vector256.Create((ReadOnlySpan<double>)grievanceAB.Slice(d, Lanes)) * grievanceFactors).CopyTo(grievanceAB[d..]);
            (Vector256.Create((ReadOnlySpan<double>)grievanceBA.Slice(d, Lanes)) * grievanceFactors).CopyTo(grievanceBA[d..]);
            uint rival = Vector256.GreaterThanOrEqual(r, rivals4).ExtractMostSignificantBits();
            if (everyoneAlive) rivals += BitOperations.PopCount(rival);
            else
                for (; rival != 0; rival &= rival - 1)
                    rivals += LivingPair(world, d + BitOperations.TrailingZeroCount(rival));
        }
        return rivals + DecayFrom(world, d, threshold);
    }

    /// <summary>The pairs from <paramref name="d"/> on decayed one at a time (the vector passes' last few); returns the living pairs of rivals among them.</summary>
    private int DecayFrom(World world, int d, double threshold)
    {
        int rivals = 0;
        for (; d < world.DyadCount; d++)
        {
            double r = world.Rivalry[d] *= rivalryFactor;
            world.GrievanceAB[d] *= grievanceFactor;
            world.GrievanceBA[d] *= grievanceFactor;
            if (r >= threshold) rivals += LivingPair(world, d);
        }
        return rivals;
    }

    /// <summary>1 when both states of the pair are alive, else 0 (without a branch).</summary>
    private static int LivingPair(World world, int d) => (world.IsAlive[world.DyadA[d]] ? 1 : 0) & (world.IsAlive[world.DyadB[d]] ? 1 : 0);
}
