using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Collective military action authorised by the Council: a coalition of willing members, the states
/// neither fighting nor allied to the aggressor, acts only when it can overpower the aggressor's
/// side (<c>collective_action_superiority</c> times its capability), and rarely even then.
/// </summary>
public sealed class CollectiveAction : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.CollectiveAction,
        "A coalition of willing members defeats the aggressor when it can overpower it, with a small probability.",
        () => new CollectiveAction(), [RegimeCounters.CollectiveActions]);

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.OrganVote != Vote.Passed || d.ImposesEnd) return;
        var w = r.World;
        var p = r.Parameters.Un;
        double coalition = 0;
        for (int k = 0; k < w.NextSlot; k++)
            if (w.IsAlive[k] && r.IsMember[k] && !war.Involves(k) && !w.AreAllied(k, war.Challenger)) coalition += w.Capability[k];
        if (coalition < p.CollectiveActionSuperiority * w.CapabilityOf(war.SideA)) return;
        if (r.Draws.Uniform(Purpose.CollectiveAction, r.Year, war.Key) >= p.CollectiveAction) return;
        r.Tally.Add(RegimeCounters.CollectiveActions);
        d.ImposesEnd = true;
        d.DefeatsAggressor = true;
    }
}
