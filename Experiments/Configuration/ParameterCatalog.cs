namespace Experiments.Configuration;

/// <summary>One scalar model parameter: its config path, type, default, inclusive range and meaning.</summary>
/// <param name="Path">Dotted config key, for example <c>model.world.states</c>.</param>
/// <param name="Type">int, double, bool, string, enum (a | b) or list of strings.</param>
/// <param name="Default">The default as written in YAML (invariant culture, shortest round-trip doubles).</param>
/// <param name="Min">Smallest allowed value (inclusive); -∞ when unbounded or not numeric.</param>
/// <param name="Max">Largest allowed value (inclusive); +∞ when unbounded or not numeric.</param>
/// <param name="Description">The [Param] description.</param>
/// <param name="Basis">Where the default comes from, when the [Param] says (else the description does).</param>
public sealed record ParameterInfo(string Path, string Type, string Default, double Min, double Max, string Description, string? Basis)
{
    /// <summary>What values are allowed, for tables: "0 to 1" for a number, "true or false", "text", else the type ("enum (a | b)").</summary>
    public string Range => Type switch
    {
        "int" or "double" => $"{Min.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} to {Max.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}",
        "bool" => "true or false",
        "string" => "text",
        _ => Type,
    };

    /// <summary>The description with its basis, for tables.</summary>
    public string Meaning => Basis is null ? Description : $"{Description} Basis: {Basis}.";

    /// <summary>
    /// What the default rests on, from the basis text's first word: <c>calibration</c> (fitted to the record's targets:
    /// "calibration:", "calibrated"), <c>judgement</c> ("judgement", or a "definition" chosen by the modeller), or
    /// <c>source</c> (anything else: the basis names a source, e.g. "source: Fortna 2008" or "Huth 1988: ...");
    /// <c>none</c> without a basis.
    /// </summary>
    public string BasisKind => Basis is null ? "none"
        : Basis.StartsWith("calibrat", StringComparison.OrdinalIgnoreCase) ? "calibration"
        : Basis.StartsWith("judgement", StringComparison.OrdinalIgnoreCase) || Basis.StartsWith("definition", StringComparison.OrdinalIgnoreCase) ? "judgement"
        : "source";
}

/// <summary>Lists every scalar parameter under <c>model</c>, for <c>sim describe</c> and docs/CONFIG.md.</summary>
public static class ParameterCatalog
{
    /// <summary>Every scalar parameter of <see cref="Simulator.Parameters.ModelParameters"/>, in declaration order.</summary>
    public static IReadOnlyList<ParameterInfo> Describe() => Describe(SectionSchema.Model);

    internal static IReadOnlyList<ParameterInfo> Describe(SectionSchema schema)
    {
        var defaults = Activator.CreateInstance(schema.Type)!;
        return
        [
            .. schema.Scalars(defaults).Select(s => new ParameterInfo(
                s.Member.Path,
                s.Member.TypeName,
                ConfigWriter.Format(s.Member, s.Member.GetValue(s.Owner)),
                s.Member.Min,
                s.Member.Max,
                s.Member.Description,
                s.Member.Basis)),
        ];
    }
}
