using Simulator.Numerics;

namespace Experiments.Calibration;

/// <summary>How a parameter's prior spreads its mass between its bounds.</summary>
internal enum PriorKind
{
    /// <summary>Uniform on [min, max].</summary>
    Uniform,
    /// <summary>Uniform in the logarithm on [min, max] (min &gt; 0): each factor of two weighs the same.</summary>
    LogUniform,
}

/// <summary>
/// One calibrated model parameter: its config path and its prior. The sampler works in a transformed
/// "working" space, the logarithm for a log-uniform prior, where every prior is uniform on a box: the
/// Gaussian perturbation then acts on relative changes of a rate, and the prior density is a constant.
/// </summary>
internal sealed record CalibrationParameter(string Path, PriorKind Prior, double Min, double Max)
{
    public double WorkingMin => ToWorking(Min);
    public double WorkingMax => ToWorking(Max);

    public double ToWorking(double value) => Prior == PriorKind.LogUniform ? PortableMath.Log(value) : value;

    /// <summary>The natural value of a working-space coordinate, clamped to the bounds (exp(log x) may miss x by an ulp).</summary>
    public double FromWorking(double working) =>
        Math.Clamp(Prior == PriorKind.LogUniform ? PortableMath.Exp(working) : working, Min, Max);

    public bool ContainsWorking(double working) => working >= WorkingMin && working <= WorkingMax;

    public string PriorName => Prior == PriorKind.LogUniform ? "log_uniform" : "uniform";
}
