namespace Experiments.Calibration;

/// <summary>
/// One completed ABC-SMC generation: its tolerance ε (the distance of the N-th best proposal), the
/// accepted population with normalised weights (best first), how many proposals were simulated, and the
/// effective sample size of the weights, 1/Σw².
/// </summary>
internal sealed record Generation(int Index, double Epsilon, IReadOnlyList<Particle> Population, int Proposals)
{
    public double EffectiveSampleSize => 1 / Population.Sum(p => p.Weight * p.Weight);
}
