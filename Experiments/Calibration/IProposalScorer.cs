namespace Experiments.Calibration;

/// <summary>What ABC-SMC needs of a model: the targets, and each target's simulated estimate for a parameter set.</summary>
internal interface IProposalScorer
{
    IReadOnlyList<CalibrationTarget> Targets { get; }

    /// <summary>
    /// The estimate of every target (NaN where the runs measure nothing) for natural parameter values
    /// <paramref name="values"/>, simulated with the run seeds of <paramref name="generation"/> (common random
    /// numbers: every proposal of a generation sees the same seeds). Called from several threads at once.
    /// </summary>
    double[] Estimates(double[] values, int generation);
}
