using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Collective military action authorised by the Council: a coalition of willing members, the states
/// neither fighting nor allied to the aggressor, acts only when it can overpower the aggressor's
/// side (twice its capability), and rarely even then.
/// </summary>
internal sealed class CollectiveAction : IMechanism
{
    public string Name => MechanismNames.CollectiveAction;

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.Vote != Vote.Passed || d.ImposesEnd) return;
        var w = r.World;
        double coalition = 0;
        for (int k = 0; k < w.StateCount; k++)
            if (w.IsAlive[k] && r.IsMember[k] && !war.Involves(k) && !w.AreAllied(k, war.Challenger)) coalition += w.Capability[k];
        if (coalition < 2 * w.CapabilityOf(war.SideA)) return;
        if (r.Draws.Uniform(Purpose.CollectiveAction, r.Year, war.Episode) >= r.Parameters.Un.CollectiveAction) return;
        r.Tally.CollectiveActions++;
        d.ImposesEnd = true;
        d.DefeatsAggressor = true;
    }
}
