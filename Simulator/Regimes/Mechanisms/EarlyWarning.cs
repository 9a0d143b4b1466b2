namespace Simulator.Regimes.Mechanisms;

/// <summary>The Secretary-General's early warning: raises the chance that the deciding organ takes up a crisis at all.</summary>
public sealed class EarlyWarning : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.EarlyWarning,
        "Raises the probability that the deciding organ takes up a crisis by early_warning_boost.",
        () => new EarlyWarning());

    public void Found(RegimeContext r) => r.TakeUpBoost += r.Parameters.Un.EarlyWarningBoost;
}
