using System.Collections.Immutable;
using Simulator.Observation;

namespace Simulator.Regimes;

/// <summary>
/// A kind of mechanism as the catalog registers it: its config name, what it does, how to make a
/// fresh one for a run, and the counters it reports. A mechanism that can turn a crisis from war to
/// peace also gets a <c>prevented_by_&lt;name&gt;</c> counter, credited exactly (MODEL.md section 4).
/// </summary>
public sealed class MechanismType
{
    private readonly Func<IMechanism> create;

    /// <param name="options">The mechanism's own options record with its defaults ([Param] properties), bound from <c>model.mechanisms.&lt;name&gt;</c>; null when it has none.</param>
    public MechanismType(string name, string summary, Func<IMechanism> create, Counter[]? counters = null, bool prevents = false, object? options = null)
    {
        Name = name;
        Options = options;
        Summary = summary;
        this.create = create;
        Counters = [.. counters ?? []];
        Prevented = prevents ? new Counter("prevented_by_" + name, $"Crises turned from war to peace by {name}.") : null;
    }

    /// <summary>The name configs and outputs use (snake_case).</summary>
    public string Name { get; }
    /// <summary>One sentence on what it does, for <c>sim describe</c>.</summary>
    public string Summary { get; }
    /// <summary>Counters this mechanism adds to (some, such as sanctions, are shared with others).</summary>
    public ImmutableArray<Counter> Counters { get; }
    /// <summary>Crises credited to it as prevented, or null when it never lowers p_war.</summary>
    public Counter? Prevented { get; }

    /// <summary>Default options (a record of [Param] properties), or null.</summary>
    public object? Options { get; }

    /// <summary>A fresh mechanism for one run (mechanisms keep per-run state).</summary>
    public IMechanism Create() => create();

    public override string ToString() => Name;
}
