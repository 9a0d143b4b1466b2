namespace Simulator.Parameters;

/// <summary>The initial world and how power grows (MODEL.md sections 2, 3.1 and 6).</summary>
public sealed record WorldParameters
{
    [Param("Number of sovereign states at the start.", Min = 2, Max = 2000)]
    public int States { get; init; } = 40;

    [Param("Number of great powers: the top states by capability.", Min = 0, Max = 50)]
    public int GreatPowers { get; init; } = 5;

    [Param("Years between great-power re-rankings.", Min = 1, Max = 100)]
    public int RankingIntervalYears { get; init; } = 10;

    [Param("Ranks of slack before a great power loses its status (hysteresis).", Min = 0, Max = 50)]
    public int RankingHysteresis { get; init; } = 1;

    [Param("Contiguity: each state borders its k nearest states on the torus (symmetrised).", Min = 1, Max = 20)]
    public int Neighbours { get; init; } = 3;

    [Param("Standard deviation of log capability at the start (heavy tail: a few great powers).", Min = 0, Max = 5)]
    public double CapabilitySpread { get; init; } = 1.0;

    [Param("Mean growth rate of capability per year.", Min = -0.5, Max = 0.5)]
    public double GrowthDrift { get; init; } = 0.01;

    [Param("Standard deviation of the per-state growth rate (drives power transitions).", Min = 0, Max = 0.5)]
    public double GrowthNoise { get; init; } = 0.008;

    [Param("Standard deviation of the yearly log-capability shock.", Min = 0, Max = 1)]
    public double GrowthShock { get; init; } = 0.03;

    [Param("Pull of log capability towards the world mean per year (keeps the distribution stationary).", Min = 0, Max = 1)]
    public double GrowthReversion { get; init; } = 0.01;

    [Param("Share of states that are democracies (1816-1914: few).", Min = 0, Max = 1)]
    public double DemocracyShare { get; init; } = 0.15;

    [Param("Mean fragility (civil-conflict proneness) in [0,1].", Min = 0, Max = 1)]
    public double FragilityMean { get; init; } = 0.35;

    [Param("Standard deviation of fragility across states.", Min = 0, Max = 1)]
    public double FragilitySpread { get; init; } = 0.2;

    [Param("Lowest democracy score of a democratic state at the start (scores drawn uniformly up to 1).", Min = 0, Max = 1, Basis = "judgement; Polity2 >= 6 maps to 0.8 on [0,1]")]
    public double DemocraticScoreMin { get; init; } = 0.6;

    [Param("Highest democracy score of a non-democratic state at the start (scores drawn uniformly from 0).", Min = 0, Max = 1, Basis = "judgement")]
    public double AutocraticScoreMax { get; init; } = 0.55;
}
