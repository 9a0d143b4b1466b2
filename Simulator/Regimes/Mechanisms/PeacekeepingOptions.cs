using Simulator.Parameters;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Options of <see cref="Peacekeeping"/> (<c>model.mechanisms.peacekeeping</c>): which ended episodes
/// get a mission. The odds that one is considered are
/// <c>selection_odds · victory_odds^[decisive victory] · (deaths/1000)^deaths_elasticity · years^duration_elasticity
/// · exp(fragility_effect · (fragility − mean))</c>, the last for civil conflicts only.
/// </summary>
public sealed record PeacekeepingOptions
{
    [Param("Odds that a mission is considered for a reference case: ended without a decisive victory, 1,000 battle deaths (COW's war threshold), one year of fighting.",
        Min = 0, Max = 1000, Basis = "judgement: high enough that missions still fill the capacity budget (sf60), low enough that the other selection parameters decide who gets them")]
    public double SelectionOdds { get; init; } = 2;

    [Param("Odds ratio of a mission after a decisive victory (military, government or rebel victory) against one after a ceasefire, truce, settlement or stalemate.",
        Min = 0, Max = 1000, Basis = "Fortna 2008: peacekeepers go where there was no decisive victory, the harder cases; size judgement")]
    public double VictoryOdds { get; init; } = 0.25;

    [Param("Elasticity of the odds of a mission to the episode's battle deaths.", Min = 0, Max = 10,
        Basis = "Fortna 2008; Gilligan & Stedman 2003: the UN goes to deadlier wars; size judgement")]
    public double DeathsElasticity { get; init; } = 0.3;

    [Param("Elasticity of the odds of a mission to the years the episode lasted.", Min = 0, Max = 10,
        Basis = "Fortna 2008: peacekeepers go to longer wars; size judgement")]
    public double DurationElasticity { get; init; } = 0.3;

    [Param("Log odds of a mission per unit of the torn state's fragility above the world mean (civil conflicts).", Min = 0, Max = 50,
        Basis = "Fortna 2008: peacekeepers go where the risk of renewed war is high; Doyle & Sambanis 2000: to cases of deep hostility and little local capacity; in the model fragility is that risk; size judgement")]
    public double FragilityEffect { get; init; } = 4;
}
