using Simulator.Entities;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The Concert's cohesion: recovers slowly, falls with bloc polarisation, with power transitions
/// among the great powers and sharply after a great-power war. Below <c>collapse_threshold</c> the
/// Concert is over for the rest of the run.
/// </summary>
public sealed class CohesionCollapse : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.CohesionCollapse,
        "Cohesion recovers slowly and falls with polarisation, power transitions and great-power war; below a threshold the Concert ends.",
        () => new CohesionCollapse());

    private bool[] wasGreatPower = [];
    private readonly List<int> shockedWars = new();

    public void Found(RegimeContext r) => wasGreatPower = (bool[])r.World.IsGreatPower.Clone();

    public void Upkeep(RegimeContext r)
    {
        var p = r.Parameters.Concert;
        var w = r.World;
        int transitions = 0;
        for (int i = 0; i < w.StateCount; i++)
        {
            if (w.IsGreatPower[i] && !wasGreatPower[i]) transitions++;
            wasGreatPower[i] = w.IsGreatPower[i];
        }
        double cohesion = r.Strength + p.CohesionRecovery * (1 - r.Strength)
                          - p.PolarisationDrag * r.Polarisation - p.TransitionShock * transitions;
        r.Strength = Math.Clamp(cohesion, 0, 1);
        if (r.Strength < p.CollapseThreshold) r.Collapse();
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (!war.IsGreatPowerWar || shockedWars.Contains(war.Episode)) return;
        shockedWars.Add(war.Episode);
        r.Strength = Math.Max(0, r.Strength - r.Parameters.Concert.GreatPowerWarShock);
        if (r.Strength < r.Parameters.Concert.CollapseThreshold) r.Collapse();
    }
}
