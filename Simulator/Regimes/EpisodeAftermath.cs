namespace Simulator.Regimes;

/// <summary>What the regime's mechanisms decided after an episode ended, filled in their declared order.</summary>
public sealed class EpisodeAftermath
{
    /// <summary>Peacekeepers deployed for this episode.</summary>
    public bool PeacekeepersDeployed { get; set; }
    /// <summary>Peacekeepers are in the host state now (this mission or one still running).</summary>
    public bool PeacekeepersPresent { get; set; }

    /// <summary>The mission deployed for this episode is multidimensional (peacebuilding).</summary>
    public bool PeacebuildingMandated { get; set; }

    internal void Begin() => PeacekeepersDeployed = PeacekeepersPresent = PeacebuildingMandated = false;
}
