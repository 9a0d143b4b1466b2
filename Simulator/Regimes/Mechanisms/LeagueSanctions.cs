using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Covenant article 16: aggression by a member triggers sanctions, joined by each member by its own
/// interest (nearby members trade more with the aggressor and join less), leaking through
/// non-members. Sanctions cost the aggressor capability each year and make it stop with a
/// probability that grows with participation (target: 5-34% succeed; sf55). Whether the aggression
/// was answered is read by <c>credibility_collapse</c>.
/// </summary>
public sealed class LeagueSanctions : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.LeagueSanctions,
        "Members join sanctions against a member's aggression by their own interest; too few joining leaves it unanswered.",
        () => new LeagueSanctions(), [RegimeCounters.Sanctions, RegimeCounters.SanctionsSucceeded]);

    private readonly List<(int Episode, double Effectiveness)> sanctioned = new();

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        var p = r.Parameters.League;
        var w = r.World;
        foreach (var (episode, strength) in sanctioned)
            if (episode == war.Episode && w.IsAlive[war.Challenger])
                w.ImposeCost(war.Challenger, p.SanctionCost * strength);
        if (!Aggression.IsNewAggressionByMember(r, war)) return;

        double joined = 0, members = 0, outside = 0;
        for (int k = 0; k < w.NextSlot; k++)
        {
            if (!w.IsAlive[k] || war.Involves(k) || w.AreAllied(k, war.Challenger)) continue;
            if (!r.IsMember[k])
            {
                outside += w.Capability[k];
                continue;
            }
            members += w.Capability[k];
            // Nearby members trade more with the aggressor: interest rises from near_interest at distance 0 to 1 at interest_distance.
            double interest = p.SanctionNearInterest
                              + (1 - p.SanctionNearInterest) * Math.Min(1, w.Distance(k, war.Challenger) / p.SanctionInterestDistance);
            if (r.Draws.Uniform(Purpose.SanctionJoin, r.Year, war.Key, k) < p.SanctionJoin * interest)
                joined += w.Capability[k];
        }
        double participation = members > 0 ? joined / members : 0;
        // Too few joining: the aggression goes unanswered (credibility_collapse reads that no sanctions were imposed).
        if (participation < p.SanctionAnsweredParticipation) return;
        double effectiveness = participation * (members / (members + outside));
        r.Tally.Add(RegimeCounters.Sanctions);
        sanctioned.Add((war.Episode, effectiveness));
        d.SanctionsImposed = true;
        if (r.Draws.Uniform(Purpose.SanctionSuccess, r.Year, war.Key) < p.SanctionSuccess * effectiveness)
        {
            r.Tally.Add(RegimeCounters.SanctionsSucceeded);
            d.ImposesEnd = true;
        }
    }
}
