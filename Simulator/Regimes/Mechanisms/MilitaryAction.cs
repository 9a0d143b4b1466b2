using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>League military action against an aggressor: only if the great powers commit, which was rare.</summary>
internal sealed class MilitaryAction : IMechanism
{
    public string Name => MechanismNames.MilitaryAction;

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (!Aggression.IsNewAggressionByMember(r, war)) return;
        if (r.Draws.Uniform(Purpose.MilitaryAction, r.Year, war.Episode) >= r.Parameters.League.MilitaryAction) return;
        r.Tally.CollectiveActions++;
        d.ImposesEnd = true;
        d.DefeatsAggressor = true;
    }
}
