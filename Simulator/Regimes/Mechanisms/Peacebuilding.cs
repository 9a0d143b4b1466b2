using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Multidimensional mandates (DDR, security-sector reform, institutions) that come with a share of
/// peacekeeping missions in civil conflicts and lower the host's fragility each year of the mandate
/// (Doyle &amp; Sambanis 2000).
/// </summary>
internal sealed class Peacebuilding : IMechanism
{
    public string Name => MechanismNames.Peacebuilding;

    public bool OnEpisodeEnded(RegimeContext r, in EndedEpisode e)
    {
        var w = r.World;
        if (e.Kind != EpisodeKind.Civil || !w.HasPeacekeepers(e.Host)) return false;
        var p = r.Parameters.Un;
        if (r.Draws.Uniform(Purpose.Peacebuilding, r.Year, e.Episode) >= p.PeacebuildingShare) return false;
        w.Peacebuild(e.Host, r.Year + p.MandateYears + 1, p.PeacebuildingPerYear);
        return false;
    }
}
