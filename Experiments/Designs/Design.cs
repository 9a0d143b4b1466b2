using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Experiments.Designs;

/// <summary>How the points of a <see cref="Design"/> are laid out.</summary>
public enum DesignKind
{
    /// <summary>Full factorial: every combination of each parameter's evenly spaced steps.</summary>
    Grid,

    /// <summary>Latin hypercube: <see cref="Design.Samples"/> points, one in each stratum of each parameter.</summary>
    LatinHypercube,

    /// <summary>Saltelli (2010) sampling from an unscrambled Sobol' sequence, for first- and total-order Sobol' indices.</summary>
    Sobol,
}

/// <summary>
/// One swept numeric parameter: its config path (e.g. <c>model.un.peacekeeping_hazard_ratio</c>), the closed range
/// [<paramref name="Min"/>, <paramref name="Max"/>] it is swept over, how many evenly spaced values a grid takes
/// (ignored by the other kinds), and whether its values are rounded to whole numbers.
/// </summary>
public sealed record DesignParameter(string Path, double Min, double Max, int? Steps, bool IsInteger);

/// <summary>
/// An experimental design over numeric parameters. <see cref="Samples"/> is the number of points of a Latin
/// hypercube and the number of base rows N of a Sobol' design (which has N(d+2) points); a grid ignores it.
/// <see cref="Seed"/> drives the Latin hypercube's draws and the Sobol' design's offset into the sequence.
/// </summary>
public sealed record Design(DesignKind Kind, ImmutableArray<DesignParameter> Parameters, int Samples, ulong Seed)
{
    /// <summary>The largest number of points any design may have.</summary>
    public const int MaxPoints = 1_000_000;

    /// <summary>The most parameters a Sobol' design may have: it draws from 2d dimensions of the sequence.</summary>
    public const int MaxSobolParameters = SobolSequence.MaxDimensions / 2;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with a message naming the offending parameter unless the design is
    /// well formed: at least one parameter; distinct non-empty paths; finite bounds with Min &lt; Max; an integer
    /// parameter's range holding a whole number; Steps ≥ 1 for every grid parameter; Samples ≥ 2 for a Latin
    /// hypercube or Sobol' design; at most <see cref="MaxSobolParameters"/> Sobol' parameters; and at most
    /// <see cref="MaxPoints"/> points in all.
    /// </summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Kind))
            throw new ArgumentException($"design kind {(int)Kind} is not one of grid, latin_hypercube, sobol.", nameof(Kind));
        if (Parameters.IsDefaultOrEmpty)
            throw new ArgumentException("design has no parameters; list at least one.", nameof(Parameters));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            if (parameter is null)
                throw new ArgumentException("design has a null parameter.", nameof(Parameters));
            if (string.IsNullOrWhiteSpace(parameter.Path))
                throw new ArgumentException("design parameter has an empty path.", nameof(Parameters));
            if (!seen.Add(parameter.Path))
                throw new ArgumentException($"design parameter '{parameter.Path}' is listed twice.", nameof(Parameters));
            if (!double.IsFinite(parameter.Min) || !double.IsFinite(parameter.Max))
                throw new ArgumentException($"design parameter '{parameter.Path}': min and max must be finite numbers.", nameof(Parameters));
            if (!(parameter.Min < parameter.Max))
                throw new ArgumentException(
                    $"design parameter '{parameter.Path}': min ({Format(parameter.Min)}) must be less than max ({Format(parameter.Max)}).",
                    nameof(Parameters));
            if (parameter.IsInteger && Math.Ceiling(parameter.Min) > Math.Floor(parameter.Max))
                throw new ArgumentException(
                    $"design parameter '{parameter.Path}' is an integer but [{Format(parameter.Min)}, {Format(parameter.Max)}] holds no whole number.",
                    nameof(Parameters));
            if (Kind == DesignKind.Grid && (parameter.Steps is not { } steps || steps < 1))
                throw new ArgumentException(
                    $"design parameter '{parameter.Path}': a grid needs steps ≥ 1 (got {(parameter.Steps is { } s ? s.ToString(CultureInfo.InvariantCulture) : "none")}).",
                    nameof(Parameters));
        }

        if (Kind != DesignKind.Grid && Samples < 2)
            throw new ArgumentException(
                $"a {KindName} design needs samples ≥ 2 (got {Samples.ToString(CultureInfo.InvariantCulture)}).", nameof(Samples));
        if (Kind == DesignKind.Sobol && Parameters.Length > MaxSobolParameters)
            throw new ArgumentException(
                $"a sobol design takes at most {MaxSobolParameters} parameters (got {Parameters.Length}).", nameof(Parameters));

        double points = UncheckedPointCount();
        if (points > MaxPoints)
            throw new ArgumentException(
                $"the {KindName} design has {Format(points)} points; at most {MaxPoints.ToString(CultureInfo.InvariantCulture)} are allowed.",
                Kind == DesignKind.Grid ? nameof(Parameters) : nameof(Samples));
    }

    /// <summary>The number of points the design generates. Validates the design first.</summary>
    public int PointCount()
    {
        Validate();
        return (int)UncheckedPointCount();
    }

    /// <summary>The point count, as a double so that a huge grid cannot overflow; assumes the per-parameter checks passed.</summary>
    private double UncheckedPointCount() => Kind switch
    {
        DesignKind.Grid => Parameters.Aggregate(1.0, (product, parameter) => product * parameter.Steps!.Value),
        DesignKind.LatinHypercube => Samples,
        _ => (double)Samples * (Parameters.Length + 2),
    };

    private string KindName => Kind switch
    {
        DesignKind.Grid => "grid",
        DesignKind.LatinHypercube => "latin_hypercube",
        _ => "sobol",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Value equality, comparing <see cref="Parameters"/> element by element.</summary>
    public bool Equals(Design? other) =>
        other is not null
        && Kind == other.Kind
        && Samples == other.Samples
        && Seed == other.Seed
        && ParametersEqual(Parameters, other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Samples);
        hash.Add(Seed);
        if (!Parameters.IsDefault)
        {
            foreach (var parameter in Parameters)
            {
                hash.Add(parameter);
            }
        }

        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind)
            .Append(", Parameters = [").Append(Parameters.IsDefault ? "" : string.Join(", ", Parameters)).Append(']')
            .Append(", Samples = ").Append(Samples.ToString(CultureInfo.InvariantCulture))
            .Append(", Seed = ").Append(Seed.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    private static bool ParametersEqual(ImmutableArray<DesignParameter> a, ImmutableArray<DesignParameter> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());
}
