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

    /// <summary>
    /// The most a cost may take of a state's capability at once (a war-year, a defeat, sanctions): below 1,
    /// because capability lives on a log scale and a state left with none would have no log capability
    /// (a cost of 1 made capabilities NaN, and every later ranking undefined).
    /// </summary>
    public const double MaxCostFraction = 0.99;

    /// <summary>Where the default comes from: a source, a target id, the calibration, or "judgement"; null where the description says it.</summary>
    public string? Basis { get; init; }
}
