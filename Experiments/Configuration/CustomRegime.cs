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
    private readonly EquatableArray<string> add = Add;
    private readonly EquatableArray<string> remove = Remove;

    /// <summary>Mechanisms added to the base's.</summary>
    public ImmutableArray<string> Add { get => add; init => add = value; }

    /// <summary>Mechanisms taken from the base's.</summary>
    public ImmutableArray<string> Remove { get => remove; init => remove = value; }

    /// <summary>The mechanisms it is built from: the base's, plus additions, minus removals.</summary>
    public RegimeDefinition Definition() =>
        new(Name, RegimeCatalog.Definition(Base).Mechanisms.Union(Add).Except(Remove));
}
