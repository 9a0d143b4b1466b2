using Simulator.Engine;
using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Processes;

/// <summary>
/// Step 2: balancing alliances (MODEL.md section 2). Great powers join the weaker of two blocs or
/// stay aloof; minor states take as patron a strong, nearby great power that is neither their main
/// threat nor allied to it. Choices persist from year to year with some probability.
/// </summary>
internal sealed class AllianceFormation(RunContext context) : IAnnualProcess
{
    public void Advance(World world)
    {
        var p = context.Parameters.Alliances;
        var draws = context.Draws;
        int year = world.Year;
        ulong loyaltyKey = draws.YearKey(Purpose.AllianceLoyalty, year);
        ulong choiceKey = draws.YearKey(Purpose.AllianceBloc, year);

        foreach (int g in world.GreatPowers)
        {
            if (year > world.Parameters.FirstYear && Draws.UniformFrom(loyaltyKey, g) < p.Persistence) continue;
            world.SetBloc(g, -1);
            if (Draws.UniformFrom(choiceKey, g) < p.GreatPowerUnaligned) continue;
            world.SetBloc(g, BlocCapability(world, 0) <= BlocCapability(world, 1) ? 0 : 1);
        }

        for (int i = 0; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i] || world.IsGreatPower[i]) continue;
            // A client stays with its patron unless it reconsiders; the threat is assessed only then (O(N) each),
            // and only for a state whose keyed draw seeks a patron at all: the others go without one, whatever
            // their threat (half of them at the default propensity).
            if (year > world.Parameters.FirstYear && Draws.UniformFrom(loyaltyKey, i) < p.Persistence) continue;
            // Neither the threat nor the choice of patron reads i's own patron, so the new one is chosen first
            // and set once: a client that chooses its old patron again leaves both lists as they were.
            int patron = -1;
            if (Draws.UniformFrom(choiceKey, i) < p.ClientPropensity && MainThreat(world, i) is var threat and >= 0)
                patron = BestPatron(world, i, threat);
            world.SetPatron(i, patron);
        }

        world.BlocPolarisation = Polarisation(world);
    }

    private static double BlocCapability(World world, int bloc)
    {
        double sum = 0; // only great powers are in blocs
        foreach (int g in world.GreatPowers)
            if (world.Bloc[g] == bloc) sum += world.Capability[g];
        return sum;
    }

    /// <summary>The stronger relevant state that threatens i most: power ratio, nearness and rivalry.</summary>
    /// <remarks>
    /// Only neighbours and great powers can threaten (perf: not every slot). They are weighed neighbours
    /// first, then great powers, and a great neighbour twice to the same score; the highest score wins
    /// and, of equal scores, the lowest id: the state a scan of every slot in id order picks.
    /// </remarks>
    internal static int MainThreat(World world, int i)
    {
        var threat = new Threat(-1, 0);
        foreach (int j in world.Neighbours[i]) Weigh(world, i, j, ref threat);
        foreach (int j in world.GreatPowers) Weigh(world, i, j, ref threat);
        return threat.State;
    }

    private record struct Threat(int State, double Score);

    private static void Weigh(World world, int i, int j, ref Threat threat)
    {
        if (j == i || !world.IsAlive[j] || world.Capability[j] <= world.Capability[i]) return;
        int d = world.DyadIndex(i, j);
        if (!world.IsContiguous[d] && !world.IsGreatPower[j]) return;
        double score = world.Capability[j] / world.Capability[i] * (world.IsContiguous[d] ? 1.0 : world.Parameters.Alliances.DistantThreatWeight) * (1 + world.Rivalry[d]);
        if (score > threat.Score || (score == threat.Score && j < threat.State)) threat = new Threat(j, score);
    }

    private static int BestPatron(World world, int i, int threat)
    {
        int patron = -1;
        double best = 0;
        foreach (int g in world.GreatPowers)
        {
            if (g == threat || world.AreAllied(g, threat)) continue;
            double score = world.Capability[g] / (world.Parameters.Alliances.PatronDistanceOffset + world.Distance(i, g));
            if (score > best) { best = score; patron = g; }
        }
        return patron;
    }

    /// <summary>Share of great-power pairs on opposite sides of the two blocs.</summary>
    internal static double Polarisation(World world)
    {
        int powers = 0, inBloc0 = 0, inBloc1 = 0;
        foreach (int g in world.GreatPowers)
        {
            powers++;
            if (world.Bloc[g] == 0) inBloc0++;
            else if (world.Bloc[g] == 1) inBloc1++;
        }
        int pairs = powers * (powers - 1) / 2;
        return pairs == 0 ? 0 : (double)(inBloc0 * inBloc1) / pairs;
    }
}
