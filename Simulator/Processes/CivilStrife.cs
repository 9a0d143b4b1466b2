using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Processes;

/// <summary>
/// Step 7: civil conflict (MODEL.md section 3.7). Each state at peace draws an onset with a hazard
/// from fragility, low capability, contagion from neighbours at war and the conflict trap: a relapse
/// risk left by the last conflict that decays with the peace spell and depends on how it ended
/// (victories leave a more durable peace than ceasefires: Toft 2010, Fortna 2008).
/// </summary>
internal sealed class CivilStrife : IAnnualProcess
{
    private const int RelapseWindowYears = 10;
    private readonly RunContext context;
    private readonly Decay relapse;

    public CivilStrife(RunContext context)
    {
        this.context = context;
        relapse = new Decay(context.Parameters.Civil.RelapseDecayYears);
    }

    public void Advance(World world)
    {
        var p = context.Parameters.Civil;
        var counters = context.Counters;
        int year = world.Year;
        ulong key = context.Draws.YearKey(Purpose.CivilOnset, year);

        for (int i = 0; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i] || world.InCivilConflict[i]) continue;
            double hazard = p.BaseHazard
                            * Math.Exp(p.FragilityEffect * (world.Fragility[i] - context.Parameters.World.FragilityMean)
                                       - p.CapabilityElasticity * Math.Log(world.Capability[i] / world.MeanCapability));
            if (world.HasNeighbourAtWar(i)) hazard *= 1 + p.ContagionRisk;
            if (world.LastCivilEndYear[i] >= 0)
            {
                hazard *= 1 + world.CivilRelapseRisk[i] * relapse.At(year - world.LastCivilEndYear[i]);
                hazard *= context.Regime.CivilRelapseHazard(year, i); // peacekeepers still deployed
            }
            if (Draws.UniformFrom(key, i) >= hazard) continue;

            var conflict = world.StartCivilConflict(i);
            counters.Add(WorldCounters.CivilWars);
            counters.CivilOnsetsThisYear++;
            if (conflict.RelapseOf >= context.FirstReportedEpisode && year - world.LastCivilEndYear[i] <= RelapseWindowYears)
                counters.Add(WorldCounters.CivilRelapses10Years);
        }

        int k = 0;
        while (k < world.CivilConflicts.Count)
        {
            if (FightYear(world, world.CivilConflicts[k])) continue;
            k++;
        }

        // Fragility drifts back toward the state's own level (the trap fades).
        for (int i = 0; i < world.NextSlot; i++)
        {
            world.Fragility[i] += p.FragilityRecovery * (world.BaseFragility[i] - world.Fragility[i]);
            double relief = context.Regime.FragilityRelief(year, i);
            if (relief > 0) world.Fragility[i] = Math.Max(0, world.Fragility[i] - relief);
        }
    }

    /// <summary>One year of a civil conflict. Returns true when it ended.</summary>
    private bool FightYear(World world, CivilConflict conflict)
    {
        var p = context.Parameters.Civil;
        int year = world.Year;
        int s = conflict.State;
        double deaths = p.DeathsScale * Math.Exp(p.DeathsSpread * context.Draws.Normal(Purpose.CivilDeaths, year, conflict.Episode));
        conflict.BattleDeaths += deaths;
        context.Counters.Add(WorldCounters.BattleDeaths, deaths);
        world.Capability[s] *= 1 - p.CostPerYear;
        if (context.Draws.Uniform(Purpose.CivilTermination, year, conflict.Episode) >= p.TerminationHazard) return false;

        double u = context.Draws.Uniform(Purpose.CivilOutcome, year, conflict.Episode);
        (EndReason reason, double risk) =
            u < p.GovernmentVictoryShare ? (EndReason.GovernmentVictory, p.RelapseAfterGovernmentVictory)
            : (u -= p.GovernmentVictoryShare) < p.RebelVictoryShare ? (EndReason.RebelVictory, p.RelapseAfterRebelVictory)
            : (u -= p.RebelVictoryShare) < p.CeasefireShare ? (EndReason.Ceasefire, p.RelapseAfterCeasefire)
            : (u -= p.CeasefireShare) < p.AgreementShare ? (EndReason.PeaceAgreement, p.RelapseAfterAgreement)
            : (EndReason.Faded, p.RelapseAfterFading);
        world.EndCivilConflict(conflict, risk);
        conflict.HasPeacekeeping = context.Regime.DeployPeacekeepers(
            new EndedEpisode(EpisodeKind.Civil, conflict.Episode, s, -1, reason), world);
        Report(conflict, year, reason);
        return true;
    }

    /// <summary>A state conquered in an inter-state war loses its civil conflict with it.</summary>
    internal void EndOnConquest(World world, int state)
    {
        foreach (var conflict in world.CivilConflicts)
            if (conflict.State == state)
            {
                world.EndCivilConflict(conflict, 0);
                Report(conflict, world.Year, EndReason.Conquest);
                return;
            }
    }

    internal void Report(CivilConflict conflict, int? endYear, EndReason reason) =>
        context.Observer.EpisodeEnded(new EpisodeRecord(conflict.Episode, EpisodeKind.Civil, conflict.StartYear, endYear,
            reason, conflict.BattleDeaths, 0, false, conflict.RelapseOf >= 0 ? conflict.RelapseOf : null,
            conflict.State, null, 1, conflict.HasPeacekeeping));
}
