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

    public CrisisOnset(RunContext context)
    {
        this.context = context;
        recentWar = new Decay(context.Parameters.Crises.RecentWarDecayYears);
    }

    public void Advance(World world)
    {
        var p = context.Parameters.Crises;
        var counters = context.Counters;
        var crises = context.CrisisDyads;
        crises.Clear();
        world.RefreshRelevantDyads();
        int year = world.Year;
        ulong key = context.Draws.YearKey(Purpose.CrisisOnset, year);

        for (int r = 0; r < world.RelevantCount; r++)
        {
            int d = world.RelevantDyads[r];
            if (world.AtWar[d] > 0) continue;
            int a = world.DyadA[d], b = world.DyadB[d];
            double hazard = p.BaseHazard;
            if (world.IsContiguous[d]) hazard *= p.ContiguityRisk;
            if (world.IsGreatPower[a]) hazard *= p.GreatPowerRisk;
            if (world.IsGreatPower[b]) hazard *= p.GreatPowerRisk;
            if (world.IsDemocracy(a) && world.IsDemocracy(b)) hazard *= p.JointDemocracyRisk;
            if (world.AreAllied(a, b)) hazard *= p.AllianceRisk;
            hazard *= 1 + p.RivalryRisk * world.Rivalry[d]
                        + p.GrievanceRisk * Math.Max(world.GrievanceAB[d], world.GrievanceBA[d]);
            if (world.LastWarEndYear[d] >= 0)
            {
                hazard *= 1 + p.RecentWarRisk * recentWar.At(year - world.LastWarEndYear[d]);
                hazard *= context.Regime.RenewedWarHazard(year, d); // peacekeepers still deployed
            }
            if (Draws.UniformFrom(key, a, b) < hazard)
                crises.Add(d);
        }
    }
}
