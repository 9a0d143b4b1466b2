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
    /// <summary>The description with its basis, for tables.</summary>
    public string Meaning => Basis is null ? Description : $"{Description} Basis: {Basis}.";
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
