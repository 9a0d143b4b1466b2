namespace Simulator.Observation;

/// <summary>How a crisis ended (MODEL.md section 2).</summary>
public enum CrisisOutcome
{
    /// <summary>Backed down without war.</summary>
    Defused,
    /// <summary>Ended by a settlement an institution imposed or arbitrated.</summary>
    Settled,
    /// <summary>Escalated to war.</summary>
    War,
}
