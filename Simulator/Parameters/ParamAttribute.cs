namespace Simulator.Parameters;

/// <summary>
/// Describes one model parameter for configs, validation and <c>sim describe</c>:
/// its meaning (with units), its allowed closed range and the basis of its default.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParamAttribute(string description) : Attribute
{
    /// <summary>What the parameter means, with units and where its default comes from.</summary>
    public string Description { get; } = description;

    /// <summary>Smallest allowed value (inclusive).</summary>
    public double Min { get; init; } = double.NegativeInfinity;

    /// <summary>Largest allowed value (inclusive).</summary>
    public double Max { get; init; } = double.PositiveInfinity;

    /// <summary>Where the default comes from: a source, a target id, the calibration, or "judgement"; null where the description says it.</summary>
    public string? Basis { get; init; }
}
