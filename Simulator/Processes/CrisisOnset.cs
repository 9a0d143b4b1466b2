using Simulator.Observation;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Processes;

/// <summary>
/// Step 4: every politically relevant dyad not at war draws a dispute with hazard λ = λ0 · RR
/// (MODEL.md section 3.4): contiguity, great powers, rivalry, joint democracy, grievance, a recent
/// war between them, and alliance. One keyed draw per relevant dyad-year; nothing allocated.
/// </summary>
internal sealed class CrisisOnset : IAnnualProcess
{
    private readonly RunContext context;
    private readonly Decay recentWar;
    /// <summary>λ0 times the relative risks a dyad's kind carries (contiguity, then each great power), multiplied in that order.</summary>
    private readonly double[] byKind = new double[(int)RelevantDyad.Kinds.Count];
    /// <summary>
    /// The largest hazard a never-contested dyad of each kind can have (joint democracy and alliance
    /// counted only where they raise it): a draw at or above it is no crisis, whatever the two states'
    /// regimes and alliances. Infinite where that cannot be bounded, so the full hazard is computed.
    /// </summary>
    private readonly double[] quietBound = new double[(int)RelevantDyad.Kinds.Count];
    /// <summary>The rivalry-and-grievance factor of a pair with neither: 1 for any risks, but computed as the full formula computes it.</summary>
    private readonly double quietFactor;

    public CrisisOnset(RunContext context)
    {
        this.context = context;
        var p = context.Parameters.Crises;
        recentWar = new Decay(p.RecentWarDecayYears);
        quietFactor = 1 + p.RivalryRisk * 0.0 + p.GrievanceRisk * Math.Max(0.0, 0.0);
        // Rounding is monotone, so multiplying by factors of at least 1 in place of the real ones
        // (in the same order) never gives less than the real hazard. Risks are not negative (their ranges).
        for (int k = 0; k < byKind.Length; k++)
        {
            var kind = (RelevantDyad.Kinds)k;
            double hazard = p.BaseHazard;
            if (kind.HasFlag(RelevantDyad.Kinds.Contiguous)) hazard *= p.ContiguityRisk;
            if (kind.HasFlag(RelevantDyad.Kinds.AGreat)) hazard *= p.GreatPowerRisk;
            if (kind.HasFlag(RelevantDyad.Kinds.BGreat)) hazard *= p.GreatPowerRisk;
            byKind[k] = hazard;
            double bound = hazard * Math.Max(1, p.JointDemocracyRisk);
            bound *= Math.Max(1, p.AllianceRisk);
            bound *= Math.Max(1, quietFactor);
            quietBound[k] = double.IsFinite(bound) && hazard >= 0 ? bound : double.PositiveInfinity;
        }
    }

    public void Advance(World world)
    {
        var p = context.Parameters.Crises;
        var crises = context.CrisisDyads;
        crises.Clear();
        world.RefreshRelevantDyads();
        int year = world.Year;
        ulong key = context.Draws.YearKey(Purpose.CrisisOnset, year);
        var relevant = world.RelevantDyads.AsSpan(0, world.RelevantCount);
        var contested = world.EverContested;
        bool missions = context.Regime.PeaceOperationsUntil > year;

        foreach (ref readonly var dyad in relevant)
        {
            int d = dyad.Dyad, a = dyad.A, b = dyad.B;
            // The draw is keyed by the pair, so drawing it first changes nothing; for most pairs it
            // already settles the year without reading their states or their history.
            double u = Draws.UniformFrom(key, a, b);
            bool quiet = !contested[d];
            if (quiet && u >= quietBound[(int)dyad.Kind]) continue;
            if (!quiet && world.AtWar[d] > 0) continue;
            double hazard = byKind[(int)dyad.Kind];
            if (world.IsDemocracy(a) && world.IsDemocracy(b)) hazard *= p.JointDemocracyRisk;
            if (world.AreAllied(a, b)) hazard *= p.AllianceRisk;
            if (quiet) hazard *= quietFactor;
            else
            {
                hazard *= 1 + p.RivalryRisk * world.Rivalry[d]
                            + p.GrievanceRisk * Math.Max(world.GrievanceAB[d], world.GrievanceBA[d]);
                if (world.LastWarEndYear[d] >= 0)
                {
                    hazard *= 1 + p.RecentWarRisk * recentWar.At(year - world.LastWarEndYear[d]);
                    if (missions) hazard *= context.Regime.RenewedWarHazard(year, d); // peacekeepers still deployed
                }
            }
            if (u < hazard)
                crises.Add(d);
        }
    }
}
