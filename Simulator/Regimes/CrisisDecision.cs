namespace Simulator.Regimes;

/// <summary>A regime's answer to a crisis: the escalation probability it leaves, and whether it imposes a settlement.</summary>
/// <param name="PWar">Escalation probability after the regime acted, in [0, 1].</param>
/// <param name="ImposesSettlement">True when an institution settles the crisis outright.</param>
public readonly record struct CrisisDecision(double PWar, bool ImposesSettlement)
{
    public static CrisisDecision Unchanged(double pWar) => new(pWar, false);
}
