namespace Simulator.Observation;

/// <summary>
/// One militarised dispute and its resolution. <see cref="Draw"/> is the keyed uniform that decided it:
/// war when Draw &lt; PWar. A mechanism prevented it when PWar ≤ Draw &lt; PWarWithoutRegime.
/// </summary>
public readonly record struct CrisisRecord(
    int Year,
    int Challenger,
    int Target,
    bool IsContiguous,
    int GreatPowers,
    double PWarWithoutRegime,
    double PWar,
    double Draw,
    CrisisOutcome Outcome,
    string? Mechanism);
