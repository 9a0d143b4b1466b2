using System.Collections.Immutable;

namespace Simulator.Regimes;

/// <summary>A named regime as a set of mechanisms: a built-in one, or a researcher's counterfactual composed in a config.</summary>
public sealed record RegimeDefinition(string Name, ImmutableSortedSet<string> Mechanisms)
{
    /// <summary>A fresh regime for one run (regimes keep per-run state).</summary>
    public IRegime Create() => Create(null);

    /// <summary>A fresh regime whose mechanisms read <paramref name="parameters"/> rather than the run's (a regime inside a schedule).</summary>
    public IRegime Create(Parameters.ModelParameters? parameters) =>
        Name == NoRegime.RegimeName && Mechanisms.IsEmpty
            ? new NoRegime()
            : new Regime(Name, Mechanisms.Select(m => MechanismCatalog.Find(m) ?? throw new ArgumentException($"unknown mechanism '{m}'")).ToArray(), parameters);

    public bool Equals(RegimeDefinition? other) =>
        other is not null && Name == other.Name && Mechanisms.SequenceEqual(other.Mechanisms);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
