namespace Simulator.Regimes;

/// <summary>The <c>none</c> regime: anarchy with balance-of-power alliances only, the counterfactual baseline.</summary>
public sealed class NoRegime : IRegime
{
    public const string RegimeName = "none";
    public string Name => RegimeName;
    public int PeaceOperationsUntil => 0;
    public bool MayRaiseRenewedWarHazard => false;
    public bool MayRaiseEscalation => false;
}
