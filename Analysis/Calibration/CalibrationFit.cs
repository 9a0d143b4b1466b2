using Simulator.Numerics;

namespace Analysis.Calibration;

/// <summary>One calibrated parameter's prior and posterior sample (values in natural units, in particle order).</summary>
/// <param name="Path">The config path, e.g. <c>model.crises.great_power_risk</c>.</param>
/// <param name="LogScale">A log-uniform prior: spreads are compared, and drawn, on the log scale.</param>
public sealed record PosteriorMarginal(string Path, bool LogScale, double Min, double Max, IReadOnlyList<double> Values)
{
    /// <summary>The sd of the prior on its working scale: a uniform box of width w has sd w/√12.</summary>
    public double PriorSd => (Working(Max) - Working(Min)) / Math.Sqrt(12);

    public double Working(double value) => LogScale ? PortableMath.Log(value) : value;
}

/// <summary>One target beside the posterior's predictions: the record and band, and the posterior predictive median and 5-95% interval over particles.</summary>
public sealed record TargetFit(TargetCheck Record, double Median, double Low, double High)
{
    /// <summary>True when the predictive median lies in the target's band; null when no particle measured it.</summary>
    public bool? Inside => double.IsNaN(Median) ? null : Record.Band.Contains(Median);
}

/// <summary>One generation's line of generations.csv.</summary>
public sealed record GenerationSummary(int Generation, double Epsilon, int Accepted, int Proposals, double EffectiveSampleSize);

/// <summary>Everything the fit report shows: the posterior (with weights), each target's fit, the generations.</summary>
public sealed record CalibrationFit(string Name, string Arm, ulong Seed, int RunsPerParticle, IReadOnlyList<double> Weights,
    IReadOnlyList<PosteriorMarginal> Parameters, IReadOnlyList<TargetFit> Targets, IReadOnlyList<GenerationSummary> Generations)
{
    /// <summary>
    /// A posterior sd below 0.7 of the prior's (on the working scale) counts as identified: the targets at
    /// least halved the variance (0.7² ≈ 0.49). A parameter the targets ignore keeps about the prior's sd, give
    /// or take the sampling error of an sd from N weighted particles (about 1/√(2·ESS): 10% at ESS 50).
    /// </summary>
    public const double IdentifiedRatio = 0.7;

    public double PosteriorSd(PosteriorMarginal p) =>
        Statistics.WeightedSample.StandardDeviation([.. p.Values.Select(p.Working)], Weights);
}
