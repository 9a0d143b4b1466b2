using System.Runtime.InteropServices;
using Simulator.Engine;
using Simulator.Entities;

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
        var alive = world.IsAlive;
        foreach (int d in CollectionsMarshal.AsSpan(world.ActiveDyads))
        {
            double r = rivalry[d] *= rivalryFactor;
            grievanceAB[d] *= grievanceFactor;
            grievanceBA[d] *= grievanceFactor;
            // Counted without a branch: whether a pair is still rivals is a coin toss to the predictor.
            rivals += (r >= threshold ? 1 : 0) & (alive[world.DyadA[d]] ? 1 : 0) & (alive[world.DyadB[d]] ? 1 : 0);
        }
        world.RivalPairsAtYearStart = world.LivingRivalPairs;
        world.LivingRivalPairs = rivals;
    }
}
