using System.Numerics;
using System.Runtime.Intrinsics;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
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

        bool firstYear = year <= world.Parameters.FirstYear;
        int i = 0;
        if (PortableMath.IsVectorised)
        {
            // The loyalty draws eight states at a time (the same operations lane by lane, so the same draws),
            // and the states that reconsider taken up in slot order: choosing a patron moves no state's life,
            // rank or draw, so the block's mask stays true while its states are taken up.
            var lanes = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
            var persistence = Vector512.Create(p.Persistence);
            for (; i + 8 <= world.NextSlot; i += 8)
            {
                ulong minors = World.FlagsEight(world.IsAlive, i) & ~World.FlagsEight(world.IsGreatPower, i);
                if (minors == 0) continue;
                ulong reconsider = firstYear ? minors
                    : minors & ~Vector512.LessThan(Keys.Units(loyaltyKey, Vector512.Create((ulong)i) + lanes), persistence).ExtractMostSignificantBits();
                for (; reconsider != 0; reconsider &= reconsider - 1)
                    Reconsider(world, i + BitOperations.TrailingZeroCount(reconsider), choiceKey);
            }
        }
        for (; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i] || world.IsGreatPower[i]) continue;
            // A client stays with its patron unless it reconsiders.
            if (!firstYear && Draws.UniformFrom(loyaltyKey, i) < p.Persistence) continue;
            Reconsider(world, i, choiceKey);
        }

        world.BlocPolarisation = Polarisation(world);
    }

    /// <summary>
    /// A minor state that reconsiders its patron: its main threat is assessed (O(N)) only when its keyed draw
    /// seeks a patron at all; the others go without one, whatever their threat (half of them at the default
    /// propensity). Neither the threat nor the choice of patron reads the state's own patron, so the new one is
    /// chosen first and set once: a client that chooses its old patron again leaves both lists as they were.
    /// </summary>
    private void Reconsider(World world, int i, ulong choiceKey)
    {
        int patron = -1;
        if (Draws.UniformFrom(choiceKey, i) < context.Parameters.Alliances.ClientPropensity && MainThreat(world, i) is var threat and >= 0)
            patron = BestPatron(world, i, threat);
        world.SetPatron(i, patron);
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
        double score = world.Capability[j] / world.Capability[i] * (world.IsContiguous[d] ? 1.0 : world.Parameters.Alliances.DistantThreatWeight) * (1 + world.Enmity[d].Rivalry);
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
        // Counted without a branch: which bloc a power is in is a coin toss to the processor's predictor.
        int powers = 0, inBloc0 = 0, inBloc1 = 0;
        var blocs = world.Bloc;
        foreach (int g in world.GreatPowers)
        {
            int bloc = blocs[g];
            powers++;
            inBloc0 += bloc == 0 ? 1 : 0;
            inBloc1 += bloc == 1 ? 1 : 0;
        }
        int pairs = powers * (powers - 1) / 2;
        return pairs == 0 ? 0 : (double)(inBloc0 * inBloc1) / pairs;
    }
}
