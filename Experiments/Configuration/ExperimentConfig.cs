using System.Collections.Immutable;
using System.Text;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Configuration;

/// <summary>One experiment: where its results go, its master seed, how many runs, which regimes, and the model.</summary>
public sealed record ExperimentConfig
{
    /// <summary>Name of the experiment; results go to <c>results/&lt;name&gt;/</c>. Letters, digits, '-' and '_'.</summary>
    public string Name { get; init; } = "default";

    /// <summary>Master seed from which every random draw is derived.</summary>
    public ulong Seed { get; init; } = 20261128;

    /// <summary>Replications per design point and regime.</summary>
    public int Runs { get; init; } = 2000;

    /// <summary>Names of the regimes to compare.</summary>
    public ImmutableArray<string> Regimes { get; init; } = ["none"];

    /// <summary>Every parameter of the model.</summary>
    public ModelParameters Model { get; init; } = new();

    /// <summary>Regimes composed in the config from a built-in base; their names may appear in <see cref="Regimes"/>.</summary>
    public ImmutableArray<CustomRegime> CustomRegimes { get; init; } = [];

    /// <summary>A sweep over numeric parameters, or null for one design point.</summary>
    public Designs.Design? Design { get; init; }

    /// <summary>Write runs and episodes as Parquet too (<c>output: parquet</c>).</summary>
    public bool Parquet { get; init; }

    /// <summary>Number of design points (1 without a design).</summary>
    public int PointCount => Design?.PointCount() ?? 1;

    /// <summary>How to build the named regime, and the model parameters its runs use.</summary>
    public (RegimeDefinition Definition, ModelParameters Model) Resolve(string regime)
    {
        foreach (var custom in CustomRegimes)
            if (custom.Name == regime) return (custom.Definition(), custom.Model);
        return (RegimeCatalog.Definition(regime), Model);
    }

    /// <summary>Value equality, comparing <see cref="Regimes"/> element by element.</summary>
    public bool Equals(ExperimentConfig? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Seed == other.Seed
        && Runs == other.Runs
        && RegimesEqual(Regimes, other.Regimes)
        && EqualityComparer<ModelParameters>.Default.Equals(Model, other.Model)
        && CustomRegimes.AsSpan().SequenceEqual(other.CustomRegimes.AsSpan())
        && Equals(Design, other.Design)
        && Parquet == other.Parquet;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Seed);
        hash.Add(Runs);
        if (!Regimes.IsDefault)
        {
            foreach (var regime in Regimes)
            {
                hash.Add(regime, StringComparer.Ordinal);
            }
        }

        hash.Add(Model);
        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name)
            .Append(", Seed = ").Append(Seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Runs = ").Append(Runs.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Regimes = [").Append(Regimes.IsDefault ? "" : string.Join(", ", Regimes)).Append(']')
            .Append(", Model = ").Append(Model);
        return true;
    }

    private static bool RegimesEqual(ImmutableArray<string> a, ImmutableArray<string> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());
}
