using Simulator.Entities;
using Simulator.Observation;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Cohesion among the powers that run the regime's deciding organ, the same for every regime (its
/// values from the family the organ registers: <c>model.concert</c>, <c>model.league</c>,
/// <c>model.un</c>). It recovers toward 1 and falls with polarisation, with power transitions among
/// the great powers and sharply when a great-power war breaks out. Below <c>stall_cohesion</c> the
/// organ is stalled (paralysis: it takes nothing up); below <c>collapse_threshold</c> the regime is over.
/// </summary>
public sealed class CohesionCollapse : IMechanism
{
    public static readonly Counter StalledYears = new("stalled_years", "Years the deciding organ was stalled by low cohesion (paralysis).");
    public static readonly Counter Collapsed = new("collapsed_by_cohesion", "1 when the regime ended because its powers' cohesion fell below the threshold.");
    public static readonly MechanismType Type = new(MechanismNames.CohesionCollapse,
        "Cohesion recovers and falls with polarisation, power transitions and great-power war; low, the organ stalls; lower, the regime ends.",
        () => new CohesionCollapse(), [StalledYears, Collapsed]);

    /// <summary>Last year's great powers, as flags by state and as a list (the few to clear).</summary>
    private bool[] wasGreatPower = [];
    private int[] previous = [];
    private int previousCount;
    private readonly List<int> shockedWars = new();

    public void Found(RegimeContext r)
    {
        wasGreatPower = new bool[r.World.StateCount];
        previous = new int[r.World.StateCount];
        Remember(r.World);
        if (r.Failure is { } f) r.Cohesion = f.InitialCohesion;
    }

    public void Upkeep(RegimeContext r)
    {
        if (r.Failure is not { } p) return;
        var w = r.World;
        int transitions = 0;
        foreach (int g in w.GreatPowers)
            if (!wasGreatPower[g]) transitions++;
        Remember(w);
        double cohesion = r.Cohesion + p.CohesionRecovery * (1 - r.Cohesion)
                          - p.PolarisationDrag * r.Polarisation - p.TransitionShock * transitions;
        r.Cohesion = Math.Clamp(cohesion, 0, 1);
        if (r.Cohesion < p.CollapseThreshold) r.Collapse(Collapsed);
        else if (r.Cohesion < p.StallCohesion) r.Tally.Add(StalledYears);
    }

    private void Remember(World w)
    {
        foreach (int g in previous.AsSpan(0, previousCount)) wasGreatPower[g] = false;
        previousCount = 0;
        foreach (int g in w.GreatPowers)
        {
            wasGreatPower[g] = true;
            previous[previousCount++] = g;
        }
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (r.Failure is not { } p || !war.IsGreatPowerWar || shockedWars.Contains(war.Episode)) return;
        shockedWars.Add(war.Episode);
        r.Cohesion = Math.Max(0, r.Cohesion - p.GreatPowerWarShock);
        if (r.Cohesion < p.CollapseThreshold) r.Collapse(Collapsed);
    }
}
