using System.Numerics;
using System.Runtime.Intrinsics;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.History;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Processes;

/// <summary>
/// Step 0 of a calendar year when the world follows the record (MODEL.md section 6): the number of
/// states, and of democracies, follow the COW and Polity5 counts of the year. When the world has
/// more states than the record, the weakest minor states at peace unify with their strongest
/// neighbour (the German and Italian unifications); when it has fewer, new states enter, small and
/// fragile (decolonisation, the post-1918 and post-1990 waves, re-entries after occupation). When
/// it has fewer democracies, autocracies democratise; when more, democracies backslide; who changes
/// is a keyed draw.
/// </summary>
internal sealed class StateSystem(RunContext context) : IAnnualProcess
{
    private readonly Lottery lottery = new();

    public void Advance(World world)
    {
        int year = world.Year;
        int target = StateSystemRecord.StatesIn(year);
        while (world.AliveCount > target && Unify(world)) context.Counters.Add(SystemCounters.StatesUnified);
        // The entrants join the world's mean capability at the end of the growth step, which comes next
        // and is the first to read the mean after this one (all entrants of a year start from last year's).
        while (world.AliveCount < target && world.Enter()) context.Counters.Add(SystemCounters.StatesEntered);
        ChangeRegimes(world, StateSystemRecord.DemocraciesIn(year));
    }

    /// <summary>The weakest living minor state at peace joins its strongest living neighbour (or the nearest state).</summary>
    private static bool Unify(World world)
    {
        int victim = -1;
        for (int i = 0; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i] || world.IsGreatPower[i] || world.WarCount[i] > 0 || world.InCivilConflict[i]) continue;
            if (victim < 0 || world.Capability[i] < world.Capability[victim]) victim = i;
        }
        if (victim < 0) return false;
        int into = -1;
        foreach (int j in world.Neighbours[victim])
            if (world.IsAlive[j] && (into < 0 || world.Capability[j] > world.Capability[into])) into = j;
        if (into < 0)
            for (int j = 0; j < world.NextSlot; j++)
                if (j != victim && world.IsAlive[j] && (into < 0 || world.Distance(victim, j) < world.Distance(victim, into))) into = j;
        if (into < 0) return false;
        world.Absorb(victim, into);
        return true;
    }

    /// <summary>Democratisation or backsliding until the living democracies number <paramref name="target"/>.</summary>
    internal void ChangeRegimes(World world, int target)
    {
        int democracies = world.LivingDemocracies;
        if (democracies == target) return;
        bool democratise = democracies < target;
        // The autocracies that democratise (or the democracies that backslide) are drawn by lottery.
        ulong key = context.Draws.YearKey(Purpose.RegimeChange, world.Year);
        var draws = lottery.Begin(world.NextSlot);
        Keys.UnitsOfIndices(key, draws); // Draws.UniformFrom(key, i) of every slot i
        // A year changes a few regimes among a hundred candidates or more: only those whose draw is below the
        // lottery's near threshold can win when enough of them are, so only they enter; else every candidate does.
        int candidates = democratise ? world.AliveCount - democracies : democracies;
        int changes = Math.Min(Math.Abs(target - democracies), candidates); // no more than there are
        EnterCandidates(world, draws, democratise, Lottery.NearThreshold(changes, candidates));
        if (lottery.Count < changes)
        {
            lottery.Begin(); // no candidate yet; the row of draws and the room for every slot stay
            EnterCandidates(world, draws, democratise, double.PositiveInfinity);
        }
        var ids = world.ScratchIds.AsSpan(0, changes);
        int kept = lottery.Draw(ids);
        var p = context.Parameters.World;
        for (int k = 0; k < kept; k++)
        {
            int i = ids[k];
            double u = Draws.UniformFrom(key, i, 1);
            world.SetDemocracy(i, democratise ? p.DemocraticScoreMin + (1 - p.DemocraticScoreMin) * u : p.AutocraticScoreMax * u);
        }
    }

    /// <summary>Enters every living autocracy (democracy when <paramref name="democratise"/> is false) whose draw is below <paramref name="below"/>, in slot order.</summary>
    private void EnterCandidates(World world, ReadOnlySpan<double> draws, bool democratise, double below)
    {
        var democracy = world.Democracy;
        double threshold = context.Parameters.Bargaining.DemocracyThreshold; // as World.IsDemocracy
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            // Eight slots at a time: the draws below the threshold, of living states, of the regime that changes.
            for (; i + Vector512<double>.Count <= draws.Length; i += Vector512<double>.Count)
            {
                ulong enter = Vector512.LessThan(Vector512.Create(draws.Slice(i, Vector512<double>.Count)), Vector512.Create(below)).ExtractMostSignificantBits()
                              & world.AliveEight(i);
                if (enter == 0) continue;
                ulong isDemocracy = Vector512.GreaterThanOrEqual(Vector512.Create(democracy.Slice(i, Vector512<double>.Count)), Vector512.Create(threshold)).ExtractMostSignificantBits();
                for (enter &= democratise ? ~isDemocracy : isDemocracy; enter != 0; enter &= enter - 1)
                {
                    int slot = i + BitOperations.TrailingZeroCount(enter);
                    lottery.Enter(slot, draws[slot]);
                }
            }
        }
        for (; i < draws.Length; i++)
            lottery.EnterIf(world.IsAlive[i] & ((democracy[i] >= threshold) != democratise) & (draws[i] < below), i, draws[i]);
    }
}
