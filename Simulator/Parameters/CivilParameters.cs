namespace Simulator.Parameters;

/// <summary>
/// Civil conflict (MODEL.md section 3.7): onset from the state's covariates, the balance of forces
/// between government and rebels that decides how and when a conflict ends, and the relapse risk left
/// by what remains of the two armies. Targets: onsets 3-6.5 per 100 state-years (sf19), recurrence
/// within 5 and 10 years 42% and 50% (sf38, sf39).
/// </summary>
public sealed record CivilParameters
{
    // Onset.

    [Param("Base yearly civil-conflict hazard of an autocracy of mean fragility and mean capability, with no neighbour at war and no past civil conflict.", Min = 0, Max = 1,
        Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 0.01533 (90%: 0.01217-0.02007). This default, used without a posterior, is the abstract world's hand calibration: sf19, 4.7 onsets per 100 state-years 1816-1914")]
    public double BaseHazard { get; init; } = 0.023;

    [Param("Log relative risk of onset per unit of fragility above the mean; fragility stands for low income per head and weak state capacity.", Min = 0, Max = 50,
        Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 1.511 (90%: 0.9255-2.553). This default, used without a posterior, is the abstract world's hand calibration: to sf19/sf38/sf39 (400 runs) once capabilities took COW's heavy-tailed spread; Fearon & Laitin 2003: income per head, the proxy of state capacity, is the strongest predictor")]
    public double FragilityEffect { get; init; } = 1.75;

    [Param("Elasticity of the onset hazard to the state's capability relative to the world mean: capability stands for size (population).", Min = -5, Max = 5,
        Basis = "calibrated to sf19/sf38/sf39 (400 runs): capability, relative to the world's geometric mean, spreads wider than population, so its elasticity is below Fearon & Laitin's 2003 log-population coefficient (about 0.27); Hegre & Sambanis 2006: robust")]
    public double SizeElasticity { get; init; } = 0.12;

    [Param("Log relative risk of onset in an anocracy: democracy score at least anocracy_min but below bargaining.democracy_threshold.", Min = 0, Max = 10,
        Basis = "Hegre et al. 2001: semi-democracies most at risk (inverted U); Fearon & Laitin 2003: anocracy coefficient about 0.5")]
    public double AnocracyEffect { get; init; } = 0.6;

    [Param("Lowest democracy score of an anocracy; below it a state is an autocracy.", Min = 0, Max = 1,
        Basis = "definition: Polity2 -5 maps to 0.25 on [0,1] (anocracies are -5 to 5)")]
    public double AnocracyMin { get; init; } = 0.25;

    [Param("Added relative risk of onset while a neighbour is at war (contagion).", Min = 0, Max = 100,
        Basis = "judgement; Sambanis 2001, Buhaug & Gleditsch 2008: conflict in the neighbourhood raises the risk")]
    public double ContagionRisk { get; init; } = 0.5;

    [Param("Fragility added by each civil conflict (the conflict trap).", Min = 0, Max = 1,
        Basis = "judgement; Collier et al. 2003: the conflict trap")]
    public double TrapFragility { get; init; } = 0.03;

    [Param("Yearly pull of fragility back to its initial value.", Min = 0, Max = 1, Basis = "judgement")]
    public double FragilityRecovery { get; init; } = 0.02;

    // The balance of forces.

    [Param("Median strength of the rebels relative to the government at onset (ratio of their forces).", Min = 0.001, Max = 100,
        Basis = "judgement; Cunningham, Gleditsch & Salehyan 2009: most rebel groups are much weaker than the government")]
    public double RebelStrength { get; init; } = 0.3;

    [Param("Standard deviation of the log relative rebel strength at onset.", Min = 0, Max = 5, Basis = "judgement")]
    public double RebelStrengthSpread { get; init; } = 1.0;

    [Param("Standard deviation of the yearly change in log relative rebel strength (the course of the war).", Min = 0, Max = 5, Basis = "judgement")]
    public double WarCourseSpread { get; init; } = 0.3;

    [Param("Yearly rise in log relative rebel strength while an outside state backs the rebels (arms, money, sanctuary).", Min = 0, Max = 5,
        Basis = "judgement; Salehyan, Gleditsch & Cunningham 2011: external support strengthens rebels")]
    public double RebelSupportGain { get; init; } = 0.15;

    [Param("Yearly fall in log relative rebel strength while the government has a great-power patron or bloc.", Min = 0, Max = 5,
        Basis = "judgement; Regan 2002: interventions on the government's side")]
    public double GovernmentSupportGain { get; init; } = 0.1;

    [Param("Probability that a great power of the bloc opposed to the state's backs its rebels (drawn once per conflict).", Min = 0, Max = 1,
        Basis = "judgement; Regan 2002: outside intervention in about a third of civil wars")]
    public double ProxySupportProbability { get; init; } = 0.5;

    [Param("Factor on the hazard of a government victory while the rebels have outside backing (sanctuary and supplies).", Min = 0, Max = 1,
        Basis = "judgement; Salehyan 2007: rebels with external sanctuary are hard to defeat")]
    public double SanctuaryHazardRatio { get; init; } = 0.4;

    [Param("Factor on the hazard of a negotiated end (ceasefire or agreement) while the rebels have outside backing (another veto player).", Min = 0, Max = 1,
        Basis = "Cunningham 2010: external states with their own agenda make civil wars harder to end")]
    public double SupportedSettlementRatio { get; init; } = 0.6;

    // Termination: yearly hazards of each ending, s = rebel share of the two sides' forces.

    [Param("Yearly hazard of a government victory against negligible rebels; multiplied by (1 - s)^2.", Min = 0, Max = 1,
        Basis = "calibration: mean duration and ending shares (Kreutz 2010: government victories about a sixth to a third of endings)")]
    public double GovernmentVictoryHazard { get; init; } = 0.14;

    [Param("Yearly hazard of a rebel victory against a negligible government; multiplied by s^2.", Min = 0, Max = 1,
        Basis = "calibration: rebel victories about a tenth of endings (Kreutz 2010)")]
    public double RebelVictoryHazard { get; init; } = 0.4;

    [Param("Yearly hazard of a ceasefire at a mutually hurting stalemate (s = 0.5); multiplied by 4s(1 - s).", Min = 0, Max = 1,
        Basis = "Zartman 1989: ripeness; calibration: ending shares")]
    public double CeasefireHazard { get; init; } = 0.1;

    [Param("Yearly hazard of a negotiated settlement at a mutually hurting stalemate (s = 0.5); multiplied by 4s(1 - s) and the regime's mediation.", Min = 0, Max = 1,
        Basis = "Zartman 1989: ripeness; calibration: ending shares")]
    public double AgreementHazard { get; init; } = 0.1;

    [Param("Yearly hazard that a conflict fades below the threshold of war; multiplied by 1 - s (weak rebels stop fighting, undefeated).", Min = 0, Max = 1,
        Basis = "calibration: low activity is the commonest ending in UCDP (Kreutz 2010)")]
    public double FadeHazard { get; init; } = 0.1;

    // What is left, and the relapse it leads to.

    [Param("Share of the loser's strength that survives a victory (the winner disarms the rest).", Min = 0, Max = 1,
        Basis = "judgement; Toft 2010: victories leave one side unable to fight")]
    public double VictoryResidual { get; init; } = 0.1;

    [Param("Share of the two armies demobilised when an ending is guaranteed (peacekeepers deploy).", Min = 0, Max = 1,
        Basis = "judgement; Walter 1997, 2002: without a third-party guarantee the sides do not disarm")]
    public double GuaranteeDemobilisation { get; init; } = 0.5;

    [Param("Added relapse risk per unit of armed rebel share left after the conflict.", Min = 0, Max = 100,
        Basis = "calibration: sf38, sf39; Walter 2002, Toft 2010: armies left standing fight again")]
    public double RelapseArmedRisk { get; init; } = 4.5;

    [Param("Added relapse risk when the ending left the rebels' grievance unresolved (government victory, ceasefire, fading).", Min = 0, Max = 100,
        Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 0.4544 (90%: 0.2703-0.9834). This default, used without a posterior, is the abstract world's hand calibration: sf38, sf39; Kreutz 2010: low-activity endings and ceasefires recur most")]
    public double RelapseGrievanceRisk { get; init; } = 0.5;

    [Param("Decay time of post-conflict relapse risk in years.", Min = 0.1, Max = 1000,
        Basis = "calibration: sf38 against sf39 (most recurrence comes within five years)")]
    public double RelapseDecayYears { get; init; } = 4;

    // Costs.

    [Param("Fraction of capability lost per year of civil conflict.", Min = 0, Max = ParamAttribute.MaxCostFraction, Basis = "judgement; Collier 1999: about 2% of GDP a year")]
    public double CostPerYear { get; init; } = 0.02;

    [Param("Median battle deaths per year of a civil conflict in a state of mean capability at a balanced war (s = 0.5).", Min = 0, Max = 1e9,
        Basis = "judgement; Lacina 2006: a few thousand battle deaths a year in the median civil war")]
    public double DeathsScale { get; init; } = 1500;

    [Param("Elasticity of civil-conflict battle deaths to the state's capability relative to the mean (bigger states, bigger wars).", Min = 0, Max = 5,
        Basis = "judgement; Lacina 2006: deaths rise with population")]
    public double DeathsSizeElasticity { get; init; } = 0.5;

    [Param("Standard deviation of log civil-conflict intensity.", Min = 0, Max = 5, Basis = "judgement")]
    public double DeathsSpread { get; init; } = 1.0;
}
