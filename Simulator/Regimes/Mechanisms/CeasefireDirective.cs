using Simulator.Entities;

namespace Simulator.Regimes.Mechanisms;

/// <summary>A Council ceasefire directive: raises the yearly chance that the war ends and stops allies joining.</summary>
internal sealed class CeasefireDirective : IMechanism
{
    public string Name => MechanismNames.CeasefireDirective;

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.Vote != Vote.Passed) return;
        d.TerminationMultiplier *= r.Parameters.Un.CeasefireTermination;
        d.StopsJoining = true;
    }
}
