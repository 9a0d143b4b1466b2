using System.Collections.Immutable;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Configuration;

/// <summary>
/// A counterfactual regime defined in a config: a built-in base regime with mechanisms added or
/// removed, and model parameters overridden for its runs (e.g. <c>un</c> without <c>veto</c>).
/// </summary>
public sealed record CustomRegime(string Name, string Base, ImmutableArray<string> Add, ImmutableArray<string> Remove, ModelParameters Model)
{
    /// <summary>The mechanisms it is built from: the base's, plus additions, minus removals.</summary>
    public RegimeDefinition Definition() =>
        new(Name, RegimeCatalog.Definition(Base).Mechanisms.Union(Add).Except(Remove));

    public bool Equals(CustomRegime? other) =>
        other is not null && Name == other.Name && Base == other.Base && Add.SequenceEqual(other.Add)
        && Remove.SequenceEqual(other.Remove) && Model == other.Model;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
