namespace Simulator.Observation;

/// <summary>How a counter's per-run value is written and read.</summary>
public enum CounterKind
{
    /// <summary>A whole number of events or exposure units (written as an integer).</summary>
    Count,
    /// <summary>A real total, written rounded to a whole number (battle deaths).</summary>
    Total,
    /// <summary>A year that may not have happened (written empty when it did not).</summary>
    Year,
}

/// <summary>
/// One number every run reports: a column of runs.csv. Declared once, where the thing it counts
/// happens (the engine, or the mechanism that acts); the columns, the readers and the docs derive
/// from <see cref="CounterRegistry"/>.
/// </summary>
public sealed class Counter(string name, string meaning, CounterKind kind = CounterKind.Count)
{
    /// <summary>The runs.csv column (snake_case).</summary>
    public string Name { get; } = name;
    /// <summary>What it counts, with units, for docs and <c>sim describe</c>.</summary>
    public string Meaning { get; } = meaning;
    public CounterKind Kind { get; } = kind;
    /// <summary>Position in <see cref="CounterRegistry.All"/>, set when the registry is built.</summary>
    internal int Index { get; set; } = -1;

    public override string ToString() => Name;
}
