namespace Simulator.Parameters;

/// <summary>
/// Civil conflict: onset, termination types and the relapse they leave behind (MODEL.md sections 3.7-3.8).
/// Targets: onsets 3-6.5 per 100 state-years (sf19), relapse within 10 years about 50% (sf39).
/// </summary>
public sealed record CivilParameters
{
    [Param("Base yearly civil-conflict hazard of a state of mean fragility and mean capability.", Min = 0, Max = 1)]
    public double BaseHazard { get; init; } = 0.025;

    [Param("Log relative risk per unit of fragility above the mean.", Min = 0, Max = 50)]
    public double FragilityEffect { get; init; } = 2.0;

    [Param("Elasticity of the hazard to capability relative to the world mean (weak states are riskier).", Min = 0, Max = 5, Basis = "judgement: 0.15 over the record's spread of log capability (sd about 2) gives about the dispersion of risk 0.3 gave over the old spread (sd 0.8); CINC mixes size with wealth, and small populations fight fewer civil wars (Fearon & Laitin 2003), so the weakest states are not proportionally riskier; civil relapse stays near sf39")]
    public double CapabilityElasticity { get; init; } = 0.15;

    [Param("Added relative risk while a neighbour is at war (contagion).", Min = 0, Max = 100)]
    public double ContagionRisk { get; init; } = 0.5;

    [Param("Decay time of post-conflict relapse risk in years.", Min = 0.1, Max = 1000)]
    public double RelapseDecayYears { get; init; } = 8;

    [Param("Added relapse risk after a government victory (Toft 2010: victories last).", Min = 0, Max = 100)]
    public double RelapseAfterGovernmentVictory { get; init; } = 0.3;

    [Param("Added relapse risk after a rebel victory.", Min = 0, Max = 100)]
    public double RelapseAfterRebelVictory { get; init; } = 0.3;

    [Param("Added relapse risk after a ceasefire (Fortna 2008: ceasefires are fragile).", Min = 0, Max = 100)]
    public double RelapseAfterCeasefire { get; init; } = 2.0;

    [Param("Added relapse risk after a peace agreement.", Min = 0, Max = 100)]
    public double RelapseAfterAgreement { get; init; } = 1.2;

    [Param("Added relapse risk after a conflict that faded out.", Min = 0, Max = 100)]
    public double RelapseAfterFading { get; init; } = 1.2;

    [Param("Fragility added by each civil conflict (the conflict trap).", Min = 0, Max = 1)]
    public double TrapFragility { get; init; } = 0.03;

    [Param("Yearly pull of fragility back to its initial value.", Min = 0, Max = 1)]
    public double FragilityRecovery { get; init; } = 0.02;

    [Param("Yearly probability that a civil conflict ends.", Min = 0, Max = 1)]
    public double TerminationHazard { get; init; } = 0.3;

    [Param("Share of endings that are government victories.", Min = 0, Max = 1)]
    public double GovernmentVictoryShare { get; init; } = 0.3;

    [Param("Share of endings that are rebel victories.", Min = 0, Max = 1)]
    public double RebelVictoryShare { get; init; } = 0.12;

    [Param("Share of endings that are ceasefires.", Min = 0, Max = 1)]
    public double CeasefireShare { get; init; } = 0.2;

    [Param("Share of endings that are peace agreements (the rest fade out).", Min = 0, Max = 1)]
    public double AgreementShare { get; init; } = 0.15;

    [Param("Fraction of capability lost per year of civil conflict.", Min = 0, Max = 1)]
    public double CostPerYear { get; init; } = 0.02;

    [Param("Median battle deaths per civil-conflict year.", Min = 0, Max = 1e9)]
    public double DeathsScale { get; init; } = 800;

    [Param("Standard deviation of log civil-conflict intensity.", Min = 0, Max = 5)]
    public double DeathsSpread { get; init; } = 1.0;
}
