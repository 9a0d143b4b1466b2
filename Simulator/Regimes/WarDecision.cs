namespace Simulator.Regimes;

/// <summary>A regime's directives for one war-year.</summary>
/// <param name="TerminationMultiplier">Multiplies the yearly probability that the war ends (a ceasefire directive raises it).</param>
/// <param name="StopsJoining">True when allies may not join this year.</param>
/// <param name="ImposesEnd">True when an institution ends the war this year.</param>
/// <param name="DefeatsAggressor">With an imposed end: the aggressor's side is defeated (collective military action).</param>
public readonly record struct WarDecision(double TerminationMultiplier, bool StopsJoining, bool ImposesEnd = false, bool DefeatsAggressor = false)
{
    public static WarDecision None => new(1.0, false);
}
