using System.Collections.Immutable;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Configuration;

/// <summary>
/// One experiment: where its results go, its master seed, how many runs, which regimes, and the model.
/// The top-level config keys are declared in <see cref="ExperimentKeys"/>. Equality is by value (merge and
/// resume rely on it): collections are held in value-equal <see cref="EquatableArray{T}"/> fields.
/// </summary>
public sealed record ExperimentConfig
{
    private readonly EquatableArray<string> regimes = ["none"];
    private readonly EquatableArray<CustomRegime> customRegimes = [];
    private readonly EquatableArray<ScheduleConfig> schedules = [];
    private readonly EquatableDesign design;

    /// <summary>Name of the experiment; results go to <c>results/&lt;name&gt;/</c>. Letters, digits, '-' and '_'.</summary>
    public string Name { get; init; } = "default";

    /// <summary>Master seed from which every random draw is derived.</summary>
    public ulong Seed { get; init; } = 20261128;

    /// <summary>Replications per design point and regime.</summary>
    public int Runs { get; init; } = 2000;

    /// <summary>Names of the regimes to compare.</summary>
    public ImmutableArray<string> Regimes { get => regimes; init => regimes = value; }

    /// <summary>Every parameter of the model.</summary>
    public ModelParameters Model { get; init; } = new();

    /// <summary>Regimes composed in the config from a built-in base; their names may appear in <see cref="Regimes"/>.</summary>
    public ImmutableArray<CustomRegime> CustomRegimes { get => customRegimes; init => customRegimes = value; }

    /// <summary>Histories of regimes by calendar year; their names may appear in <see cref="Regimes"/>.</summary>
    public ImmutableArray<ScheduleConfig> Schedules { get => schedules; init => schedules = value; }

    /// <summary>A sweep over numeric parameters, or null for one design point.</summary>
    public Designs.Design? Design { get => design.Value; init => design = new(value); }

    /// <summary>Write runs and episodes as Parquet too (<c>output: parquet</c>).</summary>
    public bool Parquet { get; init; }

    /// <summary>
    /// Keep the yearly statistics (yearly.csv, yearly_counts.csv) of design point 0 alone (<c>yearly: first_point</c>),
    /// the point the report draws them for: a sweep of thousands of points then holds a few, not one set per point.
    /// </summary>
    public bool YearlyFirstPointOnly { get; init; }

    /// <summary>The design points whose yearly statistics are kept: 1 or all of them.</summary>
    public int YearlyPointCount => YearlyFirstPointOnly ? 1 : PointCount;

    /// <summary>
    /// A posterior over model parameters (<c>parameters:</c>), or null: each run draws one particle by weight and runs
    /// with its values, so intervals carry parameter uncertainty as well as Monte Carlo noise.
    /// </summary>
    public Uncertainty.Posterior? Posterior { get; init; }

    /// <summary>Number of design points (1 without a design).</summary>
    public int PointCount => Design?.PointCount() ?? 1;

    /// <summary>How to build the named regime (built-in, custom or a schedule) for one run, and the model parameters its runs use.</summary>
    public (Func<IRegime> Create, ModelParameters Model) Resolve(string regime)
    {
        foreach (var custom in CustomRegimes)
            if (custom.Name == regime) return (custom.Definition().Create, ModelOf(regime));
        foreach (var schedule in Schedules)
            if (schedule.Name == regime) return (schedule.Resolve(CustomRegimes).Create, ModelOf(regime));
        return (RegimeCatalog.Definition(regime).Create, ModelOf(regime));
    }

    /// <summary>The model parameters the named regime's runs use (a custom regime's overrides, else the experiment's), without building the regime.</summary>
    public ModelParameters ModelOf(string regime) => CustomRegimes.FirstOrDefault(c => c.Name == regime)?.Model ?? Model;
}

/// <summary>
/// A design compared by value: <see cref="Designs.Design"/> is a record, but its parameters are an
/// <see cref="ImmutableArray{T}"/>, which compares by reference.
/// </summary>
internal readonly record struct EquatableDesign(Designs.Design? Value)
{
    public bool Equals(EquatableDesign other) =>
        Value is null || other.Value is null
            ? Value is null && other.Value is null
            : Value with { Parameters = [] } == other.Value with { Parameters = [] }
              && Value.Parameters.AsSpan().SequenceEqual(other.Value.Parameters.AsSpan());

    public override int GetHashCode() => Value is null ? 0 : HashCode.Combine(Value.Kind, Value.Samples, Value.Seed, Value.Parameters.Length);

    public override string ToString() => Value is null ? "none" : $"{Value.Kind} of [{string.Join(", ", Value.Parameters)}], {Value.Samples} samples, seed {Value.Seed}";
}
