namespace Simulator.Regimes;

/// <summary>A regime's mechanisms deciding on one war-year; the war process applies the result.</summary>
public sealed class WarDeliberation
{
    public double TerminationMultiplier { get; set; } = 1;
    public bool StopsJoining { get; set; }
    /// <summary>The war is ended by the institution this year.</summary>
    public bool ImposesEnd { get; set; }
    /// <summary>When the imposed end defeats the aggressor's side (collective military action).</summary>
    public bool DefeatsAggressor { get; set; }
    public Vote Vote { get; set; }

    internal void Begin()
    {
        TerminationMultiplier = 1;
        StopsJoining = false;
        ImposesEnd = false;
        DefeatsAggressor = false;
        Vote = Vote.NotTakenUp;
    }

    public WarDecision ToDecision() => new(TerminationMultiplier, StopsJoining, ImposesEnd, DefeatsAggressor);
}
