using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// General Assembly resolution 377 (V): when a veto deadlocks the Council over a breach of the peace,
/// an emergency session may convene (<c>uniting_for_peace</c>; 11 sessions 1950-2022, sf61). Its
/// recommendations are weaker than the Council's, and it can start a consent-based peacekeeping operation.
/// </summary>
internal sealed class UnitingForPeace : IMechanism
{
    public string Name => MechanismNames.UnitingForPeace;

    /// <summary>True when an emergency session convenes on this question.</summary>
    internal static bool Convenes(RegimeContext r, int key, int question)
    {
        if (r.Draws.Uniform(Purpose.UnitingForPeace, r.Year, key, question) >= r.Parameters.Un.UnitingForPeace) return false;
        r.Tally.UnitingForPeaceSessions++;
        return true;
    }

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        if (d.Vote == Vote.Vetoed && Convenes(r, d.Crisis.Dyad, SecurityCouncil.CrisisQuestion))
            d.Reduce(Name, r.Parameters.Un.AssemblyEffect);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.Vote == Vote.Vetoed && Convenes(r, war.Episode, SecurityCouncil.WarQuestion))
            d.TerminationMultiplier *= r.Parameters.Un.AssemblyTermination;
    }
}
