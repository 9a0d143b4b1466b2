namespace Simulator.Regimes;

/// <summary>The built-in regimes by name; a config names the regimes it compares.</summary>
public static class RegimeCatalog
{
    private static readonly Dictionary<string, Func<IRegime>> Factories = new(StringComparer.Ordinal)
    {
        [NoRegime.RegimeName] = () => new NoRegime(),
    };

    /// <summary>Names a config may use, in a fixed order.</summary>
    public static IReadOnlySet<string> Names { get; } = new SortedSet<string>(Factories.Keys, StringComparer.Ordinal);

    /// <summary>A fresh regime instance for one run (regimes keep per-run state).</summary>
    public static IRegime Create(string name) =>
        Factories.TryGetValue(name, out var factory) ? factory() : throw new ArgumentException($"unknown regime '{name}'", nameof(name));
}
