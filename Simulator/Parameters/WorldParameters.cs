namespace Simulator.Parameters;

/// <summary>The initial world and how power grows (MODEL.md sections 2, 3.1 and 6).</summary>
public sealed record WorldParameters
{
    [Param("Number of sovereign states at the start.", Min = 2, Max = 2000, Basis = "judgement: an experiment setting: about the number of states in the COW system before 1914 (23-45)")]
    public int States { get; init; } = 40;

    [Param("Number of great powers: the top states by capability.", Min = 0, Max = 50, Basis = "source: COW's major powers: five in 1816, eight by 1900")]
    public int GreatPowers { get; init; } = 5;

    [Param("Years between great-power re-rankings.", Min = 1, Max = 100, Basis = "judgement: great-power status changes over decades; a decade between re-rankings")]
    public int RankingIntervalYears { get; init; } = 10;

    [Param("Ranks of slack before a great power loses its status (hysteresis).", Min = 0, Max = 50, Basis = "judgement: a great power keeps its status for a while after others overtake it (COW kept Austria-Hungary and Italy)")]
    public int RankingHysteresis { get; init; } = 1;

    [Param("Contiguity: each state borders its k nearest states on the torus (symmetrised).", Min = 1, Max = 20, Basis = "judgement: each state borders its three nearest, about four once symmetrised: a sparse map like the COW contiguity data's; not fitted")]
    public int Neighbours { get; init; } = 3;

    [Param("Standard deviation of log capability at the start (heavy tail: a few great powers, many very small states).", Min = 0, Max = 5, Basis = "COW CINC 1816-2007 (data/record/cinc_ratio.csv): 29% of dyad-years within 3:1 and 45% beyond 10:1; a log-normal with a pair's log ratio of sd 2.9 gives 29% and 44%, i.e. a spread of about 2.05 with the growth heterogeneity added")]
    public double CapabilitySpread { get; init; } = 1.9;

    [Param("Mean growth rate of capability per year.", Min = -0.5, Max = 0.5, Basis = "judgement: about 1% a year of mean capability growth; it cancels out of relative power")]
    public double GrowthDrift { get; init; } = 0.01;

    [Param("Standard deviation of the per-state growth rate (drives power transitions).", Min = 0, Max = 0.5, Basis = "judgement: differences in growth rates drive power transitions over decades (Organski & Kugler 1980); not fitted")]
    public double GrowthNoise { get; init; } = 0.008;

    [Param("Standard deviation of the yearly log-capability shock.", Min = 0, Max = 1, Basis = "judgement: year-to-year changes in CINC are a few per cent; not fitted")]
    public double GrowthShock { get; init; } = 0.03;

    [Param("Pull of log capability per year back to the state's own structural level (its log capability at entry, plus the world's drift since): keeps the spread of capabilities stationary and erodes war losses and conquest gains.", Min = 0, Max = 1, Basis = "judgement: a half-life of about 70 years; slow enough for power transitions over a century")]
    public double GrowthReversion { get; init; } = 0.01;

    [Param("Share of states that are democracies (1816-1914: few).", Min = 0, Max = 1, Basis = "source: Polity5, few democracies 1816-1914 (about 15% of states by 1900)")]
    public double DemocracyShare { get; init; } = 0.15;

    [Param("Mean fragility (civil-conflict proneness) in [0,1].", Min = 0, Max = 1, Basis = "judgement: the scale of fragility is set by civil_war base_hazard, which is calibrated; this fixes where the mean lies")]
    public double FragilityMean { get; init; } = 0.35;

    [Param("Standard deviation of fragility across states.", Min = 0, Max = 1, Basis = "judgement: states differ widely in civil-war risk (Fearon & Laitin 2003); not fitted")]
    public double FragilitySpread { get; init; } = 0.2;

    [Param("Lowest democracy score of a democratic state at the start (scores drawn uniformly up to 1).", Min = 0, Max = 1, Basis = "judgement; Polity2 >= 6 maps to 0.8 on [0,1]")]
    public double DemocraticScoreMin { get; init; } = 0.6;

    [Param("Highest democracy score of a non-democratic state at the start (scores drawn uniformly from 0).", Min = 0, Max = 1, Basis = "judgement")]
    public double AutocraticScoreMax { get; init; } = 0.55;
}
