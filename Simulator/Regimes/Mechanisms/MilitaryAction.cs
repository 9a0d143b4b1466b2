using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>League military action against an aggressor: only if the great powers commit, which was rare.</summary>
public sealed class MilitaryAction : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.MilitaryAction,
        "Military action against a member's aggression, only when the great powers commit (rare).",
        () => new MilitaryAction(), [RegimeCounters.CollectiveActions]);

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (!Aggression.IsNewAggressionByMember(r, war)) return;
        if (r.Draws.Uniform(Purpose.MilitaryAction, r.Year, war.Key) >= r.Parameters.League.MilitaryAction) return;
        r.Tally.Add(RegimeCounters.CollectiveActions);
        d.ImposesEnd = true;
        d.DefeatsAggressor = true;
    }
}
