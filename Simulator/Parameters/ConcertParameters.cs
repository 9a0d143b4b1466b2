namespace Simulator.Parameters;

/// <summary>The Concert of Europe: great-power congresses while the powers stay cohesive (MODEL.md section 5).</summary>
public sealed record ConcertParameters
{
    [Param("Cohesion of the great powers when the Concert is founded (0-1).", Min = 0, Max = 1)]
    public double InitialCohesion { get; init; } = 0.9;

    [Param("Fraction of escalation probability a convened congress removes (MODEL.md: 0.7, judgement).", Min = 0, Max = 1)]
    public double CongressEffect { get; init; } = 0.7;

    [Param("Probability that a congress on a crisis between minor states imposes a settlement outright.", Min = 0, Max = 1)]
    public double ImposeSettlement { get; init; } = 0.5;

    [Param("Yearly recovery of cohesion toward 1.", Min = 0, Max = 1)]
    public double CohesionRecovery { get; init; } = 0.02;

    [Param("Yearly loss of cohesion per unit of bloc polarisation.", Min = 0, Max = 1)]
    public double PolarisationDrag { get; init; } = 0.06;

    [Param("Loss of cohesion per change in the set of great powers (a power transition).", Min = 0, Max = 1)]
    public double TransitionShock { get; init; } = 0.1;

    [Param("Loss of cohesion when a great-power war breaks out.", Min = 0, Max = 1)]
    public double GreatPowerWarShock { get; init; } = 0.5;

    [Param("Cohesion below which the Concert is over for the rest of the run (MODEL.md: 0.2).", Min = 0, Max = 1)]
    public double CollapseThreshold { get; init; } = 0.2;
}
