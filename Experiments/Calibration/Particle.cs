namespace Experiments.Calibration;

/// <summary>
/// One evaluated parameter set of a generation: its proposal index, its coordinates in the working
/// space (<see cref="CalibrationParameter.ToWorking"/>), its distance, every target's estimate (in the
/// order of <see cref="IProposalScorer.Targets"/>) and, once accepted, its normalised importance weight.
/// </summary>
internal sealed record Particle(int Proposal, double[] Working, double Distance, double[] Estimates)
{
    public double Weight { get; init; }
}
