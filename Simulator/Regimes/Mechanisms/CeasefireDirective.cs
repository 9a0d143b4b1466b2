using Simulator.Entities;

namespace Simulator.Regimes.Mechanisms;

/// <summary>A Council ceasefire directive: raises the yearly chance that the war ends and stops allies joining.</summary>
public sealed class CeasefireDirective : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.CeasefireDirective,
        "Once the organ passes a resolution on a war: war termination x ceasefire_termination, and allies may not join.",
        () => new CeasefireDirective());

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.OrganVote != Vote.Passed) return;
        d.TerminationMultiplier *= r.Parameters.Un.CeasefireTermination;
        d.StopsJoining = true;
    }
}
