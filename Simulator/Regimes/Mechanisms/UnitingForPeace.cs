using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// General Assembly resolution 377 (V): when a veto deadlocks the deciding organ over a breach of the
/// peace, an emergency session may convene (<c>uniting_for_peace</c>; 11 sessions 1950-2022, sf61). Its
/// recommendations are weaker than the Council's, and it can start a consent-based peacekeeping operation.
/// </summary>
public sealed class UnitingForPeace : IMechanism, IAssembly
{
    public static readonly Counter Sessions = new("ufp_sessions", "Emergency special sessions of the Assembly under Uniting for Peace.");
    public static readonly MechanismType Type = new(MechanismNames.UnitingForPeace,
        "After a veto over a breach of the peace the Assembly may convene: weaker recommendations, consent-based missions.",
        () => new UnitingForPeace(), [Sessions], prevents: true);

    public void Found(RegimeContext r) => r.Assembly = this;

    public bool Convenes(RegimeContext r, int key, Question question)
    {
        if (r.Draws.Uniform(Purpose.UnitingForPeace, r.Year, key, (int)question) >= r.Parameters.Un.UnitingForPeace) return false;
        r.Tally.Add(Sessions);
        return true;
    }

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        if (d.OrganVote == Vote.Vetoed && Convenes(r, d.Crisis.Dyad, Question.Crisis))
            d.Reduce(Type, r.Parameters.Un.AssemblyEffect);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.OrganVote == Vote.Vetoed && Convenes(r, war.Key, Question.War))
            d.TerminationMultiplier *= r.Parameters.Un.AssemblyTermination;
    }
}
