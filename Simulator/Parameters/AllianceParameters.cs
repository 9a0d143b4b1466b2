namespace Simulator.Parameters;

/// <summary>Balancing alliances: great-power blocs and their clients (MODEL.md sections 2 and 3.2).</summary>
public sealed record AllianceParameters
{
    [Param("Yearly probability that a state keeps its alliance choice rather than reconsidering.", Min = 0, Max = 1, Basis = "judgement: alliances in the record last decades (ATOP); a 10% yearly chance to reconsider gives choices held about a decade")]
    public double Persistence { get; init; } = 0.9;

    [Param("Probability that a reconsidering great power stays out of both blocs.", Min = 0, Max = 1, Basis = "judgement: some powers stood aside from the blocs (Britain's splendid isolation before 1902)")]
    public double GreatPowerUnaligned { get; init; } = 0.3;

    [Param("Probability that a reconsidering minor state seeks a great-power patron against its main threat.", Min = 0, Max = 1, Basis = "judgement: about half of minor states allied with a great power; not fitted")]
    public double ClientPropensity { get; init; } = 0.5;

    [Param("Weight of a distant (non-contiguous) great power as a threat, relative to a neighbour.", Min = 0, Max = 1, Basis = "judgement")]
    public double DistantThreatWeight { get; init; } = 0.5;

    [Param("Distance offset in a patron's appeal, capability / (offset + distance): how much nearness counts.", Min = 0.001, Max = 10, Basis = "judgement")]
    public double PatronDistanceOffset { get; init; } = 0.1;
}
