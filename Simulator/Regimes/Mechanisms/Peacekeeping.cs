using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Peacekeeping operations after a war or civil conflict ends: mandated by the regime's authority
/// (or by the Assembly under Uniting for Peace when a veto blocks the Council), with the host's
/// consent, within a budget of concurrent missions that is small in the Cold War and larger after
/// (13 missions 1948-87, about 58 since; sf60). While deployed, the hazard of renewed fighting is
/// multiplied by <c>peacekeeping_hazard_ratio</c> (Fortna 2008: down 50-75%). Under a Security
/// Council, missions in civil conflicts start only after the Cold War (the post-1989 pattern).
/// </summary>
internal sealed class Peacekeeping : IMechanism
{
    private readonly List<int> missionsEnd = new();

    public string Name => MechanismNames.Peacekeeping;

    public bool OnEpisodeEnded(RegimeContext r, in EndedEpisode e)
    {
        if (e.EndedBy is EndReason.Censored or EndReason.Conquest) return false;
        var p = r.Parameters.Un;
        var w = r.World;
        bool council = r.Has(MechanismNames.SecurityCouncil);
        if (e.Kind == EpisodeKind.Civil && council && r.IsColdWar) return false;
        if (!w.IsAlive[e.Host] || (e.Other >= 0 && !w.IsAlive[e.Other])) return false;

        int capacity = council && r.IsColdWar ? p.PeacekeepingCapacityColdWar : p.PeacekeepingCapacityLater;
        int active = 0;
        foreach (int end in missionsEnd) if (end > r.Year) active++;
        if (active >= capacity) return false;

        if (!IsMandated(r, e)) return false;
        if (r.Draws.Uniform(Purpose.PeacekeepingConsent, r.Year, e.Episode) >= p.PeacekeepingConsent) return false;

        int until = r.Year + p.MandateYears + 1;
        missionsEnd.Add(until);
        w.DeployPeacekeepers(e.Kind, e.Host, e.Other, until, p.PeacekeepingHazardRatio);
        r.Tally.PeacekeepingDeployed++;
        return true;
    }

    private static bool IsMandated(RegimeContext r, in EndedEpisode e)
    {
        if (r.Authority is SecurityCouncil council)
        {
            var vote = council.Mandate(r, e.Host, e.Episode);
            return vote == Vote.Passed
                   || (vote == Vote.Vetoed && r.Has(MechanismNames.UnitingForPeace)
                       && UnitingForPeace.Convenes(r, e.Episode, SecurityCouncil.MissionQuestion));
        }
        return r.Authority is null || r.Authority.Decide(r, e.Host, e.Other, 1.0, e.Episode) == Vote.Passed;
    }
}
