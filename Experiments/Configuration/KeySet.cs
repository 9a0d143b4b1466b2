namespace Experiments.Configuration;

/// <summary>A key that may appear in a config mapping.</summary>
internal interface IConfigKey
{
    /// <summary>The key as written in YAML.</summary>
    string Name { get; }
}

/// <summary>The keys a mapping accepts, in declaration order: what the binder looks keys up in and lists when one is unknown.</summary>
internal sealed class KeySet<TKey>
    where TKey : IConfigKey
{
    private readonly Dictionary<string, TKey> byName = new(StringComparer.Ordinal);

    public KeySet(IEnumerable<TKey> keys, string owner)
    {
        Keys = [.. keys];
        foreach (var key in Keys)
        {
            if (!byName.TryAdd(key.Name, key))
            {
                throw new InvalidOperationException($"{owner} declares the config key '{key.Name}' twice.");
            }
        }

        Allowed = string.Join(", ", Keys.Select(k => k.Name));
    }

    public IReadOnlyList<TKey> Keys { get; }

    /// <summary>The keys comma-separated, for error messages.</summary>
    public string Allowed { get; }

    public TKey? Find(string name) => byName.GetValueOrDefault(name);
}

/// <summary>A key of a fixed-shape mapping (design, range, custom regime) and how its value binds onto <typeparamref name="TState"/>.</summary>
internal sealed record MappingKey<TState>(string Name, Action<ConfigLoader.Binder, YamlDotNet.RepresentationModel.YamlNode, TState> Bind) : IConfigKey;
