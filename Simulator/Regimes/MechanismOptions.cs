using System.Collections.Immutable;

namespace Simulator.Regimes;

/// <summary>
/// The options of every mechanism that declares its own (<c>model.mechanisms.&lt;name&gt;</c>), each a
/// record of [Param] properties registered with its <see cref="MechanismType"/>. Parameters shared
/// by a family of mechanisms stay in the family's section (<c>model.concert</c>, <c>model.league</c>,
/// <c>model.un</c>). Immutable and compared by value.
/// </summary>
public sealed class MechanismOptions : IEquatable<MechanismOptions>
{
    private readonly ImmutableSortedDictionary<string, object> options;

    private MechanismOptions(ImmutableSortedDictionary<string, object> options) => this.options = options;

    /// <summary>Every registered mechanism's default options.</summary>
    public MechanismOptions()
        : this(MechanismCatalog.All.Where(m => m.Options is not null)
            .ToImmutableSortedDictionary(m => m.Name, m => m.Options!, StringComparer.Ordinal))
    {
    }

    /// <summary>The names of the mechanisms that have options, in ordinal order.</summary>
    public IEnumerable<string> Names => options.Keys;

    /// <summary>A mechanism's options record.</summary>
    public object this[string mechanism] => options[mechanism];

    /// <summary>The options of a mechanism, as its own record type.</summary>
    public T Of<T>(MechanismType mechanism) where T : class => (T)options[mechanism.Name];

    /// <summary>A copy with one mechanism's options replaced.</summary>
    public MechanismOptions With(string mechanism, object value) =>
        options.ContainsKey(mechanism) ? new MechanismOptions(options.SetItem(mechanism, value))
            : throw new ArgumentException($"mechanism '{mechanism}' has no options", nameof(mechanism));

    public bool Equals(MechanismOptions? other) =>
        other is not null && options.Count == other.options.Count
        && options.All(kv => other.options.TryGetValue(kv.Key, out var v) && kv.Value.Equals(v));

    public override bool Equals(object? obj) => Equals(obj as MechanismOptions);

    public override int GetHashCode() => options.Count;

    public override string ToString() => "{ " + string.Join(", ", options.Select(kv => $"{kv.Key} = {kv.Value}")) + " }";
}
