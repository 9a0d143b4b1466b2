namespace Simulator.Entities;

/// <summary>How a conflict episode ended (MODEL.md section 2). Names are written to episodes.csv in snake_case.</summary>
public enum EndReason
{
    /// <summary>Still going at the horizon: censored.</summary>
    Censored,
    Victory,
    Stalemate,
    Ceasefire,
    Settlement,
    /// <summary>Ended by an institution (a congress or the Council).</summary>
    Imposed,
    /// <summary>A participant was conquered.</summary>
    Conquest,
    GovernmentVictory,
    RebelVictory,
    PeaceAgreement,
    Faded,
}
