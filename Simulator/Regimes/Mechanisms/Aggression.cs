using Simulator.Entities;

namespace Simulator.Regimes.Mechanisms;

/// <summary>Recognising a resort to war by a member against a member (Covenant article 16), in the war's first year.</summary>
internal static class Aggression
{
    public static bool IsNewAggressionByMember(RegimeContext r, War war) =>
        war.StartYear == r.Year && r.IsMember[war.Challenger] && r.IsMember[war.Target];
}
