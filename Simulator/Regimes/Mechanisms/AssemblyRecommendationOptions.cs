using Simulator.Parameters;

namespace Simulator.Regimes.Mechanisms;

/// <summary>Options of <see cref="AssemblyRecommendation"/> (<c>model.mechanisms.assembly_recommendation</c>).</summary>
public sealed record AssemblyRecommendationOptions
{
    [Param("Probability that the General Assembly takes up a crisis the deciding organ did not take up, and recommends peaceful settlement.", Min = 0, Max = 1,
        Basis = "judgement: the Assembly discusses a minority of the disputes of its time (Charter arts. 11(2) and 14; art. 12 bars it while the Council is seized)")]
    public double TakeUp { get; init; } = 0.15;

    [Param("Fraction of escalation probability a recommendation of peaceful settlement removes.", Min = 0, Max = 1,
        Basis = "judgement: non-binding and made in regular session, so weaker than a recommendation of an emergency session under Uniting for Peace (model.un.assembly_effect, 0.2)")]
    public double Effect { get; init; } = 0.1;

    [Param("Share of the effect left when the challenger is a great power.", Min = 0, Max = 1,
        Basis = "judgement: great powers ignored the Assembly's calls (Hungary 1956, Afghanistan 1980)")]
    public double GreatPowerShare { get; init; } = 0.5;
}
