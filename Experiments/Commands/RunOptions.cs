namespace Experiments.Commands;

/// <summary>The options of <c>sim run</c>, after parsing.</summary>
internal sealed record RunOptions
{
    public string? Config { get; init; }
    public string? Out { get; init; }
    public int? Runs { get; init; }
    public ulong? Seed { get; init; }
    public int? Threads { get; init; }
    public bool Quiet { get; init; }
    public bool Force { get; init; }
    public bool NoReport { get; init; }
    public string? Shard { get; init; }
    public bool Resume { get; init; }
    public bool AllowEmptyShard { get; init; }
    public int? OnlyRun { get; init; }
    /// <summary>Where --trace writes: a file, "-" for standard output, null for no trace.</summary>
    public string? Trace { get; init; }
    /// <summary>--parameters FILE: a posterior file that replaces the config's <c>parameters</c>.</summary>
    public string? Parameters { get; init; }
}
