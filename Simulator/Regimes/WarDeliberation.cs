namespace Simulator.Regimes;

/// <summary>A regime's mechanisms deciding on one war-year, in their declared order; the war process applies the result.</summary>
public sealed class WarDeliberation
{
    public double TerminationMultiplier { get; set; } = 1;
    public bool StopsJoining { get; set; }
    /// <summary>The war is ended by the institution this year.</summary>
    public bool ImposesEnd { get; set; }
    /// <summary>When the imposed end defeats the aggressor's side (collective military action).</summary>
    public bool DefeatsAggressor { get; set; }
    /// <summary>What the deciding organ did with the war this year; later mechanisms read it.</summary>
    public Vote OrganVote { get; set; }
    /// <summary>Sanctions were newly imposed on the aggressor this year.</summary>
    public bool SanctionsImposed { get; set; }

    internal void Begin()
    {
        TerminationMultiplier = 1;
        StopsJoining = false;
        ImposesEnd = false;
        DefeatsAggressor = false;
        OrganVote = Vote.NotTakenUp;
        SanctionsImposed = false;
    }

    public WarDecision ToDecision() => new(TerminationMultiplier, StopsJoining, ImposesEnd, DefeatsAggressor);
}
